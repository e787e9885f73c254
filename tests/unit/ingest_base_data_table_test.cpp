// Hunan's table of basic data of a department's spending (部门整体支出绩效评价基础数据表): its
// project rows are the department's projects. Every passage is written for these tests, in the
// pattern of two published tables, a cell per line: a district culture bureau's (a mirror,
// http://cocoabeachsquirrelremoval.com/21487/21498/21516/42803/71081/71134/71204/71205/content_2215320.html)
// and a city trade union's (http://bb.yiyang.gov.cn/zgh/3915/content_1868765.html).
//
// Also a unit's table of its projects' budget execution (项目名称 | 预算数 | 执行数 | 预算执行率), in the
// pattern of a university finance office's notice (https://cwc.hbou.edu.cn/info/1010/1363.htm).
#include "ingest_support.hpp"
#include "ingest/base_data_table.hpp"
#include "ingest/project_table.hpp"
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

// A body of lines numbered from 1, with no sections.
std::vector<jixiao::ingest::tagged_line> body_of(std::initializer_list<const char*> texts) {
    std::vector<jixiao::ingest::tagged_line> body;
    for (const char* t : texts) {
        jixiao::ingest::tagged_line l;
        l.line.number = body.size() + 1;
        l.line.text = jixiao::ingest::to_u32(t);
        body.push_back(l);
    }
    return body;
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
    const auto body = body_of({"经费控制情况(万元) | 2022 年决算数 | 2023 年预算数 | 2023年决算数", "项目支出 667.94 622.50 622.5",
                               "其中:1、运行维护经费", "春节向困难职工送温暖慰问资金 300 300 300",
                               "职工帮扶专项补助 | 195.14 | 1,149.20 | 149.20", "三公经费 1 1 1"});
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

namespace {

// A notice with its table of projects, a cell per line ending " |": 合计, the projects numbered 一 and
// (一), the rows under them numbered 1, 2; `tail` follows the table.
std::string project_table_notice(const std::string& unit_line = "单位:万元", const std::string& tail = "") {
    std::string text = "关于开展2022年度专项资金绩效评价工作的通知\n一、评价范围\n明细如下:\n" + unit_line + "\n";
    for (const char* c : {"序号", "责任部门", "项目名称", "预算数", "执行数", "预算执行率", "合计", "2,800.45", "2,116.47", "75.58%",
                          "一", "相关部门", "学生资助专项", "1,548.447", "1116.19", "72.08%", "1", "学工处", "学生资助专项-高职",
                          "1,537.45", "1528.47", "99.42%", "二", "财务处", "还本付息专项", "800.5", "768.47", "96.00%", "三",
                          "基建处", "不可预见费", "11", "0", "0.00%", "(一)", "教育专项", "440.5", "231.81", "52.62%", "1",
                          "办学评估系统", "45", "44.89", "99.76%"})
        text += std::string(c) + " |\n";
    return text + tail;
}

}  // namespace

TEST_CASE("a table of projects' budget execution: rows numbered 一 and (一) are projects with budget, use and rate") {
    const auto r = ingest_report_book(project_table_notice(), "t.txt");
    REQUIRE(r.doc.projects.size() == 5);  // the notice, then its four projects; 合计 and the rows 1 are not
    CHECK(r.doc.projects[1].name == "学生资助专项");
    CHECK(to_string(r.doc.projects[1].budget.value().adjusted.value()) == "15484470.00");  // three decimals of 万元
    CHECK(r.doc.projects[1].execution.value().used == wan("1116.19"));
    CHECK(r.doc.projects[1].execution->reported_rate.value().text == "72.08%");
    CHECK(r.doc.projects[1].execution->reported_rate->decimals == 2);
    CHECK(r.doc.projects[2].name == "还本付息专项");
    CHECK(r.doc.projects[3].name == "不可预见费");
    CHECK(r.doc.projects[3].execution.value().used == wan("0"));
    CHECK(r.doc.projects[4].name == "教育专项");
    CHECK(r.doc.projects[4].budget.value().adjusted == wan("440.5"));
    // Without its 万元 the table is not read.
    CHECK(ingest_report_book(project_table_notice("单位:"), "t.txt").doc.projects.size() == 1);
}

TEST_CASE("read_project_table_rows: rows numbered 1, 2 only are all projects; cells parted by spaces; the table ends at a sentence") {
    using namespace jixiao::ingest;
    auto body = body_of({"序号 项目名称 预算数(万元) 执行数(万元) 执行率", "1 档案数字化经费 10 9.5 95%", "2 档案库房维护 20 20",
                         "合计 30 29.5 98.33%", "由上表可知，项目执行情况较好。", "3 另一表的行 5 5 100%"});
    const auto rows = read_project_table_rows(body);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == U"档案数字化经费");
    CHECK(rows[0].line == 2);
    CHECK(rows[0].printed_rate == U"95%");
    CHECK(to_utf8(rows[0].row) == "档案数字化经费 | 10 | 9.5 | 95%");
    CHECK(rows[1].used == wan("20"));
    CHECK(rows[1].printed_rate.empty());  // its rate left blank
    // A table without a column of what was spent is no such table.
    body[0].line.text = U"序号 项目名称 预算数(万元) 执行率";
    CHECK(read_project_table_rows(body).empty());
}
