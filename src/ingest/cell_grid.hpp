#pragma once
// A grid of cells as a filled form presents them: a worksheet of an .xlsx, or the
// tables (and the paragraphs between them) of a .docx stacked one below another.
// Merged cells keep their text in the top-left cell only, as both formats store
// them; the merge ranges say what else they cover. Every cell can say where it
// is in the file, for provenance and for errors.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::ingest {

struct grid_cell {
    std::string text;         // as stored: the string, or a number's stored decimal text
    bool number = false;      // stored as an Excel number (binary floating point)
    bool percent = false;     // its number format shows it ×100 with a % sign
    std::optional<int> decimals;  // decimal places its number format shows, when it says
    std::string formula;          // a formula whose value was never computed (the file was not saved by a spreadsheet)
};

struct cell_range {
    std::size_t top = 0, left = 0, bottom = 0, right = 0;  // 0-based, inclusive
    [[nodiscard]] bool contains(std::size_t r, std::size_t c) const noexcept {
        return r >= top && r <= bottom && c >= left && c <= right;
    }
};

// Where a row of a .docx grid came from: a table row or a paragraph between tables.
struct docx_row_origin {
    std::size_t table = 0;  // 1-based; 0: a paragraph outside any table
    std::size_t row = 0;    // 1-based row of the table, or the paragraph's number
};

class cell_grid {
public:
    std::string sheet;                     // the worksheet's name (xlsx)
    std::vector<docx_row_origin> origins;  // one per row (docx); empty for a worksheet

    void put(std::size_t row, std::size_t col, grid_cell cell);
    void merge(cell_range range) { merges_.push_back(range); }

    [[nodiscard]] std::size_t rows() const noexcept { return rows_; }
    [[nodiscard]] std::size_t columns() const noexcept { return columns_; }
    [[nodiscard]] const grid_cell* at(std::size_t row, std::size_t col) const;
    [[nodiscard]] const cell_range* merge_at(std::size_t row, std::size_t col) const;
    [[nodiscard]] bool is_docx() const noexcept { return !origins.empty(); }
    [[nodiscard]] bool in_table(std::size_t row) const { return !is_docx() || (row < origins.size() && origins[row].table != 0); }

    // "工作表“p02”单元格 C6" / "sheet “p02”, cell C6", or the table, row and column of a .docx.
    [[nodiscard]] std::string where_zh(std::size_t row, std::size_t col) const;
    [[nodiscard]] std::string where_en(std::size_t row, std::size_t col) const;
    // {"sheet": "p02", "cell": "C6"} or {"table": 1, "row": 6, "column": 3}.
    [[nodiscard]] nlohmann::ordered_json where(std::size_t row, std::size_t col) const;

private:
    std::map<std::pair<std::size_t, std::size_t>, grid_cell> cells_;
    std::vector<cell_range> merges_;
    std::size_t rows_ = 0, columns_ = 0;
};

// "A", "Z", "AA" for columns 0, 25, 26; "C6" for row 5, column 2.
[[nodiscard]] std::string column_letters(std::size_t col);
[[nodiscard]] std::string cell_name(std::size_t row, std::size_t col);

}  // namespace jixiao::ingest
