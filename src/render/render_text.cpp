// Plain-text 自评表: per project the form, section by section as its layout
// describes it; then, beside the form, the grade, the cost sharing, the notes
// and the findings (each with its place on the form and its JSON path); then
// the document-level findings and a summary line. Columns are aligned by
// terminal width (CJK characters take two columns).
#include <jixiao/render.hpp>

#include "render/display_width.hpp"
#include "render/render_chain.hpp"
#include "render/inert_text.hpp"
#include "render/render_form.hpp"
#include "render/report_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <variant>

namespace jixiao {
namespace detail {
namespace {

// "：" / ": " before text on the same line; "：" / ":" ending a heading line.
std::string colon(language lang) { return lang == language::zh ? "：" : ": "; }
std::string heading_line(const char* label, language lang) { return std::string(label) + (lang == language::zh ? "：" : ":"); }

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
    out += "  " + heading_line(label.c_str(), lang) + "\n";
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out += trim_right("    " + line) + "\n";
        start = end + 1;
    }
}

void render_finding(std::string& out, const finding& f, const std::string& place, const form_labels& l, language lang) {
    out += fmt::format("  [{}] {} {}\n", severity_word(f.severity, lang), f.rule, place.empty() ? f.where.to_string() : place);
    out += fmt::format("      {}\n", one_line(f.message.in(lang)));
    std::string figures;
    const auto add = [&](const char* label, const std::optional<std::string>& value) {
        if (value) figures += fmt::format("{}{} {}", figures.empty() ? "" : "  ", label, clerk_figure(f, value, lang));
    };
    add(l.expected, f.expected);
    add(l.found, f.actual);
    add(l.difference, f.difference);
    if (!figures.empty()) out += fmt::format("      {}\n", figures);
    if (!place.empty()) out += fmt::format("      {}{}{}\n", l.json_path, colon(lang), f.where.to_string());
}

void render_findings(std::string& out, const std::vector<finding>& findings, const project_form* p,
                     const report_form& report, const char* title) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    if (findings.empty()) {
        out += std::string(title) + colon(lang) + l.no_findings + "\n";
        return;
    }
    out += heading_line(title, lang) + "\n";
    for (const auto& f : findings) render_finding(out, f, p ? place_of(f, *p, report).label : std::string(), l, lang);
}

// The form, section by section as its layout describes it.
class text_form {
public:
    text_form(std::string& out, const project_form& p, const report_form& report)
        : out_(out), p_(p), report_(report), lang_(report.lang) {}

    void operator()(const heading& h) { out_ += report_.label(h.text) + "\n"; }

    void operator()(const field_rows& f) {
        blank();
        for (const auto& row : f.rows)
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (row[i].field) continue;
                const bool valued = i + 1 < row.size() && row[i + 1].field;
                const std::string label = report_.label(row[i].label);
                const bool ends_colon = label.ends_with("：") || label.ends_with(":");
                out_ += trim_right(label + (ends_colon ? "" : colon(lang_)) +
                                   (valued ? one_line(p_.field(*row[i + 1].field)) : "")) +
                        "\n";
            }
    }

    void operator()(const signature_line& s) {
        blank();
        std::string line;
        for (const auto& c : s.cells) line += (line.empty() ? "" : "    ") + report_.label(c.label);
        out_ += line + "\n";
    }

    void operator()(const text_block& t) {
        blank();
        out_ += report_.label(t.label) + "\n";
        for (const auto& line : t.lines)
            for (const auto& item : line)
                if (item.field) paragraph(out_, report_.label(item.label), p_.field(*item.field), lang_);
    }

    void operator()(const funds_block& f) {
        blank();
        aligned_table funds;
        std::vector<std::string> head{report_.label(f.label, to_string(p_.execution_weight))};
        if (!report_.label(f.row_heading).empty()) head.front() += " " + report_.label(f.row_heading);
        for (std::size_t i = 0; i < f.columns.size(); ++i) {
            head.push_back(report_.label(f.columns[i].label));
            if (f.columns[i].what != funds_column::reason) funds.right.insert(i + 1);
        }
        funds.rows.push_back(head);
        const std::string of_which = lang_ == language::zh ? "其中：" : "of which: ";
        const std::string indent(display_width(of_which), ' ');
        for (const auto& r : p_.funds) {
            std::vector<std::string> row{r.total ? r.label : (r.first_source ? of_which : indent) + r.label};
            for (const auto& c : f.columns) row.push_back(one_line(r.at(c.what).text));
            funds.rows.push_back(row);
        }
        funds.render(out_);
    }

    void operator()(const indicator_block& b) {
        blank();
        out_ += report_.label(b.label, to_string(p_.indicator_weight)) + "\n";
        aligned_table indicators;
        std::vector<std::string> head;
        std::size_t weight_at = 0, score_at = 0;
        for (std::size_t i = 0; i < b.columns.size(); ++i) {
            head.push_back(report_.label(b.columns[i].label));
            if (b.columns[i].what == indicator_column::weight) weight_at = i;
            if (b.columns[i].what == indicator_column::score) score_at = i;
        }
        indicators.right = {weight_at, score_at};
        indicators.rows.push_back(head);
        if (p_.indicators.empty()) indicators.rows.push_back({labels_for(lang_).no_indicators});
        for (std::size_t r = 0; r < p_.indicators.size(); ++r) {
            std::vector<std::string> row;
            for (const auto& c : b.columns) {
                // A merged level cell is printed once, on its group's first row.
                const bool repeated =
                    r > 0 && ((c.what == indicator_column::level1 && p_.indicators[r].level1 == p_.indicators[r - 1].level1) ||
                              (c.what == indicator_column::level2 && p_.indicators[r].level1 == p_.indicators[r - 1].level1 &&
                               p_.indicators[r].level2 == p_.indicators[r - 1].level2));
                row.push_back(repeated ? std::string() : one_line(p_.indicators[r].at(c.what).text));
            }
            indicators.rows.push_back(row);
        }
        indicators.rule_before.insert(indicators.rows.size());
        std::vector<std::string> total(b.columns.size());
        total[0] = report_.label(b.total_label);
        total[weight_at] = p_.total_weight.text;
        total[score_at] = p_.total_score.text;
        indicators.rows.push_back(total);
        indicators.render(out_);
    }

private:
    void blank() {
        if (!out_.ends_with("\n\n")) out_ += "\n";
    }
    std::string& out_;
    const project_form& p_;
    const report_form& report_;
    language lang_;
};

void render_project(std::string& out, const project_form& p, const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    const std::string c = colon(lang);
    out += "[" + p.id + "] " + one_line(p.name) + "\n";
    text_form form(out, p, report);
    for (const auto& section : report.layout->sections) std::visit(form, section);
    out += "\n";

    // Beside the form, not on it: the grade, the cost sharing, the notes, the findings.
    out += std::string(l.grade) + c + p.grade + "\n\n";
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

    if (!p.chain.empty()) {
        out += chain_title(lang) + "\n";
        aligned_table chain;
        chain.right = {1, 2, 3, 4};
        chain.rows = chain_rows(p.chain, lang);
        chain.render(out);
        out += "\n";
    }

    out += heading_line(l.notes, lang) + "\n";
    for (std::size_t i = 0; i < p.notes.size(); ++i) out += fmt::format("  {}. {}\n", i + 1, p.notes[i]);
    out += "\n";

    render_findings(out, p.findings, &p, report, l.findings);
    out += "\n";
}

class text_pieces final : public report_renderer {
public:
    void head(std::string& out, const report_form& report) const override { out += report.title + "\n\n"; }
    void project(std::string& out, const project_form& p, const report_form& report) const override {
        render_project(out, p, report);
    }
    void tail(std::string& out, const report_form& report) const override {
        render_findings(out, report.findings, nullptr, report, labels_for(report.lang).document_findings);
        out += "\n" + summary_line(report) + "\n";
    }
    [[nodiscard]] bool for_terminals() const override { return true; }
};

}  // namespace

std::unique_ptr<report_renderer> text_renderer() { return std::make_unique<text_pieces>(); }

std::string text_of(const report_form& report) { return whole_report(text_pieces{}, report); }

}  // namespace detail

std::string render_text(const evaluated& e, const render_options& options) {
    // Whatever the document holds reaches a terminal as visible text, never as a control sequence.
    return detail::terminal_visible(detail::text_of(detail::build_report(e, options.lang, options.form)));
}

}  // namespace jixiao
