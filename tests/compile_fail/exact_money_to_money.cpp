// An exact share of an amount (money × ratio) becomes money only through
// round() with a named mode; assigning it to money must not compile.
#include <jixiao/money.hpp>

int main() {
    const auto total = jixiao::money::from_yuan(1);
    const auto third = total * jixiao::ratio(1, 3);
    jixiao::money share;
#ifdef JIXIAO_COMPILE_FAIL
    share = third;  // expected-error
#else
    share = third.round(jixiao::rounding::half_away_from_zero);
#endif
    (void)share;
}
