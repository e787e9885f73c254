// money ÷ money is a ratio, and says so: ratio_of(part, whole), which handles a
// zero whole. The bare operator must not compile.
#include <jixiao/money.hpp>

int main() {
    const auto used = jixiao::money::from_yuan(90);
    const auto budget = jixiao::money::from_yuan(100);
#ifdef JIXIAO_COMPILE_FAIL
    const auto rate = used / budget;  // expected-error
#else
    const auto rate = jixiao::ratio_of(used, budget);
#endif
    (void)rate;
}
