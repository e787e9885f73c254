#pragma once
// Cost sharing of one project: the policy's validity, the
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
[[nodiscard]] inline bool in_force(const policy& pol, const date& day) {
    return (!pol.valid_from || *pol.valid_from <= day) && (!pol.valid_to || day <= *pol.valid_to);
}

/// Whether `pol` is in force on any day of the fiscal year. A policy that ends
/// or starts during the year still applies to it (JX-C004 is for a year the
/// policy does not reach at all; pro-rating a partial year is not modelled).
[[nodiscard]] inline bool in_force(const policy& pol, fiscal_year year) {
    // The fiscal year is the calendar year, so comparing years is comparing intervals.
    return (!pol.valid_from || pol.valid_from->year() <= year.year()) &&
           (!pol.valid_to || year.year() <= pol.valid_to->year());
}

/// The validity as text: "2021-01-01…2025-12-31", an open side left empty: "2021-01-01…".
[[nodiscard]] inline std::string validity_text(const policy& pol) {
    return (pol.valid_from ? to_string(*pol.valid_from) : std::string()) + "…" +
           (pol.valid_to ? to_string(*pol.valid_to) : std::string());
}

// ---- what the project reports ------------------------------------------------

/// The project's tranches at one level: Σ amount (下达) and where they are.
struct level_report {
    level level_ = level::central;
    money amount;
    std::vector<std::size_t> tranches;  // indices into project.tranches
    friend bool operator==(const level_report&, const level_report&) = default;
};

/// The project's tranches summed per level, for each level with at least one
/// tranche, in level order. Every tranche counts, whatever its source: the
/// policy's share is what that level allocated.
[[nodiscard]] inline std::vector<level_report> report_by_level(const project& proj) {
    std::vector<level_report> out;
    for (level l : all_levels) {
        level_report r{l, {}, {}};
        for (std::size_t i = 0; i < proj.tranches.size(); ++i)
            if (proj.tranches[i].level_ == l) {
                r.amount += proj.tranches[i].amount;
                r.tranches.push_back(i);
            }
        if (!r.tranches.empty()) out.push_back(std::move(r));
    }
    return out;
}

/// The per-level sums of report_by_level as level amounts.
[[nodiscard]] inline std::vector<level_amount> reported_amounts(const std::vector<level_report>& reports) {
    std::vector<level_amount> out;
    for (const auto& r : reports) out.push_back({r.level_, r.amount});
    return out;
}

// ---- reconciliation ------------------------------------------------------------

/// One level of a reconciliation: what the split expects, what was reported, the difference.
struct level_reconciliation {
    level level_ = level::central;
    money expected;                   // the split
    std::optional<money> reported;    // Σ tranche amounts at the level; nullopt: no tranche
    std::optional<money> difference;  // reported − expected
    friend bool operator==(const level_reconciliation&, const level_reconciliation&) = default;
};

/// A split reconciled with the project's tranches: what the evaluation output's `cost_sharing` carries.
struct cost_sharing_result {
    std::string policy;
    headcount_map headcount;  // every category, policy order: given, subtracted or inferred
    bool inferred = false;    // JX-C005 solved the headcounts
    std::vector<level_reconciliation> levels;  // every level the policy names, level order
    friend bool operator==(const cost_sharing_result&, const cost_sharing_result&) = default;
};

/// Compares `split` with the tranches per level (`reports`, from report_by_level);
/// `inferred` records that the headcounts were solved (JX-C005).
///
///     const auto result = jixiao::reconcile(split, jixiao::report_by_level(project), false);
[[nodiscard]] inline cost_sharing_result reconcile(const split_result& split, const std::vector<level_report>& reports,
                                                   bool inferred) {
    cost_sharing_result out{split.policy, split.headcount, inferred, {}};
    for (const auto& [lvl, expected] : split.levels) {
        level_reconciliation r{lvl, expected, std::nullopt, std::nullopt};
        for (const auto& rep : reports)
            if (rep.level_ == lvl) {
                r.reported = rep.amount;
                r.difference = rep.amount - expected;
            }
        out.levels.push_back(std::move(r));
    }
    return out;
}

// ---- the analysis of one project ---------------------------------------------

/// Everything the cost-sharing rules (JX-C) read about one project.
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
[[nodiscard]] inline std::optional<cost_sharing_analysis> analyze_cost_sharing(const document& doc,
                                                                               const project& proj) {
    if (!proj.cost_sharing) return std::nullopt;
    const auto& sharing = *proj.cost_sharing;
    cost_sharing_analysis out;
    out.reported = report_by_level(proj);
    for (std::size_t k = 0; k < doc.policies.size(); ++k)
        if (doc.policies[k].id == sharing.policy) {
            out.policy_index = k;
            break;
        }
    if (!out.policy_index) return out;
    const policy& pol = doc.policies[*out.policy_index];
    out.in_force = in_force(pol, fiscal_year(doc.fiscal_year));
    for (std::size_t i = 0; i < sharing.by_category.size(); ++i) {
        const auto& name = sharing.by_category[i].first;
        const bool known = std::any_of(pol.categories.begin(), pol.categories.end(),
                                       [&](const auto& c) { return c.first == name; });
        if (!known) out.unknown_categories.push_back(i);
    }
    out.policy_sound = detail::policy_sound(pol);
    if (!out.unknown_categories.empty() || !out.policy_sound) return out;

    out.headcount = complete_headcount(pol, sharing, reported_amounts(out.reported));
    if (!out.headcount->complete()) return out;
    out.split = split_cost(pol, out.headcount->counts);
    out.result = reconcile(*out.split, out.reported, out.headcount->method == headcount_method::inferred);
    return out;
}

// ---- printing (failing tests, logs) ------------------------------------------

inline std::ostream& operator<<(std::ostream& os, const share_node& node) {
    os << "{";
    const char* separator = "";
    for (const auto& [lvl, r] : node.shares) {
        os << separator << to_string(lvl) << " " << detail::describe_ratio(r);
        separator = ", ";
    }
    if (node.rest) os << separator << "rest " << *node.rest;
    return os << "}";
}

// "policy p (standard 100.00元 (0.01万元), valid 2021-01-01…2025-12-31): general {…}; …"
inline std::ostream& operator<<(std::ostream& os, const policy& pol) {
    os << "policy " << pol.id << " (standard " << pol.standard;
    if (pol.valid_from || pol.valid_to) os << ", valid " << validity_text(pol);
    os << "):";
    const char* separator = " ";
    for (const auto& [name, node] : pol.categories) {
        os << separator << name << " " << node;
        separator = "; ";
    }
    return os;
}

namespace detail {
// "general 2164, former_registered_poor 4945"
[[nodiscard]] inline std::string headcount_text(const headcount_map& counts, std::string_view separator = ", ") {
    std::string out;
    for (const auto& [name, persons] : counts)
        out += (out.empty() ? "" : std::string(separator)) + name + " " + std::to_string(persons);
    return out;
}
}  // namespace detail

inline std::ostream& operator<<(std::ostream& os, const level_amount& a) {
    return os << to_string(a.level_) << " " << to_string(a.amount);
}

// "split of p: 7109 persons (general 2164, …) × 100.00 = 710900.00: provincial 108200.00, …"
inline std::ostream& operator<<(std::ostream& os, const split_result& s) {
    os << "split of " << s.policy << ": " << s.persons << " persons (" << detail::headcount_text(s.headcount) << ") × " << to_string(s.standard)
       << " = " << to_string(s.total) << ":";
    const char* separator = " ";
    for (const auto& a : s.levels) {
        os << separator << a;
        separator = ", ";
    }
    return os;
}

inline std::ostream& operator<<(std::ostream& os, const level_reconciliation& r) {
    os << to_string(r.level_) << " expected " << to_string(r.expected);
    if (r.reported) os << " reported " << to_string(*r.reported) << " difference " << to_string(*r.difference);
    else os << " reported none";
    return os;
}

inline std::ostream& operator<<(std::ostream& os, const cost_sharing_result& r) {
    os << "cost sharing under " << r.policy << " (" << detail::headcount_text(r.headcount) << (r.inferred ? ", inferred" : "") << "):";
    const char* separator = " ";
    for (const auto& l : r.levels) {
        os << separator << l;
        separator = "; ";
    }
    return os;
}

}  // namespace jixiao
