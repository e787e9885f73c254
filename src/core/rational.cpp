// The slow half of jixiao::rational: values that do not fit two 64-bit
// integers live in a Boost cpp_rational, and every operation on them is done
// here, so that no public header includes Boost.Multiprecision. Also the
// conversions of <jixiao/multiprecision.hpp>.

#include <jixiao/multiprecision.hpp>

#include <memory>
#include <utility>

namespace jixiao {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

namespace {

cpp_int wide_to_cpp_int(bool negative, detail::uint128 magnitude) {
    cpp_int out = static_cast<std::uint64_t>(magnitude >> 64);
    out <<= 64;
    out += static_cast<std::uint64_t>(magnitude);
    return negative ? cpp_int(-out) : out;
}

cpp_int power_of_ten(int exponent) {
    cpp_int scale = 1;
    for (int i = 0; i < exponent; ++i) scale *= 10;
    return scale;
}

}  // namespace

namespace detail {

cpp_rational fraction(cpp_int numerator, cpp_int denominator) {
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return cpp_rational(std::move(numerator), std::move(denominator));
}

std::string format_fixed(const cpp_rational& value, int decimals, rounding mode) {
    if (decimals < 0) return boost::multiprecision::numerator(round_to_decimals(value, decimals, mode)).str();
    const cpp_int scaled = round_to_integer(value * power_of_ten(decimals), mode);
    const bool negative = scaled < 0;
    std::string digits = (negative ? cpp_int(-scaled) : scaled).str();
    if (decimals > 0) {
        if (digits.size() <= static_cast<std::size_t>(decimals))
            digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(decimals), 1, '.');
    }
    return negative ? "-" + digits : digits;
}

std::string format_fixed_wide(const rational& value, int decimals, rounding mode) {
    return format_fixed(to_cpp_rational(value), decimals, mode);
}

std::optional<int> exact_decimals_wide(const rational& value) {
    cpp_int d = denominator(value);
    int twos = 0, fives = 0;
    while (d % 2 == 0) { d /= 2; ++twos; }
    while (d % 5 == 0) { d /= 5; ++fives; }
    if (d != 1) return std::nullopt;
    return std::max(twos, fives);
}

}  // namespace detail

cpp_int to_cpp_int(const checked_int128& n) { return wide_to_cpp_int(n.is_negative(), n.magnitude()); }

checked_int128 to_checked_int128(const cpp_int& n) {
    const cpp_int magnitude = n < 0 ? cpp_int(-n) : n;
    if (boost::multiprecision::msb(magnitude | 1) >= 128) detail::throw_money_overflow("from_fen");
    const auto high = static_cast<std::uint64_t>(magnitude >> 64);
    const auto low = static_cast<std::uint64_t>(magnitude & cpp_int(UINT64_MAX));
    return checked_int128::from_magnitude(n < 0, (detail::uint128(high) << 64) | low);
}

cpp_rational to_cpp_rational(const rational& r) {
    if (const auto* big = r.big()) return big->value;
    return cpp_rational(cpp_int(r.small_numerator()), cpp_int(r.small_denominator()));
}

rational to_rational(const cpp_rational& value) {
    const cpp_int& n = boost::multiprecision::numerator(value);
    const cpp_int& d = boost::multiprecision::denominator(value);
    static const cpp_int limit = cpp_int(detail::small_max);
    if (n <= limit && n >= -limit && d <= limit)
        return rational::fraction(static_cast<std::int64_t>(n), static_cast<std::int64_t>(d));
    return rational::from_big(std::make_shared<const detail::big_rational>(detail::big_rational{value}));
}

rational to_rational(const cpp_int& value) { return to_rational(cpp_rational(value)); }

cpp_int numerator(const rational& r) {
    if (const auto* big = r.big()) return boost::multiprecision::numerator(big->value);
    return cpp_int(r.small_numerator());
}
cpp_int denominator(const rational& r) {
    if (const auto* big = r.big()) return boost::multiprecision::denominator(big->value);
    return cpp_int(r.small_denominator());
}

cpp_int round_to_integer(const cpp_rational& value, rounding mode) {
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

cpp_int round_to_integer(const rational& value, rounding mode) {
    if (const auto small = value.round_to_int64(mode)) return cpp_int(*small);
    return round_to_integer(to_cpp_rational(value), mode);
}

cpp_rational round_to_decimals(const cpp_rational& value, int decimals, rounding mode) {
    const cpp_int scale = power_of_ten(decimals < 0 ? -decimals : decimals);
    if (decimals < 0) return cpp_rational(round_to_integer(value / scale, mode) * scale);
    return cpp_rational(round_to_integer(value * scale, mode), scale);
}

rational rational::from_big(std::shared_ptr<const detail::big_rational> value) {
    rational out;
    out.big_ = std::move(value);
    return out;
}

rational rational::from_wide(bool negative, detail::uint128 n, detail::uint128 d) {
    if (d == 0) divide_by_zero();
    if (d != 1 && n != 0) {
        const detail::uint128 g = detail::gcd(n, d);
        if (g > 1) {
            n /= g;
            d /= g;
        }
    }
    if (n == 0) d = 1;
    const auto limit = static_cast<detail::uint128>(detail::small_max);
    if (n <= limit && d <= limit) {
        rational out;
        out.num_ = negative ? -static_cast<std::int64_t>(n) : static_cast<std::int64_t>(n);
        out.den_ = static_cast<std::int64_t>(d);
        return out;
    }
    return to_rational(cpp_rational(wide_to_cpp_int(negative, n), wide_to_cpp_int(false, d)));
}

rational rational::slow(const rational& a, const rational& b, operation op) {
    const cpp_rational x = to_cpp_rational(a), y = to_cpp_rational(b);
    switch (op) {
    case operation::add: return to_rational(cpp_rational(x + y));
    case operation::subtract: return to_rational(cpp_rational(x - y));
    case operation::multiply: return to_rational(cpp_rational(x * y));
    case operation::divide: return to_rational(cpp_rational(x / y));
    case operation::negate: return to_rational(cpp_rational(-x));
    }
    return {};
}

std::strong_ordering rational::slow_compare(const rational& a, const rational& b) {
    const cpp_rational x = to_cpp_rational(a), y = to_cpp_rational(b);
    return x < y ? std::strong_ordering::less : x > y ? std::strong_ordering::greater : std::strong_ordering::equal;
}

int rational::big_sign() const { return big_->value.sign(); }
bool rational::big_is_integer() const { return boost::multiprecision::denominator(big_->value) == 1; }

rational rational::slow_rounded(int decimals, rounding mode) const {
    return to_rational(round_to_decimals(to_cpp_rational(*this), decimals, mode));
}

std::optional<std::int64_t> rational::slow_round_to_int64(rounding mode) const {
    const cpp_int r = round_to_integer(to_cpp_rational(*this), mode);
    if (r > cpp_int(detail::small_max) || r < cpp_int(-detail::small_max)) return std::nullopt;
    return static_cast<std::int64_t>(r);
}

checked_int128 rational::slow_round_to_checked(rounding mode) const {
    return to_checked_int128(round_to_integer(to_cpp_rational(*this), mode));
}

std::string to_string(const rational& r) {
    if (r.is_small())
        return r.small_denominator() == 1 ? std::to_string(r.small_numerator())
                                          : std::to_string(r.small_numerator()) + "/" + std::to_string(r.small_denominator());
    const cpp_int d = denominator(r);
    return d == 1 ? numerator(r).str() : numerator(r).str() + "/" + d.str();
}

}  // namespace jixiao
