// Every domain type prints readably in a failing doctest assertion. doctest
// stringifies operands with an unqualified toString() call, so these tests do
// the same (a qualified doctest::toString would skip the enum overloads that
// jixiao/testing.hpp provides through argument-dependent lookup).
#include "../support/multiprecision.hpp"
#include <jixiao/calendar.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

// Its own namespace: helpers and using-directives of this file stay its own when a
// unity build compiles test sources together.
namespace printing_test {

using namespace jixiao;

namespace {

template <class T>
std::string printed(const T& value) {
    using doctest::toString;
    return toString(value).c_str();
}

// Exactly what a failing CHECK(a == b) shows.
template <class L, class R>
std::string failed_check(const L& a, const R& b) {
    return doctest::detail::stringifyBinaryExpr(a, " == ", b).c_str();
}

}  // namespace

TEST_CASE("money prints in yuan and in 万元") {
    CHECK(printed(money::parse("108200")) == "108200.00元 (10.82万元)");
    CHECK(printed(money::parse("-0.05")) == "-0.05元 (-0.000005万元)");
    CHECK(printed(money{}) == "0.00元 (0.00万元)");
    CHECK(failed_check(money::parse("108200"), money::parse("108250")) ==
          "108200.00元 (10.82万元) == 108250.00元 (10.825万元)");
}

TEST_CASE("exact money prints its exact fen and the amount rounded beside it") {
    CHECK(printed(money::parse("1") * ratio(1, 3)) == "100/3分 (≈0.33元)");
    CHECK(printed(money::parse("-1") * ratio(2, 3)) == "-200/3分 (≈-0.67元)");
    CHECK(printed(money::parse("10.82万") * ratio(1, 2)) == "54100.00元 (5.41万元)");
}

TEST_CASE("ratios, points and quantities print exactly") {
    CHECK(printed(ratio(7, 20)) == "7/20 (35.00%)");
    CHECK(printed(ratio(-1, 8)) == "-1/8 (-12.50%)");
    CHECK(printed(points::parse("95.5")) == "95.5分");
    CHECK(printed(points(30)) == "30分");
    CHECK(printed(points(to_rational(cpp_rational(200, 3)))) == "200/3分");
    CHECK(printed(quantity::parse("7109")) == "7109");
    CHECK(printed(quantity::parse("0.125")) == "0.125");
    CHECK(printed(quantity::parse("1/3")) == "1/3");
    CHECK(failed_check(points(30), points::parse("29.99")) == "30分 == 29.99分");
}

TEST_CASE("dates and fiscal years print as written in documents and reports") {
    CHECK(printed(parse_date("2023-12-01")) == "2023-12-01");
    CHECK(printed(date()) == "not-a-date-time");
    CHECK(printed(fiscal_year(2023)) == "2023年度");
    CHECK(failed_check(parse_date("2023-12-01"), parse_date("2023-11-30")) == "2023-12-01 == 2023-11-30");
}

TEST_CASE("enums print by identifier, not as integers") {
    CHECK(printed(severity::error) == "error");
    CHECK(printed(severity::warning) == "warning");
    CHECK(printed(severity::info) == "info");
    CHECK(printed(rounding::half_even) == "half_even");
    CHECK(printed(language::en) == "en");
    CHECK(printed(language::zh) == "zh");
    CHECK(printed(level::provincial) == "provincial");
    CHECK(printed(level::township) == "township");
    CHECK(printed(fund_source::prior_year) == "prior_year");
    CHECK(printed(indicator_level1::satisfaction) == "satisfaction");
    CHECK(printed(indicator_level2::environmental_cost) == "environmental_cost");
    CHECK(printed(comparison::at_least) == ">=");
    CHECK(printed(comparison::at_most) == "<=");
    CHECK(printed(rating::not_achieved) == "not_achieved");
    CHECK(printed(scheme_preset::mof_2020) == "mof-2020");
    CHECK(printed(reverse_formula::linear) == "linear");
    CHECK(failed_check(level::municipal, level::district) == "municipal == district");
    CHECK(failed_check(severity::warning, severity::error) == "warning == error");
}

TEST_CASE("messages, locations and findings print what a reader needs") {
    const localized message{"执行数超出可用资金 10.00 元", "used exceeds the available funds by 10.00"};
    CHECK(printed(message) ==
          "{zh: \"执行数超出可用资金 10.00 元\", en: \"used exceeds the available funds by 10.00\"}");

    CHECK(printed(location{"book.json", 12, 5, "projects[0].tranches[1]"}) == "book.json:12:5: projects[0].tranches[1]");
    CHECK(printed(location{"", 0, 0, "projects[2]"}) == "projects[2]");
    CHECK(printed(location{"book.json", 3, 0, ""}) == "book.json:3");

    const finding f{"JX-F003", severity::error, "projects[0].execution.used", "100.00", "110.00", "10.00", message};
    CHECK(printed(f) ==
          "JX-F003 error at projects[0].execution.used expected 100.00 actual 110.00 difference 10.00: used exceeds the "
          "available funds by 10.00");
    const finding bare{"JX-I001", severity::info, "projects[1]", std::nullopt, std::nullopt, std::nullopt,
                       {"无指标", "no indicators"}};
    CHECK(printed(bare) == "JX-I001 info at projects[1]: no indicators");
}

TEST_CASE("optionals and vectors print their contents") {
    CHECK(printed(std::optional<money>()) == "nullopt");
    CHECK(printed(std::optional<money>(money::parse("1"))) == "1.00元 (0.0001万元)");
    CHECK(printed(std::optional<std::string>("100.00")) == "100.00");  // as doctest prints std::string
    CHECK(printed(std::optional<severity>(severity::warning)) == "warning");
    CHECK(printed(std::vector{money::from_fen(34), money::from_fen(33)}) ==
          "[0.34元 (0.000034万元), 0.33元 (0.000033万元)]");
    CHECK(printed(std::vector<level>{level::provincial, level::district}) == "[provincial, district]");
    CHECK(printed(std::vector<int>{}) == "[]");
    CHECK(failed_check(std::optional<money>(), std::optional<money>(money::parse("1"))) ==
          "nullopt == 1.00元 (0.0001万元)");
}

}  // namespace printing_test
