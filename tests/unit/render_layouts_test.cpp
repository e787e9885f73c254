// The two layouts of the filed form (MOF 2020, Sichuan 2023) cell by cell; the
// document's new form fields on the form; indicators in the form's order with
// their level-1 points; where a finding lies on the form; and totals on the
// 100-point scale over generated documents.
#include <jixiao/io.hpp>
#include <jixiao/render.hpp>

#include "../support/sample_report.hpp"
#include "document_generator.hpp"
#include "render/render_form.hpp"
#include "render/render_grid.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

// Its own namespace: helpers and using-directives of this file stay its own when a
// unity build compiles test sources together.
namespace render_layouts_test {

using jixiao::comparison;
using jixiao::document;
using jixiao::form_layout;
using jixiao::indicator_level1;
using jixiao::indicator_level2;
using jixiao::language;
using jixiao::points;
using jixiao::project;
using jixiao::detail::form_grid;
using jixiao::detail::grid_cell;
using jixiao::detail::report_form;
namespace sample = jixiao::sample;

namespace {

report_form report_of(const document& doc, std::optional<form_layout> form = std::nullopt,
                      language lang = language::zh) {
    return jixiao::detail::build_report(jixiao::evaluate_document(doc, sample::sample_rules()), lang, form);
}

// The cell whose top-left corner is (row, col); a failed check when there is none.
grid_cell at(const form_grid& grid, std::size_t row, std::size_t col) {
    const auto it = std::find_if(grid.cells.begin(), grid.cells.end(),
                                 [&](const grid_cell& c) { return c.row == row && c.col == col; });
    if (it == grid.cells.end()) {
        FAIL_CHECK("no cell at row " << row << ", column " << col);
        return {};
    }
    return *it;
}

std::string text(const form_grid& grid, std::size_t row, std::size_t col) { return at(grid, row, col).content.text; }
std::pair<std::size_t, std::size_t> span(const form_grid& grid, std::size_t row, std::size_t col) {
    const grid_cell c = at(grid, row, col);
    return {c.rows, c.cols};
}
using sp = std::pair<std::size_t, std::size_t>;

// Every row of the grid is covered exactly once, column by column: no gap, no overlap.
void check_tiled(const form_grid& grid) {
    std::vector<std::vector<int>> covered(grid.rows, std::vector<int>(grid.columns, 0));
    for (const auto& c : grid.cells)
        for (std::size_t r = c.row; r < c.row + c.rows; ++r)
            for (std::size_t k = c.col; k < c.col + c.cols; ++k) {
                REQUIRE(r < grid.rows);
                REQUIRE(k < grid.columns);
                ++covered[r][k];
            }
    for (std::size_t r = 0; r < grid.rows; ++r)
        for (std::size_t k = 0; k < grid.columns; ++k) CHECK_MESSAGE(covered[r][k] == 1, "row " << r << " col " << k);
}

}  // namespace

TEST_CASE("the Sichuan 2023 form of the seed's p02, cell by cell") {
    document doc = sample::sample_document();
    doc.projects[1].code = "51041121R000000012345";
    doc.projects[1].implementer = "攀枝花市仁和区社会保险事业管理局";
    doc.projects[1].content = "按季度代缴，年底清算。";
    doc.projects[1].conclusion = "项目完成较好。";
    doc.projects[1].problems = std::vector<std::string>{"宣传不够", "数据更新慢"};
    const report_form report = report_of(doc, form_layout::sc_2023);
    const form_grid g = jixiao::detail::grid_of(report.projects[1], report);
    CHECK(g.columns == 11);
    check_tiled(g);
    CHECK(text(g, 0, 0) == "报表编号：510000_0013zp");
    CHECK(text(g, 1, 0) == "部门预算项目支出绩效自评表");
    CHECK(text(g, 2, 0) == "（2023年度）");
    CHECK(span(g, 1, 0) == sp{1, 11});
    CHECK(text(g, 3, 0) == "项目名称");
    CHECK(text(g, 3, 2) == "51041121R000000012345-困难群众社会保险代缴资金");
    CHECK(span(g, 3, 2) == sp{1, 9});
    CHECK(text(g, 4, 0) == "主管部门");
    CHECK(text(g, 4, 2) == "攀枝花市仁和区人力资源和社会保障局");
    CHECK(text(g, 4, 6) == "实施单位（盖章）");
    CHECK(text(g, 4, 8) == "攀枝花市仁和区社会保险事业管理局");
    CHECK(text(g, 5, 0) == "项目基本情况");
    CHECK(span(g, 5, 0) == sp{4, 1});
    CHECK(text(g, 5, 1) == "1. 项目年度目标");
    CHECK(text(g, 5, 6) == "年度目标完成情况");
    CHECK(text(g, 6, 1) == "按预估7000人以上，每人每年100元人均缴费标准进行预算。");
    CHECK(text(g, 6, 6) == "实际参保人数7109人。");
    CHECK(text(g, 7, 1) == "2. 项目实施内容及过程概述");
    CHECK(text(g, 8, 1) == "按季度代缴，年底清算。");
    CHECK(span(g, 8, 1) == sp{1, 10});

    CHECK(text(g, 9, 0) == "预算执行情况（10分）");
    CHECK(span(g, 9, 0) == sp{6, 1});
    const std::vector<std::string> heads{"年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数",
                                         "预算执行率", "权重", "得分", "原因"};
    const std::vector<std::size_t> cols{1, 3, 4, 5, 6, 7, 8, 9};
    for (std::size_t i = 0; i < heads.size(); ++i) CHECK(text(g, 9, cols[i]) == heads[i]);
    CHECK(text(g, 10, 1) == "总额");
    CHECK(text(g, 10, 3) == "70.00");
    CHECK(at(g, 10, 3).content.number == "70.00");
    CHECK(text(g, 10, 4) == "55.07");
    CHECK(text(g, 10, 5) == "55.07");
    CHECK(text(g, 10, 6) == "100.00%");
    CHECK(text(g, 10, 7) == "10");
    CHECK(text(g, 10, 8) == "10.00");
    CHECK(span(g, 10, 9) == sp{5, 2});  // 原因 beside the whole block
    CHECK(text(g, 11, 1) == "其中：财政资金");
    CHECK(text(g, 11, 4) == "55.07");
    CHECK(text(g, 11, 7) == "/");
    CHECK(text(g, 11, 8) == "/");
    CHECK(text(g, 12, 1) == "财政专户管理资金");
    CHECK(text(g, 12, 4) == "0.00");
    CHECK(text(g, 13, 1) == "单位资金");
    CHECK(text(g, 14, 1) == "其他资金");

    CHECK(text(g, 15, 0) == "绩效指标（50分）");
    const std::vector<std::string> ind{"一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                       "度量单位", "完成值",   "权重",     "得分",     "未完成原因分析"};
    for (std::size_t i = 0; i < ind.size(); ++i) CHECK(text(g, 15, i + 1) == ind[i]);
    CHECK(g.indicator_header == 15u);
    const std::vector<std::string> row{"产出指标（50分）", "数量指标", "代缴人数", "≥", "7000", "人", "7109", "50", "50.00", ""};
    for (std::size_t i = 0; i < row.size(); ++i) CHECK(text(g, 16, i + 1) == row[i]);
    CHECK(text(g, 17, 0) == "合计");
    CHECK(span(g, 17, 0) == sp{1, 8});
    CHECK(text(g, 17, 8) == "60");
    CHECK(text(g, 17, 9) == "100.00");  // (10 + 50) × 100 / 60: the weights total 60
    CHECK(text(g, 18, 0) == "评价结论");
    CHECK(text(g, 18, 2) == "项目完成较好。");
    CHECK(text(g, 19, 0) == "存在问题");
    CHECK(text(g, 19, 2) == "1. 宣传不够\n2. 数据更新慢");
    CHECK(text(g, 20, 0) == "改进措施");
    CHECK(text(g, 20, 2) == "");  // not in the document: left blank for the clerk
    CHECK(text(g, 21, 0) == "项目负责人：");
    CHECK(text(g, 21, 6) == "财务负责人：");
    CHECK(g.rows == 22);
    // Only the form: no grade, no notes.
    for (const auto& c : g.cells) {
        CHECK(c.content.text != "等级");
        CHECK(c.content.text.find("注：") == std::string::npos);
    }
}

TEST_CASE("the MOF 2020 form of the seed's p03, cell by cell, with no grade row and no notes") {
    const report_form report = report_of(sample::sample_document(), form_layout::mof_2020);
    const form_grid g = jixiao::detail::grid_of(report.projects[2], report);
    CHECK(g.columns == 9);
    check_tiled(g);
    CHECK(text(g, 0, 0) == "项目支出绩效自评表");
    CHECK(text(g, 1, 0) == "（2023年度）");
    CHECK(text(g, 2, 0) == "项目名称");
    CHECK(text(g, 3, 0) == "主管部门");
    CHECK(span(g, 3, 1) == sp{1, 3});
    CHECK(text(g, 3, 4) == "实施单位");
    CHECK(text(g, 4, 0) == "项目资金（万元）");
    CHECK(span(g, 4, 0) == sp{5, 1});
    const std::vector<std::string> heads{"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"};
    for (std::size_t i = 0; i < heads.size(); ++i) CHECK(text(g, 4, i + 1) == heads[i]);
    CHECK(text(g, 5, 1) == "年度资金总额");
    CHECK(text(g, 5, 3) == "35.00");
    CHECK(text(g, 5, 6) == "90.00%");
    CHECK(text(g, 5, 7) == "9.00");
    CHECK(text(g, 6, 1) == "其中：当年财政拨款");
    CHECK(text(g, 6, 3) == "30.00");
    CHECK(text(g, 7, 3) == "5.00");
    CHECK(text(g, 9, 0) == "年度总体目标");
    CHECK(text(g, 9, 1) == "预期目标");
    CHECK(text(g, 9, 5) == "实际完成情况");
    CHECK(text(g, 11, 0) == "绩效指标");
    CHECK(span(g, 11, 0) == sp{5, 1});
    CHECK(text(g, 12, 1) == "产出指标（50分）");
    CHECK(span(g, 12, 1) == sp{2, 1});
    CHECK(text(g, 14, 1) == "效益指标（30分）");
    CHECK(text(g, 15, 1) == "满意度指标（10分）");
    CHECK(text(g, 15, 7) == "不适用");
    CHECK(text(g, 16, 0) == "总分");
    CHECK(span(g, 16, 0) == sp{1, 6});
    CHECK(text(g, 16, 6) == "100");
    CHECK(text(g, 16, 7) == "86.94");
    CHECK(g.rows == 17);  // the total is the last row: no 等级, no notes, no cost sharing
}

TEST_CASE("the form follows scheme.form, else the preset; --form overrides both") {
    document doc = sample::sample_document();
    CHECK(report_of(doc).layout->id == form_layout::mof_2020);
    jixiao::scheme s;
    s.preset = jixiao::scheme_preset::sc_2023;
    doc.scheme = s;
    CHECK(report_of(doc).layout->id == form_layout::sc_2023);
    doc.scheme->form = form_layout::mof_2020;
    CHECK(report_of(doc).layout->id == form_layout::mof_2020);
    CHECK(report_of(doc, form_layout::sc_2023).layout->id == form_layout::sc_2023);
}

TEST_CASE("indicators by level-1 (产出, 效益, 满意度, 成本), then as given, each level-1 with its points") {
    project p = sample::p03();
    std::reverse(p.indicators.begin(), p.indicators.end());  // 满意度 first, as a careless input has it
    jixiao::indicator cost = sample::measured(indicator_level1::cost, indicator_level2::economic_cost, "单位成本", "元",
                                              comparison::at_most, "10", "10", "0");
    p.indicators.insert(p.indicators.begin(), cost);
    document doc = sample::sample_document();
    doc.projects = {p};
    const report_form report = report_of(doc);
    const auto& rows = report.projects[0].indicators;
    REQUIRE(rows.size() == 5);
    std::vector<std::string> names, level1;
    for (const auto& r : rows) {
        names.push_back(r.name);
        level1.push_back(r.level1);
    }
    CHECK(names == std::vector<std::string>{"人均培训成本", "培训人数", "就业稳定性", "服务对象满意度", "单位成本"});
    CHECK(level1 == std::vector<std::string>{"产出指标（50分）", "产出指标（50分）", "效益指标（30分）",
                                             "满意度指标（10分）", "成本指标（0分）"});
    CHECK(rows[0].index == 3);  // its place in the document
    CHECK(rows[4].index == 0);
    const report_form en = report_of(doc, std::nullopt, language::en);
    CHECK(en.projects[0].indicators[0].level1 == "output (50 points)");
}

TEST_CASE("主管部门 and 实施单位 print apart; what the document lacks is blank") {
    document doc = sample::sample_document();
    doc.projects[0].department = "攀枝花市仁和区人民政府";
    const report_form report = report_of(doc);
    CHECK(report.projects[0].department == "攀枝花市仁和区人民政府");
    CHECK(report.projects[0].implementer == "攀枝花市仁和区人力资源和社会保障局");
    CHECK(report.projects[1].department == "攀枝花市仁和区人力资源和社会保障局");
    CHECK(report.projects[1].content.empty());
    CHECK(report.projects[1].conclusion.empty());
    doc.unit.reset();
    const report_form none = report_of(doc);
    CHECK(none.projects[1].department.empty());
    CHECK(none.projects[1].implementer.empty());
    CHECK(none.projects[1].field(jixiao::detail::form_field::code_and_name) == "困难群众社会保险代缴资金");
}

TEST_CASE("a finding's place on the form: the block, row and column a clerk reads, and the cell") {
    using jixiao::detail::place_of;
    const report_form mof = report_of(sample::sample_document(), form_layout::mof_2020);
    const auto& p03 = mof.projects[2];
    jixiao::finding f;
    f.rule = "JX-I001";
    f.where.path = "projects[2].indicators[1].deviation";
    auto place = place_of(f, p03, mof);
    CHECK(place.label == "绩效指标第 2 行（人均培训成本） · 偏差原因分析及改进措施");
    const form_grid g = jixiao::detail::grid_of(p03, mof);
    CHECK(jixiao::detail::cell_of(g, place) == std::pair<std::size_t, std::size_t>{13, 8});

    f.where.path = "projects[2].execution.used";
    CHECK(place_of(f, p03, mof).label == "年度资金总额 · 全年执行数");
    CHECK(jixiao::detail::cell_of(g, place_of(f, p03, mof)) == std::pair<std::size_t, std::size_t>{5, 4});
    f.where.path = "projects[2].execution.deviation";
    CHECK(place_of(f, p03, mof).label == "年度资金总额 · 偏差原因");
    f.where.path = "projects[2].tranches[1].amount";
    CHECK(place_of(f, p03, mof).label == "年度资金总额 · 全年预算数");
    f.where.path = "projects[2].reported.total";
    CHECK(place_of(f, p03, mof).label == "总分 · 得分");
    CHECK(jixiao::detail::cell_of(g, place_of(f, p03, mof)) == std::pair<std::size_t, std::size_t>{16, 7});
    f.where.path = "projects[2].goal";
    CHECK(place_of(f, p03, mof).label == "预期目标");
    f.where.path = "projects[2].indicators";  // the block as a whole: named, no cell
    CHECK(place_of(f, p03, mof).label == "绩效指标");
    CHECK_FALSE(jixiao::detail::cell_of(g, place_of(f, p03, mof)));
    f.where.path = "projects[2].cost_sharing.headcount";
    CHECK(place_of(f, p03, mof).label.empty());
    f.where.path = "projects[1].goal";  // another project's
    CHECK(place_of(f, p03, mof).label.empty());

    const report_form sichuan = report_of(sample::sample_document(), form_layout::sc_2023);
    f.where.path = "projects[2].indicators[0].actual";
    CHECK(place_of(f, sichuan.projects[2], sichuan).label == "绩效指标（90分）第 1 行（培训人数） · 完成值");
    f.where.path = "projects[2].execution.deviation";
    CHECK(place_of(f, sichuan.projects[2], sichuan).label == "总额 · 原因");
}

TEST_CASE("a finding's figures for the clerk: 万元 beside 元, Chinese words for identifiers, the rest as it is") {
    using jixiao::detail::clerk_figure;
    jixiao::finding f;
    f.rule = "JX-F001";
    CHECK(clerk_figure(f, std::string("550700.00"), language::zh) == "550700.00（55.07万元）");
    CHECK(clerk_figure(f, std::string("-50745.00"), language::zh) == "-50745.00（-5.07万元）");
    CHECK(clerk_figure(f, std::string("+50745.00"), language::en) == "+50745.00 (5.07 × 10,000 yuan)");
    CHECK(clerk_figure(f, std::string("90.00%"), language::zh) == "90.00%");
    CHECK(clerk_figure(f, std::nullopt, language::zh).empty());
    f.rule = "JX-I001";  // scores are not money
    CHECK(clerk_figure(f, std::string("18.75"), language::zh) == "18.75");
    f.rule = "JX-I008";  // identifiers in the clerk's words
    CHECK(clerk_figure(f, std::string("output"), language::zh) == "产出指标");
    CHECK(clerk_figure(f, std::string("district"), language::zh) == "区县级");
    CHECK(clerk_figure(f, std::string("output"), language::en) == "output");
}

TEST_CASE("totals on generated documents: (execution + Σ applicable scores) × 100 ÷ applicable weights, whatever the weights") {
    std::size_t checked = 0, off_hundred = 0;
    for (std::uint32_t seed = 1; seed <= 400; ++seed) {
        jixiao::testing::document_generator generator(seed);
        const document doc = generator.make();
        jixiao::evaluation result;
        try {
            result = jixiao::evaluate(doc);
        } catch (const jixiao::error&) {
            continue;  // amounts beyond the range of money, a bad scheme: not scored at all
        }
        const jixiao::scheme s = doc.scheme_or_default();
        for (std::size_t i = 0; i < result.projects.size(); ++i) {
            const jixiao::score_card& card = result.projects[i].scores;
            const auto& inds = doc.projects[i].indicators;
            if (inds.empty()) {
                CHECK_FALSE(card.total);
                continue;
            }
            points weights, sum;
            if (card.execution) {
                weights += card.execution_weight;
                sum += *card.execution;
                if (s.cap_execution_or_default()) CHECK(*card.execution <= card.execution_weight);
            }
            for (std::size_t k = 0; k < inds.size(); ++k) {
                const auto& scored = card.indicators[k];
                if (!scored.score) continue;
                CHECK(*scored.score <= inds[k].weight);  // rounding never passes the weight
                weights += inds[k].weight;
                sum += *scored.score;
            }
            if (!weights.is_positive()) {
                CHECK_FALSE(card.total);
                continue;
            }
            const points expected =
                points(sum.fraction() * jixiao::rational(100) / weights.fraction()).round(card.decimals, jixiao::si_she_wu_ru);
            REQUIRE(card.total);
            CHECK(*card.total == expected);
            CHECK(card.grade == jixiao::grade_of(expected));
            if (s.cap_execution_or_default()) CHECK(*card.total <= points(100));
            ++checked;
            if (weights != points(100)) ++off_hundred;
        }
    }
    CHECK(checked > 100);
    CHECK(off_hundred > 50);  // most generated weights do not total 100
}

TEST_CASE("the form's document fields are read, written back in place and round-trip; a form not known is refused") {
    const std::string json = R"({
  "format": "jixiao/1",
  "unit": "某区某局",
  "fiscal_year": 2023,
  "scheme": {
    "preset": "mof-2020",
    "form": "sc-2023"
  },
  "projects": [
    {
      "id": "p1",
      "code": "51041121R000000012345",
      "name": "测试项目",
      "department": "某区人民政府",
      "implementer": "某区某中心",
      "content": "按季度实施。",
      "conclusion": "完成较好。"
    }
  ]
}
)";
    const document doc = jixiao::read_document(json, "form.json");
    REQUIRE(doc.scheme);
    CHECK(doc.scheme->form == form_layout::sc_2023);
    CHECK(doc.scheme->form_or_default() == form_layout::sc_2023);
    const project& p = doc.projects[0];
    CHECK(p.code == "51041121R000000012345");
    CHECK(p.department == "某区人民政府");
    CHECK(p.implementer == "某区某中心");
    CHECK(p.content == "按季度实施。");
    CHECK(p.conclusion == "完成较好。");
    CHECK(jixiao::write_document(doc) == json);  // written back in the same order
    CHECK(jixiao::read_document(jixiao::write_document(doc)) == doc);

    std::string bad = json;
    bad.replace(bad.find("\"sc-2023\""), 9, "\"gd-2024\"");
    try {
        (void)jixiao::read_document(bad, "form.json");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.where().path == "scheme.form");
    }
}

}  // namespace render_layouts_test
