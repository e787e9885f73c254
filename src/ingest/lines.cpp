// Cleaning the lines of a Word export.
#include "ingest/lines.hpp"

#include "ingest/unicode.hpp"

namespace jixiao::ingest {

std::u32string clean_line(std::u32string_view raw) {
    std::u32string out;
    out.reserve(raw.size());
    constexpr std::u32string_view bookmark = U"[bookmark:";
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw.substr(i).starts_with(bookmark)) {
            const auto close = raw.find(U']', i);
            if (close != std::u32string_view::npos) {
                i = close;
                continue;
            }
        }
        const char32_t c = raw[i];
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD) continue;
        if (c == U'\t' || c == U'\v' || c == U'\f') {
            out += U' ';
            continue;
        }
        out += c;
    }
    return std::u32string(trim(out));
}

std::vector<text_line> clean_lines(std::string_view utf8) {
    std::vector<text_line> lines;
    std::size_t number = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= utf8.size(); ++i) {
        if (i < utf8.size() && utf8[i] != '\n' && utf8[i] != '\r') continue;
        lines.push_back({number++, clean_line(to_u32(utf8.substr(start, i - start)))});
        if (i + 1 < utf8.size() && utf8[i] == '\r' && utf8[i + 1] == '\n') ++i;
        start = i + 1;
    }
    // A final line break does not start another line.
    if (!lines.empty() && lines.back().text.empty() && !utf8.empty() &&
        (utf8.back() == '\n' || utf8.back() == '\r'))
        lines.pop_back();
    return lines;
}

}  // namespace jixiao::ingest
