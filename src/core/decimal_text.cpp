// The exact value of a decimal text too long for the 64-bit fast path.

#include <jixiao/detail/text.hpp>
#include <jixiao/multiprecision.hpp>

namespace jixiao::detail {

rational decimal_fraction_wide(const decimal_text& d) {
    using boost::multiprecision::cpp_int;
    using boost::multiprecision::cpp_rational;
    cpp_int digits = 0;
    for (const char c : d.digits) digits = digits * 10 + (c - '0');
    cpp_int scale = 1;
    for (int i = 0; i < d.decimals; ++i) scale *= 10;
    const cpp_rational v(digits, scale);
    return to_rational(d.negative ? cpp_rational(-v) : v);
}

}  // namespace jixiao::detail
