#pragma once
// The body of a .docx as one cell grid: each paragraph outside a table is a row
// of one cell, each table row a row of cells placed on the table's grid columns
// (w:gridBefore, w:gridSpan), vertical merges (w:vMerge) as merged ranges. So a
// form split over several tables, with its year line in a paragraph above, reads
// like one worksheet.

#include "ingest/cell_grid.hpp"

#include <string_view>

namespace jixiao::ingest {

// Throws jixiao::error naming `source_name` when the archive or the XML is unreadable.
[[nodiscard]] cell_grid read_docx_body(std::string_view bytes, std::string_view source_name);

}  // namespace jixiao::ingest
