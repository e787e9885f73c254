// Hunan's table of basic data of a department's spending (部门整体支出绩效评价基础数据表): its
// project rows are the department's projects. Every passage is written for these tests, in the
// pattern of two published tables, a cell per line: a district culture bureau's (a mirror,
// http://cocoabeachsquirrelremoval.com/21487/21498/21516/42803/71081/71134/71204/71205/content_2215320.html)
// and a city trade union's (http://bb.yiyang.gov.cn/zgh/3915/content_1868765.html).
#include "ingest_support.hpp"
#include "ingest/base_data_table.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jixiao;
using ingest_test::wan;

namespace {

// The table as a department's report prints it, a cell per line; `rows` are its project rows.
std::string base_data_report(const std::string& rows, const std::string& heading = "经费控制情况(万元)") {
    std::string cells = "某局2023年度部门整体支出绩效自评报告\n附件2\n2023年度预算单位整体支出绩效评价基础数据表\n预算单位名称\n某局\n" +
                        heading + "\n2022年决算数\n2023年预算数\n2023年决算数\n三公经费\n1.84\n1.49\n1.49\n项目支出:\n2218.71\n"
                        "1731.57\n1731.57\n" + rows + "公用经费\n95.86\n95.86\n95.86\n一、部门基本情况\n某局负责全区文化工作。\n";
    return cells;
}

const std::string base_data_projects =
    "1、业务工作经费\n224.55\n600.58\n600.58\n2、区级专项资金(一个专项一行)\n疫情防控项目\n1348.82\n324.05\n324.05\n"
    "局办公楼维修改造\n0\n163.91\n163.91\n体彩公益金支出\n173.87\n170.00\n";

}  // namespace

TEST_CASE("a department's table of basic data: each project row is a project, this year's 预算数 and 决算数") {
    const auto r = ingest_report_book(base_data_report(base_data_projects), "t.txt");
    REQUIRE(r.doc.projects.size() == 5);
    // The department keeps no money of its own: its total and its other rows are not a project's.
    CHECK(r.doc.projects[0].tranches.empty());
    CHECK(!r.doc.projects[0].budget);
    CHECK(r.doc.projects[1].name == "业务工作经费");
    CHECK(r.doc.projects[1].budget.value().adjusted == wan("600.58"));
    CHECK(r.doc.projects[1].execution.value().used == wan("600.58"));
    CHECK(r.doc.projects[2].name == "疫情防控项目");  // the group's row (一个专项一行) is passed
    CHECK(r.doc.projects[2].budget.value().adjusted == wan("324.05"));
    CHECK(r.doc.projects[3].budget.value().adjusted == wan("163.91"));  // last year's 0 is not this year's
    // A row of two cells is this year's two (last year's blank).
    CHECK(r.doc.projects[4].name == "体彩公益金支出");
    CHECK(r.doc.projects[4].budget.value().adjusted == wan("173.87"));
    CHECK(r.doc.projects[4].execution.value().used == wan("170"));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S006");
}

TEST_CASE("the table is not read without its 万元, its headings in order, or two project rows") {
    CHECK(ingest_report_book(base_data_report(base_data_projects, "经费控制情况"), "t.txt").doc.projects.size() == 1);
    CHECK(ingest_report_book(base_data_report("1、业务工作经费\n224.55\n600.58\n600.58\n"), "t.txt").doc.projects.size() == 1);
    auto swapped = base_data_report(base_data_projects);
    swapped.replace(swapped.find("2023年预算数"), std::string("2023年预算数").size(), "2021年预算数");
    CHECK(ingest_report_book(swapped, "t.txt").doc.projects.size() == 1);
}

TEST_CASE("read_base_data_rows: rows a line each, cells parted by spaces or bars; a year spaced off its 年; thousands separators") {
    using namespace jixiao::ingest;
    std::vector<tagged_line> body;
    std::size_t n = 0;
    for (const char* t : {"经费控制情况(万元) | 2022 年决算数 | 2023 年预算数 | 2023年决算数", "项目支出 667.94 622.50 622.5",
                          "其中:1、运行维护经费", "春节向困难职工送温暖慰问资金 300 300 300", "职工帮扶专项补助 | 195.14 | 1,149.20 | 149.20",
                          "三公经费 1 1 1"}) {
        tagged_line l;
        l.line.number = ++n;
        l.line.text = to_u32(t);
        body.push_back(l);
    }
    const auto rows = read_base_data_rows(body);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == U"春节向困难职工送温暖慰问资金");
    CHECK(rows[0].line == 4);
    CHECK(rows[1].budget == wan("1149.20"));
    CHECK(rows[1].used == wan("149.20"));
    CHECK(to_utf8(rows[1].row) == "职工帮扶专项补助 | 195.14 | 1,149.20 | 149.20");
}

TEST_CASE("two project rows of one name under two groups are told apart by their group") {
    const auto r = ingest_report_book(base_data_report("2、区级专项资金(一个专项一行)\n公共文化服务体系建设\n140\n68.7\n68.7\n"
                                             "3、上级转移支付(一个专项一行)\n公共文化服务体系建设\n66\n66\n"),
                                      "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "公共文化服务体系建设(区级专项资金)");
    CHECK(r.doc.projects[2].name == "公共文化服务体系建设(上级转移支付)");
    CHECK(r.doc.projects[2].execution.value().used == wan("66"));
}
