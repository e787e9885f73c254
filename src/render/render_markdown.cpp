// GitHub-flavoured Markdown 自评表: the same blocks as the text rendering, as
// pipe tables. Text from the document is escaped so that it can neither break
// a table nor turn into markup or raw HTML.
#include <jixiao/render.hpp>

#include "render/inert_text.hpp"
#include "render/render_form.hpp"
#include "render/report_writer.hpp"

#include <fmt/format.h>

#include <string_view>
#include <variant>

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

void markdown_findings(std::string& out, const std::vector<finding>& findings, const project_form* p,
                    const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    if (findings.empty()) {
        out += md(l.no_findings) + "\n\n";
        return;
    }
    header(out, {l.severity, l.rule, l.form_place, l.expected, l.found, l.difference, l.message, l.json_path},
           {false, false, false, true, true, true, false, false});
    for (const auto& f : findings)
        raw_row(out, {md(severity_word(f.severity, lang)), md(f.rule), md(p ? place_of(f, *p, report).label : ""),
                      md(clerk_figure(f, f.expected, lang)), md(clerk_figure(f, f.actual, lang)),
                      md(clerk_figure(f, f.difference, lang)), md(f.message.in(lang)), code(f.where.to_string())});
    out += "\n";
}

// The form, section by section as its layout describes it.
class markdown_form {
public:
    markdown_form(std::string& out, const project_form& p, const report_form& report)
        : out_(out), p_(p), report_(report), lang_(report.lang) {}

    void operator()(const heading& h) { out_ += md(report_.label(h.text), false) + "\n\n"; }

    void operator()(const field_rows& f) {
        bool first = true;
        for (const auto& row : f.rows)
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (row[i].field) continue;
                const bool valued = i + 1 < row.size() && row[i + 1].field;
                std::vector<std::string> cells{report_.label(row[i].label), valued ? p_.field(*row[i + 1].field) : ""};
                if (first) header(out_, cells, {});
                else this->row(out_, cells);
                first = false;
            }
        out_ += "\n";
    }

    void operator()(const signature_line& s) {
        std::string line;
        for (const auto& c : s.cells) line += (line.empty() ? "" : "    ") + report_.label(c.label);
        out_ += md(line, false) + "\n\n";
    }

    void operator()(const text_block& t) {
        out_ += "### " + md(report_.label(t.label), false) + "\n\n";
        std::vector<std::string> heads, values;
        for (const auto& line : t.lines)
            for (const auto& item : line)
                if (item.field) {
                    heads.push_back(report_.label(item.label));
                    values.push_back(p_.field(*item.field));
                }
        header(out_, heads, {});
        row(out_, values);
        out_ += "\n";
    }

    void operator()(const funds_block& f) {
        std::vector<std::string> head{report_.label(f.label, to_string(p_.execution_weight))};
        if (!report_.label(f.row_heading).empty()) head.front() += " " + report_.label(f.row_heading);
        std::vector<bool> right{false};
        for (const auto& c : f.columns) {
            head.push_back(report_.label(c.label));
            right.push_back(c.what != funds_column::reason);
        }
        header(out_, head, right);
        const std::string of_which = lang_ == language::zh ? "其中：" : "of which: ";
        for (const auto& r : p_.funds) {
            std::vector<std::string> cells{(r.first_source ? of_which : std::string()) + r.label};
            for (const auto& c : f.columns) cells.push_back(r.at(c.what).text);
            row(out_, cells);
        }
        out_ += "\n";
    }

    void operator()(const indicator_block& b) {
        out_ += "### " + md(report_.label(b.label, to_string(p_.indicator_weight)), false) + "\n\n";
        std::vector<std::string> head;
        std::vector<bool> right;
        std::size_t weight_at = 0, score_at = 0;
        for (std::size_t i = 0; i < b.columns.size(); ++i) {
            head.push_back(report_.label(b.columns[i].label));
            right.push_back(b.columns[i].what == indicator_column::weight || b.columns[i].what == indicator_column::score);
            if (b.columns[i].what == indicator_column::weight) weight_at = i;
            if (b.columns[i].what == indicator_column::score) score_at = i;
        }
        header(out_, head, right);
        if (p_.indicators.empty()) {
            std::vector<std::string> none(b.columns.size());
            none[0] = labels_for(lang_).no_indicators;
            row(out_, none);
        }
        for (const auto& r : p_.indicators) {
            std::vector<std::string> cells;
            for (const auto& c : b.columns) cells.push_back(r.at(c.what).text);
            row(out_, cells);
        }
        std::vector<std::string> total(b.columns.size());
        total[0] = report_.label(b.total_label);
        total[weight_at] = p_.total_weight.text;
        total[score_at] = p_.total_score.text;
        row(out_, total);
        out_ += "\n";
    }

private:
    static void row(std::string& out, const std::vector<std::string>& cells) { ::jixiao::detail::row(out, cells); }
    std::string& out_;
    const project_form& p_;
    const report_form& report_;
    language lang_;
};

void markdown_project(std::string& out, const project_form& p, const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    out += "## " + md(p.id + " " + p.name, false) + "\n\n";
    markdown_form form(out, p, report);
    for (const auto& section : report.layout->sections) std::visit(form, section);

    // Beside the form, not on it.
    out += md(std::string(l.grade) + (lang == language::zh ? "：" : ": ") + p.grade, false) + "\n\n";
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
    markdown_findings(out, p.findings, &p, report);
}

class markdown_pieces final : public report_renderer {
public:
    void head(std::string& out, const report_form& report) const override {
        out += "# " + md(report.title, false) + "\n\n";
    }
    void project(std::string& out, const project_form& p, const report_form& report) const override {
        markdown_project(out, p, report);
    }
    void tail(std::string& out, const report_form& report) const override {
        out += "## " + md(labels_for(report.lang).document_findings, false) + "\n\n";
        markdown_findings(out, report.findings, nullptr, report);
        out += md(summary_line(report), false) + "\n";
    }
    [[nodiscard]] bool for_terminals() const override { return true; }
};

}  // namespace

std::unique_ptr<report_renderer> markdown_renderer() { return std::make_unique<markdown_pieces>(); }

std::string markdown_of(const report_form& report) { return whole_report(markdown_pieces{}, report); }

}  // namespace detail

std::string render_markdown(const evaluated& e, const render_options& options) {
    // Markdown is read on terminals too: control characters shown, never sent.
    return detail::terminal_visible(detail::markdown_of(detail::build_report(e, options.lang, options.form)));
}

}  // namespace jixiao
