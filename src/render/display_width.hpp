#pragma once
// Terminal column width of UTF-8 text, so tables of Chinese text line up:
// CJK ideographs and full-width forms take two columns.

#include <jixiao/detail/text.hpp>

#include <string>
#include <string_view>

namespace jixiao::detail {

[[nodiscard]] inline bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

[[nodiscard]] inline std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto cp = next_code_point(text, pos);
        if (!cp) { ++pos; ++width; continue; }
        width += is_wide(*cp) ? 2 : 1;
    }
    return width;
}

// `text` padded with spaces to `width` columns (left-aligned unless `right`).
[[nodiscard]] inline std::string pad(std::string_view text, std::size_t width, bool right = false) {
    const std::size_t w = display_width(text);
    const std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + std::string(text) : std::string(text) + fill;
}

}  // namespace jixiao::detail
