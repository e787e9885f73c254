// Splitting a printed indicator value (printed_value.hpp).
#include "ingest/printed_value.hpp"

#include <jixiao/detail/text.hpp>

#include <array>
#include <utility>

namespace jixiao::ingest {
namespace {

struct operator_word {
    std::string_view text;
    comparison op;
    bool strict;
};

// Longest first where one is the start of another (≥ before >, 大于等于 before 大于).
constexpr std::array<operator_word, 30> operator_words{{
    {">=", comparison::at_least, false},   {"≥", comparison::at_least, false},   {"≧", comparison::at_least, false},
    {"大于等于", comparison::at_least, false}, {"大于或等于", comparison::at_least, false},
    {"不低于", comparison::at_least, false}, {"不少于", comparison::at_least, false}, {"不小于", comparison::at_least, false},
    {"至少", comparison::at_least, false},  {"达到", comparison::at_least, false},
    {"<=", comparison::at_most, false},     {"≤", comparison::at_most, false},    {"≦", comparison::at_most, false},
    {"小于等于", comparison::at_most, false}, {"小于或等于", comparison::at_most, false},
    {"不高于", comparison::at_most, false},  {"不超过", comparison::at_most, false}, {"不多于", comparison::at_most, false},
    {"不大于", comparison::at_most, false},  {"至多", comparison::at_most, false},
    {"==", comparison::equal, false},       {"=", comparison::equal, false},      {"等于", comparison::equal, false},
    {">", comparison::at_least, true},      {"大于", comparison::at_least, true},  {"高于", comparison::at_least, true},
    {"超过", comparison::at_least, true},
    {"<", comparison::at_most, true},       {"小于", comparison::at_most, true},   {"低于", comparison::at_most, true},
}};

struct suffix_word {
    std::string_view text;
    comparison op;
};
constexpr std::array<suffix_word, 6> suffix_words{{
    {"及以上", comparison::at_least}, {"以上", comparison::at_least}, {"及以下", comparison::at_most},
    {"以下", comparison::at_most},   {"以内", comparison::at_most},   {"之内", comparison::at_most},
}};

// Full-width operators fold to ASCII before matching.
std::string fold_operators(std::string s) {
    for (const auto& [wide, narrow] : {std::pair<std::string_view, std::string_view>{"＞", ">"}, {"＜", "<"}, {"＝", "="}}) {
        for (std::size_t at = s.find(wide); at != std::string::npos; at = s.find(wide, at)) s.replace(at, wide.size(), narrow);
    }
    return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string without_spaces(std::string_view text) {
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t at = pos;
        const auto cp = detail::next_code_point(text, pos);
        if (!cp) { out += text[at]; pos = at + 1; continue; }
        if (*cp == U' ' || *cp == U'\t' || *cp == U'\n' || *cp == U'\r' || *cp == 0x3000 || *cp == 0xA0) continue;
        out.append(text.substr(at, pos - at));
    }
    return out;
}

printed_value split_printed_value(std::string_view raw) {
    printed_value v;
    v.text = without_spaces(raw);
    const auto folded = detail::fold_number_text(v.text);
    if (!folded) return v;
    std::string s = fold_operators(*folded);

    std::string_view rest = s;
    for (const auto& w : operator_words) {
        if (rest.starts_with(w.text)) {
            v.op = w.op;
            v.strict = w.strict;
            rest.remove_prefix(w.text.size());
            break;
        }
    }
    // The number: sign, digits with commas, one point.
    std::size_t i = 0;
    std::string number;
    if (i < rest.size() && (rest[i] == '-' || rest[i] == '+')) { if (rest[i] == '-') number += '-'; ++i; }
    const std::size_t digits_from = i;
    bool point = false;
    for (; i < rest.size(); ++i) {
        const char c = rest[i];
        if (is_digit(c)) number += c;
        else if (c == ',' && i > digits_from && i + 1 < rest.size() && is_digit(rest[i + 1])) continue;
        else if (c == '.' && !point && i + 1 < rest.size() && is_digit(rest[i + 1])) { point = true; number += c; }
        else break;
    }
    if (i == digits_from || !is_digit(rest[digits_from == rest.size() ? 0 : digits_from])) {
        v.op.reset();  // an operator before words ("不低于上年") is words, not a comparison
        v.strict = false;
        return v;
    }
    std::string unit(rest.substr(i));
    for (const auto& w : suffix_words) {
        if (unit.size() >= w.text.size() && unit.ends_with(w.text)) {
            unit.resize(unit.size() - w.text.size());
            if (!v.op) v.op = w.op;
            break;
        }
    }
    // A second number ("90%-95%", "3至5天") is a range, not one value: words.
    for (char c : unit)
        if (is_digit(c)) {
            v.op.reset();
            v.strict = false;
            return v;
        }
    v.number = number;
    v.unit = unit;
    return v;
}

}  // namespace jixiao::ingest
