// A table of a unit's projects and their budget execution (project_table.hpp).
#include "ingest/project_table.hpp"
#include "ingest/limits.hpp"
#include "ingest/table_cells.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/error.hpp>

#include <algorithm>

namespace jixiao::ingest {

namespace {

enum class table_column { budget, used, rate };

// A heading cell of a money or rate column, with its unit in brackets or not: 预算数(万元).
std::optional<table_column> column_heading(std::u32string_view t) {
    t = heading_words(t);
    for (const std::u32string_view w : {U"预算执行率", U"执行率", U"支出率"})
        if (t == w) return table_column::rate;
    for (const std::u32string_view w : {U"预算数", U"全年预算数", U"调整后预算数", U"年度预算数", U"预算金额", U"预算资金"})
        if (t == w) return table_column::budget;
    for (const std::u32string_view w : {U"执行数", U"全年执行数", U"预算执行数", U"支出数", U"实际支出", U"实际支出数", U"决算数"})
        if (t == w) return table_column::used;
    return std::nullopt;
}


// 一, 十二, (一), （二）, 1, 12: a cell that only numbers its row. 0 when it is not one; 1 for the
// numbering of a top row (一 / (一)), 2 for a row under it (1, 2 …).
int numbering_depth(std::u32string_view t) {
    if (t.empty()) return 0;
    if (std::all_of(t.begin(), t.end(), is_digit)) return t.size() <= 3 ? 2 : 0;
    if (t.size() <= 3 && std::u32string_view(U"一二三四五六七八九十").find(t.front()) != std::u32string_view::npos &&
        std::all_of(t.begin(), t.end(), [](char32_t c) { return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos; }))
        return 1;
    if (const auto n = parse_numbering(t); n && n->length == t.size() &&
                                            (n->style == numbering_style::chinese_paren || n->style == numbering_style::chinese_dun))
        return 1;
    return 0;
}

}  // namespace

std::vector<table_project_row> read_project_table_rows(const std::vector<tagged_line>& body, bool unit_above) {
    // (Most bodies hold no such table: cut into cells only one that names both.)
    if (std::none_of(body.begin(), body.end(), [](const tagged_line& t) { return contains(t.line.text, U"项目名称"); }) ||
        std::none_of(body.begin(), body.end(), [](const tagged_line& t) { return contains(t.line.text, U"执行"); }))
        return {};
    const auto cells = table_cells(body);
    // The headings: 项目名称, then the money and rate columns right after it.
    std::size_t at = 0;
    std::vector<table_column> columns;
    bool in_wan = unit_above;
    for (; at < cells.size(); ++at) {
        in_wan = in_wan || contains(cells[at].text, U"万元");
        if (!cells[at].text.starts_with(U"项目名称")) continue;
        columns.clear();
        for (std::size_t k = at + 1; k < cells.size(); ++k) {
            const auto c = column_heading(cells[k].text);
            if (!c) break;
            if (contains(cells[k].text, U"万元")) in_wan = true;
            columns.push_back(*c);
        }
        const bool budget = std::find(columns.begin(), columns.end(), table_column::budget) != columns.end();
        const bool used = std::find(columns.begin(), columns.end(), table_column::used) != columns.end();
        if (budget && used && columns.size() <= 4) break;
    }
    if (at == cells.size() || !in_wan) return {};
    std::size_t i = at + 1 + columns.size();

    struct raw_row {
        table_project_row r;
        int depth = 0;
    };
    std::vector<raw_row> rows;
    while (i < cells.size()) {
        // The row's labels: its numbering, its department, its name.
        std::vector<const table_cell*> labels;
        while (i < cells.size() && !figure_cell(cells[i].text) && !rate_cell(cells[i].text) && labels.size() < 4)
            labels.push_back(&cells[i++]);
        if (labels.empty()) {
            ++i;  // a figure without a label cannot be placed
            continue;
        }
        // (A sentence after the table ends it: 由上表可知，…)
        if (labels.size() == 4 || contains_any(labels.back()->text, {U"，", U"。", U"；"})) break;
        std::optional<money> budget, used;
        const table_cell *budget_cell = nullptr, *used_cell = nullptr, *rate = nullptr;
        bool complete = true;
        for (const table_column c : columns) {
            if (i >= cells.size()) {
                complete = false;
                break;
            }
            const table_cell& v = cells[i];
            if (c == table_column::rate) {
                if (!rate_cell(v.text)) break;  // a rate left blank
                rate = &v;
                ++i;
                continue;
            }
            const auto f = figure_cell(v.text);
            if (!f) {
                complete = false;
                break;
            }
            ++i;
            try {
                (c == table_column::budget ? budget : used) = money::parse(to_utf8(*f) + "万");
                (c == table_column::budget ? budget_cell : used_cell) = &v;
            } catch (const error&) {
                complete = false;  // finer than a fen: no amount
            }
        }
        const table_cell& label = *labels.back();
        std::u32string_view name = label.text;
        if (const auto n = parse_numbering(name); n && n->length < name.size()) name = trim(name.substr(n->length));
        if (!complete || !budget || !used || name.empty() || names_a_total(name) || numbering_depth(name) != 0) continue;
        raw_row row;
        row.depth = labels.size() >= 2 ? numbering_depth(labels.front()->text) : 0;
        if (row.depth == 0 && name != label.text) row.depth = numbering_depth(std::u32string_view(label.text).substr(0, label.text.size() - name.size()));
        table_project_row& r = row.r;
        r.name = std::u32string(name);
        r.budget = *budget;
        r.used = *used;
        r.printed_budget = budget_cell->text;
        r.printed_used = used_cell->text;
        if (rate) r.printed_rate = rate->text;
        r.table = project_table_kind::budget_execution;
        r.line = label.line;
        r.row = label.text;
        for (const table_cell* v : {budget_cell, used_cell, rate})
            if (v) r.row += U" | " + v->text;
        if (rows.size() == max_table_project_rows)
            refuse_beyond(max_table_project_rows,
                          {"项目预算执行情况表列出了", "个项目", "没有哪个单位的项目表列出这么多项目", "the table of projects' budget execution lists",
                           "projects", "no unit's table lists that many"},
                          r.line);
        rows.push_back(std::move(row));
    }
    // Rows numbered 一 or (一) are the projects when there are any; the rows under them are their parts.
    const bool tiers = std::any_of(rows.begin(), rows.end(), [](const raw_row& r) { return r.depth == 1; });
    std::vector<table_project_row> out;
    for (auto& row : rows)
        if (!tiers || row.depth == 1) out.push_back(std::move(row.r));
    if (out.size() < 2) return {};
    return out;
}

}  // namespace jixiao::ingest
