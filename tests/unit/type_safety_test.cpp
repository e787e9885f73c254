// Mistakes the types make impossible, checked at compile time: if one of
// these starts to compile, this file stops compiling. (tests/compile_fail/
// keeps a few of them pinned to the compiler's message as well.)
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <concepts>
#include <utility>

namespace {

using jixiao::exact_money;
using jixiao::money;
using jixiao::points;
using jixiao::quantity;
using jixiao::ratio;

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept subtractable = requires(A a, B b) { a - b; };
template <class A, class B>
concept multipliable = requires(A a, B b) { a * b; };
template <class A, class B>
concept divisible = requires(A a, B b) { a / b; };

// Money adds to money, and to nothing else.
static_assert(addable<money, money> && subtractable<money, money>);
static_assert(!addable<money, ratio> && !addable<ratio, money> && !subtractable<money, ratio>);
static_assert(!addable<money, int> && !addable<int, money> && !addable<money, long long>);
static_assert(!addable<points, money> && !addable<money, points> && !addable<quantity, money>);
static_assert(!addable<points, quantity> && !addable<quantity, points>);
// Amount × amount and amount ÷ amount mean nothing; × a whole count and × a ratio do.
static_assert(!multipliable<money, money> && !divisible<money, money>);
static_assert(multipliable<money, int> && multipliable<int, money> && multipliable<money, ratio>);
static_assert(!multipliable<money, bool> && !multipliable<money, double> && !multipliable<double, money>);
static_assert(std::same_as<decltype(std::declval<money>() * std::declval<ratio>()), exact_money>);
// No binary float ever becomes an exact value, and an exact amount becomes money only by rounding.
static_assert(!std::constructible_from<ratio, double> && !std::constructible_from<ratio, float>);
static_assert(!std::constructible_from<points, double> && !std::constructible_from<quantity, double>);
static_assert(!std::constructible_from<exact_money, double>);
static_assert(!std::constructible_from<jixiao::rational, double>);
static_assert(!std::convertible_to<exact_money, money> && !std::constructible_from<money, exact_money>);
static_assert(!std::convertible_to<int, money>);  // 5 is not 5 yuan or 5 fen: from_yuan/from_fen say which

}  // namespace

TEST_CASE("the type rules above compile") {
    CHECK(money::from_yuan(2) + money::from_fen(50) == money::parse("2.50"));
}
