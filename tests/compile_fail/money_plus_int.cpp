// money + 5: five what — yuan, fen, 万元? A bare number never becomes an amount.
#include <jixiao/money.hpp>

int main() {
    const auto amount = jixiao::money::from_yuan(100);
#ifdef JIXIAO_COMPILE_FAIL
    const auto sum = amount + 5;  // expected-error
#else
    const auto sum = amount + jixiao::money::from_yuan(5);
#endif
    (void)sum;
}
