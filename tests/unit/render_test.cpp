// The 自评表 renderings: golden text, Markdown and CSV of the sample report
// book; the form's decisions (funds by source, indicator cells, footnotes);
// HTML structure and escaping; the xlsx writer's exact-number and sheet-name helpers.
#include <jixiao/render.hpp>

#include "../support/sample_goldens.hpp"
#include "../support/sample_report.hpp"
#include "render/render_form.hpp"
#include "render/render_grid.hpp"
#include "render/render_xlsx.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using jixiao::comparison;
using jixiao::document;
using jixiao::evaluation;
using jixiao::indicator;
using jixiao::indicator_level1;
using jixiao::indicator_level2;
using jixiao::language;
using jixiao::money;
using jixiao::points;
using jixiao::project;
using jixiao::quantity;
using jixiao::rating;
using jixiao::detail::funds_row;
using jixiao::detail::report_form;
namespace sample = jixiao::sample;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + part.size())) ++n;
    return n;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

bool has_line(const std::string& text, const std::string& line) {
    const auto lines = lines_of(text);
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

report_form form_of(const document& doc, language lang = language::zh,
                    std::optional<jixiao::form_layout> form = std::nullopt) {
    return jixiao::detail::build_report(jixiao::evaluate_document(doc), lang, form);
}

jixiao::evaluated sample_item() {
    const document doc = sample::sample_document();
    return {doc, sample::sample_evaluation(doc)};
}

constexpr auto sc = jixiao::form_layout::sc_2023;
constexpr auto mof = jixiao::form_layout::mof_2020;

// One row of the funds block as its printed texts: label, 年初, 全年, 执行, 分值, 执行率, 得分.
std::vector<std::string> texts(const funds_row& r) {
    return {r.label, r.initial.text, r.adjusted.text, r.used.text, r.weight.text, r.rate.text, r.score.text};
}

document one_project(project p) {
    document doc;
    doc.unit = "某区某局";
    doc.fiscal_year = 2023;
    doc.projects.push_back(std::move(p));
    return doc;
}

project funded(std::vector<jixiao::tranche> tranches, std::string_view used) {
    project p;
    p.id = "x1";
    p.name = "测试项目";
    p.tranches = std::move(tranches);
    jixiao::execution e;
    e.used = money::parse(used);
    p.execution = e;
    return p;
}

jixiao::tranche unsourced(std::string_view amount) {
    jixiao::tranche t;
    t.level = jixiao::level::district;
    t.amount = money::parse(amount);
    return t;
}

indicator output_met(std::string_view weight) {
    return sample::measured(indicator_level1::output, indicator_level2::quantity, "人数", "人", comparison::at_least,
                            "10", "10", weight);
}

}  // namespace

// ---- goldens ---------------------------------------------------------------------------------

TEST_CASE("render_text of the sample report book is the golden 自评表") {
    CHECK(jixiao::render_text(sample_item()) == sample::golden_text_zh);
}

TEST_CASE("render_markdown of the sample report book is the golden GFM tables") {
    CHECK(jixiao::render_markdown(sample_item()) == sample::golden_markdown_zh);
}

TEST_CASE("render_csv of the sample report book: one CRLF record per indicator, exact 元, RFC 4180 quoting") {
    const jixiao::evaluated item = sample_item();
    std::string expected;
    for (const auto& record : sample::golden_csv_zh_records) expected += record + "\r\n";
    CHECK(jixiao::render_csv(item) == expected);
    CHECK(jixiao::render_csv(item, {language::zh, std::nullopt, true}) == "\xEF\xBB\xBF" + expected);
}

TEST_CASE("English labels with language::en") {
    const jixiao::evaluated item = sample_item();
    const jixiao::render_options en{language::en, std::nullopt, false};
    const std::string text = jixiao::render_text(item, en);
    CHECK(lines_of(text).front() == "攀枝花市仁和区人力资源和社会保障局, 2023 project expenditure performance self-evaluation");
    CHECK(has_line(text, "[p02] 困难群众社会保险代缴资金"));
    CHECK(has_line(text, "Project expenditure performance self-evaluation form"));
    CHECK(has_line(text, "(fiscal year 2023)"));
    CHECK(has_line(text, "Total funds of the year                              70.00             55.07     55.07      10"
                         "         100.00%  10.00"));
    CHECK(has_line(text, "of which: current-year appropriation                 70.00             55.07     55.07       —"
                         "         100.00%      —"));
    CHECK(has_line(text, "effect (30 points)        social                    就业稳定性         —        partially achieved"
                         "      30           22.00  部分学员就业后半年内离职"));
    CHECK(has_line(text, "  2. No full-year budget is given: the sum of the tranche amounts, 55.07 (10,000 yuan), is "
                         "the execution-rate denominator."));
    CHECK(has_line(text, "  [warning] JX-F005 Total funds of the year · Reason for deviation"));
    CHECK(has_line(text, "  [info] X-D001 policies"));
    CHECK(lines_of(text).back() == "summary: 3 projects, 1 errors, 4 warnings, 3 infos");

    const auto csv = lines_of(jixiao::render_csv(item, en));
    CHECK(csv[0] == "Project id,Project code,Project,Competent department,Implementing unit,Initial budget (yuan),"
                    "Full-year budget (yuan),Executed (yuan),Execution rate (%),Execution score,Total,Grade,Level-1 "
                    "indicator,Level-2 indicator,Level-3 indicator,Target,Actual,Weight,Score,Deviation reason and remedy\r");
    CHECK(csv[2] == "p02,,困难群众社会保险代缴资金,攀枝花市仁和区人力资源和社会保障局,攀枝花市仁和区人力资源和社会保障局,"
                    "700000.00,550700.00,550700.00,100.00,10.00,100.00,excellent,output,quantity,代缴人数,≥7000人,7109人,"
                    "50,50.00,\r");

    const std::string md = jixiao::render_markdown(item, en);
    CHECK(has_line(md, "| Funds (10,000 yuan) | Initial budget | Full-year budget | Executed | Weight | Execution rate "
                       "| Score | Reason for deviation |"));
    CHECK(has_line(md, "| satisfaction (10 points) | beneficiary satisfaction | 服务对象满意度 | ≥90% | — | 10 | not applicable "
                       "|  |"));
}

// ---- funds by source ---------------------------------------------------------------------------

TEST_CASE("a project funded from one source: that source's row repeats the total, the others are 0.00") {
    const report_form report = form_of(sample::sample_document());
    const auto& rows = report.projects[1].funds;  // p02: two current-year tranches, no budget given
    REQUIRE(rows.size() == 4);
    CHECK(texts(rows[0]) == std::vector<std::string>{"年度资金总额", "70.00", "55.07", "55.07", "10", "100.00%", "10.00"});
    CHECK(texts(rows[1]) == std::vector<std::string>{"当年财政拨款", "70.00", "55.07", "55.07", "—", "100.00%", "—"});
    CHECK(rows[1].first_source);
    CHECK(texts(rows[2]) == std::vector<std::string>{"上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"});
    CHECK(texts(rows[3]) == std::vector<std::string>{"其他资金", "0.00", "0.00", "0.00", "—", "—", "—"});
    CHECK(rows[0].adjusted.number == "55.07");
    CHECK(rows[0].rate.number == "100.00");
    CHECK(report.projects[1].notes == std::vector<std::string>{
                                          "金额单位为万元，按四舍五入保留两位小数，合计与分项之和可能因舍入略有差异。",
                                          "未给出全年预算数，取下达资金合计 55.07 万元作为执行率的分母。",
                                          "各项分值合计 60 分，总分按百分制折算：60.00 × 100 ÷ 60 = 100.00。"});
}

TEST_CASE("several sources: 全年预算数 by source only when the budget is the allocation; 年初 and 执行 are not split") {
    document doc = sample::sample_document();
    const auto rows = form_of(doc).projects[2].funds;  // p03: adjusted 35万 = 30万 current + 5万 prior
    CHECK(texts(rows[1]) == std::vector<std::string>{"当年财政拨款", "—", "30.00", "—", "—", "—", "—"});
    CHECK(texts(rows[2]) == std::vector<std::string>{"上年结转资金", "—", "5.00", "—", "—", "—", "—"});
    CHECK(texts(rows[3]) == std::vector<std::string>{"其他资金", "—", "0.00", "—", "—", "—", "—"});

    doc.projects[2].budget->adjusted = money::parse("40万");  // no longer the allocation: its split is unknown
    const report_form report = form_of(doc);
    const auto& changed = report.projects[2].funds;
    CHECK(texts(changed[0]) == std::vector<std::string>{"年度资金总额", "30.00", "40.00", "31.50", "10", "78.75%", "7.88"});
    CHECK(texts(changed[1]) == std::vector<std::string>{"当年财政拨款", "—", "—", "—", "—", "—", "—"});
    CHECK(std::count(report.projects[2].notes.begin(), report.projects[2].notes.end(),
                     "分来源的金额无法由下达资金确定的，以“—”表示。") == 1);
}

TEST_CASE("funds rows by the layout's sources: MOF's 其他资金 takes special-account and own funds, SC splits them") {
    project p = funded({sample::make_tranche(jixiao::level::district, jixiao::fund_source::own, "1万"),
                        sample::make_tranche(jixiao::level::district, jixiao::fund_source::special_account, "2万"),
                        unsourced("3万"),
                        sample::make_tranche(jixiao::level::district, jixiao::fund_source::current_year, "4万"),
                        sample::make_tranche(jixiao::level::district, jixiao::fund_source::prior_year, "5万")},
                       "15万");
    const auto printed = [](const std::vector<funds_row>& rows) {
        std::vector<std::vector<std::string>> out;
        for (const auto& r : rows) out.push_back(texts(r));
        return out;
    };
    const auto rows = form_of(one_project(p), language::zh, mof).projects[0].funds;
    CHECK(printed(rows) == std::vector<std::vector<std::string>>{
                               {"年度资金总额", "—", "15.00", "15.00", "10", "100.00%", "10.00"},
                               {"当年财政拨款", "—", "4.00", "—", "—", "—", "—"},
                               {"上年结转资金", "—", "5.00", "—", "—", "—", "—"},
                               {"其他资金", "—", "3.00", "—", "—", "—", "—"},
                               {"来源未注明", "—", "3.00", "—", "—", "—", "—"}});
    CHECK(rows[1].first_source);
    CHECK_FALSE(rows[4].first_source);

    // The Sichuan form: 财政资金 = current year + prior year; "/" where only the total has a weight and score.
    const auto sc_rows = form_of(one_project(p), language::zh, sc).projects[0].funds;
    CHECK(printed(sc_rows) == std::vector<std::vector<std::string>>{
                                  {"总额", "—", "15.00", "15.00", "10", "100.00%", "10.00"},
                                  {"财政资金", "—", "9.00", "—", "/", "—", "/"},
                                  {"财政专户管理资金", "—", "2.00", "—", "/", "—", "/"},
                                  {"单位资金", "—", "1.00", "—", "/", "—", "/"},
                                  {"其他资金", "—", "0.00", "—", "/", "—", "/"},
                                  {"来源未注明", "—", "3.00", "—", "/", "—", "/"}});
    CHECK(sc_rows[1].first_source);

    // Every tranche without a source is still one source: its row repeats the total.
    const auto single = form_of(one_project(funded({unsourced("3万"), unsourced("2万")}, "4万"))).projects[0].funds;
    CHECK(texts(single.back()) == std::vector<std::string>{"来源未注明", "—", "5.00", "4.00", "—", "80.00%", "—"});
    CHECK(texts(single[1]) == std::vector<std::string>{"当年财政拨款", "—", "0.00", "0.00", "—", "—", "—"});
}

TEST_CASE("the execution deviation is printed in the 原因 / 偏差原因 cell of the total row") {
    project p = funded({sample::make_tranche(jixiao::level::district, jixiao::fund_source::current_year, "10万")}, "8万");
    p.execution->deviation = "部分资金年底才下达";
    p.indicators.push_back(output_met("90"));
    const document doc = one_project(p);
    for (const auto form : {mof, sc}) {
        const report_form report = form_of(doc, language::zh, form);
        CHECK(report.projects[0].funds[0].reason.text == "部分资金年底才下达");
        CHECK(report.projects[0].funds[1].reason.text.empty());
        const auto grid = jixiao::detail::grid_of(report.projects[0], report);
        const auto at = grid.funds_total.at(jixiao::detail::funds_column::reason);
        const auto it = std::find_if(grid.cells.begin(), grid.cells.end(), [&](const auto& c) {
            return c.row == at.first && c.col == at.second;
        });
        REQUIRE(it != grid.cells.end());
        CHECK(it->content.text == "部分资金年底才下达");
        CHECK(it->rows == report.projects[0].funds.size());  // one cell beside the whole block
    }
}

TEST_CASE("grid_places counts the places of the form's cells without keeping them, a merged cell's every place") {
    const jixiao::evaluated item = sample_item();
    for (const auto form : {mof, sc}) {
        const report_form report = jixiao::detail::build_report(item, language::zh, form);
        for (const auto& p : report.projects) {
            const auto grid = jixiao::detail::grid_of(p, report);
            std::size_t places = 0, merged = 0;
            for (const auto& c : grid.cells) {
                places += c.rows * c.cols;
                merged += c.rows * c.cols > 1 ? 1 : 0;
            }
            CHECK(merged > 0);
            CHECK(jixiao::detail::grid_places(p, report) == places);
            CHECK(places > grid.cells.size());
        }
    }
}

// Unknown is not zero: with no tranche and no adjusted budget the budget is 未说明, never 0.00.
TEST_CASE("no tranches and no budget: the budget 未说明, no execution rate, its weight left out, every source figure —") {
    project p = funded({}, "0");
    p.indicators.push_back(output_met("90"));
    const report_form report = form_of(one_project(p));
    const auto& form = report.projects[0];
    CHECK(texts(form.funds[0]) == std::vector<std::string>{"年度资金总额", "—", "未说明", "0.00", "10", "—", "—"});
    CHECK(texts(form.funds[1]) == std::vector<std::string>{"当年财政拨款", "—", "—", "—", "—", "—", "—"});
    CHECK(form.total_score.text == "100.00");
    CHECK(form.grade == "优");
    CHECK(form.notes == std::vector<std::string>{
                            "金额单位为万元，按四舍五入保留两位小数，合计与分项之和可能因舍入略有差异。",
                            "分来源的金额无法由下达资金确定的，以“—”表示。",
                            "未说明全年预算数（或下达资金）或全年执行数，没有执行率，执行率分值不计入总分。",
                            "不适用指标及无执行率的分值共 10 分不计；总分按适用分值 90 分折算为百分制：90.00 × 100 ÷ 90 = "
                            "100.00。"});

    p.indicators[0].not_applicable = true;  // nothing left to score
    const auto nothing = form_of(one_project(p)).projects[0];
    CHECK(nothing.total_score.text == "—");
    CHECK(nothing.grade == "—");
    CHECK(nothing.notes.back() == "没有适用的分值，不计总分和等级。");
}

// A budget the document states as 0 is a figure: printed 0.00, and the note says it is zero.
TEST_CASE("a stated budget of 0: 0.00 printed, the note says the budget is zero; csv keeps unknown figures empty") {
    project p = funded({}, "0");
    jixiao::budget b;
    b.adjusted = money::parse("0");
    p.budget = b;
    p.indicators.push_back(output_met("90"));
    const auto form = form_of(one_project(p)).projects[0];
    CHECK(texts(form.funds[0]) == std::vector<std::string>{"年度资金总额", "—", "0.00", "0.00", "10", "—", "—"});
    CHECK(form.notes.at(2) == "全年预算数为零，没有执行率，执行率分值不计入总分。");

    // In csv the unknown budget and used are empty cells, not 0.00.
    project unknown = funded({}, "0");
    unknown.execution.reset();
    const document doc = one_project(unknown);
    const auto csv = lines_of(jixiao::render_csv(jixiao::evaluate_document(doc)));
    CHECK(csv.at(1) == "x1,,测试项目,某区某局,某区某局,,,,,,,,,,,,,,,\r");
}

// ---- indicator cells -------------------------------------------------------------------------------

TEST_CASE("indicator cells: operator and unit, ratings in words, not applicable shown as such") {
    project p = funded({sample::make_tranche(jixiao::level::district, jixiao::fund_source::current_year, "1万")}, "1万");
    indicator exact = sample::measured(indicator_level1::output, indicator_level2::quality, "验收合格率", "%",
                                       comparison::equal, "100", "100", "40");
    indicator rated;
    rated.level1 = indicator_level1::effect;
    rated.name = "群众知晓度";
    rated.unit = "%";
    rated.actual = quantity::parse("98");
    rated.rating = rating::achieved;
    rated.weight = points(40);
    indicator skipped = sample::measured(indicator_level1::satisfaction, indicator_level2::beneficiary, "满意度", "%",
                                         comparison::at_least, "90", "80", "10");
    skipped.not_applicable = true;
    p.indicators = {exact, rated, skipped};
    const auto zh = form_of(one_project(p)).projects[0].indicators;
    REQUIRE(zh.size() == 3);
    CHECK(zh[0].target == "=100%");
    CHECK(zh[0].actual == "100%");
    CHECK(zh[0].score.text == "40.00");
    CHECK(zh[1].level2.empty());
    CHECK(zh[1].target == "—");
    CHECK(zh[1].actual == "98%（达成）");
    CHECK(zh[2].actual == "80%");
    CHECK(zh[2].weight.text == "10");
    CHECK(zh[2].score.text == "不适用");
    CHECK_FALSE(zh[2].score.has_number());
    CHECK_FALSE(zh[2].applicable);

    const auto en = form_of(one_project(p), language::en).projects[0].indicators;
    CHECK(en[1].actual == "98% (achieved)");
    CHECK(en[2].score.text == "not applicable");
    CHECK(en[0].level1 == "output (40 points)");
    CHECK(en[0].level1_name == "output");
}

TEST_CASE("whole-point schemes print whole scores") {
    document doc = sample::sample_document();
    jixiao::scheme s;
    s.score_decimals = 0;
    doc.scheme = s;
    const report_form report = form_of(doc);
    const auto& p03 = report.projects[2];
    CHECK(p03.indicators[0].score.text == "29");  // 28.5 → 29 四舍五入
    CHECK(p03.indicators[1].score.text == "19");  // 18.75 → 19
    CHECK(p03.funds[0].score.text == "9");
    CHECK(p03.total_score.text == "88");  // (9 + 29 + 19 + 22) × 100 / 90 = 87.78 → 88
    CHECK(p03.notes.back() == "不适用指标及无执行率的分值共 10 分不计；总分按适用分值 90 分折算为百分制：79 × 100 ÷ 90 = 88。");
}

TEST_CASE("evaluate_document keeps the document with its evaluation") {
    const document doc = sample::sample_document();
    const jixiao::evaluated item = jixiao::evaluate_document(doc);
    CHECK(item.doc == doc);
    CHECK(item.result.projects.size() == 3);
    CHECK(item.result.projects[1].id == "p02");
}

// ---- cost-sharing block (filled once evaluate() computes it) --------------------------------------------

TEST_CASE("a cost-sharing block is laid out after the form in every format") {
    using jixiao::detail::make_cost_sharing_row;
    report_form report = form_of(sample::sample_document());
    jixiao::detail::cost_sharing_block block{
        "sc-resident-pension-subsidy",
        {make_cost_sharing_row(jixiao::level::provincial, money::parse("108200"), money::parse("108200"),
                               money::parse("0"), language::zh),
         make_cost_sharing_row(jixiao::level::municipal, money::parse("210945"), std::nullopt, std::nullopt,
                               language::zh),
         make_cost_sharing_row(jixiao::level::district, money::parse("391755"), money::parse("442500"),
                               money::parse("50745"), language::zh)}};
    CHECK(block.rows[1].reported.text == "—");
    CHECK(block.rows[2].difference.number == "5.07");  // 50745 元 = 5.0745 万元 → 5.07
    report.projects[1].cost_sharing = block;

    const std::string text = jixiao::detail::text_of(report);
    CHECK(contains(text, "分级分担测算：sc-resident-pension-subsidy\n"
                         "级次    应承担  实际下达  差额\n"
                         "------  ------  --------  ----\n"
                         "省级     10.82     10.82  0.00\n"
                         "市级     21.09         —     —\n"
                         "区县级   39.18     44.25  5.07\n"));
    const std::string md = jixiao::detail::markdown_of(report);
    CHECK(contains(md, "### 分级分担测算\n\nsc-resident-pension-subsidy\n\n| 级次 | 应承担 | 实际下达 | 差额 |\n"
                       "| --- | ---: | ---: | ---: |\n| 省级 | 10.82 | 10.82 | 0.00 |\n| 市级 | 21.09 | — | — |\n"));
    const std::string html = jixiao::detail::html_of(report);
    CHECK(contains(html, "<h3>分级分担测算</h3>\n<p>sc-resident-pension-subsidy</p>\n<table class=\"cost-sharing\">"));
    CHECK(contains(html, "<tr><th class=\"label\">区县级</th><td class=\"num\">39.18</td><td class=\"num\">44.25</td>"
                         "<td class=\"num\">5.07</td></tr>"));
    // Beside the form, never in it.
    const auto grid = jixiao::detail::grid_of(report.projects[1], report);
    for (const auto& c : grid.cells) CHECK(c.content.text.find("分级分担") == std::string::npos);
}

// ---- html ---------------------------------------------------------------------------------------------

TEST_CASE("render_html is one self-contained page with the forms, bars and escaped text") {
    const std::string html = jixiao::render_html(sample_item());
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"));
    CHECK(html.ends_with("<p class=\"summary\">汇总：3 个项目，错误 1 条，警告 4 条，提示 3 条</p>\n</body>\n</html>\n"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "href="));
    CHECK_FALSE(contains(html, "url("));
    CHECK(count(html, "<style>") == 1);
    CHECK(count(html, "<table class=\"form\">") == 3);
    CHECK(count(html, "<section class=\"project form-page\"") == 3);
    CHECK(contains(html, "@media print{"));
    CHECK(contains(html, "@page{size:A4;"));

    // The name with <, >, & and " is text everywhere it appears.
    CHECK_FALSE(contains(html, "<示范>"));
    CHECK(contains(html, "<h2>p03 就业培训补贴 &lt;示范&gt; &amp; &quot;试点&quot;, 二期</h2>"));
    CHECK(contains(html, "<tr><th class=\"label\">项目名称</th><td colspan=\"8\">就业培训补贴 &lt;示范&gt; &amp; "
                         "&quot;试点&quot;, 二期</td></tr>"));

    // p02: the seed's row, its bars at exact widths.
    CHECK(contains(html, "<tr><th class=\"label\">年度资金总额</th><td class=\"num\">70.00</td><td class=\"num\">55.07"
                         "</td><td class=\"num\">55.07</td><td class=\"num\">10</td><td class=\"num\">100.00%</td>"
                         "<td class=\"num\">10.00</td><td rowspan=\"4\"></td></tr>"));
    CHECK(contains(html, "<div class=\"bar-row\"><span class=\"bar-label\">执行率</span><span class=\"bar\"><span "
                         "class=\"bar-fill rate\" style=\"width:100.00%\"></span></span><span class=\"bar-value\">"
                         "100.00%</span></div>"));
    CHECK(contains(html, "<span class=\"bar-fill total\" style=\"width:100.00%\"></span></span><span "
                         "class=\"bar-value\">100.00 优</span>"));
    // p01 has no total: an empty bar.
    CHECK(contains(html, "<span class=\"bar-label\">总分</span><span class=\"bar\"></span><span "
                         "class=\"bar-value\">—</span>"));
    // p03: level-1 cells merged over their rows, the not-applicable score in words.
    CHECK(contains(html, "<td rowspan=\"2\">产出指标（50分）</td><td>数量指标</td><td>培训人数</td>"));
    CHECK(contains(html, "<td class=\"num\">10</td><td class=\"num\">不适用</td><td></td></tr>"));
    // The finding names its row of the form, keeps its path, and flags its cell.
    CHECK(contains(html, "<tr class=\"warning\"><td class=\"nowrap\">警告</td><td class=\"nowrap\">JX-I001</td>"
                         "<td>绩效指标第 2 行（人均培训成本） · 偏差原因分析及改进措施</td>"));
    CHECK(contains(html, "<td><code>projects[2].indicators[1].deviation</code></td></tr>"));
    CHECK(contains(html, "<td class=\"flagged\" title=\"JX-I001 指标“人均培训成本”得分 18.75"));
}

TEST_CASE("html bars: a rate above 100% or a total above 100 fills the bar, and says its figure") {
    project p = funded({sample::make_tranche(jixiao::level::district, jixiao::fund_source::current_year, "10万")},
                       "11万");
    p.id = "a\"b";
    p.indicators.push_back(output_met("90"));
    document doc = one_project(p);
    jixiao::scheme s;
    s.cap_execution = false;
    doc.scheme = s;
    const std::string html = jixiao::render_html(jixiao::evaluate_document(doc), {language::en, std::nullopt, false});
    CHECK(contains(html, "<html lang=\"en\">"));
    CHECK(contains(html, "<section class=\"project form-page\" id=\"project-1\" data-project=\"a&quot;b\">"));
    CHECK(contains(html, "style=\"width:100.00%\"></span></span><span class=\"bar-value\">110.00%</span>"));
    CHECK(contains(html, "style=\"width:100.00%\"></span></span><span class=\"bar-value\">101.00 excellent</span>"));  // uncapped: 110% × 10
}

// ---- xlsx -------------------------------------------------------------------------------------------------

TEST_CASE("xlsx numbers come only from exact decimal text of at most 15 significant digits") {
    using jixiao::detail::excel_number;
    for (const char* ok : {"55.07", "0", "-0.0550", "0000123.45", "999999999999999", "1.00000000000000"})
        CHECK_MESSAGE(excel_number(ok).has_value(), ok);
    for (const char* refused : {"", "-", ".5", "5.", "1.2.3", "1e5", "1/3", "—", "不适用", " 1", "+1",
                                "1234567890123456", "1.234567890123456"})
        CHECK_FALSE_MESSAGE(excel_number(refused).has_value(), refused);
}

TEST_CASE("a percentage becomes the fraction Excel shows under 0.00%, moved two places as text") {
    using jixiao::detail::percent_to_fraction;
    CHECK(percent_to_fraction("100.00") == "1.0000");
    CHECK(percent_to_fraction("90.00") == "0.9000");
    CHECK(percent_to_fraction("0.00") == "0.0000");
    CHECK(percent_to_fraction("5.50") == "0.0550");
    CHECK(percent_to_fraction("-12.34") == "-0.1234");
    CHECK(percent_to_fraction("12345.6") == "123.456");
    CHECK(percent_to_fraction("7") == "0.07");
}

TEST_CASE("sheet names: at most 31 characters, none of []:*?/\\, unique without regard to case") {
    using jixiao::detail::sheet_name;
    jixiao::detail::sheet_names taken;
    CHECK(sheet_name("汇总", taken) == "汇总");
    CHECK(sheet_name("汇总", taken) == "汇总 (2)");
    CHECK(sheet_name("汇总", taken) == "汇总 (3)");
    CHECK(sheet_name("p01 高层次人才专项经费", taken) == "p01 高层次人才专项经费");
    CHECK(sheet_name("a[b]c:d*e?f/g\\h", taken) == "a_b_c_d_e_f_g_h");
    CHECK(sheet_name("Summary", taken) == "Summary");
    CHECK(sheet_name("SUMMARY", taken) == "SUMMARY (2)");
    CHECK(sheet_name("history", taken) == "history (2)");
    CHECK(sheet_name("'quoted'", taken) == "quoted");
    CHECK(sheet_name("''", taken) == "Sheet");
    CHECK(sheet_name("two\nlines", taken) == "two lines");

    const std::string long_name = "p09 社保公共服务能力建设资金（人力资源服务产业园和专业市场）";  // 32 characters
    CHECK(sheet_name(long_name, taken) == "p09 社保公共服务能力建设资金（人力资源服务产业园和专业市场");
    CHECK(sheet_name(long_name, taken) == "p09 社保公共服务能力建设资金（人力资源服务产业园和 (2)");
    std::string wide;  // U+20000 is two UTF-16 units: 15 fit in 31
    for (int i = 0; i < 20; ++i) wide += "\xF0\xA0\x80\x80";
    std::string fifteen;
    for (int i = 0; i < 15; ++i) fifteen += "\xF0\xA0\x80\x80";
    CHECK(sheet_name(wide, taken) == fifteen);
}

TEST_CASE("write_xlsx writes the workbook whole, or names the file it could not write") {
    const jixiao::evaluated item = sample_item();
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() / ("jixiao-render-test-" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "自评表.xlsx").string();
    {
        std::ofstream old(path);
        old << "an older file";
    }
    jixiao::write_xlsx(item, path);
    std::ifstream in(path, std::ios::binary);
    std::string head(2, '\0');
    in.read(head.data(), 2);
    CHECK(head == "PK");  // a zip archive replaced the older file
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);

    const std::string missing = (dir / "no-such-directory" / "x.xlsx").string();
    try {
        jixiao::write_xlsx(item, missing, {language::en, std::nullopt, false});
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.where().file == missing);
        CHECK(e.message().en.starts_with("cannot write the Excel file " + missing + ": "));
        CHECK(e.message().zh.starts_with("无法写入 Excel 文件 " + missing + "："));
    }
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a workbook that would take more memory than allowed is refused before it is begun") {
    const jixiao::evaluated item = sample_item();
    const auto report = jixiao::detail::build_report(item, language::en);
    const jixiao::detail::workbook_size size = jixiao::detail::size_of_workbook(report);
    std::uint64_t findings = 0;
    for (const auto& p : report.projects) findings += p.findings.size();
    CHECK(size.comments == findings);
    CHECK(size.bytes() == size.cells * 300 + size.comments * 2048);
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() / ("jixiao-render-test-" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "book.xlsx").string();
    const std::uint64_t mib = 1 << 20;
    try {
        (void)jixiao::detail::write_workbook(item, {language::en, std::nullopt, false}, path, "book.xlsx", size.bytes() - 1);
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.where().file == "book.xlsx");
        CHECK(e.message().en == "--format xlsx: the workbook (" + std::to_string(size.cells) +
                                    " cells) is held in memory until it is written, about " +
                                    std::to_string((size.bytes() + mib - 1) / mib) + " MiB, more than the " +
                                    std::to_string((size.bytes() - 1) / mib) +
                                    " MiB this input allows; use --format csv or html instead");
    }
    CHECK(!std::filesystem::exists(path));
    CHECK(jixiao::detail::write_workbook(item, {language::en, std::nullopt, false}, path, "book.xlsx", size.bytes()) == 0);
    CHECK(std::filesystem::file_size(path) > 1000);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a document without a unit, goal or outcome: the title has no unit and the form leaves them blank") {
    project p = funded({sample::make_tranche(jixiao::level::district, jixiao::fund_source::current_year, "1万")}, "1万");
    document doc = one_project(p);
    doc.unit.reset();
    const report_form zh = form_of(doc);
    CHECK(zh.title == "2023年度项目支出绩效自评表");
    CHECK(zh.year_line == "（2023年度）");
    CHECK(zh.projects[0].department.empty());  // left blank for the clerk
    CHECK(zh.projects[0].implementer.empty());
    CHECK(zh.projects[0].goal.empty());
    CHECK(zh.projects[0].outcome.empty());
    const report_form en = form_of(doc, language::en);
    CHECK(en.title == "2023 project expenditure performance self-evaluation");
    CHECK(en.year_line == "(fiscal year 2023)");
    const std::string text = jixiao::render_text(jixiao::evaluate_document(doc));
    CHECK(text.starts_with("2023年度项目支出绩效自评表\n\n[x1] 测试项目\n项目支出绩效自评表\n（2023年度）\n\n项目名称：测试项目\n"
                           "主管部门：\n实施单位：\n\n"));
    CHECK(contains(text, "\n年度总体目标\n  预期目标：\n\n  实际完成情况：\n\n"));
    CHECK(contains(text, "\n文档级问题：未发现问题\n\n汇总：1 个项目，"));
}
