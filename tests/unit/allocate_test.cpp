// Allocation to the fen by largest remainder: examples, then
// properties over many generated cases.
#include "../support/multiprecision.hpp"
#include "../support/helpers.hpp"
#include <jixiao/allocate.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>
#include <vector>

using jixiao::money;
using jixiao::ratio;

namespace {
using jixiao::testing::yuan;


std::vector<money> fen(std::initializer_list<std::int64_t> counts) {
    std::vector<money> out;
    for (auto c : counts) out.push_back(money::from_fen(c));
    return out;
}

std::vector<money> split(const money& total, const std::vector<ratio>& ratios) {
    return jixiao::allocate(total, ratios);
}

}  // namespace

TEST_CASE("allocate: thirds of one yuan, positive and negative") {
    const std::vector thirds{ratio(1, 3), ratio(1, 3), ratio(1, 3)};
    CHECK(split(yuan("1"), thirds) == fen({34, 33, 33}));
    CHECK(split(yuan("-1"), thirds) == fen({-34, -33, -33}));
    CHECK(split(yuan("2"), thirds) == fen({67, 67, 66}));
    CHECK(split(yuan("-2"), thirds) == fen({-67, -67, -66}));
}

TEST_CASE("allocate: sevenths of one yuan go to the first listed") {
    const std::vector<ratio> sevenths(7, ratio(1, 7));
    CHECK(split(yuan("1"), sevenths) == fen({15, 15, 14, 14, 14, 14, 14}));
    CHECK(split(yuan("-1"), sevenths) == fen({-15, -15, -14, -14, -14, -14, -14}));
}

TEST_CASE("allocate: the leftover fen go to the largest fractional parts") {
    // 10 fen by 1/6, 1/3, 1/2: exact 1.67, 3.33, 5 → 2, 3, 5.
    CHECK(split(yuan("0.10"), {ratio(1, 6), ratio(1, 3), ratio(1, 2)}) == fen({2, 3, 5}));
    CHECK(split(yuan("-0.10"), {ratio(1, 6), ratio(1, 3), ratio(1, 2)}) == fen({-2, -3, -5}));
    // 1 fen by 40/35/25: the largest share's remainder is the largest.
    CHECK(split(yuan("0.01"), {ratio(25, 100), ratio(40, 100), ratio(35, 100)}) == fen({0, 1, 0}));
    // The report book's general category: provincial 50%, municipal 17.5%, district 32.5%.
    CHECK(split(yuan("710900"), {ratio(1, 2), ratio(7, 40), ratio(13, 40)}) ==
          std::vector{yuan("355450"), yuan("124407.50"), yuan("231042.50")});
    CHECK(split(yuan("1.01"), {ratio(1, 2), ratio(7, 40), ratio(13, 40)}) == fen({50, 18, 33}));
}

TEST_CASE("allocate: ties go to the share listed first") {
    CHECK(split(yuan("0.01"), {ratio(1, 2), ratio(1, 2)}) == fen({1, 0}));
    CHECK(split(yuan("-0.01"), {ratio(1, 2), ratio(1, 2)}) == fen({-1, 0}));
    // Equal remainders but unequal shares: still the first listed of the tied.
    CHECK(split(yuan("0.02"), {ratio(1, 4), ratio(1, 4), ratio(1, 2)}) == fen({1, 0, 1}));
    CHECK(split(yuan("0.01"), {ratio::zero(), ratio(1, 2), ratio(1, 2)}) == fen({0, 1, 0}));
}

TEST_CASE("allocate takes a braced list of ratios as well as a span") {
    CHECK(jixiao::allocate(yuan("1"), {ratio(1, 3), ratio(2, 3)}) == fen({33, 67}));
    const std::array ratios{ratio(1, 2), ratio(1, 2)};
    CHECK(jixiao::allocate(yuan("0.03"), ratios) == fen({2, 1}));
}

TEST_CASE("allocate: edge cases") {
    CHECK(split(yuan("123.45"), {ratio::one()}) == fen({12345}));
    CHECK(split(money{}, {ratio(1, 3), ratio(2, 3)}) == fen({0, 0}));
    CHECK(split(yuan("5"), {ratio::zero(), ratio::one(), ratio::zero()}) == fen({0, 500, 0}));
    const auto big = money_from_fen(cpp_int("100000000000000000000000000000000000"));  // 10^35 fen
    const auto shares = split(big, {ratio(1, 3), ratio(2, 3)});
    CHECK(shares[0] + shares[1] == big);
    CHECK(shares[0] == money_from_fen(cpp_int("33333333333333333333333333333333333")));
}

TEST_CASE("allocate refuses ratios that do not sum to exactly 1, and negative ratios") {
    CHECK_THROWS_WITH(split(yuan("1"), {ratio(1, 2), ratio(2, 5)}),
                      "allocation ratios sum to 9/10 (90.00%), expected exactly 1 (100%): off by -1/10");
    CHECK_THROWS_WITH(split(yuan("1"), {ratio(1, 2), ratio(3, 5)}),
                      "allocation ratios sum to 11/10 (110.00%), expected exactly 1 (100%): off by 1/10");
    CHECK_THROWS_WITH(split(yuan("1"), {}),
                      "allocation ratios sum to 0 (0.00%), expected exactly 1 (100%): off by -1");
    // 0.3333 three times is not 1: ratios are never rounded either.
    CHECK_THROWS_WITH(split(yuan("1"), {ratio::parse("0.3333"), ratio::parse("0.3333"), ratio::parse("0.3333")}),
                      "allocation ratios sum to 9999/10000 (99.99%), expected exactly 1 (100%): off by -1/10000");
    CHECK_NOTHROW((void)split(yuan("1"), {ratio::parse("0.3333"), ratio::parse("0.3333"), ratio::parse("0.3334")}));
    CHECK_THROWS_WITH(split(yuan("1"), {ratio(-1, 10), ratio(11, 10)}),
                      "an allocation ratio cannot be negative: -1/10 (share 1)");
    try {
        (void)split(yuan("1"), {ratio(1, 2), ratio(2, 5)});
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "分配比例之和为 9/10（90.00%），应恰好为 1（100%），相差 -1/10");
    }
}

TEST_CASE("allocate_exact refuses parts that do not sum to whole fen") {
    const std::vector parts{jixiao::exact_money(to_rational(cpp_rational(1, 2))), jixiao::exact_money(to_rational(cpp_rational(1, 3)))};
    CHECK_THROWS_WITH((void)jixiao::allocate_exact(parts),
                      "the shares to allocate sum to 5/6 fen, not a whole number of fen");
    const std::vector whole{jixiao::exact_money(to_rational(cpp_rational(1, 2))), jixiao::exact_money(to_rational(cpp_rational(3, 2)))};
    CHECK(jixiao::allocate_exact(whole) == fen({1, 1}));
}

namespace {

// Deterministic generator: the raw output of mt19937_64 is fixed by the
// standard, so every platform sees the same cases (distributions are not).
struct generator {
    std::mt19937_64 engine{20230101};
    std::uint64_t below(std::uint64_t n) { return engine() % n; }
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    money total() {
        switch (below(4)) {
        case 0: return money::from_fen(between(-20, 20));                          // a few fen
        case 1: return money::from_fen(between(-1'000'000, 1'000'000));            // up to 10000 yuan
        case 2: return money::from_fen(between(-100'000'000'000'000, 100'000'000'000'000));
        default: {  // beyond 64 bits
            const cpp_int high = between(-1'000'000'000, 1'000'000'000);
            return money_from_fen(high * cpp_int("1000000000000000000") + between(0, 999'999'999'999'999'999));
        }
        }
    }

    // Non-negative ratios with unrelated random denominators that sum to exactly 1:
    // each takes a random fraction a/b of what is left, the last takes the rest.
    std::vector<ratio> ratios() {
        const auto count = static_cast<std::size_t>(between(1, 9));
        std::vector<ratio> out;
        ratio left = ratio::one();
        for (std::size_t i = 0; i + 1 < count; ++i) {
            const std::int64_t b = between(1, 1000);
            const std::int64_t a = below(5) == 0 ? 0 : between(0, b);
            const ratio r = left * ratio(a, b);
            out.push_back(r);
            left -= r;
        }
        out.push_back(left);
        return out;
    }
};

}  // namespace

TEST_CASE("allocate properties over generated cases") {
    generator gen;
    for (std::size_t n = 0; n < 3000 / jixiao::testing::property_stride; ++n) {
        const money total = gen.total();
        const std::vector<ratio> ratios = gen.ratios();
        CAPTURE(n);
        CAPTURE(total);
        CAPTURE(ratios);
        const auto shares = split(total, ratios);
        REQUIRE(shares.size() == ratios.size());

        // The shares sum to the total exactly.
        money sum;
        for (const auto& s : shares) sum += s;
        CHECK(sum == total);

        // Each share is its exact value truncated toward zero, or one fen further
        // from zero, so it is within one fen of total × ratio.
        std::vector<cpp_rational> remainder(shares.size());
        std::vector<bool> got_extra(shares.size());
        for (std::size_t i = 0; i < shares.size(); ++i) {
            const cpp_rational exact = to_cpp_rational((total * ratios[i]).fen());
            const cpp_int truncated = jixiao::round_to_integer(exact, jixiao::rounding::toward_zero);
            const cpp_rational difference = cpp_rational(to_cpp_int(shares[i].fen())) - exact;
            CHECK(abs(difference) < 1);
            const cpp_int extra = to_cpp_int(shares[i].fen()) - truncated;
            CHECK((extra == 0 || extra == (total.is_negative() ? -1 : 1)));
            remainder[i] = abs(exact - cpp_rational(truncated));
            got_extra[i] = extra != 0;
        }
        // The extra fen went to the largest remainders, ties to the first listed.
        for (std::size_t i = 0; i < shares.size(); ++i)
            for (std::size_t j = 0; j < shares.size(); ++j)
                if (got_extra[i] && !got_extra[j])
                    CHECK((remainder[i] > remainder[j] || (remainder[i] == remainder[j] && i < j)));

        // Negating the total negates every share.
        const auto negated = split(-total, ratios);
        for (std::size_t i = 0; i < shares.size(); ++i) CHECK(negated[i] == -shares[i]);
    }
}

TEST_CASE("allocate refuses generated ratios that miss 1 by any amount") {
    generator gen;
    for (int n = 0; n < 300; ++n) {
        std::vector<ratio> ratios = gen.ratios();
        const std::int64_t d = gen.between(1, 1'000'000);
        const ratio miss(gen.below(2) == 0 ? 1 : -1, d);
        ratios.back() += miss;
        CAPTURE(ratios);
        if (ratios.back().is_negative()) {
            CHECK_THROWS_WITH((void)split(gen.total(), ratios), doctest::Contains("cannot be negative"));
        } else {
            CHECK_THROWS_WITH((void)split(gen.total(), ratios), doctest::Contains("expected exactly 1"));
        }
    }
}
