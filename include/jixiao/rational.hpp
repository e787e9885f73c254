#pragma once
// An exact rational number that is fast for the values report books hold.
//
// ratio, points, quantity and exact_money keep their values in a `rational`:
// numerator and denominator in lowest terms, denominator positive, in two
// 64-bit integers whenever they fit, computed through 128-bit intermediates
// that cannot overflow; a value that does not fit moves to a Boost cpp_rational
// and every operation on it is done there. Both ways give the same exact value,
// so the fast way changes speed, never a result (tests/unit/rational_test.cpp
// checks it against cpp_rational on random and edge values).

#include <jixiao/error.hpp>
#include <jixiao/rounding.hpp>

#include <boost/multiprecision/cpp_int.hpp>

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

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

inline constexpr std::int64_t small_max = std::numeric_limits<std::int64_t>::max();

// |n| ≤ small_max: the range of a small numerator or denominator (INT64_MIN is
// left out so that negation never overflows).
[[nodiscard]] constexpr bool fits_small(int128 n) noexcept { return n <= small_max && n >= -small_max; }

[[nodiscard]] constexpr int count_trailing_zeros(std::uint64_t n) noexcept { return __builtin_ctzll(n); }
[[nodiscard]] constexpr int count_trailing_zeros(uint128 n) noexcept {
    const auto low = static_cast<std::uint64_t>(n);
    return low != 0 ? __builtin_ctzll(low) : 64 + __builtin_ctzll(static_cast<std::uint64_t>(n >> 64));
}

// Binary gcd (Stein's), on 64- or 128-bit unsigned integers.
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
// 64-bit steps when both fit.
[[nodiscard]] constexpr uint128 gcd(uint128 a, uint128 b) noexcept {
    if ((a >> 64) == 0 && (b >> 64) == 0) return binary_gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    return binary_gcd(a, b);
}

[[nodiscard]] constexpr uint128 magnitude(int128 n) noexcept { return n < 0 ? -static_cast<uint128>(n) : static_cast<uint128>(n); }

// n / d (d > 0) rounded to an integer under `mode`, exactly as round_to_integer does.
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

[[nodiscard]] inline cpp_int to_cpp_int(int128 n) {
    const uint128 m = magnitude(n);
    cpp_int out = static_cast<std::uint64_t>(m >> 64);
    out <<= 64;
    out += static_cast<std::uint64_t>(m);
    return n < 0 ? cpp_int(-out) : out;
}

// Decimal digits of an integer: "-1234".
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
        else *this = rational(cpp_rational(cpp_int(n)));
    }
    rational(const cpp_int& n) : rational(cpp_rational(n)) {}  // NOLINT
    rational(const cpp_rational& value) {                          // NOLINT: the same number, faster
        const cpp_int& n = boost::multiprecision::numerator(value);
        const cpp_int& d = boost::multiprecision::denominator(value);
        static const cpp_int limit = cpp_int(detail::small_max);
        if (n <= limit && n >= -limit && d <= limit) {
            num_ = static_cast<std::int64_t>(n);
            den_ = static_cast<std::int64_t>(d);
        } else {
            big_ = std::make_shared<const cpp_rational>(value);
        }
    }
    template <std::floating_point F>
    rational(F) = delete;  // a binary float is not an exact number

    // numerator / denominator; the denominator must not be zero.
    [[nodiscard]] static rational fraction(std::int64_t numerator, std::int64_t denominator) {
        if (denominator == 0) divide_by_zero();
        return from(numerator, denominator);
    }

    [[nodiscard]] cpp_rational to_cpp_rational() const {
        if (big_) return *big_;
        return cpp_rational(cpp_int(num_), cpp_int(den_));
    }
    [[nodiscard]] cpp_int numerator() const { return big_ ? cpp_int(boost::multiprecision::numerator(*big_)) : cpp_int(num_); }
    [[nodiscard]] cpp_int denominator() const {
        return big_ ? cpp_int(boost::multiprecision::denominator(*big_)) : cpp_int(den_);
    }
    // Whether the value lives in the two 64-bit integers (then small_numerator()
    // and small_denominator() are it); false for a value that needs cpp_rational.
    [[nodiscard]] bool is_small() const noexcept { return !big_; }
    [[nodiscard]] std::int64_t small_numerator() const noexcept { return num_; }
    [[nodiscard]] std::int64_t small_denominator() const noexcept { return den_; }

    [[nodiscard]] int sign() const {
        if (big_) return big_->sign();
        return num_ < 0 ? -1 : num_ > 0 ? 1 : 0;
    }
    [[nodiscard]] bool is_zero() const { return sign() == 0; }
    [[nodiscard]] bool is_integer() const { return big_ ? boost::multiprecision::denominator(*big_) == 1 : den_ == 1; }

    friend rational operator-(const rational& a) {
        if (a.big_) return rational(cpp_rational(-*a.big_));
        rational out = a;
        out.num_ = -a.num_;
        return out;
    }
    friend rational operator+(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow(a, b, operation::add);
        if (a.den_ == b.den_) return from(detail::int128(a.num_) + b.num_, a.den_);
        return from(detail::int128(a.num_) * b.den_ + detail::int128(b.num_) * a.den_, detail::int128(a.den_) * b.den_);
    }
    friend rational operator-(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow(a, b, operation::subtract);
        if (a.den_ == b.den_) return from(detail::int128(a.num_) - b.num_, a.den_);
        return from(detail::int128(a.num_) * b.den_ - detail::int128(b.num_) * a.den_, detail::int128(a.den_) * b.den_);
    }
    friend rational operator*(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow(a, b, operation::multiply);
        return from(detail::int128(a.num_) * b.num_, detail::int128(a.den_) * b.den_);
    }
    friend rational operator/(const rational& a, const rational& b) {
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
        if (a.big_ || b.big_) return a.big_ && b.big_ && *a.big_ == *b.big_;
        return a.num_ == b.num_ && a.den_ == b.den_;
    }
    friend std::strong_ordering operator<=>(const rational& a, const rational& b) {
        if (a.big_ || b.big_) return slow_compare(a, b);
        if (a.den_ == b.den_) return a.num_ <=> b.num_;
        return detail::int128(a.num_) * b.den_ <=> detail::int128(b.num_) * a.den_;
    }

    // The value rounded to `decimals` places under `mode` (negative: to tens, hundreds, …).
    [[nodiscard]] rational rounded(int decimals, rounding mode) const {
        if (big_ || decimals < 0 || decimals > 18) return rational(round_to_decimals(to_cpp_rational(), decimals, mode));
        if (den_ == 1) return *this;
        const std::int64_t scale = detail::powers_of_ten[decimals];
        return from(detail::round_quotient(detail::int128(num_) * scale, den_, mode), scale);
    }

    // The nearest integer under `mode`, if it fits 64 bits; nullopt otherwise.
    [[nodiscard]] std::optional<std::int64_t> round_to_int64(rounding mode) const {
        if (big_) {
            const cpp_int r = round_to_integer(*big_, mode);
            if (r > cpp_int(detail::small_max) || r < cpp_int(-detail::small_max)) return std::nullopt;
            return static_cast<std::int64_t>(r);
        }
        return static_cast<std::int64_t>(detail::round_quotient(num_, den_, mode));
    }

private:
    // Values that do not fit 64 bits, out of line: the fast paths stay small,
    // and GCC's inlining of Boost does not trip -Wmaybe-uninitialized.
    enum class operation { add, subtract, multiply, divide };
    [[gnu::noinline]] static rational slow(const rational& a, const rational& b, operation op) {
        const cpp_rational x = a.to_cpp_rational(), y = b.to_cpp_rational();
        switch (op) {
        case operation::add: return rational(cpp_rational(x + y));
        case operation::subtract: return rational(cpp_rational(x - y));
        case operation::multiply: return rational(cpp_rational(x * y));
        case operation::divide: return rational(cpp_rational(x / y));
        }
        return {};
    }
    [[gnu::noinline]] static std::strong_ordering slow_compare(const rational& a, const rational& b) {
        const cpp_rational x = a.to_cpp_rational(), y = b.to_cpp_rational();
        return x < y ? std::strong_ordering::less : x > y ? std::strong_ordering::greater : std::strong_ordering::equal;
    }

    [[noreturn]] static void divide_by_zero() { throw error({"除以零", "division by zero"}); }

    // n / d in lowest terms; d ≠ 0 and both well inside the 128-bit range.
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
        if (d != 1) {
            const auto g = static_cast<detail::int128>(detail::gcd(detail::magnitude(n), static_cast<detail::uint128>(d)));
            if (g > 1) {
                n /= g;
                d /= g;
            }
        }
        rational out;
        if (detail::fits_small(n) && d <= detail::small_max) {
            out.num_ = static_cast<std::int64_t>(n);
            out.den_ = static_cast<std::int64_t>(d);
        } else {
            out.big_ = std::make_shared<const cpp_rational>(detail::to_cpp_int(n), detail::to_cpp_int(d));
        }
        return out;
    }

    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
    std::shared_ptr<const cpp_rational> big_;  // set: the value, which does not fit the two integers
};

[[nodiscard]] inline rational abs(const rational& r) { return r.sign() < 0 ? -r : r; }

// The integer nearest to `value` under `mode`.
[[nodiscard]] inline cpp_int round_to_integer(const rational& value, rounding mode) {
    if (const auto small = value.round_to_int64(mode)) return cpp_int(*small);
    return round_to_integer(value.to_cpp_rational(), mode);
}

namespace detail {

// Exact decimal text of `value` rounded to `decimals` places: "66.67", "-0.50".
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

// Decimal places the shortest exact decimal of `value` needs, or nullopt when it has none
// (its denominator has a prime factor other than 2 and 5).
[[nodiscard]] inline std::optional<int> exact_decimals(const rational& value) {
    if (!value.is_small()) {
        cpp_int d = value.denominator();
        int twos = 0, fives = 0;
        while (d % 2 == 0) { d /= 2; ++twos; }
        while (d % 5 == 0) { d /= 5; ++fives; }
        if (d != 1) return std::nullopt;
        return std::max(twos, fives);
    }
    std::uint64_t d = static_cast<std::uint64_t>(value.small_denominator());
    const int twos = __builtin_ctzll(d);
    d >>= twos;
    int fives = 0;
    while (d % 5 == 0) { d /= 5; ++fives; }
    if (d != 1) return std::nullopt;
    return std::max(twos, fives);
}

}  // namespace detail

}  // namespace jixiao
