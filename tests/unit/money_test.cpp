#include "../support/multiprecision.hpp"
#include "../support/helpers.hpp"
#include <jixiao/money.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <sstream>
#include <string>

using jixiao::money;

namespace {
using jixiao::testing::yuan;
}  // namespace

TEST_CASE("money parses every input form (plain, decimals, thousands, 万, 万元, 元) to exact fen") {
    CHECK(yuan("108200").fen() == 10820000);
    CHECK(yuan("108200.00").fen() == 10820000);
    CHECK(yuan("108,200.5").fen() == 10820050);
    CHECK(yuan("108,200.50").fen() == 10820050);
    CHECK(yuan("10.82万").fen() == 10820000);
    CHECK(yuan("10.82万元").fen() == 10820000);
    CHECK(yuan("108200元").fen() == 10820000);
    CHECK(yuan("-3.5").fen() == -350);
    CHECK(yuan("+3.5").fen() == 350);
    CHECK(yuan("１０８，２００．５").fen() == 10820050);
    CHECK(yuan("－３．５").fen() == -350);
    CHECK(yuan("１０．８２万元").fen() == 10820000);
    CHECK(yuan("0.000001万").fen() == 1);
    CHECK(yuan("¥1,409.50").fen() == 140950);
    CHECK(yuan("￥1,409.50").fen() == 140950);
    CHECK(yuan(" 90万 ").fen() == 90000000);
}

TEST_CASE("1.234567万 is 12345.67 yuan, a whole number of fen, so it is accepted") {
    // It looks finer than a fen; it is not (6 decimals of 万 = fen).
    CHECK(yuan("1.234567万") == yuan("12345.67"));
    CHECK_THROWS_WITH(yuan("1.2345678万"),
                      doctest::Contains("finer than one fen"));
}

TEST_CASE("bad amounts are errors that quote the text and say what was expected") {
    CHECK_THROWS_WITH(yuan("10.8.2万"),
                      "\"10.8.2万\" is not an amount (expected e.g. \"108200.00\" or \"10.82万\")");
    CHECK_THROWS_WITH(yuan("0.001"),
                      "\"0.001\" is finer than one fen (at most 2 decimals in 元, 6 in 万元); amounts are never rounded silently");
    CHECK_THROWS_WITH(yuan(""), "\"\" is not an amount: the text is empty (expected e.g. \"108200.00\" or \"10.82万\")");
    CHECK_THROWS_WITH(yuan("10万元元"), "\"10万元元\" has two units (expected one of 元, 万 or 万元)");
    CHECK_THROWS_WITH(yuan("10元万"), "\"10元万\" has two units (expected one of 元, 万 or 万元)");
    CHECK_THROWS_WITH(yuan("12a"), doctest::Contains("is not an amount"));
    // A text longer than any amount is refused before it is read (a 50 MB string is not parsed).
    CHECK_THROWS_WITH(yuan(std::string(257, '1')), doctest::Contains("is not an amount: longer than 256 bytes"));
    // The longest amount in range, in full-width digits with a separator every three, still reads.
    const std::string widest = "１，７０１，４１１，８３４，６０４，６９２，３１７，３１６，８７３，０３７，１５８，８４１，０５７．２７";
    REQUIRE(widest.size() < 256);
    CHECK(yuan(widest) == yuan("1701411834604692317316873037158841057.27"));
    CHECK_THROWS_WITH(yuan("1,0820"), doctest::Contains("is not an amount"));
    CHECK_THROWS_WITH(yuan(",108"), doctest::Contains("is not an amount"));
    CHECK_THROWS_WITH(yuan("1e40"), doctest::Contains("is not an amount"));
    CHECK_THROWS_WITH(yuan(".5"), doctest::Contains("is not an amount"));
    CHECK_THROWS_WITH(yuan("5."), doctest::Contains("is not an amount"));
    CHECK_THROWS_WITH(yuan("1 000"), doctest::Contains("is not an amount"));
    CHECK_THROWS_WITH(yuan("\xff"), doctest::Contains("not valid UTF-8"));
    CHECK_THROWS_WITH(yuan("1" + std::string(40, '0')), doctest::Contains("is out of range"));
}

TEST_CASE("amount errors speak Chinese by default") {
    try {
        (void)yuan("10.8.2万");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "\"10.8.2万\" 不是金额（应为 \"108200.00\" 或 \"10.82万\" 这样的形式）");
    }
}

TEST_CASE("money formats canonically, in 万元 and with thousands separators") {
    CHECK(to_string(yuan("108200")) == "108200.00");
    CHECK(to_string(yuan("-0.05")) == "-0.05");
    CHECK(to_string(money{}) == "0.00");
    CHECK(format_yuan(yuan("108200"), {.thousands = true}) == "108,200.00");
    CHECK(format_yuan(yuan("-1234567.8"), {.thousands = true}) == "-1,234,567.80");
    CHECK(format_wan(yuan("108200")) == "10.82");
    CHECK(format_wan(yuan("108250")) == "10.825");
    CHECK(format_wan(yuan("0.01")) == "0.000001");
    CHECK(format_wan(yuan("108250"), 2, jixiao::rounding::half_away_from_zero) == "10.83");
    CHECK(format_wan(yuan("108250"), 2, jixiao::rounding::half_even) == "10.82");
    CHECK(format_wan(yuan("-108250"), 2, jixiao::rounding::half_away_from_zero) == "-10.83");
    std::ostringstream os;
    os << yuan("10.82万");
    CHECK(os.str() == "108200.00元 (10.82万元)");
}

TEST_CASE("money arithmetic is exact and checked") {
    CHECK(yuan("0.10") + yuan("0.20") == yuan("0.30"));
    CHECK(yuan("1") - yuan("1.01") == yuan("-0.01"));
    CHECK(yuan("100") * 7109 == yuan("710900"));
    CHECK(3 * yuan("0.33") == yuan("0.99"));
    const auto max = money::from_fen((std::numeric_limits<jixiao::fen_count>::max)());
    CHECK_THROWS_AS((void)(max + money::from_fen(1)), jixiao::overflow_error);
    CHECK_THROWS_AS((void)(-max - money::from_fen(2)), jixiao::overflow_error);
    CHECK_THROWS_AS((void)(max * 2), jixiao::overflow_error);
    CHECK(max - money::from_fen(1) + money::from_fen(1) == max);
}

TEST_CASE("money by a ratio is exact until rounded with a named mode") {
    const auto third = yuan("1") * jixiao::ratio(1, 3);
    CHECK(to_cpp_rational(third.fen()) == cpp_rational(100, 3));
    CHECK_FALSE(third.exact().has_value());
    CHECK(third.round(jixiao::rounding::half_away_from_zero) == yuan("0.33"));
    CHECK(third.round(jixiao::rounding::ceiling) == yuan("0.34"));
    CHECK((yuan("10.82万") * jixiao::ratio::parse("50%")).exact() == yuan("54100"));
    CHECK((yuan("0.05") / 2).round(jixiao::rounding::half_away_from_zero) == yuan("0.03"));
    CHECK((yuan("0.05") / 2).round(jixiao::rounding::half_even) == yuan("0.02"));
    CHECK(ratio_of(yuan("2"), yuan("3")) == jixiao::ratio(2, 3));
    CHECK_FALSE(ratio_of(yuan("2"), money{}).has_value());
}

TEST_CASE("negative divisors and denominators keep their sign") {
    // Boost 1.74 throws on cpp_rational(n, d) with d < 0; jixiao moves the sign first.
    CHECK(to_cpp_rational((yuan("1") / -3).fen()) == cpp_rational(-100, 3));
    CHECK((yuan("-1") / -4).exact() == yuan("0.25"));
    CHECK((yuan("0.05") / -2).round(jixiao::rounding::half_away_from_zero) == yuan("-0.03"));
    CHECK(ratio_of(yuan("2"), yuan("-3")) == jixiao::ratio(-2, 3));
    CHECK(ratio_of(yuan("-2"), yuan("-3")) == jixiao::ratio(2, 3));
    CHECK(jixiao::ratio(3, -4) == jixiao::ratio(-3, 4));
    CHECK_THROWS_WITH((void)(yuan("1") / 0), "amount divided by zero");
}
