#pragma once
// Allocation to the fen by largest remainder: every share first
// gets its exact value truncated toward zero; the fen left over go one each to
// the shares with the largest fractional parts; ties go to the share listed
// first. The shares always sum to the total exactly, negative totals too.

#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/ratio.hpp>

#include <algorithm>
#include <initializer_list>
#include <numeric>
#include <span>
#include <string>
#include <vector>

namespace jixiao {

/// Rounds exact amounts to the fen by largest remainder, keeping their sum:
/// the sum must be a whole number of fen, else jixiao::error.
[[nodiscard]] inline std::vector<money> allocate_exact(std::span<const exact_money> exact) {
    rational sum;
    for (const auto& e : exact) sum += e.fen_fraction();
    if (!sum.is_integer()) {
        const std::string text = to_string(ratio(sum));
        throw error({"待分配的各份额之和为 " + text + " 分，不是整数分",
                     "the shares to allocate sum to " + text + " fen, not a whole number of fen"});
    }

    std::vector<rational> base(exact.size());
    std::vector<rational> remainder(exact.size());
    rational allotted;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        base[i] = exact[i].fen_fraction().rounded(0, rounding::toward_zero);
        remainder[i] = exact[i].fen_fraction() - base[i];
        allotted += base[i];
    }
    rational left = sum - allotted;  // a whole number, |left| < number of shares
    const int step = left.sign() < 0 ? -1 : 1;
    // The fen go one each to the largest remainders in the direction of `left`;
    // stable sort keeps the listed order among equal remainders.
    std::vector<std::size_t> order(exact.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return step > 0 ? remainder[a] > remainder[b] : remainder[a] < remainder[b];
    });
    for (std::size_t k = 0; !left.is_zero() && k < order.size(); ++k) {
        base[order[k]] += rational(step);
        left -= rational(step);
    }
    std::vector<money> shares;
    shares.reserve(exact.size());
    for (const auto& b : base)
        shares.push_back(b.is_small() ? money::from_fen(b.small_numerator()) : money::from_fen(b.numerator()));
    return shares;
}

/// Splits `total` by `ratios`, which must be non-negative and sum to exactly 1
/// (else jixiao::error); the shares sum to `total` exactly.
///
///     jixiao::allocate(jixiao::money::parse("100"), {jixiao::ratio(1, 3), jixiao::ratio(2, 3)})  // 33.33, 66.67
[[nodiscard]] inline std::vector<money> allocate(const money& total, std::span<const ratio> ratios) {
    ratio sum;
    for (std::size_t i = 0; i < ratios.size(); ++i) {
        const ratio& r = ratios[i];
        const std::string position = std::to_string(i + 1);
        if (r.is_negative())
            throw error({"分配比例不能为负：第 " + position + " 份为 " + to_string(r),
                         "an allocation ratio cannot be negative: " + to_string(r) + " (share " + position + ")"});
        sum += r;
    }
    if (sum != ratio::one()) {
        const std::string found = to_string(sum), percent = format_percent(sum), off = to_string(sum - ratio::one());
        throw error({"分配比例之和为 " + found + "（" + percent + "%），应恰好为 1（100%），相差 " + off,
                     "allocation ratios sum to " + found + " (" + percent + "%), expected exactly 1 (100%): off by " +
                         off});
    }
    std::vector<exact_money> exact;
    exact.reserve(ratios.size());
    for (const auto& r : ratios) exact.push_back(total * r);
    return allocate_exact(exact);
}

/// allocate(total, {ratio(1, 3), ratio(2, 3)}): std::span takes no braced list in C++20.
[[nodiscard]] inline std::vector<money> allocate(const money& total, std::initializer_list<ratio> ratios) {
    return allocate(total, std::span<const ratio>(ratios.begin(), ratios.size()));
}

}  // namespace jixiao
