#pragma once
// Rounding happens only at named points with a named mode.
// There is no global rounding state: every call says which mode it uses.

#include <boost/multiprecision/cpp_int.hpp>

#include <concepts>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <utility>

namespace jixiao {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

enum class rounding {
    half_away_from_zero,  // 四舍五入, the default everywhere
    half_even,            // 银行家舍入
    toward_zero,          // 截尾
    away_from_zero,       // 进一
    floor,                // 向下
    ceiling,              // 向上
};

inline constexpr rounding si_she_wu_ru = rounding::half_away_from_zero;

// A whole number that may build or scale an exact value: a headcount, a number
// of shares, a numerator. Floating point is not one (0.1 is not exact in
// binary), and neither is bool, though C++ calls it integral.
template <class I>
concept whole_count = std::integral<I> && !std::same_as<std::remove_cv_t<I>, bool>;

namespace detail {
// numerator / denominator for any non-zero denominator. Boost 1.74's
// cpp_rational(n, d) throws "non-zero singular denominator" when d is
// negative, so the sign moves to the numerator first.
[[nodiscard]] inline cpp_rational fraction(cpp_int numerator, cpp_int denominator) {
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return cpp_rational(std::move(numerator), std::move(denominator));
}
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(rounding mode) noexcept {
    switch (mode) {
    case rounding::half_away_from_zero: return "half_away_from_zero";
    case rounding::half_even: return "half_even";
    case rounding::toward_zero: return "toward_zero";
    case rounding::away_from_zero: return "away_from_zero";
    case rounding::floor: return "floor";
    case rounding::ceiling: return "ceiling";
    }
    return "?";
}

inline std::ostream& operator<<(std::ostream& os, rounding mode) { return os << to_string(mode); }

// The integer nearest to `value` under `mode`.
[[nodiscard]] inline cpp_int round_to_integer(const cpp_rational& value, rounding mode) {
    const cpp_int n = boost::multiprecision::numerator(value);
    const cpp_int d = boost::multiprecision::denominator(value);  // always > 0
    const cpp_int q = n / d;                                       // truncates toward zero
    const cpp_int r = n % d;                                       // has the sign of n
    if (r == 0) return q;
    const int sign = n < 0 ? -1 : 1;
    const cpp_int away = q + sign;
    switch (mode) {
    case rounding::toward_zero: return q;
    case rounding::away_from_zero: return away;
    case rounding::floor: return sign < 0 ? away : q;
    case rounding::ceiling: return sign > 0 ? away : q;
    case rounding::half_away_from_zero:
    case rounding::half_even: {
        const cpp_int twice = 2 * abs(r);
        if (twice > d) return away;
        if (twice < d) return q;
        if (mode == rounding::half_away_from_zero) return away;
        return (q % 2 == 0) ? q : away;
    }
    }
    return q;
}

// `value` rounded to `decimals` places, as an exact rational. Negative
// `decimals` round to tens, hundreds, …: -4 rounds yuan to whole 万.
[[nodiscard]] inline cpp_rational round_to_decimals(const cpp_rational& value, int decimals, rounding mode) {
    cpp_int scale = 1;
    for (int i = 0; i < (decimals < 0 ? -decimals : decimals); ++i) scale *= 10;
    if (decimals < 0) return cpp_rational(round_to_integer(value / scale, mode) * scale);
    return cpp_rational(round_to_integer(value * scale, mode), scale);
}

}  // namespace jixiao
