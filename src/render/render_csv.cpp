// CSV (RFC 4180) of the 自评表: one row per indicator (in the form's order, with
// the layout's indicator columns), the project's columns repeated on each, so
// that a spreadsheet can filter and sum. Money in exact 元, as the headers say
// (the forms' 万元 drop digits; a csv is for further calculation).
#include <jixiao/render.hpp>

#include "render/inert_text.hpp"
#include "render/render_form.hpp"
#include "render/report_writer.hpp"

#include <string_view>
#include <variant>

namespace jixiao {
namespace detail {
namespace {

// Quoted as RFC 4180 wants, and never taken for a formula (inert_text.hpp).
std::string field(std::string_view text) { return csv_cell(text); }

void record(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + field(fields[i]);
    out += "\r\n";
}

// An empty field where the table prints "—": a csv reader sees no value.
std::string figure(const cell& c) { return c.text == no_figure ? std::string() : c.text; }
std::string figure(const std::string& text) { return text == no_figure ? std::string() : text; }

// The layout's indicator table, whose columns follow the project's.
const indicator_block* csv_indicator_columns(const report_form& report) {
    for (const auto& section : report.layout->sections)
        if (const auto* block = std::get_if<indicator_block>(&section)) return block;
    return nullptr;
}

constexpr std::size_t project_columns = 12;

class csv_pieces final : public report_renderer {
public:
    explicit csv_pieces(bool bom) : bom_(bom) {}
    void head(std::string& out, const report_form& report) const override;
    void project(std::string& out, const project_form& p, const report_form& report) const override;
    void tail(std::string&, const report_form&) const override {}

private:
    bool bom_;
};

void csv_pieces::head(std::string& out, const report_form& report) const {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    if (bom_) out += "\xEF\xBB\xBF";
    std::vector<std::string> head{l.project_id,   lang == language::zh ? "项目代码" : "Project code",
                                  l.project_name, l.department,
                                  l.implementer,  l.initial_yuan,
                                  l.budget_yuan,  l.used_yuan,
                                  l.rate_percent, l.execution_score,
                                  l.total,        l.grade};
    if (const indicator_block* block = csv_indicator_columns(report))
        for (const auto& c : block->columns) head.push_back(report.label(c.label));
    record(out, head);
}

void csv_pieces::project(std::string& out, const project_form& p, const report_form& report) const {
    const indicator_block* block = csv_indicator_columns(report);
    const funds_summary& f = p.exact_funds;
    const score_card& s = p.exact_scores;
    const std::optional<money>& initial = p.initial_budget;
    const std::vector<std::string> project_fields{
        p.id,
        p.code,
        p.name,
        p.department,
        p.implementer,
        initial ? format_yuan(*initial) : std::string(),
        f.budget_stated() ? format_yuan(f.budget) : std::string(),  // unknown is not zero
        f.used_stated ? format_yuan(f.used) : std::string(),
        f.execution_rate ? format_percentage_number(*f.execution_rate, 2, si_she_wu_ru) : std::string(),
        s.execution ? format_score(*s.execution, s.decimals) : std::string(),
        s.total ? format_score(*s.total, s.decimals) : std::string(),
        figure(p.grade)};
    if (p.indicators.empty()) {
        std::vector<std::string> fields = project_fields;
        fields.resize(project_columns + (block ? block->columns.size() : 0));
        record(out, fields);
    }
    for (const auto& r : p.indicators) {
        std::vector<std::string> fields = project_fields;
        for (const auto& c : block->columns)
            fields.push_back(c.what == indicator_column::level1 ? r.level1_name : figure(r.at(c.what)));
        record(out, fields);
    }
}

}  // namespace

std::unique_ptr<report_renderer> csv_renderer(bool bom) { return std::make_unique<csv_pieces>(bom); }

std::string csv_of(const report_form& report, bool bom) { return whole_report(csv_pieces(bom), report); }

}  // namespace detail

std::string render_csv(const evaluated& e, const render_options& options) {
    return detail::csv_of(detail::build_report(e, options.lang, options.form), options.bom);
}

}  // namespace jixiao
