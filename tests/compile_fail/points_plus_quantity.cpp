// Points (weights, scores) never add to an indicator's quantity.
#include <jixiao/number.hpp>

int main() {
    const jixiao::points weight(30);
    const jixiao::quantity actual(7109);
#ifdef JIXIAO_COMPILE_FAIL
    const auto sum = weight + actual;  // expected-error
#else
    const auto sum = weight + jixiao::points(10);
    (void)actual;
#endif
    (void)sum;
}
