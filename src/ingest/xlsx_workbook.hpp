#pragma once
// The worksheets of an .xlsx workbook as cell grids: shared and inline strings,
// numbers with their stored text, percent number formats, merged cells, every
// sheet in the workbook's order.

#include "ingest/cell_grid.hpp"

#include <string_view>
#include <vector>

namespace jixiao::ingest {

// True when `bytes` are a zip archive holding xl/workbook.xml.
[[nodiscard]] bool is_xlsx(std::string_view bytes);

// Every worksheet (chart sheets have no cells and are left out). Throws
// jixiao::error naming `source_name` and the part when the workbook is unreadable.
[[nodiscard]] std::vector<cell_grid> read_xlsx(std::string_view bytes, std::string_view source_name);

// The shortest decimal text that reads back as the same binary double as the
// stored number text `stored` ("10.820000000000000284" → "10.82"), or nullopt when
// `stored` is not a finite number. Used for text only: the result is then read
// as an exact decimal, never computed with.
[[nodiscard]] std::optional<std::string> shortest_decimal(std::string_view stored);

}  // namespace jixiao::ingest
