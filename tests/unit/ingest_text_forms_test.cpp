// Self-evaluation forms (自评表) copied out as text: a row per line with '|' between
// the cells, or one cell per line. Every passage is written for these tests; each
// reproduces the layout of a real published form, whose address is in the comment.
#include "ingest_support.hpp"
#include "ingest/glued_cells.hpp"
#include "ingest/sections.hpp"

#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

using namespace jixiao;

namespace {

ingest_result read_form_text(const std::string& text) { return ingest_report_book(text, "form.txt"); }


const figure_source* source_of(const ingest_result& r, std::string_view path) {
    for (const auto& s : r.provenance)
        if (s.path == path) return &s;
    return nullptr;
}

}  // namespace

// The transfer-payment form, one row per line (https://www.tja.gov.cn/public/118323190/1260578519.html,
// https://www.luhuo.gov.cn, 炉霍县): 全年预算数(A) · 全年执行数(B) · 预算执行率 after the label column.
TEST_CASE("text form: the transfer-payment layout, cells between '|'") {
    const auto r = read_form_text(
        "某某补助资金绩效自评表 | |||||||\n"
        "(2024年度) | |||||||\n"
        "转移支付(项目)名称 | 某某补助资金 | ||||||\n"
        "中央主管部门 | 某部 | ||||||\n"
        "地方主管部门 | 某市某局 | 资金使用单位 | 某区某局 | ||||\n"
        "资金投入情况 (万元) |\n"
        "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
        "年度资金总额: | 808.1 | 692.98 | 86% | ||||\n"
        "其中:中央财政资金 | 808.1 | 692.98 | 86% | ||||\n"
        "地方财政资金 | |||||||\n"
        "绩效指标 | 一级 指标 |\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2024);
    CHECK(p.name == "某某补助资金");
    CHECK(p.implementer == "某区某局");
    CHECK(r.doc.unit == "某区某局");
    REQUIRE(p.budget);
    CHECK(ingest_test::fen(p.budget->initial) == "-");  // the form has no 年初预算数 column: not stated, not 0
    CHECK(ingest_test::fen(p.budget->adjusted) == "8081000.00");
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "6929800.00");
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "86%");
    CHECK(p.execution->reported_rate->decimals == 0);
    // The money allocated is the total row's 全年预算数, one tranche of all the sources (the
    // rows of sources are not read from text), at the level the unit's name suggests.
    REQUIRE(p.tranches.size() == 1);
    CHECK(ingest_test::fen(p.tranches[0].amount) == "8081000.00");
    CHECK(p.tranches[0].level == level::district);
    CHECK_FALSE(p.tranches[0].source);
    const auto* amount = source_of(r, "projects[0].tranches[0].amount");
    REQUIRE(amount);
    CHECK(amount->value == "808.1");
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->line == 8);
    CHECK(used->value == "692.98");
    CHECK(used->text == "年度资金总额: | 808.1 | 692.98 | 86%");
    CHECK(r.doc.x.json.find("\"layout\":\"transfer-payment\"") != std::string::npos);
}

// The MOF form with its 全年预算数 left blank: the 年初预算数 is the money allocated, said in a note.
TEST_CASE("text form: with 全年预算数 blank, the tranche is the 年初预算数") {
    const auto r = read_form_text(
        "项目支出绩效自评表\n(2023年度)\n项目名称 | 某项目 |\n主管部门 | 某县某局 | 实施单位 | 某县某中心 |\n"
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 | 30 | — | 28 | 10 | 93.33% | 9 |\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(ingest_test::fen(p.tranches[0].amount) == "300000.00");
    CHECK(p.tranches[0].x.json.find("年初预算数 (全年预算数 is blank)") != std::string::npos);
    CHECK(ingest_test::fen(p.budget->adjusted) == "-");
}

// 执行率 cells without their % sign: a spreadsheet's fraction (岳西县, https://www.yuan.gov.cn/public/6596881/25080505.html:
// 29 29 27.8 9 0.958 8), a bare percentage (鄂州, http://obishi.cn/archive/993.html: 104 103.97 99.97 19), and a
// score whose heading names the rate in its formula (隆阳区, https://longyang.gov.cn/info/5311/13352539.htm:
// 得分(20分*执行率) 2.16), which is no rate.
TEST_CASE("text form: a rate printed as a fraction or without %; 得分(20分*执行率) is the score") {
    const auto fraction = read_form_text(
        "项目支出绩效自评表\n(2023年度)\n项目名称 | 某项目 |\n主管部门 | 某县某局 | 实施单位 | 某县某中心 |\n"
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 | 29 | 29 | 27.8 | 9 | 0.958 | 8 |\n");
    const auto& rate = fraction.doc.projects.at(0).execution->reported_rate;
    REQUIRE(rate);
    CHECK(rate->text == "0.958");
    CHECK(rate->decimals == 1);
    CHECK(rate->value == ratio::parse("95.8%"));

    const auto bare = read_form_text(
        "项目支出绩效自评表\n(2023年度)\n项目名称 | 某项目 |\n主管部门 | 某市某局 |\n"
        "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |\n"
        "年度财政资金总额 | 104 | 103.97 | 99.97 | 19 |\n");
    const auto& percent = bare.doc.projects.at(0).execution->reported_rate;
    REQUIRE(percent);
    CHECK(percent->value == ratio::parse("99.97%"));
    CHECK(percent->decimals == 2);

    const auto scored = read_form_text(
        "项目支出绩效自评表\n(2021年度)\n项目名称 | 某项目 |\n主管部门 | 某区某局 |\n"
        "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |\n"
        "年度财政资金总额 | 278.4449 | 30.00 | 10.77% | 2.16 |\n");
    const auto& printed = scored.doc.projects.at(0).execution->reported_rate;
    REQUIRE(printed);
    CHECK(printed->text == "10.77%");
}

// The same form with 万 in every figure cell and the year under the title
// (https://www.huoshan.gov.cn, 霍山县 医疗救助补助资金).
TEST_CASE("text form: figures that carry their own unit") {
    const auto r = read_form_text(
        "某资金转移支付项目绩效目标自评表 | |||||||\n"
        "(2024年度) | |||||||\n"
        "转移支付(项目)名称 | 某资金 | ||||||\n"
        "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
        "年度资金总额: | 3359.62万 | 3359.62万 | 100% | ||||\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->adjusted) == "33596200.00");
    CHECK(ingest_test::fen(p.execution->used) == "33596200.00");
    CHECK(p.execution->reported_rate->text == "100%");
}

// The MOF form one cell per line, after a list of the unit's forms that also has a
// 项目名称 heading (https://rsj.chuzhou.gov.cn/public/2681507/1112202840.html).
TEST_CASE("text form: the MOF layout one cell per line, a list of forms before it") {
    const auto r = read_form_text(
        "2022年度项目支出绩效自评表\n\n某局本级单位项目绩效自评表清单\n序号\n项目名称\n备注\n1\n甲资金自评表\n"
        "项目支出绩效自评表\n2022年度)\n项目名称\n甲资金\n主管部门\n某局\n实施单位\n某局\n"
        "项目资金\n(万元)\n年初预算数\n全年预算数(A)\n全年执行数(B)\n分值\n执行率(B/A)\n得分\n"
        "年度资金总额:\n99\n98\n97.5\n10\n99.49%\n9.9\n"
        " 其中:本年财政拨款\n99\n98\n97.5\n-\n99.49%\n-\n上年结转资金\n-\n-\n其他资金\n-\n-\n年度总体目标完成情况\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2022);
    CHECK(p.name == "甲资金");
    CHECK(p.department == "某局");
    CHECK(ingest_test::fen(p.budget->initial) == "990000.00");
    CHECK(ingest_test::fen(p.budget->adjusted) == "980000.00");
    CHECK(ingest_test::fen(p.execution->used) == "975000.00");
    CHECK(p.execution->reported_rate->text == "99.49%");
    CHECK(p.execution->reported_rate->decimals == 2);
    CHECK(r.doc.x.json.find("has no funds block") != std::string::npos);  // the list's 项目名称, said in a note
    CHECK(r.doc.x.json.find("\"layout\":\"mof-2020\"") != std::string::npos);
}

// The Sichuan form, one cell per line each ending in '|', a blank cell as a line of its
// own (https://www.qingshen.gov.cn, 青神县 510000_0013zp): 权重 10, 得分 left blank.
TEST_CASE("text form: the Sichuan layout, a blank score, the scheme follows the form") {
    const auto r = read_form_text(
        "报表编号:510000_0013zp |\n|\n部门预算项目支出绩效自评表(2023年度) |\n项目名称 |\n51000021R000000019951-工资性支出 |\n"
        "主管部门 |\n某县某局本级 |\n实施单位 (盖章) |\n某县某局 |\n预算执行情况(10分) |\n年度预算数(万元) |\n年初预算 |\n"
        "调整后预算数 |\n预算执行数 |\n预算执行率 |\n权重 |\n得分 |\n原因 |\n总额 |\n238.93 |\n251.89 |\n251.89 |\n100.00% |\n10 |\n|\n"
        "1.预算执行率=预算执行数/调整后预算数 |\n其中:财政资金 |\n238.93 |\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "51000021R000000019951-工资性支出");
    CHECK(p.implementer == "某县某局");
    CHECK(ingest_test::fen(p.budget->initial) == "2389300.00");
    CHECK(ingest_test::fen(p.budget->adjusted) == "2518900.00");
    CHECK(ingest_test::fen(p.execution->used) == "2518900.00");
    CHECK(p.execution->reported_rate->text == "100.00%");
    REQUIRE(r.doc.scheme);
    CHECK(r.doc.scheme->preset == scheme_preset::sc_2023);
}

TEST_CASE("text form: an unstated unit, no year, and a block without a total are not guessed") {
    // No 万元 anywhere and bare figures: the amounts are left out, the rate is read.
    const auto bare = read_form_text(
        "(2023年度)\n项目名称 | 乙资金\n全年预算数 | 全年执行数 | 执行率\n年度资金总额 | 50 | 40 | 80%\n");
    REQUIRE(bare.doc.projects.size() == 1);
    CHECK_FALSE(bare.doc.projects[0].budget);
    CHECK(bare.doc.projects[0].execution->reported_rate->text == "80%");
    CHECK_FALSE(bare.doc.projects[0].execution->used);
    CHECK(bare.doc.x.json.find("has no unit and the funds block names none") != std::string::npos);
    // No year above or inside the form: refused with the place.
    CHECK_THROWS_WITH((void)read_form_text("项目名称 | 乙资金\n全年预算数(万元) | 全年执行数\n年度资金总额 | 50 | 40\n"),
                      doctest::Contains("form.txt:1: no fiscal year found"));
    // Headings but no total row: not a form; the text is then not a report either.
    CHECK_THROWS_WITH((void)read_form_text("(2023年度)\n项目名称 | 乙资金\n全年预算数(万元) | 全年执行数\n"),
                      doctest::Contains("no project found"));
    // A figure that is not an amount is refused with its line, not dropped.
    CHECK_THROWS_WITH((void)read_form_text("(2023年度)\n项目名称 | 乙资金\n全年预算数(万元) | 全年执行数\n年度资金总额 | 5.0.1 | 4\n"),
                      doctest::Contains("form.txt:4: \"5.0.1万\" is not an amount"));
}

TEST_CASE("text form: two forms, each with its figures; a report with a title stays a report") {
    const auto r = read_form_text(
        "(2023年度)\n项目名称 | 甲\n实施单位 | 某局\n项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数\n年度资金总额 | 10 | 10 | 9\n"
        "(2023年度)\n项目名称 | 乙\n实施单位 | 某局\n项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数\n年度资金总额 | 5 | 6 | 6\n");
    REQUIRE(r.doc.projects.size() == 2);
    CHECK(r.doc.projects[0].id == "p01");
    CHECK(r.doc.projects[1].id == "p02");
    CHECK(ingest_test::fen(r.doc.projects[1].budget->adjusted) == "60000.00");
    CHECK(ingest_test::fen(r.doc.projects[1].execution->used) == "60000.00");
    CHECK(r.doc.unit == "某局");
    CHECK(source_of(r, "projects[1].budget.initial")->line == 10);
    // A book with a report title is read as prose even when a form follows it.
    const auto prose = read_form_text("某局\n2023年度项目支出绩效自评报告\n丙资金\n一、项目概况\n（一）项目资金申报及批复情况\n区级财政下达资金4万元。\n"
                                      "项目名称 | 丙资金\n全年预算数(万元) | 全年执行数\n年度资金总额 | 50 | 40\n");
    REQUIRE(prose.doc.projects.size() == 1);
    CHECK(prose.doc.projects[0].tranches.size() == 1);
}

// The Hunan 财政支出项目绩效评价 form inside a report, one cell per line, the unit in a cell
// of its own (https://yynanhu.yueyang.gov.cn/55456/55458/55498/55503/content_1345664.html).
TEST_CASE("report with a label-value table: planned, arrived, used and surplus") {
    const auto r = read_form_text(
        "某新区财政支出项目绩效评价自评报告\n项目名称 优抚\n项目单位 某新区民政局\n一、项目基本概况\n"
        "项目起止时间\n2016年1月起至2016年12月止\n计划安排资金\n(万元)\n170\n实际到位资金\n(万元)\n170\n"
        "实际支出\n(万元)\n179.6\n结余(万元)\n0\n其中:中央财政\n省财政\n170\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "1700000.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "1700000.00");
    CHECK(p.tranches[0].level == level::district);  // the unit's 新区, with a note: the table names no level
    CHECK(p.tranches[0].x.json.find("the table names no level") != std::string::npos);
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "1796000.00");
    CHECK(ingest_test::fen(p.execution->surplus) == "0.00");
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->line == 15);
    CHECK(used->text == "实际支出 (万元) | 179.6");
}

// The table a cell per line, its 结余 left blank, then the spending's details a cell per line too
// (岳阳县, https://m.sgf2.com/37584/38146/61029/content_1967973.html): an amount alone on its line
// is a table's cell, not money a sentence states, and a label alone (结余, 实际到位资金) says nothing.
TEST_CASE("report with a label-value table a cell per line: lone amounts and labels below it are cells, not sentences") {
    const auto r = read_form_text(
        "某县2021年财政项目支出绩效评价自评报告(建筑垃圾消纳场)\n项目名称:新建建筑垃圾消纳场\n一、项目基本概况\n"
        "计划安排资金\n(万元)\n500\n实际到位资金\n(万元)\n305.3\n实际支出\n(万元)\n306.52\n结余\n(万元)\n \n"
        "其中:中央财政\n \n县财政\n500\n二、项目支出明细情况\n支出内容\n金额\n工程款\n100万元\n设备采购\n45.3万元\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "5000000.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "3053000.00");
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "3065200.00");
    CHECK_FALSE(p.execution->surplus);  // left blank: not stated, not 0
    // What the table gives is no longer among the figures the sentences left out.
    const auto recovered = read_form_text(
        "某县2021年财政项目支出绩效评价自评报告(建筑垃圾消纳场)\n项目名称:新建建筑垃圾消纳场\n一、项目基本概况\n"
        "计划安排资金\n(万元)\n500\n实际到位资金\n(万元)\n305.3\n实际支出\n(万元)\n306.52\n二、项目资金使用情况\n"
        "年底财政收回资金3万元。\n");
    const auto& e = *recovered.doc.projects.at(0).execution;
    CHECK(ingest_test::fen(e.used) == "3065200.00");
    CHECK(ingest_test::fen(e.recovered) == "30000.00");
    CHECK(e.x.json.find("left out (unknown, not 0): carried_forward, reduced, surplus\"") != std::string::npos);
}

// 实际到位资金 (万元) | 7,00.0,77 (岳陽縣, http://jhkq666.cn/37584/38146/38295/content_1850903.html): commas that do not
// group the digits by three make no number — it was read as 700.077万元, arrived and spent beyond the 700 planned
// (JX-F010, JX-F011). Left unread and shown to the reviewer (JX-S005); 1,234.5 still reads.
TEST_CASE("report with a label-value table: a figure whose commas do not group by three is not read, and is shown") {
    const auto bad = read_form_text("某县2020年财政项目支出绩效评价自评报告\n项目名称:农村公路养护\n一、项目基本概况\n"
                                    "计划安排资金\n(万元)\n700\n实际到位资金\n(万元)\n7,00.0,77\n实际支出\n(万元)\n7,00.0,77\n");
    const auto& p = bad.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "7000000.00");
    CHECK_FALSE(p.tranches[0].arrived);
    const bool used_read = p.execution && p.execution->used;
    CHECK_FALSE(used_read);
    std::vector<finding> shown;
    for (const auto& f : bad.all_findings())
        if (f.rule == "JX-S005") shown.push_back(f);
    REQUIRE(shown.size() == 2);
    CHECK(shown[0].where.line == 9);
    CHECK(shown[1].where.line == 12);
    CHECK(shown[0].actual == "7,00.0,77");
    CHECK(shown[0].message.en.find("do not group its digits by three") != std::string::npos);
    const auto good = read_form_text("某县2020年财政项目支出绩效评价自评报告\n项目名称:农村公路养护\n一、项目基本概况\n"
                                     "计划安排资金\n(万元)\n1,234.5\n实际到位资金\n(万元)\n1,200\n");
    CHECK(to_string(good.doc.projects.at(0).tranches.at(0).amount) == "12345000.00");
    CHECK(ingest_test::fen(good.doc.projects.at(0).tranches.at(0).arrived) == "12000000.00");
    for (const auto& f : good.all_findings()) CHECK(f.rule != "JX-S005");
}

// The 2014 form of a province's evaluation reports (海南, https://360docs.net/doc/b95081728.html): 计划投资额 and 实际使用情况,
// the unit and the figure run together in one cell ((万元)18821.06).
TEST_CASE("report with a label-value table: 计划投资额, 实际使用情况, (万元) and the figure in one cell") {
    const auto r = read_form_text(
        "某省2013年度森林生态效益补偿基金财政支出项目绩效评价报告\n项目名称:某补偿基金\n附件4-3\n"
        "项目基本信息\n计划投资额\n(万元)18821.06\n实际到位资金\n(万元)\n18821.06\n实际使用情况\n(万元)\n18821.06\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "188210600.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "188210600.00");
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "188210600.00");
}

// A prefecture bureau's form (湘西州民宗局 2018, http://mzzjj.xxz.gov.cn/zwgk_169/fdxxgknr/czxx/201912/t20191214_1345020.html):
// the table's 计划投资额 is the sum a sentence states too; the table alone says what arrived.
TEST_CASE("a label-value table beside a sentence of the same amount gives that tranche its arrival") {
    const auto r = read_form_text(
        "某州财政支出项目绩效自评报告\n项目名称:2018年度少数民族工作专项经费\n一、项目基本情况\n"
        "某局2018年度少数民族工作专项经费343.85万元,主要用于双语教育。\n计划投资额(万元)\n\n343.85\n\n"
        "实际到位资金(万元)\n\n343.85\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "3438500.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "3438500.00");
    const auto* arrived = source_of(r, "projects[0].tranches[0].arrived");
    REQUIRE(arrived);
    CHECK(arrived->text == "实际到位资金(万元) | 343.85");
    // A table of another sum is not this tranche's.
    const auto other = read_form_text(
        "某州财政支出项目绩效自评报告\n项目名称:2018年度少数民族工作专项经费\n一、项目基本情况\n"
        "某局2018年度少数民族工作专项经费343.85万元。\n计划投资额(万元)\n300\n实际到位资金(万元)\n300\n");
    REQUIRE(other.doc.projects.at(0).tranches.size() == 1);
    CHECK_FALSE(other.doc.projects.at(0).tranches[0].arrived);
}

// The same form copied from a document-sharing site, its cells run together on one line
// (文昌市 退耕还林苗圃 2017, https://m.wenku365.com/p-18528595.html): each label with its unit in
// brackets and the figure right after it; a label without a figure claims nothing.
TEST_CASE("report with a label-value table whose cells ran together: label(万元)figure") {
    const auto r = read_form_text(
        "某市2017年苗圃建设市级配套项目财政支出绩效评价报告\n项目名称:苗圃建设市级配套项目\n"
        "项目基本信息一、项目基本情况项目实施单位某市林业局项目类型经常性项目计划投资额(万元)110.00实际到位资金(万元)84.74"
        "实际使用情况(万元)84.74其中:中央财政其中:中央财政省财政预算市县财政预算110.00结余(万元)\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "1100000.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "847400.00");
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "847400.00");
    CHECK_FALSE(p.execution->surplus);
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->line == 3);
    CHECK(used->text == "实际使用情况(万元) | 84.74");
    // A label with no unit before its figure is not read (计划投资额110.00 could be anything).
    const auto bare = read_form_text(
        "某市2017年苗圃建设市级配套项目财政支出绩效评价报告\n项目名称:苗圃建设市级配套项目\n项目基本信息计划投资额110.00实际到位资金84.74\n");
    CHECK(bare.doc.projects.at(0).tranches.empty());
}

// A county's 财政支出政策绩效评价报告 (淳安县 2020, http://www.qdh.gov.cn/art/2022/3/15/art_1229715686_58993786.html): no
// report title the reader knows, a cover whose 项目名称 line names the project and its year, and
// the first heading letter-spaced across a table's first row (一、项 目 基 本 概 况 | ||||).
TEST_CASE("no title: the cover's 项目名称 names the project; a letter-spaced heading in a table row is a heading") {
    const auto r = read_form_text(
        "某县财政支出政策绩效评价报告\n项目名称 2020年公共文化活动专项资金\n项目单位 某县文化和广电旅游体育局\n"
        "一、项 目 基 本 概 况 | ||||||||||\n项目负责人 | 某某 | |||||||\n"
        "计划安排资金(万元) | 1088.00 | 实际到位资金(万元) | 1020.02 | |||||||\n实际支出(万元) | 1020.02 | |||||||||\n"
        "二、项目支出明细情况 | ||||||||||\n支出合计 | 1088.00 | 1020.02 | ||||||||\n");
    CHECK(r.doc.fiscal_year == 2020);
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "2020年公共文化活动专项资金");
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "10880000.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "10200200.00");
    CHECK(ingest_test::fen(p.execution.value().used) == "10200200.00");
    // Only a letter-spaced heading is read through the row's bars: a table's row of words and bars
    // (预算执行情况 | | |) stays a row, whatever section word it holds.
    using ingest::recognise_heading;
    using ingest::section_id;
    CHECK(recognise_heading(U"一、项 目 基 本 概 况 | ||||", section_id::none, section_id::none));
    CHECK_FALSE(recognise_heading(U"一、项目资金使用情况 | ||||", section_id::none, section_id::none));
    CHECK_FALSE(recognise_heading(U"（二）预算执行情况 | 100 | 100 |", section_id::none, section_id::none));
    CHECK(recognise_heading(U"一、项目资金使用情况", section_id::none, section_id::none));
}

// The same table a row per line with '|' (https://yynanhu.yueyang.gov.cn, 低保专项), and
// money the sentences state, which the table then does not replace.
TEST_CASE("report with a label-value table in '|' rows; sentences with money come first") {
    const std::string table = "计划安排资金 (万元) | 1208.75 | 实际到位资金 (万元) | 1208.75 | 实际支出 (万元) | 991.51 | 结余(万元) | 217.24 | ||||\n";
    const auto r = read_form_text("某新区2016年度财政支出项目绩效评价自评报告\n项目名称 低保专项\n一、项目基本概况\n" + table);
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "12087500.00");
    CHECK(ingest_test::fen(p.execution->used) == "9915100.00");
    CHECK(ingest_test::fen(p.execution->surplus) == "2172400.00");
    // Without a unit the figures are not read.
    const auto bare = read_form_text("某新区2016年度财政支出项目绩效评价自评报告\n项目名称 低保专项\n一、项目基本概况\n计划安排资金 | 1208.75\n");
    CHECK(bare.doc.projects.at(0).tranches.empty());
    // The sentences state the money: the table is not read beside them.
    const auto prose = read_form_text("某新区2016年度财政支出项目绩效评价自评报告\n项目名称 低保专项\n一、项目基本概况\n区级财政下达资金50万元。\n" + table);
    REQUIRE(prose.doc.projects.at(0).tranches.size() == 1);
    CHECK(to_string(prose.doc.projects[0].tranches[0].amount) == "500000.00");
}

// The portal's title (with the name in brackets) above the report's own title, whose cover
// names the project in a 项目名称 line spaced out letter by letter; the figures only in the
// table (https://yynanhu.yueyang.gov.cn/55456/55458/55498/55503/content_1345664.html).
TEST_CASE("report with a label-value table: the title printed twice is one project, named by its 项目名称 line") {
    const auto r = read_form_text(
        "某新区2016年度财政支出项目绩效评价自评报告(优抚)\n编稿时间:2017-09-20\n附件3-2\n"
        "某新区2016年度财政支出项目绩效评价自评报告\n评价类型:项目实施过程评价□ 项目完成结果评价■\n项目名称        优 抚\n"
        "项目单位     某新区民政局\n一、项目基本概况\n计划安排资金\n(万元)\n170\n实际支出\n(万元)\n169\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "优抚");
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "1700000.00");
    CHECK_FALSE(p.tranches[0].arrived);  // 实际到位资金 not printed: not invented
    CHECK(ingest_test::fen(p.execution->used) == "1690000.00");
    CHECK(r.doc.x.json.find("lines 1–3 have a report title but no standard section under it; read as a cover page") != std::string::npos);
}

// The MOF form with its cells joined by spaces into one line, as a document converter
// leaves it (https://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2, 池州市贵池区):
// read word by word; 实施单位 (盖章) keeps the unit, not the remark.
TEST_CASE("text form: cells joined by spaces into one line") {
    const auto r = read_form_text(
        "附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 某镇人民政府 实施单位 (盖章) 219001-某镇人民政府 "
        "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 90 89.974 10 99.97% 10 "
        "其中:本年财政拨款 90 90 89.974 上年结转资金 其他资金 年度总体目标\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2022);
    CHECK(p.name == "委托业务项目");
    CHECK(p.implementer == "219001-某镇人民政府");
    CHECK(ingest_test::fen(p.budget->initial) == "900000.00");
    CHECK(ingest_test::fen(p.execution->used) == "899740.00");
    CHECK(p.execution->reported_rate->text == "99.97%");
    CHECK(r.doc.x.json.find("cells joined by spaces, read word by word") != std::string::npos);
}

// A county's copy of the transfer form whose name label lost 支付: 转移(项目)名称
// (https://scgw.gov.cn/Detail.aspx?id=20220601112823798, 旺苍县 2021, cells joined by spaces).
TEST_CASE("text form: the transfer form's name label printed as 转移(项目)名称") {
    const auto r = read_form_text(
        "某县某局某补助资金转移支付区域(项目)绩效目标自评表\n"
        "(2021年度)\n"
        "转移(项目)名称 某补助资金\n"
        "地方主管部门 某县某局 资金使用单位 某县某局\n"
        "项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)\n"
        "年度资金总额: 2300.67 2300.67 100%\n"
        " 其中:中央补助 442.43 442.43 100%\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2021);
    CHECK(p.name == "某补助资金");
    CHECK(ingest_test::fen(p.budget->adjusted) == "23006700.00");
    CHECK(ingest_test::fen(p.execution->used) == "23006700.00");
    CHECK(p.execution->reported_rate->text == "100%");
}

// A school's MOF form copied one cell per paragraph, its headings broken over two cells
// (年初 / 预算数, 全年 / 执行数) by the word processor (http://www.lfsp.cn/newsinfo/1158053.html).
TEST_CASE("text form: headings broken over two cells, one cell per paragraph") {
    std::string text;
    for (const char* cell : {"项目支出绩效自评表", "2019年度)", "项目名称", "某改造经费", "主管部门", "某市发改委", "实施单位",
                             "某市某学校", "项目资金", "(万元)", " ", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值",
                             "执行率", "得分", "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9", "其中:当年财政拨款",
                             "43.2", "43.2", "37.24", "年度总体目标"})
        text += std::string(cell) + "\n\n";
    const auto r = read_form_text(text);
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2019);
    CHECK(ingest_test::fen(p.budget->initial) == "432000.00");
    CHECK(ingest_test::fen(p.budget->adjusted) == "432000.00");
    CHECK(ingest_test::fen(p.execution->used) == "372400.00");
    CHECK(p.execution->reported_rate->text == "86%");
    // Broken before its last character: 年初预算 | 数.
    std::string late = text;
    late.replace(late.find("年初\n\n预算数"), std::string("年初\n\n预算数").size(), "年初预算\n\n数");
    const auto l = read_form_text(late);
    REQUIRE(l.doc.projects.size() == 1);
    CHECK(ingest_test::fen(l.doc.projects[0].budget->initial) == "432000.00");
}

// A county's form whose weight column is headed 分值权重 (http://www.fk.gov.cn/gk/yjs/908895.htm).
// The unit on the total row's label (年度资金总额（万元）) instead of the funds block's heading (项目资金): the form
// was refused. Found by varying how a form prints its unit, not in a collected book; cells parted by tabs.
TEST_CASE("text form: the unit on the total row's label") {
    const auto r = read_form_text("项目支出绩效自评表\n（2023年度）\n项目名称\t乡村道路养护项目\n"
                                  "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                                  "年度资金总额（万元）\t100\t120\t110\t10\t91.67%\t9.2\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.budget.value().initial == ingest_test::wan("100"));
    CHECK(p.budget->adjusted == ingest_test::wan("120"));
    CHECK(ingest_test::fen(p.execution.value().used) == "1100000.00");
    CHECK(p.execution->reported_rate.value().text == "91.67%");
    // In 元 the same way.
    const auto yuan = read_form_text("项目支出绩效自评表\n（2023年度）\n项目名称\t乡村道路养护项目\n"
                                     "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                                     "年度资金总额（元）\t1000000\t1200000\t1100000\t10\t91.67%\t9.2\n");
    CHECK(ingest_test::fen(yuan.doc.projects.at(0).execution.value().used) == "1100000.00");
}

TEST_CASE("text form: the weight column headed 分值权重") {
    const auto r = read_form_text(
        "项目支出绩效自评表\n(2023年度)\n项目名称 某调查队专项经费\n主管部门 某局\n项目资金 (万元)\n"
        "资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分\n年度资金总额 5.28 1.96 1.96 10 100.00% 10\n"
        "其中:当年财政拨款 5.28 1.96 1.96 - - -\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->initial) == "52800.00");
    CHECK(ingest_test::fen(p.execution->used) == "19600.00");
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "100.00%");
}

// A county's form with no year line above it, only 填报日期 and a project named after its year (https://shidian.gov.cn/info/4312/182383.htm).
TEST_CASE("text form: no year line — the year the project's name carries, with a note; none at all is refused") {
    const std::string form =
        "项目支出绩效自评表 |\n单位名称:某县农业农村局 | 填报日期:2022年7月5日 | |||||\n"
        "项目名称 | NAME | |||||\n主管部门 | 某县人民政府 | 项目实施单位 | 某县农业农村局 | |||\n"
        "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
        "年度财政资金总额 | 650 | 94 | 14.46% | 2.9 | ||\n";
    const auto named = [&](const std::string& name) {
        std::string t = form;
        t.replace(t.find("NAME"), 4, name);
        return t;
    };
    const auto r = read_form_text(named("2019年新型农业经营主体扶持项目"));
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2019);
    CHECK(ingest_test::fen(r.doc.projects[0].budget->adjusted) == "6500000.00");
    CHECK(r.doc.x.json.find("fiscal year 2019 from the project's name") != std::string::npos);
    CHECK_THROWS_AS((void)read_form_text(named("新型农业经营主体扶持项目")), jixiao::error);  // 2022年7月5日 is a date, not the year
}

// A city bureau's Sichuan form read from an image into '|' rows (https://m.bidcenter.com.cn/newsrili-1-317588907.html): merged cells copied as
// empty cells, the same in the heading row and in each row of figures.
TEST_CASE("text form: empty heading cells of merged cells line up with the rows' empty cells") {
    const auto r = read_form_text(
        "部门预算项目支出绩效自评表(2023年度) | | | | | | | | | | |\n"
        "项目名称 | | 某专项工作经费 | | | | | | | | |\n"
        "主管部门 | | 某市林业 | | | | | 实施单位(盖章) | 某市林业局 | | |\n"
        "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |\n"
        "| 总额 | 5.00 | 5.00 | 4.00 | | | 80.00% | 10 | 8 | |\n"
        "| 其中:财政资金 | 5.00 | 5.00 | 4.00 | | | 80.00% | / | / | |\n"
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 |\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->initial) == "50000.00");
    CHECK(ingest_test::fen(p.budget->adjusted) == "50000.00");
    CHECK(ingest_test::fen(p.execution->used) == "40000.00");
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "80.00%");
}

// A county bureau's forms from a document-sharing page, one cell per line (https://m.taodocs.com/p-726199079.html): 调整预算数
// heads the adjusted column, and the total row lost its blank 全年执行数 cell in the copy.
TEST_CASE("text form: 调整预算数; a total row that lost a cell gives only its rate") {
    std::string text = "项目支出绩效自评表\n( 2021年度)\n项目名称\n某委托审计费\n主管部门\n实施单位\n某县市场监督管理局\n"
                       "项目资金\n(万元)\n年初预算数\n调整预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n";
    const auto lost = read_form_text(text + "30\n30\n10\n100%\n9\n其中:当年财政拨款\n30\n30\n");
    REQUIRE(lost.doc.projects.size() == 1);
    const auto& p = lost.doc.projects[0];
    CHECK_FALSE(p.budget);  // which of 30, 30, 10 is which cannot be told
    REQUIRE(p.execution);
    CHECK_FALSE(p.execution->used);
    CHECK(p.execution->reported_rate->text == "100%");
    // A row that starts with a blank cell which puts its percentage out of line is read without it
    // (https://chacewang.com/newsdetail/news242266.html: 年度资金总额:202010100.00%10 split with a blank in front).
    const auto shifted = read_form_text(
        "绩效目标自评表(2022年度)\n项目名称 | 某水标尺制作安装项目\n主管部门 | 某县水利局\n"
        "资金情况(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分\n年度资金总额: | | 20 | 20 | 10 | 100.00% | 10\n");
    REQUIRE(shifted.doc.projects.size() == 1);
    CHECK(ingest_test::fen(shifted.doc.projects[0].budget->adjusted) == "200000.00");
    CHECK(ingest_test::fen(shifted.doc.projects[0].execution->used) == "200000.00");
    CHECK(shifted.doc.projects[0].execution->reported_rate->text == "100.00%");
    const auto whole = read_form_text(text + "30\n30\n28\n10\n93.33%\n9\n");
    REQUIRE(whole.doc.projects.size() == 1);
    CHECK(ingest_test::fen(whole.doc.projects[0].budget->adjusted) == "300000.00");
    CHECK(ingest_test::fen(whole.doc.projects[0].execution->used) == "280000.00");
}

// A county's transfer form joined by spaces (霍山县 2024, https://www.ahhuoshan.gov.cn/public/6596221/37859876.html): four
// 28.1 under three money headings — a heading lost in the copy. However they line up, each money
// column gets 28.1, so that is read; when the readings differ, only the rate is.
TEST_CASE("text form: a total row with a cell more than its headings is read when every alignment agrees") {
    const std::string head = "某县特殊教育补助资金转移支付整体绩效目标自评表\n(2024年度)\n转移支付(项目)名称 特殊教育补助资金\n"
                             "项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分\n";
    const auto same = read_form_text(head + "年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10\n");
    const auto& p = same.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(ingest_test::fen(p.budget->initial) == "281000.00");
    CHECK(ingest_test::fen(p.budget->adjusted) == "281000.00");
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "281000.00");
    CHECK(p.execution->reported_rate->text == "100%");
    const auto differ = read_form_text(head + "年度资金总额: 30 28.1 28.1 28.1 10 100% 10\n");
    const auto& q = differ.doc.projects.at(0);
    CHECK_FALSE(q.budget);
    CHECK_FALSE(q.execution->used);
    CHECK(q.execution->reported_rate->text == "100%");
}

// A city bureau's .xls saved as one line of words (https://keke.chddh.cn/archives/x687rvl9wx4pjo4jd93q.html): ( 2021 年度) with the year spaced
// off, and 执行率(全年 执行数/全年 预算数) whose bracket names two other headings.
TEST_CASE("text form: a spaced year and a rate heading's bracket, read word by word") {
    const auto r = read_form_text(
        "附件1 项目支出绩效自评表 ( 2021 年度) 项目名称 某业务经费 主管部门 某市司法局 项目资金(万元) 实施单位 某市司法局 "
        "年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) 年度资金总额: 620.82万元 620.82万元 600.5万元 "
        "10 96.73% 9 其中:当年财政 拨款 620.82万元 620.82万元 600.5万元\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2021);
    CHECK(ingest_test::fen(p.budget->initial) == "6208200.00");
    CHECK(ingest_test::fen(p.execution->used) == "6005000.00");
    CHECK(p.execution->reported_rate->text == "96.73%");
}

// A district's form under the portal's record printed as a list (https://longyang.gov.cn/info/5311/13352539.htm): - 公开目录 / - 绩效自评报告
// is the page's category, not a report's title, so the form is read.
TEST_CASE("text form: the record's category 绩效自评报告 as a list item is no title") {
    const auto r = read_form_text(
        "某区2021年某示范县项目补助资金绩效自评\n- 索引号\n- 01525707-9/20230529-00013\n- 公开目录\n- 绩效自评报告\n- 日期\n"
        "2022年度项目支出绩效自评表\n项目名称 | 某示范县项目补助资金 | ||||\n主管部门 | 某区农业农村局 | 项目实施单位 | 某站 | |\n"
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |\n"
        "年度财政资金总额 | 278.4449 | 30.00 | 10.77% | 2.16 | |\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->adjusted) == "2784449.00");
    CHECK(p.execution->reported_rate->text == "10.77%");
    CHECK(r.doc.x.json.find("text form") != std::string::npos);
}

// A county's form with its indicator table after the funds block (https://shidian.gov.cn/info/4312/182383.htm): the table is not
// read from text, so the indicators are unknown (JX-S009) and the JX-I rules do not judge.
TEST_CASE("text form: the indicator table under the funds block is JX-S009, and the JX-I rules stay quiet") {
    const std::string text =
        "项目支出绩效自评表\n(2019年度)\n项目名称 | 某扶持项目 | |||||\n主管部门 | 某县人民政府 | 项目实施单位 | 某县农业农村局 | |||\n"
        "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
        "年度财政资金总额 | 650 | 94 | 14.46% | 2.9 | ||\n"
        "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
        "产出指标 | 数量指标 | 扶持主体 (个) |\n15 | 6 | 8.0 | |\n";
    const auto r = read_form_text(text);
    REQUIRE(r.project_findings.size() == 1);
    REQUIRE(r.project_findings[0].size() == 1);
    CHECK(r.project_findings[0][0].rule == "JX-S009");
    CHECK(r.project_findings[0][0].where.line == 7);
    CHECK(r.project_findings[0][0].where.path == "projects[0].indicators");
    const evaluated linted = lint(text, "form.txt");
    for (const auto& f : linted.result.all_findings()) CHECK_FALSE(f.rule.starts_with("JX-I"));
    // Switched off, it is not reported and JX-I005 says what it always said.
    rule_book off = report_rule_book();
    off.disable("JX-S009");
    CHECK(ingest_report_book(text, "form.txt", off).project_findings.at(0).empty());
    const auto judged = lint(text, "form.txt", off).result.all_findings();
    CHECK(std::any_of(judged.begin(), judged.end(), [](const finding& f) { return f.rule == "JX-I005"; }));
}

// The form joined into one line by spaces, its 一级指标 split into two words (稷山县,
// https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html): still the table's heading.
TEST_CASE("text form: 一级 指标 split by a space still starts the indicator table (JX-S009)") {
    const auto r = read_form_text(
        "项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 某镇人民政府 实施单位 某镇人民政府 "
        "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 90 89.974 10 99.97% 10 "
        "年度 总体 目标 一级 指标 二级指标 三级指标 指标1:居民健康档案 38508人 37442人 3 3\n");
    REQUIRE(r.project_findings.size() == 1);
    REQUIRE(r.project_findings[0].size() == 1);
    CHECK(r.project_findings[0][0].rule == "JX-S009");
}

// The same form printed by another town's program (http://www.anthempetcare.com/upload_cz/download?id=502364,
// 池州市贵池区棠溪镇): the total row left at 0 in every column, the money only in the 其中 rows.
TEST_CASE("text form: a total row of zeros over rows with figures is read from those rows") {
    const auto r = read_form_text(
        "项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 某镇人民政府 实施单位 某镇人民政府 "
        "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 "
        "其中:本年财政拨款 90 89.974 89.974 上年结转资金 6 0 0 其他资金 年度总体目标\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->initial) == "960000.00");  // 90 + 6
    CHECK(ingest_test::fen(p.budget->adjusted) == "899740.00");
    CHECK(ingest_test::fen(p.execution->used) == "899740.00");
    CHECK_FALSE(p.execution->reported_rate);  // the total row's 0 under 执行率 is no percentage
    const auto* adjusted = source_of(r, "projects[0].budget.adjusted");
    REQUIRE(adjusted);
    CHECK(adjusted->text == "其中:本年财政拨款 | 90 | 89.974 | 89.974");
    CHECK(p.budget->x.json.find("prints 0 in every column") != std::string::npos);
}

// A total row that states 0 while its rows are empty too is a stated 0, kept.
TEST_CASE("text form: a total row of zeros over empty rows stays 0") {
    const auto r = read_form_text(
        "项目支出绩效自评表 (2022年度) 项目名称 某项目 主管部门 某局 实施单位 某局 "
        "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 "
        "其中:本年财政拨款 0 0 0 上年结转资金 其他资金 年度总体目标\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->adjusted) == "0.00");
    CHECK(ingest_test::fen(p.execution->used) == "0.00");
    CHECK(p.budget->x.json.find("prints 0 in every column") == std::string::npos);
}

// A county's form saved from .xlsx as text with its cells in another order
// (https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html, 稷山县): the row labels among the headings,
// then the rows' figures, 年初预算数 left blank so that the first row has one figure fewer.
TEST_CASE("text form: headings and row labels interleaved, the first row's figures aligned on its percentage") {
    const auto r = read_form_text(
        "某县项目支出绩效自评表 (2020年度) 项目名称 某项配套资金 主管部门 某县某局 项目资金 年初预算数 (万元) 年度资金总额 "
        "其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — "
        "上年结转资金 — — 其他资金 — — 预期目标\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "某项配套资金");
    CHECK(ingest_test::fen(p.budget->initial) == "-");  // blank in the form: not stated
    CHECK(ingest_test::fen(p.budget->adjusted) == "656600.00");
    CHECK(ingest_test::fen(p.execution->used) == "650700.00");
    CHECK(p.execution->reported_rate->text == "99%");
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->text == "年度资金总额 | 65.66 | 65.07 | 10 | 99% | 9");
    CHECK(r.doc.x.json.find("come in another order") != std::string::npos);
}

// Aligned on the percentage, a row whose first figure is 99% has blank amounts: nothing is
// read for them (not 0), and the numbers after the row are not taken for amounts.
TEST_CASE("text form: interleaved cells whose amounts are blank give only the percentage") {
    const auto r = read_form_text(
        "某县项目支出绩效自评表 (2020年度) 项目名称 某项资金 主管部门 某局 项目资金 年初预算数 年度资金总额 全年预算数 "
        "全年执行数 执行率 得分 99% 1 2 3 4\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK_FALSE(p.budget);
    REQUIRE(p.execution);
    CHECK_FALSE(p.execution->used);
    CHECK(p.execution->reported_rate->text == "99%");
}

// A county's transfer-payment form on its portal (阆中市,
// http://langzhong.gov.cn/zwgk/zdlygk/zxzj/202208/t20220817_1715346.html): each row's cells run together — label and value, the three headings,
// and 年度资金总额:40004000100% for 4000 | 4000 | 100%.
TEST_CASE("text form: cells run together are split at the form's labels and where B ÷ A gives the rate") {
    const auto r = read_form_text(
        "中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)\n"
        "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评\n(2021年度)\n"
        "转移支付(项目)名称车辆购置税收入补助地方资金(普通省道公路建设)\n中央主管部门财政部\n"
        "地方主管部门某市交通运输局资金使用单位某市交通运输局\n项目资金\n(万元)\n"
        "全年预算数(A)全年执行数(B)预算执行率(B/A)\n年度资金总额:40004000100%\n 其中:中央补助40004000100%\n地方资金\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2021);
    CHECK(p.name == "车辆购置税收入补助地方资金(普通省道公路建设)");  // 地方资金 inside a name is no label
    CHECK(p.implementer == "某市交通运输局");
    CHECK(ingest_test::fen(p.budget->adjusted) == "40000000.00");
    CHECK(ingest_test::fen(p.execution->used) == "40000000.00");
    CHECK(p.execution->reported_rate->text == "100%");
    CHECK(r.doc.x.json.find("cells run together") != std::string::npos);
}

// A district's form copied word by word (https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html): the name's
// year spaced off it (2020 年市级…), the total's label a merged cell on the left read before the headings
// (年度财政 资金总额 … 预算数 (A) 执行数(B) 执行率(B/A) 得分 …), its figures after them.
TEST_CASE("text form: words — the total's label before the headings, a year spaced off the name") {
    const auto r = read_form_text(
        "2020 年市级某发展资金项目自评表 单位名称:区商务局 项目名称 2020 年市级某发展资金 主管部门 区商务局 "
        "预算执行 情况(万元) (20 分) 一级指标 年度财政 资金总额 项目实施单位 投资促进中心 预算数 (A) 执行数(B) "
        "执行率(B/A) 得分 (20 分*执行率) 285.84 280 98% 20 三级指标 年初目标值 (A) 实际完成值 (B) 得分\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "2020年市级某发展资金");
    CHECK(r.doc.fiscal_year == 2020);
    CHECK(ingest_test::fen(p.budget->adjusted) == "2858400.00");
    CHECK(ingest_test::fen(p.execution->used) == "2800000.00");
    CHECK(p.execution->reported_rate->text == "98%");
    // With no total label anywhere the block is not a form's.
    CHECK_THROWS_AS(read_form_text("项目名称 某资金 主管部门 某局 预算执行 情况(万元) 预算数 (A) 执行数(B) 执行率(B/A) 285.84 280 98%\n"),
                    jixiao::error);
}

// An OCR'd form run together (宁夏, https://www.bigxun.com/view/1651813082920488962): the indicator table's heading
// glued behind the goal (…亩产马铃薯原种2500公斤绩效指标一级指标二级指标…) is still where the table begins.
TEST_CASE("text form: 一级指标 inside a run-together line starts the indicator table (JX-S009)") {
    const auto r = read_form_text(
        "某项目绩效目标自评表(2022年度)项目名称某推广项目主管部门某局资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)"
        "执行率(B/A)其中中央补助自治区补助300万元\n259.45万元\n"
        "86.5%市县资金年度总体目标完成原种繁育田850亩绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(ingest_test::fen(r.doc.projects[0].budget->adjusted) == "3000000.00");
    REQUIRE(r.project_findings.at(0).size() == 1);
    CHECK(r.project_findings[0][0].rule == "JX-S009");
    CHECK(r.project_findings[0][0].where.line == 3);
    std::size_t rows_left = 2;
    CHECK(ingest::unglue_cells("绩效指标一级指标二级指标", rows_left) == std::vector<std::string>{"绩效指标", "一级指标", "二级指标"});
}

TEST_CASE("glued figures: the one split whose B ÷ A prints as the rate") {
    using ingest::split_glued_figures;
    const auto split = [](std::string_view run) {
        const auto s = split_glued_figures(run);
        return s ? s->a + "|" + s->b + "|" + s->r : std::string("-");
    };
    CHECK(split("40004000100") == "4000|4000|100");  // not 400040001|0|0: the amounts are of a size
    CHECK(split("10200") == "102|0|0");
    CHECK(split("4646100") == "46|46|100");
    // A misprinted rate (宣城市, http://www.996630.com/OpennessContent/download/3259760.html:
    // 46 ÷ 148 = 31.08% printed 31.00%): the near split, checked later by JX-F004.
    CHECK(split("1484631.00") == "148|46|31.00");
    CHECK(split("12345") == "-");  // no split gives its rate
    // The cells of one glued cell: labels, values, headings with their brackets, the figures.
    std::size_t rows_left = 2;
    CHECK(ingest::unglue_cells("地方主管部门某局资金使用单位某局", rows_left) ==
          std::vector<std::string>{"地方主管部门", "某局", "资金使用单位", "某局"});
    CHECK(ingest::unglue_cells("全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:10200%地方资金4646100%", rows_left) ==
          std::vector<std::string>{"全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)", "年度资金总额:", "102", "0", "0%",
                                   "地方资金", "46", "46", "100%"});
    // Past the document's allowance of rows, a run is left whole.
    CHECK(rows_left == 0);
    CHECK(ingest::unglue_cells("年度资金总额:10200%", rows_left) == std::vector<std::string>{"年度资金总额:", "10200%"});
}

// A form read from an image by a publisher's OCR (宁夏, https://m.bidcenter.com.cn/newsrili-1-303859372.html): 专项(项目)名称, the first
// amount of the total row printed with its unit (50万元), the rate 95.00% truncated (47.68 ÷ 50 =
// 95.36%), the indicator table's headings run together, and a year compared with (同比2022年).
TEST_CASE("text form: 专项(项目)名称; a glued row whose first amount carries its unit; a year compared with is not the year") {
    const auto r = read_form_text(
        "2023年福彩中心绩效项目支出自评表\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n"
        "专项(项目)名称某彩票系统改版升级\n中央主管部门某中心\n自治区主管部门某厅资金使用单位某发行中心\n"
        "项目资金 (万元)全年预算数全年执行数执行率\n年度资金总额50万元47.6895.00%\n其中:中央财政补助50万元47.6895.00%\n"
        "地方资金\n绩效指标一级指标二级指标三级指标年度指标值全年完成值\n"
        "效益指标经济效益指标拓展销售渠道同比2022年销量显著提高显著提高\n社会效益指标同比2022年销量显著提高\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2023);
    CHECK(p.name == "某彩票系统改版升级");
    CHECK(p.implementer == "某发行中心");
    CHECK(ingest_test::fen(p.budget->adjusted) == "500000.00");
    CHECK(ingest_test::fen(p.execution->used) == "476800.00");
    CHECK(p.execution->reported_rate->text == "95.00%");
    REQUIRE(r.project_findings.at(0).size() == 1);
    CHECK(r.project_findings[0][0].rule == "JX-S009");  // the indicator table, not read
    // The truncated rate is the form's own inconsistency: JX-F004 when the book is linted.
    const auto item = lint(
        "专项(项目)名称某彩票系统改版升级\n资金使用单位某发行中心\n项目资金 (万元)全年预算数全年执行数执行率\n"
        "年度资金总额50万元47.6895.00%\n",
        "form.txt", ingest_options{2023});
    const auto& found = item.result.projects.at(0).findings;
    CHECK(std::any_of(found.begin(), found.end(), [](const finding& f) { return f.rule == "JX-F004" && f.actual == "95.00%"; }));
    // The second amount and the rate must agree within a point: 47.68 ÷ 50 printed as 90.00% is no split.
    std::size_t rows_left = 1;
    CHECK(ingest::unglue_cells("年度资金总额50万元47.6890.00%", rows_left) ==
          std::vector<std::string>{"年度资金总额", "50万元47.6890.00%"});
}

// Two forms from document-sharing sites, each one line of cells run together: a hospital's
// (襄阳市, https://taowenge.com/d-68000429.html) with 预算数(A) · 执行数(B) and 年度财政 资金总额, and a school's MOF form
// (益阳市, https://m.yzwku.com/doc/284020.html) whose total row runs 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分 together.
TEST_CASE("text form: run-together rows of the Hubei and the MOF forms, the score after the rate") {
    const auto hubei = read_form_text(
        "2021年度财政项目绩效自评表单位名称:某医院填报日期:2022年3月18日项目名称东津院区建设补助主管部门某卫生健康委"
        "项目实施单位某医院项目类别1、部门预算项目预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)"
        "年度财政 资金总额10001000100%20度效标80\n");
    REQUIRE(hubei.doc.projects.size() == 1);
    const auto& h = hubei.doc.projects[0];
    CHECK(hubei.doc.fiscal_year == 2021);
    CHECK(h.name == "东津院区建设补助");
    CHECK(h.implementer == "某医院");
    CHECK(ingest_test::fen(h.budget->adjusted) == "10000000.00");
    CHECK(ingest_test::fen(h.execution->used) == "10000000.00");
    CHECK(h.execution->reported_rate->text == "100%");

    const auto mof = read_form_text(
        "1、2021年度项目支出绩效自评表项目名称2021年中职免学费市级配套资金主管部门某市教育局实施单位某技工学校"
        "项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额593.27593.27448.641076%10"
        "其中:当年财政拨款593.27593.27448.64上年结转资金其他资金年度总体 目标\n");
    REQUIRE(mof.doc.projects.size() == 1);
    const auto& m = mof.doc.projects[0];
    CHECK(m.name == "2021年中职免学费市级配套资金");
    CHECK(ingest_test::fen(m.budget->initial) == "5932700.00");
    CHECK(ingest_test::fen(m.budget->adjusted) == "5932700.00");
    CHECK(ingest_test::fen(m.execution->used) == "4486400.00");
    CHECK(m.execution->reported_rate->text == "76%");
    CHECK(ingest::split_glued_row("593.27593.27448.641076") ==
          std::vector<std::string>{"593.27", "593.27", "448.64", "10", "76%"});
}

// A Hebei county's 预算项目绩效自评表 on its portal (成安县,
// http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404): rows of words,
// 金额单位: 万元 once, then 预算数 6.84 到位数 6.84 执行数 6.84 on one line.
TEST_CASE("report with a form of words: 预算数 / 到位数 / 执行数 in the unit the form declares once") {
    const auto r = read_form_text(
        "某县民政局2020年度预算项目绩效自评表\n"
        "一、基本情况 项目名称: 百岁老人高龄津贴 实施(主管)单位 某县民政局 金额单位: 万元\n"
        "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n"
        "预算数 6.84 到位数 6.84 执行数 6.84 100.00\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(ingest_test::fen(p.budget->adjusted) == "68400.00");
    REQUIRE(p.tranches.size() == 1);
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "68400.00");
    CHECK(ingest_test::fen(p.execution->used) == "68400.00");
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->text == "执行数 | 6.84");
    // Without the declared unit nothing is guessed.
    const auto unstated = read_form_text("某县民政局2020年度预算项目绩效自评表\n一、基本情况\n预算数 6.84 到位数 6.84 执行数 6.84\n");
    CHECK_FALSE(unstated.doc.projects.at(0).budget);
    CHECK(unstated.doc.projects.at(0).tranches.empty());
}

// Sichuan's 项目绩效目标完成情况表 of 2019 (大英县, https://dyrmt.com/article-118971-3.html): 项目名称, then
// 预算执行情况(万元) | 预算数: | 40 | 执行数: | 40 — each figure after its label, as in the transfer form.
TEST_CASE("text form: a 项目名称 form whose funds are label and figure (预算数: | 40 | 执行数: | 40)") {
    const auto r = read_form_text(
        "项目绩效目标完成情况表 (2019 年度) |\n|||||\n项目名称 | 公务用车运行维护项目 | ||||\n预算单位 | 某县公安局 | ||||\n"
        "预算执行情况(万元) | 预算数: | 40 | 执行数: | 38.5 | |\n其中-财政拨款: | 40 | 其中-财政拨款: | 38.5 | ||\n"
        "其它资金: | 其它资金: | ||||\n年度目标完成情况 | 预期目标 | 实际完成目标 | |||\n"
        "绩效指标完成情况 | 一级指标 | 二级指标 | 三级指标 | 预期指标值 | 实际完成指标值 |\n"
        "项目完成指标 | 数量指标 | 保障公务用车数量 | 8辆 | 8辆 | |\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2019);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "公务用车运行维护项目");
    CHECK(ingest_test::fen(p.budget->adjusted) == "400000.00");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == money::parse("40万"));
    CHECK(ingest_test::fen(p.execution->used) == "385000.00");
    CHECK(r.doc.x.json.find("\"layout\":\"sc-goal-completion\"") != std::string::npos);

    // A heading over a column (预算数 with no colon, its figures in the rows below) is the grid form's.
    const auto grid = read_form_text(
        "(2019年度)\n项目名称 | 某项目\n资金(万元) | 预算数 | 执行数 | 执行率\n年度资金总额 | 40 | 38.5 | 96.25%\n");
    CHECK(ingest_test::fen(grid.doc.projects.at(0).execution->used) == "385000.00");
    CHECK(grid.doc.x.json.find("sc-goal-completion") == std::string::npos);
}

// Sichuan's transfer form (区域绩效目标自评表), one cell per line
// (https://www.scanju.gov.cn/gongkai/show/1e8c35c4e0ae4aaf81ef392897c56b63.html): 专项名称, the ministries over the
// fund, then 预算数: and 执行数: each followed by its figure, the unit only beside the 中央补助 rows; no year
// on the form, the text's dates give it.
TEST_CASE("text form: Sichuan's 专项名称 form, each figure after its label, the unit from the rows of sources") {
    const auto r = read_form_text(
        "某补助资金区域绩效目标自评表\n专项名称\n某补助资金\n中央主管部门\n某总局\n省级财政部门\n四川省财政厅\n"
        "预算执行情况\n预算数:\n2.38\n执行数:\n2.2\n20\n其中:中央补助\n  2.38  万元\n其中:中央补助\n2.2万元\n"
        "地方资金/其他\n万元\n年度目标完成情况\n目标1:开展排查整治。\n一级指标\n二级指标\n三级指标\n"
        "指标1:完成时间\n2021年12月31日\n2021年12月31日\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2021);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "某补助资金");
    CHECK(ingest_test::fen(p.budget->adjusted) == "23800.00");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == money::parse("2.38万"));
    CHECK(p.tranches[0].level == level::central);  // the 中央补助 row holds all of it
    CHECK(ingest_test::fen(p.execution->used) == "22000.00");
    CHECK_FALSE(p.department);  // 中央主管部门 is the ministry over the fund, not the unit's
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->line == 12);
    CHECK(r.doc.x.json.find("the form prints no year; fiscal year 2021 is the year the text speaks of") != std::string::npos);

    // The figure after the label's colon; with no unit anywhere nothing can be read, and the form is refused.
    CHECK_THROWS_WITH_AS(read_form_text("(2022年度)\n专项名称 | 某补助资金\n预算数:5 | 执行数:4\n"),
                         doctest::Contains("专项名称"), jixiao::error);
    const auto own = read_form_text("(2022年度)\n专项名称 | 某补助资金\n资金情况(万元)\n预算数:5 | 执行数:4\n");
    CHECK(ingest_test::fen(own.doc.projects.at(0).budget->adjusted) == "50000.00");
    CHECK(ingest_test::fen(own.doc.projects.at(0).execution->used) == "40000.00");
    CHECK(own.doc.projects.at(0).tranches.at(0).level == level::district);  // guessed, and said so
}

// A township's department-wide form after its table of basic data, a cell per line
// (http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html): 部门整体支出绩效自评表,
// named by 预算部门、单位名称, its funds block the project form's.
TEST_CASE("text form: the department-wide form (预算部门、单位名称) is read like a project's") {
    const auto r = read_form_text(
        "附件二\n2023年度部门整体支出绩效自评表\n预算部门、单位名称\n某乡人民政府\n年度预算申请\n(万元)\n年初预算数\n全年预算数\n"
        "全年执行数\n分值\n执行率\n自评得分\n年度资金总额\n861.10\n2030.12\n2030.12\n10\n100%\n10\n年度总体目标\n预期目标\n"
        "实际完成情况\n做好各项工作。\n完成。\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "某乡人民政府");
    CHECK(r.doc.fiscal_year == 2023);
    CHECK(p.budget.value().initial == ingest_test::wan("861.10"));
    CHECK(p.budget->adjusted == ingest_test::wan("2030.12"));
    CHECK(ingest_test::fen(p.execution.value().used) == "20301200.00");
    CHECK(p.execution->reported_rate->text == "100%");

    // Fujian's department-wide form (宁德, https://yjj.ningde.gov.cn/gzdt/ggl/zjxxgk/202111/t20211110_1546659.htm):
    // 年初部门预算安排金额① · 年中调整金额② · 小计③ · 年度拨付金额④ · 支出实现率 · 本年度结余金额 · 资金结余率, its
    // total row 财政资金小计; the rate printed without its %.
    const auto fj = read_form_text(
        "部门整体支出绩效自评表\n( 2020 年度)\n部门(单位)名称 某市地震局 部门预算编码 409001007\n"
        "财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况\n(万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 "
        "年度拨付金额 支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③\n ③=①+②\n"
        "财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08\n① 项目支出 30 0 30 30 100 0 0\n");
    REQUIRE(fj.doc.projects.size() == 1);
    CHECK(fj.doc.projects[0].name == "某市地震局");
    CHECK(fj.doc.projects[0].budget.value().initial == ingest_test::wan("130.54"));
    CHECK(fj.doc.projects[0].budget->adjusted == ingest_test::wan("188.61"));
    CHECK(ingest_test::fen(fj.doc.projects[0].execution.value().used) == "1884500.00");
    CHECK(ingest_test::fen(fj.doc.projects[0].execution->surplus) == "1600.00");
    CHECK(fj.doc.projects[0].execution->reported_rate.value().text == "99.92");

    // Named by 一级预算单位名称, or 级预算单位名称 where a mirror lost its first character; its figures with
    // their 万元 (零陵区, http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml).
    for (const std::string label : {"一级预算单位名称", "级预算单位名称"}) {
        CAPTURE(label);
        const auto h = read_form_text("部门整体支出绩效自评表\n(2021年度)\n" + label +
                                      "\n某区林业局\n年度预算申请\n(万元)\n年初\n预算数\n全年预算数\n全年\n执行数\n分值\n执行率\n得分\n"
                                      "年度资金总额\n4753.66万元\n4753.66万元\n3824.26万元\n10\n100%\n10\n");
        REQUIRE(h.doc.projects.size() == 1);
        CHECK(h.doc.projects[0].name == "某区林业局");
        CHECK(h.doc.projects[0].budget.value().adjusted == ingest_test::wan("4753.66"));
        CHECK(ingest_test::fen(h.doc.projects[0].execution.value().used) == "38242600.00");
    }

    // Chongqing's department-wide form as a pipe table (忠县, http://wap2hd.com/zwgk_156/fdzdgknr/czyjs/ysgk/bmys/xkx/202505/t20250523_14652919.html):
    // 全年(调整)预算数, the rate's weight and score named after it (执行率权重, 执行率得分), the total row 年度总金额.
    // (The page prints no unit; this one does.)
    const auto cq = read_form_text(
        "2024年度部门整体绩效自评表 | ||||||||||\n项目名称: | 某县科学技术协会整体监控 | 项目编码: | 500233 | 自评总分: | 99.68 | |||||\n"
        "资金情况(万元) | ||||||||||\n年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 | |||||\n"
        "年度总金额 | 372.41 | 476.45 | 461.45 | 96.85% | 10.00 | 9.68 | ||||\n");
    REQUIRE(cq.doc.projects.size() == 1);
    CHECK(cq.doc.projects[0].name == "某县科学技术协会整体监控");
    CHECK(cq.doc.projects[0].budget.value().initial == ingest_test::wan("372.41"));
    CHECK(cq.doc.projects[0].budget->adjusted == ingest_test::wan("476.45"));
    CHECK(ingest_test::fen(cq.doc.projects[0].execution.value().used) == "4614500.00");
    CHECK(cq.doc.projects[0].execution->reported_rate.value().text == "96.85%");

    // Anhui's, named by 部门 right under its title (金寨, https://www.ahjinzhai.gov.cn/public/6624963/37545031.html):
    // the book was refused (no 项目名称). A portal's 部门: | 财政局 row above a report is no form.
    const auto ah = read_form_text(
        "部门整体支出绩效自评表 | |||\n(2023年度) | |||\n部门 | 某县美丽乡村建设服务中心 | |||\n预算资金 (万元) |\n"
        "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||\n年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | |||\n");
    REQUIRE(ah.doc.projects.size() == 1);
    CHECK(ah.doc.projects[0].name == "某县美丽乡村建设服务中心");
    CHECK(ah.doc.projects[0].budget.value().adjusted == ingest_test::wan("329.77"));
    CHECK(ingest_test::fen(ah.doc.projects[0].execution.value().used) == "3383100.00");
    CHECK(ah.doc.projects[0].execution->reported_rate.value().text == "102.59%");
    const auto portal = ingest_report_book("索引号: | GS4255/2022-19110 | 部门: | 财政局 |\n某县2021年度专项资金绩效自评报告\n"
                                           "一、项目资金情况\n下达资金200万元，已支出200万元。\n",
                                           "t.txt");
    REQUIRE(portal.doc.projects.size() == 1);
    CHECK(portal.doc.projects[0].name != "财政局");
    CHECK(portal.doc.projects[0].execution.value().used == ingest_test::wan("200"));

    // Hunan's, named by 单位名称 under its title (南岳区, https://fyfantasy.com/nyczj/czysgk/2019njyhndyjs/xcg/mzzjswj/
    // 20210203/i2295863.html): 年初预算资金总额 · 实际投入资金额 · 产生差异的原因, the total row 合计. The book was read
    // as running text, the title's 236.25万元 as money spent.
    const auto hn = read_form_text(
        "2020年某经费236.25万元部门整体支出绩效自评表 |\n|\n|\n单位名称 | 某区民族宗教事务局 | 单位负责人及电话 | 某某 |\n"
        "资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |\n合计 | 236 | 236 | |\n"
        "其中:财政拨款 | 236 | 236 | |\n其他资金 | | | |\n");
    REQUIRE(hn.doc.projects.size() == 1);
    CHECK(hn.doc.projects[0].name == "某区民族宗教事务局");
    CHECK(hn.doc.projects[0].budget.value().initial == ingest_test::wan("236"));
    CHECK(hn.doc.projects[0].execution.value().used == ingest_test::wan("236"));
    // Chongqing's, the same funds block under 部门整体绩效目标自评表, its cells joined by spaces (大足, http://www.dazu.gov.cn/
    // zwgk_175/fdzdgknr/czyjs/qzfzcbm/qsww_68879/js/202204/t20220413_10612470.html).
    const auto chongqing = read_form_text(
        "某区某委员会2021年度预算资金绩效自评公开\n2021年部门整体绩效目标自评表\n单位名称 某区某委员会 单位负责人及电话 某某\n"
        "主管部门 财务科 实施单位\n资金情况(万元)\n年初预算资金总额(万元) 实际投入资金额(万元) 产生差异的原因\n"
        "合计 1304.23 2951.55 项目经费增加\n其中:财政拨款 1304.23 2951.55\n其他资金\n");
    REQUIRE(chongqing.doc.projects.size() == 1);
    CHECK(chongqing.doc.projects[0].name == "某区某委员会");
    CHECK(chongqing.doc.projects[0].budget.value().initial == ingest_test::wan("1304.23"));
    CHECK(chongqing.doc.projects[0].execution.value().used == ingest_test::wan("2951.55"));
    // 合计 heads no form's total where the headings are another form's: there the form is not read.
    const auto other = read_form_text(
        "2020年某经费部门整体支出绩效自评表 |\n单位名称 | 某区民族宗教事务局 |\n资金情况(万元) | 全年预算数 | 全年执行数 |\n"
        "合计 | 236 | 236 |\n");
    CHECK_FALSE(other.doc.projects.at(0).budget);
}

// Sichuan's 2024 transfer-payment 绩效评价表 (雅安 名山, https://www.qianlima.com/bid-510642257.html): its 资金投入情况
// table copied a cell a line — headings A to E with their formulas, 行次 and 列次 numbers, the 年度资金总额 row's
// number 1, then its figures, 统筹整合资金数 (B) blank and lost. Read only when the printed rates are D ÷ C and E ÷ C.
TEST_CASE("text form: Sichuan's 资金投入情况 table (A · B · C · D · D/C · E · E/C)") {
    const auto book = [](const std::string& row) {
        return read_form_text("某区林业局2024年度林业草原改革发展资金绩效评价表\n年度:2024年\n资金投入情况\n(万元)\n\n"
                              "行次 全年预算数\n(A)\n统筹整合资金数\n(B)\n扣除统筹整合资金后预算金额\n(C)\n全年到位资金\n(D)\n"
                              "预算到位\n(D/C×100%)\n全年执行资金\n(E)\n预算执行\n(E/C×100%)\n佐证材料\n"
                              "列次 0 1 2 3 4 5 6 7 所需材料 上传端口\n" +
                              row + "\n资金管理情况\n情况说明 存在问题 改进措施\n");
    };
    const auto r = book("年度资金总额(万元): 1 40.000000\n40.000000 36.000000 90.00% 24.000000 60.00%");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(ingest_test::fen(p.tranches[0].amount) == "400000.00");
    CHECK(ingest_test::fen(p.tranches[0].arrived) == "360000.00");
    CHECK(ingest_test::fen(p.budget->adjusted) == "400000.00");
    REQUIRE(p.execution);
    CHECK(ingest_test::fen(p.execution->used) == "240000.00");
    CHECK(p.execution->reported_rate->text == "60.00%");
    REQUIRE(p.reported_arrival_rate);
    CHECK(p.reported_arrival_rate->text == "90.00%");
    const auto* used = source_of(r, "projects[0].execution.used");
    REQUIRE(used);
    CHECK(used->line == 22);  // the row's label
    CHECK(p.tranches[0].level == level::district);  // no level printed: the unit's (某区)
    // The 其中:中央财政资金 row after it, holding all of C: the money is central.
    const auto central = book("年度资金总额(万元): 1 40.000000\n40.000000 36.000000 90.00% 24.000000 60.00%\n"
                              "其中:中央财政资金(万元) 2 40.000000\n40.000000 36.000000 90.00% 24.000000 60.00% 预算下达文件");
    CHECK(central.doc.projects.at(0).tranches.at(0).level == level::central);
    // B printed: C is A less B, and the rates are of C.
    const auto integrated = book("年度资金总额(万元): 1 50 10 40 36 90.00% 24 60.00%");
    CHECK(ingest_test::fen(integrated.doc.projects.at(0).tranches.at(0).amount) == "400000.00");
    // Rates that are not D ÷ C and E ÷ C: the columns are not these, nothing is read.
    const auto other = book("年度资金总额(万元): 1 40 40 36 90.00% 24 50.00%");
    CHECK(other.doc.projects.at(0).tranches.empty());
    CHECK_FALSE(other.doc.projects.at(0).execution);
    // No unit on the row: nothing is guessed.
    const auto unitless = book("年度资金总额: 1 40 40 36 90.00% 24 60.00%");
    CHECK(unitless.doc.projects.at(0).tranches.empty());
}
