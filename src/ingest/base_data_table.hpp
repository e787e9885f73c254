#pragma once
// Hunan's department-wide table of basic data (部门整体支出绩效评价基础数据表), printed with a
// department's self-evaluation: 经费控制情况(万元) | 2022年决算数 | 2023年预算数 | 2023年决算数, then
// the department's rows (三公经费, 项目支出: …) and under 项目支出 one row per project
// (业务工作经费 | 224.55 | 600.58 | 600.58), its cells one per line or parted by spaces or bars.

#include "ingest/sections.hpp"

#include <jixiao/money.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao::ingest {

// A department's table lists its projects; more rows than this is no such table, and each row
// becomes a project of its own (a hostile page of short rows would outgrow the memory bound).
inline constexpr std::size_t max_base_data_rows = 1000;

// One project's row: this year's budget (预算数) and what it spent (决算数), in 万元.
struct base_data_row {
    std::u32string name;
    money budget, used;
    std::u32string printed_budget, printed_used;  // the cells, as printed
    std::size_t line = 0;                         // the label's line
    std::u32string row;                           // the label and its cells, as quoted in provenance
    // A row of a table of projects' budget execution (project_table.hpp), not of basic data: its
    // 预算执行率 as printed (empty when the table has none).
    bool execution_table = false;
    std::u32string printed_rate;
};

// The project rows of such a table in `body`: the rows after 项目支出 up to the
// department's next row (公用经费, 三公经费, 政府采购 …), each a label and two or three
// figures (a row of two is this year's two; last year's cell blank). Group rows
// (2、区级专项资金(一个专项一行), 其中:1、运行维护经费) hold no figure and are passed. Empty when
// the table is not there, names no 万元 before its headings (nor above the body, `unit_above`: a
// line the title took), or lists fewer than two projects with figures. More than
// max_base_data_rows project rows throw jixiao::error at the first row beyond (the caller adds the file).
[[nodiscard]] std::vector<base_data_row> read_base_data_rows(const std::vector<tagged_line>& body, bool unit_above = false);

}  // namespace jixiao::ingest
