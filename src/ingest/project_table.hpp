#pragma once
// A table of a unit's projects and how much of each budget was spent, printed in a notice or a
// department's report (序号 | 责任部门 | 项目名称 | 预算数 | 执行数 | 预算执行率, then a row per
// project), its cells one per line or parted by spaces or bars.

#include "ingest/sections.hpp"
#include "ingest/table_row.hpp"

#include <vector>

namespace jixiao::ingest {

// The project rows of such a table in `body`, in 万元 (named before or in the headings, or above
// the body, `unit_above`). A row is its labels (numbering, department, then the name) and a
// figure for each money column, then its rate when the table has that column. Rows of totals
// (合计, 小计) are passed. When some rows are numbered 一、二 or (一), those are the projects and
// the rows numbered 1, 2 under them their parts, which are not read as projects. Empty when there
// is no such table or it lists fewer than two projects. More than max_table_project_rows project rows
// throw jixiao::error at the first row beyond (the caller adds the file).
[[nodiscard]] std::vector<table_project_row> read_project_table_rows(const std::vector<tagged_line>& body,
                                                                     bool unit_above = false);

}  // namespace jixiao::ingest
