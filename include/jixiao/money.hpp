#pragma once
// Money: an exact count of fen (0.01 yuan) in a checked 128-bit integer.
// Overflow throws jixiao::overflow_error, never wraps. Money adds to money;
// it multiplies by whole numbers exactly, and by ratios or divisions only into
// an exact_money that must be rounded with a named mode to become money again.
// money × money, money + ratio and the like do not compile.

#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/rounding.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <concepts>
#include <limits>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao {

using fen_count = boost::multiprecision::checked_int128_t;

namespace detail {

[[noreturn]] inline void throw_money_overflow(std::string_view operation) {
    throw overflow_error({"金额运算溢出（" + std::string(operation) + "）：超出可表示的范围（绝对值最多约 3.4×10^36 元）",
                          "amount overflow in " + std::string(operation) +
                              ": beyond the representable range (about ±3.4e36 yuan)"});
}

template <class F>
auto checked(std::string_view operation, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const std::overflow_error&) {
        throw_money_overflow(operation);
    } catch (const std::range_error&) {
        throw_money_overflow(operation);
    }
}

// The largest amount money holds, (2^128 − 1) fen: checked_int128_t keeps a
// sign and 128 bits of magnitude.
inline constexpr std::string_view largest_amount_text = "3402823669209384634633746074317682114.55";

inline fen_count to_fen_count(const cpp_int& value, std::string_view operation) {
    static const cpp_int max = cpp_int((std::numeric_limits<fen_count>::max)());
    static const cpp_int min = cpp_int((std::numeric_limits<fen_count>::min)());
    if (value > max || value < min) throw_money_overflow(operation);
    return fen_count(value);
}

}  // namespace detail

class exact_money;

class money {
public:
    money() = default;

    template <whole_count I>
    [[nodiscard]] static money from_fen(I fen) { return money(fen_count(fen)); }
    [[nodiscard]] static money from_fen(fen_count fen) { return money(std::move(fen)); }
    [[nodiscard]] static money from_fen(const cpp_int& fen) {
        return money(detail::to_fen_count(fen, "from_fen"));
    }
    template <whole_count I>
    [[nodiscard]] static money from_yuan(I yuan) {
        return detail::checked("from_yuan", [&] { return money(fen_count(yuan) * 100); });
    }
    // Every input form: "108200", "108,200.50", "10.82万",
    // "10.82万元", "108200元", "-3.5", full-width digits and "，". Finer than a
    // fen, two units, stray characters or out of range: jixiao::error.
    [[nodiscard]] static money parse(std::string_view text);

    [[nodiscard]] const fen_count& fen() const noexcept { return fen_; }
    [[nodiscard]] bool is_zero() const { return fen_ == 0; }
    [[nodiscard]] bool is_negative() const { return fen_ < 0; }
    [[nodiscard]] bool is_positive() const { return fen_ > 0; }

    friend money operator+(const money& a, const money& b) {
        return detail::checked("+", [&] { return money(a.fen_ + b.fen_); });
    }
    friend money operator-(const money& a, const money& b) {
        return detail::checked("-", [&] { return money(a.fen_ - b.fen_); });
    }
    friend money operator-(const money& a) {
        return detail::checked("-", [&] { return money(-a.fen_); });
    }
    money& operator+=(const money& b) { return *this = *this + b; }
    money& operator-=(const money& b) { return *this = *this - b; }

    // Whole-number multiples are exact: headcount × standard.
    template <whole_count I>
    friend money operator*(const money& a, I n) {
        return detail::checked("×", [&] { return money(a.fen_ * fen_count(n)); });
    }
    template <whole_count I>
    friend money operator*(I n, const money& a) { return a * n; }

    friend bool operator==(const money& a, const money& b) { return a.fen_ == b.fen_; }
    friend std::strong_ordering operator<=>(const money& a, const money& b) {
        return a.fen_ < b.fen_ ? std::strong_ordering::less
             : a.fen_ > b.fen_ ? std::strong_ordering::greater
                               : std::strong_ordering::equal;
    }

    // Deleted so that the mistake reads as one in the compiler's message.
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
    explicit money(fen_count fen) : fen_(std::move(fen)) {}
    fen_count fen_{0};
};

namespace detail {
// An amount's fen as an exact rational, without big-number arithmetic when it fits 64 bits.
[[nodiscard]] inline rational fen_fraction(const money& m) {
    const fen_count& fen = m.fen();
    if (fen <= small_max && fen >= -small_max) return rational(fen.convert_to<std::int64_t>());
    return rational(cpp_int(fen));
}
}  // namespace detail

// An exact, not yet rounded amount in fen: money × ratio, money ÷ n. It has no
// way back to money but round(mode).
class exact_money {
public:
    explicit exact_money(const cpp_rational& fen) : fen_(fen) {}
    explicit exact_money(rational fen) : fen_(std::move(fen)) {}
    template <std::floating_point F>
    explicit exact_money(F) = delete;  // no binary float ever becomes an amount
    explicit exact_money(const money& m) : fen_(detail::fen_fraction(m)) {}

    // The exact fen as a Boost rational (a copy); fen_fraction() is the same without the conversion.
    [[nodiscard]] cpp_rational fen() const { return fen_.to_cpp_rational(); }
    [[nodiscard]] const rational& fen_fraction() const noexcept { return fen_; }
    [[nodiscard]] money round(rounding mode) const {
        if (const auto fen = fen_.round_to_int64(mode)) return money::from_fen(*fen);
        return money::from_fen(round_to_integer(fen_, mode));
    }
    // Exact when it is a whole number of fen.
    [[nodiscard]] std::optional<money> exact() const {
        if (!fen_.is_integer()) return std::nullopt;
        if (fen_.is_small()) return money::from_fen(fen_.small_numerator());
        return money::from_fen(fen_.numerator());
    }

    friend exact_money operator+(const exact_money& a, const exact_money& b) { return exact_money(a.fen_ + b.fen_); }
    friend exact_money operator-(const exact_money& a, const exact_money& b) { return exact_money(a.fen_ - b.fen_); }
    friend bool operator==(const exact_money& a, const exact_money& b) { return a.fen_ == b.fen_; }
    friend std::strong_ordering operator<=>(const exact_money& a, const exact_money& b) { return a.fen_ <=> b.fen_; }

private:
    rational fen_;
};

[[nodiscard]] inline exact_money operator*(const money& m, const ratio& r) {
    return exact_money(detail::fen_fraction(m) * r.fraction());
}
[[nodiscard]] inline exact_money operator*(const ratio& r, const money& m) { return m * r; }
[[nodiscard]] inline exact_money operator*(const exact_money& m, const ratio& r) { return exact_money(m.fen_fraction() * r.fraction()); }

template <whole_count I>
[[nodiscard]] exact_money operator/(const money& m, I n) {
    if (n == 0) throw error({"金额除以零", "amount divided by zero"});
    return exact_money(detail::fen_fraction(m) / rational(n));
}

// part / whole as an exact ratio; nullopt when whole is zero (no rate, never a division error).
[[nodiscard]] inline std::optional<ratio> ratio_of(const money& part, const money& whole) {
    if (whole.is_zero()) return std::nullopt;
    return ratio(detail::fen_fraction(part) / detail::fen_fraction(whole));
}

// Canonical form: yuan with exactly two decimals, no separators: "108200.00".
[[nodiscard]] inline std::string to_string(const money& m) {
    const fen_count& fen = m.fen();
    if (fen <= detail::small_max && fen >= -detail::small_max) {
        const auto n = fen.convert_to<std::int64_t>();
        const auto magnitude = static_cast<std::uint64_t>(n < 0 ? -n : n);
        char buffer[32];
        char* const end = buffer + sizeof buffer;
        char* p = end;
        const std::uint64_t cents = magnitude % 100;
        *--p = static_cast<char>('0' + cents % 10);
        *--p = static_cast<char>('0' + cents / 10);
        *--p = '.';
        std::uint64_t yuan = magnitude / 100;
        do {
            *--p = static_cast<char>('0' + yuan % 10);
            yuan /= 10;
        } while (yuan != 0);
        if (n < 0) *--p = '-';
        return std::string(p, end);
    }
    return detail::format_fixed(cpp_rational(cpp_int(fen), 100), 2, rounding::toward_zero);
}

struct yuan_format {
    bool thousands = false;  // "108,200.00"
};
[[nodiscard]] inline std::string format_yuan(const money& m, yuan_format options = {}) {
    const std::string plain = to_string(m);
    return options.thousands ? detail::group_thousands(plain) : plain;
}

// 万元, exact: at least two decimals, more only when the amount needs them
// (108200 → "10.82", 108250 → "10.825"). Never drops a digit.
[[nodiscard]] inline std::string format_wan(const money& m) {
    return *detail::format_exact(detail::fen_fraction(m) / rational(1'000'000), 2, 6);
}
// 万元 with an explicit precision; digits beyond it are dropped by `mode`.
[[nodiscard]] inline std::string format_wan(const money& m, int decimals, rounding mode) {
    return detail::format_fixed(detail::fen_fraction(m) / rational(1'000'000), decimals, mode);
}

// Prints "108200.00元 (10.82万元)", so a failing test shows both forms.
inline std::ostream& operator<<(std::ostream& os, const money& m) {
    return os << to_string(m) << "元 (" << format_wan(m) << "万元)";
}
// A whole number of fen prints like money; otherwise the exact fraction of a
// fen and, beside it, the amount 四舍五入 to the fen: "100/3分 (≈0.33元)".
inline std::ostream& operator<<(std::ostream& os, const exact_money& m) {
    if (auto whole = m.exact()) return os << *whole;
    return os << boost::multiprecision::numerator(m.fen()) << "/" << boost::multiprecision::denominator(m.fen())
              << "分 (≈" << to_string(m.round(rounding::half_away_from_zero)) << "元)";
}

inline money money::parse(std::string_view text) {
    const std::string quoted = detail::quote_for_message(text);
    const auto not_an_amount = [&](const std::string& zh_detail = {}, const std::string& en_detail = {}) {
        return error({quoted + " 不是金额" + zh_detail + "（应为 \"108200.00\" 或 \"10.82万\" 这样的形式）",
                      quoted + " is not an amount" + en_detail + " (expected e.g. \"108200.00\" or \"10.82万\")"});
    };
    const auto folded = detail::fold_number_text(text);
    if (!folded) throw not_an_amount("：不是有效的 UTF-8", ": not valid UTF-8");
    if (folded->empty()) throw not_an_amount("：内容为空", ": the text is empty");
    std::string_view s = *folded;

    // Unit suffix: 元, 万 or 万元; a second unit is an error, not a guess.
    constexpr std::string_view yuan_sign = "元", wan_sign = "万";
    int scale_digits = 2;  // decimal places of the unit that are still whole fen
    const auto ends_with = [&](std::string_view suffix) {
        return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
    };
    if (ends_with(yuan_sign)) s.remove_suffix(yuan_sign.size());
    if (ends_with(wan_sign)) { s.remove_suffix(wan_sign.size()); scale_digits = 6; }
    if (ends_with(yuan_sign) || ends_with(wan_sign))
        throw error({quoted + " 带有两个单位（应只写一个：元、万 或 万元）",
                     quoted + " has two units (expected one of 元, 万 or 万元)"});

    // Optional sign, then an optional currency sign ¥/￥.
    std::string number;
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) { number += s[0]; i = 1; }
    for (std::string_view currency : {std::string_view("¥"), std::string_view("￥")})
        if (s.substr(i).starts_with(currency)) { i += currency.size(); break; }
    number += s.substr(i);

    const auto decimal = detail::parse_decimal(number, true);
    if (!decimal) throw not_an_amount();
    if (decimal->decimals > scale_digits) {
        throw error({quoted + " 精确到了分以下（元最多两位小数，万元最多六位）；金额从不暗中四舍五入",
                     quoted + " is finer than one fen (at most 2 decimals in 元, 6 in 万元); "
                              "amounts are never rounded silently"});
    }
    cpp_int fen = decimal->digits;
    for (int d = decimal->decimals; d < scale_digits; ++d) fen *= 10;
    if (decimal->negative) fen = -fen;
    try {
        return money::from_fen(fen);
    } catch (const overflow_error&) {
        throw error({quoted + " 超出可表示的金额范围（绝对值应不超过 " + std::string(detail::largest_amount_text) + " 元）",
                     quoted + " is out of range (expected at most " + std::string(detail::largest_amount_text) +
                         " yuan in absolute value)"});
    }
}

}  // namespace jixiao
