#pragma once
// Small text helpers shared by the parsers of amounts, ratios and numbers:
// UTF-8 decoding, full-width → ASCII folding, exact decimal text.

#include <jixiao/error.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/rounding.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::detail {

// Decodes one UTF-8 code point at text[pos], advancing pos; nullopt on bad UTF-8.
[[nodiscard]] inline std::optional<char32_t> next_code_point(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t cp = 0;
    if (lead < 0x80) { ++pos; return lead; }
    if ((lead & 0xE0) == 0xC0) { length = 2; cp = lead & 0x1F; }
    else if ((lead & 0xF0) == 0xE0) { length = 3; cp = lead & 0x0F; }
    else if ((lead & 0xF8) == 0xF0) { length = 4; cp = lead & 0x07; }
    else return std::nullopt;
    if (pos + length > text.size()) return std::nullopt;
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char c = byte(pos + i);
        if ((c & 0xC0) != 0x80) return std::nullopt;
        cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr char32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    pos += length;
    return cp;
}

// Takes two terminal columns (CJK ideographs, kana, hangul, full-width forms), as
// tables line up and a PDF's page width is counted.
[[nodiscard]] constexpr bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) { out += static_cast<char>(cp); return; }
    if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

[[nodiscard]] inline bool is_valid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();)
        if (!next_code_point(text, pos)) return false;
    return true;
}

// `text` in double quotes for an error message: at most `limit` characters
// (whole code points, "…" when cut short) and each byte that is not UTF-8 shown
// as U+FFFD, so that a message stays short and valid UTF-8 whatever the input
// (a 50 MB string, a GBK byte).
[[nodiscard]] inline std::string quote_for_message(std::string_view text, std::size_t limit = 64) {
    std::string out = "\"";
    std::size_t pos = 0;
    for (std::size_t count = 0; pos < text.size() && count < limit; ++count) {
        const std::size_t start = pos;
        if (next_code_point(text, pos)) out.append(text.substr(start, pos - start));
        else { out += "\xEF\xBF\xBD"; pos = start + 1; }
    }
    if (pos < text.size()) out += "…";
    return out + "\"";
}

// Full-width digits and the punctuation numbers use (，．－＋／％) fold to ASCII;
// U+2212 minus too. Ends trimmed of ASCII and ideographic spaces. nullopt on bad UTF-8.
[[nodiscard]] inline std::optional<std::string> fold_number_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const auto cp = next_code_point(text, pos);
        if (!cp) return std::nullopt;
        char32_t c = *cp;
        if (c >= 0xFF10 && c <= 0xFF19) c = U'0' + (c - 0xFF10);
        else if (c == 0xFF0C) c = U',';
        else if (c == 0xFF0E) c = U'.';
        else if (c == 0xFF0D || c == 0x2212) c = U'-';
        else if (c == 0xFF0B) c = U'+';
        else if (c == 0xFF0F) c = U'/';
        else if (c == 0xFF05) c = U'%';
        else if (c == 0x3000) c = U' ';
        append_utf8(out, c);
    }
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return std::string{};
    const auto last = out.find_last_not_of(" \t\r\n");
    return out.substr(first, last - first + 1);
}

// A plain decimal: optional sign, digits (with valid 3-digit comma groups when
// commas are allowed), optional '.' and digits. Parsed exactly.
struct decimal_text;
// The value of a decimal too long for the 64-bit fast path (src/core/decimal_text.cpp).
[[nodiscard]] rational decimal_fraction_wide(const decimal_text& d);

struct decimal_text {
    bool negative = false;
    std::string digits;  // all digits in order, without separators or the point
    int decimals = 0;    // digits after the point
    [[nodiscard]] bool is_zero() const noexcept { return digits.find_first_not_of('0') == std::string::npos; }
    [[nodiscard]] rational fraction() const {
        if (digits.size() > 18 || decimals > 18) return decimal_fraction_wide(*this);
        std::int64_t n = 0;
        for (const char c : digits) n = n * 10 + (c - '0');
        return rational::fraction(negative ? -n : n, powers_of_ten[decimals]);
    }
};

// Longest digit count accepted; far beyond any amount, small enough to keep
// the exact arithmetic cheap on hostile input.
inline constexpr std::size_t max_number_digits = 60;

[[nodiscard]] inline std::optional<decimal_text> parse_decimal(std::string_view s, bool allow_commas) {
    decimal_text out;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) { out.negative = s[i] == '-'; ++i; }
    const std::size_t int_start = i;
    std::size_t digit_count = 0;
    bool saw_comma = false;
    std::size_t group = 0;  // digits since the last comma
    const auto add_digit = [&](char c) { out.digits += c; };
    for (; i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ','); ++i) {
        if (s[i] == ',') {
            if (!allow_commas || i == int_start) return std::nullopt;
            if (saw_comma ? group != 3 : (group == 0 || group > 3)) return std::nullopt;
            saw_comma = true;
            group = 0;
            continue;
        }
        ++group;
        if (++digit_count > max_number_digits) return std::nullopt;
        add_digit(s[i]);
    }
    if (digit_count == 0) return std::nullopt;
    if (saw_comma && group != 3) return std::nullopt;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t frac_start = i;
        for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
            if (++digit_count > max_number_digits) return std::nullopt;
            add_digit(s[i]);
            ++out.decimals;
        }
        if (i == frac_start) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    return out;
}

// Blank: empty, or only whitespace (ASCII, no-break, ideographic, zero-width).
// Every rule that asks "is a reason given?" uses this one.
// Text that is not valid UTF-8 has content, so it is not blank.
[[nodiscard]] inline bool is_blank(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto cp = detail::next_code_point(text, pos);
        if (!cp) return false;
        const char32_t c = *cp;
        const bool space = c == U' ' || (c >= U'\t' && c <= U'\r') || c == 0x00A0 || c == 0x3000 ||
                           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
        if (!space) return false;
    }
    return true;
}

// Groups the integer digits of a fixed-point text by thousands: "108200.00" → "108,200.00".
[[nodiscard]] inline std::string group_thousands(const std::string& fixed) {
    const std::size_t sign = (!fixed.empty() && fixed[0] == '-') ? 1 : 0;
    const std::size_t point = std::min(fixed.find('.'), fixed.size());
    std::string out = fixed.substr(0, sign);
    const std::string integer = fixed.substr(sign, point - sign);
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i != 0 && (integer.size() - i) % 3 == 0) out += ',';
        out += integer[i];
    }
    return out + fixed.substr(point);
}

}  // namespace jixiao::detail
