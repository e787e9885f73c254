// One self-contained HTML page: per project the printed form as a table (the
// grid of render_grid.hpp, merged cells as rowspan/colspan), a bar of the
// execution rate and of the total, and the findings; then the document-level
// findings and the summary. Inline CSS only: no scripts, no external assets.
#include <jixiao/render.hpp>

#include "render/inert_text.hpp"
#include "render/render_form.hpp"
#include "render/render_grid.hpp"

#include <fmt/format.h>

#include <string_view>

namespace jixiao {
namespace detail {
namespace {

std::string h(std::string_view text) { return html_text(text); }

constexpr std::string_view style_sheet = R"(body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;line-height:1.4}
h1{font-size:1.5em}h2{font-size:1.25em;margin-top:2em;border-bottom:2px solid #444}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.8em 0}
th,td{border:1px solid #555;padding:.3em .6em;white-space:pre-line;vertical-align:middle;text-align:left}
th{background:#f1f1f1;font-weight:normal}
th.head{font-weight:bold;text-align:center}
th.title{font-size:1.3em;font-weight:bold;text-align:center;border:none;background:none}
th.subtitle{text-align:center;border:none;background:none}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.note{border:none;font-size:.9em;color:#444}
td.nowrap{white-space:nowrap}
.bars{margin:.6em 0}
.bar-row{display:flex;align-items:center;gap:.8em;margin:.25em 0}
.bar-label{width:8em}
.bar{display:inline-block;width:24em;height:1em;background:#e4e4e4;border:1px solid #bbb}
.bar-fill{display:block;height:100%;background:#3a73c4}
.bar-fill.total{background:#2f8f55}
.bar-value{font-variant-numeric:tabular-nums}
tr.error td{background:#fbe3e3}tr.warning td{background:#fff4d6}tr.info td{background:#e8f1fb}
p.summary{font-weight:bold;margin-top:2em}
)";

const char* element_of(grid_style s) {
    switch (s) {
    case grid_style::title:
    case grid_style::subtitle:
    case grid_style::header:
    case grid_style::label: return "th";
    case grid_style::text:
    case grid_style::number:
    case grid_style::note: return "td";
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
    case grid_style::note: return "note";
    }
    return "";
}

void form_table(std::string& out, const form_grid& grid) {
    out += "<table class=\"form\">\n";
    std::size_t i = 0;
    for (std::size_t r = 0; r < grid.rows; ++r) {
        out += "<tr>";
        for (; i < grid.cells.size() && grid.cells[i].row == r; ++i) {
            const grid_cell& c = grid.cells[i];
            const char* element = element_of(c.style);
            out += fmt::format("<{}", element);
            if (*class_of(c.style)) out += fmt::format(" class=\"{}\"", class_of(c.style));
            if (c.rows > 1) out += fmt::format(" rowspan=\"{}\"", c.rows);
            if (c.cols > 1) out += fmt::format(" colspan=\"{}\"", c.cols);
            out += fmt::format(">{}</{}>", h(c.content.text), element);
        }
        out += "</tr>\n";
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
        rate_width = format_percent(shown, 2, si_she_wu_ru);
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

void findings_table(std::string& out, const std::vector<finding>& findings, const form_labels& l, language lang) {
    if (findings.empty()) {
        out += fmt::format("<p class=\"no-findings\">{}</p>\n", h(l.no_findings));
        return;
    }
    out += "<table class=\"findings\">\n<tr>";
    for (const char* head : {l.severity, l.rule, l.path, l.expected, l.found, l.difference, l.message})
        out += fmt::format("<th class=\"head\">{}</th>", h(head));
    out += "</tr>\n";
    for (const auto& f : findings) {
        out += fmt::format("<tr class=\"{}\"><td class=\"nowrap\">{}</td><td class=\"nowrap\">{}</td>"
                           "<td class=\"nowrap\"><code>{}</code></td>",
                           to_string(f.severity),
                           h(severity_word(f.severity, lang)), h(f.rule), h(f.path));
        for (const auto* v : {&f.expected, &f.actual, &f.difference})
            out += fmt::format("<td class=\"num\">{}</td>", h(v->value_or("")));
        out += fmt::format("<td>{}</td></tr>\n", h(f.message.in(lang)));
    }
    out += "</table>\n";
}

}  // namespace

std::string html_of(const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    std::string out = "<!DOCTYPE html>\n";
    out += fmt::format("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", lang == language::zh ? "zh-CN" : "en");
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n", h(report.title), style_sheet);
    out += fmt::format("<h1>{}</h1>\n", h(report.title));
    for (std::size_t i = 0; i < report.projects.size(); ++i) {
        const project_form& p = report.projects[i];
        out += fmt::format("<section class=\"project\" id=\"project-{}\" data-project=\"{}\">\n", i + 1, h(p.id));
        out += fmt::format("<h2>{} {}</h2>\n", h(p.id), h(p.name));
        bars(out, p, l);
        form_table(out, grid_of(p, report));
        out += fmt::format("<h3>{}</h3>\n", h(l.findings));
        findings_table(out, p.findings, l, lang);
        out += "</section>\n";
    }
    out += fmt::format("<section class=\"document-findings\">\n<h2>{}</h2>\n", h(l.document_findings));
    findings_table(out, report.findings, l, lang);
    out += "</section>\n";
    out += fmt::format("<p class=\"summary\">{}</p>\n</body>\n</html>\n", h(summary_line(report)));
    return out;
}

}  // namespace detail

std::string render_html(const document& doc, const evaluation& result, language lang) {
    return detail::html_of(detail::build_report(doc, result, lang));
}

}  // namespace jixiao
