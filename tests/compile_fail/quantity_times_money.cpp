// A quantity (in the indicator's unit) times money is not a cost: headcount ×
// standard uses a whole count (an integer), a share uses a ratio.
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>

int main() {
    const jixiao::quantity people(7109);
    const auto standard = jixiao::money::from_yuan(100);
#ifdef JIXIAO_COMPILE_FAIL
    const auto cost = people * standard;  // expected-error
#else
    const auto cost = 7109 * standard;
    (void)people;
#endif
    (void)cost;
}
