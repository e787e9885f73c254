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

std::u32string_view heading_words(std::u32string_view t) {
    if (const auto b = t.find_first_of(U"(（"); b != std::u32string_view::npos && b > 0) t = t.substr(0, b);
    return t;
}

bool rate_cell(std::u32string_view t) {
    return t.size() >= 2 && (t.back() == U'%' || t.back() == U'％') && figure_cell(t.substr(0, t.size() - 1)).has_value();
}

bool names_a_total(std::u32string_view label) {
    for (const std::u32string_view w : {U"合计", U"总计", U"小计", U"合 计", U"总 计", U"合计数"})
        if (label == w) return true;
    return false;
}

}  // namespace jixiao::ingest
