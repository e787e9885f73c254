// The cells of a table flattened into text (table_cells.hpp).
#include "ingest/table_cells.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>

namespace jixiao::ingest {

std::vector<table_cell> table_cells(const std::vector<tagged_line>& body) {
    std::vector<table_cell> out;
    for (const auto& t : body) {
        std::u32string current;
        const auto flush = [&] {
            if (!current.empty()) out.push_back({std::move(current), t.line.number});
            current.clear();
        };
        for (const char32_t c : fold_figures(t.line.text)) {
            if (c == U'|' || is_space(c)) flush();
            else current += c;
        }
        flush();
    }
    std::vector<table_cell> joined;
    for (auto& c : out) {
        if (!joined.empty() && joined.back().line == c.line && c.text.starts_with(U"年") && joined.back().text.size() == 4 &&
            std::all_of(joined.back().text.begin(), joined.back().text.end(), is_digit))
            joined.back().text += c.text;
        else
            joined.push_back(std::move(c));
    }
    return joined;
}

std::optional<std::u32string> figure_cell(std::u32string_view t) {
    if (t.empty() || !is_digit(t.front())) return std::nullopt;
    std::u32string out;
    bool point = false;
    for (const char32_t c : t) {
        if (is_digit(c)) out += c;
        else if (c == U',' && !point) continue;
        else if (c == U'.' && !point) {
            point = true;
            out += c;
        } else
            return std::nullopt;
    }
    if (out.back() == U'.') return std::nullopt;
    return out;
}

}  // namespace jixiao::ingest
