// Cost sharing of a project: the policy in force, the reported amounts by level, the reconciliation.

#include <jixiao/cost_sharing.hpp>

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

bool in_force(const policy& pol, const date& day) {
    return (!pol.valid_from || *pol.valid_from <= day) && (!pol.valid_to || day <= *pol.valid_to);
}

bool in_force(const policy& pol, fiscal_year year) {
    // The fiscal year is the calendar year, so comparing years is comparing intervals.
    return (!pol.valid_from || pol.valid_from->year() <= year.year()) &&
           (!pol.valid_to || year.year() <= pol.valid_to->year());
}

std::string validity_text(const policy& pol) {
    return (pol.valid_from ? to_string(*pol.valid_from) : std::string()) + "…" +
           (pol.valid_to ? to_string(*pol.valid_to) : std::string());
}

std::vector<level_report> report_by_level(const project& proj) {
    std::vector<level_report> out;
    for (level l : all_levels) {
        level_report r{l, {}, {}};
        for (std::size_t i = 0; i < proj.tranches.size(); ++i)
            if (proj.tranches[i].level == l) {
                r.amount += proj.tranches[i].amount;
                r.tranches.push_back(i);
            }
        if (!r.tranches.empty()) out.push_back(std::move(r));
    }
    return out;
}

std::vector<level_amount> reported_amounts(const std::vector<level_report>& reports) {
    std::vector<level_amount> out;
    for (const auto& r : reports) out.push_back({r.level, r.amount});
    return out;
}

cost_sharing_result reconcile(const split_result& split, const std::vector<level_report>& reports,
                                                   bool inferred) {
    cost_sharing_result out{split.policy, split.headcount, inferred, {}};
    for (const auto& [lvl, expected] : split.levels) {
        level_reconciliation r{lvl, expected, std::nullopt, std::nullopt};
        for (const auto& rep : reports)
            if (rep.level == lvl) {
                r.reported = rep.amount;
                r.difference = rep.amount - expected;
            }
        out.levels.push_back(std::move(r));
    }
    return out;
}

std::optional<cost_sharing_analysis> analyze_cost_sharing(const document& doc,
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

std::ostream& operator<<(std::ostream& os, const share_node& node) {
    os << "{";
    const char* separator = "";
    for (const auto& [lvl, r] : node.shares) {
        os << separator << to_string(lvl) << " " << detail::describe_ratio(r);
        separator = ", ";
    }
    if (node.rest) os << separator << "rest " << *node.rest;
    return os << "}";
}

std::ostream& operator<<(std::ostream& os, const policy& pol) {
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

std::string headcount_text(const headcount_map& counts, std::string_view separator) {
    std::string out;
    for (const auto& [name, persons] : counts)
        out += (out.empty() ? "" : std::string(separator)) + name + " " + std::to_string(persons);
    return out;
}

}  // namespace detail

std::ostream& operator<<(std::ostream& os, const level_amount& a) {
    return os << to_string(a.level) << " " << to_string(a.amount);
}

std::ostream& operator<<(std::ostream& os, const split_result& s) {
    os << "split of " << s.policy << ": " << s.persons << " persons (" << detail::headcount_text(s.headcount) << ") × " << to_string(s.standard)
       << " = " << to_string(s.total) << ":";
    const char* separator = " ";
    for (const auto& a : s.levels) {
        os << separator << a;
        separator = ", ";
    }
    return os;
}

std::ostream& operator<<(std::ostream& os, const level_reconciliation& r) {
    os << to_string(r.level) << " expected " << to_string(r.expected);
    if (r.reported) os << " reported " << to_string(*r.reported) << " difference " << to_string(*r.difference);
    else os << " reported none";
    return os;
}

std::ostream& operator<<(std::ostream& os, const cost_sharing_result& r) {
    os << "cost sharing under " << r.policy << " (" << detail::headcount_text(r.headcount) << (r.inferred ? ", inferred" : "") << "):";
    const char* separator = " ";
    for (const auto& l : r.levels) {
        os << separator << l;
        separator = "; ";
    }
    return os;
}

}  // namespace jixiao
