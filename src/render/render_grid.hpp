#pragma once
// The printed form of one project as a grid of (possibly merged) cells, laid
// out by interpreting its layout description (form_layout.hpp). The HTML page
// and the xlsx sheets both draw this grid, so the two agree cell for cell.
// Only the form is in the grid: notes, cost sharing and findings are not.
// Internal to jixiao.

#include "render/render_form.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace jixiao::detail {

enum class grid_style {
    title,     // 项目支出绩效自评表
    subtitle,  // （2023年度）
    code,      // 报表编号：510000_0013zp
    header,    // column headings: 年初预算数 …
    label,     // row headings: 项目名称, 年度资金总额, 总分 …
    text,      // words from the document
    number,    // a figure (cell.kind says which), or the "—" / words standing for it
    signature, // 项目负责人： below the table, no border
};

struct grid_cell {
    std::size_t row = 0, col = 0;
    std::size_t rows = 1, cols = 1;  // span
    cell content;
    grid_style style = grid_style::text;
};

using grid_ref = std::pair<std::size_t, std::size_t>;

struct form_grid {
    std::size_t columns = 0;
    std::size_t rows = 0;
    std::vector<grid_cell> cells;  // ordered by row, then column; spans never overlap
    std::optional<std::size_t> indicator_header;  // the row of the indicator headings, repeated on printed pages
    // Where the cells a finding can concern lie, as (row, col):
    std::map<funds_column, grid_ref> funds_total;                               // the total row's cells
    // Per indicator column, the cell of each indicator row (merged rows share one): a vector
    // per column rather than a map of (row, column), a project of 20 000 indicators being
    // one of the hostile inputs (README, "What jixiao promises").
    std::map<indicator_column, std::vector<grid_ref>> indicator_cells;
    std::optional<grid_ref> total_score;
    std::map<form_field, grid_ref> fields;
};

[[nodiscard]] form_grid grid_of(const project_form& form, const report_form& report);
// The places of the grid_of's cells (a cell merged over r × c places counts r × c),
// counted without keeping the cells.
[[nodiscard]] std::size_t grid_places(const project_form& form, const report_form& report);

// The (row, col) of the grid cell a finding concerns, if it concerns one.
[[nodiscard]] std::optional<grid_ref> cell_of(const form_grid& grid, const form_place& place);

}  // namespace jixiao::detail
