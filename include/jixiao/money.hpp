#pragma once
// Money: an exact count of fen (0.01 yuan) in a checked 128-bit integer.
// Overflow throws jixiao::overflow_error, never wraps. Money adds to money;
// it multiplies by whole numbers exactly, and by ratios or divisions only into
// an exact_money that must be rounded with a named mode to become money again.
// money × money, money + ratio and the like do not compile.

#include <jixiao/checked_int128.hpp>
#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/rounding.hpp>

#include <compare>
#include <concepts>
#include <limits>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao {

/// A count of fen: a checked 128-bit integer (±(2^128 − 1) fen).
using fen_count = checked_int128;

namespace detail {
/// The largest amount money holds, (2^128 − 1) fen.
inline constexpr std::string_view largest_amount_text = "3402823669209384634633746074317682114.55";
}  // namespace detail

class exact_money;

class money {
public:
    money() = default;

    template <whole_count I>
    [[nodiscard]] static money from_fen(I fen) { return money(fen_count(fen)); }
    [[nodiscard]] static money from_fen(fen_count fen) { return money(fen); }
    template <whole_count I>
    [[nodiscard]] static money from_yuan(I yuan) { return money(fen_count(yuan) * fen_count(100)); }
    /// Every input form an amount may take: "108200", "108,200.50", "10.82万",
    /// "10.82万元", "108200元", "-3.5", full-width digits and "，". Finer than a
    /// fen, two units, stray characters or out of range: jixiao::error.
    [[nodiscard]] static money parse(std::string_view text);
    /// parse() without the exception, for bulk import: nullopt where parse() would throw.
    [[nodiscard]] static std::optional<money> try_parse(std::string_view text) noexcept;

    [[nodiscard]] const fen_count& fen() const noexcept { return fen_; }
    [[nodiscard]] bool is_zero() const noexcept { return fen_.is_zero(); }
    [[nodiscard]] bool is_negative() const noexcept { return fen_.sign() < 0; }
    [[nodiscard]] bool is_positive() const noexcept { return fen_.sign() > 0; }

    [[nodiscard]] friend money operator+(const money& a, const money& b) { return money(a.fen_ + b.fen_); }
    [[nodiscard]] friend money operator-(const money& a, const money& b) { return money(a.fen_ - b.fen_); }
    [[nodiscard]] friend money operator-(const money& a) { return money(-a.fen_); }
    money& operator+=(const money& b) { return *this = *this + b; }
    money& operator-=(const money& b) { return *this = *this - b; }

    /// Whole-number multiples are exact: headcount × standard.
    template <whole_count I>
    [[nodiscard]] friend money operator*(const money& a, I n) { return money(a.fen_ * fen_count(n)); }
    template <whole_count I>
    [[nodiscard]] friend money operator*(I n, const money& a) { return a * n; }

    friend bool operator==(const money& a, const money& b) noexcept { return a.fen_ == b.fen_; }
    friend std::strong_ordering operator<=>(const money& a, const money& b) noexcept { return a.fen_ <=> b.fen_; }

    /// Deleted so that the mistake reads as one in the compiler's message.
    friend void operator*(const money&, const money&) = delete;
    friend void operator/(const money&, const money&) = delete;
    friend void operator+(const money&, const ratio&) = delete;
    friend void operator+(const ratio&, const money&) = delete;
    friend void operator-(const money&, const ratio&) = delete;
    friend void operator-(const ratio&, const money&) = delete;
    template <std::integral I>
    friend void operator+(const money&, I) = delete;
    template <std::integral I>
    friend void operator+(I, const money&) = delete;

private:
    explicit money(fen_count fen) noexcept : fen_(fen) {}
    fen_count fen_;
};

namespace detail {
/// An amount's fen as an exact rational, without big-number arithmetic when it fits 64 bits.
[[nodiscard]] inline rational fen_fraction(const money& m) {
    if (const auto small = m.fen().to_int64()) return rational(*small);
    return rational(m.fen());
}
}  // namespace detail

/// An exact, not yet rounded amount in fen: money × ratio, money ÷ n. It has no
/// way back to money but round(mode).
class exact_money {
public:
    explicit exact_money(rational fen) : fen_(std::move(fen)) {}
    template <std::floating_point F>
    explicit exact_money(F) = delete;  // no binary float ever becomes an amount
    explicit exact_money(const money& m) : fen_(detail::fen_fraction(m)) {}

    /// The exact number of fen, a fraction.
    [[nodiscard]] const rational& fen() const noexcept { return fen_; }
    /// To the fen under `mode`: the only way back to money.
    [[nodiscard]] money round(rounding mode) const { return money::from_fen(fen_.round_to_checked(mode)); }
    /// Exact when it is a whole number of fen.
    [[nodiscard]] std::optional<money> exact() const {
        if (!fen_.is_integer()) return std::nullopt;
        return money::from_fen(fen_.round_to_checked(rounding::toward_zero));
    }

    [[nodiscard]] friend exact_money operator+(const exact_money& a, const exact_money& b) { return exact_money(a.fen_ + b.fen_); }
    [[nodiscard]] friend exact_money operator-(const exact_money& a, const exact_money& b) { return exact_money(a.fen_ - b.fen_); }
    friend bool operator==(const exact_money& a, const exact_money& b) { return a.fen_ == b.fen_; }
    friend std::strong_ordering operator<=>(const exact_money& a, const exact_money& b) { return a.fen_ <=> b.fen_; }

private:
    rational fen_;
};

[[nodiscard]] inline exact_money operator*(const money& m, const ratio& r) {
    return exact_money(detail::fen_fraction(m) * r.fraction());
}
[[nodiscard]] inline exact_money operator*(const ratio& r, const money& m) { return m * r; }
[[nodiscard]] inline exact_money operator*(const exact_money& m, const ratio& r) { return exact_money(m.fen() * r.fraction()); }

template <whole_count I>
[[nodiscard]] exact_money operator/(const money& m, I n) {
    if (n == 0) throw error({"金额除以零", "amount divided by zero"});
    return exact_money(detail::fen_fraction(m) / rational(n));
}

/// part / whole as an exact ratio; nullopt when whole is zero (no rate, never a division error).
[[nodiscard]] inline std::optional<ratio> ratio_of(const money& part, const money& whole) {
    if (whole.is_zero()) return std::nullopt;
    return ratio(detail::fen_fraction(part) / detail::fen_fraction(whole));
}

/// Canonical form: yuan with exactly two decimals, no separators: "108200.00".
[[nodiscard]] inline std::string to_string(const money& m) {
    std::string digits = detail::magnitude_digits(m.fen().magnitude());
    if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
    digits.insert(digits.size() - 2, 1, '.');
    return m.is_negative() ? "-" + digits : digits;
}

struct yuan_format {
    bool thousands = false;  // "108,200.00"
};
[[nodiscard]] inline std::string format_yuan(const money& m, yuan_format options = {}) {
    const std::string plain = to_string(m);
    return options.thousands ? detail::group_thousands(plain) : plain;
}

/// 万元, exact: at least two decimals, more only when the amount needs them
/// (108200 → "10.82", 108250 → "10.825"). Never drops a digit.
[[nodiscard]] inline std::string format_wan(const money& m) {
    return *detail::format_exact(detail::fen_fraction(m) / rational(1'000'000), 2, 6);
}
/// 万元 with an explicit precision; digits beyond it are dropped by `mode`.
[[nodiscard]] inline std::string format_wan(const money& m, int decimals, rounding mode) {
    return detail::format_fixed(detail::fen_fraction(m) / rational(1'000'000), decimals, mode);
}

/// Prints "108200.00元 (10.82万元)", so a failing test shows both forms.
inline std::ostream& operator<<(std::ostream& os, const money& m) {
    return os << to_string(m) << "元 (" << format_wan(m) << "万元)";
}
/// A whole number of fen prints like money; otherwise the exact fraction of a
/// fen and, beside it, the amount 四舍五入 to the fen: "100/3分 (≈0.33元)".
inline std::ostream& operator<<(std::ostream& os, const exact_money& m) {
    if (auto whole = m.exact()) return os << *whole;
    return os << to_string(m.fen()) << "分 (≈" << to_string(m.round(rounding::half_away_from_zero)) << "元)";
}

}  // namespace jixiao
