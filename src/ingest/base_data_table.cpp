// Hunan's table of basic data of a department's spending (base_data_table.hpp).
#include "ingest/base_data_table.hpp"
#include "ingest/table_cells.hpp"
#include "ingest/limits.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/error.hpp>

#include <algorithm>

namespace jixiao::ingest {

namespace {

// 2023年预算数 / 2023年决算数: the year a column heading names, with its word; nullopt otherwise.
std::optional<int> year_heading(std::u32string_view t, std::u32string_view word) {
    if (t.size() != 5 + word.size() || t[4] != U'年' || !t.ends_with(word) || !std::all_of(t.begin(), t.begin() + 4, is_digit))
        return std::nullopt;
    return (t[0] - U'0') * 1000 + (t[1] - U'0') * 100 + (t[2] - U'0') * 10 + (t[3] - U'0');
}

// The department's rows after its projects': where the project rows end.
bool department_row(std::u32string_view label) {
    for (const std::u32string_view w : {U"公用经费", U"三公经费", U"政府采购", U"基本支出", U"人员经费", U"人员支出", U"资产",
                                        U"一般性支出", U"会议费", U"培训费", U"厉行节约"})
        if (label.starts_with(w)) return true;
    return false;
}

}  // namespace

std::vector<table_project_row> read_base_data_rows(const std::vector<tagged_line>& body, bool unit_above) {
    // (Most bodies hold no such table: cut into cells only one that names a 决算数.)
    if (std::none_of(body.begin(), body.end(), [](const tagged_line& t) { return contains(t.line.text, U"决算数"); })) return {};
    const auto cells = table_cells(body);
    // The headings: last year's 决算数, this year's 预算数 and 决算数, after the table's unit.
    std::size_t at = 0;
    bool in_wan = unit_above;
    for (; at + 2 < cells.size(); ++at) {
        in_wan = in_wan || contains(cells[at].text, U"万元");
        const auto before = year_heading(cells[at].text, U"决算数");
        const auto budget = year_heading(cells[at + 1].text, U"预算数");
        const auto after = year_heading(cells[at + 2].text, U"决算数");
        if (before && budget && after && *budget == *after && *before + 1 == *budget) break;
    }
    if (!in_wan || at + 2 >= cells.size()) return {};
    // 项目支出: (the projects' total) opens the project rows.
    auto i = at + 3;
    const auto is_projects_row = [](std::u32string_view t) {
        return t == U"项目支出" || t == U"项目支出:" || t == U"项目支出：";
    };
    while (i < cells.size() && !is_projects_row(cells[i].text)) ++i;
    if (i == cells.size()) return {};
    ++i;
    while (i < cells.size() && figure_cell(cells[i].text)) ++i;  // the total's figures
    std::vector<table_project_row> rows;
    std::vector<std::u32string> group_of;  // by row: the group row above it (区级专项资金), if any
    std::u32string group;
    while (i < cells.size()) {
        const table_cell& label = cells[i++];
        std::u32string_view name = label.text;
        if (const auto n = parse_numbering(name)) name = trim(name.substr(n->length));
        if (name.starts_with(U"其中")) name = trim(name.substr(2));
        if (name.starts_with(U":") || name.starts_with(U"：")) name = trim(name.substr(1));
        if (const auto n = parse_numbering(name)) name = trim(name.substr(n->length));
        if (department_row(name)) break;
        std::vector<const table_cell*> figures;
        while (i < cells.size() && figure_cell(cells[i].text)) figures.push_back(&cells[i++]);
        // A group's row (2、区级专项资金(一个专项一行)) holds no figure; a row of one cannot be placed.
        if (figures.empty()) {
            group = std::u32string(name.substr(0, std::min(name.find_first_of(U"(（"), name.size())));
            continue;
        }
        if (figures.size() < 2 || figures.size() > 3 || name.empty()) continue;
        const table_cell& budget = *figures[figures.size() - 2];
        const table_cell& used = *figures.back();
        table_project_row r;
        r.name = std::u32string(name);
        try {
            r.budget = money::parse(to_utf8(*figure_cell(budget.text)) + "万");
            r.used = money::parse(to_utf8(*figure_cell(used.text)) + "万");
        } catch (const error&) {
            continue;  // finer than a fen: no amount; the row stays unread
        }
        r.printed_budget = budget.text;
        r.printed_used = used.text;
        r.line = label.line;
        r.row = label.text;
        for (const table_cell* f : figures) r.row += U" | " + f->text;
        if (rows.size() == max_table_project_rows)
            refuse_beyond(max_table_project_rows,
                          {"部门整体支出绩效评价基础数据表列出了", "个项目", "没有哪个部门的基础数据表列出这么多项目",
                           "the department's table of basic data lists", "projects", "no department's table lists that many"},
                          r.line);
        rows.push_back(std::move(r));
        group_of.push_back(group);
    }
    if (rows.size() < 2) return {};
    // 公共文化服务体系建设 under 区级专项资金 and again under 上级转移支付: two projects, told apart by their group.
    for (std::size_t k = 0; k < rows.size(); ++k)
        if (!group_of[k].empty() && std::count_if(rows.begin(), rows.end(), [&](const table_project_row& o) {
                                        return o.name == rows[k].name || o.name.starts_with(rows[k].name + U"(");
                                    }) > 1)
            rows[k].name += U"(" + group_of[k] + U")";
    return rows;
}

}  // namespace jixiao::ingest
