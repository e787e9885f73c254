// Allocation to the fen by largest remainder.

#include <jixiao/multiprecision.hpp>
#include <jixiao/allocate.hpp>

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

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

std::vector<money> allocate_exact(std::span<const exact_money> exact) {
    rational sum;
    for (const auto& e : exact) sum += e.fen();
    if (!sum.is_integer()) {
        const std::string text = to_string(ratio(sum));
        throw error({"待分配的各份额之和为 " + text + " 分，不是整数分",
                     "the shares to allocate sum to " + text + " fen, not a whole number of fen"});
    }

    std::vector<rational> base(exact.size());
    std::vector<rational> remainder(exact.size());
    rational allotted;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        base[i] = exact[i].fen().rounded(0, rounding::toward_zero);
        remainder[i] = exact[i].fen() - base[i];
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
        shares.push_back(b.is_small() ? money::from_fen(b.small_numerator()) : money::from_fen(b.round_to_checked(rounding::toward_zero)));
    return shares;
}

std::vector<money> allocate(const money& total, std::span<const ratio> ratios) {
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
        const std::string found = to_string(sum), percent = format_percentage_number(sum), off = to_string(sum - ratio::one());
        throw error({"分配比例之和为 " + found + "（" + percent + "%），应恰好为 1（100%），相差 " + off,
                     "allocation ratios sum to " + found + " (" + percent + "%), expected exactly 1 (100%): off by " +
                         off});
    }
    std::vector<exact_money> exact;
    exact.reserve(ratios.size());
    for (const auto& r : ratios) exact.push_back(total * r);
    return allocate_exact(exact);
}

std::vector<money> allocate(const money& total, std::initializer_list<ratio> ratios) {
    return allocate(total, std::span<const ratio>(ratios.begin(), ratios.size()));
}

std::vector<money> allocate_by_weights(const money& total, std::span<const std::int64_t> weights) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] < 0)
            throw error({"分配权数不能为负：第 " + std::to_string(i + 1) + " 份为 " + std::to_string(weights[i]),
                         "an allocation weight cannot be negative: " + std::to_string(weights[i]) + " (share " +
                             std::to_string(i + 1) + ")"});
        if (__builtin_add_overflow(sum, weights[i], &sum))
            throw error({"分配权数之和超出范围", "the allocation weights sum beyond 2^63"});
    }
    if (sum == 0) throw error({"分配权数全为零，无法按比例分配", "every allocation weight is zero: nothing to split by"});
    std::vector<ratio> ratios;
    ratios.reserve(weights.size());
    for (const auto w : weights) ratios.emplace_back(w, sum);
    return allocate(total, ratios);
}

std::vector<money> allocate_by_weights(const money& total, std::initializer_list<std::int64_t> weights) {
    return allocate_by_weights(total, std::span<const std::int64_t>(weights.begin(), weights.size()));
}

std::vector<money> allocate_equally(const money& total, std::size_t parts) {
    if (parts == 0) throw error({"不能分成 0 份", "cannot split into 0 parts"});
    const std::vector<std::int64_t> weights(parts, 1);
    return allocate_by_weights(total, weights);
}

}  // namespace jixiao
