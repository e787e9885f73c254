#pragma once
// A table of one project's money by where it came from, printed in a report book's funds section:
// 资金来源 | 预算数 | 到位数 | 支出数 | 执行率, then a row per source (中央资金, 省级资金, 县级资金,
// 上年结转资金 …) and a row of their total (合计), its cells one per line or parted by spaces,
// tabs or bars.

#include "ingest/sections.hpp"

#include <jixiao/money.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::ingest {

// No project's money comes from more sources than this: a page of more such rows is refused where it
// goes beyond (each row is a tranche, and the memory bound holds).
inline constexpr std::size_t max_source_rows = 100;

// One row: its label and the figures of the columns the table has, as money and as printed.
struct source_row {
    std::u32string label;  // 中央资金, 合计
    std::optional<money> budget, arrived, used;
    std::u32string printed_budget, printed_arrived, printed_used;
    std::u32string printed_rate, printed_arrival_rate;  // 执行率 and 到位率 as printed; empty when blank or absent
    std::size_t line = 0;  // the label's line
    std::u32string row;    // the label and its cells, as quoted in provenance
};

struct source_table {
    std::vector<source_row> sources;  // the rows of each source, in order (rows of 其中 under one are left out)
    std::optional<source_row> total;  // 合计, 总计 or 小计
    std::size_t sub_rows = 0;         // rows of 其中 left out
    std::u32string unit;              // 万元 or 元, as the table names it; empty: it names none, nothing is read
    std::size_t first_line = 0, last_line = 0;  // its headings' line and its last row's
    // With no unit: the headings and the first figure after them, for the note that says the table is unread.
    std::u32string headings, first_figure;
    std::size_t first_figure_line = 0;
};

// The table in `body`, nullopt when there is none. Its headings are a cell naming the sources
// (资金来源, 资金性质, 资金类别, 资金级次, 来源) and right after it two or more columns among money
// allocated (预算数, 下达数, 计划数 …), arrived (到位数 …), used (支出数, 执行数 …) and the rates
// (执行率, 到位率), one of them allocated or arrived. The money is in 万元 or 元 as a cell of the
// headings or of the two lines before them says (单位：万元, 预算数(万元)); of a table that names no unit
// only the headings and the first figure are given (`unit` empty), for a reviewer. Each row is a label and one cell per column (a rate may be blank: -, /); the rows end at
// the first that is not one. A figure finer than a fen is no amount: the row is not read.
[[nodiscard]] std::optional<source_table> read_source_table(const std::vector<tagged_line>& body);

}  // namespace jixiao::ingest
