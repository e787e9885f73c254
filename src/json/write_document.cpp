// The canonical `jixiao/1` text of a document: keys in the canonical order (README "The jixiao/1 format") (the
// order of document_keys.hpp), absent optionals left out, amounts "108200.00",
// dates ISO, "x" data written back exactly as stored. Writing, reading and
// writing again gives the same bytes.
#include "json/write_document.hpp"

#include "json/json_text.hpp"

#include <jixiao/io.hpp>

#include <algorithm>

namespace jixiao {

namespace {

using json::json_text;

// Shares: a percent when that is exact with at most 6 decimals ("35%",
// "12.5%"), else the exact fraction ("1/3"). Both read back to the same ratio.
std::string share_text(const ratio& r) {
    if (auto percent = detail::format_exact(r.fraction() * rational(100), 0, 6)) return *percent + "%";
    return to_string(r);
}

// A reported rate keeps the precision it was printed with: decimals d →
// a percent with d decimals (exact for whatever the reader read; a model
// built in code with more digits than d is printed as a form would print it,
// 四舍五入); an exact rate → "n/d", even for whole numbers ("1/1"), so that
// it reads back as exact.
std::string percentage_text(const reported_percentage& p) {
    if (p.decimals) return detail::format_fixed(p.value.fraction() * rational(100), std::max(0, *p.decimals), si_she_wu_ru) + "%";
    const rational& v = p.value.fraction();
    return v.is_integer() ? to_string(v) + "/1" : to_string(v);
}

void write_x(json_text& out, const extension& x) {
    if (!x.empty()) out.key("x").raw(x.json);
}

void write_amount(json_text& out, std::string_view key, const std::optional<money>& m) {
    if (m) out.field(key, to_string(*m));
}

template <class Tag>
void write_decimal(json_text& out, std::string_view key, const std::optional<exact_decimal<Tag>>& d) {
    if (d) out.field(key, to_string(*d));
}

void write_text(json_text& out, std::string_view key, const std::optional<std::string>& s) {
    if (s) out.field(key, *s);
}

void write_date(json_text& out, std::string_view key, const std::optional<date>& d) {
    if (d) out.field(key, to_string(*d));
}

void write_list(json_text& out, std::string_view key, const std::vector<std::string>& list) {
    out.key(key).begin_array();
    for (const auto& s : list) out.string(s);
    out.end_array();
}

void write_share_node(json_text& out, const share_node& node) {
    out.begin_object();
    for (const auto& [lvl, share] : node.shares) out.field(to_string(lvl), share_text(share));
    if (node.rest) {
        out.key("rest");
        write_share_node(out, *node.rest);
    }
    write_x(out, node.x);
    out.end_object();
}

void write_policy(json_text& out, const policy& p) {
    out.begin_object();
    out.field("id", p.id);
    write_text(out, "title", p.title);
    write_text(out, "reference", p.reference);
    write_date(out, "valid_from", p.valid_from);
    write_date(out, "valid_to", p.valid_to);
    out.field("standard", to_string(p.standard));
    out.key("categories").begin_object();
    for (const auto& [name, node] : p.categories) {
        out.key(name);
        write_share_node(out, node);
    }
    write_x(out, p.categories_x);
    out.end_object();
    write_x(out, p.x);
    out.end_object();
}

void write_scheme(json_text& out, const scheme& s) {
    out.key("scheme").begin_object();
    if (s.preset) out.field("preset", to_string(*s.preset));
    if (s.form) out.field("form", to_string(*s.form));
    if (s.reverse) out.field("reverse", to_string(*s.reverse));
    if (s.cap_execution) out.key("cap_execution").boolean(*s.cap_execution);
    write_decimal(out, "execution_weight", s.execution_weight);
    if (s.score_decimals) out.field_integer("score_decimals", *s.score_decimals);
    write_x(out, s.x);
    out.end_object();
}

void write_tranche(json_text& out, const tranche& t) {
    out.begin_object();
    out.field("level", to_string(t.level));
    if (t.source) out.field("source", to_string(*t.source));
    if (t.year) out.field_integer("year", *t.year);
    out.field("amount", to_string(t.amount));
    write_amount(out, "arrived", t.arrived);
    write_date(out, "arrival_date", t.arrival_date);
    write_text(out, "document", t.document);
    write_x(out, t.x);
    out.end_object();
}

void write_execution(json_text& out, const execution& e) {
    out.key("execution").begin_object();
    write_amount(out, "used", e.used);
    write_amount(out, "carried_forward", e.carried_forward);
    write_amount(out, "reduced", e.reduced);
    write_amount(out, "recovered", e.recovered);
    write_amount(out, "surplus", e.surplus);
    if (!e.items.empty()) {
        out.key("items").begin_array();
        for (const auto& item : e.items) {
            out.begin_object();
            out.field("purpose", item.purpose);
            out.field("amount", to_string(item.amount));
            write_x(out, item.x);
            out.end_object();
        }
        out.end_array();
    }
    if (e.reported_rate) out.field("reported_rate", percentage_text(*e.reported_rate));
    write_text(out, "deviation", e.deviation);
    write_x(out, e.x);
    out.end_object();
}

void write_cost_sharing(json_text& out, const cost_sharing& c) {
    out.key("cost_sharing").begin_object();
    out.field("policy", c.policy);
    if (c.total || !c.by_category.empty() || !c.headcount_x.empty() || !c.by_category_x.empty()) {
        out.key("headcount").begin_object();
        if (c.total) out.field_integer("total", *c.total);
        if (!c.by_category.empty() || !c.by_category_x.empty()) {
            out.key("by_category").begin_object();
            for (const auto& [name, count] : c.by_category) out.field_integer(name, count);
            write_x(out, c.by_category_x);
            out.end_object();
        }
        write_x(out, c.headcount_x);
        out.end_object();
    }
    write_x(out, c.x);
    out.end_object();
}

void write_indicator(json_text& out, const indicator& i) {
    out.begin_object();
    out.field("level1", to_string(i.level1));
    if (i.level2) out.field("level2", to_string(*i.level2));
    out.field("name", i.name);
    write_text(out, "unit", i.unit);
    if (i.op) out.field("op", to_string(*i.op));
    write_decimal(out, "target", i.target);
    write_decimal(out, "actual", i.actual);
    if (i.not_applicable) out.key("not_applicable").boolean(true);
    out.field("weight", to_string(i.weight));
    if (i.rating) out.field("rating", to_string(*i.rating));
    write_decimal(out, "score", i.score);
    write_decimal(out, "reported_score", i.reported_score);
    write_text(out, "deviation", i.deviation);
    write_x(out, i.x);
    out.end_object();
}

void write_project(json_text& out, const project& p) {
    out.begin_object();
    out.field("id", p.id);
    write_text(out, "code", p.code);
    out.field("name", p.name);
    write_text(out, "department", p.department);
    write_text(out, "implementer", p.implementer);
    if (!p.basis.empty()) write_list(out, "basis", p.basis);
    write_text(out, "goal", p.goal);
    write_text(out, "outcome", p.outcome);
    write_text(out, "content", p.content);
    if (p.budget) {
        out.key("budget").begin_object();
        write_amount(out, "initial", p.budget->initial);
        write_amount(out, "adjusted", p.budget->adjusted);
        write_x(out, p.budget->x);
        out.end_object();
    }
    if (!p.tranches.empty()) {
        out.key("tranches").begin_array();
        for (const auto& t : p.tranches) write_tranche(out, t);
        out.end_array();
    }
    if (p.execution) write_execution(out, *p.execution);
    if (p.cost_sharing) write_cost_sharing(out, *p.cost_sharing);
    if (!p.indicators.empty()) {
        out.key("indicators").begin_array();
        for (const auto& i : p.indicators) write_indicator(out, i);
        out.end_array();
    }
    if (p.problems) write_list(out, "problems", *p.problems);
    if (p.suggestions) write_list(out, "suggestions", *p.suggestions);
    write_text(out, "conclusion", p.conclusion);
    if (p.reported) {
        out.key("reported").begin_object();
        write_decimal(out, "execution_score", p.reported->execution_score);
        write_decimal(out, "total", p.reported->total);
        write_x(out, p.reported->x);
        out.end_object();
    }
    if (p.reported_arrival_rate) out.field("reported_arrival_rate", percentage_text(*p.reported_arrival_rate));
    write_x(out, p.x);
    out.end_object();
}

// What comes before the projects, and after them.
void document_head(json_text& out, const document& doc) {
    out.begin_object();
    out.field("format", document_format);
    write_text(out, "unit", doc.unit);
    write_text(out, "region", doc.region);
    out.field_integer("fiscal_year", doc.fiscal_year);
    if (doc.scheme) write_scheme(out, *doc.scheme);
    if (!doc.policies.empty()) {
        out.key("policies").begin_array();
        for (const auto& p : doc.policies) write_policy(out, p);
        out.end_array();
    }
    out.key("projects").begin_array();
}

void document_tail(json_text& out, const document& doc) {
    out.end_array();
    write_x(out, doc.x);
    out.end_object();
}

}  // namespace

std::string write_document(const document& doc) {
    json_text out;
    document_head(out, doc);
    for (const auto& p : doc.projects) write_project(out, p);
    document_tail(out, doc);
    return std::move(out).finish();
}

namespace json {

document_stream::document_stream(sink to) : to_(std::move(to)), out_(text_) {}

void document_stream::begin(const document& head) {
    document_head(out_, head);
    pass_on();
}

void document_stream::project(const jixiao::project& p) {
    write_project(out_, p);
    // Handed on in pieces of some size: a write per project would cost more than the writing.
    if (text_.size() >= std::size_t{1} << 16) pass_on();
}

void document_stream::end(const document& head) {
    document_tail(out_, head);
    out_.push_back('\n');
    pass_on();
}

void document_stream::pass_on() {
    out_.hand_over([&](const std::string& text) {
        if (!text.empty()) to_(text);
    });
}

}  // namespace json

}  // namespace jixiao
