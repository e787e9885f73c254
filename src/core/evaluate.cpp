// Evaluating a document: per project the funds, scores, cost sharing and findings.

#include <jixiao/evaluate.hpp>

#include <jixiao/document.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rules/cost_sharing.hpp>
#include <jixiao/rules/funds.hpp>
#include <jixiao/rules/history.hpp>
#include <jixiao/rules/indicators.hpp>
#include <jixiao/scoring.hpp>
#include <jixiao/validate.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace jixiao {

rule_book default_rule_book() {
    rule_book book;
    for (auto& r : rules::funds_rules()) book.add(std::move(r));
    book.add(rules::jx_f013());  // checks a history only (history.hpp)
    for (auto& r : rules::cost_sharing_rules()) book.add(std::move(r));
    for (auto& r : rules::indicator_rules()) book.add(std::move(r));
    return book;
}

namespace detail {

namespace {
// An amount that leaves the range of money while a project is evaluated (Σ of
// tranches, used + carried_forward + …, headcount × standard) is refused with
// the project named: there is no meaningful evaluation of it, and a wrapped
// or clipped sum would be a silent fix-up.
[[noreturn]] void throw_project_overflow(const overflow_error& e, const project& p, std::size_t index) {
    const std::string id = quote_for_message(p.id);
    throw overflow_error({"项目 " + id + " 的金额超出可表示的范围，无法评价：" + e.message().zh + "；请核对该项目的金额",
                          "project " + id + " cannot be evaluated: its amounts leave the range of money (" +
                              e.message().en + "); check the project's amounts"},
                         location{e.where().file, 0, 0, project_path(index, e.where().path)});
}
}  // namespace

project_evaluation evaluate_project_unchecked(const document& doc, const project& p, std::size_t index,
                                              const rule_book& rules) {
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

project_evaluation evaluate_project(const document& doc, std::size_t index, const rule_book& rules) {
    return evaluate_project(doc, doc.projects.at(index), index, rules);
}

project_evaluation evaluate_project(const document& doc, const project& p, std::size_t index, const rule_book& rules) {
    try {
        return detail::evaluate_project_unchecked(doc, p, index, rules);
    } catch (const overflow_error& e) {
        detail::throw_project_overflow(e, p, index);
    }
}

evaluation evaluate(const document& doc, const rule_book& rules) {
    validate(doc);
    evaluation result;
    result.unit = doc.unit;
    result.fiscal_year = doc.fiscal_year;
    rules.check_document(doc, result.findings);
    std::stable_sort(result.findings.begin(), result.findings.end(), finding_order);
    for (std::size_t i = 0; i < doc.projects.size(); ++i) result.projects.push_back(evaluate_project(doc, i, rules));
    result.recount();
    return result;
}

evaluated evaluate_document(document doc, const rule_book& rules) {
    evaluation result = evaluate(doc, rules);
    return {std::move(doc), std::move(result)};
}

}  // namespace jixiao
