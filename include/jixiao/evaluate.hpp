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

[[nodiscard]] inline project_evaluation evaluate_project(const document& doc, std::size_t index, const rule_book& rules) {
    const project& p = doc.projects.at(index);
    funds_summary funds = summarize_funds(p);
    score_card scores = doc.scheme ? score_project(p, *doc.scheme, funds.execution_rate, "projects[" + std::to_string(index) + "]")
                                   : score_project(p, scheme{}, funds.execution_rate, "projects[" + std::to_string(index) + "]");
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

[[nodiscard]] inline evaluation evaluate(const document& doc, const rule_book& rules = default_rule_book()) {
    evaluation result;
    result.unit = doc.unit;
    result.fiscal_year = doc.fiscal_year;
    rules.check_document(doc, result.findings);
    std::stable_sort(result.findings.begin(), result.findings.end(), finding_order);
    for (std::size_t i = 0; i < doc.projects.size(); ++i) result.projects.push_back(evaluate_project(doc, i, rules));
    result.summary.projects = result.projects.size();
    for (const auto& f : result.findings) result.summary.count(f);
    for (const auto& p : result.projects)
        for (const auto& f : p.findings) result.summary.count(f);
    return result;
}

}  // namespace jixiao
