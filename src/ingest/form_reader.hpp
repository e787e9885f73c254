#pragma once
// Reading filled self-evaluation forms (自评表) back into a jixiao/1 document,
// by their labels, not by fixed positions: the MOF 2020 项目支出绩效自评表 and
// the Sichuan 2023 部门预算项目支出绩效自评表, one per worksheet or several one
// below another, in an .xlsx or in the tables of a .docx. Every value keeps the
// sheet and cell (or table, row and column) it was read from under its "x".

#include "ingest/cell_grid.hpp"

#include <jixiao/ingest.hpp>

#include <string_view>
#include <vector>

namespace jixiao::ingest {

// True when the grid holds a form: a table cell 项目名称 and a 一级指标 heading.
[[nodiscard]] bool has_filled_form(const cell_grid& grid);

// Reads every form in `grids`. `container` is "xlsx" or "docx" (kept in the
// document's x). Throws jixiao::error naming the file, the sheet and the cell
// (or table, row, column) of what cannot be read; and when no grid holds a form.
[[nodiscard]] ingest_result read_filled_forms(const std::vector<cell_grid>& grids, std::string_view source_name,
                                              std::string_view container);

}  // namespace jixiao::ingest
