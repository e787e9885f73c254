// The `jixiao-evaluation/1` text of an evaluation (README, "The jixiao/1 format"): funds, the
// execution rate, scores, cost sharing and the findings per project, then document-level findings
// and the summary. Every key is always written (null when there is no value),
// so that a program reading the output finds the same shape every time.
#include "json/write_evaluation.hpp"

#include "json/json_text.hpp"

#include <jixiao/io.hpp>

namespace jixiao {

namespace {

using json::json_text;

void write_optional(json_text& out, std::string_view key, const std::optional<std::string>& s) {
    if (s) out.field(key, *s);
    else out.key(key).null();
}

void write_findings(json_text& out, const std::vector<finding>& findings, language lang) {
    out.key("findings").begin_array();
    for (const auto& f : findings) json::write_finding(out, f, lang);
    out.end_array();
}

void write_optional_amount(json_text& out, std::string_view key, const std::optional<money>& m) {
    if (m) out.field(key, to_string(*m));
    else out.key(key).null();
}

// A project evaluated as part of a history: its chain up to this year; null where a figure is not stated.
void write_chain(json_text& out, const std::vector<chain_year>& chain) {
    out.key("chain").begin_array();
    for (const auto& y : chain) {
        out.begin_object();
        out.field_integer("fiscal_year", y.fiscal_year);
        write_optional_amount(out, "prior_year_in", y.prior_in);
        write_optional_amount(out, "used", y.used);
        write_optional_amount(out, "carried_forward", y.carried_out);
        write_optional_amount(out, "older_than_one_year", y.older);
        out.end_object();
    }
    out.end_array();
}

void write_optional_points(json_text& out, std::string_view key, const std::optional<points>& p, int decimals) {
    if (p) out.field(key, format_score(*p, decimals));
    else out.key(key).null();
}

// Scores as the form prints them, with the scheme's decimals (score_decimals, default 2).
void write_scores(json_text& out, const score_card& card) {
    out.key("scores").begin_object();
    write_optional_points(out, "execution", card.execution, card.decimals);
    write_optional_points(out, "indicators", card.indicators_sum, card.decimals);
    write_optional_points(out, "total", card.total, card.decimals);
    if (card.grade) out.field("grade", to_string(*card.grade));
    else out.key("grade").null();
    out.end_object();
}

void write_cost_sharing(json_text& out, const std::optional<cost_sharing_result>& sharing) {
    if (!sharing) {
        out.key("cost_sharing").null();
        return;
    }
    out.key("cost_sharing").begin_object();
    out.field("policy", sharing->policy);
    out.key("headcount").begin_object();
    for (const auto& [category, count] : sharing->headcount) out.field_integer(category, count);
    out.end_object();
    out.key("inferred").boolean(sharing->inferred);
    out.key("levels").begin_array();
    for (const auto& l : sharing->levels) {
        out.begin_object();
        out.field("level", to_string(l.level));
        out.field("expected", to_string(l.expected));
        write_optional_amount(out, "reported", l.reported);
        write_optional_amount(out, "difference", l.difference);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

}  // namespace

namespace json {

void write_finding(json_text& out, const finding& f, language lang, std::optional<std::uint64_t> line) {
    out.begin_object();
    if (line) out.field_integer("line", static_cast<std::int64_t>(*line));
    out.field("rule", f.rule);
    out.field("severity", to_string(f.severity));
    out.field("path", f.where.path);
    if (!f.where.file.empty() || f.where.line != 0) {  // a finding about report text: where in the text
        out.key("source").begin_object();
        if (!f.where.file.empty()) out.field("file", f.where.file);
        if (f.where.line != 0) out.field_integer("line", static_cast<std::int64_t>(f.where.line));
        out.end_object();
    }
    write_optional(out, "expected", f.expected);
    write_optional(out, "actual", f.actual);
    write_optional(out, "difference", f.difference);
    out.field("message", f.message.in(lang));
    out.end_object();
}

void write_project_evaluation(json_text& out, const project_evaluation& p, language lang,
                              std::optional<std::uint64_t> line) {
    out.begin_object();
    if (line) out.field_integer("line", static_cast<std::int64_t>(*line));
    out.field("id", p.id);
    out.field("name", p.name);
    const funds_summary& f = p.funds;
    out.key("funds").begin_object();
    out.field("budget", to_string(f.budget));
    out.field("available", to_string(f.available));
    // Unknown is not zero: a used figure nobody stated is null.
    if (f.used_stated) out.field("used", to_string(f.used));
    else out.key("used").null();
    out.field("carried_forward", to_string(f.carried_forward));
    out.field("reduced", to_string(f.reduced));
    out.field("recovered", to_string(f.recovered));
    out.field("surplus", to_string(f.surplus));
    out.end_object();
    // A percentage with two decimals, 四舍五入: 2/3 is "66.67".
    if (f.execution_rate) out.field("execution_rate", format_percentage_number(*f.execution_rate, 2, si_she_wu_ru));
    else out.key("execution_rate").null();
    write_scores(out, p.scores);
    write_cost_sharing(out, p.cost_sharing);
    if (!p.chain.empty()) write_chain(out, p.chain);
    write_findings(out, p.findings, lang);
    out.end_object();
}

void write_summary(json_text& out, const evaluation_summary& summary) {
    out.key("summary").begin_object();
    out.field_integer("projects", static_cast<std::int64_t>(summary.projects));
    out.field_integer("errors", static_cast<std::int64_t>(summary.errors));
    out.field_integer("warnings", static_cast<std::int64_t>(summary.warnings));
    out.field_integer("infos", static_cast<std::int64_t>(summary.infos));
    out.end_object();
}

}  // namespace json

namespace {

// What comes before the projects, and after them.
void evaluation_head(json_text& out, const std::optional<std::string>& unit, int fiscal_year,
                     std::optional<std::uint64_t> line) {
    out.begin_object();
    out.field("format", evaluation_format);
    if (line) out.field_integer("line", static_cast<std::int64_t>(*line));
    write_optional(out, "unit", unit);
    out.field_integer("fiscal_year", fiscal_year);
    out.key("projects").begin_array();
}

void evaluation_tail(json_text& out, const std::vector<finding>& findings, const evaluation_summary& summary,
                     language lang) {
    out.end_array();
    if (!findings.empty()) write_findings(out, findings, lang);
    json::write_summary(out, summary);
    out.end_object();
    out.push_back('\n');
}

}  // namespace

void append_evaluation(std::string& text, const evaluation& result, language lang, const evaluation_layout& layout) {
    json_text out(text, {layout.compact, 0});
    evaluation_head(out, result.unit, result.fiscal_year, layout.line);
    for (const auto& p : result.projects) json::write_project_evaluation(out, p, lang);
    evaluation_tail(out, result.findings, result.summary, lang);
}

namespace json {

evaluation_stream::evaluation_stream(sink to, language lang, const evaluation_layout& layout)
    : to_(std::move(to)), lang_(lang), line_(layout.line), out_(text_, {layout.compact, 0}) {}

void evaluation_stream::begin(const std::optional<std::string>& unit, int fiscal_year) {
    evaluation_head(out_, unit, fiscal_year, line_);
    pass_on();
}

void evaluation_stream::project(const project_evaluation& p) {
    write_project_evaluation(out_, p, lang_);
    // Handed on in pieces of some size: a write per project would cost more than the writing.
    if (text_.size() >= std::size_t{1} << 16) pass_on();
}

void evaluation_stream::end(const std::vector<finding>& findings, const evaluation_summary& summary) {
    evaluation_tail(out_, findings, summary, lang_);
    pass_on();
}

void evaluation_stream::pass_on() {
    out_.hand_over([&](const std::string& text) {
        if (!text.empty()) to_(text);
    });
}

}  // namespace json

std::string write_evaluation(const evaluation& result, language lang) {
    std::string text;
    append_evaluation(text, result, lang, {});
    return text;
}

}  // namespace jixiao
