#pragma once
// The one place where text from a document is made inert on its way out of the
// program, whatever reads it next: a terminal (control characters and bidi
// controls shown, not obeyed), a spreadsheet (no cell taken for a formula), a
// browser (no live markup) or an XML part of a workbook (only characters XML
// can hold). Every renderer and every message calls these at its emission point.

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::detail {

// Text safe to print on a terminal: ESC, BEL and the other C0 controls (except
// line feed and tab), DEL and the C1 controls become visible escapes ("\x1b",
// "<U+0085>"); the bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and the marks U+200E, U+200F, U+061C become "<U+202E>" and so
// on; bytes that are not UTF-8 become "\xNN". The result is valid UTF-8.
[[nodiscard]] std::string terminal_visible(std::string_view text);

// Whether terminal_visible would change `text`.
[[nodiscard]] bool needs_terminal_escape(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
// break. A field a spreadsheet would take for a formula — it begins with =, +,
// -, @, a tab or a carriage return — gets a leading apostrophe, unless it is a
// plain number ("-1234.50", "-5.00%"), which a spreadsheet reads as a number.
[[nodiscard]] std::string csv_cell(std::string_view text);

// Text and attribute values in HTML: & < > " ' as character references.
[[nodiscard]] std::string html_text(std::string_view text);

// A string a workbook's XML can hold: characters XML 1.0 forbids (NUL and the
// other C0 controls except tab and line feed, U+FFFE, U+FFFF)
// and bytes that are not UTF-8 become U+FFFD, counted in `replaced`; a literal
// "_xHHHH_", which a spreadsheet would decode as an escaped character, is
// itself escaped as "_x005F_xHHHH_" (ECMA-376 ST_Xstring); a carriage return
// becomes a line break. & < > are left to the XML writer.
[[nodiscard]] std::string xml_text(std::string_view text, std::size_t& replaced);

}  // namespace jixiao::detail
