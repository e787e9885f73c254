// money × money has no meaning (yuan² is not an amount): it must not compile.
#include <jixiao/money.hpp>

int main() {
    const auto standard = jixiao::money::from_yuan(100);
    const auto other = jixiao::money::from_yuan(3);
#ifdef JIXIAO_COMPILE_FAIL
    const auto product = standard * other;  // expected-error
#else
    const auto product = standard * 3;  // whole multiples are fine
    (void)other;
#endif
    (void)product;
}
