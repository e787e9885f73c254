#pragma once
// A checked 128-bit integer: a sign and a 128-bit magnitude, so it holds
// ±(2^128 − 1) — the range of Boost's checked_int128_t, without Boost in the
// include path. Every operation that would leave the range throws
// jixiao::overflow_error; nothing ever wraps. Money keeps its fen in one.
//
// Overflow is detected with the compiler's overflow builtins where they exist
// and by comparison with the operands otherwise; both give the same answer.

#include <jixiao/error.hpp>
#include <jixiao/rounding.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao {

namespace detail {

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

inline constexpr uint128 uint128_max = ~uint128(0);

// Throws overflow_error for an amount operation (out of line: the message is long).
[[noreturn]] void throw_money_overflow(std::string_view operation);

[[nodiscard]] constexpr bool add_overflows(uint128 a, uint128 b, uint128& sum) noexcept {
#if defined(__has_builtin)
#if __has_builtin(__builtin_add_overflow)
    return __builtin_add_overflow(a, b, &sum);
#endif
#endif
    sum = a + b;
    return sum < a;
}
[[nodiscard]] constexpr bool mul_overflows(uint128 a, uint128 b, uint128& product) noexcept {
#if defined(__has_builtin)
#if __has_builtin(__builtin_mul_overflow)
    return __builtin_mul_overflow(a, b, &product);
#endif
#endif
    product = a * b;
    return a != 0 && product / a != b;
}

/// Decimal digits of a magnitude: "1234".
[[nodiscard]] inline std::string magnitude_digits(uint128 m) {
    char buffer[40];
    char* const end = buffer + sizeof buffer;
    char* p = end;
    do {
        *--p = static_cast<char>('0' + static_cast<int>(m % 10));
        m /= 10;
    } while (m != 0);
    return std::string(p, end);
}

}  // namespace detail

class checked_int128 {
public:
    constexpr checked_int128() noexcept = default;
    template <whole_count I>
    constexpr checked_int128(I n) noexcept  // NOLINT: every whole number up to 64 bits fits
        : magnitude_(n < 0 ? detail::uint128(0) - static_cast<detail::uint128>(static_cast<detail::int128>(n))
                           : static_cast<detail::uint128>(n)),
          negative_(n < 0) {}

    /// −magnitude or +magnitude; zero is never negative.
    [[nodiscard]] static constexpr checked_int128 from_magnitude(bool negative, detail::uint128 magnitude) noexcept {
        checked_int128 out;
        out.magnitude_ = magnitude;
        out.negative_ = negative && magnitude != 0;
        return out;
    }
    /// "−123" style decimal text (ASCII digits, optional leading '-'); nullopt when it
    /// is not one or is out of range.
    [[nodiscard]] static std::optional<checked_int128> from_digits(bool negative, std::string_view digits) noexcept {
        if (digits.empty()) return std::nullopt;
        detail::uint128 m = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9') return std::nullopt;
            if (detail::mul_overflows(m, 10, m) || detail::add_overflows(m, static_cast<detail::uint128>(c - '0'), m))
                return std::nullopt;
        }
        return from_magnitude(negative, m);
    }

    [[nodiscard]] constexpr bool is_negative() const noexcept { return negative_; }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return magnitude_ == 0; }
    [[nodiscard]] constexpr int sign() const noexcept { return magnitude_ == 0 ? 0 : negative_ ? -1 : 1; }
    [[nodiscard]] constexpr detail::uint128 magnitude() const noexcept { return magnitude_; }
    /// The value as a 64-bit integer when it fits (INT64_MIN left out, so negation is safe).
    [[nodiscard]] constexpr std::optional<std::int64_t> to_int64() const noexcept {
        if (magnitude_ > static_cast<detail::uint128>(INT64_MAX)) return std::nullopt;
        const auto m = static_cast<std::int64_t>(magnitude_);
        return negative_ ? -m : m;
    }

    [[nodiscard]] friend checked_int128 operator+(const checked_int128& a, const checked_int128& b) {
        return add(a, b, "+");
    }
    [[nodiscard]] friend checked_int128 operator-(const checked_int128& a, const checked_int128& b) {
        return add(a, -b, "-");
    }
    [[nodiscard]] friend constexpr checked_int128 operator-(const checked_int128& a) noexcept {
        return from_magnitude(!a.negative_, a.magnitude_);
    }
    [[nodiscard]] friend checked_int128 operator*(const checked_int128& a, const checked_int128& b) {
        detail::uint128 product = 0;
        if (detail::mul_overflows(a.magnitude_, b.magnitude_, product)) detail::throw_money_overflow("×");
        return from_magnitude(a.negative_ != b.negative_, product);
    }
    // Quotient and remainder truncate toward zero, like C++'s built-in integers.
    [[nodiscard]] friend checked_int128 operator/(const checked_int128& a, const checked_int128& b) {
        if (b.is_zero()) throw error({"整数除以零", "integer division by zero"});
        return from_magnitude(a.negative_ != b.negative_, a.magnitude_ / b.magnitude_);
    }
    [[nodiscard]] friend checked_int128 operator%(const checked_int128& a, const checked_int128& b) {
        if (b.is_zero()) throw error({"整数除以零", "integer division by zero"});
        return from_magnitude(a.negative_, a.magnitude_ % b.magnitude_);
    }
    checked_int128& operator+=(const checked_int128& b) { return *this = *this + b; }
    checked_int128& operator-=(const checked_int128& b) { return *this = *this - b; }
    checked_int128& operator*=(const checked_int128& b) { return *this = *this * b; }

    friend constexpr bool operator==(const checked_int128&, const checked_int128&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const checked_int128& a, const checked_int128& b) noexcept {
        if (a.sign() != b.sign()) return a.sign() <=> b.sign();
        return a.negative_ ? b.magnitude_ <=> a.magnitude_ : a.magnitude_ <=> b.magnitude_;
    }

    [[nodiscard]] std::string to_string() const {
        return negative_ ? "-" + detail::magnitude_digits(magnitude_) : detail::magnitude_digits(magnitude_);
    }

private:
    static checked_int128 add(const checked_int128& a, const checked_int128& b, std::string_view operation) {
        if (a.negative_ == b.negative_) {
            detail::uint128 sum = 0;
            if (detail::add_overflows(a.magnitude_, b.magnitude_, sum)) detail::throw_money_overflow(operation);
            return from_magnitude(a.negative_, sum);
        }
        // Opposite signs: the larger magnitude keeps its sign; this never overflows.
        if (a.magnitude_ >= b.magnitude_) return from_magnitude(a.negative_, a.magnitude_ - b.magnitude_);
        return from_magnitude(b.negative_, b.magnitude_ - a.magnitude_);
    }

    detail::uint128 magnitude_ = 0;
    bool negative_ = false;
};

[[nodiscard]] inline std::string to_string(const checked_int128& n) { return n.to_string(); }
inline std::ostream& operator<<(std::ostream& os, const checked_int128& n) { return os << n.to_string(); }

}  // namespace jixiao

// The range, as for the built-in integers (an unspecialised numeric_limits would say 0).
template <>
class std::numeric_limits<jixiao::checked_int128> {
public:
    static constexpr bool is_specialized = true;
    static constexpr bool is_signed = true;
    static constexpr bool is_integer = true;
    static constexpr bool is_exact = true;
    static constexpr bool is_bounded = true;
    static constexpr bool is_modulo = false;  // it throws, it never wraps
    static constexpr int digits = 128;
    static constexpr int digits10 = 38;
    static constexpr int radix = 2;
    [[nodiscard]] static constexpr jixiao::checked_int128 max() noexcept {
        return jixiao::checked_int128::from_magnitude(false, jixiao::detail::uint128_max);
    }
    [[nodiscard]] static constexpr jixiao::checked_int128 min() noexcept {
        return jixiao::checked_int128::from_magnitude(true, jixiao::detail::uint128_max);
    }
    [[nodiscard]] static constexpr jixiao::checked_int128 lowest() noexcept { return min(); }
};
