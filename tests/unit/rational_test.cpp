// jixiao::rational, the exact rational behind ratio, points, quantity and
// exact_money: every result equals Boost's cpp_rational, on values that fit 64
// bits, on values that leave them, and on the way back.
#include "../support/helpers.hpp"
#include "../support/multiprecision.hpp"
#include <jixiao/detail/text.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using jixiao::rational;
using jixiao::rounding;

namespace {

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();

// Deterministic values from tiny to beyond 64 bits, signs mixed.
std::vector<cpp_rational> samples() {
    std::vector<cpp_rational> out;
    const std::array<cpp_int, 14> numerators{0, 1, -1, 2, 7, -13, 100, 108200, -5507, 999999937,
                                             cpp_int(max64), -cpp_int(max64), cpp_int(max64) + 1,
                                             cpp_int("123456789012345678901234567890")};
    const std::array<cpp_int, 10> denominators{1, 2, 3, 7, 20, 100, 1000000, 999999937, cpp_int(max64),
                                               cpp_int(max64) * 3};
    for (const auto& n : numerators)
        for (const auto& d : denominators) out.push_back(cpp_rational(n, d));
    std::uint64_t state = 42;  // splitmix64: more mid-sized values, the same on every run
    for (int i = 0; i < 100; ++i) {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        const auto n = static_cast<std::int64_t>(z >> (z % 50)) * ((z & 1) ? -1 : 1);
        const auto d = static_cast<std::int64_t>((z >> 7) % 100000 + 1);
        out.push_back(cpp_rational(cpp_int(n), cpp_int(d)));
    }
    return out;
}

}  // namespace

// The shortest exact decimal, found the slow way: the first scale that makes `value` whole.
std::optional<std::string> reference_format_exact(const cpp_rational& value, int min_decimals, int max_decimals) {
    cpp_int scale = 1;
    for (int d = 0; d <= max_decimals; ++d, scale *= 10) {
        if (d < min_decimals) continue;
        if (boost::multiprecision::denominator(cpp_rational(value * scale)) == 1)
            return jixiao::detail::format_fixed(value, d, rounding::toward_zero);
    }
    return std::nullopt;
}

TEST_CASE("rational arithmetic and order agree with cpp_rational everywhere") {
    const auto values = samples();
    const std::size_t stride = jixiao::testing::property_stride;
    for (std::size_t i = 0; i < values.size(); ++i)
        for (std::size_t j = i % stride; j < values.size(); j += stride) {  // each column in some row
            const cpp_rational& x = values[i];
            const cpp_rational& y = values[j];
            const rational a = to_rational(x), b = to_rational(y);
            CAPTURE(x);
            CAPTURE(y);
            CHECK(to_cpp_rational(a + b) == x + y);
            CHECK(to_cpp_rational(a - b) == x - y);
            CHECK(to_cpp_rational(a * b) == x * y);
            if (y != 0) CHECK(to_cpp_rational(a / b) == x / y);
            CHECK((a == b) == (x == y));
            CHECK((a < b) == (x < y));
            CHECK((a > b) == (x > y));
        }
}

TEST_CASE("a value that fits 64 bits is always held small, so equal values compare equal") {
    const rational big = to_rational(cpp_rational(cpp_int(max64) + 1));
    CHECK_FALSE(big.is_small());
    const rational back = big - rational(1);
    CHECK(back.is_small());
    CHECK(back == rational(max64));
    CHECK(to_rational(cpp_rational(cpp_int(max64) * 2, 2)).is_small());
    // INT64_MIN is kept out of the small form, so that negation cannot overflow.
    const rational lowest(std::numeric_limits<std::int64_t>::min());
    CHECK_FALSE(lowest.is_small());
    CHECK(to_cpp_rational(-lowest) == cpp_rational(cpp_int(max64) + 1));
    CHECK(rational::fraction(6, -4) == to_rational(cpp_rational(-3, 2)));
}

TEST_CASE("rounding agrees with round_to_decimals in every mode") {
    const std::array modes{rounding::half_away_from_zero, rounding::half_even, rounding::toward_zero,
                           rounding::away_from_zero,      rounding::floor,     rounding::ceiling};
    const auto values = samples();
    for (std::size_t i = 0; i < values.size(); i += jixiao::testing::property_stride)
        for (const rounding mode : modes)
            for (int decimals = -3; decimals <= 20; ++decimals) {
                const cpp_rational& x = values[i];
                CAPTURE(x);
                CAPTURE(mode);
                CAPTURE(decimals);
                CHECK(to_cpp_rational(to_rational(x).rounded(decimals, mode)) ==
                      jixiao::round_to_decimals(x, decimals, mode));
            }
    CHECK(rational::fraction(5, 2).rounded(0, rounding::half_even) == rational(2));
    CHECK(rational::fraction(-5, 2).rounded(0, rounding::half_away_from_zero) == rational(-3));
    CHECK(rational::fraction(2, 3).round_to_int64(rounding::half_away_from_zero) == 1);
    CHECK_FALSE(to_rational(cpp_rational(cpp_int("123456789012345678901234567890"))).round_to_int64(rounding::floor));
}

TEST_CASE("decimal text from a rational is the text cpp_rational gives") {
    for (const auto& x : samples()) {
        CAPTURE(x);
        for (int decimals = 0; decimals <= 8; ++decimals)
            CHECK(jixiao::detail::format_fixed(to_rational(x), decimals, rounding::half_away_from_zero) ==
                  jixiao::detail::format_fixed(x, decimals, rounding::half_away_from_zero));
        CHECK(jixiao::detail::format_exact(to_rational(x), 2, 30) == reference_format_exact(x, 2, 30));
        CHECK(jixiao::detail::format_exact(to_rational(x), 0, 4) == reference_format_exact(x, 0, 4));
    }
    CHECK(jixiao::detail::format_fixed(rational::fraction(2, 3), 2, rounding::half_away_from_zero) == "0.67");
    CHECK(jixiao::detail::format_fixed(rational::fraction(-1, 200), 2, rounding::half_away_from_zero) == "-0.01");
    CHECK(jixiao::detail::format_exact(rational::fraction(1, 8), 2, 30) == "0.125");
    CHECK(jixiao::detail::format_exact(rational::fraction(1, 3), 0, 30) == std::nullopt);
}

TEST_CASE("dividing by zero is an error, not a crash") {
    CHECK_THROWS_AS((void)(rational(1) / rational(0)), jixiao::error);
    CHECK_THROWS_AS((void)rational::fraction(1, 0), jixiao::error);
}
