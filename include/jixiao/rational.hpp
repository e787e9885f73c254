#pragma once
// An exact rational number that is fast for the values report books hold.
//
// ratio, points, quantity and exact_money keep their values in a `rational`:
// numerator and denominator in lowest terms, denominator positive, in two
// 64-bit integers whenever they fit, computed through 128-bit intermediates
// that cannot overflow; a value that does not fit moves to a Boost cpp_rational
// held out of line (src/core/rational.cpp), and every operation on it is done
// there. Both ways give the same exact value, so the fast way changes speed,
// never a result (tests/unit/rational_test.cpp checks it against cpp_rational on
// random and edge values). Boost.Multiprecision is not included here: a program
// that wants cpp_rational itself includes <jixiao/multiprecision.hpp>.

#include <jixiao/checked_int128.hpp>
#include <jixiao/error.hpp>
#include <jixiao/rounding.hpp>

#include <algorithm>
#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <string_view>

namespace jixiao {

namespace detail {

inline constexpr std::int64_t small_max = std::numeric_limits<std::int64_t>::max();

/// |n| ≤ small_max: the range of a small numerator or denominator (INT64_MIN is
/// left out so that negation never overflows).
[[nodiscard]] constexpr bool fits_small(int128 n) noexcept { return n <= small_max && n >= -small_max; }

[[nodiscard]] constexpr int count_trailing_zeros(std::uint64_t n) noexcept { return __builtin_ctzll(n); }
[[nodiscard]] constexpr int count_trailing_zeros(uint128 n) noexcept {
    const auto low = static_cast<std::uint64_t>(n);
    return low != 0 ? __builtin_ctzll(low) : 64 + __builtin_ctzll(static_cast<std::uint64_t>(n >> 64));
}

/// Binary gcd (Stein's), on 64- or 128-bit unsigned integers.
template <class Unsigned>
[[nodiscard]] constexpr Unsigned binary_gcd(Unsigned a, Unsigned b) noexcept {
    if (a == 0) return b;
    if (b == 0) return a;
    const int shift = count_trailing_zeros(a | b);
    a >>= count_trailing_zeros(a);
    do {
        b >>= count_trailing_zeros(b);
        if (a > b) std::swap(a, b);
        b -= a;
    } while (b != 0);
    return a << shift;
}
[[nodiscard]] constexpr std::uint64_t gcd(std::uint64_t a, std::uint64_t b) noexcept { return binary_gcd(a, b); }
/// 64-bit steps when both fit.
[[nodiscard]] constexpr uint128 gcd(uint128 a, uint128 b) noexcept {
    if ((a >> 64) == 0 && (b >> 64) == 0) return binary_gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    return binary_gcd(a, b);
}

[[nodiscard]] constexpr uint128 magnitude(int128 n) noexcept { return n < 0 ? -static_cast<uint128>(n) : static_cast<uint128>(n); }

/// n / d (d > 0) rounded to an integer under `mode`, exactly as round_to_integer does.
[[nodiscard]] constexpr int128 round_quotient(int128 n, int128 d, rounding mode) noexcept {
    const int128 q = n / d;  // truncates toward zero
    const int128 r = n % d;  // has the sign of n
    if (r == 0) return q;
    const int128 away = n < 0 ? q - 1 : q + 1;
    switch (mode) {
    case rounding::toward_zero: return q;
    case rounding::away_from_zero: return away;
    case rounding::floor: return n < 0 ? away : q;
    case rounding::ceiling: return n > 0 ? away : q;
    case rounding::half_away_from_zero:
    case rounding::half_even: {
        const uint128 twice = 2 * magnitude(r);
        const auto den = static_cast<uint128>(d);
        if (twice > den) return away;
        if (twice < den) return q;
        if (mode == rounding::half_away_from_zero) return away;
        return (q % 2 == 0) ? q : away;
    }
    }
    return q;
}

inline constexpr std::int64_t powers_of_ten[19] = {1,
                                                   10,
                                                   100,
                                                   1000,
                                                   10000,
                                                   100000,
                                                   1000000,
                                                   10000000,
                                                   100000000,
                                                   1000000000,
                                                   10000000000,
                                                   100000000000,
                                                   1000000000000,
                                                   10000000000000,
                                                   100000000000000,
                                                   1000000000000000,
                                                   10000000000000000,
                                                   100000000000000000,
                                                   1000000000000000000};

/// The cpp_rational behind a value that does not fit the fast path (src/core/rational.cpp).
struct big_rational;

/// Decimal digits of an integer: "-1234".
inline void append_integer(std::string& out, int128 n) {
    char buffer[48];
    char* end = buffer + sizeof buffer;
    char* p = end;
    uint128 m = magnitude(n);
    do {
        *--p = static_cast<char>('0' + static_cast<int>(m % 10));
        m /= 10;
    } while (m != 0);
    if (n < 0) *--p = '-';
    out.append(p, end);
}

}  // namespace detail

class rational {
public:
    rational() noexcept = default;
    template <whole_count I>
    rational(I n) {  // NOLINT: a whole number is a rational
        if (std::in_range<std::int64_t>(n) && static_cast<std::int64_t>(n) != std::numeric_limits<std::int64_t>::min())
            num_ = static_cast<std::int64_t>(n);
        else *this = from_wide(n < 0, n < 0 ? detail::uint128(0) - static_cast<detail::uint128>(static_cast<detail::int128>(n))
                                            : static_cast<detail::uint128>(n), 1);
    }
    /// A whole number of any size money holds.
    explicit rational(const checked_int128& n) {
        if (const auto small = n.to_int64()) num_ = *small;
        else *this = from_wide(n.is_negative(), n.magnitude(), 1);
    }
    template <std::floating_point F>
    rational(F) = delete;  // a binary float is not an exact number

    /// numerator / denominator; the denominator must not be zero.
    [[nodiscard]] static rational fraction(std::int64_t numerator, std::int64_t denominator) {
        if (denominator == 0) divide_by_zero();
        return from(numerator, denominator);
    }
    /// ±numerator / denominator from 128-bit magnitudes; the denominator must not be zero.
    [[nodiscard]] static rational from_wide(bool negative, detail::uint128 numerator, detail::uint128 denominator);

    /// Whether the value lives in the two 64-bit integers (then small_numerator()
    /// and small_denominator() are it); false for a value that needs cpp_rational.
    [[nodiscard]] bool is_small() const noexcept { return !big_; }
    [[nodiscard]] std::int64_t small_numerator() const noexcept { return num_; }
    [[nodiscard]] std::int64_t small_denominator() const noexcept { return den_; }
    /// The cpp_rational of a value that is not small (nullptr when small).
    [[nodiscard]] const detail::big_rational* big() const noexcept { return big_.get(); }

    [[nodiscard]] int sign() const {
        if (big_) return big_sign();
        return num_ < 0 ? -1 : num_ > 0 ? 1 : 0;
    }
    [[nodiscard]] bool is_zero() const { return sign() == 0; }
    [[nodiscard]] bool is_integer() const { return big_ ? big_is_integer() : den_ == 1; }

    [[nodiscard]] friend rational operator-(const rational& a) {
        if (a.big_) return slow(a, a, operation::negate);
        rational out = a;
        out.num_ = -a.num_;
        return out;
    }
    [[nodiscard]] friend rational operator+(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow(a, b, operation::add);
        if (a.den_ == b.den_) return from(detail::int128(a.num_) + b.num_, a.den_);
        return from(detail::int128(a.num_) * b.den_ + detail::int128(b.num_) * a.den_, detail::int128(a.den_) * b.den_);
    }
    [[nodiscard]] friend rational operator-(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow(a, b, operation::subtract);
        if (a.den_ == b.den_) return from(detail::int128(a.num_) - b.num_, a.den_);
        return from(detail::int128(a.num_) * b.den_ - detail::int128(b.num_) * a.den_, detail::int128(a.den_) * b.den_);
    }
    [[nodiscard]] friend rational operator*(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow(a, b, operation::multiply);
        return from(detail::int128(a.num_) * b.num_, detail::int128(a.den_) * b.den_);
    }
    [[nodiscard]] friend rational operator/(const rational& a, const rational& b) {
        if (b.is_zero()) divide_by_zero();
        if (a.big_ || b.big_) return slow(a, b, operation::divide);
        return from(detail::int128(a.num_) * b.den_, detail::int128(a.den_) * b.num_);
    }
    rational& operator+=(const rational& b) { return *this = *this + b; }
    rational& operator-=(const rational& b) { return *this = *this - b; }
    rational& operator*=(const rational& b) { return *this = *this * b; }
    rational& operator/=(const rational& b) { return *this = *this / b; }

    friend bool operator==(const rational& a, const rational& b) {
        // Both in lowest terms, and a value that fits is always small.
        if (a.big_ || b.big_) return a.big_ && b.big_ && slow_compare(a, b) == 0;
        return a.num_ == b.num_ && a.den_ == b.den_;
    }
    friend std::strong_ordering operator<=>(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow_compare(a, b);
        if (a.den_ == b.den_) return a.num_ <=> b.num_;
        return detail::int128(a.num_) * b.den_ <=> detail::int128(b.num_) * a.den_;
    }

    /// The value rounded to `decimals` places under `mode` (negative: to tens, hundreds, …).
    [[nodiscard]] rational rounded(int decimals, rounding mode) const {
        if (big_ || decimals < 0 || decimals > 18) return slow_rounded(decimals, mode);
        if (den_ == 1) return *this;
        const std::int64_t scale = detail::powers_of_ten[decimals];
        return from(detail::round_quotient(detail::int128(num_) * scale, den_, mode), scale);
    }

    /// The nearest integer under `mode`, if it fits 64 bits; nullopt otherwise.
    [[nodiscard]] std::optional<std::int64_t> round_to_int64(rounding mode) const {
        if (big_) return slow_round_to_int64(mode);
        return static_cast<std::int64_t>(detail::round_quotient(num_, den_, mode));
    }
    /// The nearest integer under `mode`; overflow_error beyond ±(2^128 − 1).
    [[nodiscard]] checked_int128 round_to_checked(rounding mode) const {
        if (const auto small = round_to_int64(mode)) return *small;
        return slow_round_to_checked(mode);
    }

    /// Makes a rational from the cpp_rational behind a big value (src/core/rational.cpp).
    [[nodiscard]] static rational from_big(std::shared_ptr<const detail::big_rational> value);

private:
    /// Values that do not fit 64 bits, out of line: the fast paths stay small.
    enum class operation { add, subtract, multiply, divide, negate };
    [[nodiscard]] static rational slow(const rational& a, const rational& b, operation op);
    [[nodiscard]] static std::strong_ordering slow_compare(const rational& a, const rational& b);
    [[nodiscard]] int big_sign() const;
    [[nodiscard]] bool big_is_integer() const;
    [[nodiscard]] rational slow_rounded(int decimals, rounding mode) const;
    [[nodiscard]] std::optional<std::int64_t> slow_round_to_int64(rounding mode) const;
    [[nodiscard]] checked_int128 slow_round_to_checked(rounding mode) const;

    [[noreturn]] static void divide_by_zero() { throw error({"除以零", "division by zero"}); }

    /// n / d in lowest terms; d ≠ 0 and both well inside the 128-bit range.
    static rational from(detail::int128 n, detail::int128 d) {
        if (d < 0) {
            n = -n;
            d = -d;
        }
        if (detail::fits_small(n) && d <= detail::small_max) {  // the usual case: 64-bit gcd and division
            auto small_n = static_cast<std::int64_t>(n);
            auto small_d = static_cast<std::int64_t>(d);
            if (small_d != 1) {
                const auto g = static_cast<std::int64_t>(
                    detail::gcd(static_cast<std::uint64_t>(small_n < 0 ? -small_n : small_n), static_cast<std::uint64_t>(small_d)));
                if (g > 1) {
                    small_n /= g;
                    small_d /= g;
                }
            }
            rational out;
            out.num_ = small_n;
            out.den_ = small_d;
            return out;
        }
        return from_wide(n < 0, detail::magnitude(n), static_cast<detail::uint128>(d));
    }

    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
    std::shared_ptr<const detail::big_rational> big_;  // set: the value, which does not fit the two integers
};

[[nodiscard]] inline rational abs(const rational& r) { return r.sign() < 0 ? -r : r; }

/// "7/20", "-3", "1/3": the exact value in lowest terms.
[[nodiscard]] std::string to_string(const rational& r);

namespace detail {

/// Exact decimal text of `value` rounded to `decimals` places: "66.67", "-0.50".
[[nodiscard]] inline std::string format_fixed_small(const rational& value, int decimals, rounding mode) {
    const int128 scaled = round_quotient(int128(value.small_numerator()) * powers_of_ten[decimals],
                                         value.small_denominator(), mode);
    std::string digits;
    append_integer(digits, scaled < 0 ? -scaled : scaled);
    if (decimals > 0) {
        if (digits.size() <= static_cast<std::size_t>(decimals))
            digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(decimals), 1, '.');
    }
    return scaled < 0 ? "-" + digits : digits;
}

/// The same for any value and any number of places (negative: to tens, hundreds, …, printed whole).
[[nodiscard]] std::string format_fixed_wide(const rational& value, int decimals, rounding mode);

[[nodiscard]] inline std::string format_fixed(const rational& value, int decimals, rounding mode) {
    if (value.is_small() && decimals >= 0 && decimals <= 18) return format_fixed_small(value, decimals, mode);
    return format_fixed_wide(value, decimals, mode);
}

/// Decimal places the shortest exact decimal of a big value needs (src/core/rational.cpp).
[[nodiscard]] std::optional<int> exact_decimals_wide(const rational& value);

/// Decimal places the shortest exact decimal of `value` needs, or nullopt when it has none
/// (its denominator has a prime factor other than 2 and 5).
[[nodiscard]] inline std::optional<int> exact_decimals(const rational& value) {
    if (!value.is_small()) return exact_decimals_wide(value);
    std::uint64_t d = static_cast<std::uint64_t>(value.small_denominator());
    const int twos = __builtin_ctzll(d);
    d >>= twos;
    int fives = 0;
    while (d % 5 == 0) { d /= 5; ++fives; }
    if (d != 1) return std::nullopt;
    return std::max(twos, fives);
}

/// Shortest exact decimal text with at least `min_decimals` places, or nullopt
/// when `value` has no finite decimal expansion within `max_decimals`.
[[nodiscard]] inline std::optional<std::string> format_exact(const rational& value, int min_decimals,
                                                             int max_decimals) {
    const auto needed = exact_decimals(value);
    if (!needed) return std::nullopt;
    const int decimals = std::max(*needed, min_decimals);
    if (decimals > max_decimals) return std::nullopt;
    return format_fixed(value, decimals, rounding::toward_zero);
}

}  // namespace detail

}  // namespace jixiao
