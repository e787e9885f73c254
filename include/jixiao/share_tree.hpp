#pragma once
// A cost-sharing policy's share trees: checking that every node
// sums to exactly 1 (JX-C001) and the effective share of each level in a
// category, the product of the ratios down the `rest` chain.

#include <jixiao/document.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/ratio.hpp>

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

/// A level and its share of a category's cost, in level order.
using level_shares = std::vector<std::pair<level, ratio>>;

namespace detail {

/// "35%" when the percentage is a short exact decimal, else "1/3 (33.33%)".
[[nodiscard]] std::string describe_ratio(const ratio& r);

[[nodiscard]] inline std::size_t level_rank(level l) noexcept { return static_cast<std::size_t>(l); }

void check_share_node(const share_node& node, const std::string& path, const std::string& where_zh,
                             const std::string& where_en, std::vector<finding>& out);

}  // namespace detail

namespace detail {

/// Whether check_share_node would find nothing, without building its messages:
/// every policy of every project is checked, and nearly all are sound.
[[nodiscard]] bool share_node_sound(const share_node& node);

[[nodiscard]] bool policy_sound(const policy& pol);

/// JX-C001 findings with paths under `prefix` ("policies[0]." or "").
[[nodiscard]] std::vector<finding> check_policy_under(const policy& pol, const std::string& prefix);

}  // namespace detail

/// JX-C001 findings of one policy, `index` its position in document.policies:
/// every node's shares plus its rest sum to exactly 1, no negative share, no
/// level twice in a node, no category twice. Empty when the policy is sound.
[[nodiscard]] std::vector<finding> check_policy(const policy& pol, std::size_t index);

/// The effective share of every level a node (and its rest chain) names, in
/// level order: a share in a rest node counts times the rest left above it.
/// Meaningful for a node check_policy accepts.
[[nodiscard]] level_shares effective_shares(const share_node& root);

/// The share of `l` in `shares`; zero when the level is not named.
[[nodiscard]] ratio share_of(const level_shares& shares, level l);

/// Every level a policy names in any category, in level order (zero shares included).
[[nodiscard]] std::vector<level> policy_levels(const policy& pol);

}  // namespace jixiao
