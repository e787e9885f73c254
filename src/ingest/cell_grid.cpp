// The cell grid of a filled form (cell_grid.hpp).
#include "ingest/cell_grid.hpp"

#include <algorithm>

namespace jixiao::ingest {

void cell_grid::put(std::size_t row, std::size_t col, grid_cell cell) {
    rows_ = std::max(rows_, row + 1);
    columns_ = std::max(columns_, col + 1);
    cells_[{row, col}] = std::move(cell);
}

const grid_cell* cell_grid::at(std::size_t row, std::size_t col) const {
    const auto it = cells_.find({row, col});
    return it == cells_.end() ? nullptr : &it->second;
}

const cell_range* cell_grid::merge_at(std::size_t row, std::size_t col) const {
    for (const auto& m : merges_)
        if (m.contains(row, col)) return &m;
    return nullptr;
}

std::string column_letters(std::size_t col) {
    std::string letters;
    for (std::size_t n = col + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string cell_name(std::size_t row, std::size_t col) { return column_letters(col) + std::to_string(row + 1); }

std::string cell_grid::where_zh(std::size_t row, std::size_t col) const {
    if (!is_docx()) return "工作表“" + sheet + "”单元格 " + cell_name(row, col);
    const auto& o = origins.at(row);
    if (o.table == 0) return "第 " + std::to_string(o.row) + " 段";
    return "第 " + std::to_string(o.table) + " 个表格第 " + std::to_string(o.row) + " 行第 " + std::to_string(col + 1) + " 列";
}

std::string cell_grid::where_en(std::size_t row, std::size_t col) const {
    if (!is_docx()) return "sheet “" + sheet + "”, cell " + cell_name(row, col);
    const auto& o = origins.at(row);
    if (o.table == 0) return "paragraph " + std::to_string(o.row);
    return "table " + std::to_string(o.table) + ", row " + std::to_string(o.row) + ", column " + std::to_string(col + 1);
}

nlohmann::ordered_json cell_grid::where(std::size_t row, std::size_t col) const {
    if (!is_docx()) return {{"sheet", sheet}, {"cell", cell_name(row, col)}};
    const auto& o = origins.at(row);
    if (o.table == 0) return {{"paragraph", o.row}};
    return {{"table", o.table}, {"row", o.row}, {"column", col + 1}};
}

}  // namespace jixiao::ingest
