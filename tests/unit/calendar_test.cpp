// Dates and the fiscal year: strict ISO dates, years 1990–2100, late arrival from 1 December.
#include <jixiao/calendar.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <string>

using jixiao::date;
using jixiao::fiscal_year;
using jixiao::parse_date;

TEST_CASE("parse_date reads ISO dates") {
    CHECK(parse_date("2023-12-01") == date(2023, 12, 1));
    CHECK(parse_date("2024-02-29") == date(2024, 2, 29));  // leap year
    CHECK(parse_date("2000-02-29") == date(2000, 2, 29));  // divisible by 400
    CHECK(parse_date("1990-01-01") == date(1990, 1, 1));
    CHECK(parse_date("2100-12-31") == date(2100, 12, 31));
    CHECK(jixiao::to_string(parse_date("2023-01-05")) == "2023-01-05");
}

TEST_CASE("parse_date refuses days that do not exist, saying how long the month is") {
    CHECK_THROWS_WITH((void)parse_date("2023-02-30"),
                      "\"2023-02-30\" is not a real date: the day must be 01–28 (February 2023 has 28 days)");
    CHECK_THROWS_WITH((void)parse_date("2023-02-29"),
                      "\"2023-02-29\" is not a real date: the day must be 01–28 (February 2023 has 28 days)");
    CHECK_THROWS_WITH((void)parse_date("2100-02-29"),  // not a leap year
                      "\"2100-02-29\" is not a real date: the day must be 01–28 (February 2100 has 28 days)");
    CHECK_THROWS_WITH((void)parse_date("2024-02-30"),
                      "\"2024-02-30\" is not a real date: the day must be 01–29 (February 2024 has 29 days)");
    CHECK_THROWS_WITH((void)parse_date("2023-04-31"),
                      "\"2023-04-31\" is not a real date: the day must be 01–30 (April 2023 has 30 days)");
    CHECK_THROWS_WITH((void)parse_date("2023-01-00"),
                      "\"2023-01-00\" is not a real date: the day must be 01–31 (January 2023 has 31 days)");
    CHECK_THROWS_WITH((void)parse_date("2023-13-01"), "\"2023-13-01\" is not a real date: the month must be 01–12");
    CHECK_THROWS_WITH((void)parse_date("2023-00-10"), "\"2023-00-10\" is not a real date: the month must be 01–12");
    try {
        (void)parse_date("2023-02-30");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "\"2023-02-30\" 不是存在的日期：日应为 01–28（2023年2月有 28 天）");
    }
    try {
        (void)parse_date("2023-13-01");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "\"2023-13-01\" 不是存在的日期：月份应为 01–12");
    }
}

TEST_CASE("parse_date refuses absurd years") {
    CHECK_THROWS_WITH((void)parse_date("0023-12-01"), "\"0023-12-01\" has an implausible year (expected 1990–2100)");
    CHECK_THROWS_WITH((void)parse_date("9999-12-01"), "\"9999-12-01\" has an implausible year (expected 1990–2100)");
    CHECK_THROWS_WITH((void)parse_date("1989-12-31"), "\"1989-12-31\" has an implausible year (expected 1990–2100)");
    CHECK_THROWS_WITH((void)parse_date("2101-01-01"), "\"2101-01-01\" has an implausible year (expected 1990–2100)");
    try {
        (void)parse_date("0023-12-01");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "\"0023-12-01\" 的年份不合理（应在 1990–2100 之间）");
    }
}

TEST_CASE("parse_date refuses every other shape") {
    for (const char* text : {"", "2023-1-5", "2023/12/01", "20231201", "2023-12-1", "23-12-01", " 2023-12-01",
                             "2023-12-01 ", "2023-12-01T00:00", "2023-1a-01", "２０２３-１２-０１", "-023-12-01",
                             "2023-+1-01", "2023年12月1日", "2023--12-01"}) {
        CAPTURE(text);
        CHECK_THROWS_WITH((void)parse_date(text),
                          (std::string("\"") + text + "\" is not a date (expected YYYY-MM-DD, e.g. \"2023-12-31\")").c_str());
    }
    try {
        (void)parse_date("2023/12/01");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) == "\"2023/12/01\" 不是日期（应为 \"2023-12-31\" 这样的 YYYY-MM-DD 形式）");
    }
}

TEST_CASE("the fiscal year is the calendar year") {
    const fiscal_year fy(2023);
    CHECK(fy.year() == 2023);
    CHECK(fy.ok());
    CHECK(fy.first_day() == date(2023, 1, 1));
    CHECK(fy.last_day() == date(2023, 12, 31));
    CHECK(fy.last_month_start() == date(2023, 12, 1));
    CHECK(fy.contains(parse_date("2023-01-01")));
    CHECK(fy.contains(parse_date("2023-12-31")));
    CHECK_FALSE(fy.contains(parse_date("2022-12-31")));
    CHECK_FALSE(fy.contains(parse_date("2024-01-01")));
    CHECK(fiscal_year(2022) < fy);
    CHECK(fiscal_year(2023) == fy);
    CHECK_FALSE(fiscal_year(1989).ok());
    CHECK(fiscal_year(1990).ok());
    CHECK(fiscal_year(2100).ok());
    CHECK_FALSE(fiscal_year(2101).ok());
}

TEST_CASE("a late arrival is on or after 1 December of the fiscal year") {
    const fiscal_year fy(2023);
    CHECK_FALSE(is_late_arrival(parse_date("2023-11-30"), fy));
    CHECK(is_late_arrival(parse_date("2023-12-01"), fy));
    CHECK(is_late_arrival(parse_date("2023-12-31"), fy));
    CHECK(is_late_arrival(parse_date("2024-01-01"), fy));  // arrived only in the next year: later still
    CHECK(is_late_arrival(parse_date("2025-06-30"), fy));
    CHECK_FALSE(is_late_arrival(parse_date("2023-01-01"), fy));
    CHECK_FALSE(is_late_arrival(parse_date("2022-12-15"), fy));  // allocated ahead, in the previous December
    CHECK_FALSE(is_late_arrival(parse_date("2024-11-30"), fiscal_year(2024)));
    CHECK(is_late_arrival(parse_date("2024-12-01"), fiscal_year(2024)));
}
