// Lays out one project's form as the printed 自评表 grid by interpreting its
// layout description (see render_grid.hpp and form_layout.hpp).
#include "render/render_grid.hpp"

#include <algorithm>
#include <variant>

namespace jixiao::detail {
namespace {

class grid_builder {
public:
    // `count_only`: the cells are counted (each covered place once), not kept.
    grid_builder(std::size_t columns, bool count_only) : count_only_(count_only) { grid_.columns = columns; }
    void put(std::size_t row, std::size_t col, cell content, grid_style style, std::size_t rows = 1,
             std::size_t cols = 1) {
        grid_.rows = std::max(grid_.rows, row + rows);
        if (count_only_) {
            places_ += rows * cols;
            return;
        }
        grid_.cells.push_back({row, col, rows, cols, std::move(content), style});
    }
    [[nodiscard]] std::size_t places() const { return places_; }
    void words(std::size_t row, std::size_t col, std::string text, grid_style style, std::size_t rows = 1,
               std::size_t cols = 1) {
        put(row, col, text_cell(std::move(text)), style, rows, cols);
    }
    // A figure; its "—" or words (不适用, /) stand where the figure would, aligned like it.
    void figure(std::size_t row, std::size_t col, const cell& c, std::size_t cols = 1) {
        put(row, col, c, grid_style::number, 1, cols);
    }
    form_grid& grid() { return grid_; }
    void reserve(std::size_t more) {
        if (!count_only_) grid_.cells.reserve(grid_.cells.size() + more);
    }
    form_grid done() {
        // No two cells share a place (spans never overlap), so an unstable sort gives the one
        // order, in place: a stable sort would want a buffer as large as the grid.
        std::sort(grid_.cells.begin(), grid_.cells.end(), [](const grid_cell& a, const grid_cell& b) {
            return a.row != b.row ? a.row < b.row : a.col < b.col;
        });
        return std::move(grid_);
    }

private:
    form_grid grid_;
    bool count_only_;
    std::size_t places_ = 0;
};

class layout_interpreter {
public:
    layout_interpreter(const project_form& form, const report_form& report, bool count_only = false)
        : form_(form), report_(report), g_(report.layout->width, count_only), width_(report.layout->width) {}

    form_grid run() {
        for (const auto& section : report_.layout->sections) std::visit([&](const auto& s) { lay(s); }, section);
        return g_.done();
    }
    std::size_t count() {
        for (const auto& section : report_.layout->sections) std::visit([&](const auto& s) { lay(s); }, section);
        return g_.places();
    }

private:
    void lay(const heading& h) {
        const grid_style style = h.style == heading_style::title      ? grid_style::title
                                 : h.style == heading_style::subtitle ? grid_style::subtitle
                                                                      : grid_style::code;
        g_.words(row_++, 0, report_.label(h.text), style, 1, width_);
    }

    // Cells of label | value pairs, left to right.
    void cells(const std::vector<layout_cell>& row, std::size_t r, grid_style label_style) {
        std::size_t c = 0;
        for (const auto& cell : row) {
            if (cell.field) {
                g_.words(r, c, form_.field(*cell.field), grid_style::text, 1, cell.span);
                g_.grid().fields[*cell.field] = {r, c};
            } else {
                g_.words(r, c, report_.label(cell.label), label_style, 1, cell.span);
            }
            c += cell.span;
        }
    }

    void lay(const field_rows& f) {
        for (const auto& row : f.rows) cells(row, row_++, grid_style::label);
    }

    void lay(const signature_line& s) { cells(s.cells, row_++, grid_style::signature); }

    // The block label merged down every row; each line a row of headings above a row of values.
    void lay(const text_block& t) {
        g_.words(row_, 0, report_.label(t.label), grid_style::label, 2 * t.lines.size());
        for (const auto& line : t.lines) {
            std::size_t c = 1;
            for (const auto& item : line) {
                g_.words(row_, c, report_.label(item.label), grid_style::header, 1, item.span);
                if (item.field) {
                    g_.words(row_ + 1, c, form_.field(*item.field), grid_style::text, 1, item.span);
                    g_.grid().fields[*item.field] = {row_ + 1, c};
                }
                c += item.span;
            }
            row_ += 2;
        }
    }

    void lay(const funds_block& f) {
        const std::size_t first = row_;
        g_.words(row_, 0, report_.label(f.label, to_string(form_.execution_weight)), grid_style::label,
                 form_.funds.size() + 1);
        g_.words(row_, 1, report_.label(f.row_heading), grid_style::header, 1, f.row_label_span);
        std::size_t c = 1 + f.row_label_span;
        for (const auto& col : f.columns) {
            g_.words(row_, c, report_.label(col.label), grid_style::header, 1, col.span);
            c += col.span;
        }
        ++row_;
        for (std::size_t i = 0; i < form_.funds.size(); ++i) {
            const funds_row& r = form_.funds[i];
            const std::string of_which = report_.lang == language::zh ? "其中：" : "of which: ";
            g_.words(row_, 1, (r.first_source ? of_which : std::string()) + r.label, grid_style::label, 1,
                     f.row_label_span);
            c = 1 + f.row_label_span;
            for (const auto& col : f.columns) {
                if (col.what == funds_column::reason) {
                    // The reason for the deviation is one cell beside the whole block.
                    if (i == 0) {
                        g_.put(row_, c, r.reason, grid_style::text, form_.funds.size(), col.span);
                        g_.grid().funds_total[col.what] = {row_, c};
                    }
                } else {
                    g_.figure(row_, c, r.at(col.what), col.span);
                    if (i == 0) g_.grid().funds_total[col.what] = {row_, c};
                }
                c += col.span;
            }
            ++row_;
        }
        (void)first;
    }

    // Consecutive rows of one level-1 (and within it one level-2) share a merged cell, as printed.
    void lay(const indicator_block& b) {
        const auto& rows = form_.indicators;
        const std::size_t listed = std::max<std::size_t>(rows.size(), 1);
        g_.words(row_, 0, report_.label(b.label, to_string(form_.indicator_weight)), grid_style::label, listed + 1);
        std::vector<std::size_t> at;  // the first grid column of each layout column
        std::size_t c = 1;
        for (const auto& col : b.columns) {
            at.push_back(c);
            g_.words(row_, c, report_.label(col.label), grid_style::header, 1, col.span);
            c += col.span;
        }
        g_.grid().indicator_header = row_;
        const std::size_t first = row_ + 1;
        g_.reserve(rows.size() * b.columns.size() + 4);  // one growth, not a doubling that copies the grid
        if (rows.empty()) g_.words(first, 1, labels_for(report_.lang).no_indicators, grid_style::text, 1, width_ - 1);
        for (std::size_t k = 0; k < b.columns.size(); ++k) {
            const indicator_column what = b.columns[k].what;
            const std::size_t span = b.columns[k].span;
            std::vector<grid_ref>& at_row = g_.grid().indicator_cells[what];
            at_row.clear();
            at_row.reserve(rows.size());
            for (std::size_t i = 0; i < rows.size();) {
                std::size_t j = i + 1;
                if (what == indicator_column::level1) {
                    while (j < rows.size() && rows[j].level1 == rows[i].level1) ++j;
                } else if (what == indicator_column::level2) {
                    while (j < rows.size() && !rows[i].level2.empty() && rows[j].level2 == rows[i].level2 &&
                           rows[j].level1 == rows[i].level1)
                        ++j;
                }
                const cell content = rows[i].at(what);
                if (content.has_number() || what == indicator_column::weight || what == indicator_column::score)
                    g_.put(first + i, at[k], content, grid_style::number, j - i, span);
                else
                    g_.put(first + i, at[k], content, grid_style::text, j - i, span);
                at_row.insert(at_row.end(), j - i, grid_ref{first + i, at[k]});
                i = j;
            }
        }
        row_ = first + listed;
        // The total under the weight and score columns.
        std::size_t weight_at = width_, score_at = width_;
        for (std::size_t k = 0; k < b.columns.size(); ++k) {
            if (b.columns[k].what == indicator_column::weight) weight_at = at[k];
            if (b.columns[k].what == indicator_column::score) score_at = at[k];
        }
        const std::size_t label_cols = std::min(weight_at, score_at);
        g_.words(row_, 0, report_.label(b.total_label), grid_style::label, 1, label_cols);
        if (weight_at < width_) g_.figure(row_, weight_at, form_.total_weight);
        if (score_at < width_) {
            g_.figure(row_, score_at, form_.total_score);
            g_.grid().total_score = grid_ref{row_, score_at};
        }
        const std::size_t after = std::max(weight_at, score_at) + 1;
        if (after < width_) g_.words(row_, after, "", grid_style::text, 1, width_ - after);
        ++row_;
    }

    const project_form& form_;
    const report_form& report_;
    grid_builder g_;
    std::size_t width_;
    std::size_t row_ = 0;
};

}  // namespace

form_grid grid_of(const project_form& form, const report_form& report) {
    return layout_interpreter(form, report).run();
}

std::size_t grid_places(const project_form& form, const report_form& report) {
    return layout_interpreter(form, report, true).count();
}

std::optional<grid_ref> cell_of(const form_grid& grid, const form_place& place) {
    switch (place.where) {
    case form_place::area::none: return std::nullopt;
    case form_place::area::field:
        if (const auto it = grid.fields.find(*place.field); it != grid.fields.end()) return it->second;
        return std::nullopt;
    case form_place::area::funds:
        if (const auto it = grid.funds_total.find(*place.funds_col); it != grid.funds_total.end()) return it->second;
        return std::nullopt;
    case form_place::area::indicator:
        if (const auto it = grid.indicator_cells.find(*place.indicator_col);
            it != grid.indicator_cells.end() && place.row < it->second.size())
            return it->second[place.row];
        return std::nullopt;
    case form_place::area::total: return grid.total_score;
    }
    return std::nullopt;
}

}  // namespace jixiao::detail
