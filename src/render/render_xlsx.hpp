#pragma once
// Helpers of the xlsx writer, declared for its tests. Internal to jixiao.

#include <jixiao/evaluate.hpp>
#include <jixiao/render.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace jixiao::detail {

struct report_form;  // render_form.hpp

// The double nearest to an exact decimal text of at most 15 significant digits
// ("-1234.50"), for libxlsxwriter's worksheet_write_number; nullopt for any
// other text (more digits, exponents, fractions, words). See render_xlsx.cpp.
[[nodiscard]] std::optional<double> excel_number(std::string_view text);

// "100.00" (a percentage) → "1.0000" (the fraction Excel stores under "0.00%"), exactly, as text.
[[nodiscard]] std::string percent_to_fraction(std::string_view percent);

// The sheet names of a workbook so far (lower-cased) and, per wanted name, the
// next " (n)" suffix to try.
struct sheet_names {
    std::unordered_set<std::string> lowered;
    std::unordered_map<std::string, int> next_suffix;
};

// A valid, unique Excel sheet name made from `wanted`; added to `taken`.
[[nodiscard]] std::string sheet_name(std::string_view wanted, sheet_names& taken);

// What libxlsxwriter holds of the workbook of `report` until it writes the
// file: its cells (a merged cell is one written and a blank for each other cell
// it covers) and its comments (at most one per finding of a project).
struct workbook_size {
    std::uint64_t cells = 0, comments = 0;
    // The memory they take, measured with tests/bench/hostile_scaling.sh on forms of
    // many projects and of many indicators, with a margin: some 300 bytes a cell,
    // jixiao's own share of the run included, and 2 KiB a comment.
    [[nodiscard]] std::uint64_t bytes() const { return cells * 300 + comments * 2048; }
};
[[nodiscard]] workbook_size size_of_workbook(const report_form& report);

// The workbook written straight to `path` (no temporary file: the caller has
// made one); `shown_path` names it in messages. Returns how many characters
// XML cannot hold were replaced by U+FFFD. A workbook whose size takes more
// than `max_bytes` (0: no limit) is refused with a jixiao::error before it is begun.
std::size_t write_workbook(const evaluated& e, const render_options& options, const std::string& path,
                           const std::string& shown_path, std::uint64_t max_bytes = 0);

}  // namespace jixiao::detail
