// Regression tests for what fuzzing found (tests/fuzz/). Each input is also
// in the fuzz target's corpus (tests/fuzz/corpus/<target>/regression-*), which
// ctest replays under the sanitizers.
#include "../support/multiprecision.hpp"
#include "ingest_support.hpp"
#include "io_test_support.hpp"

#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using jixiao::testing::project_book;

namespace {
money tranche_amount(const std::string& amount) {
    const document d = read_document(
        project_book(R"("tranches": [{"level": "district", "amount": )" + amount + "}]"), "book.json");
    return d.projects[0].tranches[0].amount;
}
}  // namespace

// fuzz_amount: the reader's fast path for plain amounts multiplied a 19th
// digit into a 64-bit integer before checking the length (signed overflow,
// undefined behaviour). 19 digits now go to money::parse.
TEST_CASE("regression: plain amounts of 19 and 20 digits read exactly") {
    CHECK(tranche_amount("\"9999999099990000000\"").fen() == jixiao::to_checked_int128(cpp_int("999999909999000000000")));
    CHECK(tranche_amount("\"9999999999999999999\"") == money::parse("9999999999999999999"));
    CHECK(tranche_amount("\"99999999999999999.99\"").fen() == jixiao::to_checked_int128(cpp_int("9999999999999999999")));
    CHECK(tranche_amount("\"9999999999999.999999万\"").fen() == jixiao::to_checked_int128(cpp_int("9999999999999999999")));
    CHECK(tranche_amount("\"99999999999999999999\"").fen() == jixiao::to_checked_int128(cpp_int("9999999999999999999900")));
    CHECK(tranche_amount("\"9999999999999999\"").fen() == jixiao::to_checked_int128(cpp_int("999999999999999900")));  // 18 digits of fen: fast path
}

// fuzz_ingest: a date before 1400 in a report book ("1023年12月底") reached
// Boost's calendar, whose bad_year escaped ingest_report_book as an exception
// that is not a jixiao::error. A year outside 1990–2100 is now no date at all.
TEST_CASE("regression: an implausible year in a report book's date is no date, not an escaping exception") {
    for (const char* year : {"1023", "0000", "1399", "1989", "2101", "9999"}) {
        CAPTURE(year);
        ingest_test::parts p;
        p.arrival = std::string("资金已全部到位，其中区级资金于") + year + "年12月底到位。";
        const ingest_result result = ingest_report_book(ingest_test::report_book_text(p), "book.txt");
        REQUIRE(result.doc.projects.size() == 1);
        REQUIRE(result.doc.projects[0].tranches.size() == 1);
        CHECK(result.doc.projects[0].tranches[0].amount == money::parse("10万"));
        CHECK_FALSE(result.doc.projects[0].tranches[0].arrival_date.has_value());
    }
    ingest_test::parts p;
    p.arrival = "资金已全部到位，其中区级资金于2023年12月底到位。";
    const ingest_result result = ingest_report_book(ingest_test::report_book_text(p), "book.txt");
    CHECK(result.doc.projects[0].tranches[0].arrival_date == date(2023, 12, 31));
}

// fuzz_ingest: a form copied as text with -5 under 全年执行数 gave used = -5万, a document
// jixiao/1 does not allow (the written JSON did not read back). A negative figure where a form's
// amount is is now left unread, with a note saying so.
TEST_CASE("regression: a negative amount in a form copied as text is not read") {
    const std::string form = "项目支出绩效自评表\n(2022年度)\n项目名称\n甲\n项目资金\n(万元)\n年初预算数(A)\n全年执行数(B)\n分值\n"
                             "执行率(B/A)\n得分\n年度资金总额:\n10\n-5\n10\n-50%\n0\n";
    const ingest_result r = ingest_report_book(form, "form.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == money::parse("10万"));
    CHECK((!p.execution || !p.execution->used));
    CHECK(read_document(write_document(r.doc), "again.json") == r.doc);
    CHECK(write_document(r.doc).find("line 14: “-5” is negative, and an amount on the form never is: not read") != std::string::npos);
}
