#pragma once
// Completing a project's headcounts by category:
// counts given for every category are used as they are; one missing category
// gets total − Σ given; two missing categories are inferred from one reported
// level whose per-person shares tell them apart (one linear equation in whole
// persons). Anything else cannot be completed and says why (JX-C006).

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/share_tree.hpp>
#include <jixiao/split.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

enum class headcount_method {
    given,       // every category counted in by_category (or none left but zeros)
    subtracted,  // the one missing category is total − Σ given
    inferred,    // two missing categories solved against a reported level (JX-C005)
};

struct headcount_completion {
    headcount_map counts;                 // every category, policy order; empty when incomplete
    headcount_method method = headcount_method::given;
    std::optional<level> solved_against;  // inferred: the level whose reported amount fixed the counts
    std::optional<localized> problem;     // why the counts cannot be completed (JX-C006)
    [[nodiscard]] bool complete() const noexcept { return !problem; }
};

namespace detail {

/// "2164", "2164.6", else "≈2164.33" — an exact count or the solution of the equation.
[[nodiscard]] std::string describe_number(const rational& x);

/// An exact amount in fen as yuan: "17.50", "33.333333", else "≈33.33".
[[nodiscard]] std::string describe_yuan(const rational& fen);

[[nodiscard]] std::string join_names(const std::vector<std::string>& items, std::string_view separator);

[[nodiscard]] headcount_completion incomplete_headcount(localized why);

/// Candidates whose exact amount lies within one fen of the report are tried;
/// past this many, the two categories' shares are too close to tell apart.
inline constexpr int max_inference_candidates = 64;

}  // namespace detail

/// Completes the headcounts of `sharing` under `pol` (which check_policy
/// accepts). `reported` holds the project's tranche total per level, for the
/// levels that have a tranche. Throws jixiao::error when by_category names a
/// category the policy does not have (callers report that as JX-C007 first).
[[nodiscard]] headcount_completion complete_headcount(const policy& pol, const cost_sharing& sharing,
                                                             const std::vector<level_amount>& reported);

}  // namespace jixiao
