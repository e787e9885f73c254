#pragma once
// Colour for the text report at a terminal, laid over the renderer's plain
// text afterwards (the renderer knows nothing of terminals): a finding's
// severity ([错误] red, [警告] yellow, [提示] cyan) and its rule id set apart,
// its difference (差额) in the severity's colour, project headings in bold,
// and non-zero error and warning counts of the summary line. Only lines of
// the shapes the text report gives findings and summaries are touched, and
// only by adding escape codes: with them removed, the text is unchanged.

#include <jixiao/error.hpp>
#include <jixiao/finding.hpp>

#include <string>
#include <string_view>

namespace jixiao::cli {

// The report `text` (render_text, or blocks of them) with colour.
[[nodiscard]] std::string colour_report(std::string_view text, language lang);

// `text` in the colour of `s` (a severity word, e.g. "[警告]").
[[nodiscard]] std::string in_severity_colour(std::string_view text, severity s);

// A rule id (e.g. "JX-S004") set apart.
[[nodiscard]] std::string rule_id_style(std::string_view id);

// A line of counts written with `format` ("{}" for each count; e.g. the
// summary line's format), the counts at `error_slot` and `warning_slot`
// (0-based) coloured when they are not zero; the line as it is when it does
// not have that shape.
[[nodiscard]] std::string colour_counts(std::string_view line, std::string_view format, std::size_t error_slot,
                                        std::size_t warning_slot);

}  // namespace jixiao::cli
