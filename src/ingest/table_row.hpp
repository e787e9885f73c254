#pragma once
// A project's row of a table that lists a unit's projects with their money: Hunan's table of
// basic data (base_data_table.hpp) or a table of projects' budget execution (project_table.hpp).
// Each row becomes a project of its own (components.cpp), read by project_reader.cpp.

#include <jixiao/money.hpp>

#include <cstddef>
#include <string>

namespace jixiao::ingest {

// A unit's table lists its projects; more rows than this is no such table, and each row becomes a
// project of its own (a hostile page of short rows would outgrow the memory bound).
inline constexpr std::size_t max_table_project_rows = 1000;

enum class project_table_kind {
    basic_data,        // 部门整体支出绩效评价基础数据表: this year's 预算数 and 决算数
    budget_execution,  // 项目名称 | 预算数 | 执行数 | 预算执行率
};

// One project's row: its budget (预算数) and what it spent (决算数 or 执行数), in 万元.
struct table_project_row {
    project_table_kind table = project_table_kind::basic_data;
    std::u32string name;
    money budget, used;
    std::u32string printed_budget, printed_used;  // the cells, as printed
    std::u32string printed_rate;                  // 预算执行率 as printed; empty when the table has none
    std::size_t line = 0;                         // the label's line
    std::u32string row;                           // the label and its cells, as quoted in provenance
};

}  // namespace jixiao::ingest
