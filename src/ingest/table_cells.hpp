#pragma once
// The cells of a table flattened into text: one cell per line, or cells parted by spaces or
// bars (业务工作经费 | 224.55 | 600.58), as document sites copy a report's tables.

#include "ingest/sections.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jixiao::ingest {

struct table_cell {
    std::u32string text;
    std::size_t line = 0;
};

// The cells of `body` in order: each line's text parted at bars and runs of spaces, figures
// folded to ASCII; a year spaced off its 年 (2022 年决算数, from a PDF) joined again.
[[nodiscard]] std::vector<table_cell> table_cells(const std::vector<tagged_line>& body);

// 600.58, 1,548.447: a figure cell, without its thousands separators; nullopt for any other cell.
[[nodiscard]] std::optional<std::u32string> figure_cell(std::u32string_view text);

// A column heading's words without its unit in brackets: 预算数(万元) → 预算数.
[[nodiscard]] std::u32string_view heading_words(std::u32string_view heading);

// 72.08%: a rate cell (a figure and its percent sign).
[[nodiscard]] bool rate_cell(std::u32string_view text);

// 合计, 总计, 小计 (合 计 letter-spaced): the label of a table's row of totals.
[[nodiscard]] bool names_a_total(std::u32string_view label);

}  // namespace jixiao::ingest
