// bool is integral in C++ but it is not a count: money × true must not compile.
#include <jixiao/money.hpp>

int main() {
    const auto amount = jixiao::money::from_yuan(100);
    const bool applies = true;
#ifdef JIXIAO_COMPILE_FAIL
    const auto product = amount * applies;  // expected-error
#else
    const auto product = applies ? amount * 1 : amount * 0;
#endif
    (void)product;
}
