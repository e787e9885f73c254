// A project's table of money by source (资金来源 | 预算数 | 到位数 | 支出数 | 执行率, a row per source and
// 合计) inside a report book's funds section. Transfer-payment reports print their money so; the development
// books that showed it were lost with the machine that held them, so every table here is written for these
// tests, in the four ways document sites copy a table: bars, tabs, spaces, a cell per line.
#include "ingest_support.hpp"
#include "ingest/source_table.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

// Its own namespace: this file's helpers (count_rule, …) stay its own when a unity build compiles test sources
// together.
namespace ingest_source_table_test {

using namespace jixiao;
using ingest_test::wan;

namespace {

// A book of one project whose section （二）项目资金情况 is `table` and whose other sections hold no money.
std::string book_with(const std::string& table) {
    return "2023年度乡村道路养护项目支出绩效自评报告\n一、基本情况\n（一）项目概况\n本项目用于全镇乡村道路日常养护。\n"
           "（二）项目资金情况\n" + table + "二、绩效目标完成情况分析\n项目按计划完成。\n";
}

project read_one(const std::string& table) {
    const auto r = ingest_report_book(book_with(table), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    return r.doc.projects[0];
}

std::ptrdiff_t count_rule(const std::vector<finding>& found, std::string_view rule) {
    return std::count_if(found.begin(), found.end(), [&](const finding& f) { return f.rule == rule; });
}

const std::string rows_in_bars = "表1 项目资金情况（单位：万元）\n资金来源 | 预算数 | 到位数 | 支出数 | 执行率\n"
                                 "合计 | 120 | 120 | 110 | 91.67%\n中央资金 | 60 | 60 | 55 | 91.67%\n"
                                 "省级资金 | 40 | 40 | 40 | 100%\n县级资金 | 20 | 20 | 15 | 75%\n";

// The same table with its cells parted by `sep`, or one cell per line when `sep` is a line break.
std::string table_parted_by(const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < rows_in_bars.size();) {
        if (rows_in_bars.compare(i, 3, " | ") == 0) {
            out += sep;
            i += 3;
        } else {
            out += rows_in_bars[i++];
        }
    }
    return out;
}

}  // namespace

TEST_CASE("a table of money by source: a tranche a source at its level; used and the rate from 合计") {
    for (const std::string sep : {" | ", "\t", "  ", "\n"}) {
        CAPTURE(sep);
        const auto p = read_one(table_parted_by(sep));
        REQUIRE(p.tranches.size() == 3);
        CHECK(p.tranches[0].level == level::central);
        CHECK(p.tranches[0].amount == wan("60"));
        CHECK(p.tranches[0].arrived == wan("60"));
        CHECK(p.tranches[1].level == level::provincial);
        CHECK(p.tranches[1].amount == wan("40"));
        CHECK(p.tranches[2].level == level::district);
        CHECK(p.tranches[2].amount == wan("20"));
        CHECK(p.execution.value().used == wan("110"));
        CHECK(p.execution.value().reported_rate.value().text == "91.67%");
    }
}

// In 元, rows as wide as a PDF's page lines: they were joined as one wrapped paragraph, the last cell of a row
// glued to the first of the next (执行率合计), and 单位：元 made the cells amounts of sentences (used read as
// 165万 of 110万). 上年结转 names last year's money; 到位率 is the arrival rate; sources that do not add up to
// 合计 are JX-S006 (60 + 40 + 25 = 125 ≠ 120).
TEST_CASE("a table in 元 with wide rows, last year's money, 到位率, and sources short of the total") {
    const std::string table = "单位：元\n资金来源 预算数 到位数 支出数 到位率 执行率\n"
                              "合计 1200000.00 1200000.00 1100000.00 100% 91.67%\n"
                              "其中：中央资金 600000.00 600000.00 550000.00 100% 91.67%\n"
                              "省级资金 400000.00 400000.00 400000.00 100% 100%\n"
                              "上年结转资金 250000.00 200000.00 150000.00 80% -\n由上表可知，项目资金到位及时。\n";
    const auto r = ingest_report_book(book_with(table), "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 3);
    CHECK(p.tranches[0].level == level::central);
    CHECK(p.tranches[0].amount == wan("60"));
    CHECK(p.tranches[2].source == fund_source::prior_year);
    CHECK(p.tranches[2].amount == wan("25"));
    CHECK(p.tranches[2].arrived == wan("20"));
    CHECK(p.execution.value().used == wan("110"));
    CHECK(p.reported_arrival_rate.value().text == "100%");
    CHECK(count_rule(r.all_findings(), "JX-S006") == 1);
    // Quiet: sources that add up to the total raise nothing.
    CHECK(count_rule(ingest_report_book(book_with(rows_in_bars), "t.txt").all_findings(), "JX-S006") == 0);
}

TEST_CASE("rows of 其中 under a source, a table of the total only, a table without a total row") {
    // 其中 under 财政资金 repeats its money: left out.
    const auto nested = read_one("单位：万元\n资金来源 | 预算数 | 支出数\n合计 | 100 | 90\n财政资金 | 80 | 70\n"
                                 "其中：中央 | 50 | 45\n自筹资金 | 20 | 20\n");
    REQUIRE(nested.tranches.size() == 2);
    CHECK(nested.tranches[0].amount == wan("80"));
    CHECK(nested.tranches[1].amount == wan("20"));
    CHECK(nested.tranches[1].source == fund_source::own);
    CHECK(nested.execution.value().used == wan("90"));
    // The total row alone is the one tranche, at the project's level.
    const auto whole = read_one("单位：万元\n资金来源 | 预算数 | 支出数 | 执行率\n合计 | 100 | 90 | 90%\n");
    REQUIRE(whole.tranches.size() == 1);
    CHECK(whole.tranches[0].amount == wan("100"));
    CHECK(whole.execution.value().used == wan("90"));
    // A 序号 column: each row's number before its label.
    const auto numbered = read_one("单位：万元\n序号 | 资金来源 | 预算数 | 支出数\n1 | 中央资金 | 60 | 50\n2 | 省级资金 | 40 | 35\n"
                                   "3 | 合计 | 100 | 85\n");
    REQUIRE(numbered.tranches.size() == 2);
    CHECK(numbered.tranches[0].level == level::central);
    CHECK(numbered.execution.value().used == wan("85"));
    // No total row: what the sources used, added up; no rate is made up.
    const auto parts = read_one("单位：万元\n资金来源 | 预算数 | 支出数\n中央资金 | 60 | 50\n市级资金 | 40 | 35\n");
    REQUIRE(parts.tranches.size() == 2);
    CHECK(parts.tranches[1].level == level::municipal);
    CHECK(parts.execution.value().used == wan("85"));
    CHECK_FALSE(parts.execution.value().reported_rate);
}

TEST_CASE("a table of money by source is not read without its unit, nor beside sentences that state the money") {
    // No unit: a figure of unknown size is no amount (nothing read, nothing made 0), and a reviewer is told (JX-S005,
    // quoting the headings).
    const std::string no_unit = "资金来源 | 预算数 | 到位数 | 支出数\n合计 | 120 | 120 | 110\n";
    const auto unitless = read_one(no_unit);
    CHECK(unitless.tranches.empty());
    CHECK_FALSE((unitless.execution && unitless.execution->used));
    const auto told = ingest_report_book(book_with(no_unit), "t.txt").all_findings();
    REQUIRE(count_rule(told, "JX-S005") == 1);
    const auto s005 = std::find_if(told.begin(), told.end(), [](const finding& f) { return f.rule == "JX-S005"; });
    CHECK(s005->message.en.find("names no unit") != std::string::npos);
    // The sentences' money is read; the table's cells are not amounts of sentences either.
    const auto both = read_one("下达资金120万元，已支出110万元。\n" + rows_in_bars);
    REQUIRE(both.tranches.size() == 1);
    CHECK(both.tranches[0].amount == wan("120"));
    CHECK(both.execution.value().used == wan("110"));
}

TEST_CASE("read_source_table: headings of two money columns; a blank rate; a sentence ends the table; too many rows") {
    using ingest::read_source_table;
    const auto body = [](std::initializer_list<const char*> texts) {
        std::vector<ingest::tagged_line> out;
        for (const char* t : texts) {
            ingest::tagged_line l;
            l.line.number = out.size() + 1;
            l.line.text = ingest::to_u32(t);
            out.push_back(l);
        }
        return out;
    };
    // One money column is no such table (资金来源 | 预算数 lists what each source gave, nothing of its use).
    CHECK_FALSE(read_source_table(body({"单位：万元", "资金来源 预算数", "中央资金 60"})));
    const auto t = read_source_table(body({"资金来源 预算数(万元) 支出数(万元) 执行率", "中央资金 60 55 -", "省级资金 40 40 100%",
                                           "合计 100 95 95%", "以上资金均已使用。", "其他 1 1 100%"}));
    REQUIRE(t);
    CHECK(t->unit == U"万元");
    REQUIRE(t->sources.size() == 2);
    CHECK(t->sources[0].printed_rate.empty());
    CHECK(t->sources[1].printed_rate == U"100%");
    CHECK(t->total.value().used == wan("95"));
    CHECK(t->first_line == 1);
    CHECK(t->last_line == 4);
    // A figure finer than a fen ends the table where it stands.
    const auto fine = read_source_table(body({"单位：元", "资金来源 预算数 支出数", "中央资金 60.005 55", "省级资金 40 40"}));
    CHECK_FALSE(fine);
    std::vector<ingest::tagged_line> many = body({"单位：万元", "资金来源 预算数 支出数"});
    for (std::size_t i = 0; i <= ingest::max_source_rows; ++i) {
        ingest::tagged_line l;
        l.line.number = many.size() + 1;
        l.line.text = U"中央资金 1 1";
        many.push_back(l);
    }
    CHECK_THROWS_WITH_AS(static_cast<void>(read_source_table(many)), doctest::Contains("beyond the limit"), error);
}

}  // namespace ingest_source_table_test
