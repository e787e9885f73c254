#pragma once
// Allocation to the fen by largest remainder (README "How jixiao computes"): every share first
// gets its exact value truncated toward zero; the fen left over go one each to
// the shares with the largest fractional parts; ties go to the share listed
// first. The shares always sum to the total exactly, negative totals too.

#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/ratio.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <numeric>
#include <span>
#include <string>
#include <vector>

namespace jixiao {

/// Allocates exact amounts whose sum is a whole number of fen; jixiao::error otherwise.
[[nodiscard]] std::vector<money> allocate_exact(std::span<const exact_money> exact);

/// Splits `total` by `ratios`, which must be non-negative and sum to exactly 1.
[[nodiscard]] std::vector<money> allocate(const money& total, std::span<const ratio> ratios);

/// allocate(total, {ratio(1, 3), ratio(2, 3)}): std::span takes no braced list in C++20.
[[nodiscard]] std::vector<money> allocate(const money& total, std::initializer_list<ratio> ratios);

/// Splits `total` in proportion to whole-number weights (headcounts, say):
/// allocate_by_weights(100元, {1, 1, 1}) → 33.34, 33.33, 33.33. The weights must be
/// non-negative and not all zero.
[[nodiscard]] std::vector<money> allocate_by_weights(const money& total, std::span<const std::int64_t> weights);
[[nodiscard]] std::vector<money> allocate_by_weights(const money& total, std::initializer_list<std::int64_t> weights);

/// Splits `total` into `parts` equal shares to the fen, the odd fen to the first shares.
[[nodiscard]] std::vector<money> allocate_equally(const money& total, std::size_t parts);

}  // namespace jixiao
