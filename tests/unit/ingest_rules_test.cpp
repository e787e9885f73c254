// JX-S001…JX-S009: each rule fires on a book with the defect and stays quiet on one without.
#include "ingest_support.hpp"

#include <jixiao/ingest.hpp>
#include <jixiao/embedded.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/rules/report_text.hpp>

#include <algorithm>

#include <doctest/doctest.h>

using namespace jixiao;
using ingest_test::rule_lines;
using V = std::vector<std::string>;
using ingest_test::parts;
using ingest_test::report_book_text;

namespace {

std::vector<finding> findings_of(const std::string& text, const rule_book& rules = report_rule_book()) {
    return ingest_report_book(text, "t.txt", rules).all_findings();
}

rule_book without(std::string_view id) {
    rule_book rules = report_rule_book();
    rules.disable(id);
    return rules;
}

}  // namespace

TEST_CASE("a complete, well-formed project has no JX-S findings") {
    const auto r = ingest_report_book(report_book_text({}), "t.txt");
    CHECK(r.all_findings().empty());
    const auto& p = r.doc.projects.at(0);
    CHECK(p.tranches.at(0).level == level::district);
    CHECK(p.tranches.at(0).amount == ingest_test::wan("10"));
    CHECK(p.tranches.at(0).arrived == ingest_test::wan("10"));
    CHECK(p.execution->used == ingest_test::wan("10"));
}

// A bureau's book copied from a mirror site and cut in the middle of a word (沐川县,
// http://aboutmodafinil.com/mcx/jxgl/202307/51fb78d7988a4d17b8092f9a66e4931f.shtml: …我单位严( ): the sections
// after the cut are not known to be missing. A complete book that ends early still lacks them.
TEST_CASE("JX-S001 says nothing of the sections after a text that breaks off mid-sentence") {
    parts p;
    p.with_issues = false;
    p.effect = "群众满意。\n项目实施过程中，我单位严(";
    CHECK(rule_lines(findings_of(report_book_text(p))).empty());
    p.effect = "项目实施过程中，我单位严格按照有关规定管理资金，确保资金安全，项目按期完成并通过验收，群众满意度较高，达到预期目标";
    CHECK(rule_lines(findings_of(report_book_text(p))).empty());
    p.effect = "群众满意。";
    CHECK(rule_lines(findings_of(report_book_text(p))) == V{"JX-S001@25"});
    // A short label with nothing under it is cut too (大英县 2021, https://dyrmt.com/article-118140-1.html:
    // …（二）项目绩效目标。…定性和定量目标); a signature (the unit, a date) ends a whole report.
    p.effect = "群众满意。\n定性和定量目标";
    CHECK(rule_lines(findings_of(report_book_text(p))).empty());
    p.effect = "群众满意。\n某县民政局";
    CHECK(rule_lines(findings_of(report_book_text(p))) == V{"JX-S001@26"});
    p.effect = "群众满意。\n2024年3月1日";
    CHECK(rule_lines(findings_of(report_book_text(p))) == V{"JX-S001@26"});
    // A cut text still lacks a section missing before one that is there.
    parts q;
    q.with_financial = false;
    q.effect = "群众满意。\n项目实施过程中，我单位严(";
    CHECK(rule_lines(findings_of(report_book_text(q))) == V{"JX-S001@17"});
}

TEST_CASE("JX-S001 fires for each missing standard section, once for a level-1 section missing with its sub-sections") {
    parts p;
    p.h_consistency.clear();
    p.with_financial = false;
    p.with_issues = false;
    const auto f = findings_of(report_book_text(p));
    CHECK(rule_lines(f) == V{"JX-S001@9", "JX-S001@15", "JX-S001@21"});
    CHECK(f[0].rule == "JX-S001");
    CHECK(f[0].severity == severity::warning);
    CHECK(f[0].expected == "（三）项目资金申报相符性");
    CHECK(f[1].expected == "（二）项目财务管理情况");
    CHECK(f[2].expected == "四、问题及建议");
    CHECK(f[2].message.zh ==
          "项目“某项资金”缺少标准段落“四、问题及建议”（连同其下各小节：（一）存在的问题、（二）相关建议），应在第21行之后（项目末尾）；"
          "请补上该段，或说明为何不适用（按四川省项目支出绩效自评报告格式判断）");
    CHECK(f[0].message.zh == "项目“某项资金”缺少标准段落“（三）项目资金申报相符性”，应在第9行之前；请补上该段，或说明为何不适用（按四川省项目支出绩效自评报告格式判断）");
}

TEST_CASE("JX-S002 fires for wrong styles, extra marks, missing and out-of-sequence numbers; 1. and 1． are both fine") {
    parts p;
    p.h1 = "1、项目概况";
    p.h_effect = "(2)项目效益情况";
    p.h_arrival = "1.资金计划及到位";  // ASCII dot: the same pattern
    auto f = findings_of(report_book_text(p));
    CHECK(rule_lines(f) == V{"JX-S002@4", "JX-S002@24"});
    CHECK(f[0].severity == severity::info);
    CHECK(f[0].expected == "一、");
    CHECK(f[1].expected == "（二）");
    CHECK(f[1].actual == "(2)");

    parts q;
    q.h_effect = "（三）项目效益情况";  // neither the standard nor the next number
    q.h_consistency = "（三）、项目资金申报相符性";
    f = findings_of(report_book_text(q));
    CHECK(rule_lines(f) == V{"JX-S002@9", "JX-S002@24"});
    CHECK(f[0].actual == "（三）、");
    CHECK(f[1].actual == "（三）");
    CHECK(f[1].expected == "（二）");

    parts r;
    r.h1 = "项目概况";
    f = findings_of(report_book_text(r));
    CHECK(rule_lines(f) == V{"JX-S002@4"});
    CHECK(f[0].expected == "一、");
    CHECK(f[0].actual == "");

    // Numbering that follows on from a missing sibling is not a break: （二） after a missing （二） is the next number.
    parts s;
    s.with_financial = false;
    const auto book = report_book_text(s);
    const auto renumbered = book.substr(0, book.find("（三）项目组织实施情况")) + "（二）项目组织实施情况" +
                            book.substr(book.find("（三）项目组织实施情况") + std::string("（三）项目组织实施情况").size());
    CHECK(rule_lines(findings_of(renumbered)) == V{"JX-S001@17"});
}

TEST_CASE("JX-S003 fires for one document under two issuer prefixes, and not for different documents") {
    parts a, b;
    a.application = "根据（川财社发〔2022〕144号）文件，区级财政下达资金10万元。";
    b.application = "根据（川财社〔2022〕144号）文件，区级财政下达资金10万元。";
    auto r = ingest_report_book(report_book_text(a, "甲资金") + "\n" + report_book_text(b, "乙资金"), "t.txt");
    CHECK(rule_lines(r.findings) == V{"JX-S003@37"});
    CHECK(r.findings[0].where.path == "projects[1].basis[0]");
    CHECK(r.findings[0].expected == "川财社发〔2022〕144号");
    CHECK(r.findings[0].actual == "川财社〔2022〕144号");

    // Same title, prefixes that do not extend each other: still one document.
    a.application = "根据《关于下达2022年某资金的通知》（某财社〔2022〕5号），区级财政下达资金10万元。";
    b.application = "根据《某省财政厅关于下达2022年某资金的通知》（某财教〔2022〕5号），区级财政下达资金10万元。";
    r = ingest_report_book(report_book_text(a, "甲资金") + "\n" + report_book_text(b, "乙资金"), "t.txt");
    CHECK(rule_lines(r.findings) == V{"JX-S003@37"});

    // Quiet: the same number cited the same way; different issuers without evidence; different titles.
    const std::pair<std::string, std::string> quiet[] = {
        {"根据（川财社〔2022〕144号）文件，区级财政下达资金10万元。", "根据（川财社〔2022〕144号）文件，区级财政下达资金10万元。"},
        {"根据（川财社〔2022〕144号）文件，区级财政下达资金10万元。", "根据（川财教〔2022〕144号）文件，区级财政下达资金10万元。"},
        {"根据《关于下达甲资金的通知》（川财社〔2022〕144号），区级财政下达资金10万元。",
         "根据《关于印发乙办法的通知》（川财社发〔2022〕144号），区级财政下达资金10万元。"},
        {"根据（川财社〔2022〕144号）文件，区级财政下达资金10万元。", "根据（川财社发〔2021〕144号）文件，区级财政下达资金10万元。"},
    };
    for (const auto& pair : quiet) {
        CAPTURE(pair.first);
        CAPTURE(pair.second);
        a.application = pair.first;
        b.application = pair.second;
        CHECK(ingest_report_book(report_book_text(a, "甲资金") + "\n" + report_book_text(b, "乙资金"), "t.txt").findings.empty());
    }
}

TEST_CASE("JX-S004 fires when completion is claimed and all the money was carried forward, else stays quiet") {
    parts p;
    p.use = "项目资金结转到2024年使用。";
    p.completion = "已按计划完成全部采购。";
    auto f = findings_of(report_book_text(p));
    CHECK(rule_lines(f) == V{"JX-S004@23"});
    CHECK(f[0].where.path == "projects[0].outcome");
    CHECK(f[0].actual == "100000.00");

    p.use = "项目资金结转到2024年使用，已全部完成支付。";  // a claim in the funds paragraph itself
    p.completion = "按要求完成各项工作。";
    // "已全部完成支付" makes used = available, so the money is not all carried forward: the
    // two statements contradict each other in the figures (JX-F003), not in this rule.
    CHECK(rule_lines(findings_of(report_book_text(p))).empty());

    parts quiet_future;
    quiet_future.use = "项目资金结转到2024年使用。";
    quiet_future.completion = "2024年将按计划完成。";
    CHECK(findings_of(report_book_text(quiet_future)).empty());

    parts quiet_used;
    quiet_used.completion = "已按计划完成全部采购。";
    CHECK(findings_of(report_book_text(quiet_used)).empty());
}

TEST_CASE("JX-S005 lists amounts not tied to a field, with the sentence; bound ones stay quiet") {
    parts p;
    p.effect = "带动社会投资200万元，惠及群众。";
    p.use = "使用资金10万元。另支付工作经费0.5万元。";
    const auto f = findings_of(report_book_text(p));
    CHECK(rule_lines(f) == V{"JX-S005@16", "JX-S005@25"});
    CHECK(f[0].actual == "0.5万元");
    CHECK(f[0].where.path == "projects[0]");
    CHECK(f[0].message.en ==
          "line 16: the amount 0.5万元 was not tied to any field (a different used figure (10.00万元) is given elsewhere); "
          "left for a reviewer: “另支付工作经费0.5万元。”");
    CHECK(f[1].actual == "200万元");
    CHECK(f[1].where.path == "projects[0].outcome");
    CHECK(f[1].message.zh ==
          "第25行的金额“200万元”未能对应到任何字段（它不在资金段落中，读作叙述中的数字而非项目资金），留待人工核对：“带动社会投资200万元，惠及群众。”");
}

// An indicator table copied a cell per line (https://dyxrmt.cn/article-147197-19.html): the
// headings stand, the rows are not read.
TEST_CASE("JX-S009 fires for an indicator table the text holds but jixiao could not read; the JX-I rules then do not judge") {
    parts p;
    p.effect = "群众满意。\n绩效指标\n| 一级指标\n| 二级指标\n| 三级指标\n| 指标值\n项目决策\n| 宣传次数\n| 已完成100%";
    const std::string text = report_book_text(p);
    const auto f = findings_of(text);
    CHECK(rule_lines(f) == V{"JX-S009@27"});
    CHECK(f.at(0).where.path == "projects[0].indicators");
    CHECK(f.at(0).message.en.starts_with("line 27 starts an indicator table (一级指标, 二级指标, 三级指标 …) whose indicators"));
    const evaluated linted = lint(text, "book.txt");
    for (const auto& finding : linted.result.all_findings()) CHECK_FALSE(finding.rule.starts_with("JX-I"));
    // No table: no JX-S009, and JX-I005 says the project has no indicators.
    const evaluated none = lint(report_book_text(parts{}), "book.txt");
    const auto all = none.result.all_findings();
    CHECK(std::none_of(all.begin(), all.end(), [](const finding& x) { return x.rule == "JX-S009"; }));
    CHECK(std::any_of(all.begin(), all.end(), [](const finding& x) { return x.rule == "JX-I005"; }));
    // Switched off, the JX-I rules judge as before.
    const evaluated off = lint(text, "book.txt", without("JX-S009"));
    const auto judged = off.result.all_findings();
    CHECK(std::any_of(judged.begin(), judged.end(), [](const finding& x) { return x.rule == "JX-I005"; }));
}

// Indicators written out as text, by kind (http://hljfy.gov.cn/govinfo/contents/1186/20346.html:
// 1、产出指标数量指标: … 2、效益指标; https://www.ww.gov.cn/openness/grassroots/6603971/38480580.html:
// 1、数量指标 … 2、质量指标), and a form's table joined by spaces (一级 指标 … 二级指标,
// https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html): the indicators are there, unread.
TEST_CASE("JX-S009 fires for indicators written out as text by kind, and for a table whose 一级 指标 lost its join") {
    parts p;
    p.effect = "群众满意。\n1、产出指标数量指标:\n新建水房1座。\n质量指标:项目验收合格率100%\n2、效益指标\n受益人口24人。";
    const auto f = findings_of(report_book_text(p));
    CHECK(rule_lines(f) == V{"JX-S009@26"});
    CHECK(f.at(0).message.zh.starts_with("第26行起逐项写出了绩效指标（产出指标、数量指标、效益指标……），jixiao 未能读出"));
    const evaluated linted = lint(report_book_text(p), "book.txt");
    for (const auto& finding : linted.result.all_findings()) CHECK_FALSE(finding.rule.starts_with("JX-I"));

    parts second;
    second.effect = "群众满意。\n1、数量指标\n计划补助115户。\n2、质量指标\n验收合格。";
    CHECK(rule_lines(findings_of(report_book_text(second))) == V{"JX-S009@26"});

    parts spaced;
    spaced.effect = "群众满意。\n年度 总体 目标 一级 指标 — 二级指标 三级指标 指标1:健康档案 38508人";
    CHECK(rule_lines(findings_of(report_book_text(spaced))) == V{"JX-S009@26"});

    // One kind named once (成本指标 in a sentence's lead) is no list of indicators.
    parts one;
    one.effect = "群众满意。\n成本指标控制在预算内。\n成本指标未超支。";
    CHECK(rule_lines(findings_of(report_book_text(one))).empty());
}

TEST_CASE("the JX-S catalogue lists nine rules; rules can be switched off, an unknown id is an error") {
    const auto catalogue = rules::report_text_rules();
    REQUIRE(catalogue.size() == 9);
    CHECK(catalogue[0].info.id == "JX-S001");
    CHECK(catalogue[0].info.severity == severity::warning);
    CHECK(catalogue[1].info.severity == severity::info);
    CHECK(catalogue[2].info.severity == severity::warning);
    CHECK(catalogue[3].info.severity == severity::warning);
    CHECK(catalogue[4].info.id == "JX-S005");
    CHECK(catalogue[4].info.severity == severity::info);
    CHECK(catalogue[2].info.summary.en == "one document is cited under two numbers that differ only in the issuer prefix");
    CHECK(catalogue[5].info.id == "JX-S006");
    CHECK(catalogue[5].info.severity == severity::warning);
    CHECK(catalogue[5].info.summary.zh == "文中合计与所列分项之和不符");
    CHECK(catalogue[6].info.id == "JX-S007");
    CHECK(catalogue[6].info.severity == severity::warning);
    CHECK(catalogue[7].info.id == "JX-S008");
    CHECK(catalogue[7].info.severity == severity::info);
    CHECK(catalogue[8].info.id == "JX-S009");
    CHECK(catalogue[8].info.severity == severity::info);
    // Report-text rules read the text: no document or project hook.
    for (const auto& r : catalogue) {
        CAPTURE(r.info.id);
        CHECK_FALSE(r.check_project);
        CHECK_FALSE(r.check_document);
        CHECK((r.check_report || r.check_report_project));
    }
    CHECK(catalogue[2].check_report);  // JX-S003 compares the whole book's citations

    parts p;
    p.h_consistency.clear();
    p.effect = "带动社会投资200万元。";
    CHECK(rule_lines(findings_of(report_book_text(p))) == V{"JX-S001@9", "JX-S005@23"});
    CHECK(rule_lines(findings_of(report_book_text(p), without("JX-S005"))) == V{"JX-S001@9"});
    CHECK_THROWS_WITH((void)without("JX-S010"), "no rule has the id JX-S010 (jixiao rules lists them)");
}

TEST_CASE("report_rule_book is the default book and the JX-S rules, one catalogue") {
    const rule_book defaults = default_rule_book();
    const rule_book book = report_rule_book();
    REQUIRE(book.rules().size() == defaults.rules().size() + 9);
    for (std::size_t i = 0; i < defaults.rules().size(); ++i) CHECK(book.rules()[i].info.id == defaults.rules()[i].info.id);
    CHECK(book.rules()[defaults.rules().size()].info.id == "JX-S001");
    CHECK(book.rules().back().info.id == "JX-S009");
    CHECK(book.find("JX-S003") != nullptr);
    CHECK(defaults.find("JX-S003") == nullptr);
    // A jixiao/1 document has no text: evaluate with the whole book is evaluate with the defaults.
    const auto doc = read_document(embedded_report_book(), embedded_report_book_name);
    CHECK(evaluate(doc, book).all_findings() == evaluate(doc, defaults).all_findings());
}

TEST_CASE("ingest findings carry the file, the line and the JSON path in one location") {
    parts p;
    p.effect = "带动社会投资200万元。";
    const auto r = ingest_report_book(report_book_text(p), "book.txt");
    const auto all = r.all_findings();
    REQUIRE(all.size() == 1);
    CHECK(all[0].rule == "JX-S005");
    CHECK(all[0].where == location("book.txt", 25, 0, "projects[0].outcome"));
}

TEST_CASE("lint: one evaluation with the evaluation's and the report text's findings, counted together") {
    parts p;
    p.h_consistency.clear();  // JX-S001 at line 9
    p.effect = "带动社会投资200万元。";  // JX-S005 at line 23
    const std::string text = report_book_text(p);
    const evaluated linted = lint(text, "book.txt");
    const evaluation plain = evaluate(ingest_report_book(text, "book.txt").doc);
    REQUIRE(linted.result.projects.size() == 1);
    std::vector<std::string> ids;
    for (const auto& f : linted.result.projects[0].findings) ids.push_back(f.rule + "@" + f.where.path);
    std::vector<std::string> expected_ids;
    for (const auto& f : plain.projects[0].findings) expected_ids.push_back(f.rule + "@" + f.where.path);
    expected_ids.push_back("JX-S001@projects[0]");
    expected_ids.push_back("JX-S005@projects[0].outcome");
    std::sort(expected_ids.begin(), expected_ids.end());
    CHECK(ids == expected_ids);  // both kinds, sorted by rule id then path
    CHECK(linted.result.summary.projects == 1);
    CHECK(linted.result.summary.warnings == plain.summary.warnings + 1);  // JX-S001
    CHECK(linted.result.summary.infos == plain.summary.infos + 1);        // JX-S005
    CHECK(linted.result.summary.errors == plain.summary.errors);
    CHECK(linted.doc.projects.at(0).name == "某项资金");

    // Disabled like any other rule.
    const evaluated quiet = lint(text, "book.txt", without("JX-S001"));
    CHECK(quiet.result.summary.warnings == plain.summary.warnings);
    for (const auto& f : quiet.result.all_findings()) CHECK(f.rule != "JX-S001");
}
