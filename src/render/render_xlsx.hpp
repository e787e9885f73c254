#pragma once
// Helpers of the xlsx writer, declared for its tests. Internal to jixiao.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// The double nearest to an exact decimal text of at most 15 significant digits
// ("-1234.50"), for libxlsxwriter's worksheet_write_number; nullopt for any
// other text (more digits, exponents, fractions, words). See render_xlsx.cpp.
[[nodiscard]] std::optional<double> excel_number(std::string_view text);

// "100.00" (a percentage) → "1.0000" (the fraction Excel stores under "0.00%"), exactly, as text.
[[nodiscard]] std::string percent_to_fraction(std::string_view percent);

// A valid, unique Excel sheet name made from `wanted`; appended to `taken`.
[[nodiscard]] std::string sheet_name(std::string_view wanted, std::vector<std::string>& taken);

}  // namespace jixiao::detail
