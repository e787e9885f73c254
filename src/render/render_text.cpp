// Plain-text 自评表: per project the header, the funds block, the overall goal,
// the indicator block with total and grade, the footnotes and the findings;
// then the document-level findings and a summary line. Columns are aligned by
// terminal width (CJK characters take two columns).
#include <jixiao/render.hpp>

#include "render/display_width.hpp"
#include "render/inert_text.hpp"
#include "render/render_form.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace jixiao {
namespace detail {
namespace {

// "：" / ": " before text on the same line; "：" / ":" ending a heading line.
std::string colon(language lang) { return lang == language::zh ? "：" : ": "; }
std::string heading(const char* label, language lang) { return std::string(label) + (lang == language::zh ? "：" : ":"); }

std::string trim_right(std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line;
}

// Rows of cells aligned in columns two spaces apart; the first row is the
// header, underlined with dashes, and a dashed rule also goes before each row
// listed in `rule_before`. Columns in `right` are right-aligned.
struct aligned_table {
    std::vector<std::vector<std::string>> rows;
    std::set<std::size_t> right;
    std::set<std::size_t> rule_before;

    void render(std::string& out, const std::string& indent = {}) const {
        std::vector<std::size_t> widths;
        for (const auto& row : rows)
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (widths.size() <= c) widths.push_back(0);
                widths[c] = std::max(widths[c], display_width(row[c]));
            }
        std::string rule;
        for (std::size_t c = 0; c < widths.size(); ++c) rule += (c ? "  " : "") + std::string(widths[c], '-');
        const auto line = [&](const std::vector<std::string>& row) {
            std::string text = indent;
            for (std::size_t c = 0; c < row.size(); ++c)
                text += (c ? "  " : "") + pad(row[c], widths[c], right.count(c) != 0);
            out += trim_right(std::move(text)) + "\n";
        };
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (r == 1 || rule_before.count(r)) out += indent + rule + "\n";
            line(rows[r]);
        }
    }
};

// A block of free text under a label, each line indented.
void paragraph(std::string& out, const std::string& label, const std::string& text, language lang) {
    out += "  " + heading(label.c_str(), lang) + "\n";
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out += trim_right("    " + line) + "\n";
        start = end + 1;
    }
}

void render_finding(std::string& out, const finding& f, const form_labels& l, language lang) {
    out += fmt::format("  [{}] {} {}\n", severity_word(f.severity, lang), f.rule, f.path);
    out += fmt::format("      {}\n", one_line(f.message.in(lang)));
    std::string figures;
    const auto add = [&](const char* label, const std::optional<std::string>& value) {
        if (value) figures += fmt::format("{}{} {}", figures.empty() ? "" : "  ", label, *value);
    };
    add(l.expected, f.expected);
    add(l.found, f.actual);
    add(l.difference, f.difference);
    if (!figures.empty()) out += fmt::format("      {}\n", figures);
}

void render_findings(std::string& out, const std::vector<finding>& findings, const char* title,
                     const form_labels& l, language lang) {
    if (findings.empty()) {
        out += std::string(title) + colon(lang) + l.no_findings + "\n";
        return;
    }
    out += heading(title, lang) + "\n";
    for (const auto& f : findings) render_finding(out, f, l, lang);
}

void render_project(std::string& out, const project_form& p, const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    const std::string c = colon(lang);
    out += "[" + p.id + "] " + one_line(p.name) + "\n";
    out += l.form_title + std::string(lang == language::zh ? "" : " ") + report.year_line + "\n";
    out += l.project_name + c + one_line(p.name) + "\n";
    out += l.department + c + p.department + "\n";
    out += l.implementer + c + p.implementer + "\n\n";

    aligned_table funds;
    funds.right = {1, 2, 3, 4, 5, 6};
    funds.rows.push_back({l.funds, l.initial, l.adjusted, l.used, l.weight, l.rate, l.score});
    const std::string indent(display_width(l.of_which), ' ');
    for (const auto& r : p.funds) {
        const std::string label = r.total ? r.label : (r.first_source ? l.of_which : indent) + r.label;
        funds.rows.push_back({label, r.initial.text, r.adjusted.text, r.used.text, r.weight.text, r.rate.text,
                              r.score.text});
    }
    funds.render(out);
    out += "\n";

    out += std::string(l.goal_block) + "\n";
    paragraph(out, l.goal, p.goal, lang);
    paragraph(out, l.outcome, p.outcome, lang);
    out += "\n";

    out += std::string(l.indicators) + "\n";
    aligned_table indicators;
    indicators.right = {5, 6};
    indicators.rows.push_back({l.level1, l.level2, l.name, l.target, l.actual, l.weight, l.score, l.deviation});
    if (p.indicators.empty()) indicators.rows.push_back({l.no_indicators});
    for (const auto& r : p.indicators)
        indicators.rows.push_back({r.level1, r.level2, one_line(r.name), one_line(r.target), one_line(r.actual),
                                   r.weight.text, r.score.text, one_line(r.deviation)});
    indicators.rule_before.insert(indicators.rows.size());
    indicators.rows.push_back({l.total, "", "", "", "", p.total_weight.text, p.total_score.text});
    indicators.rows.push_back({l.grade, "", "", "", "", "", p.grade});
    indicators.render(out);
    out += "\n";

    if (p.cost_sharing) {
        out += std::string(l.cost_sharing) + c + p.cost_sharing->policy + "\n";
        aligned_table shares;
        shares.right = {1, 2, 3};
        shares.rows.push_back({l.level, l.expected_share, l.reported_share, l.difference});
        for (const auto& r : p.cost_sharing->rows)
            shares.rows.push_back({r.level, r.expected.text, r.reported.text, r.difference.text});
        shares.render(out);
        out += "\n";
    }

    out += heading(l.notes, lang) + "\n";
    for (std::size_t i = 0; i < p.notes.size(); ++i) out += fmt::format("  {}. {}\n", i + 1, p.notes[i]);
    out += "\n";

    render_findings(out, p.findings, l.findings, l, lang);
    out += "\n";
}

}  // namespace

std::string text_of(const report_form& report) {
    const form_labels& l = labels_for(report.lang);
    std::string out = report.title + "\n\n";
    for (const auto& p : report.projects) render_project(out, p, report);
    render_findings(out, report.findings, l.document_findings, l, report.lang);
    out += "\n" + summary_line(report) + "\n";
    return out;
}

}  // namespace detail

std::string render_text(const document& doc, const evaluation& result, language lang) {
    // Whatever the document holds reaches a terminal as visible text, never as a control sequence.
    return detail::terminal_visible(detail::text_of(detail::build_report(doc, result, lang)));
}

}  // namespace jixiao
