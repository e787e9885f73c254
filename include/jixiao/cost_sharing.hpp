#pragma once
// Cost sharing of one project (README "How jixiao computes"): the policy's validity, the
// headcounts completed, the split among levels, and the split reconciled with
// the project's tranches per level. The rules JX-C001…JX-C007 read this
// analysis (rules/cost_sharing.hpp); the evaluation carries its result.

#include <jixiao/calendar.hpp>
#include <jixiao/document.hpp>
#include <jixiao/headcount.hpp>
#include <jixiao/money.hpp>
#include <jixiao/share_tree.hpp>
#include <jixiao/split.hpp>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace jixiao {

// ---- validity -----------------------------------------------------------------

/// Whether `pol` is in force on `day`; an absent bound leaves that side open.
[[nodiscard]] bool in_force(const policy& pol, const date& day);

/// Whether `pol` is in force on any day of the fiscal year. A policy that ends
/// or starts during the year still applies to it (JX-C004 is for a year the
/// policy does not reach at all; pro-rating a partial year is not modelled).
[[nodiscard]] bool in_force(const policy& pol, fiscal_year year);

/// "2021-01-01…2025-12-31", an open side left empty: "2021-01-01…".
[[nodiscard]] std::string validity_text(const policy& pol);

// ---- what the project reports ------------------------------------------------

/// The project's tranches at one level: Σ amount (下达) and where they are.
struct level_report {
    jixiao::level level = jixiao::level::central;
    money amount;
    std::vector<std::size_t> tranches;  // indices into project.tranches
    friend bool operator==(const level_report&, const level_report&) = default;
};

/// Per level with at least one tranche, in level order. Every tranche counts,
/// whatever its source: the policy's share is what that level allocated.
[[nodiscard]] std::vector<level_report> report_by_level(const project& proj);

[[nodiscard]] std::vector<level_amount> reported_amounts(const std::vector<level_report>& reports);

// ---- reconciliation ------------------------------------------------------------

struct level_reconciliation {
    jixiao::level level = jixiao::level::central;
    money expected;                   // the split
    std::optional<money> reported;    // Σ tranche amounts at the level; nullopt: no tranche
    std::optional<money> difference;  // reported − expected
    friend bool operator==(const level_reconciliation&, const level_reconciliation&) = default;
};

/// What the evaluation output's `cost_sharing` carries (README "Output: jixiao-evaluation/1").
struct cost_sharing_result {
    std::string policy;
    headcount_map headcount;  // every category, policy order: given, subtracted or inferred
    bool inferred = false;    // JX-C005 solved the headcounts
    std::vector<level_reconciliation> levels;  // every level the policy names, level order
    friend bool operator==(const cost_sharing_result&, const cost_sharing_result&) = default;
};

[[nodiscard]] cost_sharing_result reconcile(const split_result& split, const std::vector<level_report>& reports,
                                                   bool inferred);

// ---- the analysis of one project ---------------------------------------------

struct cost_sharing_analysis {
    std::optional<std::size_t> policy_index;      // nullopt: unknown policy (JX-C007)
    std::vector<std::size_t> unknown_categories;  // indices into by_category (JX-C007)
    bool policy_sound = true;                     // false: JX-C001 refuses the policy, no split
    bool in_force = true;                         // false: JX-C004
    std::vector<level_report> reported;           // the project's tranches per level
    std::optional<headcount_completion> headcount;  // set when policy and categories are known and sound
    std::optional<split_result> split;              // set when the headcounts are complete
    std::optional<cost_sharing_result> result;      // what the evaluation output carries
};

/// The cost-sharing analysis of `proj`, nullopt when it has no cost_sharing.
/// Throws jixiao::overflow_error when an amount leaves the range of money.
[[nodiscard]] std::optional<cost_sharing_analysis> analyze_cost_sharing(const document& doc,
                                                                               const project& proj);

// ---- printing (failing tests, logs) ------------------------------------------

std::ostream& operator<<(std::ostream& os, const share_node& node);

// "policy p (standard 100.00元 (0.01万元), valid 2021-01-01…2025-12-31): general {…}; …"
std::ostream& operator<<(std::ostream& os, const policy& pol);

namespace detail {
/// "general 2164, former_registered_poor 4945"
[[nodiscard]] std::string headcount_text(const headcount_map& counts, std::string_view separator = ", ");
}  // namespace detail

std::ostream& operator<<(std::ostream& os, const level_amount& a);

// "split of p: 7109 persons (general 2164, …) × 100.00 = 710900.00: provincial 108200.00, …"
std::ostream& operator<<(std::ostream& os, const split_result& s);

std::ostream& operator<<(std::ostream& os, const level_reconciliation& r);

std::ostream& operator<<(std::ostream& os, const cost_sharing_result& r);

}  // namespace jixiao
