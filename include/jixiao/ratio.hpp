#pragma once
// An exact ratio (share, rate, score fraction): a rational number, never a
// binary float. "35%", "0.35" and "7/20" are the same ratio.

#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/rounding.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace jixiao {

class ratio {
public:
    ratio() = default;
    /// Whole numerator and denominator only: ratio(0.35, 1) does not compile.
    template <whole_count N, whole_count D>
    ratio(N numerator, D denominator) : value_(make(rational(numerator), rational(denominator))) {}
    explicit ratio(rational value) : value_(std::move(value)) {}
    template <std::floating_point F>
    explicit ratio(F) = delete;  // 0.35 in binary is not 7/20: parse "35%" instead

    [[nodiscard]] static ratio zero() { return ratio{}; }
    [[nodiscard]] static ratio one() { return ratio(rational(1)); }
    template <whole_count I>
    [[nodiscard]] static ratio percent(I p) { return ratio(p, 100); }

    /// "35%", "35.5%", "0.35", "7/20", full-width forms too. Throws jixiao::error.
    [[nodiscard]] static ratio parse(std::string_view text);
    /// parse() without the exception: nullopt where parse() would throw.
    [[nodiscard]] static std::optional<ratio> try_parse(std::string_view text) noexcept {
        try {
            return parse(text);
        } catch (...) {
            return std::nullopt;
        }
    }

    /// The exact value.
    [[nodiscard]] const rational& fraction() const noexcept { return value_; }
    [[nodiscard]] bool is_zero() const { return value_.is_zero(); }
    [[nodiscard]] bool is_negative() const { return value_.sign() < 0; }

    [[nodiscard]] friend ratio operator+(const ratio& a, const ratio& b) { return ratio(a.value_ + b.value_); }
    [[nodiscard]] friend ratio operator-(const ratio& a, const ratio& b) { return ratio(a.value_ - b.value_); }
    [[nodiscard]] friend ratio operator*(const ratio& a, const ratio& b) { return ratio(a.value_ * b.value_); }
    [[nodiscard]] friend ratio operator-(const ratio& a) { return ratio(-a.value_); }
    ratio& operator+=(const ratio& b) { value_ += b.value_; return *this; }
    ratio& operator-=(const ratio& b) { value_ -= b.value_; return *this; }

    friend bool operator==(const ratio& a, const ratio& b) { return a.value_ == b.value_; }
    friend std::strong_ordering operator<=>(const ratio& a, const ratio& b) { return a.value_ <=> b.value_; }

private:
    static rational make(const rational& n, const rational& d) {
        if (d.is_zero()) throw error({"比例的分母不能为零", "a ratio's denominator cannot be zero"});
        return n / d;
    }
    rational value_;
};

/// The quotient a / b; b must not be zero (callers decide what zero means).
[[nodiscard]] inline ratio divide(const ratio& a, const ratio& b) {
    if (b.is_zero()) throw error({"比例除以零", "ratio divided by zero"});
    return ratio(a.fraction() / b.fraction());
}

/// The percentage number with `decimals` places, no sign: 2/3 → "66.67"
/// (四舍五入 unless told otherwise), for JSON and spreadsheet cells.
[[nodiscard]] inline std::string format_percentage_number(const ratio& r, int decimals = 2,
                                                          rounding mode = rounding::half_away_from_zero) {
    return detail::format_fixed(r.fraction() * rational(100), decimals, mode);
}

/// A percentage for people: 2/3 → "66.67%".
[[nodiscard]] inline std::string format_percent(const ratio& r, int decimals = 2,
                                                rounding mode = rounding::half_away_from_zero) {
    return format_percentage_number(r, decimals, mode) + "%";
}

/// "7/20": the exact rational in lowest terms.
[[nodiscard]] inline std::string to_string(const ratio& r) { return to_string(r.fraction()); }

/// Prints "7/20 (35.00%)" so a failing test shows both forms.
inline std::ostream& operator<<(std::ostream& os, const ratio& r) {
    return os << to_string(r) << " (" << format_percent(r) << ")";
}

inline ratio ratio::parse(std::string_view text) {
    const auto quoted = detail::quote_for_message(text);
    const auto invalid = [&] {
        return error({quoted + " 不是比例（应为 \"35%\"、\"0.35\" 或 \"7/20\" 这样的形式）",
                      quoted + " is not a ratio (expected e.g. \"35%\", \"0.35\" or \"7/20\")"});
    };
    const auto folded = detail::fold_number_text(text);
    if (!folded || folded->empty()) throw invalid();
    std::string_view s = *folded;
    if (const auto slash = s.find('/'); slash != std::string_view::npos) {
        const auto num = detail::parse_decimal(s.substr(0, slash), false);
        const auto den = detail::parse_decimal(s.substr(slash + 1), false);
        if (!num || !den || num->decimals != 0 || den->decimals != 0 || den->negative) throw invalid();
        if (den->is_zero())
            throw error({quoted + " 的分母为零", quoted + " has a zero denominator"});
        return ratio(num->fraction() / den->fraction());
    }
    const bool percent = s.back() == '%';
    if (percent) s.remove_suffix(1);
    const auto number = detail::parse_decimal(s, false);
    if (!number) throw invalid();
    return percent ? ratio(number->fraction() / rational(100)) : ratio(number->fraction());
}

}  // namespace jixiao
