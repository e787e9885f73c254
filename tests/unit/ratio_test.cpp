// Exact ratios: "35%", "0.35" and "7/20" are the same ratio.
#include "../support/multiprecision.hpp"
#include <jixiao/ratio.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using jixiao::ratio;

TEST_CASE("\"35%\", \"0.35\" and \"7/20\" are the same exact ratio") {
    const ratio r = ratio::parse("35%");
    CHECK(r == ratio::parse("0.35"));
    CHECK(r == ratio::parse("7/20"));
    CHECK(r == ratio(7, 20));
    CHECK(to_cpp_rational(r) == cpp_rational(7, 20));
    CHECK(r == ratio::percent(35));
}

TEST_CASE("ratio text forms") {
    CHECK(ratio::parse("３５％") == ratio(7, 20));
    CHECK(ratio::parse("０．３５") == ratio(7, 20));
    CHECK(ratio::parse("７／２０") == ratio(7, 20));
    CHECK(ratio::parse(" 35% ") == ratio(7, 20));
    CHECK(ratio::parse("17.5%") == ratio(7, 40));
    CHECK(ratio::parse("100%") == ratio::one());
    CHECK(ratio::parse("1") == ratio::one());
    CHECK(ratio::parse("0") == ratio::zero());
    CHECK(ratio::parse("0%") == ratio::zero());
    CHECK(ratio::parse("2/6") == ratio(1, 3));
    CHECK(ratio::parse("-1/8") == ratio(-1, 8));
    CHECK(ratio::parse("-12.5%") == ratio(-1, 8));
    CHECK(ratio::parse("+50%") == ratio(1, 2));
    CHECK(ratio::parse("150%") == ratio(3, 2));
    // 30 decimals, far beyond a double's 17: still exact.
    CHECK(ratio::parse("0.333333333333333333333333333333") ==
          ratio(to_rational(cpp_rational(cpp_int("333333333333333333333333333333"),
                             cpp_int("1000000000000000000000000000000")))));
}

TEST_CASE("invalid ratio texts are errors that quote the text and say what was expected") {
    const char* expected_forms = " is not a ratio (expected e.g. \"35%\", \"0.35\" or \"7/20\")";
    for (const char* text : {"", "abc", "%", "35%%", "35 %", "1.5/3", "7/-20", "7/20%", "/20", "7/", "1,000",
                             "0.35.1", ".35", "35.", "1e-2", "七成"}) {
        CAPTURE(text);
        CHECK_THROWS_WITH((void)ratio::parse(text), (std::string("\"") + text + "\"" + expected_forms).c_str());
    }
    CHECK_THROWS_WITH((void)ratio::parse("7/0"), "\"7/0\" has a zero denominator");
    // A byte that is not UTF-8 is quoted as U+FFFD, so that the message itself stays valid UTF-8.
    CHECK_THROWS_WITH((void)ratio::parse("\xff"), "\"\xEF\xBF\xBD\" is not a ratio (expected e.g. \"35%\", \"0.35\" or \"7/20\")");
    try {
        (void)ratio::parse("abc");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "\"abc\" 不是比例（应为 \"35%\"、\"0.35\" 或 \"7/20\" 这样的形式）");
    }
    CHECK_THROWS_WITH(ratio(1, 0), "a ratio's denominator cannot be zero");
}

TEST_CASE("ratio arithmetic is exact") {
    CHECK(ratio(1, 3) + ratio(1, 6) == ratio(1, 2));
    CHECK(ratio(1, 2) - ratio(1, 3) == ratio(1, 6));
    CHECK(ratio(1, 2) * ratio(7, 20) == ratio(7, 40));  // 50% of 35%
    CHECK(-ratio(1, 3) == ratio(-1, 3));
    ratio sum;
    for (int i = 0; i < 10; ++i) sum += ratio::parse("0.1");
    CHECK(sum == ratio::one());  // no binary-float drift
    sum -= ratio(1, 4);
    CHECK(sum == ratio(3, 4));
    CHECK(divide(ratio(1, 2), ratio(1, 4)) == ratio(2, 1));
    CHECK_THROWS_WITH((void)divide(ratio(1, 2), ratio::zero()), "ratio divided by zero");
    CHECK(ratio(1, 3) < ratio(34, 100));
    CHECK(ratio(-1, 2) < ratio::zero());
    CHECK(ratio(2, 4) == ratio(1, 2));
    CHECK(ratio(1, -2) == ratio(-1, 2));
    CHECK(ratio(1, -2).is_negative());
    CHECK(ratio::zero().is_zero());
    CHECK_FALSE(ratio(1, 3).is_zero());
}

TEST_CASE("ratios print exactly, with the percentage beside") {
    CHECK(to_string(ratio(7, 20)) == "7/20");
    CHECK(to_string(ratio(2, 4)) == "1/2");
    CHECK(to_string(ratio(-1, 8)) == "-1/8");
    CHECK(to_string(ratio(3, 1)) == "3");
    CHECK(to_string(ratio::zero()) == "0");
    std::ostringstream os;
    os << ratio(2, 3);
    CHECK(os.str() == "2/3 (66.67%)");
}
