// Adding a ratio to an amount is a unit error (perhaps money × ratio was meant).
#include <jixiao/money.hpp>

int main() {
    const auto amount = jixiao::money::from_yuan(100);
    const auto share = jixiao::ratio(7, 20);
#ifdef JIXIAO_COMPILE_FAIL
    const auto sum = amount + share;  // expected-error
#else
    const auto sum = amount * share;
#endif
    (void)sum;
}
