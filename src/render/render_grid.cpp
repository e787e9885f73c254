// Lays out one project's form as the printed 自评表 grid (see render_grid.hpp).
#include "render/render_grid.hpp"

#include <algorithm>

namespace jixiao::detail {
namespace {

class grid_builder {
public:
    void put(std::size_t row, std::size_t col, cell content, grid_style style, std::size_t rows = 1,
             std::size_t cols = 1) {
        grid_.cells.push_back({row, col, rows, cols, std::move(content), style});
        grid_.rows = std::max(grid_.rows, row + rows);
    }
    void words(std::size_t row, std::size_t col, std::string text, grid_style style, std::size_t rows = 1,
               std::size_t cols = 1) {
        put(row, col, text_cell(std::move(text)), style, rows, cols);
    }
    // A figure; its "—" or words (不适用) stand where the figure would, aligned like it.
    void figure(std::size_t row, std::size_t col, const cell& c, std::size_t cols = 1) {
        put(row, col, c, grid_style::number, 1, cols);
    }
    form_grid done() {
        std::stable_sort(grid_.cells.begin(), grid_.cells.end(), [](const grid_cell& a, const grid_cell& b) {
            return a.row != b.row ? a.row < b.row : a.col < b.col;
        });
        return std::move(grid_);
    }

private:
    form_grid grid_;
};

}  // namespace

form_grid grid_of(const project_form& form, const report_form& report) {
    const form_labels& l = labels_for(report.lang);
    constexpr std::size_t all = form_grid::columns;
    grid_builder g;
    g.words(0, 0, l.form_title, grid_style::title, 1, all);
    g.words(1, 0, report.year_line, grid_style::subtitle, 1, all);
    g.words(2, 0, l.project_name, grid_style::label);
    g.words(2, 1, form.name, grid_style::text, 1, all - 1);
    g.words(3, 0, l.department, grid_style::label);
    g.words(3, 1, form.department, grid_style::text, 1, 3);
    g.words(3, 4, l.implementer, grid_style::label);
    g.words(3, 5, form.implementer, grid_style::text, 1, 4);

    // Funds: the block label spans the heading row and one row per funds row.
    std::size_t r = 4;
    g.words(r, 0, l.funds, grid_style::label, form.funds.size() + 1);
    g.words(r, 1, "", grid_style::header);
    std::size_t c = 2;
    for (const char* h : {l.initial, l.adjusted, l.used, l.weight, l.rate}) g.words(r, c++, h, grid_style::header);
    g.words(r, 7, l.score, grid_style::header, 1, 2);
    for (const auto& f : form.funds) {
        ++r;
        g.words(r, 1, (f.first_source ? std::string(l.of_which) : std::string()) + f.label, grid_style::label);
        c = 2;
        for (const cell* v : {&f.initial, &f.adjusted, &f.used, &f.weight, &f.rate}) g.figure(r, c++, *v);
        g.figure(r, 7, f.score, 2);
    }

    // Overall goal: expected and achieved side by side.
    ++r;
    g.words(r, 0, l.goal_block, grid_style::label, 2);
    g.words(r, 1, l.goal, grid_style::header, 1, 4);
    g.words(r, 5, l.outcome, grid_style::header, 1, 4);
    ++r;
    g.words(r, 1, form.goal, grid_style::text, 1, 4);
    g.words(r, 5, form.outcome, grid_style::text, 1, 4);

    // Indicators: consecutive rows of one level-1 (and within it one level-2) share a merged cell, as printed.
    ++r;
    const std::size_t listed = std::max<std::size_t>(form.indicators.size(), 1);
    g.words(r, 0, l.indicators, grid_style::label, listed + 1);
    c = 1;
    for (const char* h : {l.level1, l.level2, l.name, l.target, l.actual, l.weight, l.score, l.deviation})
        g.words(r, c++, h, grid_style::header);
    const std::size_t first = r + 1;
    if (form.indicators.empty()) g.words(first, 1, l.no_indicators, grid_style::text, 1, all - 1);
    const auto& rows = form.indicators;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i + 1;
        while (j < rows.size() && rows[j].level1 == rows[i].level1) ++j;
        g.words(first + i, 1, rows[i].level1, grid_style::text, j - i);
        for (std::size_t k = i; k < j;) {
            std::size_t m = k + 1;
            while (m < j && !rows[k].level2.empty() && rows[m].level2 == rows[k].level2) ++m;
            g.words(first + k, 2, rows[k].level2, grid_style::text, m - k);
            k = m;
        }
        i = j;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& ind = rows[i];
        g.words(first + i, 3, ind.name, grid_style::text);
        g.words(first + i, 4, ind.target, grid_style::text);
        g.words(first + i, 5, ind.actual, grid_style::text);
        g.figure(first + i, 6, ind.weight);
        g.figure(first + i, 7, ind.score);
        g.words(first + i, 8, ind.deviation, grid_style::text);
    }
    r = first + listed;
    g.words(r, 0, l.total, grid_style::label, 1, 6);
    g.figure(r, 6, form.total_weight);
    g.figure(r, 7, form.total_score);
    g.words(r, 8, "", grid_style::text);
    ++r;
    g.words(r, 0, l.grade, grid_style::label, 1, 6);
    g.words(r, 6, form.grade, grid_style::text, 1, 3);

    if (form.cost_sharing) {
        ++r;
        const auto& cs = *form.cost_sharing;
        g.words(r, 0, std::string(l.cost_sharing) + "\n" + cs.policy, grid_style::label, cs.rows.size() + 1);
        g.words(r, 1, l.level, grid_style::header, 1, 2);
        g.words(r, 3, l.expected_share, grid_style::header, 1, 2);
        g.words(r, 5, l.reported_share, grid_style::header, 1, 2);
        g.words(r, 7, l.difference, grid_style::header, 1, 2);
        for (const auto& row : cs.rows) {
            ++r;
            g.words(r, 1, row.level, grid_style::label, 1, 2);
            g.figure(r, 3, row.expected, 2);
            g.figure(r, 5, row.reported, 2);
            g.figure(r, 7, row.difference, 2);
        }
    }

    const std::string lead = std::string(l.notes) + (report.lang == language::zh ? "：" : ": ");
    for (std::size_t i = 0; i < form.notes.size(); ++i) {
        ++r;
        g.words(r, 0, (i == 0 ? lead : std::string()) + std::to_string(i + 1) + ". " + form.notes[i],
                grid_style::note, 1, all);
    }
    return g.done();
}

}  // namespace jixiao::detail
