#pragma once
// A 年度指标值 or 实际完成值 as a clerk prints it, split into its parts:
// "≥90%" → at least, 90, "%"; "≤5天" → at most, 5, "天"; "95%以上" → at least,
// 95, "%"; "100%" → no operator, 100, "%"; "是" or "群众满意" → words only.

#include <jixiao/document.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::ingest {

struct printed_value {
    std::optional<comparison> op;
    bool strict = false;                // printed > or <, read as ≥ or ≤
    std::optional<std::string> number;  // the decimal text ("90", "-3", "1234.5"), commas removed
    std::string unit;                   // what follows the number ("%", "天", "万元"); may be empty
    std::string text;                   // the whole text, spaces removed
};

// Never throws: text that is not a number with an optional operator and unit is words.
[[nodiscard]] printed_value split_printed_value(std::string_view text);

// The text with every space, tab, line break and ideographic space removed.
[[nodiscard]] std::string without_spaces(std::string_view text);

}  // namespace jixiao::ingest
