#pragma once
// Lines of a report book, cleaned of what a Word export leaves behind.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::ingest {

struct text_line {
    std::size_t number = 0;  // 1-based, in the decoded text
    std::u32string text;     // cleaned: artefacts removed, inner tabs → one space, ends trimmed
};

// One line: drops Word's [bookmark: …] markers and zero-width characters, turns
// each inner tab into a space (a tab in a sentence is layout, not text) and trims
// ASCII, ideographic (U+3000) and no-break spaces at both ends. Everything else
// — full-width digits included — stays as printed; figures are folded where they
// are read (fold_figures), so quoted sentences show what the unit wrote.
[[nodiscard]] std::u32string clean_line(std::u32string_view raw);

// Splits decoded UTF-8 at \r\n, \r or \n and cleans every line.
[[nodiscard]] std::vector<text_line> clean_lines(std::string_view utf8);

// 1、…总报告为… / 2、碑、生平简介… / 3、面 等600平方米…: a document-sharing site's page numbers,
// printed before each page's text run into one line. Dropped when long lines start 1、, 2、,
// 3、… in turn and each page after the first goes on with a sentence the page before broke
// off; the pages are then joined into the first one's line (the others left empty). Returns
// the numbers of the lines they were dropped from.
[[nodiscard]] std::vector<std::size_t> drop_page_numbers(std::vector<text_line>& lines);

// Text taken out of a PDF: every paragraph broken into lines of the page's width, a page's
// footer (- 2 -, 第2页 共5页) between its pages. Told by its lines: most of the long ones end
// within a few columns of one width without ending a sentence, and none is much wider. A line
// that fills that width and does not end its sentence goes on in the next one (across a page's
// footer): the lines are joined into the paragraph's first (the others, footers included, left
// empty, so that every line keeps its number). Lines holding cells (|) are left alone.
struct wrapped_text {
    std::size_t width = 0;                                         // columns; 0: not a wrapped text
    std::vector<std::pair<std::size_t, std::size_t>> paragraphs;  // first and last line numbers joined
};
[[nodiscard]] wrapped_text join_wrapped_lines(std::vector<text_line>& lines);

}  // namespace jixiao::ingest
