#pragma once
// Code-point text for the ingester. Report text is handled as std::u32string so
// that "one character" is one element: spans, lengths and backward scans over
// Chinese text stay simple. Folding keeps the length, so a span found in the
// folded text is the same span in the text as printed.

#include <jixiao/detail/text.hpp>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace jixiao::ingest {

// Valid UTF-8 → code points (callers decode and validate first).
[[nodiscard]] inline std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto cp = detail::next_code_point(utf8, pos);
        if (!cp) { out += U'\uFFFD'; ++pos; continue; }
        out += *cp;
    }
    return out;
}

[[nodiscard]] inline std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) detail::append_utf8(out, c);
    return out;
}

[[nodiscard]] constexpr bool is_digit(char32_t c) noexcept { return c >= U'0' && c <= U'9'; }

// CJK ideographs (the characters issuer prefixes and titles are written in).
[[nodiscard]] constexpr bool is_ideograph(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

// Spaces a Word export leaves: ASCII, tab, no-break, ideographic (U+3000), en/em spaces.
[[nodiscard]] constexpr bool is_space(char32_t c) noexcept {
    return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F;
}

[[nodiscard]] inline std::u32string_view trim(std::u32string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

[[nodiscard]] inline bool contains(std::u32string_view s, std::u32string_view part) noexcept {
    return s.find(part) != std::u32string_view::npos;
}
[[nodiscard]] inline bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> parts) noexcept {
    for (auto p : parts)
        if (contains(s, p)) return true;
    return false;
}
// Where the first of `parts` to occur in `s` begins; npos when none does.
[[nodiscard]] inline std::size_t first_of(std::u32string_view s, std::initializer_list<std::u32string_view> parts) noexcept {
    std::size_t first = std::u32string_view::npos;
    for (auto p : parts) first = std::min(first, s.find(p));
    return first;
}
[[nodiscard]] inline bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> parts) noexcept {
    for (auto p : parts)
        if (s.ends_with(p)) return true;
    return false;
}
[[nodiscard]] inline bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> parts) noexcept {
    for (auto p : parts)
        if (s.starts_with(p)) return true;
    return false;
}

// 〇 一 … 九 (and 零, ○, 0) as a digit of a year written out in Chinese; -1 for any other character.
[[nodiscard]] constexpr int chinese_year_digit(char32_t c) noexcept {
    constexpr std::u32string_view digits = U"〇一二三四五六七八九";
    if (c == U'零' || c == U'○' || c == U'0' || c == U'O') return 0;
    const auto at = digits.find(c);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// Full-width digits, letters and the punctuation of numbers (．％＋－／) → ASCII,
// one character for one, so spans carry over. '．' and '，' only fold between digits
// (１２．５ → 12.5, １，２００ → 1,200); elsewhere they are sentence punctuation.
// A year written out in Chinese before 年 (二〇二三年度, 二0一九年, as title pages print it) becomes
// its four digits.
[[nodiscard]] inline std::u32string fold_figures(std::u32string_view text) {
    std::u32string out(text);
    for (std::size_t i = 0; i + 4 < text.size(); ++i) {
        if (text[i + 4] != U'年' || (i > 0 && chinese_year_digit(text[i - 1]) >= 0)) continue;
        int year = 0;
        for (std::size_t k = i; k < i + 4 && year >= 0; ++k)
            year = chinese_year_digit(text[k]) < 0 ? -1 : year * 10 + chinese_year_digit(text[k]);
        if (year < 1990 || year > 2100 || text[i] == U'0' || text[i] == U'O') continue;
        for (std::size_t k = 0; k < 4; ++k) out[i + k] = U'0' + static_cast<char32_t>(chinese_year_digit(text[i + k]));
    }
    const auto digit_at = [&](std::size_t i) {
        return i < text.size() && (is_digit(text[i]) || (text[i] >= 0xFF10 && text[i] <= 0xFF19));
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char32_t c = text[i];
        if (out[i] != c) continue;  // a year's digit, folded above
        if (c >= 0xFF10 && c <= 0xFF19) out[i] = U'0' + (c - 0xFF10);
        else if (c >= 0xFF21 && c <= 0xFF3A) out[i] = U'A' + (c - 0xFF21);
        else if (c >= 0xFF41 && c <= 0xFF5A) out[i] = U'a' + (c - 0xFF41);
        else if (c == 0xFF05) out[i] = U'%';
        else if (c == 0xFF0B) out[i] = U'+';
        else if (c == 0xFF0F) out[i] = U'/';
        else if (c == 0x3000) out[i] = U' ';
        else if ((c == 0xFF0E || c == 0xFF0C) && i > 0 && digit_at(i - 1) && digit_at(i + 1))
            out[i] = c == 0xFF0E ? U'.' : U',';
    }
    return out;
}

}  // namespace jixiao::ingest
