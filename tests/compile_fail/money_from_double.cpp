// No binary float ever becomes an amount: 1.1 yuan is not exactly 1.1 in binary.
#include <jixiao/money.hpp>

int main() {
#ifdef JIXIAO_COMPILE_FAIL
    const auto amount = jixiao::money::from_yuan(1.1);  // expected-error
#else
    const auto amount = jixiao::money::parse("1.1");
#endif
    (void)amount;
}
