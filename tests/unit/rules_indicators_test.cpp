#include "../support/helpers.hpp"
#include <jixiao/evaluate.hpp>
#include <jixiao/rules/indicators.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using jixiao::comparison;
using jixiao::finding;
using jixiao::indicator;
using jixiao::indicator_level1;
using jixiao::indicator_level2;
using jixiao::money;
using jixiao::points;
using jixiao::testing::pts;
using jixiao::quantity;
using jixiao::rating;
using jixiao::severity;

namespace {
using jixiao::testing::findings_of;


indicator measured(indicator_level1 l1, indicator_level2 l2, std::string name, comparison op, std::string_view target,
                   std::string_view actual, std::string_view weight) {
    indicator i;
    i.level1 = l1;
    i.level2 = l2;
    i.name = std::move(name);
    i.op = op;
    i.target = quantity::parse(target);
    i.actual = quantity::parse(actual);
    i.weight = pts(weight);
    return i;
}

indicator rated(indicator_level1 l1, indicator_level2 l2, std::string name, rating r, std::string_view weight) {
    indicator i;
    i.level1 = l1;
    i.level2 = l2;
    i.name = std::move(name);
    i.rating = r;
    i.weight = pts(weight);
    return i;
}

// A project every indicator rule is quiet about: 100 000 yuan budgeted, arrived
// and used; output 50, effect 30, satisfaction 10, all met.
jixiao::document clean_document() {
    jixiao::document doc;
    doc.fiscal_year = 2023;
    jixiao::project p;
    p.id = "p01";
    p.name = "示例项目";
    jixiao::budget b;
    b.adjusted = money::parse("100000");
    p.budget = b;
    jixiao::tranche t;
    t.level = jixiao::level::district;
    t.amount = money::parse("100000");
    p.tranches = {t};
    jixiao::execution e;
    e.used = money::parse("100000");
    p.execution = e;
    p.indicators = {
        measured(indicator_level1::output, indicator_level2::quantity, "代缴人数", comparison::at_least, "7000", "7109", "50"),
        rated(indicator_level1::effect, indicator_level2::social, "困难群体应保尽保", rating::achieved, "30"),
        measured(indicator_level1::satisfaction, indicator_level2::beneficiary, "服务对象满意度", comparison::at_least, "90",
                 "95", "10"),
    };
    doc.projects = {p};
    return doc;
}

jixiao::project& first(jixiao::document& doc) { return doc.projects.at(0); }


std::vector<std::string> rule_ids(const jixiao::document& doc) {
    std::vector<std::string> ids;
    const auto result = jixiao::evaluate(doc);
    for (const auto& f : result.projects.at(0).findings)
        if (f.rule.rfind("JX-I", 0) == 0) ids.push_back(f.rule);
    return ids;
}

}  // namespace

TEST_CASE("the indicator rules are in the default rule book, in catalogue order, after the funds rules") {
    const auto book = jixiao::default_rule_book();
    std::vector<std::string> ids;
    for (const auto& r : book.rules()) ids.push_back(r.info.id);
    const std::vector<std::string> expected{"JX-I001", "JX-I002", "JX-I003", "JX-I004", "JX-I005",
                                            "JX-I006", "JX-I007", "JX-I008", "JX-I009", "JX-I010"};
    REQUIRE(ids.size() >= expected.size());
    CHECK(std::vector<std::string>(ids.end() - static_cast<std::ptrdiff_t>(expected.size()), ids.end()) == expected);
    CHECK(ids.front().rfind("JX-F", 0) == 0);
    CHECK(book.find("JX-I002")->info.severity == severity::error);
    CHECK(book.find("JX-I003")->info.severity == severity::info);
    CHECK(book.find("JX-I009")->info.severity == severity::warning);
    CHECK(book.find("JX-I010")->info.summary.en == "the reported total is not the sum of the reported scores");
}

TEST_CASE("a clean project raises no indicator finding") {
    CHECK(rule_ids(clean_document()).empty());
}

TEST_CASE("JX-I001: an indicator scoring below its weight needs a deviation reason") {
    auto doc = clean_document();
    first(doc).indicators[2].actual = quantity::parse("81");  // 10 × 81/90 = 9.00
    auto found = findings_of(doc, "JX-I001");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::warning);
    CHECK(found[0].where.path == "projects[0].indicators[2].deviation");
    CHECK(found[0].expected == "10.00");
    CHECK(found[0].actual == "9.00");
    CHECK(found[0].difference == "-1.00");
    CHECK(found[0].message.zh ==
          "指标“服务对象满意度”得分 9.00，低于分值 10.00，少 1.00 分，但没有填写偏差原因分析及改进措施；请在 deviation 中说明");
    CHECK(found[0].message.en ==
          "indicator \"服务对象满意度\" scores 9.00 of its 10.00 points (1.00 short) but gives no deviation reason; "
          "explain it in deviation");

    first(doc).indicators[2].deviation = "   ";  // blank explains nothing
    CHECK(findings_of(doc, "JX-I001").size() == 1);
    // One blank-text test for every rule: a full-width space is no reason here either (as for JX-F005).
    first(doc).indicators[2].deviation = "\u3000";
    CHECK(findings_of(doc, "JX-I001").size() == 1);
    first(doc).indicators[2].deviation = "部分群众对办理时限不满意，将简化流程";
    CHECK(findings_of(doc, "JX-I001").empty());

    // A not-applicable indicator scores nothing and needs no reason.
    doc = clean_document();
    first(doc).indicators[2].not_applicable = true;
    CHECK(findings_of(doc, "JX-I001").empty());
}

TEST_CASE("JX-I002: indicator weights must total 100 − execution weight, not-applicable ones included") {
    auto doc = clean_document();
    first(doc).indicators[0].weight = pts("40");
    auto found = findings_of(doc, "JX-I002");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::error);
    CHECK(found[0].where.path == "projects[0].indicators");
    CHECK(found[0].expected == "90");
    CHECK(found[0].actual == "80");
    CHECK(found[0].difference == "-10");
    CHECK(found[0].message.zh ==
          "各指标分值合计应为 90（100 − 预算执行率分值 10），实为 80，少 10；请核对各指标的 weight（不适用的指标也计入）");
    CHECK(found[0].message.en ==
          "the indicator weights should total 90 (100 − execution weight 10) but total 80, 10 short; "
          "check each indicator's weight (not-applicable ones count too)");

    // Quiet: 90 in total, a not-applicable one included; and with an execution weight of 20, 80.
    doc = clean_document();
    first(doc).indicators[2].not_applicable = true;
    CHECK(findings_of(doc, "JX-I002").empty());
    first(doc).indicators[0].weight = pts("40");
    jixiao::scheme s;
    s.execution_weight = pts("20");
    doc.scheme = s;
    CHECK(findings_of(doc, "JX-I002").empty());
    // No indicators at all is JX-I005's to report.
    first(doc).indicators.clear();
    CHECK(findings_of(doc, "JX-I002").empty());
}

TEST_CASE("JX-I003: a >= actual at 1.5 × a positive target or more hints at a target set too low") {
    auto doc = clean_document();
    first(doc).indicators[0].actual = quantity::parse("10500");  // exactly 1.5 × 7000
    auto found = findings_of(doc, "JX-I003");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::info);
    CHECK(found[0].where.path == "projects[0].indicators[0].target");
    CHECK(found[0].expected == "7000");
    CHECK(found[0].actual == "10500");
    CHECK_FALSE(found[0].difference);
    CHECK(found[0].message.zh ==
          "指标“代缴人数”年度指标值 ≥7000，实际完成值 10500，是目标的 1.50 倍（达到 1.5 倍）：目标可能定得偏低，"
          "评价时可酌情扣分（财预〔2020〕10号）");

    first(doc).indicators[0].actual = quantity::parse("10499.99");
    CHECK(findings_of(doc, "JX-I003").empty());
    // Only >= with a positive target.
    first(doc).indicators[0].actual = quantity::parse("20000");
    first(doc).indicators[0].op = comparison::equal;
    CHECK(findings_of(doc, "JX-I003").empty());
    first(doc).indicators[0].op = comparison::at_least;
    first(doc).indicators[0].target = quantity::parse("0");
    CHECK(findings_of(doc, "JX-I003").empty());
}

TEST_CASE("JX-I004: an output indicator at full score with nothing used out of positive available funds") {
    auto doc = clean_document();
    first(doc).execution->used = money::parse("0");
    first(doc).execution->carried_forward = money::parse("100000");
    auto found = findings_of(doc, "JX-I004");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::warning);
    CHECK(found[0].where.path == "projects[0].indicators[0]");
    CHECK(found[0].actual == "0.00");
    CHECK(found[0].message.en ==
          "output indicator \"代缴人数\" scores full (50.00) although none of the 100000.00 available was used; "
          "check that this project's money produced the output, or that the use was recorded");

    // Quiet: the output indicator falls short; or some money was used; or nothing was available.
    first(doc).indicators[0].actual = quantity::parse("6999");
    CHECK(findings_of(doc, "JX-I004").empty());
    doc = clean_document();
    first(doc).execution->used = money::parse("0.01");
    CHECK(findings_of(doc, "JX-I004").empty());
    doc = clean_document();
    first(doc).execution->used = money::parse("0");
    first(doc).tranches[0].arrived = money::parse("0");
    CHECK(findings_of(doc, "JX-I004").empty());
    // Quiet when nobody stated what was used (unknown is not zero: README, "How jixiao computes").
    doc = clean_document();
    first(doc).execution->used.reset();
    REQUIRE_FALSE(evaluate(doc).projects.at(0).funds.used_stated);
    CHECK(findings_of(doc, "JX-I004").empty());
}

TEST_CASE("JX-I005: no indicators, or none of output or of effect") {
    auto doc = clean_document();
    first(doc).indicators.clear();
    auto found = findings_of(doc, "JX-I005");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::warning);
    CHECK(found[0].where.path == "projects[0].indicators");
    CHECK(found[0].message.zh == "项目没有绩效指标，无法计算指标得分、总分和等级；自评表至少应有产出指标和效益指标");

    doc = clean_document();
    first(doc).indicators.erase(first(doc).indicators.begin());  // no output
    found = findings_of(doc, "JX-I005");
    REQUIRE(found.size() == 1);
    CHECK(found[0].expected == "output");
    CHECK(found[0].message.en ==
          "the project has no output indicator (level-1 output); a self-evaluation needs at least output and effect indicators");

    doc = clean_document();
    first(doc).indicators = {first(doc).indicators[2]};  // satisfaction only: both missing
    found = findings_of(doc, "JX-I005");
    REQUIRE(found.size() == 2);
    CHECK(found[0].expected == "output");
    CHECK(found[1].expected == "effect");
    CHECK(found[1].message.zh == "项目没有效益指标（一级指标 effect）；自评表至少应有产出指标和效益指标");

    // A not-applicable effect indicator still counts as designed.
    doc = clean_document();
    first(doc).indicators[1].not_applicable = true;
    CHECK(findings_of(doc, "JX-I005").empty());
}

TEST_CASE("JX-I006: a qualitative score outside its rating's band is clamped and reported") {
    auto doc = clean_document();
    first(doc).indicators[1].rating = rating::partial;
    first(doc).indicators[1].score = pts("25");
    first(doc).indicators[1].deviation = "部分乡镇未全覆盖";
    auto found = findings_of(doc, "JX-I006");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::error);
    CHECK(found[0].where.path == "projects[0].indicators[1].score");
    CHECK(found[0].expected == "[18.00, 23.99]");
    CHECK(found[0].actual == "25.00");
    CHECK(found[0].difference == "+1.01");
    CHECK(found[0].message.zh ==
          "指标“困难群体应保尽保”评为部分达成，得分应在 [18.00, 23.99] 之间（分值 30 的 60%–80%），实为 25.00，高出 1.01；"
          "已按 23.99 计分");
    CHECK(found[0].message.en ==
          "indicator \"困难群体应保尽保\" is rated partially achieved, so its score must lie in [18.00, 23.99] "
          "(60%–80% of its 30 points); it is 25.00, 1.01 above; scored as 23.99");
    CHECK(*jixiao::evaluate(doc).projects[0].scores.indicators[1].score == pts("23.99"));

    // Below the band, with a given score finer than the grid.
    first(doc).indicators[1].score = pts("17.995");
    found = findings_of(doc, "JX-I006");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actual == "17.995");
    CHECK(found[0].difference == "-0.005");
    CHECK(found[0].message.en.find("it is 17.995, 0.005 below; scored as 18.00") != std::string::npos);

    // Quiet at both ends of the band, and for a rating without a score.
    first(doc).indicators[1].score = pts("18");
    CHECK(findings_of(doc, "JX-I006").empty());
    first(doc).indicators[1].score = pts("23.99");
    CHECK(findings_of(doc, "JX-I006").empty());
    first(doc).indicators[1].score.reset();
    CHECK(findings_of(doc, "JX-I006").empty());
}

TEST_CASE("JX-I007: level-1 weights that differ from mof-2020's 50/30/10; sc-2023 never") {
    auto doc = clean_document();
    first(doc).indicators[0].weight = pts("45");
    first(doc).indicators[1].weight = pts("35");
    auto found = findings_of(doc, "JX-I007");
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == severity::info);
    CHECK(found[0].where.path == "projects[0].indicators");
    CHECK(found[0].expected == "50");
    CHECK(found[0].actual == "45");
    CHECK(found[0].difference == "-5");
    CHECK(found[0].message.zh == "产出指标分值合计 45，财预〔2020〕10号原则上为 50，少 5");
    CHECK(found[1].expected == "30");
    CHECK(found[1].actual == "35");
    CHECK(found[1].message.en == "effect indicators weigh 35 in total; MOF 2020 recommends 30 (+5)");

    // A cost level-1 (MOF 2021) is not in the recommendation: expected 0.
    doc = clean_document();
    first(doc).indicators.push_back(
        measured(indicator_level1::cost, indicator_level2::economic_cost, "成本控制", comparison::at_most, "100", "90", "5"));
    found = findings_of(doc, "JX-I007");
    REQUIRE(found.size() == 1);
    CHECK(found[0].expected == "0");
    CHECK(found[0].actual == "5");

    doc = clean_document();
    first(doc).indicators[0].weight = pts("45");
    jixiao::scheme s;
    s.preset = jixiao::scheme_preset::sc_2023;
    doc.scheme = s;
    CHECK(findings_of(doc, "JX-I007").empty());
    CHECK(findings_of(clean_document(), "JX-I007").empty());
}

TEST_CASE("JX-I008: a level-2 category under the wrong level-1") {
    auto doc = clean_document();
    first(doc).indicators[1].level2 = indicator_level2::quantity;  // quantity under effect
    auto found = findings_of(doc, "JX-I008");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::error);
    CHECK(found[0].where.path == "projects[0].indicators[1].level2");
    CHECK(found[0].expected == "output");
    CHECK(found[0].actual == "effect");
    CHECK(found[0].message.zh == "指标“困难群体应保尽保”的二级指标“数量指标”属于产出指标，不属于效益指标；请核对 level1 与 level2");

    first(doc).indicators[1].level2.reset();  // no level-2: nothing to check
    CHECK(findings_of(doc, "JX-I008").empty());
    CHECK(findings_of(clean_document(), "JX-I008").empty());
}

TEST_CASE("JX-I009: reported scores that differ from the computed ones") {
    auto doc = clean_document();
    first(doc).execution->used = money::parse("95000");  // 95% → 9.50
    first(doc).indicators[0].reported_score = pts("48");
    first(doc).indicators[1].reported_score = pts("30");
    jixiao::reported_scores r;
    r.execution_score = pts("10");
    first(doc).reported = r;
    auto found = findings_of(doc, "JX-I009");
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == severity::warning);
    CHECK(found[0].where.path == "projects[0].indicators[0].reported_score");
    CHECK(found[0].expected == "50.00");
    CHECK(found[0].actual == "48.00");
    CHECK(found[0].difference == "-2.00");
    CHECK(found[0].message.zh == "指标“代缴人数”：自评表填报得分 48.00，按公式应得 50.00，差 -2.00；请核对填报得分或计分依据");
    CHECK(found[1].where.path == "projects[0].reported.execution_score");
    CHECK(found[1].expected == "9.50");
    CHECK(found[1].actual == "10.00");
    CHECK(found[1].difference == "+0.50");
    CHECK(found[1].message.en ==
          "execution (execution rate 95.00%): the form reports 10.00, the formula gives 9.50 (difference +0.50); "
          "check the reported score or what it was scored on");

    // Quiet when they agree.
    first(doc).indicators[0].reported_score = pts("50.00");
    first(doc).reported->execution_score = pts("9.5");
    CHECK(findings_of(doc, "JX-I009").empty());

    // The printed total too: 9.50 + 50 + 30 + 10 = 99.50.
    first(doc).reported->total = pts("100");
    found = findings_of(doc, "JX-I009");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "projects[0].reported.total");
    CHECK(found[0].expected == "99.50");
    CHECK(found[0].actual == "100.00");
    CHECK(found[0].difference == "+0.50");
    CHECK(found[0].message.zh == "总分：自评表填报得分 100.00，按公式应得 99.50，差 +0.50；请核对填报得分或计分依据");
    first(doc).reported->total = pts("99.5");
    CHECK(findings_of(doc, "JX-I009").empty());
    first(doc).reported->total.reset();

    // A printed score for something jixiao leaves out.
    first(doc).indicators[2].not_applicable = true;
    first(doc).indicators[2].reported_score = pts("10");
    found = findings_of(doc, "JX-I009");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "projects[0].indicators[2].reported_score");
    CHECK_FALSE(found[0].expected);
    CHECK(found[0].message.en ==
          "indicator \"服务对象满意度\": the form reports 10.00 but it is marked not applicable, so it is not scored; check it");
}

TEST_CASE("JX-I010: the reported total must be the form's own sum of its reported parts") {
    auto doc = clean_document();
    jixiao::reported_scores r;
    r.execution_score = pts("10");
    r.total = pts("100");
    first(doc).reported = r;
    first(doc).indicators[0].reported_score = pts("50");
    first(doc).indicators[1].reported_score = pts("30");
    first(doc).indicators[2].reported_score = pts("10");
    CHECK(findings_of(doc, "JX-I010").empty());

    first(doc).reported->total = pts("98");
    auto found = findings_of(doc, "JX-I010");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::error);
    CHECK(found[0].where.path == "projects[0].reported.total");
    CHECK(found[0].expected == "100.00");
    CHECK(found[0].actual == "98.00");
    CHECK(found[0].difference == "-2.00");

    // A part missing: the sum cannot be redone, so the rule stays quiet.
    first(doc).indicators[1].reported_score.reset();
    CHECK(findings_of(doc, "JX-I010").empty());
    first(doc).indicators[1].reported_score = pts("30");
    first(doc).reported->execution_score.reset();
    CHECK(findings_of(doc, "JX-I010").empty());

    // A not-applicable indicator: the parts are rescaled over the applicable 90 points.
    doc = clean_document();
    first(doc).reported = r;
    first(doc).indicators[0].reported_score = pts("45");
    first(doc).indicators[1].reported_score = pts("30");
    first(doc).indicators[2].not_applicable = true;
    first(doc).reported->total = pts("94.44");  // (10 + 45 + 30) × 100 / 90 = 94.444…
    CHECK(findings_of(doc, "JX-I010").empty());
    first(doc).reported->total = pts("85");
    found = findings_of(doc, "JX-I010");
    REQUIRE(found.size() == 1);
    CHECK(found[0].expected == "94.44");
    CHECK(found[0].difference == "-9.44");
    CHECK(found[0].message.zh ==
          "自评表总分 85.00，但预算执行率得分 10.00 与各指标得分 75.00 之和为 85.00，按适用分值 90 折算为百分制为 94.44，"
          "差 -9.44；请核对 reported.total 与各项填报得分");
}

// A real 2022 county form: its indicator weights total 100 (not 90) on top of
// the execution weight 10, and the total it prints is not the sum of the
// scores it prints. Both contradictions must be raised.
TEST_CASE("a 2022 county form with indicators worth 100 and a total that is not its parts' sum") {
    jixiao::document doc;
    doc.unit = "某县农业农村局";
    doc.fiscal_year = 2022;
    jixiao::project p;
    p.id = "county-2022";
    p.name = "高标准农田建设项目";
    jixiao::budget b;
    b.adjusted = money::parse("120万");
    p.budget = b;
    jixiao::tranche t;
    t.level = jixiao::level::district;
    t.amount = money::parse("120万");
    p.tranches = {t};
    jixiao::execution e;
    e.used = money::parse("120万");
    p.execution = e;
    auto area = measured(indicator_level1::output, indicator_level2::quantity, "新建高标准农田面积", comparison::at_least,
                         "5000", "5000", "30");
    area.reported_score = pts("30");
    auto acceptance = measured(indicator_level1::output, indicator_level2::quality, "工程验收合格率", comparison::at_least,
                               "100", "100", "30");
    acceptance.reported_score = pts("30");
    auto yield = rated(indicator_level1::effect, indicator_level2::economic, "粮食产能提升", rating::achieved, "30");
    yield.score = pts("28");
    yield.reported_score = pts("28");
    yield.deviation = "部分地块次年方可见效";
    auto satisfaction = measured(indicator_level1::satisfaction, indicator_level2::beneficiary, "受益群众满意度",
                                 comparison::at_least, "90", "81", "10");
    satisfaction.reported_score = pts("9");
    satisfaction.deviation = "部分农户对施工进度不满意";
    p.indicators = {area, acceptance, yield, satisfaction};
    jixiao::reported_scores printed;
    printed.execution_score = pts("10");
    printed.total = pts("98");  // the parts make 10 + 30 + 30 + 28 + 9 = 107
    p.reported = printed;
    doc.projects = {p};

    const auto result = jixiao::evaluate(doc);
    const auto& card = result.projects[0].scores;
    CHECK(*card.execution == pts("10"));
    CHECK(*card.indicators_sum == pts("97"));
    CHECK(*card.total == pts("97.27"));  // on a 100-point scale: 107 × 100 / 110, never 107

    CHECK(rule_ids(doc) == std::vector<std::string>{"JX-I002", "JX-I007", "JX-I009", "JX-I010"});
    const auto i009 = findings_of(doc, "JX-I009");
    REQUIRE(i009.size() == 1);
    CHECK(i009[0].where.path == "projects[0].reported.total");
    CHECK(i009[0].expected == "97.27");
    CHECK(i009[0].actual == "98.00");
    const auto i002 = findings_of(doc, "JX-I002");
    REQUIRE(i002.size() == 1);
    CHECK(i002[0].expected == "90");
    CHECK(i002[0].actual == "100");
    CHECK(i002[0].difference == "+10");
    CHECK(i002[0].message.zh ==
          "各指标分值合计应为 90（100 − 预算执行率分值 10），实为 100，多 10；请核对各指标的 weight（不适用的指标也计入）");
    const auto i010 = findings_of(doc, "JX-I010");
    REQUIRE(i010.size() == 1);
    CHECK(i010[0].where.path == "projects[0].reported.total");
    CHECK(i010[0].expected == "97.27");
    CHECK(i010[0].actual == "98.00");
    CHECK(i010[0].difference == "+0.73");
    CHECK(i010[0].message.en ==
          "the form's total is 98.00 but the execution score 10.00 plus the indicator scores 97.00 make 107.00, "
          "rescaled to 100 over the applicable 110 points 97.27 (difference +0.73); check reported.total and the "
          "reported scores");
    const auto i007 = findings_of(doc, "JX-I007");
    REQUIRE(i007.size() == 1);
    CHECK(i007[0].expected == "50");
    CHECK(i007[0].actual == "60");
}

TEST_CASE("indicator rules can be switched off by id") {
    auto doc = clean_document();
    first(doc).indicators[0].weight = pts("40");
    auto book = jixiao::default_rule_book();
    book.disable("JX-I002");
    book.disable("JX-I007");
    const auto result = jixiao::evaluate(doc, book);
    for (const auto& f : result.projects[0].findings) CHECK(f.rule.rfind("JX-I", 0) != 0);
}
