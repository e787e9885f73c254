#pragma once
// Interop with Boost.Multiprecision, for programs (and jixiao's own compiled
// code) that want cpp_int and cpp_rational themselves: conversions of jixiao's
// exact types to and from them, and rounding of a cpp_rational. The value-type
// headers (money, ratio, rational) do not include this one, so that a program
// using only them does not compile Boost.Multiprecision.

#include <jixiao/checked_int128.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/rounding.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <string>

namespace jixiao {

namespace detail {
namespace mp = boost::multiprecision;

// The value of a rational that does not fit two 64-bit integers.
struct big_rational {
    mp::cpp_rational value;
};

// numerator / denominator for any non-zero denominator. Boost 1.74's
// cpp_rational(n, d) throws "non-zero singular denominator" when d is
// negative, so the sign moves to the numerator first.
[[nodiscard]] mp::cpp_rational fraction(mp::cpp_int numerator, mp::cpp_int denominator);

// Exact decimal text of `value` rounded to `decimals` places (see format_fixed).
[[nodiscard]] std::string format_fixed(const mp::cpp_rational& value, int decimals, rounding mode);
}  // namespace detail

[[nodiscard]] boost::multiprecision::cpp_int to_cpp_int(const checked_int128& n);
// The value as a checked_int128; overflow_error beyond ±(2^128 − 1).
[[nodiscard]] checked_int128 to_checked_int128(const boost::multiprecision::cpp_int& n);

[[nodiscard]] boost::multiprecision::cpp_rational to_cpp_rational(const rational& r);
[[nodiscard]] rational to_rational(const boost::multiprecision::cpp_rational& value);
[[nodiscard]] rational to_rational(const boost::multiprecision::cpp_int& value);
[[nodiscard]] boost::multiprecision::cpp_int numerator(const rational& r);
[[nodiscard]] boost::multiprecision::cpp_int denominator(const rational& r);

[[nodiscard]] inline boost::multiprecision::cpp_rational to_cpp_rational(const ratio& r) {
    return to_cpp_rational(r.fraction());
}
template <class Tag>
[[nodiscard]] boost::multiprecision::cpp_rational to_cpp_rational(const exact_decimal<Tag>& d) {
    return to_cpp_rational(d.fraction());
}
// An exact amount's fen as a cpp_rational.
[[nodiscard]] inline boost::multiprecision::cpp_rational to_cpp_rational(const exact_money& m) {
    return to_cpp_rational(m.fen());
}

// Money of `fen` fen; overflow_error when it leaves the range of money.
[[nodiscard]] inline money money_from_fen(const boost::multiprecision::cpp_int& fen) {
    return money::from_fen(to_checked_int128(fen));
}

// The integer nearest to `value` under `mode`.
[[nodiscard]] boost::multiprecision::cpp_int round_to_integer(const boost::multiprecision::cpp_rational& value,
                                                              rounding mode);
[[nodiscard]] boost::multiprecision::cpp_int round_to_integer(const rational& value, rounding mode);

// `value` rounded to `decimals` places, as an exact rational. Negative
// `decimals` round to tens, hundreds, …: -4 rounds yuan to whole 万.
[[nodiscard]] boost::multiprecision::cpp_rational round_to_decimals(const boost::multiprecision::cpp_rational& value,
                                                                    int decimals, rounding mode);

}  // namespace jixiao
