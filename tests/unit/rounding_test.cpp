// Rounding modes: every mode at every kind of tie and non-tie,
// both signs; rounding to decimals; percentages.
#include "../support/multiprecision.hpp"
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>



using jixiao::ratio;
using jixiao::rounding;
using jixiao::round_to_integer;

namespace {

// value = numerator / denominator; expected result per mode, in the order
// half_away_from_zero, half_even, toward_zero, away_from_zero, floor, ceiling.
struct row {
    int numerator;
    int denominator;
    std::array<int, 6> expected;
};

constexpr std::array modes{rounding::half_away_from_zero, rounding::half_even, rounding::toward_zero,
                           rounding::away_from_zero,      rounding::floor,     rounding::ceiling};

void check_rows(const auto& rows) {
    for (const row& r : rows) {
        const cpp_rational value(r.numerator, r.denominator);
        for (std::size_t m = 0; m < modes.size(); ++m) {
            CAPTURE(value);
            CAPTURE(modes[m]);
            CHECK(round_to_integer(value, modes[m]) == r.expected[m]);
        }
    }
}

}  // namespace

TEST_CASE("every rounding mode at ties ±0.5, ±1.5, ±2.5, ±3.5") {
    //                        ½away  even  zero  away  floor  ceil
    constexpr std::array<row, 8> ties{{
        {1, 2, {1, 0, 0, 1, 0, 1}},
        {-1, 2, {-1, 0, 0, -1, -1, 0}},
        {3, 2, {2, 2, 1, 2, 1, 2}},
        {-3, 2, {-2, -2, -1, -2, -2, -1}},
        {5, 2, {3, 2, 2, 3, 2, 3}},
        {-5, 2, {-3, -2, -2, -3, -3, -2}},
        {7, 2, {4, 4, 3, 4, 3, 4}},
        {-7, 2, {-4, -4, -3, -4, -4, -3}},
    }};
    check_rows(ties);
}

TEST_CASE("every rounding mode off the tie, both signs") {
    //                        ½away  even  zero  away  floor  ceil
    constexpr std::array<row, 12> others{{
        {2, 5, {0, 0, 0, 1, 0, 1}},          // 0.4
        {-2, 5, {0, 0, 0, -1, -1, 0}},       // -0.4
        {3, 5, {1, 1, 0, 1, 0, 1}},          // 0.6
        {-3, 5, {-1, -1, 0, -1, -1, 0}},     // -0.6
        {6, 5, {1, 1, 1, 2, 1, 2}},          // 1.2
        {-6, 5, {-1, -1, -1, -2, -2, -1}},   // -1.2
        {17, 10, {2, 2, 1, 2, 1, 2}},        // 1.7
        {-17, 10, {-2, -2, -1, -2, -2, -1}}, // -1.7
        {1, 3, {0, 0, 0, 1, 0, 1}},          // 0.333…
        {-2, 3, {-1, -1, 0, -1, -1, 0}},     // -0.666…
        {501, 1000, {1, 1, 0, 1, 0, 1}},     // just above a tie
        {-499, 1000, {0, 0, 0, -1, -1, 0}},  // just below a tie
    }};
    check_rows(others);
}

TEST_CASE("whole numbers are left alone by every mode") {
    constexpr std::array<row, 3> whole{{
        {0, 1, {0, 0, 0, 0, 0, 0}},
        {4, 2, {2, 2, 2, 2, 2, 2}},
        {-9, 3, {-3, -3, -3, -3, -3, -3}},
    }};
    check_rows(whole);
}

TEST_CASE("rounding is exact far beyond 64 bits") {
    const cpp_int big("123456789012345678901234567890");
    CHECK(round_to_integer(cpp_rational(big * 2 + 1, 2), rounding::half_even) == big);
    CHECK(round_to_integer(cpp_rational(big * 2 + 1, 2), rounding::half_away_from_zero) == big + 1);
    CHECK(round_to_integer(cpp_rational(-(big * 2 + 1), 2), rounding::floor) == -(big + 1));
}

TEST_CASE("round_to_decimals keeps the value exact and rounds once") {
    using jixiao::round_to_decimals;
    CHECK(round_to_decimals(cpp_rational(2, 3), 2, rounding::half_away_from_zero) == cpp_rational(67, 100));
    CHECK(round_to_decimals(cpp_rational(2, 3), 2, rounding::toward_zero) == cpp_rational(66, 100));
    CHECK(round_to_decimals(cpp_rational(-2, 3), 2, rounding::half_away_from_zero) == cpp_rational(-67, 100));
    CHECK(round_to_decimals(cpp_rational(-2, 3), 2, rounding::ceiling) == cpp_rational(-66, 100));
    CHECK(round_to_decimals(cpp_rational(1, 8), 2, rounding::half_away_from_zero) == cpp_rational(13, 100));
    CHECK(round_to_decimals(cpp_rational(1, 8), 2, rounding::half_even) == cpp_rational(12, 100));
    CHECK(round_to_decimals(cpp_rational(-1, 8), 2, rounding::half_even) == cpp_rational(-12, 100));
    CHECK(round_to_decimals(cpp_rational(3, 8), 2, rounding::half_even) == cpp_rational(38, 100));
    CHECK(round_to_decimals(cpp_rational(5, 2), 0, rounding::half_even) == 2);
    CHECK(round_to_decimals(cpp_rational(1, 3), 6, rounding::half_away_from_zero) == cpp_rational(333333, 1000000));
    // Negative places round to tens, hundreds, …: 108250 yuan to whole 万.
    CHECK(round_to_decimals(cpp_rational(108250), -4, rounding::half_away_from_zero) == 110000);
    CHECK(round_to_decimals(cpp_rational(-15), -1, rounding::half_even) == -20);
    CHECK(round_to_decimals(cpp_rational(25), -1, rounding::half_even) == 20);
}

TEST_CASE("format_percentage_number shows two decimals, 四舍五入 unless told otherwise") {
    const auto format_percent = [](auto&&... args) { return jixiao::format_percentage_number(args...); };
    CHECK(format_percent(ratio(2, 3)) == "66.67");
    CHECK(format_percent(ratio(1, 3)) == "33.33");
    CHECK(format_percent(ratio(-1, 8)) == "-12.50");
    CHECK(format_percent(ratio(-2, 3)) == "-66.67");
    CHECK(format_percent(ratio(1, 1)) == "100.00");
    CHECK(format_percent(ratio(0, 1)) == "0.00");
    CHECK(format_percent(ratio(7, 20)) == "35.00");
    CHECK(format_percent(ratio(1, 200000)) == "0.00");   // 0.0005% rounds to 0.00, not "-0.00" or "0.01"
    CHECK(format_percent(ratio(-1, 200000)) == "0.00");  // no negative zero
    CHECK(format_percent(ratio(1, 20000)) == "0.01");    // 0.005% is a tie: away from zero
    CHECK(format_percent(ratio(1, 20000), 2, rounding::half_even) == "0.00");
    CHECK(format_percent(ratio(2, 3), 0) == "67");
    CHECK(format_percent(ratio(2, 3), 4) == "66.6667");
    CHECK(format_percent(ratio(2, 3), 2, rounding::floor) == "66.66");
    CHECK(format_percent(ratio(-2, 3), 2, rounding::floor) == "-66.67");
    CHECK(format_percent(ratio(12345, 100), -1) == "12350");  // tens of percent
    CHECK(format_percent(ratio(3, 2)) == "150.00");           // over 100% stays as it is
}

TEST_CASE("format_percent is the percentage with its sign") {
    CHECK(jixiao::format_percent(ratio(2, 3)) == "66.67%");
    CHECK(jixiao::format_percent(ratio(7, 20), 0) == "35%");
    CHECK(jixiao::format_percent(ratio(-1, 8)) == "-12.50%");
}

TEST_CASE("rounding modes print by name") {
    CHECK(to_string(rounding::half_away_from_zero) == "half_away_from_zero");
    CHECK(to_string(rounding::half_even) == "half_even");
    CHECK(to_string(rounding::toward_zero) == "toward_zero");
    CHECK(to_string(rounding::away_from_zero) == "away_from_zero");
    CHECK(to_string(rounding::floor) == "floor");
    CHECK(to_string(rounding::ceiling) == "ceiling");
    CHECK(jixiao::si_she_wu_ru == rounding::half_away_from_zero);
}
