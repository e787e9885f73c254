#pragma once
// Exact decimal quantities that are not money: indicator targets and actuals
// (in the indicator's unit) and points (weights and scores). Each is its own
// type so that points never add to a headcount or to yuan.

#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao {

template <class Tag>
class exact_decimal {
public:
    exact_decimal() = default;
    explicit exact_decimal(rational value) : value_(std::move(value)) {}
    template <std::floating_point F>
    explicit exact_decimal(F) = delete;  // a binary float is not an exact decimal
    /// Whole numbers only: points(0.5) does not compile (write points::parse("0.5")).
    template <whole_count I>
    explicit exact_decimal(I whole) : value_(whole) {}

    /// "7109", "95.5", "-3", "１００", "1/3". Throws jixiao::error naming Tag's expectation.
    [[nodiscard]] static exact_decimal parse(std::string_view text) {
        const std::string quoted = detail::quote_for_message(text);
        const auto invalid = [&] {
            return error({quoted + " 不是" + Tag::name_zh + "（应为 \"" + Tag::example + "\" 这样的数）",
                          quoted + " is not " + Tag::name_en + " (expected a number such as \"" + Tag::example + "\")"});
        };
        const auto folded = detail::fold_number_text(text);
        if (!folded || folded->empty()) throw invalid();
        const std::string_view s = *folded;
        if (const auto slash = s.find('/'); slash != std::string_view::npos) {
            const auto num = detail::parse_decimal(s.substr(0, slash), false);
            const auto den = detail::parse_decimal(s.substr(slash + 1), false);
            if (!num || !den || num->decimals != 0 || den->decimals != 0 || den->negative || den->is_zero())
                throw invalid();
            return exact_decimal(num->fraction() / den->fraction());
        }
        const auto number = detail::parse_decimal(s, false);
        if (!number) throw invalid();
        return exact_decimal(number->fraction());
    }

    /// parse() without the exception: nullopt where parse() would throw.
    [[nodiscard]] static std::optional<exact_decimal> try_parse(std::string_view text) noexcept {
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
    [[nodiscard]] bool is_positive() const { return value_.sign() > 0; }

    [[nodiscard]] friend exact_decimal operator+(const exact_decimal& a, const exact_decimal& b) { return exact_decimal(a.value_ + b.value_); }
    [[nodiscard]] friend exact_decimal operator-(const exact_decimal& a, const exact_decimal& b) { return exact_decimal(a.value_ - b.value_); }
    [[nodiscard]] friend exact_decimal operator-(const exact_decimal& a) { return exact_decimal(-a.value_); }
    exact_decimal& operator+=(const exact_decimal& b) { value_ += b.value_; return *this; }
    exact_decimal& operator-=(const exact_decimal& b) { value_ -= b.value_; return *this; }
    [[nodiscard]] friend exact_decimal operator*(const exact_decimal& a, const ratio& r) { return exact_decimal(a.value_ * r.fraction()); }
    [[nodiscard]] friend exact_decimal operator*(const ratio& r, const exact_decimal& a) { return a * r; }

    /// Rounded once, at a named point, with a named mode.
    [[nodiscard]] exact_decimal round(int decimals, rounding mode) const {
        return exact_decimal(value_.rounded(decimals, mode));
    }

    friend bool operator==(const exact_decimal& a, const exact_decimal& b) { return a.value_ == b.value_; }
    friend std::strong_ordering operator<=>(const exact_decimal& a, const exact_decimal& b) { return a.value_ <=> b.value_; }

private:
    rational value_;
};

/// a / b as an exact ratio; nullopt when b is zero.
template <class Tag>
[[nodiscard]] std::optional<ratio> ratio_of(const exact_decimal<Tag>& a, const exact_decimal<Tag>& b) {
    if (b.is_zero()) return std::nullopt;
    return ratio(a.fraction() / b.fraction());
}

/// Shortest exact decimal ("7109", "95.5"); a value with no finite decimal
/// expansion prints as a fraction ("1/3").
template <class Tag>
[[nodiscard]] std::string to_string(const exact_decimal<Tag>& q) {
    if (auto text = detail::format_exact(q.fraction(), 0, 30)) return *text;
    return to_string(ratio(q.fraction()));
}

/// Fixed decimals, rounded by `mode`: scores print as "66.67".
template <class Tag>
[[nodiscard]] std::string format_fixed(const exact_decimal<Tag>& q, int decimals,
                                       rounding mode = rounding::half_away_from_zero) {
    return detail::format_fixed(q.fraction(), decimals, mode);
}

template <class Tag>
std::ostream& operator<<(std::ostream& os, const exact_decimal<Tag>& q) {
    return os << to_string(q) << Tag::suffix;
}

struct points_tag {
    static constexpr const char* name_zh = "分值";
    static constexpr const char* name_en = "a number of points";
    static constexpr const char* example = "30";
    static constexpr const char* suffix = "分";
};
struct quantity_tag {
    static constexpr const char* name_zh = "数值";
    static constexpr const char* name_en = "a number";
    static constexpr const char* example = "7109";
    static constexpr const char* suffix = "";
};

using points = exact_decimal<points_tag>;      // 分值 / 得分
using quantity = exact_decimal<quantity_tag>;  // 年度指标值 / 实际完成值, in the indicator's unit

}  // namespace jixiao
