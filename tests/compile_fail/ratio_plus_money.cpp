// ratio + money is a unit error too, whichever side the ratio is on.
#include <jixiao/money.hpp>

int main() {
    const auto amount = jixiao::money::from_yuan(100);
    const auto share = jixiao::ratio(7, 20);
#ifdef JIXIAO_COMPILE_FAIL
    const auto sum = share + amount;  // expected-error
#else
    const auto sum = share * amount;
#endif
    (void)sum;
}
