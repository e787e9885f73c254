// 0.35 as a double is not 7/20; ratios come from text or whole numbers.
#include <jixiao/ratio.hpp>

int main() {
#ifdef JIXIAO_COMPILE_FAIL
    const jixiao::ratio share(0.35);  // expected-error
#else
    const jixiao::ratio share(7, 20);
#endif
    (void)share;
}
