#pragma once
// Evaluating a document: per project the funds, the execution rate and the
// findings of every enabled rule; then a summary.

#include <jixiao/chain.hpp>
#include <jixiao/document.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/scoring.hpp>

#include <optional>
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
    std::vector<chain_year> chain = {};  // history only (history.hpp): this project's chain up to this year
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

    /// Recomputes the summary from the findings (after findings were added).
    void recount() {
        summary = {};
        summary.projects = projects.size();
        for (const auto& f : findings) summary.count(f);
        for (const auto& p : projects)
            for (const auto& f : p.findings) summary.count(f);
    }

    /// Every finding: the document's, then each project's, in document order.
    [[nodiscard]] std::vector<finding> all_findings() const {
        std::vector<finding> out = findings;
        for (const auto& p : projects) out.insert(out.end(), p.findings.begin(), p.findings.end());
        return out;
    }

    /// The most severe finding anywhere, if any.
    [[nodiscard]] std::optional<severity> worst() const {
        std::optional<severity> w;
        const auto see = [&](const finding& f) { if (!w || f.severity > *w) w = f.severity; };
        for (const auto& f : findings) see(f);
        for (const auto& p : projects)
            for (const auto& f : p.findings) see(f);
        return w;
    }
};

/// The rules jixiao ships with, in catalogue order.
[[nodiscard]] rule_book default_rule_book();

namespace detail {
[[nodiscard]] project_evaluation evaluate_project_unchecked(const document& doc, const project& p, std::size_t index,
                                                            const rule_book& rules);
}  // namespace detail

/// Evaluates one project of `doc` (not validated: evaluate() validates the whole document).
/// Throws jixiao::overflow_error, naming the project, when its amounts leave the range of money.
[[nodiscard]] project_evaluation evaluate_project(const document& doc, std::size_t index, const rule_book& rules);

/// The same for a project `p` held apart from `doc` (a document read a project
/// at a time, io.hpp): `doc` gives the scheme, the policies and the year, `index`
/// the project's place among the document's projects. Project rules look at the
/// project and these only, never at the other projects.
[[nodiscard]] project_evaluation evaluate_project(const document& doc, const project& p, std::size_t index,
                                                  const rule_book& rules);

/// Evaluates `doc`: validates it (jixiao::error naming the field the JSON reader would refuse,
/// e.g. no fiscal year or a negative amount), then runs every enabled rule of `rules`.
/// Nothing but jixiao::error escapes, whatever a program put into the model.
[[nodiscard]] evaluation evaluate(const document& doc, const rule_book& rules = default_rule_book());

/// A document together with its evaluation: what renderers and writers take, so the two
/// cannot be mismatched.
struct evaluated {
    document doc;
    evaluation result;
};

/// evaluate(), keeping the document beside its evaluation.
[[nodiscard]] evaluated evaluate_document(document doc, const rule_book& rules = default_rule_book());

}  // namespace jixiao
