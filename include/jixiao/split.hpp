#pragma once
// Splitting a policy's cost among government levels (README "How jixiao computes"): each
// level's exact amount is Σ_category headcount × standard × effective share;
// the amounts are allocated to the fen once, by largest remainder against the
// exact grand total, ties to the level first in the order central … township.

#include <jixiao/allocate.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/share_tree.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

/// Persons per beneficiary category.
using headcount_map = std::vector<std::pair<std::string, std::int64_t>>;

struct level_amount {
    jixiao::level level = jixiao::level::central;
    money amount;
    friend bool operator==(const level_amount&, const level_amount&) = default;
};

struct split_result {
    std::string policy;
    money standard;                    // per person-year
    headcount_map headcount;           // every category of the policy, in policy order
    std::int64_t persons = 0;          // Σ headcount
    money total;                       // persons × standard = Σ levels, exactly
    std::vector<level_amount> levels;  // the levels the policy names, in level order

    /// The amount of level `l`; nullopt when the policy does not name it.
    [[nodiscard]] std::optional<money> amount(level l) const {
        for (const auto& a : levels)
            if (a.level == l) return a.amount;
        return std::nullopt;
    }
    friend bool operator==(const split_result&, const split_result&) = default;
};

namespace detail {

[[nodiscard]] std::string category_list(const policy& pol);


}  // namespace detail

/// The split of `pol`'s cost for `counts` persons per category. A category the
/// policy has but `counts` leaves out has no persons. Throws jixiao::error for
/// a policy check_policy refuses, an unknown or repeated category or a negative
/// count, and jixiao::overflow_error when an amount leaves the range of money.
[[nodiscard]] split_result split_cost(const policy& pol, const headcount_map& counts);

}  // namespace jixiao
