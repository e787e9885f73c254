#pragma once
// Hunan's department-wide table of basic data (部门整体支出绩效评价基础数据表), printed with a
// department's self-evaluation: 经费控制情况(万元) | 2022年决算数 | 2023年预算数 | 2023年决算数, then
// the department's rows (三公经费, 项目支出: …) and under 项目支出 one row per project
// (业务工作经费 | 224.55 | 600.58 | 600.58), its cells one per line or parted by spaces or bars.

#include "ingest/sections.hpp"
#include "ingest/table_row.hpp"

#include <vector>

namespace jixiao::ingest {

// The project rows of such a table in `body`: the rows after 项目支出 up to the
// department's next row (公用经费, 三公经费, 政府采购 …), each a label and two or three
// figures (a row of two is this year's two; last year's cell blank). Group rows
// (2、区级专项资金(一个专项一行), 其中:1、运行维护经费) hold no figure and are passed. Empty when
// the table is not there, names no 万元 before its headings (nor above the body, `unit_above`: a
// line the title took), or lists fewer than two projects with figures. More than
// max_table_project_rows project rows throw jixiao::error at the first row beyond (the caller adds the file).
[[nodiscard]] std::vector<table_project_row> read_base_data_rows(const std::vector<tagged_line>& body,
                                                                 bool unit_above = false);

}  // namespace jixiao::ingest
