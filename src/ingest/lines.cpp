// Cleaning the lines of a Word export.
#include "ingest/lines.hpp"

#include "ingest/unicode.hpp"

#include <optional>
#include <utility>

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

namespace {

// A page's line: long, starting with its number and 、. The number, and where the text starts.
std::optional<std::pair<std::size_t, std::size_t>> page_number_at_start(std::u32string_view t) {
    constexpr std::size_t shortest_page_line = 80;
    if (t.size() < shortest_page_line) return std::nullopt;
    std::size_t n = 0, i = 0;
    for (; i < t.size() && i < 3 && t[i] >= U'0' && t[i] <= U'9'; ++i) n = n * 10 + static_cast<std::size_t>(t[i] - U'0');
    if (i == 0 || i >= t.size() || t[i] != U'、') return std::nullopt;
    return std::pair{n, i + 1};
}

bool breaks_off(std::u32string_view t) {
    return !t.empty() && std::u32string_view(U"。！？；!?;：:）)”」").find(t.back()) == std::u32string_view::npos;
}

}  // namespace

std::vector<std::size_t> drop_page_numbers(std::vector<text_line>& lines) {
    std::vector<std::size_t> pages;  // indexes of the page lines, in turn
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.empty()) continue;
        const auto p = page_number_at_start(lines[i].text);
        if (p && p->first == pages.size() + 1 && (pages.empty() || breaks_off(lines[pages.back()].text))) {
            pages.push_back(i);
            continue;
        }
        // The run of pages ends at the first line that is not the next one; a run of one is none.
        if (pages.size() >= 2) break;
        pages.clear();
        if (p && p->first == 1) pages.push_back(i);
    }
    if (pages.size() < 2) return {};
    std::vector<std::size_t> dropped;
    for (const auto i : pages) {
        lines[i].text.erase(0, page_number_at_start(lines[i].text)->second);
        dropped.push_back(lines[i].number);
    }
    // Each page goes on with the sentence the page before broke off: one line, the first page's
    // (the later pages' lines are left empty, so that every other line keeps its number).
    for (std::size_t k = pages.size(); k-- > 1;) {
        lines[pages[k - 1]].text += lines[pages[k]].text;
        lines[pages[k]].text.clear();
    }
    return dropped;
}

}  // namespace jixiao::ingest
