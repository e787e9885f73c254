// The library's entry points as a finance tool uses them: documents built in
// code are validated, the evaluation keeps its document, the checked 128-bit
// integer behind money, allocation by weights, parsing without exceptions,
// and the {fmt} formatters.
#include "../support/helpers.hpp"

#include <jixiao/allocate.hpp>
#include <jixiao/checked_int128.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/fmt.hpp>
#include <jixiao/validate.hpp>

#include <doctest/doctest.h>

#include <array>
#include <limits>
#include <string>

using jixiao::checked_int128;
using jixiao::document;
using jixiao::money;
using jixiao::ratio;
using jixiao::testing::yuan;

namespace {

// One project with a tranche that arrived late and money carried forward:
// the shape that used to reach Boost's date code with a year of 0.
document late_arrival_book(int fiscal_year) {
    document doc;
    doc.fiscal_year = fiscal_year;
    jixiao::project p;
    p.id = "p01";
    p.name = "示例项目";
    jixiao::tranche t;
    t.level = jixiao::level::provincial;
    t.amount = yuan("100000");
    t.arrival_date = jixiao::make_date(2023, 12, 20);
    p.tranches.push_back(t);
    jixiao::execution e;
    e.used = yuan("0");
    e.carried_forward = yuan("100000");
    p.execution = e;
    doc.projects.push_back(p);
    return doc;
}

std::string refusal(const document& doc) {
    try {
        (void)jixiao::evaluate(doc);
    } catch (const jixiao::error& e) {
        return e.describe(jixiao::language::en);
    }
    return "evaluated";
}

}  // namespace

TEST_CASE("a document built in code without a fiscal year is refused with jixiao::error naming the field") {
    CHECK(refusal(late_arrival_book(0)) ==
          "fiscal_year: the year 0 is outside 1990–2100 (0 when no fiscal year was set)");
    CHECK(refusal(late_arrival_book(1989)) == "fiscal_year: the year 1989 is outside 1990–2100 (0 when no fiscal year was set)");
    const auto evaluation = jixiao::evaluate(late_arrival_book(2023));
    CHECK(jixiao::testing::findings_of(evaluation.all_findings(), "JX-F006").size() == 1);
}

TEST_CASE("negative amounts, weights and headcounts, and duplicate ids are refused with their paths") {
    auto doc = late_arrival_book(2023);
    doc.projects[0].tranches[0].amount = yuan("-1");
    CHECK(refusal(doc) == "projects[0].tranches[0].amount: the amount -1.00 is negative (expected 0 or more)");

    doc = late_arrival_book(2023);
    doc.projects[0].execution->surplus = yuan("-0.01");
    CHECK(refusal(doc) == "projects[0].execution.surplus: the amount -0.01 is negative (expected 0 or more)");

    doc = late_arrival_book(2023);
    doc.projects.push_back(doc.projects[0]);
    CHECK(refusal(doc) == "projects[1].id: the project id \"p01\" is used twice (expected unique ids)");

    doc = late_arrival_book(2023);
    doc.projects[0].tranches[0].year = 0;
    CHECK(refusal(doc) == "projects[0].tranches[0].year: the year 0 is outside 1990–2100 (0 when no fiscal year was set)");

    doc = late_arrival_book(2023);
    doc.projects[0].tranches[0].arrival_date = jixiao::date();  // Boost's not-a-date
    CHECK(refusal(doc) == "projects[0].tranches[0].arrival_date: not a valid date (expected e.g. 2023-12-01)");

    doc = late_arrival_book(2023);
    jixiao::indicator ind;
    ind.name = "代缴人数";
    ind.weight = jixiao::points::parse("-5");
    ind.rating = jixiao::rating::achieved;
    doc.projects[0].indicators.push_back(ind);
    CHECK(refusal(doc) == "projects[0].indicators[0].weight: the points -5 are negative (expected 0 or more)");

    doc = late_arrival_book(2023);
    jixiao::cost_sharing sharing;
    sharing.policy = "sc-policy";
    sharing.total = -3;
    doc.projects[0].cost_sharing = sharing;
    CHECK(refusal(doc) == "projects[0].cost_sharing.headcount.total: the headcount -3 is negative (expected 0 or more)");

    CHECK_FALSE(jixiao::validation_error(late_arrival_book(2023)).has_value());
    REQUIRE(jixiao::validation_error(late_arrival_book(0)).has_value());
    CHECK(jixiao::validation_error(late_arrival_book(0))->where().path == "fiscal_year");
}

TEST_CASE("make_date is the checked way to make a date") {
    CHECK(jixiao::to_string(jixiao::make_date(2023, 12, 1)) == "2023-12-01");
    CHECK(jixiao::to_string(jixiao::make_date(2024, 2, 29)) == "2024-02-29");
    for (const auto& day : {std::array{2023, 2, 29}, std::array{2023, 13, 1}, std::array{70000, 1, 1},
                            std::array{-1, 1, 1}, std::array{2023, 4, 31}}) {
        CAPTURE(day[0]);
        CAPTURE(day[1]);
        CAPTURE(day[2]);
        CHECK_THROWS_AS((void)jixiao::make_date(day[0], day[1], day[2]), jixiao::error);
    }
    try {
        (void)jixiao::make_date(2023, 2, 29);
    } catch (const jixiao::error& e) {
        CHECK(e.message().en ==
              "2023-2-29 is not a valid date (expected a year in 1400–9999, a month 1–12 and a day of that month)");
    }
}

TEST_CASE("evaluate_document keeps the document beside its evaluation; all_findings lists every finding") {
    auto doc = late_arrival_book(2023);
    doc.projects.push_back(doc.projects[0]);
    doc.projects[1].id = "p02";
    doc.projects[1].execution->used = yuan("200000");  // JX-F001 and JX-F003 too
    const jixiao::evaluated book = jixiao::evaluate_document(doc);
    CHECK(book.doc == doc);
    CHECK(book.result.projects.size() == 2);
    const auto all = book.result.all_findings();
    std::size_t expected = book.result.findings.size();
    for (const auto& p : book.result.projects) expected += p.findings.size();
    CHECK(all.size() == expected);
    REQUIRE(all.size() >= 3);
    CHECK(all.front().where.path.starts_with("projects[0]"));
    CHECK(all.back().where.path.starts_with("projects[1]"));
}

TEST_CASE("checked_int128 holds ±(2^128 − 1) and never wraps") {
    const auto max = checked_int128::from_magnitude(false, ~jixiao::detail::uint128(0));
    CHECK(max.to_string() == "340282366920938463463374607431768211455");
    CHECK((-max).to_string() == "-340282366920938463463374607431768211455");
    CHECK_THROWS_AS((void)(max + checked_int128(1)), jixiao::overflow_error);
    CHECK_THROWS_AS((void)(-max - checked_int128(1)), jixiao::overflow_error);
    CHECK_THROWS_AS((void)(max * checked_int128(2)), jixiao::overflow_error);
    CHECK((max - max).is_zero());
    CHECK((max + (-max)).sign() == 0);
    CHECK(checked_int128(-5) < checked_int128(3));
    CHECK(checked_int128(-5) < checked_int128(-3));
    CHECK(checked_int128(0) == -checked_int128(0));
    CHECK(checked_int128(std::numeric_limits<std::int64_t>::min()).to_string() == "-9223372036854775808");
    CHECK_FALSE(checked_int128(std::numeric_limits<std::int64_t>::min()).to_int64().has_value());
    CHECK(checked_int128(-42).to_int64() == -42);
    CHECK(checked_int128::from_digits(false, "340282366920938463463374607431768211455") == max);
    CHECK_FALSE(checked_int128::from_digits(false, "340282366920938463463374607431768211456").has_value());
    CHECK_FALSE(checked_int128::from_digits(true, "12a").has_value());
    CHECK((checked_int128(-7) * checked_int128(-6)).to_string() == "42");
    CHECK((std::numeric_limits<checked_int128>::max)() == max);
    CHECK((std::numeric_limits<checked_int128>::min)() == -max);
    CHECK(checked_int128(-7) / checked_int128(2) == checked_int128(-3));  // toward zero, like int
    CHECK(checked_int128(-7) % checked_int128(2) == checked_int128(-1));
    CHECK((max / checked_int128(7)) * checked_int128(7) == max - checked_int128(3));
    CHECK_THROWS_AS((void)(max / checked_int128(0)), jixiao::error);
}

TEST_CASE("allocation by whole-number weights and in equal parts") {
    CHECK(jixiao::allocate_equally(yuan("100"), 3) == std::vector{yuan("33.34"), yuan("33.33"), yuan("33.33")});
    CHECK(jixiao::allocate_equally(yuan("-0.02"), 3) == std::vector{yuan("-0.01"), yuan("-0.01"), yuan("0")});
    CHECK(jixiao::allocate_by_weights(yuan("1000"), {2164, 4945}) == std::vector{yuan("304.40"), yuan("695.60")});
    CHECK(jixiao::allocate_by_weights(yuan("10"), {0, 1}) == std::vector{yuan("0"), yuan("10")});
    CHECK_THROWS_WITH_AS((void)jixiao::allocate_by_weights(yuan("10"), {0, 0}),
                         "every allocation weight is zero: nothing to split by", jixiao::error);
    CHECK_THROWS_WITH_AS((void)jixiao::allocate_by_weights(yuan("10"), {1, -1}),
                         "an allocation weight cannot be negative: -1 (share 2)", jixiao::error);
    CHECK_THROWS_AS((void)jixiao::allocate_equally(yuan("10"), 0), jixiao::error);
}

TEST_CASE("try_parse reads without exceptions, for bulk import") {
    CHECK(money::try_parse("10.82万") == yuan("108200"));
    CHECK_FALSE(money::try_parse("10.8.2万").has_value());
    CHECK_FALSE(money::try_parse("0.001").has_value());
    CHECK(ratio::try_parse("35%") == ratio(7, 20));
    CHECK_FALSE(ratio::try_parse("35%%").has_value());
    CHECK(jixiao::points::try_parse("7.5") == jixiao::points::parse("7.5"));
    CHECK_FALSE(jixiao::quantity::try_parse("x").has_value());
}

TEST_CASE("{fmt} prints jixiao's types in their canonical text") {
    CHECK(fmt::format("{}", yuan("10.82万")) == "108200.00");
    CHECK(fmt::format("{:>12}", yuan("1.5")) == "        1.50");
    CHECK(fmt::format("{}", ratio(7, 20)) == "7/20");
    CHECK(fmt::format("{}", jixiao::points::parse("7.50")) == "7.5");
    CHECK(fmt::format("{}", jixiao::severity::warning) == "warning");
    CHECK(fmt::format("{}", jixiao::rounding::half_even) == "half_even");
    CHECK(fmt::format("{}", jixiao::location("book.json", 3, 0, "projects[0]")) == "book.json:3: projects[0]");
    const jixiao::finding f{"JX-F001", jixiao::severity::error, "projects[0].execution.used", "1.00", "2.00", "1.00",
                            {"使用超过到位", "used exceeds available"}};
    CHECK(fmt::format("{}", f) ==
          "JX-F001 error at projects[0].execution.used expected 1.00 actual 2.00 difference 1.00: used exceeds available");
}
