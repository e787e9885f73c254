// A table of one project's money by source (source_table.hpp).
#include "ingest/source_table.hpp"
#include "ingest/form_cells.hpp"
#include "ingest/limits.hpp"
#include "ingest/table_cells.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/error.hpp>

#include <algorithm>

namespace jixiao::ingest {

namespace {

enum class source_column { budget, arrived, used, rate, arrival_rate };

bool names_sources(std::u32string_view t) {
    t = heading_words(t);
    for (const std::u32string_view w : {U"资金来源", U"资金性质", U"资金类别", U"资金级次", U"来源", U"资金来源渠道"})
        if (t == w) return true;
    return false;
}

std::optional<source_column> source_column_of(std::u32string_view t) {
    t = heading_words(t);
    for (const std::u32string_view w : {U"执行率", U"预算执行率", U"支出率", U"支付率"})
        if (t == w) return source_column::rate;
    for (const std::u32string_view w : {U"到位率", U"资金到位率"})
        if (t == w) return source_column::arrival_rate;
    for (const std::u32string_view w : {U"预算数", U"全年预算数", U"调整后预算数", U"年度预算数", U"预算金额", U"预算资金", U"计划数",
                                        U"计划金额", U"下达数", U"下达金额", U"下达资金", U"安排数", U"安排资金", U"批复数",
                                        U"应到位资金", U"应到位数"})
        if (t == w) return source_column::budget;
    for (const std::u32string_view w : {U"到位数", U"实际到位数", U"到位资金", U"到位金额", U"实际到位资金", U"实际到位"})
        if (t == w) return source_column::arrived;
    for (const std::u32string_view w : {U"支出数", U"执行数", U"全年执行数", U"预算执行数", U"实际支出", U"实际支出数", U"支出金额",
                                        U"执行金额", U"已支出", U"使用数", U"使用金额", U"已使用", U"支付数", U"实际使用"})
        if (t == w) return source_column::used;
    return std::nullopt;
}

// -, —, /, 无: a cell left without a figure, as a form marks one.
bool blank_cell(std::u32string_view t) { return !t.empty() && is_no_figure(to_utf8(t)); }

// "万" for 万元, "" for 元; nullopt when the cell names neither.
std::optional<std::string> unit_named(std::u32string_view t) {
    if (contains(t, U"万元")) return "万";
    for (const std::u32string_view w : {U"单位:元", U"单位：元", U"(元)", U"（元）"})
        if (contains(t, w)) return "";
    return std::nullopt;
}

}  // namespace

std::optional<source_table> read_source_table(const std::vector<tagged_line>& body) {
    // (Most bodies hold no such table: cut into cells only one that names the sources.)
    if (std::none_of(body.begin(), body.end(), [](const tagged_line& t) { return contains(t.line.text, U"来源") ||
                                                                                 contains(t.line.text, U"资金性质") ||
                                                                                 contains(t.line.text, U"资金类别") ||
                                                                                 contains(t.line.text, U"资金级次"); }))
        return std::nullopt;
    const auto cells = table_cells(body);
    std::size_t at = 0;
    std::vector<source_column> columns;
    for (; at < cells.size(); ++at) {
        if (!names_sources(cells[at].text)) continue;
        columns.clear();
        for (std::size_t k = at + 1; k < cells.size() && columns.size() < 8; ++k) {
            const auto c = source_column_of(cells[k].text);
            if (!c) break;
            columns.push_back(*c);
        }
        const auto has = [&](source_column c) { return std::find(columns.begin(), columns.end(), c) != columns.end(); };
        const int money_columns = int(has(source_column::budget)) + int(has(source_column::arrived)) + int(has(source_column::used));
        if (money_columns >= 2 && (has(source_column::budget) || has(source_column::arrived))) break;
    }
    if (at == cells.size()) return std::nullopt;
    // The unit: in a heading, or in a cell of the headings' line or of the two lines before it.
    std::optional<std::string> unit;
    for (std::size_t k = at + 1; k <= at + columns.size() && !unit; ++k) unit = unit_named(cells[k].text);
    for (std::size_t k = at; k-- > 0 && !unit && cells[k].line + 2 >= cells[at].line;) unit = unit_named(cells[k].text);
    if (!unit) {
        source_table unread;
        unread.first_line = unread.last_line = cells[at].line;
        for (std::size_t k = at; k <= at + columns.size(); ++k) unread.headings += (k == at ? U"" : U" | ") + cells[k].text;
        for (std::size_t k = at + 1 + columns.size(); k < cells.size() && k < at + 1 + 4 * columns.size(); ++k)
            if (figure_cell(cells[k].text)) {
                unread.first_figure = cells[k].text;
                unread.first_figure_line = cells[k].line;
                break;
            }
        if (unread.first_figure.empty()) return std::nullopt;
        return unread;
    }

    source_table out;
    out.unit = unit->empty() ? U"元" : U"万元";
    enum class last_row { none, total, source } last = last_row::none;
    std::size_t i = at + 1 + columns.size();
    // (序号 | 资金来源 | …: each row's number before its label.)
    const bool numbered = at > 0 && cells[at - 1].text == U"序号";
    while (i < cells.size()) {
        if (numbered && cells[i].text.size() <= 3 && std::all_of(cells[i].text.begin(), cells[i].text.end(), is_digit)) ++i;
        std::vector<const table_cell*> labels;
        while (i < cells.size() && !figure_cell(cells[i].text) && !rate_cell(cells[i].text) && !blank_cell(cells[i].text) &&
               labels.size() < 3)
            labels.push_back(&cells[i++]);
        // (A sentence after the table ends it, and so does a row with no label.)
        if (labels.empty() || labels.size() == 3 ||
            std::any_of(labels.begin(), labels.end(), [](const table_cell* l) { return contains_any(l->text, {U"，", U"。", U"；", U","}); }))
            break;
        source_row row;
        for (const auto* l : labels) row.label += l->text;
        row.line = labels.front()->line;
        row.row = row.label;
        bool complete = true;
        for (const source_column c : columns) {
            if (i >= cells.size()) {
                complete = false;
                break;
            }
            const std::u32string& v = cells[i].text;
            if (blank_cell(v)) {
                row.row += U" | " + v;
                ++i;
                continue;
            }
            if (c == source_column::rate || c == source_column::arrival_rate) {
                if (!rate_cell(v)) {
                    complete = false;
                    break;
                }
                (c == source_column::rate ? row.printed_rate : row.printed_arrival_rate) = v;
                row.row += U" | " + v;
                ++i;
                continue;
            }
            const auto f = figure_cell(v);
            if (!f) {
                complete = false;
                break;
            }
            try {
                const money m = money::parse(to_utf8(*f) + (unit->empty() ? "元" : "万"));
                switch (c) {
                case source_column::budget: row.budget = m; row.printed_budget = v; break;
                case source_column::arrived: row.arrived = m; row.printed_arrived = v; break;
                default: row.used = m; row.printed_used = v; break;
                }
            } catch (const error&) {
                complete = false;  // finer than a fen: no amount
                break;
            }
            row.row += U" | " + v;
            ++i;
        }
        if (!complete) break;
        out.last_line = cells[i - 1].line;
        if (!row.budget && !row.arrived && !row.used) continue;
        // 其中：中央资金 under 财政资金 is a part of the row above, whose money it repeats; under 合计 it is the
        // first of the sources.
        if (row.label.starts_with(U"其中")) {
            if (last == last_row::source) {
                ++out.sub_rows;
                continue;
            }
            row.label = std::u32string(trim(std::u32string_view(row.label).substr(2)));
            while (row.label.starts_with(U":") || row.label.starts_with(U"：")) row.label.erase(0, 1);
        }
        if (names_a_total(row.label)) {
            if (!out.total) out.total = std::move(row);
            last = last_row::total;
            continue;
        }
        if (out.sources.size() == max_source_rows)
            refuse_beyond(max_source_rows,
                          {"资金来源表列出了", "种资金来源", "没有哪个项目的资金来源有这么多种", "the table of money by source lists",
                           "sources", "no project's money comes from that many"},
                          row.line);
        last = last_row::source;
        out.sources.push_back(std::move(row));
    }
    if (out.sources.empty() && !out.total) return std::nullopt;
    out.first_line = cells[at].line;
    return out;
}

}  // namespace jixiao::ingest
