// One self-contained HTML page: per project the printed form as a table (the
// grid of render_grid.hpp, merged cells as rowspan/colspan; the cells a finding
// concerns flagged), and after it, outside the form, the grade, a bar of the
// execution rate and of the total, the cost sharing, the notes and the
// findings; then the document-level findings and the summary. Inline CSS only:
// no scripts, no external assets. Print CSS puts each form on a page of its own
// (A4) and lets every table wrap within the page width.
#include <jixiao/history.hpp>
#include <jixiao/render.hpp>

#include "render/render_chain.hpp"
#include "render/inert_text.hpp"
#include "render/render_form.hpp"
#include "render/render_grid.hpp"
#include "render/report_writer.hpp"

#include <fmt/format.h>

#include <map>
#include <string_view>

namespace jixiao {
namespace detail {
namespace {

std::string h(std::string_view text) { return html_text(text); }

constexpr std::string_view style_sheet = R"(body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;line-height:1.4}
h1{font-size:1.5em}h2{font-size:1.25em;margin-top:2em;border-bottom:2px solid #444}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.8em 0}
table.form{width:100%;max-width:64em}
table.findings{width:100%}
th,td{border:1px solid #555;padding:.3em .6em;white-space:pre-line;vertical-align:middle;text-align:left;overflow-wrap:anywhere}
th{background:#f1f1f1;font-weight:normal}
th.head{font-weight:bold;text-align:center}
th.title{font-size:1.3em;font-weight:bold;text-align:center;border:none;background:none}
th.subtitle{text-align:center;border:none;background:none}
th.code{text-align:left;border:none;background:none;font-size:.9em}
td.signature{border:none;padding-top:1.2em}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.flagged,th.flagged{background:#fde2c4;outline:2px solid #d9822b;outline-offset:-2px}
td.nowrap{white-space:nowrap}
code{overflow-wrap:anywhere;word-break:break-all}
.bars{margin:.6em 0}
.bar-row{display:flex;align-items:center;gap:.8em;margin:.25em 0}
.bar-label{width:8em}
.bar{display:inline-block;width:24em;max-width:50%;height:1em;background:#e4e4e4;border:1px solid #bbb}
.bar-fill{display:block;height:100%;background:#3a73c4}
.bar-fill.total{background:#2f8f55}
.bar-value{font-variant-numeric:tabular-nums}
tr.error td{background:#fbe3e3}tr.warning td{background:#fff4d6}tr.info td{background:#e8f1fb}
p.summary{font-weight:bold;margin-top:2em}
@page{size:A4;margin:12mm}
@media print{
body{margin:0;font-size:10pt}
h1{font-size:14pt}
section.form-page{break-before:page;page-break-before:always;break-after:page;page-break-after:always}
section.form-page:first-of-type{break-before:auto;page-break-before:auto}
section.form-page h2{display:none}
table.form{max-width:none;break-inside:auto}
table.form tr{break-inside:avoid;page-break-inside:avoid}
td.nowrap{white-space:normal}
.bar{width:40%}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)";

const char* element_of(grid_style s) {
    switch (s) {
    case grid_style::title:
    case grid_style::subtitle:
    case grid_style::header:
    case grid_style::code:
    case grid_style::label: return "th";
    case grid_style::text:
    case grid_style::number:
    case grid_style::signature: return "td";
    }
    return "td";
}

const char* class_of(grid_style s) {
    switch (s) {
    case grid_style::title: return "title";
    case grid_style::subtitle: return "subtitle";
    case grid_style::header: return "head";
    case grid_style::label: return "label";
    case grid_style::text: return "";
    case grid_style::number: return "num";
    case grid_style::code: return "code";
    case grid_style::signature: return "signature";
    }
    return "";
}

// The form's grid as a table; the cells a finding concerns are flagged, their messages in the title.
void form_table(std::string& out, const form_grid& grid, const std::map<grid_ref, std::string>& flags,
                const piece_drain& drain) {
    out += "<table class=\"form\">\n";
    std::size_t i = 0;
    for (std::size_t r = 0; r < grid.rows; ++r) {
        out += "<tr>";
        for (; i < grid.cells.size() && grid.cells[i].row == r; ++i) {
            const grid_cell& c = grid.cells[i];
            const char* element = element_of(c.style);
            const auto flag = flags.find({c.row, c.col});
            std::string cls = class_of(c.style);
            if (flag != flags.end()) cls += cls.empty() ? "flagged" : " flagged";
            out += fmt::format("<{}", element);
            if (!cls.empty()) out += fmt::format(" class=\"{}\"", cls);
            if (c.rows > 1) out += fmt::format(" rowspan=\"{}\"", c.rows);
            if (c.cols > 1) out += fmt::format(" colspan=\"{}\"", c.cols);
            if (flag != flags.end()) out += fmt::format(" title=\"{}\"", h(flag->second));
            out += fmt::format(">{}</{}>", h(c.content.text), element);
        }
        out += "</tr>\n";
        drain(out);
    }
    out += "</table>\n";
}

// A bar whose width is `width_percent` (exact text, already within 0–100).
void bar(std::string& out, const char* kind, const std::string& label, const std::optional<std::string>& width_percent,
         const std::string& value) {
    out += fmt::format("<div class=\"bar-row\"><span class=\"bar-label\">{}</span><span class=\"bar\">", h(label));
    if (width_percent)
        out += fmt::format("<span class=\"bar-fill {}\" style=\"width:{}%\"></span>", kind, *width_percent);
    out += fmt::format("</span><span class=\"bar-value\">{}</span></div>\n", h(value));
}

void bars(std::string& out, const project_form& p, const form_labels& l) {
    std::optional<std::string> rate_width, total_width;
    // A rate above 100% fills the bar; a negative one (a data error) leaves it empty.
    if (const auto& rate = p.exact_funds.execution_rate) {
        ratio shown = *rate;
        if (shown > ratio::one()) shown = ratio::one();
        if (shown.is_negative()) shown = ratio::zero();
        rate_width = format_percentage_number(shown, 2, si_she_wu_ru);
    }
    if (const auto& total = p.exact_scores.total) {
        points shown = *total;
        if (shown > points(100)) shown = points(100);
        if (shown.is_negative()) shown = points(0);
        total_width = format_fixed(shown, 2, si_she_wu_ru);
    }
    out += "<div class=\"bars\">\n";
    bar(out, "rate", l.rate, rate_width, p.funds.front().rate.text);
    bar(out, "total", l.total, total_width, p.total_score.text + (p.grade == no_figure ? "" : " " + p.grade));
    out += "</div>\n";
}

void findings_table(std::string& out, const std::vector<finding>& findings, const project_form* p,
                    const report_form& report, const piece_drain& drain) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    if (findings.empty()) {
        out += fmt::format("<p class=\"no-findings\">{}</p>\n", h(l.no_findings));
        return;
    }
    out += "<table class=\"findings\">\n<tr>";
    for (const char* head : {l.severity, l.rule, l.form_place, l.expected, l.found, l.difference, l.message, l.json_path})
        out += fmt::format("<th class=\"head\">{}</th>", h(head));
    out += "</tr>\n";
    for (const auto& f : findings) {
        out += fmt::format("<tr class=\"{}\"><td class=\"nowrap\">{}</td><td class=\"nowrap\">{}</td><td>{}</td>",
                           to_string(f.severity), h(severity_word(f.severity, lang)), h(f.rule),
                           h(p ? place_of(f, *p, report).label : std::string()));
        for (const auto* v : {&f.expected, &f.actual, &f.difference})
            out += fmt::format("<td class=\"num\">{}</td>", h(clerk_figure(f, *v, lang)));
        out += fmt::format("<td>{}</td><td><code>{}</code></td></tr>\n", h(f.message.in(lang)), h(f.where.to_string()));
        drain(out);
    }
    out += "</table>\n";
}

// The messages of the findings on each flagged cell of the grid.
std::map<grid_ref, std::string> flags_of(const project_form& p, const form_grid& grid, const report_form& report) {
    std::map<grid_ref, std::string> flags;
    for (const auto& f : p.findings)
        if (const auto at = cell_of(grid, place_of(f, p, report))) {
            std::string& text = flags[*at];
            text += (text.empty() ? "" : "\n") + f.rule + " " + f.message.in(report.lang);
        }
    return flags;
}

void chain_table(std::string& out, const std::vector<chain_year>& chain, language lang) {
    const auto rows = chain_rows(chain, lang);
    out += fmt::format("<h3>{}</h3>\n<table class=\"chain\">\n", h(chain_title(lang)));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out += "<tr>";
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            out += r == 0 ? fmt::format("<th class=\"head\">{}</th>", h(rows[r][c]))
                          : fmt::format("<td class=\"{}\">{}</td>", c == 0 ? "nowrap" : "num", h(rows[r][c]));
        out += "</tr>\n";
    }
    out += "</table>\n";
}

void page_head(std::string& out, const std::string& title, language lang) {
    out += "<!DOCTYPE html>\n";
    out += fmt::format("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", lang == language::zh ? "zh-CN" : "en");
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n", h(title), style_sheet);
}

// The report of one document: its title, its projects' sections, then its document-level
// findings and summary.
void report_title(std::string& out, const report_form& report) { out += fmt::format("<h1>{}</h1>\n", h(report.title)); }

void project_sections(std::string& out, const project_form& p, const report_form& report, const piece_drain& drain) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    // One form per printed page: the form first, then what is beside it.
    out += fmt::format("<section class=\"project form-page\" id=\"project-{}\" data-project=\"{}\">\n", p.index + 1,
                       h(p.id));
    out += fmt::format("<h2>{} {}</h2>\n", h(p.id), h(p.name));
    {
        const form_grid grid = grid_of(p, report);
        form_table(out, grid, flags_of(p, grid, report), drain);
    }  // the grid goes before the findings are written
    out += "</section>\n<section class=\"beside\">\n";
    out += fmt::format("<p class=\"grade\">{}{}{}</p>\n", h(l.grade), lang == language::zh ? "：" : ": ", h(p.grade));
    bars(out, p, l);
    if (p.cost_sharing) {
        out += fmt::format("<h3>{}</h3>\n<p>{}</p>\n<table class=\"cost-sharing\">\n<tr>", h(l.cost_sharing),
                           h(p.cost_sharing->policy));
        for (const char* head : {l.level, l.expected_share, l.reported_share, l.difference})
            out += fmt::format("<th class=\"head\">{}</th>", h(head));
        out += "</tr>\n";
        for (const auto& r : p.cost_sharing->rows)
            out += fmt::format("<tr><th class=\"label\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                               "<td class=\"num\">{}</td></tr>\n",
                               h(r.level), h(r.expected.text), h(r.reported.text), h(r.difference.text));
        out += "</table>\n";
    }
    if (!p.chain.empty()) chain_table(out, p.chain, lang);
    out += fmt::format("<h3>{}</h3>\n<ol class=\"notes\">\n", h(l.notes));
    for (const auto& n : p.notes) out += fmt::format("<li>{}</li>\n", h(n));
    out += "</ol>\n";
    out += fmt::format("<h3>{}</h3>\n", h(l.findings));
    findings_table(out, p.findings, &p, report, drain);
    out += "</section>\n";
}

void report_end(std::string& out, const report_form& report, const piece_drain& drain) {
    out += fmt::format("<section class=\"document-findings\">\n<h2>{}</h2>\n", h(labels_for(report.lang).document_findings));
    findings_table(out, report.findings, nullptr, report, drain);
    out += "</section>\n";
    out += fmt::format("<p class=\"summary\">{}</p>\n", h(summary_line(report)));
}

constexpr std::string_view page_end = "</body>\n</html>\n";

class html_pieces final : public report_renderer {
public:
    void head(std::string& out, const report_form& report) const override {
        page_head(out, report.title, report.lang);
        report_title(out, report);
    }
    void project(std::string& out, const project_form& p, const report_form& report) const override {
        project_sections(out, p, report, drain);
    }
    void tail(std::string& out, const report_form& report) const override {
        report_end(out, report, drain);
        out += page_end;
    }
};

// The reports of several documents on one page (the years of a history): the page's
// head comes before the first one's title, its end after the last one's tail.
class html_pages final : public report_renderer {
public:
    html_pages(std::string title, std::size_t documents) : title_(std::move(title)), documents_(documents) {}
    void head(std::string& out, const report_form& report) const override {
        if (begun_++ == 0) page_head(out, title_, report.lang);
        report_title(out, report);
    }
    void project(std::string& out, const project_form& p, const report_form& report) const override {
        project_sections(out, p, report, drain);
    }
    void tail(std::string& out, const report_form& report) const override {
        report_end(out, report, drain);
        if (++ended_ == documents_) out += page_end;
    }

private:
    std::string title_;
    std::size_t documents_;
    mutable std::size_t begun_ = 0, ended_ = 0;
};

}  // namespace

std::unique_ptr<report_renderer> html_renderer() { return std::make_unique<html_pieces>(); }

std::unique_ptr<report_renderer> html_pages_renderer(std::string title, std::size_t documents) {
    return std::make_unique<html_pages>(std::move(title), documents);
}

std::string html_of(const report_form& report) { return whole_report(html_pieces{}, report); }

std::string history_page_title(const std::optional<std::string>& unit, int first, int last) {
    return unit.value_or("") + " " + std::to_string(first) + "–" + std::to_string(last);
}

// The years of a history on one page, one report after another.
std::string html_of_history(const history_evaluation& history, language lang) {
    if (history.years.empty()) {
        std::string out;
        page_head(out, history.unit.value_or(""), lang);
        return out += page_end;
    }
    const auto pages = html_pages_renderer(
        history_page_title(history.unit, history.years.front().doc->fiscal_year, history.years.back().doc->fiscal_year),
        history.years.size());
    std::string out;
    for (const auto& y : history.years) out += whole_report(*pages, build_report(evaluated{*y.doc, y.result}, lang));
    return out;
}

}  // namespace detail

std::string render_html(const evaluated& e, const render_options& options) {
    return detail::html_of(detail::build_report(e, options.lang, options.form));
}

std::string render_html(const history_evaluation& history, language lang) { return detail::html_of_history(history, lang); }

}  // namespace jixiao
