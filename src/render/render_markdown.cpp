// GitHub-flavoured Markdown 自评表: the same blocks as the text rendering, as
// pipe tables. Text from the document is escaped so that it can neither break
// a table nor turn into markup or raw HTML.
#include <jixiao/render.hpp>

#include "render/inert_text.hpp"
#include "render/render_form.hpp"

#include <fmt/format.h>

#include <string_view>

namespace jixiao {
namespace detail {
namespace {

// Backslash-escapes the ASCII punctuation Markdown or GFM tables act on
// (CommonMark allows a backslash before any ASCII punctuation). Line breaks
// become <br> inside a table cell, spaces elsewhere.
std::string md(std::string_view text, bool in_cell = true) {
    static constexpr std::string_view special = "\\`*_[]<>|~&#!";
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += in_cell ? "<br>" : " ";
        } else {
            if (special.find(c) != std::string_view::npos) out += '\\';
            out += c;
        }
    }
    return out;
}

// A JSON path as a code span (it is made by the rules, never by the user); one
// that could break out of the span is escaped like other text.
std::string code(std::string_view text) {
    if (text.empty() || text.find_first_of("`|\r\n") != std::string_view::npos) return md(text);
    return "`" + std::string(text) + "`";
}

// A table row of cells already in Markdown.
void raw_row(std::string& out, const std::vector<std::string>& cells) {
    out += "|";
    for (const auto& c : cells) out += " " + c + " |";
    out += "\n";
}

void row(std::string& out, const std::vector<std::string>& cells) {
    std::vector<std::string> escaped;
    for (const auto& c : cells) escaped.push_back(md(c));
    raw_row(out, escaped);
}

// The header row and its delimiter row; `right` marks right-aligned columns.
void header(std::string& out, const std::vector<std::string>& cells, const std::vector<bool>& right) {
    row(out, cells);
    out += "|";
    for (std::size_t i = 0; i < cells.size(); ++i) out += i < right.size() && right[i] ? " ---: |" : " --- |";
    out += "\n";
}

void findings_table(std::string& out, const std::vector<finding>& findings, const form_labels& l, language lang) {
    if (findings.empty()) {
        out += md(l.no_findings) + "\n\n";
        return;
    }
    header(out, {l.severity, l.rule, l.path, l.expected, l.found, l.difference, l.message},
           {false, false, false, true, true, true, false});
    for (const auto& f : findings)
        raw_row(out, {md(severity_word(f.severity, lang)), md(f.rule), code(f.path), md(f.expected.value_or("")),
                      md(f.actual.value_or("")), md(f.difference.value_or("")), md(f.message.in(lang))});
    out += "\n";
}

void render_project(std::string& out, const project_form& p, const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    out += "## " + md(p.id + " " + p.name, false) + "\n\n";
    out += md(std::string(l.form_title) + (lang == language::zh ? "" : " ") + report.year_line, false) + "\n\n";

    header(out, {l.project_name, p.name}, {});
    row(out, {l.department, p.department});
    row(out, {l.implementer, p.implementer});
    out += "\n";

    header(out, {l.funds, l.initial, l.adjusted, l.used, l.weight, l.rate, l.score},
           {false, true, true, true, true, true, true});
    for (const auto& r : p.funds)
        row(out, {(r.first_source ? std::string(l.of_which) : std::string()) + r.label, r.initial.text,
                  r.adjusted.text, r.used.text, r.weight.text, r.rate.text, r.score.text});
    out += "\n";

    out += "### " + md(l.goal_block, false) + "\n\n";
    header(out, {l.goal, l.outcome}, {});
    row(out, {p.goal, p.outcome});
    out += "\n";

    out += "### " + md(l.indicators, false) + "\n\n";
    header(out, {l.level1, l.level2, l.name, l.target, l.actual, l.weight, l.score, l.deviation},
           {false, false, false, false, false, true, true, false});
    if (p.indicators.empty()) row(out, {l.no_indicators, "", "", "", "", "", "", ""});
    for (const auto& r : p.indicators)
        row(out, {r.level1, r.level2, r.name, r.target, r.actual, r.weight.text, r.score.text, r.deviation});
    row(out, {l.total, "", "", "", "", p.total_weight.text, p.total_score.text, ""});
    row(out, {l.grade, "", "", "", "", "", p.grade, ""});
    out += "\n";

    if (p.cost_sharing) {
        out += "### " + md(l.cost_sharing, false) + "\n\n" + md(p.cost_sharing->policy, false) + "\n\n";
        header(out, {l.level, l.expected_share, l.reported_share, l.difference}, {false, true, true, true});
        for (const auto& r : p.cost_sharing->rows)
            row(out, {r.level, r.expected.text, r.reported.text, r.difference.text});
        out += "\n";
    }

    out += "### " + md(l.notes, false) + "\n\n";
    for (std::size_t i = 0; i < p.notes.size(); ++i) out += fmt::format("{}. {}\n", i + 1, md(p.notes[i], false));
    out += "\n";

    out += "### " + md(l.findings, false) + "\n\n";
    findings_table(out, p.findings, l, lang);
}

}  // namespace

std::string markdown_of(const report_form& report) {
    const form_labels& l = labels_for(report.lang);
    std::string out = "# " + md(report.title, false) + "\n\n";
    for (const auto& p : report.projects) render_project(out, p, report);
    out += "## " + md(l.document_findings, false) + "\n\n";
    findings_table(out, report.findings, l, report.lang);
    out += md(summary_line(report), false) + "\n";
    return out;
}

}  // namespace detail

std::string render_markdown(const document& doc, const evaluation& result, language lang) {
    // Markdown is read on terminals too: control characters shown, never sent.
    return detail::terminal_visible(detail::markdown_of(detail::build_report(doc, result, lang)));
}

}  // namespace jixiao
