// Points never add to yuan.
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>

int main() {
    const jixiao::points score(10);
    const auto amount = jixiao::money::from_yuan(100);
#ifdef JIXIAO_COMPILE_FAIL
    const auto sum = score + amount;  // expected-error
#else
    const auto sum = score + jixiao::points(5);
    (void)amount;
#endif
    (void)sum;
}
