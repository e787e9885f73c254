#pragma once
// Evaluating a document: per project the funds, the execution rate and the
// findings of every enabled rule; then a summary.

#include <jixiao/document.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rules/cost_sharing.hpp>
#include <jixiao/rules/funds.hpp>
#include <jixiao/rules/indicators.hpp>
#include <jixiao/scoring.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace jixiao {

struct project_evaluation {
    std::string id;
    std::string name;
    funds_summary funds;
    score_card scores;
    std::vector<finding> findings;  // ordered by rule id, then path
    std::optional<cost_sharing_result> cost_sharing = std::nullopt;  // nullopt: none, or no split possible
};

struct evaluation_summary {
    std::size_t projects = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    void count(const finding& f) {
        switch (f.severity) {
        case severity::error: ++errors; break;
        case severity::warning: ++warnings; break;
        case severity::info: ++infos; break;
        }
    }
};

struct evaluation {
    std::optional<std::string> unit;
    int fiscal_year = 0;
    std::vector<project_evaluation> projects;
    std::vector<finding> findings;  // document-level (policies, report text)
    evaluation_summary summary;

    // Recomputes the summary from the findings (after findings were added).
    void recount() {
        summary = {};
        summary.projects = projects.size();
        for (const auto& f : findings) summary.count(f);
        for (const auto& p : projects)
            for (const auto& f : p.findings) summary.count(f);
    }

    // The most severe finding anywhere, if any.
    [[nodiscard]] std::optional<severity> worst() const {
        std::optional<severity> w;
        const auto see = [&](const finding& f) { if (!w || f.severity > *w) w = f.severity; };
        for (const auto& f : findings) see(f);
        for (const auto& p : projects)
            for (const auto& f : p.findings) see(f);
        return w;
    }
};

// The rules jixiao ships with, in catalogue order.
[[nodiscard]] inline rule_book default_rule_book() {
    rule_book book;
    for (auto& r : rules::funds_rules()) book.add(std::move(r));
    for (auto& r : rules::cost_sharing_rules()) book.add(std::move(r));
    for (auto& r : rules::indicator_rules()) book.add(std::move(r));
    return book;
}

namespace detail {

// An amount that leaves the range of money while a project is evaluated (Σ of
// tranches, used + carried_forward + …, headcount × standard) is refused with
// the project named: there is no meaningful evaluation of it, and a wrapped
// or clipped sum would be a silent fix-up.
[[noreturn]] inline void throw_project_overflow(const overflow_error& e, const project& p, std::size_t index) {
    const std::string id = quote_for_message(p.id);
    throw overflow_error({"项目 " + id + " 的金额超出可表示的范围，无法评价：" + e.message().zh + "；请核对该项目的金额",
                          "project " + id + " cannot be evaluated: its amounts leave the range of money (" +
                              e.message().en + "); check the project's amounts"},
                         location{e.where().file, 0, 0, project_path(index, e.where().path)});
}

[[nodiscard]] inline project_evaluation evaluate_project_unchecked(const document& doc, std::size_t index,
                                                                   const rule_book& rules) {
    const project& p = doc.projects.at(index);
    funds_summary funds = summarize_funds(p);
    static const scheme default_scheme{};
    score_card scores = score_project(p, doc.scheme ? *doc.scheme : default_scheme, funds.execution_rate, project_path(index));
    project_context context{doc, p, index, std::move(funds), std::move(scores)};
    context.sharing = analyze_cost_sharing(doc, p);
    project_evaluation result{p.id, p.name, {}, {}, {}};
    rules.check_project(context, result.findings);
    std::stable_sort(result.findings.begin(), result.findings.end(), finding_order);
    // The rules have seen them; the result takes them over.
    result.funds = std::move(context.funds);
    result.scores = std::move(context.scores);
    if (context.sharing) result.cost_sharing = std::move(context.sharing->result);
    return result;
}
}  // namespace detail

// Throws jixiao::overflow_error, naming the project, when its amounts leave the range of money.
[[nodiscard]] inline project_evaluation evaluate_project(const document& doc, std::size_t index, const rule_book& rules) {
    try {
        return detail::evaluate_project_unchecked(doc, index, rules);
    } catch (const overflow_error& e) {
        detail::throw_project_overflow(e, doc.projects.at(index), index);
    }
}

[[nodiscard]] inline evaluation evaluate(const document& doc, const rule_book& rules = default_rule_book()) {
    evaluation result;
    result.unit = doc.unit;
    result.fiscal_year = doc.fiscal_year;
    rules.check_document(doc, result.findings);
    std::stable_sort(result.findings.begin(), result.findings.end(), finding_order);
    for (std::size_t i = 0; i < doc.projects.size(); ++i) result.projects.push_back(evaluate_project(doc, i, rules));
    result.recount();
    return result;
}

// A document together with its evaluation: what the renderers take, so that the
// two cannot come from different documents.
struct evaluated {
    document doc;
    evaluation result;
};

// Evaluates `doc` and keeps it with its evaluation.
[[nodiscard]] inline evaluated evaluate_document(document doc, const rule_book& rules = default_rule_book()) {
    evaluation result = evaluate(doc, rules);
    return {std::move(doc), std::move(result)};
}

}  // namespace jixiao
