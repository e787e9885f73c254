// Report books of other provinces' templates. Every passage here is written for these
// tests; each reproduces a pattern seen in a real published book, whose address is given
// in the comment above it.
#include "ingest_support.hpp"
#include "ingest/sections.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using ingest_test::allocated;
using ingest_test::fen;
using ingest_test::rule_lines;
using ingest_test::wan;
using V = std::vector<std::string>;

namespace {

ingest_result read(const std::string& text, const std::string& name = "book.txt") { return ingest_report_book(text, name); }


std::vector<std::string> findings_of(const ingest_result& r) { return rule_lines(r.all_findings()); }

// The findings of one rule, the report-text rules' and the evaluation's (JX-F…, JX-I…: the document
// evaluated). These passages are excerpts of the Sichuan template, so JX-S001 also names the
// sections they leave out; that is tested elsewhere.
std::vector<std::string> findings_of(const ingest_result& r, std::string_view rule) {
    std::vector<std::string> out;
    for (auto& f : findings_of(r))
        if (f.starts_with(rule)) out.push_back(f);
    for (auto& f : rule_lines(evaluate(r.doc).all_findings()))
        if (f.starts_with(rule)) out.push_back(f);
    return out;
}

std::vector<finding> all_of(const ingest_result& r, std::string_view rule) {
    std::vector<finding> out;
    for (const auto& f : r.all_findings())
        if (f.rule == rule) out.push_back(f);
    return out;
}

}  // namespace

// ---- titles --------------------------------------------------------------------------

// Pattern of https://www.baoshan.gov.cn/info/5714/9451464.htm: portal fields above the
// title, the project's name in brackets after it, the title printed again without 年度.
TEST_CASE("titles: portal boilerplate ignored, a bracketed name, the title printed twice") {
    const auto r = read(
        "索引号\n发布机构\n某市卫生健康委员会\n浏览量\n"
        "某市卫生健康委员会2022年度项目绩效自评报告(春节走访经费项目)\n"
        "某市卫生健康委员会2022项目绩效自评报告\n"
        "(春节走访经费项目)\n"
        "一、基本情况\n"
        "春节走访经费市级资金5万元，已全部到位，执行率100%。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2022);
    CHECK(r.doc.projects[0].name == "春节走访经费项目");
    CHECK(*r.doc.unit == "某市卫生健康委员会");
    CHECK(allocated(r.doc.projects[0]) == wan("5"));
}

// Pattern of http://www.gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/jycy_7661/202509/t20250909_1449984.html:
// the portal's record of the page (索引号 … 发文字号, 发布机构, 生成日期) printed under the title.
TEST_CASE("titles: the portal's record of the page under the title is not the project's name") {
    const auto r = read(
        "2024年某某专项资金预算执行情况绩效自评报告\n"
        "索引号 620000000/2025-00001 发文字号\n"
        "关键词 发布机构 某县人社局\n"
        "公开形式 主动公开 责任部门 某县人社局\n"
        "生成日期 2025-09-09 10:09:01 是否有效\n"
        "一、自评情况\n"
        "该项目预算共安排50万元，实际支付45万元，执行率90%。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.projects[0].name == "某某专项资金");  // 预算执行情况: what the report is of
    CHECK(allocated(r.doc.projects[0]) == wan("50"));
    // The same record printed as a list (https://longyang.gov.cn/info/5312/9987329.htm): the
    // bracketed name in the title stands.
    const auto listed = read(
        "某区2022年专项转移支付绩效自评报告(某某恢复资金)\n- 索引号\n- 01525697-3-/2023-0417003\n- 发文机构\n- 某区林业和草原局\n"
        "- 文 号\n- 浏览量\n- 日期\n- 2023-04-17\n一、绩效目标分解下达情况\n上级下达某某恢复资金50万元。\n");
    REQUIRE(listed.doc.projects.size() == 1);
    CHECK(listed.doc.projects[0].name == "某某恢复资金");
    // The record naming the report (信息名称 …自评报告 内容概述) is no second title, and the year
    // printed again before 绩效自评报告 is no part of the name (https://275167.com/OpennessContent/download/3265436.html).
    const auto named = read(
        "发布文号 关键词 某市2023年省级某保护资金转移支付 2023年度绩效自评报告,部门项目\n"
        "信息名称 某市2023年省级某保护资金转移支付 2023年度绩效自评报告 内容概述 一、绩效目标分解下达情况2023年下达我市某资金2.1万元。\n"
        "某市2023年省级某保护资金转移支付 2023年度绩效自评报告\n一、绩效目标分解下达情况\n2023年下达我市省级某保护专项资金2.1万元。\n");
    REQUIRE(named.doc.projects.size() == 1);
    CHECK(named.doc.projects[0].name == "省级某保护资金转移支付");
    CHECK(allocated(named.doc.projects[0]) == wan("2.1"));
}

// Pattern of https://www.baoshan.gov.cn/info/5714/9451464.htm: Yunnan's template puts the money
// under 二、佐证材料 › (三)绩效评价指标分析 › 1.预算执行情况分析, with no verb before the amount.
TEST_CASE("sections: 1.预算执行情况分析 under 佐证材料 is the money's heading; an amount then said to have come is allocated") {
    const std::string head = "某市卫生健康委员会2023年度项目绩效自评报告(医师节慰问经费项目)\n一、自评结论\n"
                             "(一)自评得分\n自评100分。\n二、佐证材料\n(三)绩效评价指标分析\n1.预算执行情况分析\n";
    const auto r = read(head + "医师节慰问经费项目市级资金4万元，全部到位并使用完毕，执行率100%\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("4"));
    CHECK(p.tranches[0].arrived == wan("4"));
    CHECK(fen(p.execution->used) == "40000.00");
    // Without the word that it came, the amount under the heading is what was spent.
    const auto spent = read(head + "医师节慰问经费项目市级资金4万元，执行率100%\n");
    CHECK(spent.doc.projects.at(0).tranches.empty());
    CHECK(fen(spent.doc.projects.at(0).execution->used) == "40000.00");
    // A rule that it must come is no statement that it came.
    const auto rule = read(head + "医师节慰问经费项目市级资金4万元，必须及时拨付到位。\n");
    CHECK(rule.doc.projects.at(0).tranches.empty());
    // The same title as a list item among the indicators is no heading: 预算执行率 is not 预算执行情况.
    CHECK_FALSE(ingest::recognise_heading(U"1.预算执行率", ingest::section_id::performance, ingest::section_id::none));
    CHECK(ingest::recognise_heading(U"1.预算执行情况分析", ingest::section_id::closing, ingest::section_id::performance)
              ->id == ingest::section_id::funds_use);
}

// Pattern of https://baoshan.gov.cn/info/5746/3851934.htm: the allocation stated in the summary
// and again before a sentence of its parts (其中，A…，B…), which add up to it; a heading
// 项目资金到位情况分析 with nothing under it says nothing about arrival.
TEST_CASE("totals and parts: a total restated, then its parts in the next sentence, is counted once") {
    const auto r = read(
        "某市文化和旅游局2021年度项目支出绩效自评报告\n中央补助地方公共文化服务体系建设专项资金\n"
        "一、绩效目标分解下达情况\n2021年省财政厅下达我市中央补助地方公共文化服务体系建设专项资金100.00万元。\n"
        "（一）中央下达预算和绩效目标情况\n省财政厅下达我市2021年中央补助地方公共文化服务体系建设专项资金100.00万元。"
        "其中，公共数字文化建设30.00万元，戏曲公益性演出50.00万元，绩效奖励20.00万元。\n"
        "二、绩效目标完成情况分析\n（一）资金投入情况分析\n(1)项目资金到位情况分析\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("100"));
    REQUIRE(p.tranches.size() == 3);  // the parts; the total is not a tranche of its own
    CHECK(p.tranches[0].amount == wan("30"));
    CHECK(p.tranches[2].amount == wan("20"));
    for (const auto& t : p.tranches) CHECK_FALSE(t.arrived);  // a heading is not an arrival statement
    CHECK(findings_of(r, "JX-S006").empty());
    // Parts in the next sentence that do not add up to the total are read as in one sentence: the
    // parts are the tranches, of the total's level, and the total is no money beside them (JX-S006).
    const auto uneven = read(
        "某市文化和旅游局2021年度项目支出绩效自评报告\n某专项资金\n一、绩效目标分解下达情况\n"
        "中央资金100.00万元。其中，公共数字文化建设30.00万元，戏曲公益性演出50.00万元。\n");
    const auto& u = uneven.doc.projects.at(0);
    REQUIRE(u.tranches.size() == 2);
    CHECK(u.tranches[0].amount == wan("30"));
    CHECK(u.tranches[1].amount == wan("50"));
    CHECK(u.tranches[1].level == level::central);
    CHECK(findings_of(uneven, "JX-S006") == V{"JX-S006@4"});
    // A 合计 after the parts says the total again; it is not one of them
    // (大英县, https://dyrmt.com/article-118140-1.html).
    const auto summed = read(
        "某县某局2021年度项目支出绩效自评报告\n某专项资金\n一、绩效目标分解下达情况\n"
        "申请中央药品监管专项资金13.5万元。其中某文件下达资金7万元,某文件下达6.5万元,合计下达中央药品监管专项资金13.5万元。\n");
    const auto& s = summed.doc.projects.at(0);
    CHECK(allocated(s) == wan("13.5"));
    REQUIRE(s.tranches.size() == 2);
    CHECK(s.tranches[0].level == level::central);
    CHECK(findings_of(summed, "JX-S006").empty());
    // One part as large as the total, and the parts adding up to more: the total stands (弥勒,
    // https://www.hhml.gov.cn/info/138472/567552.htm).
    const auto whole = read(
        "某市某办公室2023年度项目支出绩效自评报告\n一、基本情况\n"
        "2023年实施项目共4个,项目预算资金150万元。其中:年初预算批复的项目3个,项目资金150万元,中央疫情防控财力补助资金1个,项目资金0.24万元。\n");
    const auto& w = whole.doc.projects.at(0);
    REQUIRE(w.tranches.size() == 1);
    CHECK(w.tranches[0].amount == wan("150"));
    CHECK(findings_of(whole, "JX-S006") == V{"JX-S006@3"});
}

TEST_CASE("到位: 到位情况 and 到位及使用 name a topic; 到位率 other than 100% is a rate, not arrived = amount") {
    const std::string head = "某县某局2023年度项目支出绩效自评报告\n某资金\n一、基本情况\n下达资金10万元。\n";
    CHECK_FALSE(read(head + "资金到位及使用情况良好。\n").doc.projects.at(0).tranches.at(0).arrived);
    CHECK_FALSE(read(head + "资金到位率80%。\n").doc.projects.at(0).tranches.at(0).arrived);
    CHECK(read(head + "资金到位率100%。\n").doc.projects.at(0).tranches.at(0).arrived == wan("10"));
    CHECK(read(head + "资金已全部到位。\n").doc.projects.at(0).tranches.at(0).arrived == wan("10"));
    // 到位资金支付率 is how much of the money that came was paid out (五华区 2023,
    // http://www.kmwh.gov.cn/c/2025-10-28/7068860.shtml), not a word on whether it came.
    for (const std::string rate : {"到位资金支付率为95.02%。", "到位资金的执行率为95.02%。"}) {
        CAPTURE(rate);
        CHECK_FALSE(read(head + "项目共支付9.502万元," + rate + "\n").doc.projects.at(0).tranches.at(0).arrived);
    }
}

// Pattern of the 西平县 2022 transport report (bulletin of 西平县财政局): under the arrival
// heading, 已全部拨付 means the money came; under the execution heading, 已完成拨付 is spent.
TEST_CASE("拨付 under 项目资金到位情况分析 is arrival") {
    const auto r = read(
        "某县交通运输局2022年度项目支出绩效自评报告\n农村公路建设项目\n"
        "一、绩效目标分解下达情况\n计划投资50万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n"
        "1、项目资金到位情况分析。\n衔接资金50万元目前已全部拨付，及时安排到相关项目。\n"
        "2、项目资金执行情况分析。\n已完成拨付45万元，执行率90%。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("50"));
    CHECK(p.tranches[0].arrived == wan("50"));
    CHECK(fen(p.execution->used) == "450000.00");
    // The same with each heading run into its paragraph on one line.
    const auto run_in = read(
        "某县交通运输局2022年度项目支出绩效自评报告\n农村公路建设项目\n"
        "一、绩效目标分解下达情况\n计划投资50万元。\n三、绩效目标自评完成情况分析\n(一)资金投入情况分析\n"
        "1、项目资金到位情况分析。衔接资金50万元目前已全部拨付,及时安排到相关项目。\n"
        "2、项目资金执行情况分析。项目资金共50万元,已完成拨付45万元，执行率90%。\n");
    const auto& q = run_in.doc.projects.at(0);
    REQUIRE(q.tranches.size() == 1);
    CHECK(q.tranches[0].arrived == wan("50"));
    CHECK(fen(q.execution->used) == "450000.00");
    // A rule under the arrival heading (必须…全部拨付到位) is no arrival, as in a sentence
    // anywhere else (the 铜梁 pattern of ingest_funds_test).
    const auto rule = read(
        "某县交通运输局2022年度项目支出绩效自评报告\n农村公路建设项目\n"
        "一、绩效目标分解下达情况\n计划投资50万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n"
        "1、项目资金到位情况分析。\n衔接资金50万元必须于年底前全部拨付到位。\n");
    REQUIRE(rule.doc.projects.at(0).tranches.size() == 1);
    CHECK(rule.doc.projects.at(0).tranches[0].amount == wan("50"));
    CHECK_FALSE(rule.doc.projects.at(0).tranches[0].arrived);
    // A sentence that starts like a heading is not cut: 1、资金到位情况良好 stays one line of text.
    const auto sentence = read("某县某局2023年度项目支出绩效自评报告\n某资金\n一、基本情况\n下达资金10万元。\n"
                               "1、资金到位情况良好，全部到位。\n");
    CHECK(sentence.doc.projects.at(0).tranches.at(0).arrived == wan("10"));
}

// Pattern of https://www.chacewang.com/newsdetail/news145837.html: the whole report one paragraph,
// its transfer-payment headings run in; 一、绩效目标分解下达情况 is one heading, not 一、绩效目标.
TEST_CASE("run-in headings: a title that goes on after a heading word is taken whole") {
    const auto r = read(
        "某县2021年中央食品监管专项转移支付绩效自评报告为规范资金管理,现将自评情况报告如下:"
        "一、绩效目标分解下达情况(一)中央下达预算和绩效目标情况,中央下达预算资金3万元,"
        "二、绩效目标完成情况分析(一)资金投入情况分析,本年度收到中央补助3万元,"
        "三、偏离绩效目标的原因和下一步改进措施无。四、绩效自评结果拟应用和公开情况按要求公开。\n");
    CHECK(allocated(r.doc.projects.at(0)) == wan("3"));
    // 收到 under (一)资金投入情况分析, (the comma is not part of the heading) is arrival.
    CHECK(r.doc.projects.at(0).tranches.at(0).arrived == wan("3"));
    CHECK(findings_of(r, "JX-S001").empty());  // all four sections of the transfer template are there
    CHECK(findings_of(r, "JX-S005").empty());
}

// Pattern of https://www.chacewang.com/newsdetail/news275746.html: the money's level-3 headings run in after a comma
// too (…全部到位,2.项目资金执行情况分析,专项资金20万元): what follows one is under it, so the bare 20万元 is the
// spending's, not a second arrival. A number after a comma that heads no money (…,2.加强宣传,) stays in its sentence.
TEST_CASE("run-in headings: a money heading numbered 2. after a comma") {
    const auto text = [](std::string_view second) {
        return "湖南省财政厅下达2022年某专项资金20万元,二、绩效目标完成情况分析(一)资金投入情况分析"
               "1.项目资金到位情况,其中专项资金20万元于2022年1月11日全部到位," +
               std::string(second) + ",专项资金20万元,3.项目资金管理分析,管理规范。\n";
    };
    const auto r = read("2022年度某专项资金绩效自评报告\n" + text("2.项目资金执行情况分析"));
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("20"));
    CHECK(p.tranches[0].arrived == wan("20"));
    CHECK(p.execution.value().used == wan("20"));
    const auto other = read("2022年度某专项资金绩效自评报告\n" + text("2.加强宣传"));
    const auto& o = other.doc.projects.at(0);
    CHECK(o.tranches.size() == 2);  // the bare 20万元 under the arrival heading is an arrival still
    const bool any_used = o.execution && o.execution->used;
    CHECK_FALSE(any_used);
}

// Pattern of https://www.chacewang.com/newsdetail/news145837.html: last year's money, this year's
// allocation as a total, then the same allocation as two documents' halves.
TEST_CASE("totals and parts: this year's total and its parts beside last year's carry-over are counted once") {
    const auto r = read(
        "某县市场监督管理局2021年度项目支出绩效自评报告\n中央食品监管专项转移支付\n一、绩效目标分解下达情况\n"
        "2021年度我局食品监管资金上年结转结余资金2万元，2021年中央下达中央食品监管专项转移支付预算资金3万元，"
        "下达我局食品监管补助资金1.5万元、《关于提前下达中央食品监管补助资金预算通知》补助资金1.5万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("5"));
    REQUIRE(p.tranches.size() == 3);
    CHECK(p.tranches[0].source == fund_source::prior_year);
    CHECK(p.tranches[0].amount == wan("2"));
    CHECK(p.tranches[1].amount == wan("1.5"));
    CHECK(p.tranches[2].amount == wan("1.5"));
    // Different levels are different money, not a total and its parts.
    const auto levels = read(
        "某县某局2021年度项目支出绩效自评报告\n某资金\n一、绩效目标分解下达情况\n"
        "上年结转资金2万元，中央资金3万元，省级资金1.5万元，县级资金1.5万元。\n");
    CHECK(allocated(levels.doc.projects.at(0)) == wan("8"));
}

// Pattern of http://www.gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/jycy_7661/202509/t20250909_1449984.html:
// each level's money followed by a bracket of the years it came in, which add up to it; the
// interest due (应支付) before what was actually paid.
TEST_CASE("totals and parts: a bracket after an amount whose amounts add up to it breaks it down") {
    const std::string head = "某县人社局2024年度项目支出绩效自评报告\n某贴息资金\n一、项目资金情况\n";
    const auto r = read(head +
                        "该项目预算共安排546.23万元，其中：中央248.73万元（2023年结转95.43万元，2024年下达153.3万元），"
                        "省级297.5万元（2023年结转76.5万元，2024年下达221万元）；2024年应支付贴息资金444.86万元，"
                        "实际支付355.16万元，执行率65%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("546.23"));
    CHECK(std::none_of(p.tranches.begin(), p.tranches.end(),
                       [](const tranche& t) { return t.source == fund_source::prior_year; }));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "3551600.00");  // not the 444.86 due
    CHECK(fen(p.execution->carried_forward) == "-");  // 结转 in the bracket is no carry-forward of 248.73
    // Amounts that do not add up to the one before still break it down, and the text contradicts
    // itself (JX-S006) — pattern of https://m.bidcenter.com.cn/newsrili-1-293675161.html, 中央投入资金
    // 279万元(…奖励扶助资金81万元,…特别扶助161万元).
    const auto apart = read(head + "该项目共安排100万元（2023年结转30万元，2024年下达50万元）。\n");
    CHECK(allocated(apart.doc.projects.at(0)) == wan("100"));
    CHECK(apart.doc.projects.at(0).tranches.size() == 1);
    CHECK(findings_of(apart, "JX-S006") == V{"JX-S006@4"});
    const auto s006 = all_of(apart, "JX-S006");
    REQUIRE(s006.size() == 1);
    CHECK(s006[0].expected == "1000000.00");
    CHECK(s006[0].actual == "800000.00");
    // A bracket of 含 names money the amount includes, not all of it: short of it, the amount stands, with
    // no contradiction (pattern of 中央补贴资金69.807万元(含超录中央补贴资金1.68万元、超录报废补贴资金6.6万元),
    // http://36.133.2.224:801/HeShuiXian/details/5904.html).
    const auto some = read(head + "下达中央补贴资金69.807万元（含超录中央补贴资金1.68万元、超录报废补贴资金6.6万元）。\n");
    REQUIRE(some.doc.projects.at(0).tranches.size() == 1);
    CHECK(some.doc.projects.at(0).tranches[0].amount == wan("69.807"));
    CHECK(findings_of(some, "JX-S006").empty());
    // One part alone, or a part as large as the amount, is no breakdown.
    CHECK(findings_of(read(head + "该项目共安排100万元（2023年结转130万元，2024年下达50万元）。\n"), "JX-S006").empty());
    // Money used, broken down by where it came from, keeps its last year's part.
    const auto used = read(head + "下达资金4186.49万元。全年共发放3957.55万元（当年资金3904.82万元，上年结转资金52.73万元）。\n");
    const auto& u = used.doc.projects.at(0);
    CHECK(std::any_of(u.tranches.begin(), u.tranches.end(),
                      [](const tranche& t) { return t.source == fund_source::prior_year && t.amount == wan("52.73"); }));
}

// Pattern of https://www.jiuhuashan.gov.cn/OpennessContent/show/1329943.html: under 预算资金来源及使用情况,
// (1)预算安排情况 gives the budget, then 分别为 its two parts; (2)资金使用情况 what was spent.
TEST_CASE("sections: 预算数为 under the heading of sources and use is the budget; 分别为 breaks it down") {
    const auto r = read(
        "某监测站2021年度项目支出绩效自评报告\n某监测专项项目\n一、基本情况\n2.预算资金来源及使用情况\n(1)预算安排情况\n"
        "某监测专项经费预算数为16万元。分别为委托第三方运行维护经费10万元和电费、网络费及零配件费用6万元。\n"
        "(2)资金使用情况\n2021年度某监测专项项目经费实际执行数为10.01万元,预算执行率为63%。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(fen(p.budget->adjusted) == "160000.00");
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "100100.00");
    CHECK(findings_of(r, "JX-S007").empty());
}

// Pattern of http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/fdzdgknr/czgk/zxzjxm/t15575354.shtml: the
// allocation stated, then restated with the counties' shares after 其中, then matching money.
TEST_CASE("totals and parts: a total stated before and restated with its parts is counted once") {
    const auto r = read(
        "某厅2021年度项目支出绩效自评报告\n某整治专项资金\n一、绩效目标分解下达情况\n"
        "财政部下达我区2021年中央某整治专项资金共计5404万元。\n"
        "2021年8月，共下达5404万元中央资金用于某整治项目建设，其中甲县900万元、乙县904万元、丙区3600万元。\n"
        "县区财政安排投入配套资金775.39万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("6179.39"));
    CHECK(p.tranches.size() == 4);
    // Parts that do not add up to it leave the earlier total standing.
    const auto apart = read(
        "某厅2021年度项目支出绩效自评报告\n某整治专项资金\n一、绩效目标分解下达情况\n"
        "财政部下达我区2021年中央某整治专项资金共计5404万元。\n"
        "2021年8月，共下达5404万元中央资金，其中甲县900万元、乙县904万元。\n");
    CHECK(allocated(apart.doc.projects.at(0)) == wan("5404"));
}

// Pattern of http://www.linhe.gov.cn/html/59/24593.html: the sources in the summary (中央, 自治区, 地方匹配), the same arrivals
// again under the funds heading with their total, then — the full stop lost before a year — what
// was spent, split by the same sources.
TEST_CASE("totals and parts: arrivals restated in another section with their total; spending split by source") {
    const auto r = read(
        "某区退役军人事务局2023年度项目支出绩效自评报告\n某补助经费\n一、基本情况\n"
        "2023年收到中央下达某补助资金1372.7万元，自治区下达98.6万元，地方匹配859.6万元。\n"
        "二、绩效目标完成情况分析\n（一）资金投入情况分析\n"
        "2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元"
        "2023年支出2310.4万元，其中中央资金1352.2万元，地方资金98.6万元，其他资金859.6万元\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("2330.9"));
    REQUIRE(p.tranches.size() == 3);
    CHECK(p.tranches[1].level == level::provincial);  // 自治区 is a province, not a district
    CHECK(p.tranches[2].amount == wan("859.6"));        // 地方匹配: matching money put in
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "23104000.00");
    CHECK(p.execution->items.empty());  // 地方资金, 其他资金: where it came from, not what it paid for
    CHECK(findings_of(r, "JX-F008").empty());
    CHECK(findings_of(r, "JX-S007").empty());
    // In a bracket after money paid out, 配套资金 says what part of it was the county's
    // (http://rishikeshbazar.com/p-25781918.html: 发放补助资金2734.6万元,(县级整合、配套资金1290.6万元)).
    const auto paid = read("某县住建局2017年度项目支出绩效自评报告\n某改造资金\n一、基本情况\n"
                           "中央、省级财政计划投入资金1476万元。发放补助资金2734.6万元，(县级整合、配套资金1290.6万元)。\n");
    CHECK(allocated(paid.doc.projects.at(0)) == wan("1476"));
}

// Pattern of https://m.2haoxitong.net/k/doc/e1d37319b1717fd5360cba1aa8114431b90d8eb7.html: a total listed by the documents that sent it, one of them last year's
// money 结转 in; then the level's allocation, the same total, and that it all arrived.
TEST_CASE("totals and parts: 结转 among a total's sources is money carried in; the level's allocation restates the total") {
    const auto r = read(
        "某县卫生健康局2018年度项目支出绩效自评报告\n某补助资金\n一、基本情况\n"
        "2018年我县某补助资金共计592万元，其中《关于提前下达2018年某资金的通知》下达240万元；"
        "《关于下达2018年某资金的通知》下达40万元；《关于下达2017年某资金的通知》结转24万元；"
        "《关于下达2018年某资金的通知》下达280万元；《关于下达2018年某资金的通知》下达8万元。\n"
        "2018年中央下达某补助资金592万元，实际到位592万元，资金到位率100%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("592"));
    CHECK(std::count_if(p.tranches.begin(), p.tranches.end(),
                        [](const tranche& t) { return t.source == fund_source::prior_year && t.amount == wan("24"); }) == 1);
    CHECK((!p.execution || !p.execution->carried_forward));
    for (const auto& t : p.tranches) CHECK(t.arrived == t.amount);
}

// Pattern of http://nxjw.nanxian.gov.cn/14890/36191/36261/38624/content_1920511.html: a unit's spending on all its projects, its parts by source after 其中,
// then the projects numbered 1、 to 4、, three of them of the same 5万元.
TEST_CASE("totals and parts: numbered items of one amount are each money of their own; 其中 parts of what was spent are no second figure") {
    const auto r = read(
        "某县就业服务中心2023年度项目支出绩效自评报告\n一、基本情况\n"
        "某中心2023年参与绩效评价的项目共4个，项目支出609.74万元。其中：财政拨款项目支出15万元，其他项目支出594.74万元。具体如下：\n"
        "1、档案整理费5万元，主要用于档案整理方面；\n2、政策宣传5万元，主要用于政策宣传方面；\n"
        "3、城乡就业工作经费5万元，主要用于城乡就业工作开展方面；\n4、就业专项资金594.74万元，主要用于专项培训相关费用方面。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("609.74"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "6097400.00");
    CHECK(findings_of(r, "JX-S007").empty());
    CHECK(findings_of(r, "JX-F001").empty());
}

// Pattern of http://lsfz.org.cn/show-34161.html: three allocations by document and 合计 their sum, then the same total divided
// by kind of task (其中…合计T1，…合计T2) and by who manages it (以上任务中 A、B、C，其余D).
TEST_CASE("totals and parts: the same total divided another way in later sentences is no money of its own") {
    const auto r = read(
        "某厅2021年度项目支出绩效自评报告\n某发展资金\n一、绩效目标分解下达情况\n"
        "中央以财农〔2020〕90号文件下达我区某发展专项转移支付预算463142万元；中央以财农〔2021〕28号文件下达我区"
        "某发展专项转移支付预算163455万元；中央以财农〔2021〕61号文件下达我区某补贴资金预算44440万元；"
        "2021年某发展资金合计671037万元。其中，安排8项约束性任务资金合计575218万元，安排指导性任务资金合计95819万元。"
        "以上任务中，某奖补资金9779万元由财政厅负责管理实施，某推广补助资金76850万元、某行动资金600万元由某办公室负责管理实施，"
        "其余583808万元由农业农村厅负责分配实施。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("671037"));
    CHECK(p.tranches.size() == 3);
}

// Pattern of http://www.glbzj.cn/public/6596321/37874087.html: the second year of a two-year project — what the first year allocated and
// spent, then 2024年结转2023年…资金 the money carried in and what this year spent of it.
TEST_CASE("verbs: 结转2023年 is money carried in; what an earlier year spent is not this year's use") {
    const auto r = read(
        "某县农业农村局2024年度项目支出绩效自评报告\n某设施建设项目\n一、绩效目标分解下达情况\n"
        "（一）下达预算情况。2023年中央下达某设施建设项目预算资金1465万元（该项目为两年期项目）。2023年完成支付784.685万元。\n"
        "（二）资金安排情况。2024年结转2023年某设施建设项目资金合计680.315万元，全年预算执行数合计233.64万元。预算执行率34.3%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(std::any_of(p.tranches.begin(), p.tranches.end(),
                      [](const tranche& t) { return t.source == fund_source::prior_year && t.amount == wan("680.315"); }));
    // The first year's 1465万元 is history: 784.685 spent then, the 680.315 left is this year's money.
    CHECK(allocated(p) == wan("680.315"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "2336400.00");
    CHECK(fen(p.execution->carried_forward) == "-");
    // Restated as 2024年…结转资金合计680.315万元 with 233.64 spent, it is the money carried in, not out;
    // and a book with no title is of the year that spends what the year before carried over.
    const auto untitled = read(
        "一、绩效目标分解下达情况\n(一)下达预算情况。2023年中央下达某设施建设项目预算资金1465万元。2023年完成支付784.685万元。\n"
        "(二)资金安排情况。2024年结转2023年某设施建设项目资金合计680.315万元，全年预算执行数合计233.64万元。\n"
        "2.项目资金执行情况分析。2024年某设施建设项目结转资金合计680.315万元，实际全年执行预算资金合计233.64万元。\n");
    CHECK(untitled.doc.fiscal_year == 2024);
    REQUIRE(untitled.doc.projects.at(0).execution);
    CHECK(fen(untitled.doc.projects.at(0).execution->carried_forward) == "-");
}

// Pattern of https://baoshan.gov.cn/info/5746/3851254.htm: the total broken down by project (具体为…), one project's money in two
// batches (分别于…第一笔…第二批…), the batch restated later; 省级文物保护单位 is a site's rank.
TEST_CASE("totals and parts: parts of a breakdown stated again later are still parts; 省级文物保护单位 names no level") {
    const auto r = read(
        "某市文化和旅游局2020年度项目支出绩效自评报告\n某文物保护专项经费\n一、绩效目标分解下达情况\n"
        "2020年共下达某文物保护专项经费873万元，具体为下达省级文物保护单位甲府修缮工程545万元、某博物馆文物预防性保护105万元、"
        "全国重点文物保护单位乙寺防雷工程223万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析。\n1.项目资金到位情况分析。\n"
        "一是省级文物保护单位甲府修缮工程预算控制数为545万元，分别于2020年1月下达第一笔经费250万元，9月下达第二批专项经费295万元。\n"
        "二是2020年1月下达某博物馆文物预防保护项目补助资金105万元。\n三是2020年9月下达乙寺防雷工程223万元。\n"
        "2.项目资金执行情况分析。\n一是甲府修缮工程第二批经费295万元于下达到位后，于10月20日启动招投标。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("873"));
    for (const auto& t : p.tranches) CHECK(t.level != level::provincial);
}

// Pattern of http://www.cashforyourphonenow.com/doc/2025/06/20/1332823.shtml: the works' total investment, this year's bond money paid in full, and what
// the project got over all its years.
TEST_CASE("verbs: 总投资 is no allocation, 已全额完成支付 is all used, 截至目前…获批 is money of all the years") {
    const auto r = read(
        "某区2024年度专项债券项目绩效自评报告\n某园区建设工程项目\n一、项目情况\n(一)项目概况\n"
        "该项目位于某园区，总投资约13.34亿元，用地面积约12.77万平方米。2024年，该项目成功获批2.5亿元政府专项债券资金，"
        "在年内已全额完成支付。截至目前，该项目向上争取并成功获批政府专项债券资金7.8亿元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("25000"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "250000000.00");
    // Granted (批复) or listed by its sources (其中…), the total investment is the money.
    const auto granted = read("某局2021年度项目支出绩效自评报告\n某道路项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
                              "该项目县级批复总投资3374.3万元。\n");
    CHECK(allocated(granted.doc.projects.at(0)) == wan("3374.3"));
    // A 其中 after another amount lists that one's parts (临沂, http://linyi.021cf.cn/index.php/post/186.html):
    // the total investment before them is still no allocation.
    const auto bonds = read("某区2020年度专项债券项目绩效自评报告\n某园区项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
                            "该项目总投资6.54亿元,债券资金下达24075万元,其中专项债券2.1亿元,抗疫特别国债3075万元。\n");
    CHECK(allocated(bonds.doc.projects.at(0)) == wan("24075"));
    // The investment estimate (五华区, http://www.kmwh.gov.cn/c/2024-10-15/6914362.shtml), its 万元 with separators.
    const auto estimate = read("某局2023年度项目支出绩效自评报告\n某改造项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
                               "申报立项某改造项目投资估算67,463.91万元,财政实际下达项目资金共计36,950.00万元。\n");
    CHECK(allocated(estimate.doc.projects.at(0)) == wan("36950"));
    // The works' estimate, 工程概算, 预算 and 中标价 in one sentence (茂名, http://smzt.gd.gov.cn/zwgk/czyjs/content/post_3494603.html):
    // what the works cost, not money allocated; 预算 alone beside no such words still is.
    const auto works = read("某局2020年度项目支出绩效自评报告\n某改革项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
                            "省财政一次性安排项目资金8,000万元。该项目估算总投资4,613万元,工程概算4,236.812万元,预算3,671.57万元,"
                            "中标价3,227.99万元。\n");
    CHECK(allocated(works.doc.projects.at(0)) == wan("8000"));
    const auto budget = read("某局2020年度项目支出绩效自评报告\n某改革项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
                             "该项目预算3,671.57万元。\n");
    CHECK(allocated(budget.doc.projects.at(0)) == wan("3671.57"));
}

// Pattern of http://www.qishan.gov.cn/col13539/col13578/col13579/col17075/202411/t20241111_881358.html: three levels' shares, then each level's story — 年初预算县级资金 is the county's
// share stated again, not the project's budget; for a project of one level's money it is.
TEST_CASE("budget: one level's 年初预算 among several levels is that level's share, not the project's budget") {
    const auto r = read(
        "某县民政局2023年度项目支出绩效自评报告\n某补贴资金\n一、项目概况\n（一）项目资金申报及批复情况\n"
        "各级财政共下达我县某补贴资金4186.49万元，其中省级配套1165.84万元、市级配套1132.8万元、县级配套1887.85万元。\n"
        "2023年年初预算县级资金1887.85万元，随月发放1692.02万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("4186.49"));
    CHECK((!p.budget || !p.budget->initial));
    const auto one = read("某区住建局2020年度项目支出绩效自评报告\n某改造项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
                          "区级财政年初预算安排200万元专项资金。区级年初预算200万元专项资金，已拨付资金66.86万元。\n");
    REQUIRE(one.doc.projects.at(0).budget);
    CHECK(fen(one.doc.projects.at(0).budget->initial) == "2000000.00");
}

// Pattern of http://yxx.gov.cn/gzdt/rdzt/53916/53921/54423/54441/54445/content_3037108.html: the total, then 主要包括 the partners' shares, two of them 各 (each) — parts of
// the total, not money beside it.
TEST_CASE("totals and parts: the lines after 主要包括 break down the total stated before") {
    const auto r = read(
        "某县委宣传部2018年度项目支出绩效自评报告\n某战略合作经费\n一、项目概况\n（一）项目资金申报及批复情况\n"
        "我部2018年与部分主流媒体战略合作，项目经费共计163.69万。主要包括与甲电视台开展战略合作，经费33.69万；"
        "与乙报、丙报开展战略合作，经费各40万；与丁社、戊社战略合作，经费各15万；与己网战略合作，经费15万。\n");
    CHECK(allocated(r.doc.projects.at(0)) == wan("163.69"));
}

// Pattern of the 忠县民政局 2024 report (yebusi.com): a list of funds, each allocated, one of them
// named …支出项目, then 共计下达 their sum.
TEST_CASE("totals and parts: a list of funds and 共计 their sum; a fund named …支出项目 is not spending") {
    const auto r = read(
        "某县民政局2024年度项目支出绩效自评报告\n中央、市级转移支付资金\n一、绩效目标分解下达情况\n"
        "2024年度,中央、市级下达转移支付慈善会项目40万元;福利彩票公益金支出项目276.42万元;"
        "民政管理工作经费17万元;基本公共卫生服务项目3万元。共计下达中央、市级转移支付资金336.42万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("336.42"));
    CHECK(p.tranches.size() == 4);
    CHECK_FALSE(p.execution);  // nothing is said about spending
    CHECK(findings_of(r, "JX-S007").empty());
}

// Pattern of https://www.ahjd.gov.cn/About/show/1321427.html: the county's half restated in a
// sentence dated the December before (an advance allocation), still this year's money.
TEST_CASE("a restated allocation in a sentence dated the year before keeps the first statement's year") {
    const auto r = read(
        "某县水利局2021年度项目支出绩效自评报告\n农村饮水工程维修养护资金\n一、概述\n"
        "项目批复总投资61.8万元。下达中央财政资金30.9万元,县财政资金30.9万元,共计下达61.8万元。\n"
        "2020年12月14日省水利厅下达投资计划共计30.9万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("61.8"));
    REQUIRE(p.tranches.size() == 2);
    for (const auto& t : p.tranches) {
        CHECK(t.source == fund_source::current_year);
        CHECK_FALSE(t.year);
    }
}

// Pattern of https://www.hh.gov.cn/info/11481/1179592.htm: a unit's totals in one sentence —
// 年初批复预算 (the initial budget) with last year's money inside it, the adjusted budget, arrival.
TEST_CASE("budget: 年初批复预算 is the initial budget, 调整预算后 the adjusted one") {
    const auto r = read(
        "某州数据发展中心2024年度项目支出绩效自评报告\n一、基本情况\n"
        "2024年,某州数据发展中心实施项目共15个,年初批复预算8个项目985万元(含1个年初结转结余项目50万元),"
        "调整预算后项目预算861.46万元,实际到位资金334.67万元。\n", "某中心.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(p.budget->initial == wan("985"));
    CHECK(p.budget->adjusted == wan("861.46"));
    money prior, arrived;
    for (const auto& t : p.tranches) {
        if (t.source == fund_source::prior_year) prior += t.amount;
        if (t.arrived) arrived += *t.arrived;
    }
    CHECK(prior == wan("50"));  // 年初结转结余 is money that came over, not surplus
    CHECK(arrived == wan("334.67"));
    CHECK_FALSE(p.execution);  // nothing is said about spending
}

// Pattern of https://www.szyq.gov.cn/public/6623439/157155211.html: the title printed three
// times (the portal's 称: field, the page title, again under 附件2) and a fourth, nameless title
// over the body; headings that lost their brackets; money stated only as rates and 支出完毕.
TEST_CASE("titles: a title printed again with no figure under it is not a project; the body takes its name") {
    const auto r = read(
        "称: 某区2021年省级旅游发展资金绩效自评报告\n人: 初审:张某\n\n"
        "某区2021年省级旅游发展资金绩效自评报告\n文章来源: 某区文化和旅游局\n\n"
        "某区2021年省级旅游发展资金绩效自评报告\n附件2\n"
        "某区2021年度绩效自评报告\n一、 绩效目标情况\n"
        "根据《关于提前下达2021省级旅游发展补助资金预算的通知》,下达我区87万元2021年省级旅游发展资金。\n"
        "绩效目标完成情况分析\n一)资金投入情况分析。\n1项目资金到位情况分析。\n项目资金到位率100%。\n"
        "2项目资金执行情况分析。\n资金支出执行率100%,于2021年12月支出完毕。\n");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "省级旅游发展资金");
    CHECK(r.doc.fiscal_year == 2021);
    CHECK(allocated(p) == wan("87"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "870000.00");  // 支出完毕: all of it
    CHECK(p.execution->reported_rate->text == "100%");
    REQUIRE(p.reported_arrival_rate);
    CHECK(p.reported_arrival_rate->text == "100%");
    // Not 尚未支出完毕: a negated phrase says nothing was used in full.
    const auto not_all = read("某区2021年度项目支出绩效自评报告\n某资金\n一、基本情况\n下达资金10万元，尚未支出完毕。\n");
    const auto& maybe = not_all.doc.projects.at(0).execution;
    CHECK_FALSE((maybe && maybe->used));
}

// Pattern of https://m.yzwku.com/doc/556425.html: no year in the title, 自评价报告, and the
// whole report printed as one paragraph with its headings run into the text.
TEST_CASE("titles: 自评价报告 without a year, run-in headings, the year from the text") {
    const auto r = read(
        "某县第二中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年项目为一个(二)资金及项目绩效目标"
        "我校2022年按生均800元安排，共计120万元，其中上级资金90万元，本级30万元二、项目资金使用及管理情况"
        "资金用于学校运转三、预算支出组织实施情况我校2022年财政安排支出共计100万元，余款安排下年支出四、预算支出绩效情况"
        "保证了学校的正常运转\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2022);
    CHECK(*r.doc.unit == "某县第二中学");
    const auto& p = r.doc.projects[0];
    CHECK(p.tranches.size() == 2);  // the total 120万 and its two parts: counted once
    CHECK(allocated(p) == wan("120"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "1000000.00");
    CHECK(fen(p.execution->carried_forward) == "200000.00");  // 余款安排下年支出: the remainder
    CHECK(fen(p.execution->surplus) == "-");                  // never stated: absent, not 0
}

// Pattern of https://www.chacewang.com/newsdetail/news145837.html: the title is the start
// of the first sentence; the transfer-payment layout; 上年结转结余资金 is a source.
TEST_CASE("titles: inside the first sentence; transfer layout; 上年结转结余 is prior-year money") {
    const auto r = read(
        "附件3某省某县2021年中央食品监管专项转移支付绩效自评报告为规范转移支付资金管理，现将自评情况报告如下：\n"
        "一、绩效目标分解下达情况\n"
        "（一）中央下达预算和绩效目标情况\n"
        "2021年度我局食品监管资金上年结转结余资金2万元，2021年中央下达食品监管专项转移支付资金3万元。\n"
        "二、绩效目标完成情况分析\n"
        "（一）资金投入情况分析\n"
        "1.项目资金到位情况分析\n"
        "资金已全部到位。\n"
        "（二）总体绩效目标完成情况分析\n"
        "抽检合格率100%。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2021);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "中央食品监管专项转移支付");
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].source == fund_source::prior_year);
    CHECK(p.tranches[0].amount == wan("2"));
    CHECK(p.tranches[1].source == fund_source::current_year);
    CHECK(p.tranches[1].amount == wan("3"));
    CHECK_FALSE(p.execution);  // nothing is said about spending: no used, no rate (合格率 is not one)
    const auto e = evaluate(r.doc);
    CHECK_FALSE(e.projects[0].funds.execution_rate);
}

// Pattern of https://www.chacewang.com/newsdetail/news145837.html: one 收到 before a list of
// tranches, the second named by how it was allocated (提前下达补助).
TEST_CASE("verbs: 收到A、提前下达B — the verb before a list governs each of its items") {
    const std::string head =
        "某县2022年中央动物防疫补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
        "2022年中央下达动物防疫补助资金6万元，其中提前下达3.5万元、第二批下达2.5万元。\n"
        "二、绩效目标完成情况分析\n（一）资金投入情况分析\n";
    const auto r = read(head + "本年度收到第二批补助2.5万元、提前下达补助3.5万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("6"));
    money arrived;
    for (const auto& t : p.tranches) arrived += t.arrived.value_or(money{});
    CHECK(arrived == wan("6"));
    // Separate clauses keep their own verbs: the second is an allocation restated, not arrival.
    const auto apart = read(head + "本年度收到第二批补助2.5万元，提前下达补助3.5万元。\n");
    money arrived_apart;
    for (const auto& t : apart.doc.projects.at(0).tranches) arrived_apart += t.arrived.value_or(money{});
    CHECK(arrived_apart == wan("2.5"));
}

// Pattern of the 忠县民政局 2024 report (yebusi.com): the title over two lines under a unit line.
TEST_CASE("titles: a title split over two lines is one title") {
    const auto r = read(
        "字号:\n某县民政局\n2024年度中央、市级转移支付资金\n绩效自评报告\n"
        "一、绩效目标分解下达情况\n（一）中央、市级下达专项转移支付预算\n2024年度，中央、市级下达慈善会项目40万元。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2024);
    CHECK(*r.doc.unit == "某县民政局");
    CHECK(r.doc.projects[0].name == "中央、市级转移支付资金");
    CHECK(allocated(r.doc.projects[0]) == wan("40"));

    // The name itself broken over the lines, the second holding its end (枞阳县,
    // https://zongyang.gov.cn/openness/OpennessContent/show/993666.html): the name was taken from the second line alone
    // (服务项目). A line above that names no year is not the title's start.
    const auto broken = read("某县2023年度国家基本公共卫生\n服务项目绩效评价自评报告\n一、项目基本情况\n下达资金3608万元。\n");
    REQUIRE(broken.doc.projects.size() == 1);
    CHECK(broken.doc.projects[0].name == "国家基本公共卫生服务项目");
    const auto apart = read("某县卫生健康委员会\n2023年度服务项目绩效评价自评报告\n一、项目基本情况\n下达资金3608万元。\n");
    CHECK(apart.doc.projects.at(0).name == "服务项目");
}

// Pattern of https://dy1993.cn/pGIK.html: the project's name over 绩效自评报告, no year in either
// line; the name ends in a unit's word (中心) run into 项目.
// Pattern of http://ylwt22.com/dangtuangongzuo/2022/0701/151468.html: a PDF's copy with a space between the year and 年 (2019 年), the title naming none.
TEST_CASE("titles: the year the text speaks of, printed 2019 年") {
    const auto r = read("某项目绩效自评报告\n一、基本情况 (一)资金情况。\n2019 年,某省财政厅安排某项目预算资金 509774.50 万元。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2019);
    CHECK(allocated(r.doc.projects[0]) == wan("509774.50"));
}

TEST_CASE("titles: a project's name over 绩效自评报告 without a year is one title, and names the project") {
    const auto r = read(
        "![某图](/img/1.jpg)\n老年人日间照料中心项目\n绩效自评报告\n一、项目概况\n"
        "（一）资金申报及批复情况\n2020年申报预算资金173万元，已完成批复。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.projects[0].name == "老年人日间照料中心项目");
    CHECK_FALSE(r.doc.unit);
    CHECK(r.doc.fiscal_year == 2020);
    // A line that names no project is not joined to the title word under it.
    const auto other = read("某某网\n绩效自评报告\n一、项目概况\n（一）资金申报及批复情况\n2020年申报预算资金173万元。\n");
    REQUIRE(other.doc.projects.size() == 1);
    CHECK(other.doc.projects[0].name != "某某网");
}

TEST_CASE("titles: none at all — one project from the first heading, named after the file") {
    const auto r = read("一、基本情况\n2023年安排专项资金10万元，实际支出8万元。\n", "dir/某项目自评.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2023);
    CHECK(r.doc.projects[0].name == "某项目自评");
    CHECK(allocated(r.doc.projects[0]) == wan("10"));
    CHECK(fen(r.doc.projects[0].execution->used) == "80000.00");
    CHECK_THROWS_AS((void)read("一、基本情况\n安排专项资金10万元。\n"), error);  // no year anywhere
}

// ---- what an amount is ------------------------------------------------------------------

// Pattern of the 西平县 2022 transport report (bulletin of 西平县财政局): 已完成拨付 in the
// execution paragraph is money spent, and its 执行率 is the execution rate.
TEST_CASE("verbs: 应到位/实际到位/到位率, 已完成拨付 is used, a work 完成率 is not the execution rate") {
    const auto r = read(
        "某县交通运输局2022年度项目支出绩效自评报告\n农村公路养护资金\n"
        "一、绩效目标分解下达情况\n（一）资金投入情况分析\n"
        "1.项目资金到位情况分析\n项目资金应到位50万元，实际到位40万元，到位率80%。\n"
        "2.项目资金执行情况分析\n已完成拨付38万元，执行率95%。\n"
        "（二）总体绩效目标完成情况分析\n养护工程完成率100%。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("50"));
    CHECK(p.tranches[0].arrived == wan("40"));
    REQUIRE(p.reported_arrival_rate);
    CHECK(p.reported_arrival_rate->text == "80%");
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "380000.00");
    CHECK(p.execution->reported_rate->text == "95%");
    const auto e = evaluate(r.doc);
    std::vector<std::string> rules;
    for (const auto& f : e.projects[0].findings) rules.push_back(f.rule);
    // 38/50 = 76%: the stated 95% is wrong (JX-F004) and low with no reason (JX-F005); the
    // arrival rate 40/50 = 80% is right (no JX-F012). Used and arrived are both stated, so
    // the 2万 of the 40万 arrived that the text does not account for is JX-F003's.
    CHECK(rules == V{"JX-F003", "JX-F004", "JX-F005", "JX-I005"});
}

// Pattern of https://xxgkw.hbust.edu.cn/info/1243/1928.htm: the money under 执行率情况 of 一、自评结论,
// 总支出 with a space before 万元, and the part not spent (未执行完) kept for next year's use.
TEST_CASE("verbs: 未执行完的X is not used; 将作为下一年…使用 carries it forward") {
    const auto r = read(
        "某大学2021年度项目支出绩效自评报告\n本专科生奖助学金项目\n一、自评结论\n1、执行率情况。\n"
        "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。"
        "项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征入伍学生国家资助经费,"
        "因此笔经费无法达到一名学生4000元的最低资助标准,将作为我校2022年应征入伍学生国家资助经费使用。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("2596"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "25956208.00");
    CHECK(fen(p.execution->carried_forward) == "3792.00");
    CHECK(p.execution->reported_rate->text == "99%");
    // The same under 绩效目标完成情况, the fund's name after the remainder (https://xxgkw.hbust.edu.cn/info/1243/1928.htm).
    const auto kept = read(
        "2023年度研究生奖助学金项目自评结果\n一、自评结论\n(二)绩效目标完成情况\n1、执行率情况。\n"
        "2023年研究生奖助学金项目实际下达预算800万元，全年度实际总支出799.9万元，项目预算执行率99%。"
        "剩余未执行完的0.1万元将作为我校2024年研究生资助经费使用。\n");
    CHECK(fen(kept.doc.projects.at(0).execution->carried_forward) == "1000.00");
    // 未使用的2万元 with no word of its fate stays unread (JX-S005), not used and not carried.
    const auto unsaid = read("某县某局2023年度项目支出绩效自评报告\n某资金\n一、基本情况\n下达资金10万元，使用8万元，未使用的2万元待定。\n");
    CHECK(fen(unsaid.doc.projects.at(0).execution->used) == "80000.00");
    CHECK(fen(unsaid.doc.projects.at(0).execution->carried_forward) == "-");
}

// Pattern of a real reserve report: "物资储备90万元，高于控制指标20万元" — indicator values.
TEST_CASE("verbs: indicator values and targets are never funds") {
    const auto r = read(
        "某县粮食和物资储备局2023年度项目支出绩效自评报告\n物资储备经费\n"
        "一、项目概况\n（一）项目资金申报及批复情况\n下达资金30万元。\n"
        "二、项目实施及管理情况\n（一）资金计划、到位及使用情况\n物资储备90万元，高于控制指标20万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("30"));
    const auto f = findings_of(r);
    CHECK(std::count(f.begin(), f.end(), "JX-S005@8") == 2);  // left for a reviewer, not read
}

// A village works project's report (https://wys.chinamae.com/news/acca84a2395dedb04306235c12cc23e5.html):
// the contract price and the audited cost of the works are not the money.
TEST_CASE("verbs: 合同造价 and 结算审核造价 are what the works cost, not money allocated") {
    const auto r = read(
        "某街道2025年度中央农村综合性改革转移支付资金绩效自评报告\n一、基本情况\n"
        "项目合同造价76.84万元。项目结算审核造价为819931.72元，项目累计支付资金合计795333.77元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(p.tranches.empty());
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "795333.77");
    const auto f = findings_of(r);
    CHECK(std::count(f.begin(), f.end(), "JX-S005@3") == 2);
    // 应采购金额 / 实际采购金额 (http://bubsandbeans.com/paper/277288931.html) are what was bought, not money spent.
    const auto bought = read("某中心2021年度项目支出绩效自评报告\n一、基本情况\n下达资金1002.6万元。应采购金额650.31万元实际采购金额650.31万元。\n");
    CHECK((!bought.doc.projects.at(0).execution || !bought.doc.projects.at(0).execution->used));
}

// Pattern of the 西平县 2023 storage report (bulletin of 西平县财政局): the goal counts the
// indicators (共编制15个绩效目标指标); that count is not the target of 冷藏库10个.
TEST_CASE("indicators: the number of indicators a goal lists is no indicator's target") {
    const auto r = read(
        "某县财政局2023年度项目支出绩效自评报告\n仓储基地建设项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
        "下达资金8010万元。\n（二）项目绩效目标\n该项目共编制15个绩效目标指标,其中一级指标3个,二级指标8个。\n"
        "三、项目绩效情况\n（一）项目完成情况\n已新建成农产品储存冷藏库10个。\n");
    CHECK(r.doc.projects.at(0).indicators.empty());
    // A real target in the goal still pairs with its actual.
    const auto real = read(
        "某县财政局2023年度项目支出绩效自评报告\n仓储基地建设项目\n一、项目概况\n（一）项目资金申报及批复情况\n"
        "下达资金8010万元。\n（二）项目绩效目标\n新建农产品储存冷藏库10个。\n"
        "三、项目绩效情况\n（一）项目完成情况\n已新建成农产品储存冷藏库10个。\n");
    REQUIRE(real.doc.projects.at(0).indicators.size() == 1);
    CHECK(real.doc.projects.at(0).indicators[0].target == quantity(10));
}

// ---- unknown is not zero -------------------------------------------------------------

TEST_CASE("unknown is not zero: no used figure gives no rate and no JX-F001/F003/F005/F009/F011") {
    const auto r = read(
        "某区文化局2023年度项目支出绩效自评报告\n非遗保护经费\n"
        "一、项目概况\n（一）项目资金申报及批复情况\n下达资金20万元，调整后预算25万元。\n"
        "二、项目实施及管理情况\n（一）资金计划、到位及使用情况\n资金已全部到位。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK_FALSE(p.execution);
    const auto e = evaluate(r.doc);
    CHECK_FALSE(e.projects[0].funds.used_stated);
    CHECK_FALSE(e.projects[0].funds.execution_rate);
    CHECK_FALSE(e.projects[0].scores.execution);
    std::vector<std::string> rules;
    for (const auto& f : e.projects[0].findings) rules.push_back(f.rule);
    CHECK(rules == V{"JX-F009", "JX-I005"});  // 25万 ≠ 20万 is stated on both sides; nothing about use
}

// ---- totals, restated figures, misprints ---------------------------------------------------

// Pattern of a real 非遗 report (Guangxi): listed parts that do not add up to the total.
TEST_CASE("JX-S006: a total whose listed parts do not add up; the parts are the tranches") {
    const auto r = read(
        "某区文化局2021年度项目支出绩效自评报告\n非遗保护资金\n"
        "一、项目概况\n（一）项目资金申报及批复情况\n下达资金共计100万元，其中省级资金60万元，区级资金30万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(allocated(p) == wan("90"));
    CHECK(findings_of(r, "JX-S006") == V{"JX-S006@5"});
    const auto s006 = all_of(r, "JX-S006");
    REQUIRE(s006.size() == 1);
    const auto& f = s006[0];
    CHECK(f.severity == severity::warning);
    CHECK(*f.expected == "1000000.00");
    CHECK(*f.actual == "900000.00");
}

TEST_CASE("JX-S006 is quiet when the parts add up") {
    const auto r = read(
        "某区文化局2021年度项目支出绩效自评报告\n非遗保护资金\n"
        "一、项目概况\n（一）项目资金申报及批复情况\n下达资金共计90万元，其中省级资金60万元，区级资金30万元。\n");
    CHECK(findings_of(r, "JX-S006").empty());
    CHECK(allocated(r.doc.projects.at(0)) == wan("90"));  // the total and its parts counted once
}

// Pattern of a real water report (Hohhot): one figure printed with two values.
TEST_CASE("JX-S007: one figure stated twice with different values; quiet when the same") {
    const std::string head = "某县水务局2023年度项目支出绩效自评报告\n水利发展资金\n"
                             "一、项目概况\n（一）项目资金申报及批复情况\n下达资金10万元。\n"
                             "二、项目实施及管理情况\n（一）资金计划、到位及使用情况\n";
    const auto r = read(head + "项目支出资金8万元。\n截至年底共支出资金9万元。\n");
    CHECK(findings_of(r, "JX-S007") == V{"JX-S007@9"});
    CHECK(findings_of(r, "JX-S005").empty());  // JX-S007's, not also JX-S005's
    const auto s007 = all_of(r, "JX-S007");
    REQUIRE(s007.size() == 1);
    CHECK(s007[0].severity == severity::warning);
    CHECK(*s007[0].expected == "80000.00");
    CHECK(*s007[0].actual == "90000.00");
    CHECK(*s007[0].difference == "10000.00");
    CHECK(findings_of(read(head + "项目支出资金8万元。\n截至年底共支出资金8万元。\n"), "JX-S007").empty());
    // A level's share (岐山县, http://www.qishan.gov.cn/col13539/col13578/col13579/col17075/202411/t20241111_881358.html)
    // or a bracketed part of the whole is no restatement of it: left to a reviewer (JX-S005), not JX-S007.
    const auto scoped = read(head + "全年共发放8万元（当年资金7万元，上年结转资金1万元）。\n县级资金5万元，随月发放4万元。\n");
    CHECK(findings_of(scoped, "JX-S007").empty());
    CHECK(findings_of(scoped, "JX-S005") == V{"JX-S005@8", "JX-S005@9"});
}

TEST_CASE("JX-S007: the same arrival stated again in another section with another value; not a tranche of its own") {
    const std::string head = "某县水务局2023年度项目支出绩效自评报告\n水利发展资金\n"
                             "一、项目概况\n（一）项目资金申报及批复情况\n下达省级资金10万元。\n"
                             "二、项目实施及管理情况\n（一）资金计划、到位及使用情况\n12月20日到位省级资金10万元。\n"
                             "三、项目绩效情况\n（一）项目完成情况\n";
    const auto r = read(head + "省级资金8万元已于12月20日到位。\n");
    CHECK(findings_of(r, "JX-S007") == V{"JX-S007@11"});
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].arrived == wan("10"));
    const auto s007 = all_of(r, "JX-S007");
    REQUIRE(s007.size() == 1);
    CHECK(s007[0].where.path == "projects[0].tranches[0].arrived");
    CHECK(*s007[0].expected == "100000.00");
    CHECK(*s007[0].actual == "80000.00");
    // More money, said so: a tranche of its own, no JX-S007.
    const auto more = read(head + "省级第二批资金8万元已于12月20日到位。\n");
    CHECK(findings_of(more, "JX-S007").empty());
    CHECK(more.doc.projects.at(0).tranches.size() == 2);
}

// 承保面积为42.59万元亩: 元 typed into 万亩, an area, no money (it was read as a 42.59万 tranche). Pattern of
// http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57454/57462/content_3357447.html. 万元人民币 stays money.
TEST_CASE("an amount in 元 followed by a measure word is no money") {
    const std::string head = "某县农业保险保费补贴2020年度绩效自评报告\n一、绩效目标分解下达情况\n";
    const auto r = read(head + "计划和实际承保面积为42.59万元亩,中央财政补贴为614.39万元。\n");
    REQUIRE(r.doc.projects.at(0).tranches.size() == 1);
    CHECK(r.doc.projects[0].tranches[0].amount == wan("614.39"));
    CHECK(findings_of(r, "JX-S005").empty());
    CHECK(allocated(read(head + "下达资金42.59万元人民币。\n").doc.projects.at(0)) == wan("42.59"));
}

// Pattern of https://www.baoshan.gov.cn (a 慰问 report): 35.5万地 for 35.5万元.
TEST_CASE("JX-S008: a misprinted unit is read as 万元 and reported; a correct one is not") {
    const std::string head = "某市侨联2019年度项目支出绩效自评报告\n春节慰问经费\n"
                             "一、项目概况\n（一）项目资金申报及批复情况\n";
    const auto r = read(head + "下达资金35.5万地。\n");
    CHECK(allocated(r.doc.projects.at(0)) == wan("35.5"));
    CHECK(findings_of(r, "JX-S008") == V{"JX-S008@5"});
    const auto s008 = all_of(r, "JX-S008");
    REQUIRE(s008.size() == 1);
    CHECK(s008[0].severity == severity::info);
    CHECK(*s008[0].actual == "35.5万地");
    CHECK(s008[0].message.zh == "第5行的“35.5万地”单位有误，按“万元”读取；请核对原文：“下达资金35.5万地。”");
    const auto right = read(head + "下达资金35.5万元。\n");
    CHECK(findings_of(right, "JX-S008").empty());
    CHECK(allocated(right.doc.projects.at(0)) == wan("35.5"));

    // A unit left out, which the bracket's parts give (广西, http://rst.gxzf.gov.cn/xwdt/xwdtzxgg/t16691526.shtml):
    // read as 万元 and reported; not when the parts do not add up to it, nor when one of them is in 元.
    const std::string use = "某厅2022年度转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n下达资金1100万元。\n"
                            "二、绩效目标完成情况分析\n（一）资金投入情况分析\n";
    const auto left_out = read(use + "全区执行数1032.44(含中央资金689.31万元,地方资金343.13万元),执行率93.86%。\n");
    REQUIRE(left_out.doc.projects.at(0).execution);
    CHECK(left_out.doc.projects[0].execution->used == wan("1032.44"));
    const auto s008_left = all_of(left_out, "JX-S008");
    REQUIRE(s008_left.size() == 1);
    CHECK(*s008_left[0].actual == "1032.44");
    for (const char* not_given : {"全区执行数1032.44(含中央资金689.31万元,地方资金343.12万元)。\n",
                                  "全区执行数1032.44(含中央资金689.31万元,地方资金3431300元)。\n"}) {
        const auto r2 = read(use + not_given);
        // (The parts themselves are still read, as the used money split by level.)
        const auto& e = r2.doc.projects.at(0).execution;
        CHECK((!e || !e->used || *e->used != wan("1032.44")));
        CHECK(findings_of(r2, "JX-S008").empty());
    }

    // 元 printed for 万元, which the parts after 其中 give (旺苍县, https://scgw.gov.cn/Detail.aspx?id=20220601112823798:
    // 补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元): read as 万元 and reported; not when they do not add up.
    const auto yuan = read(use + "全区执行数471.23元,其中中央资金189.63万元,地方资金281.6万元。\n");
    REQUIRE(yuan.doc.projects.at(0).execution);
    CHECK(yuan.doc.projects[0].execution->used == wan("471.23"));
    const auto s008_yuan = all_of(yuan, "JX-S008");
    REQUIRE(s008_yuan.size() == 1);
    CHECK(*s008_yuan[0].actual == "471.23元");
    const auto plain = read(use + "全区执行数471.23元,其中中央资金189.63万元,地方资金281.5万元。\n");
    CHECK(findings_of(plain, "JX-S008").empty());
}

// ---- structure rules by template -----------------------------------------------------

TEST_CASE("JX-S001/S002 judge a transfer-payment book by its own template, and are silent when none fits") {
    const auto transfer = read(
        "某县民政局2024年度转移支付资金绩效自评报告\n"
        "一、绩效目标分解下达情况\n下达资金10万元。\n"
        "二、绩效目标完成情况分析\n完成。\n"
        "四、绩效自评结果拟应用和公开情况\n公开。\n");
    CHECK(findings_of(transfer) == V{"JX-S001@6"});  // 三、偏离绩效目标的原因… is missing before line 6
    CHECK(transfer.all_findings()[0].message.en.find("transfer-payment template") != std::string::npos);
    const auto none = read("某县民政局2024年度项目绩效自评报告\n总体情况\n下达资金10万元。\n");
    CHECK(findings_of(none).empty());
}

// Pattern of a Hainan school's 2016 report (http://www.sunntoy.com/news_show.php?id=324): 一、项目概况
// 二、项目资金使用及管理情况 三、项目组织实施情况 — another province's template that also opens with
// 一、项目概况. One Sichuan heading is not the Sichuan template: JX-S001 is silent.
TEST_CASE("JX-S001: 一、项目概况 alone does not make a book the Sichuan template") {
    const auto other = read(
        "某学校2016年度学生资助专项项目绩效自评报告\n"
        "一、项目概况\n（一）项目基本性质、用途和主要内容\n减免学生学费。\n"
        "二、项目资金使用及管理情况\n（一）项目资金到位情况分析\n项目批复资金350万已全部到位，属于省财政下拨资金。\n"
        "三、项目组织实施情况\n制度完善。\n");
    CHECK(findings_of(other, "JX-S001").empty());
    CHECK(findings_of(other, "JX-S002").empty());
    const auto sichuan = read(
        "某区民政局\n2023年度项目支出绩效自评报告\n某项资金\n一、项目概况\n（一）项目资金申报及批复情况\n区级财政下达资金1万元。\n");
    CHECK_FALSE(findings_of(sichuan, "JX-S001").empty());  // two Sichuan headings: judged by that template
    // The same heading twice is one heading (a county's evaluation report copied into one line, its cover's
    // 一、项目基本概况 and its text's (一)项目基本概况: 山东, http://m.baogao8.com/p-34453.html).
    const auto twice = read("某县国土资源局2018年度土地出让金业务费绩效评价报告\n一、项目基本概况\n计划安排资金(万元)400。\n"
                            "二、项目绩效情况\n完成。\n三、评价报告文字部分\n一、项目基本概况\n实际支出400万元。\n");
    CHECK(findings_of(twice, "JX-S001").empty());
}

// Pattern of https://dy1993.cn/pGIK.html (a 2020 village-centre report, 海南): 一、项目概况 and
// 资金申报及批复 headings as in Sichuan's template, but six level-1 sections, 四、评价结论 and
// 六、其他需说明的事项 among them — another province's template.
TEST_CASE("JX-S001: a sixth level-1 section says the book follows another template than Sichuan's") {
    const std::string head =
        "某中心2020年度项目支出绩效自评报告\n一、项目概况\n（一）项目基本情况\n建设照料中心。\n"
        "二、项目资金管理及组织实施情况\n（一）资金申报及批复、到位及使用情况\n1.项目资金申报及批复情况\n"
        "申报预算资金173万元，已完成批复。\n三、项目绩效情况\n四、评价结论\n良。\n五、存在的问题和建议\n无\n";
    const auto six = read(head + "六、其他需说明的事项\n无\n");
    CHECK(findings_of(six, "JX-S001").empty());
    CHECK(findings_of(six, "JX-S002").empty());
    const auto five = read(head);
    CHECK_FALSE(findings_of(five, "JX-S001").empty());  // without the sixth: judged as Sichuan's
    CHECK(ingest::recognise_heading(U"六、其他需说明的事项", ingest::section_id::none, ingest::section_id::none)->id ==
          ingest::section_id::closing);
}

// Pattern of http://www.fh.gov.cn/art/2025/5/16/art_1229037584_4627362.html (a Zhejiang district, 2024): no report title, the project named by a line
// in other words over 一、基本情况, then Sichuan's sub-sections under MOF-style sections.
TEST_CASE("JX-S001: a book that opens with 一、基本情况 is not judged by Sichuan's template; its name from the line above") {
    const auto r = read(
        "发布机构 | 区教育局 | 发文日期 | 2025-05-16 |\n2024年七种对象免费入学项目绩效自评和资金分配使用情况\n"
        "一、基本情况\n(一)项目设立依据和概况\n免费入学。\n(二)项目资金申报及批复情况\n本项目申报区财政预算资金147.5万元。\n"
        "(三)项目绩效目标\n全部免费。\n二、项目实施及管理情况\n(一)项目组织实施情况\n按要求实施。\n",
        "fenghua.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.projects[0].name == "七种对象免费入学项目");
    CHECK(r.doc.fiscal_year == 2024);
    CHECK(findings_of(r, "JX-S001").empty());
}

// Pattern of http://xiping.gov.cn/portal/zwgk/gsgg/webinfo/2022/08/1661645417488589.htm: a 绩效监控总结报告 a unit filed as its self-evaluation — no report title,
// headings without numbers up to （一）资金投入情况分析 › 1.项目资金到位情况分析.
TEST_CASE("titles: no title and no level-1 heading — one project from the first heading, named by the line that names the report") {
    const auto r = read(
        "首页 >> 政务公开\n某县民族宗教局 2022年某补助资金项目绩效监控总结报告\n来源: 某县人民政府 发布时间: 2022-08-09\n"
        "绩效目标自评完成情况分析(一)资金投入情况分析\n1.项目资金到位情况分析\n"
        "某村养殖业基地建设项目总投资39.2696万元，其中：中央财政衔接资金39万元，已下拨到位。\n",
        "xiping.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2022);
    CHECK(r.doc.projects[0].name == "某补助资金项目");
    CHECK(findings_of(r, "JX-S001").empty());
}

// Pattern of https://dyrmt.com/article-147233-21.html (大英县, 2021): an excerpt from 三、综合评价结论 on, whose headings
// the section table knows only from 五、存在主要问题 — the project starts at the first numbered heading, and what
// its 四、 says is read.
TEST_CASE("titles: no title — the project starts at the text's first numbered heading, known or not") {
    const auto r = read(
        "三、综合评价结论\n该项目在组织实施、项目管理各方面完成良好。\n四、绩效评价分析\n(一)项目绩效完成情况\n"
        "2021年紧紧围绕县城补短板完善设施。项目资金支付范围、支付进度等合规合法,项目支出费用20.42万元,支付率68.07%。\n"
        "(二)项目管理情况\n全面追踪项目管理情况。\n五、存在主要问题\n一是该项目年终预算执行率为68.07%,预算执行进度较慢。\n"
        "六、相关措施及建议\n加快项目预算执行进度。\n",
        "daying2021.txt");
    REQUIRE(r.doc.projects.size() == 1);
    REQUIRE(r.doc.projects[0].execution);
    CHECK(fen(r.doc.projects[0].execution->used) == "204200.00");
    CHECK(r.doc.projects[0].execution->reported_rate.value().text == "68.07%");
    // Credit asked of banks for projects of the kind (信贷需求18.97亿元, 申贷金额10.705亿元) is no money of this one.
    const auto credit = read("2021年度某县城补短板项目绩效自评报告\n一、基本情况\n下达资金30万元。"
                             "报送信贷支持项目11个,信贷需求18.97亿元,申报信贷资金支持项目9个、申贷金额10.705亿元。\n");
    CHECK(allocated(credit.doc.projects.at(0)) == wan("30"));
}

// Pattern of https://dyxrmt.cn/article-147197-19.html (大英县, 2020): the older outline of the same template — （三）项目自评步骤及方法,
// 二、项目资金申报及使用情况 — copied from the middle of the book on: not judged by the seed's.
TEST_CASE("JX-S001: the older outline (项目自评步骤及方法, 项目资金申报及使用情况) is not judged by the seed's template") {
    const std::string body =
        "(三)项目自评步骤及方法\n采用公众评判方式。\n二、项目资金申报及使用情况\n(一)项目资金申报及批复情况。\n"
        "2020年批复下达预算资金10万元。\n(二)资金计划、到位及使用情况。\n1.资金到位\n";
    const auto old_outline = read(body, "daying.txt");
    CHECK(findings_of(old_outline, "JX-S001").empty());
    // A book with no title that starts at the seed's (二)项目绩效目标: the sections before it were not copied.
    const auto cut = read("(二)项目绩效目标\n完成宣传。\n(三)项目资金申报相符性\n相符。\n二、项目实施及管理情况\n"
                          "(一)资金计划、到位及使用情况\n2020年下达资金10万元。\n", "cut.txt");
    for (const auto& f : all_of(cut, "JX-S001")) {
        CHECK(f.message.zh.find("（一）项目资金申报及批复情况") == std::string::npos);
        CHECK(f.message.zh.find("一、项目概况") == std::string::npos);
    }
    CHECK_FALSE(findings_of(cut, "JX-S001").empty());  // the later ones it leaves out are still named
}

// Pattern of https://www.hh.gov.cn (a hospital's 2023 report): the book starts at 一、绩效目标完成
// 情况分析 — it numbers that section first, so leaving out 分解下达情况 is its layout, not a gap.
TEST_CASE("JX-S001 in the transfer template: a later section numbered into the missing one's place is quiet") {
    const auto renumbered = read(
        "某医院2023年度项目资金绩效自评报告\n"
        "一、绩效目标完成情况分析\n（一）资金投入情况分析\n1.项目资金到位情况分析\n下达资金2万元，已全部到位。\n"
        "二、偏离绩效目标的原因和下一步改进措施\n无。\n");
    CHECK(findings_of(renumbered, "JX-S001").empty());
    // Numbered 二、 the same section says that 一、 is missing.
    const auto gap = read(
        "某医院2023年度项目资金绩效自评报告\n"
        "二、绩效目标完成情况分析\n（一）资金投入情况分析\n1.项目资金到位情况分析\n下达资金2万元，已全部到位。\n"
        "三、偏离绩效目标的原因和下一步改进措施\n无。\n");
    CHECK(findings_of(gap, "JX-S001") == V{"JX-S001@2"});
    CHECK(gap.all_findings().at(0).message.en.find("transfer-payment template") != std::string::npos);
    // With no title the text is an excerpt that starts at its first heading: what came before
    // it was not copied, not left out (as for the Sichuan template).
    const auto excerpt = read(
        "二、绩效目标完成情况分析\n（一）资金投入情况分析\n1.项目资金到位情况分析\n2023年下达资金2万元，已全部到位。\n"
        "三、偏离绩效目标的原因和下一步改进措施\n无。\n");
    CHECK(findings_of(excerpt, "JX-S001").empty());
}

// A 兴庆区 衔接资金 report (http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfhcxjsj/fdzdgknr_44766/zdgz_9109/
// 202211/t20221102_3827749.html): the spending said in words under 资金管理, its rate called 支付率.
TEST_CASE("verbs: 项目资金已全额支付 is all used; 支付率 is the execution rate") {
    const auto r = read(
        "某区2022年度衔接资金项目绩效自评报告\n一、绩效目标分解下达情况\n下达衔接资金100万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析。\n1.项目资金到位情况分析。\n资金到位率100%。\n"
        "3.项目资金管理情况分析。\n项目资金已全额支付。\n(二)总体绩效目标完成情况分析\n资金预算100万元,支付率100%。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "1000000.00");
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "100%");
    // 资金拨付进度 (a 渌口区 report, http://www.lukou.gov.cn/c18753/20210908/i1766836.html: 足额拨付资金66.86万元,资金拨付进度100%).
    const auto progress = read("某区2020年度项目支出绩效自评报告\n一、基本情况\n区级年初预算安排200万元专项资金。\n"
                               "(一)资金投入情况分析\n已足额拨付资金66.86万元,资金拨付进度100% 。\n");
    REQUIRE(progress.doc.projects.at(0).execution->reported_rate);
    CHECK(progress.doc.projects.at(0).execution->reported_rate->text == "100%");
}

// Pattern of http://www.szft.gov.cn/bmxx/qmzj/tzgg/content/post_10506497.html: allocated, then cut
// (调减), then 实际下达 the rest; 发放率 after the sentence's money is the rate it was paid out at.
TEST_CASE("verbs: 实际下达 what is left after 调减 is no second allocation; 发放率 with money is the execution rate") {
    const std::string head = "某区民政局2021年度项目支出绩效自评报告\n某救助补助资金\n一、基本情况\n";
    const auto r = read(head +
                        "2021年中央财政某救助补助资金下达我区111万元，其中低保资金100万元，孤儿保障金11万元，"
                        "调减40万元，全年实际下达71万元，已全额划转至各街道并执行发放，发放率100%。\n"
                        "救助资金社会化发放率100%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("111"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->reduced) == "400000.00");
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "100%");
    // The 71万元 left is the year's budget; the cut explains its difference from the 111万元.
    REQUIRE(p.budget);
    CHECK(p.budget->adjusted == wan("71"));
    CHECK_FALSE(p.budget->initial);
    const auto linted = lint(head +
                                 "2021年中央财政某救助补助资金下达我区111万元，调减40万元，全年实际下达71万元，发放资金71万元。\n",
                             "t.txt");
    std::vector<std::string> rules;
    for (const auto& f : linted.result.projects.at(0).findings)
        if (f.rule.starts_with("JX-F")) rules.push_back(f.rule);
    CHECK(rules.empty());
    REQUIRE(linted.result.projects[0].funds.execution_rate);
    CHECK(*linted.result.projects[0].funds.execution_rate == ratio(1));
    // An indicator's 发放率 and a goal's are no execution rate.
    const auto goal = read(head + "下达资金10万元。\n绩效总目标：发放率100%，减免率100%。\n救助资金社会化发放率98%。\n");
    const auto& g = goal.doc.projects.at(0);
    CHECK(allocated(g) == wan("10"));
    CHECK((!g.execution || !g.execution->reported_rate));
}

// Pattern of https://wzs.hainan.gov.cn/wzsstjj/0700/202109/d67a50938fa84d93921aafa7bec02252.shtml?ddtab=true: 年度资金使用完成比率 and a space before the per-cent sign.
TEST_CASE("verbs: 资金使用完成比率 is the execution rate, printed 99.98 %; 余额 is the balance left") {
    const auto r = read("某市统计局2020年度项目支出绩效自评报告\n某调查经费\n一、基本情况\n"
                        "根据市财政局2020年预算安排，该项目2020年度资金预算253.7万元，支出253.66万元，余额404元，年度资金使用完成比率99.98 %。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.execution);
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "99.98%");
    CHECK(p.execution->reported_rate->decimals == 2);
    CHECK(fen(p.execution->used) == "2536600.00");
    CHECK(fen(p.execution->surplus) == "404.00");  // 余额: the balance left
}

// Patterns of https://www.shouxian.gov.cn/public/118322746/1258193705.html — the money under (一)中央转移支付预算 — and http://jt.hainan.gov.cn/xxgk/0200/0202/202205/t20220513_3190253.html — 补贴资金全部发放到相关企业.
TEST_CASE("sections: (一)中央转移支付预算 is the money's section; 全部发放 is all used") {
    const auto r = read(
        "某中心中央对地方专项转移支付2019年度绩效自评报告\n一、绩效目标分解下达情况\n(一)中央转移支付预算\n"
        "2019年某专项资金共计1586万元。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "截止2019年12月31日，补贴资金全部发放到相关企业。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("1586"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "15860000.00");
}

// Pattern of http://nyt.hubei.gov.cn/bmdt/ztzl/wqzt/njgjbtzl/hgs/lghq/202411/t20241127_5429938.shtml: 并已结算到位 after what was used says it was paid out, not that money came.
TEST_CASE("verbs: 结算到位 and 发放到位 are money paid out, not money arrived") {
    const auto r = read(
        "某管理区2023年度农机购置补贴绩效自评报告\n一、绩效目标分解下达情况\n2023年度省级拨付我区农机购置补贴资金62万元，中央拨付16万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n1.项目资金到位情况分析\n2023年实际使用补贴资金13.6万元，并已结算到位。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("78"));
    for (const auto& t : p.tranches) CHECK_FALSE(t.arrived);
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "136000.00");
    // The allocation printed again under the arrival heading, 拨付我区: paid over to the unit, so it came.
    const auto again = read(
        "某管理区2023年度农机购置补贴绩效自评报告\n一、绩效目标分解下达情况\n2023年度省级拨付我区农机购置补贴资金62万元，中央拨付16万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n1.项目资金到位情况分析\n2023年度省级拨付我区农机购置补贴资金62万元，中央拨付16万元。\n");
    const auto& q = again.doc.projects.at(0);
    REQUIRE(q.tranches.size() == 2);
    CHECK(q.tranches[0].arrived == wan("62"));
    CHECK(q.tranches[1].arrived == wan("16"));
}

// A 临河区 culling-subsidy page (http://m.boostyourviews.net/html/59/24507.html): the money is
// under 三、绩效情况分析 › (一)资金情况分析.
TEST_CASE("sections: (一)资金情况分析 is the money's section") {
    const auto r = read("强制扑杀补助资金支付2023年度绩效自评报告\n一、基本情况\n做好扑杀补贴发放。\n三、绩效情况分析\n"
                        "(一)资金情况分析。\n强制扑杀补助资金23万元,全部用于扑杀补贴,目前发放64500元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(p.name == "强制扑杀补助资金支付");
    CHECK(allocated(p) == wan("23"));
    CHECK(fen(p.execution->used) == "64500.00");
}

// A provincial report whose copy lost every opening bracket, its money a level deeper than the
// transfer template's (http://yjglt.yn.gov.cn/html/2021/ysgk_0421/25860.html): 二)绩效目标完成
// 情况 › 1.资金投入情况 › 1)项目资金到位情况。… run into its paragraph.
TEST_CASE("sections: 二) and 1) without their opening bracket; money headings one level deeper") {
    const auto r = read(
        "某省2020年度中央自然灾害救灾资金绩效自评报告\n一、某补助资金\n(一绩效目标分解下达情况\n"
        "财政部安排补助资金2513万元。\n二)绩效目标完成情况\n1.资金投入情况\n"
        "1)项目资金到位情况。2020年预算飞行经费共计7952万元,财政部实际下达资金2513万元,资金到位率为31%。\n"
        "2)项目资金执行情况。实际执行2513万元,执行率100%。\n2.总体绩效目标完成情况\n租用7架直升机。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("2513"));
    CHECK(p.tranches[0].arrived == wan("2513"));
    CHECK(p.budget->adjusted == wan("7952"));
    CHECK(fen(p.execution->used) == "25130000.00");
    const auto n = ingest::parse_numbering(U"二)绩效目标完成情况");
    REQUIRE(n);
    CHECK(n->style == ingest::numbering_style::chinese_paren);
    CHECK(n->value == 2);
    CHECK(n->length == 2);
    CHECK(ingest::parse_numbering(U"1)项目资金到位情况")->style == ingest::numbering_style::digit_paren);
    CHECK_FALSE(ingest::parse_numbering(U"2020)年"));  // no numbering: four digits
}

// A hospital's transfer-payment report (大理州中医医院, https://www.dlzzyyy.com/news/2428.cshtml): under the arrival heading
// the central money 全部下达 and the hospital's own 自筹配套 money with no verb; the devices bought
// listed after 用于…：, then 共计.
TEST_CASE("arrival heading: 全部下达 and a verb-less amount came; a list after 用于…： is of items, 共计 their sum") {
    const auto r = read(
        "某医院2018年度中央补助资金绩效自评报告\n一、绩效目标分解下达情况\n中央财政下达专项转移支付资金200万元。\n"
        "二、绩效目标完成情况\n(一)资金投入情况分析。\n1.项目资金到位情况分析。\n"
        "州财政已将200万元全部下达某医院。医院自筹配套资金201.7万元。\n2.项目资金执行情况分析。\n"
        "项目资金用于购买ICU设备:血液净化设备35万元、有创呼吸机34万元、移动式数字摄影X线系统120万元、"
        "便携式彩色多普勒超声系统110万元、多功能抢救床102.7万元,共计401.7万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("200"));
    CHECK(p.tranches[0].arrived == wan("200"));
    CHECK(p.tranches[1].amount == wan("201.7"));  // its own money, not the arrival of the 200
    CHECK(p.tranches[1].arrived == wan("201.7"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "4017000.00");
    REQUIRE(p.execution->items.size() == 5);
    CHECK(p.execution->items[0].purpose == "血液净化设备");
    const auto linted = lint(
        "某医院2018年度中央补助资金绩效自评报告\n一、绩效目标分解下达情况\n中央财政下达专项转移支付资金200万元。\n"
        "二、绩效目标完成情况\n(一)资金投入情况分析。\n2.项目资金执行情况分析。\n"
        "项目资金用于购买设备:血液净化设备35万元、有创呼吸机34万元,共计69万元。\n",
        "t.txt");
    for (const auto& f : linted.result.projects.at(0).findings) CHECK(f.rule != "JX-S007");
}

// A provincial housing department's report (四川 2019,
// http://jst.sc.gov.cn/scjst/c101417/2020/10/8/a7e72eeb4460495d96031f6bcb83269e.shtml): the money for a purpose
// (资金用于…共计128.79亿元), then where it came from, adding up to it — the money, not spending.
TEST_CASE("verbs: …资金用于X共计…, 其中 the sources adding up to it, is the money, not an item of spending") {
    const std::string head = "某省某厅关于2019年度某专项资金绩效自评报告\n一、资金绩效自评\n(一)绩效目标情况\n";
    const auto r = read(head + "2019年度全省中央和省级财政资金用于公租房保障和棚户区改造共计128.79亿元,其中,中央财政专项资金"
                               "49.24亿元,中央预算内基建投资65.50亿元,省级财政安排补助资金14.05亿元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK_FALSE(p.execution);
    REQUIRE(p.tranches.size() == 3);
    CHECK(allocated(p) == wan("1287900"));
    CHECK(p.tranches[2].level == level::provincial);
    // Parts that name what the money paid for keep the total an item of spending, as before.
    const auto bought = read(head + "项目资金用于购买设备共计69万元,其中,血液净化设备35万元,有创呼吸机34万元。\n");
    CHECK(bought.doc.projects.at(0).tranches.empty());
}

// A county transport bureau's department-wide report (桃源县 2021,
// https://taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_132690): the year's cut printed as a
// signed amount (年内调整预算-101251.44万元) is no budget.
TEST_CASE("an amount printed with a minus sign is a change, not a budget or an allocation") {
    const std::string head = "某局2021年度整体支出绩效自评报告\n一、基本情况\n(一)资金情况\n";
    const auto r = read(head + "2021年年初预算140204.65万元,年内调整预算-101251.44万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(p.budget->initial == wan("140204.65"));
    CHECK_FALSE(p.budget->adjusted);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("140204.65"));
    const auto signed_amount = all_of(r, "JX-S005");
    REQUIRE(signed_amount.size() == 1);
    CHECK(signed_amount[0].message.zh.find("带负号") != std::string::npos);
    // A dash that leads the amount in a list (下达资金—中央10万元) is no minus sign.
    CHECK(allocated(read(head + "下达资金—中央资金—10万元。\n").doc.projects.at(0)) == wan("10"));
}

// The same department-wide report: 决算收入 is what came in the year, 上年结转 what came over from the year
// before, 全年可执行预算 the budget there was to spend and 年初预算支出 the spending budgeted at the start —
// none of them money spent.
TEST_CASE("department-wide: 决算收入 came; 可执行预算 and 年初预算支出 are budgets, not spending") {
    const auto r = read("某局2021年度整体支出绩效自评报告\n一、基本情况\n(一)部门整体收支情况\n"
                        "2021年部门年初预算收入140204.65万元,决算收入38953.21万元。上年结转11734.14万元,"
                        "全年可执行预算合计50687.35万元。\n2021年部门年初预算支出140204.65万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK_FALSE(p.execution);
    REQUIRE(p.budget);
    CHECK(p.budget->initial == wan("140204.65"));
    CHECK(p.budget->adjusted == wan("50687.35"));
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("38953.21"));
    CHECK(p.tranches[0].arrived == wan("38953.21"));
    CHECK(p.tranches[1].source == fund_source::prior_year);
    CHECK(p.tranches[1].amount == wan("11734.14"));
    CHECK(findings_of(r, "JX-S007").empty());
}

// A census office's report (五指山, https://wzs.hainan.gov.cn/wzsstjj/0700/202109/d67a50938fa84d93921aafa7bec02252.shtml):
// 资金预算 names the money that is also the budget. A county's housing report
// (https://www.ww.gov.cn/openness/grassroots/6603971/38480580.html): 年初…预算安排 is the initial budget.
TEST_CASE("budget: an allocation the text calls the budget is the budget too, when no other is named") {
    const auto r = read(
        "某市统计局2020年度项目支出绩效自评报告\n一、基本情况\n做好人口普查。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "该项目2020年度资金预算253.7万元,支出253.66万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("253.7"));
    REQUIRE(p.budget);
    CHECK(p.budget->adjusted == wan("253.7"));
    CHECK_FALSE(p.budget->initial);
    CHECK(fen(p.execution->used) == "2536600.00");

    // 预算批复金额 (湖北省红十字会, https://hbsredcross.org.cn/col42/3039: 项目年预算批复金额为900万元) and 预算经费
    // (永定区图书馆, https://renrendoc.com/paper/181396115.html: 预算经费3万元,用于图书采集、报刊订阅).
    const std::pair<std::string, std::string> named_budgets[] = {
        {"某市红十字会2019年度项目支出绩效自评报告\n一、基本情况\n做好救助。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
         "项目年预算批复金额为900万元,实际执行资金总额900万元。\n",
         "900"},
        {"某区图书馆2017年度项目支出绩效自评报告\n一、项目概况\n本项目是按年度预算安排的经常性专项业务费,"
         "预算经费3万元,用于图书采集、报刊订阅。\n",
         "3"}};
    for (const auto& budget : named_budgets) {
        CAPTURE(budget.first);
        const auto named = read(budget.first);
        REQUIRE(named.doc.projects.at(0).budget);
        CHECK(named.doc.projects.at(0).budget->adjusted == wan(budget.second));
        CHECK(allocated(named.doc.projects.at(0)) == wan(budget.second));
    }
    // (下达经费 is the allocation's verb, not a budget's name.)
    CHECK_FALSE(read("某区图书馆2017年度项目支出绩效自评报告\n一、项目概况\n下达经费3万元,用于图书采集。\n").doc.projects.at(0).budget);

    const auto initial = read(
        "某县2022年度项目支出绩效自评报告\n一、基本情况\n做好危房改造。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "2022年初农村危房改造资金预算安排300.7万元。\n");
    REQUIRE(initial.doc.projects.at(0).budget);
    CHECK(initial.doc.projects.at(0).budget->initial == wan("300.7"));
    CHECK_FALSE(initial.doc.projects.at(0).budget->adjusted);

    // A budget the text then says was cut is the initial one (奉化, http://www.fh.gov.cn/art/2025/5/16/art_1229037584_4627362.html).
    const auto cut = read(
        "某区2024年度项目支出绩效自评报告\n一、基本情况\n做好免费入学。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "本项目申报区财政预算资金147.5万元,年中预算调减0.695万元。\n");
    REQUIRE(cut.doc.projects.at(0).budget);
    CHECK(cut.doc.projects.at(0).budget->initial == wan("147.5"));
    CHECK_FALSE(cut.doc.projects.at(0).budget->adjusted);
    // …and what it says was approved after the cut is the year's budget.
    const auto approved = read(
        "某区2024年度项目支出绩效自评报告\n一、基本情况\n做好免费入学。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "本项目申报区财政预算资金147.5万元,年中预算调减0.695万元,通过财政局实际批复项目经费146.805万元。\n");
    REQUIRE(approved.doc.projects.at(0).budget);
    CHECK(approved.doc.projects.at(0).budget->initial == wan("147.5"));
    CHECK(approved.doc.projects.at(0).budget->adjusted == wan("146.805"));
    CHECK(allocated(approved.doc.projects.at(0)) == wan("147.5"));

    // 下达…预算资金: the allocation's own verb; no budget is read from it.
    const auto allocation = read(
        "某县2022年度项目支出绩效自评报告\n一、基本情况\n做好危房改造。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "上级下达预算资金300.7万元。\n");
    CHECK(allocated(allocation.doc.projects.at(0)) == wan("300.7"));
    CHECK_FALSE(allocation.doc.projects.at(0).budget);

    // A budget named for one part of the money only is not the project's.
    const auto part = read(
        "某县2022年度项目支出绩效自评报告\n一、基本情况\n做好危房改造。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "资金预算100万元,省级另下达补助50万元。\n");
    CHECK(allocated(part.doc.projects.at(0)) == wan("150"));
    CHECK_FALSE(part.doc.projects.at(0).budget);
}

// Yunnan's self-evaluation (龙陵县 勐糯镇, http://www.hfghjg.com.cn/info/8256/2275119.htm): the money is under
// (二)绩效目标完成情况 › 1.执行率情况. A university's aid report (https://xxgkw.hbust.edu.cn/info/1243/1928.htm):
// 一名学生4000元的最低资助标准 is a standard per student, not money left over.
TEST_CASE("sections: 1.执行率情况 is the money's heading; a standard per person is no money of the project") {
    const auto r = read(
        "某镇2021年度项目支出绩效自评报告\n一、自评结论\n(一)自评得分\n该项目自评得分85分\n(二)绩效目标完成情况\n1.执行率情况。\n"
        "财政年度预算资金总额120000元,2021年实际到位60000元,实际支付60000元,到位资金执行率100%。\n"
        "2.完成的绩效目标。用于公益性岗位补助。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(fen(p.budget->adjusted) == "120000.00");
    CHECK(fen(p.execution->used) == "60000.00");

    const auto aid = read(
        "某大学2021年度项目支出绩效自评报告\n一、自评结论\n(一)评价得分\n95分\n(二)绩效目标完成情况\n1、执行率情况。\n"
        "实际下达预算2596万元,全年度实际总支出2595.6208万元。剩余未执行完的0.3792万元为应征入伍学生国家资助经费,"
        "因此笔经费无法达到一名学生4000元的最低资助标准,将作为我校2022年应征入伍学生国家资助经费使用。\n");
    const auto& a = aid.doc.projects.at(0);
    REQUIRE(a.execution);
    CHECK(fen(a.execution->carried_forward) == "3792.00");
    CHECK(fen(a.execution->used) == "25956208.00");
}

// A provincial health report (广东, http://ylwt22.com/dangtuangongzuo/2022/0701/151468.html): the total, a
// sentence of its own that opens the list (政策任务4个，具体如下：), then the tasks (一是…), cut off.
TEST_CASE("breakdown: lines after a marker that names no amount, or 一是… right after a total, are its parts") {
    const auto total_then = [](const std::string& lines) {
        return read("某省2019年度项目支出绩效自评报告\n一、基本情况\n(一)项目资金情况\n"
                    "省财政厅安排某管理制度项目预算资金 509774.50 万元。财政事权涉及的政策任务 4 个,具体如下:\n" +
                    lines);
    };
    // (The copy is cut after the first task: one item is no list of component funds.)
    const auto listed = total_then("一是医院建设项目,安排项目预算资金 420000.00 万元,主要用于重点建设。\n");
    const auto& p = listed.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("509774.50"));
    // 安排…预算资金: the allocation's verb comes first, no budget is read from it.
    CHECK_FALSE(p.budget);

    // Without the marker sentence, 一是 right after the total still breaks it down.
    const auto direct = read("某省2019年度项目支出绩效自评报告\n一、基本情况\n(一)项目资金情况\n"
                             "省财政厅安排某项目资金 500 万元。\n一是医院建设项目,安排资金 420 万元。\n");
    REQUIRE(direct.doc.projects.at(0).tranches.size() == 1);
    CHECK(direct.doc.projects.at(0).tranches[0].amount == wan("500"));

    // 一是 after the colon of a lead (…项目有：一是…), and 二是 after it, break the total down too
    // (西藏, http://www.xizang.gov.cn/zwgk/xxgk_424/zxxxgk/202103/t20210315_196191.html).
    const auto lead = read("某区2020年度项目支出绩效自评报告\n一、项目资金分解下达情况\n"
                           "分解下达某专项资金共22171万元,其中下达地市9397万元;区直12774万元。区直项目有:一是某管理处,下达预算资金9378万元。"
                           "二是某博物馆,下达预算资金5009万元。\n");
    CHECK(allocated(lead.doc.projects.at(0)) == wan("22171"));

    // An amount larger than the total is no part of it: the list has ended.
    const auto larger = total_then("另安排某新建项目资金 600000.00 万元。\n");
    REQUIRE(larger.doc.projects.at(0).tranches.size() == 2);
    CHECK(larger.doc.projects.at(0).tranches[1].amount == wan("600000"));

    // 一是 with no total before it is money of its own.
    const auto alone = read("某省2019年度项目支出绩效自评报告\n一、基本情况\n(一)项目资金情况\n"
                            "一是医院建设项目,安排资金 420 万元。\n二是某项目,安排资金 80 万元。\n");
    CHECK(allocated(alone.doc.projects.at(0)) == wan("500"));
}

// A county water bureau's fund report (永兴县, http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57454/57468/content_3194996.html): 一、专项资金基本情况 ›
// (一)专项资金概况 holds the money, a total and its 其中 parts.
TEST_CASE("sections: (一)专项资金概况 is the money's section") {
    const auto r = read(
        "某县水利局2019年度某治理工程专项资金绩效评价报告\n一、专项资金基本情况\n(一)专项资金概况。\n"
        "2019年度专项资金绩效评价资金总计85.98万元,其中一期治理工程监理费22万元,青苗补偿费63.98万元。\n"
        "(二)专项资金预期目标完成程度。\n完成治理。\n二、专项资金使用情况\n按规定使用。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("85.98"));
}

// A provincial disaster-relief report (云南, https://yjglt.yn.gov.cn/html/2023/ysgk_0601/27146.html): the total in one sentence, its parts in the
// next, opened by 其中, outside the sections where money is written; later the arrival.
TEST_CASE("totals: 其中 opening the next sentence lists the parts of the total before it") {
    const auto r = read(
        "某省2022年度中央自然灾害资金绩效自评报告\n一、中央自然灾害救灾资金(某补助经费)\n(一)绩效目标分解下达情况。\n"
        "2022年共投入某补助经费预算10441万元。其中,中央转移支付资金8353万元,省级配套资金2088万元,专项用于某工作。\n"
        "(二)绩效目标完成情况分析。\n1.资金投入情况分析。\n(1)项目资金投入情况。10441万元资金全部拨付到位,资金到位率100%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("10441"));
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("8353"));
    CHECK(p.tranches[0].level == level::central);
    CHECK(p.tranches[1].amount == wan("2088"));
    // A sentence that does not open with 其中 is money of its own.
    const auto other = read(
        "某省2022年度中央自然灾害资金绩效自评报告\n一、中央自然灾害救灾资金(某补助经费)\n(一)绩效目标分解下达情况。\n"
        "2022年共投入某补助经费预算10441万元。另有省级配套资金2088万元。\n"
        "(二)绩效目标完成情况分析。\n1.资金投入情况分析。\n资金全部到位。\n");
    CHECK(allocated(other.doc.projects.at(0)) == wan("12529"));
}

// A city civil-affairs report (万源, http://www.wanyuan.gov.cn/xxgk-show-96990.html): 收到中央下达 — money allocated
// that came. A school's aid report (昌宁县, a 2024 绩效自评报告 of its 公开目录): the same arrival again, as a
// 合计, in the indicators of the same section.
TEST_CASE("verbs: 收到…下达 is money that came; 收到资金合计 the same arrival restated") {
    const auto r = read(
        "某市民政局2021年度项目支出绩效自评报告\n一、绩效目标分解下达情况\n"
        "2021年我局共收到中央下达困难群众救助补助资金9056万元,省级下达资金804万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("9056"));
    CHECK(p.tranches[0].arrived == wan("9056"));
    CHECK(p.tranches[1].amount == wan("804"));

    const auto again = read(
        "某校2023年度项目支出绩效自评报告\n一、基本情况\n做好资助。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "2023年,我校收到上级下拨某专项资金合计149.63万元,实际发放107.78万元,实际执行率为72.03%。\n"
        "三是时效指标:2023年收到资金合计149.63万元,实际发放107.78万元。\n");
    const auto& q = again.doc.projects.at(0);
    REQUIRE(q.tranches.size() == 1);
    CHECK(q.tranches[0].arrived == wan("149.63"));
}

// A provincial women's federation report (广东, https://m.wenku365.com/p-840859.html): the year's budget and its shares after 其中 —
// what part stays, what goes to lower federations — and the loans the money is expected to bring.
TEST_CASE("budget shares after 其中 are no money of their own; 预计… is a target") {
    const auto r = read(
        "某省妇联2016年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
        "2016年预算额度1300万元,其中省妇联本级300万元,对下级妇联支付1000万元。\n"
        "(二)绩效目标\n提供1000万元的贴息资金扶持,预计发放妇女创业就业贷款1.67亿元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(p.budget->adjusted == wan("1300"));
    // The budget is the money allocated (its shares are not): one tranche of it, arrival unknown.
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("1300"));
    CHECK_FALSE(p.tranches[0].arrived);
    const bool any_used = p.execution && p.execution->used;
    CHECK_FALSE(any_used);
    // Levels' shares of a budget are its tranches (昌宁县, https://yncn.gov.cn/info/4112/9025640.htm).
    const auto levels = read(
        "某校2023年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
        "2023年某项目全年预算资金6.46万元,其中:中央配套4.68万元,省级配套1.76万元,市级配套0.02万元。\n");
    CHECK(allocated(levels.doc.projects.at(0)) == wan("6.46"));
    CHECK(levels.doc.projects.at(0).tranches.size() == 3);
    // Named by no verb, the levels' money under a budget total is the levels' tranches too, not a budget stated
    // twice; the central one is the allocation told before (云南省应急管理厅 2021,
    // https://yjglt.yn.gov.cn/html/2022/ysgk_0401/25814.html).
    const auto named = read(
        "某厅2021年度中央对地方转移支付预算执行绩效自评报告\n一、绩效目标分解下达情况\n共安排中央救灾资金7814万元。\n"
        "二、绩效目标完成情况分析\n1.资金投入情况分析\n(1)项目资金到位情况。2021年预算飞行经费共计9799.2万元,其中中央补助资金"
        "7814万元,省级补助资金1985.2万元。\n(2)项目资金执行情况。实际执行飞行经费9109.54万元,结余689.66万元。\n");
    const auto& n = named.doc.projects.at(0);
    REQUIRE(n.tranches.size() == 2);
    CHECK(n.tranches[0].level == level::central);
    CHECK(n.tranches[0].amount == wan("7814"));
    CHECK(n.tranches[1].level == level::provincial);
    CHECK(n.tranches[1].amount == wan("1985.2"));
    CHECK(n.budget.value().adjusted == wan("9799.2"));
    CHECK(findings_of(named, "JX-S005").empty());
    CHECK(findings_of(named, "JX-F001").empty());
}

// A county housing report (芷江县, http://rishikeshbazar.com/p-25781918.html): the money planned with its parts in a bracket, then what
// arrived of the whole and what went into next year's budget; then the batches it came in.
TEST_CASE("totals: an arrival of the whole after bracketed parts; money put into a later year's budget; the batches again") {
    const auto r = read(
        "某县2017年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
        "中央、省级财政计划投入资金1476万元,(其中中央补助资金982万元、省级补助资金494万元),实际到账1444万元,"
        "省级补助资金32万元纳入2018年预算。第一批补助资金844万元于2016年12月20日下达,第二批补助资金600万元于2017年7月28日下达(不含需2018年结算资金32万元)。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("1476"));
    CHECK(p.tranches[0].arrived == wan("1444"));
    CHECK(p.x.json.find("the total is the tranche, the parts are not tranches of their own") != std::string::npos);
    // Without the arrival, the parts are the tranches, as before.
    const auto parts = read("某县2017年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
                            "中央、省级财政计划投入资金1476万元,(其中中央补助资金982万元、省级补助资金494万元)。\n");
    REQUIRE(parts.doc.projects.at(0).tranches.size() == 2);
    CHECK(parts.doc.projects.at(0).tranches[0].amount == wan("982"));
}

// A county's special-education report (绩溪县, http://www.cnjx.gov.cn/OpennessContent/show/3262894.html): the allocation, then what the room cost in all
// and, in the next sentence, what that was made of.
TEST_CASE("totals: the parts 其中 lists after a total investment are no money of the project") {
    const auto r = read(
        "某县2023年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
        "某县2023年特殊教育经费补助转移支付下达预算为7万元,用于建设资源教室。\n"
        "建成了特殊教育资源教室,总投资7万元。其中场所装修4800元,设备设施采购29套,合计7万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("7"));
}

// A chemical park's safety project (宣城, http://www.xuanzhou.gov.cn/OpennessContent/show/3254556.html): 资金暂未全部到位 — some of the money came, how much is
// not said there; not that none came.
TEST_CASE("verbs: 未全部到位 says part of the money came, not none") {
    const auto r = read(
        "某区2023年度项目支出绩效自评报告\n一、绩效目标分解下达情况\n中央拨付财政资金1800万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n项目资金暂未全部到位,已投入资金全部用于项目建设。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK_FALSE(p.tranches[0].arrived);
    CHECK(p.tranches[0].x.json.find("only part of it arrived") != std::string::npos);
    // 资金未到位: none came.
    const auto none = read(
        "某区2023年度项目支出绩效自评报告\n一、绩效目标分解下达情况\n中央拨付财政资金1800万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n项目资金尚未到位。\n");
    CHECK(none.doc.projects.at(0).tranches.at(0).arrived == money{});
}

// A county forestry report copied on a bidding site that hides figures from non-members (虎林市, https://m.bidcenter.com.cn/news-17-170608279.html):
// 点击查看>> stands where an amount was; the amounts it left are parts of a whole nobody can read.
TEST_CASE("figures a site hid (点击查看>>) leave the sentence's other amounts unread") {
    const auto r = read(
        "某市林业局2021年度项目支出绩效自评报告\n一、绩效目标分解下达情况\n"
        "下达给我单位资金 点击查看>> 万元,其中:天然商品林停伐管护补助 点击查看>> 万元,造林补助2.35万元,有害生物防治费9.03万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n中央财政补助资金全年共 点击查看>> 万元,预算执行率100%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(p.tranches.empty());
    REQUIRE(p.execution);
    CHECK(p.execution->reported_rate->text == "100%");
    const auto f = all_of(r, "JX-S005");
    REQUIRE(f.size() == 2);
    CHECK(f[0].message.en.find("the site hid some of the sentence's figures") != std::string::npos);
}

// A school's Yunnan-template report (昌宁县, https://yncn.gov.cn/info/4112/9026410.htm): ②时效指标：…资金到位率为100% — a label, then a statement
// with its figure: body text, not a heading of the money's sections whose words it happens to hold.
TEST_CASE("sections: a numbered label followed by a statement with a figure is no heading") {
    const auto r = read(
        "某校2023年度项目支出绩效自评报告\n一、自评结论\n(二)绩效目标完成情况\n1. 执行率情况。\n"
        "2023年度项目财政资金总额16.20万元,拨付使用16.20万元,预算执行率100%。\n2. 完成的绩效目标。\n(1)产出指标\n"
        "②时效指标:教育专项工作经费资金到位率为100%。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.reported_arrival_rate);
    CHECK(p.reported_arrival_rate->text == "100%");
    CHECK_FALSE(ingest::recognise_heading(U"②时效指标:资金到位率为100%", ingest::section_id::none, ingest::section_id::none));
    CHECK(ingest::recognise_heading(U"1.项目资金到位情况分析：", ingest::section_id::none, ingest::section_id::none));
}

// A sports centre's lottery-fund report (宁夏, http://sport.nx.gov.cn/zfxxgk/fdzdgknr/sjgk/201907/t20190725_3387765.html):
// （二）中心分解下达预算… lists the projects the money stated in （一） went to, one printed 462.4 for 462.49.
TEST_CASE("sections: what a section dividing the money stated before lists is that money, not more of it") {
    const auto r = read(
        "某中心2018年度项目资金绩效自评报告\n一、绩效目标分解下达情况\n(一)下达预算情况\n"
        "安排本级项目资金474.49万元,其中一般公共预算安排12万元,体育彩票公益金安排462.49万元。\n"
        "(二)中心分解下达预算和绩效目标情况\n1、健身路径维护项目。预算安排12万元。\n绩效目标:保障正常运行。\n"
        "2、群众体育项目。预算安排462.4万元。\n绩效目标:广泛开展群众体育活动。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("12"));
    CHECK(p.tranches[1].amount == wan("462.49"));
    CHECK(allocated(p) == wan("474.49"));
    const auto findings = rule_lines(r.project_findings.at(0));
    // Each line of the division is left to a reviewer (info), 462.4 among them.
    CHECK(std::count(findings.begin(), findings.end(), "JX-S005@6") == 1);
    CHECK(std::count(findings.begin(), findings.end(), "JX-S005@8") == 1);
}

// A county's relief fund (万源, http://www.wanyuan.gov.cn/xxgk-show-96990.html): （二）省内资金安排、分解下达… and
// （三）市县资金安排… name money of their own level or source, which is more money, not a division of the central money.
TEST_CASE("sections: money a dividing section names by its level or source is money of its own") {
    const auto r = read(
        "某市2021年度困难群众救助补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
        "(一)中央下达转移支付预算和绩效目标情况\n2021年我局共收到中央下达困难群众救助补助资金9056万元。\n"
        "(二)省内资金安排、分解下达预算和绩效目标情况\n省级下达资金804万元。\n年度总体目标:提升保障水平。\n"
        "(三)市县资金安排、分解下达预算和绩效目标情况\n市县下达资金2040.56万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 3);
    CHECK(allocated(p) == wan("11900.56"));
    CHECK(p.tranches[1].level == level::provincial);
}

// A county's welfare-lottery transfer (灵璧县, https://www.lingbi.gov.cn/public/6628291/160825831.html):
// each document's allocation listed by name under 一、绩效目标分解下达情况, and the spending after the money.
TEST_CASE("verbs: names listed after 下达 each have their money; 专项资金…,全年执行数… is the money, then what was spent") {
    const auto r = read(
        "某县民政局2023年度转移支付绩效自评报告\n一、绩效目标分解下达情况\n"
        "关于提前下达2023年中央专项资金预算的通知(某财社〔2022〕1347号)下达中央老年人福利90.79万元、养老服务5.74万元。\n"
        "关于下达2023年专项资金的通知(某财社〔2023〕19号)下达中央残疾人福利30万元,儿童福利16万元。\n"
        "二、绩效情况分析\n(一)资金投入情况分析\n1.项目资金投入情况分析。\n"
        "2023年共下达中央专项资金142.53万元,具体是老年人福利类90.79万元,儿童福利类16万元,残疾人福利类30万元,养老服务5.74万元。\n"
        "2.项目资金执行情况分析。\n2023年度专项资金142.53万元,全年执行数133.53万元,预算执行率93.69%。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 4);
    CHECK(p.tranches[1].amount == wan("5.74"));
    CHECK(p.tranches[1].level == level::central);  // the level of the list it is in
    CHECK(p.tranches[3].amount == wan("16"));
    CHECK(allocated(p) == wan("142.53"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("133.53"));
    // A kind of spending after an amount (商品和服务支出) does not make that amount the money allocated.
    const auto kinds = read("某县2023年度项目绩效自评报告\n一、基本情况\n(一)资金情况\n下达资金150万元。\n"
                            "(二)资金使用情况\n全年工资80万元,商品和服务支出50万元。\n");
    REQUIRE(kinds.doc.projects.at(0).tranches.size() == 1);
    CHECK(kinds.doc.projects.at(0).tranches[0].amount == wan("150"));
    // Not after a verb of its own list: 带动产值 is no allocation.
    const auto effect = read("某县2023年度项目绩效自评报告\n一、绩效目标分解下达情况\n下达中央产业资金30万元,带动产值16万元。\n");
    REQUIRE(effect.doc.projects.at(0).tranches.size() == 1);
    CHECK(effect.doc.projects.at(0).tranches[0].amount == wan("30"));
    // Nor what others put in because of it, worded by 投入 (…受益13147户,拉动农户(农业生产组织)投入资金6.36亿元, pattern
    // of http://36.133.2.224:801/ZhangYeShi/details/6951.html: it was a tranche of 6.36亿).
    const auto drawn = read("某市2022年度项目绩效自评报告\n一、绩效目标分解下达情况\n下达农机购置补贴专项资金10984万元,"
                            "受益13147户,拉动农户(农业生产组织)投入资金6.36亿元。\n");
    REQUIRE(drawn.doc.projects.at(0).tranches.size() == 1);
    CHECK(drawn.doc.projects.at(0).tranches[0].amount == wan("10984"));
    const auto put_in = read("某市2022年度项目绩效自评报告\n一、绩效目标分解下达情况\n下达专项资金100万元,县级投入资金20万元。\n");
    CHECK(allocated(put_in.doc.projects.at(0)) == wan("120"));
}

// A province's disaster-relief transfer (四川, https://yjt.sc.gov.cn/scyjt/caizhengyujuesuan/2021/5/26/b8140f88d2bd4c5a8d0539e9d516dd0b.shtml):
// the central money, then 一是…二是… the funds it was made of, each a 中央…资金 as the whole is, the first with
// its parts (含…); the text breaks off in 三是.
TEST_CASE("totals: 一是…二是… funds after a lead that says the money came are components; a list cut short is not checked") {
    const std::string head = "四川省2020年度中央自然灾害救灾资金绩效自评报告\n一、基本情况\n(一)资金情况\n"
                             "2020年度,财政部会同应急管理部共下达我省中央自然灾害救灾资金15.4235亿元。主要包含三大方面:"
                             "一是中央自然灾害救灾资金(重特大自然灾害救灾)9.9162亿元。含生活救助资金2.7609亿元、农房恢复重建资金7.1553亿元。"
                             "二是中央自然灾害救灾资金(冬春临时生活困难救助)5.323亿元。";
    const auto cut = read(head + "三是中央自然灾害救灾资金(森林草原航\n");
    REQUIRE(cut.doc.projects.size() == 3);
    CHECK(cut.doc.projects[0].tranches.empty());  // the whole is no money of its own
    CHECK(allocated(cut.doc.projects[1]) == wan("99162"));  // its parts (含…) add up to it
    CHECK(allocated(cut.doc.projects[2]) == wan("53230"));
    CHECK(cut.doc.projects[2].tranches.at(0).level == level::central);
    const auto cut_findings = rule_lines(cut.project_findings.at(0));
    CHECK(std::count(cut_findings.begin(), cut_findings.end(), "JX-S006@4") == 0);  // the third fund's figure is lost
    // The whole list printed: 15.4235亿 is not 9.9162亿 + 5.323亿.
    const auto whole = read(head + "\n");
    const auto whole_findings = rule_lines(whole.project_findings.at(0));
    CHECK(std::count(whole_findings.begin(), whole_findings.end(), "JX-S006@4") == 1);
    // Parts that are no funds of their own, named by the whole's level, break it down.
    const auto same = read("某县2020年度救灾资金绩效自评报告\n一、基本情况\n(一)资金情况\n"
                           "2020年度共下达中央资金10万元。主要包括两方面:一是中央财政补助8万元。二是中央财政奖励2万元。\n");
    REQUIRE(same.doc.projects.size() == 1);
    REQUIRE(same.doc.projects.at(0).tranches.size() == 1);
    CHECK(same.doc.projects.at(0).tranches[0].amount == wan("10"));
    // Levels that differ from the whole's are its tranches.
    const auto levels = read(
        "某县2020年度救灾资金绩效自评报告\n一、基本情况\n(一)资金情况\n"
        "2020年度共下达救灾资金150万元。主要包含两方面:一是中央救灾资金100万元。二是省级救灾资金50万元。\n");
    REQUIRE(levels.doc.projects.size() == 1);
    REQUIRE(levels.doc.projects.at(0).tranches.size() == 2);
    CHECK(levels.doc.projects.at(0).tranches[1].level == level::provincial);
}

// A city science bureau's projects (绵阳, https://beiku.com/zipingbaogao/article_538282.html): 部门预算项目支出 and 专项预算支出 are the kinds of its
// budget, not money spent; they add up to 18万 less than the total printed.
TEST_CASE("verbs: 部门预算项目支出…万元 and 专项预算支出…万元 name kinds of a budget, not spending") {
    const auto r = read(
        "某市科学技术局2021年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
        "我局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为2455.5万元,其中部门预算项目支出87.5万元,专项预算支出2350万元。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK_FALSE(p.execution);
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("87.5"));
    CHECK(p.tranches[1].amount == wan("2350"));
    const auto findings = rule_lines(r.project_findings.at(0));
    CHECK(std::count(findings.begin(), findings.end(), "JX-S006@4") == 1);
    // 一般公共预算支出 is spending all the same.
    const auto spent = read("某局2021年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
                            "下达资金100万元,2021年一般公共预算支出90万元。\n");
    REQUIRE(spent.doc.projects.at(0).tranches.size() == 1);
    REQUIRE(spent.doc.projects.at(0).execution);
    CHECK(spent.doc.projects.at(0).execution->used == wan("90"));
    // …日常支出 among the parts of what the money is for names a kind of costs, not spending (奉化区,
    // http://www.fh.gov.cn/art/2023/1/10/art_1229037584_4166978.html).
    const auto costs = read("某局2022年度项目支出绩效自评报告\n一、基本情况\n(一)资金情况\n"
                            "2022年,财政下拨体育馆运行经费为190万元,用于物业管理、场馆维修等方面的支出,其中体育馆物业管理承包服务费"
                            "86.0085万元、水电、维修费、疫情防控等日常支出103.9915万元。\n");
    CHECK_FALSE(costs.doc.projects.at(0).execution);
    CHECK(allocated(costs.doc.projects.at(0)) == wan("190"));
}

// A district transport bureau's road upkeep (2020, http://m.cornels-photography.com/paper/308754155.html):
// 项目支出预算 is the budget for spending, and the bracket after the spending lists what it paid for.
TEST_CASE("verbs: …支出预算共…万元 is a budget; a bracket of costs after money spent is its items") {
    const auto r = read("某局2020年度重点项目绩效评价报告\n一、项目支出基本情况\n(一)项目支出资金概况\n"
                        "2020年我局养护项目支出预算共602.6167万元,包含项目24个,实际支出503.8232万元(业务工作经费29.1465万元、"
                        "专项经费474.6767万元),涵盖项目24个。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("602.6167"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("503.8232"));
    CHECK(findings_of(r, "JX-S007").empty());
    const auto items = all_of(r, "JX-S005");
    REQUIRE(items.size() == 2);
    for (const auto& f : items) CHECK(f.message.zh.find("这是前一项支出在括号中列出的明细") != std::string::npos);
    // (Spending broken down by where it came from — 当年资金…, 上年结转资金… — is read as such; see
    // the 3957.55万元 case above.)
}

// A city bureau's report on its 113 projects (承德 2023, https://m.bidcenter.com.cn/newsrili-1-272950249.html): the
// money spent is stated where the report tells how the work was organised, by 执行金额.
TEST_CASE("narrative: 项目执行金额…万元 is money spent wherever it stands; 发放金额 stays narrative") {
    const std::string tail = "二、绩效目标实现情况\n我局2023年预算安排专项资金项目共计113个,财政资金3267.28万元。\n";
    const auto r = read("某市农业农村局关于2023年度项目绩效自评工作的报告\n一、绩效自评工作组织开展情况\n"
                        "我局高度重视绩效自评工作,至2023年底我局项目执行金额2856.63万元,执行率87.43%。\n" + tail);
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("3267.28"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("2856.63"));
    const auto handed_out = read("某市农业农村局关于2023年度项目绩效自评工作的报告\n一、绩效自评工作组织开展情况\n"
                                 "我局高度重视绩效自评工作,全年惠及群众1.2万人,发放金额2856.63万元。\n" + tail);
    CHECK_FALSE(handed_out.doc.projects.at(0).execution);
}

// The transfer template as regions word it: 二、绩效情况分析 over （一）资金投入情况分析 (宣城 2024,
// https://www.ahjd.gov.cn/Jczwgk/show/3512334.html), and 一、基本情况 before it (重庆 铜梁区 2022, https://cqstl.gov.cn/bm/qnyncw_71113/zwgk_70831/fdzdgknr_70834/qtgknr/202304/t20230419_11893150.html).
// Neither section is missing; a book without them still lacks them.
TEST_CASE("JX-S001 on the transfer template: 一、基本情况 and 二、绩效情况分析 are its sections") {
    const std::string tail = "二、绩效情况分析\n（一）资金投入情况分析\n2024年中央资金下达10万元，全部到位。\n"
                             "三、偏离绩效目标的原因和下一步改进措施\n无。\n四、绩效自评结果拟应用和公开情况\n按要求公开。\n";
    const auto worded = read("某校2024年度某奖补资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n2024年下达资金10万元。\n" + tail);
    CHECK(findings_of(worded, "JX-S001").empty());
    const auto basic = read("某区2022年某救灾资金绩效自评报告\n一、基本情况\n2022年下达资金10万元。\n" + tail);
    CHECK(findings_of(basic, "JX-S001").empty());
    const auto without = read("某校2024年度某奖补资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n2024年下达资金10万元。\n"
                              "三、偏离绩效目标的原因和下一步改进措施\n无。\n四、绩效自评结果拟应用和公开情况\n按要求公开。\n");
    CHECK(findings_of(without, "JX-S001").size() == 1);
}

// A city bureau's 部门决算 project evaluation (六安市 2023, https://betterthanhot.com/public/6608171/10562568.html): its money under
// 二、部门预算支出情况, a heading no template names — where a department states its projects' money.
TEST_CASE("二、部门预算支出情况 and 项目支出情况 are where the money is") {
    for (const std::string heading : {"二、部门预算支出情况", "二、项目支出情况"}) {
        CAPTURE(heading);
        const auto r = read("某市信访局2023年度部门决算中项目绩效评价报告\n一、自评工作开展情况\n全市信访形势平稳。\n" + heading +
                            "\n2023年共安排支出项目2个，即甲工作组经费120万元、乙排查经费59万元，共179万元。\n");
        CHECK(allocated(r.doc.projects.at(0)) == wan("179"));
    }
}

// Pattern of http://wdocx.com/info/1/89704.html: a document site prints the title and the report's
// opening run together on one line, cut mid-number, then the report in full under the same title.
TEST_CASE("titles: a document site's one-line preview of the report, then the report under the same title, is one project") {
    const std::string full =
        "某专项扶贫资金绩效自评报告\n一、绩效目标分解下达情况\n1、资金下达预算及项目情况。\n"
        "年度资金40.83万元,本年度财政拨款40.83万元,执行率100%。\n二、绩效自评开展情况\n2020年11月10日,改建发酵池。\n";
    const auto r = read("某专项扶贫资金绩效自评报告 一、绩效目标分解下达情况 1、资金下达预算及项目情况。 年度资金40.83万元,本年度财政拨款40.83万元,"
                        "执行率100%。占地面积20\n" + full);
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.projects[0].name == "某专项扶贫资金");
    CHECK(allocated(r.doc.projects[0]) == wan("40.83"));
    // Two reports of different names, the first on one line, stay two projects.
    const auto two = read("某甲资金绩效自评报告 一、基本情况 下达资金10万元。\n" + full);
    CHECK(two.doc.projects.size() == 2);
}

// Patterns of http://www.kmyl.gov.cn/c/2024-06-20/6865532.shtml and
// https://m.bidcenter.com.cn/newsrili-1-293060102.html: a lottery fund's yearly announcement of its
// use, titled …公益金(筹集)使用情况公告, the unit and 关于 before the year.
TEST_CASE("titles: a lottery fund's 使用情况公告 names the fund, and the unit before 关于") {
    const auto r = read("宜良县教育体育局 关于2023年度宜良县体育彩票公益金筹集 使用情况公告\n"
                        "一、体育彩票公益金分配情况\n2023年本年留成46.6784万元。\n");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.projects[0].name == "宜良县体育彩票公益金");
    CHECK(r.doc.unit.value_or("") == "宜良县教育体育局");
    CHECK(r.doc.fiscal_year == 2023);
    const auto plain = read("2023年某县体育彩票公益金使用情况公告\n一、资金收支情况\n本年支出36.97万元。\n");
    CHECK(plain.doc.projects.at(0).name == "某县体育彩票公益金");
}

// Pattern of http://www.shanglin.gov.cn/gk/xxgkml/shgysyjslygk/ggwhtyly/ggwhtyfw/t4391757.html: a lottery
// fund's notice with no title — 一、…收入情况 says what came (收到…分配到的…), 二、…支出情况 the spending and
// what was left, then the items, each with its own 支出进度 (not the fund's rate).
TEST_CASE("a lottery notice: 收入情况 received, spending then 结余, numbered items with their own rates") {
    const std::string body =
        "现将2019年我局体育彩票公益金筹集、使用情况公告如下。\n一、2019年某县体育彩票公益金收入情况\n"
        "2019年度,我局实际收到从上级部门分配到的体育彩票公益金总额为135968元。\n二、2019年某县体育彩票公益金支出情况\n"
        "2019年,我局体育彩票公益金支出总额为57296.97元,结余78671.03元。具体资金用途如下:\n"
        "1.援建与维护公共体育场地、设施和捐赠体育健身器材618.97元,项目支出进度100%。\n"
        "2. 支持运动队参加国际国内运动会10000元,项目支出进度100%。\n3. 其他类体育彩票公益金项目支出36678元,项目支出进度100%。\n"
        "4. 其他竞技体育项目支出8000元,项目支出进度100%。\n5. 其他群众体育项目支出2000元,项目支出进度100%。\n";
    const auto r = ingest_report_book(body, "notice.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == money::parse("135968"));
    CHECK(p.tranches[0].arrived == money::parse("135968"));
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "57296.97");
    CHECK(fen(p.execution->surplus) == "78671.03");
    REQUIRE(p.execution->items.size() == 5);
    CHECK(p.execution->items[0].amount == money::parse("618.97"));
    CHECK_FALSE(p.execution->reported_rate);
    CHECK(findings_of(r, "JX-S007").empty());
}

// Pattern of https://baoshan.gov.cn/info/7819/3701264.htm: 一、项目基本情况 tells of other money
// spent on the works (已申请专项债券资金支付9600万元) before the funds section states this project's use.
// The funds section's figure is the project's; the one in passing is left to a reviewer (JX-S005),
// not read as used and not set against it (JX-S007). Where only the background states spending, it is read.
TEST_CASE("used: spending told in passing outside the funds sections gives way to theirs") {
    const std::string head = "某市交通运输局2021年度某工程建设经费项目绩效自评报告\n一、项目基本情况\n"
                             "站房规模扩大，已申请专项债券资金支付9600万元。\n三、项目绩效实现情况\n（一）项目资金情况\n"
                             "1.项目资金到位情况\n市财政下达工程建设经费260万元。\n";
    const auto r = read(head + "2.项目资金执行情况\n全年支付工程款260万元。\n");
    REQUIRE(r.doc.projects.at(0).execution);
    CHECK(fen(r.doc.projects[0].execution->used) == "2600000.00");
    CHECK(findings_of(r, "JX-S007").empty());
    CHECK(findings_of(r, "JX-S005") == V{"JX-S005@3"});
    const auto only = read(head);
    REQUIRE(only.doc.projects.at(0).execution);
    CHECK(fen(only.doc.projects[0].execution->used) == "96000000.00");
}

// Patterns of a lottery fund's yearly announcement: https://www.liyang.gov.cn/html/czly/2023/AQAFAJIK_0627/31276.html
// (一、…公益金总收支情况, then under 二、…总支出情况 the uses numbered (一)…(五), each with what it
// went to) and http://www.kmyl.gov.cn/c/2024-06-20/6865532.shtml (一、…公益金分配情况: last year's
// 结余 and this year's 本年留成; 二、…公益金使用情况).
TEST_CASE("lottery announcements: 公益金 headings are funds sections; numbered uses that add up to the spending are its items") {
    const std::string head = "某市2022年体育彩票公益金使用情况公告\n一、2022年度体育彩票公益金总收支情况\n"
                             "2022年，我市体育彩票公益金预算安排996.8182万元，总支出996.8182万元。\n"
                             "二、2022年体育彩票公益金总支出情况\n";
    const auto r = read(head + "（一）资助全民健身活动136.00万元：主要用于比赛活动。\n"
                               "（二）援建和维护公共体育场地、设施支出603.4470万元：主要用于篮球场地建设302.10万元、健身路径器材采购301.347万元。\n"
                               "（三）办赛补贴257.3712万元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "9968182.00");
    REQUIRE(p.execution->items.size() == 3);
    CHECK(p.execution->items[1].purpose == "援建和维护公共体育场地、设施支出");
    CHECK(to_string(p.execution->items[1].amount) == "6034470.00");
    CHECK(findings_of(r, "JX-S007").empty());
    CHECK(findings_of(r, "JX-F008").empty());
    CHECK(findings_of(r, "JX-S005") == V{"JX-S005@6", "JX-S005@6"});  // item (二)'s own breakdown, for a reviewer
    // A numbered list that does not add up to the spending is not taken for its items.
    const auto off = read(head + "（一）资助全民健身活动136.00万元。\n（二）办赛补贴257.3712万元。\n");
    REQUIRE(off.doc.projects.at(0).execution);
    CHECK(off.doc.projects[0].execution->items.empty());
    CHECK(findings_of(off, "JX-S007") == V{"JX-S007@5", "JX-S007@6"});

    const auto shares = read("某县关于2023年度某县体育彩票公益金筹集使用情况公告\n一、体育彩票公益金分配情况\n"
                             "2022年度结余体彩公益金91.6294万元，2023年本年留成46.6784万元、结余11.5765万元。\n"
                             "二、2023年度某县体育彩票公益金使用情况\n用于群众体育支出40.00万元。\n");
    const auto& q = shares.doc.projects.at(0);
    REQUIRE(q.tranches.size() == 2);
    CHECK(q.tranches[0].source == fund_source::prior_year);
    CHECK(to_string(q.tranches[0].amount) == "916294.00");
    CHECK(q.tranches[1].source == fund_source::current_year);
    CHECK(to_string(q.tranches[1].amount) == "466784.00");
    REQUIRE(q.execution);
    CHECK(fen(q.execution->used) == "400000.00");
    CHECK(fen(q.execution->surplus) == "115765.00");
}

// Pattern of https://datauseful.com/bidding/detail/8762780188123618683 (a Hainan report's budget table
// flattened into lines, one row per source of the money): 专户 and 单位 with a budget of 0 are sources
// that have none, not the project's budget stated again (JX-S007).
TEST_CASE("budget: a row of one source's budget is no restatement of the project's") {
    const std::string head = "某市公安局2023年度某系统维护费项目支出绩效自评报告\n一、项目概况\n（一）项目资金安排落实、总投入等情况预算情况\n"
                             "资金总额-年初预算数1810000元，资金总额-全年预算数1810000元，\n"
                             "财政资金-年初预算数1810000元，财政资金-全年预算数1810000元，\n";
    const auto r = read(head + "专户-年初预算数0元，专户全年预算数0元，\n单位年初预算数0元，单位全年预算数0元。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.budget);
    CHECK(fen(p.budget->initial) == "1810000.00");
    CHECK(fen(p.budget->adjusted) == "1810000.00");
    CHECK(findings_of(r, "JX-S007").empty());
    // The project's own budget stated again with another value still is.
    CHECK(findings_of(read(head + "项目全年预算数1900000元。\n"), "JX-S007") == V{"JX-S007@6"});
}

// Titles in other words that units file as their account of a fund's use: a 自查报告 (关于…专项资金到位使用
// 情况的自查报告, https://www.axdbkk.com/html_3/zaixiantushuguan/16724/list/4.html), a 关于…使用情况的报告,
// an …执行情况报告, a …使用情况说明; and a year in Chinese numerals, as title pages print it.
TEST_CASE("titles: 自查报告, 关于…使用情况的报告, 执行情况报告, 使用情况说明 name the fund; a year in Chinese numerals") {
    for (const std::string title : {"某县民政局2019年度养老服务补助资金自查报告", "某县民政局关于2019年度养老服务补助资金使用情况的报告",
                                    "某县民政局2019年养老服务补助资金执行情况报告", "某县民政局2019年养老服务补助资金使用情况说明",
                                    "某县民政局二〇一九年度养老服务补助资金自查报告"}) {
        CAPTURE(title);
        const auto r = read(title + "\n2019年下达资金10万元，已全部使用。\n");
        REQUIRE(r.doc.projects.size() == 1);
        CHECK(r.doc.projects[0].name == "养老服务补助资金");
        CHECK(r.doc.unit.value_or("") == "某县民政局");
        CHECK(r.doc.fiscal_year == 2019);
        CHECK(allocated(r.doc.projects[0]) == wan("10"));
    }
}

// Pattern of http://www.zijin.gov.cn/zw/zdlyxxgk/czysjshsgjfgk/fpzcjzj/content/post_656928.html: the
// level-1 headings after 一、基本情况 are of titles no template here knows (二、绩效自评工作组织情况); the
// goal under 3.绩效目标 ends at the next of them, and money under one is still read.
TEST_CASE("sections: an unknown level-1 heading next in sequence ends the section before it") {
    const std::string head = "某县司法局2020年度法律顾问经费绩效自评报告\n一、基本情况\n1.项目基本情况\n某县财政安排法律顾问经费110万元。\n"
                             "2.绩效目标\n为村民提供法律服务，绩效目标合理。\n";
    const auto r = read(head + "二、绩效自评工作组织情况\n由司法局公律股组织实施。\n三、绩效指标分析情况\n实际支出108万元，执行率98.18%。\n");
    const auto& p = r.doc.projects.at(0);
    CHECK(p.goal.value_or("") == "为村民提供法律服务，绩效目标合理。");
    CHECK(allocated(p) == wan("110"));
    CHECK(fen(p.execution->used) == "1080000.00");
    // A number out of sequence is an item of a list, not a heading: the goal goes on.
    const auto list = read(head + "四、由司法局公律股组织实施\n");
    CHECK(list.doc.projects.at(0).goal.value_or("") == "为村民提供法律服务，绩效目标合理。\n四、由司法局公律股组织实施");
    // Nor is a title about the money: its paragraphs may go on with the money's.
    const auto money = read(head + "二、资金使用项目\n");
    CHECK(money.doc.projects.at(0).goal.value_or("") == "为村民提供法律服务，绩效目标合理。\n二、资金使用项目");
    // A sentence numbered 二、 is no heading either.
    const auto sentence = read(head + "二、由司法局公律股组织实施，按方案执行。\n");
    CHECK(sentence.doc.projects.at(0).goal.value_or("") == "为村民提供法律服务，绩效目标合理。\n二、由司法局公律股组织实施，按方案执行。");
}

// Pattern of https://www.hh.gov.cn/info/11481/669302.htm (云南 红河, the Yunnan layout): （三）项目组织管理情况
// after （二）项目绩效目标 ends the goal, as the next level-2 heading; (1) (2) number a list's items.
TEST_CASE("sections: an unknown level-2 heading next in sequence ends the level-2 section before it") {
    const std::string head = "某州应急管理局2023年度应急救援经费项目支出绩效自评报告\n一、基本情况\n（一）项目概况\n"
                             "州财政安排应急救援经费30万元。\n（二）项目绩效目标\n开展应急演练4次。\n";
    const auto r = read(head + "（三）项目组织管理情况\n由办公室组织实施。\n");
    CHECK(r.doc.projects.at(0).goal.value_or("") == "开展应急演练4次。");
    CHECK(allocated(r.doc.projects.at(0)) == wan("30"));
    const auto items = read(head + "(3)开展培训\n");
    CHECK(items.doc.projects.at(0).goal.value_or("") == "开展应急演练4次。\n(3)开展培训");
}

// Pattern of a 重点绩效评价报告摘要 (云南 五华, http://www.kmwh.gov.cn/c/2025-10-28/7068860.shtml): 重点 says the kind of evaluation, not the
// project's name.
TEST_CASE("titles: 重点绩效评价报告 names the project without 重点") {
    const auto r = read("五华区2023年高标准农田建设项目重点绩效评价报告摘要\n一、基本情况\n区农业农村局申请中央及省级项目预算资金495万元。\n");
    CHECK(r.doc.projects.at(0).name == "高标准农田建设项目");
}

// Pattern of https://m.pouringspot.com/yjt/scyjt/caizhengyujuesuan/2019/12/23/a5f36e1794ee4121ade984f1ef5f9825.shtml
// (四川, disaster relief 2018): 全年共下拨中央和省级…资金9.5418亿元 in the first paragraph puts two levels' money
// together, and the funds section states each: the joint amount is no tranche of its own.
TEST_CASE("totals and parts: an amount of two levels together is no tranche where each level's money is stated") {
    const std::string head = "某省2018年度中央自然灾害生活补助资金专项转移支付绩效自评报告\n一、基本情况\n"
                             "全年共下拨中央和省级自然灾害生活救助资金9.5418亿元,切实保障了受灾群众基本生活。\n"
                             "二、绩效目标完成情况分析\n(一)资金投入情况分析\n";
    const auto r = read(head + "2018年,中央共下达我省自然灾害生活补助资金85318万元。省级财政预算安排13100万元自然灾害生活补助资金。\n");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(allocated(p) == wan("98418"));
    // Stated alone, the two levels' money together is the project's.
    const auto alone = read(head + "资金已全部下达。\n");
    REQUIRE(alone.doc.projects.at(0).tranches.size() == 1);
    CHECK(allocated(alone.doc.projects.at(0)) == wan("95418"));
}
