// points(0.5) would once have been truncated to 0 through the whole-number
// constructor; a binary float must not become points at all.
#include <jixiao/number.hpp>

int main() {
#ifdef JIXIAO_COMPILE_FAIL
    const jixiao::points half(0.5);  // expected-error
#else
    const auto half = jixiao::points::parse("0.5");
#endif
    (void)half;
}
