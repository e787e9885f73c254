#pragma once
// Terminal column width of UTF-8 text, so tables of Chinese text line up:
// CJK ideographs and full-width forms take two columns.

#include <jixiao/detail/text.hpp>

#include <string>
#include <string_view>

namespace jixiao::detail {

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
