// Cleaning the lines of a Word export.
#include "ingest/lines.hpp"

#include "ingest/unicode.hpp"

#include <algorithm>
#include <cctype>
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

std::size_t columns(std::u32string_view t) {
    std::size_t n = 0;
    for (const char32_t c : t) n += detail::is_wide(c) ? 2 : 1;
    return n;
}

bool ends_sentence(std::u32string_view t) {
    return !t.empty() && std::u32string_view(U"。！？!?").find(t.back()) != std::u32string_view::npos;
}

// - 2 -, — 2 —, 第2页, 第 2 页 共 5 页, 2/5 and a bare page number.
bool is_page_footer(std::u32string_view t) {
    std::u32string s;
    for (const char32_t c : t)
        if (!is_space(c) && c != U'-' && c != U'—' && c != U'–' && c != U'－') s += c;
    if (s.empty() || s.size() > 12) return false;
    std::size_t digits = 0, slashes = 0;
    for (const char32_t c : s) {
        if (is_digit(c)) ++digits;
        else if (c == U'/') ++slashes;
        else if (c != U'第' && c != U'页' && c != U'共') return false;
    }
    return digits > 0 && digits <= 8 && slashes <= 1 && (s.front() == U'第' || is_digit(s.front()));
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

namespace {
// 合计 1200000.00 1200000.00 1100000.00 91.67%: a table's row with its cells parted by spaces (or tabs) — four
// cells at least, two of them figures, no sentence's punctuation — is no wrapped line of a paragraph, however wide.
bool spaced_cells(std::u32string_view t) {
    if (contains_any(t, {U"，", U"。", U"；", U"、"})) return false;
    std::size_t cells = 0, figures = 0;
    for (std::size_t i = 0; i < t.size();) {
        while (i < t.size() && (t[i] == U' ' || t[i] == U'\u3000')) ++i;
        if (i == t.size()) break;
        const std::size_t begin = i;
        while (i < t.size() && t[i] != U' ' && t[i] != U'\u3000') ++i;
        const auto cell = t.substr(begin, i - begin);
        ++cells;
        if (is_digit(cell.front()) && std::all_of(cell.begin(), cell.end(), [](char32_t c) {
                return is_digit(c) || c == U'.' || c == U',' || c == U'%' || c == U'％';
            }))
            ++figures;
    }
    return cells >= 4 && figures >= 2;
}
}  // namespace

wrapped_text join_wrapped_lines(std::vector<text_line>& lines) {
    // 20 characters: shorter lines are headings, cells and a paragraph's end, never a page's width.
    constexpr std::size_t long_line = 40;
    // A line may stop a few columns short: a wide character that did not fit, punctuation kept
    // off the next line's start, narrower digits.
    constexpr std::size_t short_by = 6;
    constexpr std::size_t fewest_wraps = 4;
    const auto holds_cells = [](const text_line& l) { return l.text.find(U'|') != std::u32string::npos || spaced_cells(l.text); };
    std::vector<std::size_t> width(lines.size(), 0), open_widths;
    std::size_t long_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (holds_cells(lines[i])) continue;
        width[i] = columns(lines[i].text);
        if (width[i] < long_line) continue;
        ++long_lines;
        if (!ends_sentence(lines[i].text)) open_widths.push_back(width[i]);
    }
    if (open_widths.size() < fewest_wraps) return {};
    // The page's width: the one most lines that break off end within `short_by` columns of.
    std::sort(open_widths.begin(), open_widths.end());
    std::size_t page = 0, most = 0;
    for (std::size_t lo = 0, hi = 0; hi < open_widths.size(); ++hi) {
        while (open_widths[hi] - open_widths[lo] > short_by) ++lo;
        if (hi - lo + 1 >= most) most = hi - lo + 1, page = open_widths[hi];
    }
    // Most long lines no wider than that break at it, and few run past it: a web page's paragraphs
    // are lines of every length; a PDF's text is lines of its page's width (a site's notes above it
    // aside).
    std::size_t wider = 0;
    for (const auto w : width) wider += w > page + 2 ? 1 : 0;
    if (most < fewest_wraps || most * 2 < long_lines - wider || wider * 2 > most) return {};

    wrapped_text out{page, {}};
    std::vector<bool> fills(lines.size(), false);  // (before any line is joined)
    for (std::size_t i = 0; i < lines.size(); ++i)
        fills[i] = width[i] + short_by >= page && width[i] <= page + 2 && !ends_sentence(lines[i].text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!fills[i]) continue;
        const std::size_t first = i;
        while (i < lines.size() && fills[i]) {
            // The next line of text, past a page's footer; an empty line without one ends the paragraph.
            std::size_t j = i + 1;
            bool footer = false;
            while (j < lines.size() && (lines[j].text.empty() || is_page_footer(lines[j].text))) {
                footer = footer || !lines[j].text.empty();
                ++j;
            }
            if (j == lines.size() || holds_cells(lines[j]) || (j > i + 1 && !footer)) break;
            for (std::size_t k = i + 1; k < j; ++k) lines[k].text.clear();
            const char32_t a = lines[first].text.back(), b = lines[j].text.front();
            if (a < 0x80 && b < 0x80 && std::isalpha(static_cast<int>(a)) && std::isalpha(static_cast<int>(b)))
                lines[first].text += U' ';
            lines[first].text += lines[j].text;
            lines[j].text.clear();
            out.paragraphs.emplace_back(lines[first].number, lines[j].number);
            i = j;
        }
    }
    // One paragraph per entry: its first line and its last.
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& p : out.paragraphs)
        if (!merged.empty() && merged.back().first == p.first) merged.back().second = p.second;
        else merged.push_back(p);
    out.paragraphs = std::move(merged);
    return out;
}

}  // namespace jixiao::ingest
