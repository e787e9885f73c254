// Dated policy parameters: a value holds from its start to the day before the
// next one starts (or to its own end); a date no value covers is an error.
#include "../support/helpers.hpp"
#include <jixiao/dated_parameter.hpp>
#include <jixiao/money.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <string>

using jixiao::dated_parameter;
using jixiao::dated_value;
using jixiao::money;
using jixiao::parse_date;

namespace {
using jixiao::testing::yuan;


const jixiao::localized standard_name{"人均标准", "per-capita standard"};

// 100 yuan from 2021, 120 from 2024 to the end of 2025, then nothing until 150 from 2027.
dated_parameter<money> standard() {
    return dated_parameter<money>(standard_name, {
        {parse_date("2021-01-01"), yuan("100"), std::nullopt},
        {parse_date("2024-01-01"), yuan("120"), parse_date("2025-12-31")},
        {parse_date("2027-01-01"), yuan("150"), std::nullopt},
    });
}

std::string zh_error(const auto& f) {
    try {
        f();
    } catch (const jixiao::error& e) {
        return e.describe(jixiao::language::zh);
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("a value holds from its start up to the day before the next value's start") {
    const auto p = standard();
    CHECK(p.at(parse_date("2021-01-01")) == yuan("100"));
    CHECK(p.at(parse_date("2023-12-31")) == yuan("100"));
    CHECK(p.at(parse_date("2024-01-01")) == yuan("120"));
    CHECK(p.last_day(0) == parse_date("2023-12-31"));
}

TEST_CASE("a value with an explicit end holds to that day, inclusive") {
    const auto p = standard();
    CHECK(p.at(parse_date("2025-12-31")) == yuan("120"));
    CHECK(p.find(parse_date("2026-01-01")) == nullptr);
    CHECK(p.find(parse_date("2026-12-31")) == nullptr);
    CHECK(p.last_day(1) == parse_date("2025-12-31"));
}

TEST_CASE("the last value holds from its start on unless it has an end") {
    const auto p = standard();
    CHECK(p.at(parse_date("2027-01-01")) == yuan("150"));
    CHECK(p.at(parse_date("2100-12-31")) == yuan("150"));
    CHECK(p.last_day(2) == std::nullopt);
    REQUIRE(p.find(parse_date("2030-06-01")) != nullptr);
    CHECK(*p.find(parse_date("2030-06-01")) == yuan("150"));
}

TEST_CASE("a look-up outside every interval names the parameter and the date") {
    const auto p = standard();
    CHECK_THROWS_WITH((void)p.at(parse_date("2020-12-31")),
                      "parameter \"per-capita standard\" has no value on 2020-12-31 (its first value starts on "
                      "2021-01-01)");
    CHECK(zh_error([&] { (void)p.at(parse_date("2020-12-31")); }) ==
          "参数「人均标准」在 2020-12-31 没有值（最早的值自 2021-01-01 起）");
    CHECK_THROWS_WITH((void)p.at(parse_date("2026-01-01")),
                      "parameter \"per-capita standard\" has no value on 2026-01-01 (the value from 2024-01-01 ended "
                      "on 2025-12-31; the next starts on 2027-01-01)");
    CHECK(zh_error([&] { (void)p.at(parse_date("2026-01-01")); }) ==
          "参数「人均标准」在 2026-01-01 没有值（自 2024-01-01 起的值截止于 2025-12-31，下一个值自 2027-01-01 起）");

    const dated_parameter<money> ended(standard_name, {{parse_date("2021-01-01"), yuan("100"), parse_date("2025-12-31")}});
    CHECK(ended.at(parse_date("2025-12-31")) == yuan("100"));
    CHECK_THROWS_WITH((void)ended.at(parse_date("2026-01-01")),
                      "parameter \"per-capita standard\" has no value on 2026-01-01 (its last value, from 2021-01-01, "
                      "ended on 2025-12-31)");
    CHECK(zh_error([&] { (void)ended.at(parse_date("2026-01-01")); }) ==
          "参数「人均标准」在 2026-01-01 没有值（最后一个值自 2021-01-01 起，截止于 2025-12-31）");

    const dated_parameter<money> empty(standard_name);
    CHECK(empty.find(parse_date("2023-01-01")) == nullptr);
    CHECK_THROWS_WITH((void)empty.at(parse_date("2023-01-01")),
                      "parameter \"per-capita standard\" has no value on 2023-01-01 (it has no values at all)");
    CHECK_THROWS_WITH((void)p.at(jixiao::date()), "cannot look up parameter \"per-capita standard\" on an invalid date");
}

TEST_CASE("values out of order, overlapping or ending before they start are errors") {
    using values = std::vector<dated_value<money>>;
    CHECK_THROWS_WITH(dated_parameter<money>(standard_name, values{{parse_date("2024-01-01"), yuan("120"), {}},
                                                                   {parse_date("2021-01-01"), yuan("100"), {}}}),
                      "parameter \"per-capita standard\" must list its values in increasing order of start date: the "
                      "value starting 2021-01-01 comes after the one starting 2024-01-01");
    CHECK(zh_error([&] {
              dated_parameter<money> p(standard_name);
              p.add({parse_date("2024-01-01"), yuan("120"), {}}).add({parse_date("2021-01-01"), yuan("100"), {}});
          }) == "参数「人均标准」的值应按起始日期递增给出：自 2021-01-01 起的值排在了自 2024-01-01 起的值之后");
    CHECK_THROWS_WITH(dated_parameter<money>(standard_name, values{{parse_date("2021-01-01"), yuan("100"), {}},
                                                                   {parse_date("2021-01-01"), yuan("120"), {}}}),
                      "parameter \"per-capita standard\" has two values starting on 2021-01-01");
    CHECK_THROWS_WITH(dated_parameter<money>(standard_name,
                                             values{{parse_date("2021-01-01"), yuan("100"), parse_date("2024-01-01")},
                                                    {parse_date("2024-01-01"), yuan("120"), {}}}),
                      "parameter \"per-capita standard\" has a value from 2021-01-01 to 2024-01-01 that overlaps the "
                      "value starting 2024-01-01");
    CHECK(zh_error([&] {
              dated_parameter<money>(standard_name,
                                     values{{parse_date("2021-01-01"), yuan("100"), parse_date("2025-12-31")},
                                            {parse_date("2024-01-01"), yuan("120"), {}}});
          }) == "参数「人均标准」自 2021-01-01 至 2025-12-31 的值与自 2024-01-01 起的值重叠");
    CHECK_THROWS_WITH(dated_parameter<money>(standard_name,
                                             values{{parse_date("2024-01-01"), yuan("120"), parse_date("2023-12-31")}}),
                      "parameter \"per-capita standard\" has a value starting 2024-01-01 that ends before it starts, "
                      "on 2023-12-31");
    CHECK_THROWS_WITH(dated_parameter<money>(standard_name, values{{jixiao::date(), yuan("120"), {}}}),
                      "parameter \"per-capita standard\" has an invalid start date");
    // Ending the day before the next starts is fine, and a one-day value too.
    const dated_parameter<money> adjacent(standard_name,
                                          values{{parse_date("2021-01-01"), yuan("100"), parse_date("2023-12-31")},
                                                 {parse_date("2024-01-01"), yuan("120"), parse_date("2024-01-01")}});
    CHECK(adjacent.at(parse_date("2023-12-31")) == yuan("100"));
    CHECK(adjacent.at(parse_date("2024-01-01")) == yuan("120"));
    CHECK(adjacent.find(parse_date("2024-01-02")) == nullptr);
}

TEST_CASE("any value type: a dated ratio") {
    const dated_parameter<jixiao::ratio> share({"省级分担比例", "provincial share"},
                                               {{parse_date("2021-01-01"), jixiao::ratio::parse("50%"), {}},
                                                {parse_date("2026-01-01"), jixiao::ratio::parse("60%"), {}}});
    CHECK(share.at(parse_date("2025-12-31")) == jixiao::ratio(1, 2));
    CHECK(share.at(parse_date("2026-01-01")) == jixiao::ratio(3, 5));
    CHECK(share.name() == jixiao::localized{"省级分担比例", "provincial share"});
    CHECK(share.values().size() == 2);
}
