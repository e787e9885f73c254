// Funds rules JX-F001…JX-F012: every rule fires on a document built to break
// it, and stays quiet on the boundary. Documents are built in C++, not read.

#include "../support/helpers.hpp"
#include <jixiao/evaluate.hpp>
#include <jixiao/rules/funds.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;

namespace {
using jixiao::testing::yuan;
using jixiao::testing::findings_of;
using jixiao::testing::the_project;


tranche make_tranche(std::string_view amount, std::optional<std::string_view> arrived = std::nullopt,
                     level at = level::provincial) {
    tranche t;
    t.level = at;
    t.source = fund_source::current_year;
    t.amount = yuan(amount);
    if (arrived) t.arrived = yuan(*arrived);
    return t;
}

// One project, fiscal year 2023, that passes every funds rule: adjusted budget
// 100000, one tranche of 100000 that arrived in full, all of it used.
document balanced() {
    document d;
    d.fiscal_year = 2023;
    project p;
    p.id = "p01";
    p.name = "困难群众社会保险代缴资金";
    p.budget = jixiao::budget{};
    p.budget->adjusted = yuan("100000");
    p.tranches.push_back(make_tranche("100000", "100000"));
    p.execution = jixiao::execution{};
    p.execution->used = yuan("100000");
    p.execution->carried_forward = yuan("0");
    p.execution->reduced = yuan("0");
    p.execution->recovered = yuan("0");
    p.execution->surplus = yuan("0");
    d.projects.push_back(p);
    return d;
}

jixiao::execution& exec(document& d) { return *d.projects.front().execution; }

// Sets budget, one tranche and the disposition in one go (adjusted "" = none).
void set_funds(document& d, std::string_view adjusted, std::string_view amount, std::string_view used,
               std::string_view carried_forward = "0", std::string_view reduced = "0") {
    project& p = the_project(d);
    if (adjusted.empty()) p.budget.reset();
    else p.budget = jixiao::budget{std::nullopt, yuan(adjusted), {}};
    p.tranches = {make_tranche(amount, amount)};
    exec(d).used = yuan(used);
    exec(d).carried_forward = yuan(carried_forward);
    exec(d).reduced = yuan(reduced);
}

reported_percentage reported(std::string text, std::optional<int> decimals) {
    return {ratio::parse(text), decimals, text};
}

// The funds rules alone: the other families (indicators, cost sharing) have their own tests.
rule_book funds_book() {
    rule_book book;
    for (auto& r : jixiao::rules::funds_rules()) book.add(std::move(r));
    return book;
}

std::vector<finding> all_findings(const document& d, const rule_book& book = funds_book()) {
    std::vector<finding> out;
    const auto result = evaluate(d, book);
    for (const auto& p : result.projects) out.insert(out.end(), p.findings.begin(), p.findings.end());
    return out;
}


// Runs one rule alone, as a user's book of one would.
std::vector<finding> run_alone(rule r, const document& d) {
    rule_book book;
    book.add(std::move(r));
    return all_findings(d, book);
}

void check_finding(const finding& f, std::string_view rule_id, severity s, std::string_view path,
                   std::optional<std::string> expected, std::optional<std::string> actual,
                   std::optional<std::string> difference) {
    CHECK(f.rule == rule_id);
    CHECK(f.severity == s);
    CHECK(f.where.path == path);
    CHECK(f.expected == expected);
    CHECK(f.actual == actual);
    CHECK(f.difference == difference);
}

}  // namespace

TEST_CASE("the funds rules are listed in catalogue order with their severities") {
    const auto rules = jixiao::rules::funds_rules();
    const std::vector<std::pair<std::string, severity>> expected{
        {"JX-F001", severity::error},   {"JX-F002", severity::warning}, {"JX-F003", severity::error},
        {"JX-F004", severity::error},   {"JX-F005", severity::warning}, {"JX-F006", severity::info},
        {"JX-F007", severity::warning}, {"JX-F008", severity::error},   {"JX-F009", severity::warning},
        {"JX-F010", severity::error},   {"JX-F011", severity::error},   {"JX-F012", severity::error}};
    REQUIRE(rules.size() == expected.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(rules[i].info.id == expected[i].first);
        CHECK(rules[i].info.severity == expected[i].second);
        CHECK_FALSE(rules[i].info.summary.zh.empty());
        CHECK_FALSE(rules[i].info.summary.en.empty());
        CHECK(static_cast<bool>(rules[i].check_project));
    }
    CHECK(rules[4].info.summary.en == "execution rate below 90.00% and no deviation explains it");
}

TEST_CASE("a project whose funds agree raises no funds finding") {
    CHECK(all_findings(balanced()).empty());
}

// ---- JX-F001 -----------------------------------------------------------------

TEST_CASE("JX-F001 fires when more is used than arrived") {
    document d = balanced();
    exec(d).used = yuan("108200");
    const auto found = findings_of(d, "JX-F001");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F001", severity::error, "projects[0].execution.used", "100000.00", "108200.00",
                  "8200.00");
    CHECK(found[0].message.en ==
          "used 108200.00 exceeds the 100000.00 available by 8200.00; check execution.used against the tranches' "
          "arrived amounts");
    CHECK(found[0].message.zh ==
          "使用资金 108200.00 元超过到位资金 100000.00 元，多出 8200.00 元；请核对 execution.used 与各笔资金的到位数");
}

TEST_CASE("JX-F001 is quiet when exactly what arrived is used, or less, and when no tranche says what arrived") {
    document d = balanced();
    CHECK(findings_of(d, "JX-F001").empty());
    exec(d).used = yuan("99999.99");
    CHECK(findings_of(d, "JX-F001").empty());
    // A form gives the budget and what was spent, no tranche: what arrived is unknown, not 0.
    the_project(d).tranches.clear();
    exec(d).used = yuan("108200");
    CHECK(findings_of(d, "JX-F001").empty());
}

// ---- JX-F002 -----------------------------------------------------------------

TEST_CASE("JX-F002 fires when more arrived than the adjusted budget") {
    document d = balanced();
    the_project(d).budget->adjusted = yuan("90000");
    const auto found = findings_of(d, "JX-F002");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F002", severity::warning, "projects[0].budget.adjusted", "90000.00", "100000.00",
                  "10000.00");
    CHECK(found[0].message.en ==
          "available 100000.00 exceeds the adjusted budget 90000.00 by 10000.00; check budget.adjusted against the "
          "tranches' arrived amounts");
}

TEST_CASE("JX-F002 is quiet at the budget and without an adjusted budget (JX-F010 covers that)") {
    document d = balanced();
    CHECK(findings_of(d, "JX-F002").empty());
    // No adjusted budget: available 120000 > Σ amounts 100000 only because a
    // tranche over-arrived; that is JX-F010's finding, not a second one here.
    the_project(d).budget.reset();
    the_project(d).tranches[0].arrived = yuan("120000");
    exec(d).used = yuan("120000");
    CHECK(findings_of(d, "JX-F002").empty());
    CHECK(findings_of(d, "JX-F010").size() == 1);
}

TEST_CASE("JX-F002 nets out the money stated as cut or handed back") {
    document d = balanced();
    the_project(d).budget->adjusted = yuan("90000");
    exec(d).reduced = yuan("10000");  // 下达10万元，调减1万元，全年预算9万元
    CHECK(findings_of(d, "JX-F002").empty());
    exec(d).reduced.reset();
    exec(d).recovered = yuan("10000");
    CHECK(findings_of(d, "JX-F002").empty());
    exec(d).recovered = yuan("4000");  // 6000.00 still over the budget
    CHECK(findings_of(d, "JX-F002").size() == 1);
}

// ---- JX-F003 -----------------------------------------------------------------

TEST_CASE("JX-F003 fires when money is unaccounted for, showing every term") {
    document d = balanced();
    exec(d).used = yuan("50000");
    exec(d).carried_forward = yuan("20000");
    const auto found = findings_of(d, "JX-F003");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F003", severity::error, "projects[0].execution", "100000.00", "70000.00",
                  "-30000.00");
    CHECK(found[0].message.en ==
          "funds do not balance: available 100000.00, accounted for used 50000.00 + carried_forward 20000.00 + "
          "reduced 0.00 + recovered 0.00 + surplus 0.00 = 70000.00, 30000.00 unaccounted for; check execution "
          "against the tranches' arrived amounts");
    CHECK(found[0].message.zh ==
          "资金不平衡：到位资金 100000.00 元，去向合计 使用 50000.00 + 结转 20000.00 + 调减 0.00 + 收回 0.00 + "
          "结余 0.00 = 70000.00 元，尚有 30000.00 元去向不明；请核对 execution 各项与各笔资金的到位数");
}

TEST_CASE("JX-F003 fires when more is accounted for than arrived") {
    document d = balanced();
    exec(d).reduced = yuan("5000");
    exec(d).recovered = yuan("1000");
    exec(d).surplus = yuan("0.50");
    const auto found = findings_of(d, "JX-F003");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F003", severity::error, "projects[0].execution", "100000.00", "106000.50",
                  "6000.50");
    CHECK(found[0].message.en ==
          "funds do not balance: available 100000.00, accounted for used 100000.00 + carried_forward 0.00 + "
          "reduced 5000.00 + recovered 1000.00 + surplus 0.50 = 106000.50, 6000.50 more than available; check "
          "execution against the tranches' arrived amounts");
}

TEST_CASE("JX-F003 counts absent disposition fields as 0, but needs used to be stated") {
    document d = balanced();
    exec(d) = jixiao::execution{};
    exec(d).used = yuan("60000");
    exec(d).reduced = yuan("40000");
    CHECK(findings_of(d, "JX-F003").empty());

    // Only used is stated: the absent carried_forward … surplus count as 0, leaving 40000 unaccounted for.
    exec(d).reduced.reset();
    const auto found = findings_of(d, "JX-F003");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F003", severity::error, "projects[0].execution", "100000.00", "60000.00",
                  "-40000.00");
    // What nobody stated is shown as not stated, not as 0.00 (domain §9), and said to count as 0.
    CHECK(found[0].message.zh ==
          "资金不平衡：到位资金 100000.00 元，去向合计 使用 60000.00 + 结转 未说明 + 调减 未说明 + 收回 未说明 + "
          "结余 未说明 = 60000.00 元（未说明的按 0 计），尚有 40000.00 元去向不明；请核对 execution 各项与各笔资金的到位数");
    CHECK(found[0].message.en ==
          "funds do not balance: available 100000.00, accounted for used 60000.00 + carried_forward not stated + "
          "reduced not stated + recovered not stated + surplus not stated = 60000.00 (figures not stated count as 0), "
          "40000.00 unaccounted for; check execution against the tranches' arrived amounts");

    // No execution at all: used is unknown, not 0, so nothing is claimed to be out of balance.
    the_project(d).execution.reset();
    CHECK(findings_of(d, "JX-F003").empty());
    // Nor without any tranche: what arrived is unknown.
    exec(d) = jixiao::execution{};
    exec(d).used = yuan("60000");
    the_project(d).tranches.clear();
    CHECK(findings_of(d, "JX-F003").empty());
}

// ---- JX-F004 -----------------------------------------------------------------

TEST_CASE("JX-F004 fires on a whole-percent report that rounds differently") {
    document d = balanced();
    set_funds(d, "90000", "90000", "1000", "0", "89000");  // 1000 / 90000 = 1.11%
    exec(d).reported_rate = reported("0%", 0);
    const auto found = findings_of(d, "JX-F004");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F004", severity::error, "projects[0].execution.reported_rate", "1%", "0%", "-1%");
    CHECK(found[0].message.en ==
          "reported_rate 0% differs from the computed rate: used 1000.00 / the adjusted budget 90000.00 = 1.11%; "
          "rounded half away from zero to the reported 0 decimals it reads 1%, a difference of -1%; check "
          "execution.reported_rate, execution.used and budget.adjusted");
    CHECK(found[0].message.zh ==
          "报告的预算执行率 0% 与计算值不符：使用资金 1000.00 元 ÷ 调整后预算数 90000.00 元 = 1.11%，"
          "按报告的精度（0 位小数）四舍五入应为 1%，相差 -1%；请核对 execution.reported_rate、execution.used 与 "
          "budget.adjusted");
    CHECK(findings_of(d, "JX-F003").empty());  // the set-up itself balances
}

TEST_CASE("JX-F004 is quiet when the report is right at its own precision") {
    document d = balanced();
    SUBCASE("0% against 0.0001%") {
        set_funds(d, "90000", "90000", "0.09", "0", "89999.91");  // 9 fen of 9000000 fen
        exec(d).reported_rate = reported("0%", 0);
    }
    SUBCASE("66.67% against 2/3") {
        set_funds(d, "", "300000", "200000", "100000");
        exec(d).reported_rate = reported("66.67%", 2);
    }
    SUBCASE("66.7% against 2/3") {
        set_funds(d, "", "300000", "200000", "100000");
        exec(d).reported_rate = reported("66.7%", 1);
    }
    SUBCASE("67% against 2/3") {
        set_funds(d, "", "300000", "200000", "100000");
        exec(d).reported_rate = reported("67%", 0);
    }
    SUBCASE("1% against exactly 0.5%: 四舍五入 rounds the half up") {
        set_funds(d, "200", "200", "1", "199");
        exec(d).reported_rate = reported("1%", 0);
    }
    SUBCASE("an exact 7/20 against 35%") {
        set_funds(d, "", "100000", "35000", "65000");
        exec(d).reported_rate = reported("7/20", std::nullopt);
    }
    SUBCASE("100% against 100%") {
        exec(d).reported_rate = reported("100%", 0);
    }
    SUBCASE("no reported rate") {
        set_funds(d, "", "300000", "200000", "100000");
    }
    CHECK(findings_of(d, "JX-F004").empty());
}

TEST_CASE("JX-F004 fires when the report is wrong at its own precision") {
    document d = balanced();
    SUBCASE("66.66% against 2/3 (truncated, not rounded)") {
        set_funds(d, "", "300000", "200000", "100000");
        exec(d).reported_rate = reported("66.66%", 2);
        const auto found = findings_of(d, "JX-F004");
        REQUIRE(found.size() == 1);
        check_finding(found[0], "JX-F004", severity::error, "projects[0].execution.reported_rate", "66.67%",
                      "66.66%", "-0.01%");
        CHECK(found[0].message.en ==
              "reported_rate 66.66% differs from the computed rate: used 200000.00 / the tranches' total (no "
              "adjusted budget given) 300000.00 = 66.67%; rounded half away from zero to the reported 2 decimals it "
              "reads 66.67%, a difference of -0.01%; check execution.reported_rate, execution.used and "
              "budget.adjusted");
    }
    SUBCASE("0% against exactly 0.5%") {
        set_funds(d, "200", "200", "1", "199");
        exec(d).reported_rate = reported("0%", 0);
        const auto found = findings_of(d, "JX-F004");
        REQUIRE(found.size() == 1);
        check_finding(found[0], "JX-F004", severity::error, "projects[0].execution.reported_rate", "1%", "0%",
                      "-1%");
    }
    SUBCASE("an exact 66.67% against 2/3") {
        set_funds(d, "", "300000", "200000", "100000");
        exec(d).reported_rate = reported("66.67%", std::nullopt);
        const auto found = findings_of(d, "JX-F004");
        REQUIRE(found.size() == 1);
        // 66.67 − 200/3 = 1/300 of a percent.
        check_finding(found[0], "JX-F004", severity::error, "projects[0].execution.reported_rate", "200/3%",
                      "66.67%", "1/300%");
        CHECK(found[0].message.en ==
              "reported_rate 66.67% differs from the computed rate: used 200000.00 / the tranches' total (no "
              "adjusted budget given) 300000.00 = 66.67%; exactly it is 200/3%, a difference of 1/300%; check "
              "execution.reported_rate, execution.used and budget.adjusted");
    }
    SUBCASE("100% when 95% was used") {
        exec(d).used = yuan("95000");
        exec(d).surplus = yuan("5000");
        exec(d).reported_rate = reported("100%", 0);
        const auto found = findings_of(d, "JX-F004");
        REQUIRE(found.size() == 1);
        check_finding(found[0], "JX-F004", severity::error, "projects[0].execution.reported_rate", "95%", "100%",
                      "5%");
    }
}

TEST_CASE("JX-F004 fires on a reported rate when the budget is zero: there is no rate to report") {
    document d = balanced();
    the_project(d).budget.emplace();
    the_project(d).budget->adjusted = money{};  // stated as 0 (with no tranche and no budget, nothing is stated: quiet)
    the_project(d).tranches.clear();
    exec(d) = jixiao::execution{};
    exec(d).used = money{};  // stated as 0: a rate could be claimed, but there is no budget to divide by
    exec(d).reported_rate = reported("0%", 0);
    const auto found = findings_of(d, "JX-F004");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F004", severity::error, "projects[0].execution.reported_rate", "无/none", "0%",
                  std::nullopt);
    CHECK(found[0].message.en ==
          "reported_rate is 0% but there is no execution rate: the adjusted budget is "
          "0.00; check budget.adjusted and the tranches, or remove execution.reported_rate");
    CHECK(found[0].message.zh ==
          "报告的预算执行率为 0%，但无法计算执行率：调整后预算数为 0.00 元；"
          "请核对 budget.adjusted 与各笔下达资金，或删去 execution.reported_rate");
}

// ---- JX-F005 -----------------------------------------------------------------

TEST_CASE("JX-F005 fires below 90% without a deviation") {
    document d = balanced();
    set_funds(d, "", "300000", "200000", "100000");
    const auto found = findings_of(d, "JX-F005");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F005", severity::warning, "projects[0].execution.deviation", "90.00%", "66.67%",
                  "-23.33%");
    CHECK(found[0].message.en ==
          "execution rate 66.67% is below 90.00% by 23.33% and no deviation explains it; give the reason and "
          "remedy in execution.deviation");
    CHECK(found[0].message.zh ==
          "预算执行率 66.67% 低于 90.00%，低 23.33%，但未说明偏差原因；请在 execution.deviation 填写偏差原因分析及改进措施");
}

TEST_CASE("JX-F005 fires just below 90%, and when the deviation is blank") {
    document d = balanced();
    set_funds(d, "", "100000", "89990", "10010");
    SUBCASE("no deviation") {}
    SUBCASE("spaces, an ideographic space and a newline explain nothing") {
        exec(d).deviation = " \u3000\n\t";
    }
    SUBCASE("empty text explains nothing") {
        exec(d).deviation = "";
    }
    const auto found = findings_of(d, "JX-F005");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F005", severity::warning, "projects[0].execution.deviation", "90.00%", "89.99%",
                  "-0.01%");
}

TEST_CASE("JX-F005 fires on a project that used nothing (rate 0%), not on one that does not say") {
    document d = balanced();
    exec(d) = jixiao::execution{};
    exec(d).used = money{};
    const auto found = findings_of(d, "JX-F005");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F005", severity::warning, "projects[0].execution.deviation", "90.00%", "0.00%",
                  "-90.00%");
    // No execution at all: used is unknown, so there is no rate to fall short (unknown is not zero).
    the_project(d).execution.reset();
    CHECK(findings_of(d, "JX-F005").empty());
}

TEST_CASE("JX-F005 is quiet at exactly 90%, with a deviation, and without a rate") {
    document d = balanced();
    SUBCASE("exactly 90%") { set_funds(d, "", "100000", "90000", "10000"); }
    SUBCASE("a deviation explains 0%") {
        set_funds(d, "900000", "900000", "0", "0", "900000");
        exec(d).deviation = "因财政资金紧张";
    }
    SUBCASE("zero budget: no rate") {
        the_project(d).budget.reset();
        the_project(d).tranches.clear();
        exec(d) = jixiao::execution{};
    }
    CHECK(findings_of(d, "JX-F005").empty());
}

TEST_CASE("JX-F005 takes another threshold when a user builds it with one") {
    document d = balanced();
    set_funds(d, "", "100000", "85000", "15000");
    CHECK(run_alone(jixiao::rules::jx_f005(ratio::percent(80)), d).empty());
    const auto found = run_alone(jixiao::rules::jx_f005(ratio::percent(95)), d);
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F005", severity::warning, "projects[0].execution.deviation", "95.00%", "85.00%",
                  "-10.00%");
}

TEST_CASE("rule_book::disable(\"JX-F005\") silences it and leaves the other rules running") {
    document d = balanced();
    set_funds(d, "", "300000", "200000", "100000");
    exec(d).reported_rate = reported("70%", 0);
    rule_book book = funds_book();
    book.disable("JX-F005");
    const auto found = all_findings(d, book);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "JX-F004");
    CHECK(findings_of(d, "JX-F005").size() == 1);  // the default book still has it
}

TEST_CASE("disabling an unknown rule id is an error that says where to find the ids") {
    rule_book book = default_rule_book();
    CHECK_THROWS_WITH(book.disable("JX-F999"), "no rule has the id JX-F999 (jixiao rules lists them)");
    try {
        book.disable("JX-F0O5");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(language::zh) == "没有编号为 JX-F0O5 的规则（jixiao rules 列出全部规则）");
    }
}

TEST_CASE("a user-defined rule added to the book runs with the funds rules") {
    rule mine{{"MY-001", severity::info, {"项目使用资金超过 5 万元", "the project used more than 50000"}},
              [](const project_context& c, finding_sink& out) {
                  if (c.funds.used > yuan("50000"))
                      out.report(c.path("execution.used"), {"使用资金较多", "a large amount used"}, "50000.00",
                                 to_string(c.funds.used));
              },
              {}};
    rule_book book = funds_book();
    book.add(std::move(mine));
    const auto found = all_findings(balanced(), book);
    REQUIRE(found.size() == 1);
    check_finding(found[0], "MY-001", severity::info, "projects[0].execution.used", "50000.00", "100000.00",
                  std::nullopt);
    CHECK(found[0].message.en == "a large amount used");
    CHECK_THROWS_WITH(book.add(jixiao::rules::jx_f001()), "duplicate rule id: JX-F001");
}

// ---- JX-F006 -----------------------------------------------------------------

namespace {
// p05 of the report book: 14100 arrived 2023年12月底 and was all carried forward.
document late_money(date arrival, std::string_view carried_forward = "14100") {
    document d = balanced();
    set_funds(d, "", "14100", "0", carried_forward, "0");
    if (carried_forward != "14100") exec(d).reduced = yuan("14100") - yuan(carried_forward);
    exec(d).deviation = "资金12月底到位";
    the_project(d).tranches[0].arrival_date = arrival;
    return d;
}
}  // namespace

TEST_CASE("JX-F006 notes a tranche that arrived in December while money is carried forward") {
    const document d = late_money(date(2023, 12, 31));
    CHECK(findings_of(d, "JX-F003").empty());
    const auto found = findings_of(d, "JX-F006");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F006", severity::info, "projects[0].tranches[0].arrival_date", "2023-11-30",
                  "2023-12-31", "P31D");
    CHECK(found[0].message.en ==
          "tranches[0] (provincial, 14100.00 arrived) arrived on 2023-12-31, in the last month of fiscal year 2023 "
          "(31 days after 2023-11-30); the project carries 14100.00 forward, which the late arrival may explain; "
          "check tranches[0].arrival_date and execution.carried_forward");
    CHECK(found[0].message.zh ==
          "tranches[0]（省级，到位 14100.00 元）于 2023-12-31 到位，已在 2023 年度最后一个月（比 2023-11-30 晚 31 天）；"
          "项目结转 14100.00 元，可能与资金晚到有关；请核对 tranches[0].arrival_date 与 execution.carried_forward");
}

TEST_CASE("JX-F006: 1 December is late, 30 November is not") {
    const auto on_first = findings_of(late_money(date(2023, 12, 1)), "JX-F006");
    REQUIRE(on_first.size() == 1);
    check_finding(on_first[0], "JX-F006", severity::info, "projects[0].tranches[0].arrival_date", "2023-11-30",
                  "2023-12-01", "P1D");
    CHECK(findings_of(late_money(date(2023, 11, 30)), "JX-F006").empty());
    // Money that reached the unit only in the next year is late too.
    const auto next_year = findings_of(late_money(date(2024, 1, 15)), "JX-F006");
    REQUIRE(next_year.size() == 1);
    CHECK(next_year[0].difference == "P46D");
}

TEST_CASE("JX-F006 gives one finding per late tranche") {
    document d = late_money(date(2023, 12, 31), "30000");
    the_project(d).tranches = {make_tranche("10000", "10000", level::municipal),
                               make_tranche("20000", "20000", level::district),
                               make_tranche("5000", "5000", level::provincial)};
    the_project(d).tranches[0].arrival_date = date(2023, 12, 20);
    the_project(d).tranches[1].arrival_date = date(2023, 12, 28);
    the_project(d).tranches[2].arrival_date = date(2023, 6, 1);
    exec(d).used = yuan("5000");
    exec(d).reduced = yuan("0");
    const auto found = findings_of(d, "JX-F006");
    REQUIRE(found.size() == 2);
    check_finding(found[0], "JX-F006", severity::info, "projects[0].tranches[0].arrival_date", "2023-11-30",
                  "2023-12-20", "P20D");
    check_finding(found[1], "JX-F006", severity::info, "projects[0].tranches[1].arrival_date", "2023-11-30",
                  "2023-12-28", "P28D");
}

TEST_CASE("JX-F006 is quiet when nothing is carried forward or no arrival date is given") {
    document d = late_money(date(2023, 12, 31), "0");  // all 14100 reduced instead
    CHECK(findings_of(d, "JX-F006").empty());
    d = late_money(date(2023, 12, 31));
    the_project(d).tranches[0].arrival_date.reset();
    CHECK(findings_of(d, "JX-F006").empty());
    // The previous year's December is not late in this fiscal year.
    CHECK(findings_of(late_money(date(2022, 12, 31)), "JX-F006").empty());
}

// ---- JX-F007 -----------------------------------------------------------------

namespace {
// A 2021 tranche of 20000 and a 2023 tranche of 30000; 30000 used, `carried` forward.
document old_money(std::optional<int> old_year, std::string_view carried = "20000") {
    document d = balanced();
    project& p = the_project(d);
    p.budget.reset();
    p.tranches = {make_tranche("20000", "20000"), make_tranche("30000", "30000", level::district)};
    p.tranches[0].year = old_year;
    exec(d).used = yuan("50000") - yuan(carried);
    exec(d).carried_forward = yuan(carried);
    exec(d).deviation = "项目跨年度实施";
    return d;
}
}  // namespace

TEST_CASE("JX-F007 fires on a tranche from fiscal_year − 2 that is still carried forward") {
    const document d = old_money(2021);
    CHECK(findings_of(d, "JX-F003").empty());
    const auto found = findings_of(d, "JX-F007");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F007", severity::warning, "projects[0].tranches[0].year", "0.00", "20000.00",
                  "20000.00");
    CHECK(found[0].message.en ==
          "tranches[0] was allocated in 2021 (20000.00 arrived), two or more years before fiscal year 2023, yet the "
          "project still carries 20000.00 forward, up to 20000.00 of it from this tranche; money unspent for two "
          "consecutive years is surplus and due for recovery (MOF 2016, 财预〔2016〕18号), so 0.00 should be carried; "
          "check tranches[0].year and execution.carried_forward, and report what was taken back in "
          "execution.recovered");
    CHECK(found[0].message.zh ==
          "tranches[0] 于 2021 年下达（到位 20000.00 元），至 2023 年度已满两年，项目仍结转 20000.00 元，其中最多 "
          "20000.00 元可能来自这笔资金；按财预〔2016〕18号，连续两年未用完的资金应作为结余资金收回，应结转 0.00 元；"
          "请核对 tranches[0].year 与 execution.carried_forward，已收回的记入 execution.recovered");
}

TEST_CASE("JX-F007 puts at most what is carried forward at risk") {
    const auto found = findings_of(old_money(2020, "5000"), "JX-F007");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F007", severity::warning, "projects[0].tranches[0].year", "0.00", "5000.00",
                  "5000.00");
    CHECK(found[0].message.en.find("allocated in 2020") != std::string::npos);
    CHECK(found[0].message.en.find("carries 5000.00 forward, up to 5000.00 of it") != std::string::npos);
}

TEST_CASE("JX-F007 is quiet for fiscal_year − 1, the default years, and nothing carried forward") {
    CHECK(findings_of(old_money(2022), "JX-F007").empty());
    CHECK(findings_of(old_money(std::nullopt), "JX-F007").empty());  // default: the document's year
    document prior = old_money(std::nullopt);
    the_project(prior).tranches[0].source = fund_source::prior_year;  // default: fiscal_year − 1
    CHECK(findings_of(prior, "JX-F007").empty());
    CHECK(findings_of(old_money(2021, "0"), "JX-F007").empty());
    // Nothing of the old tranche arrived, so none of it can be carried.
    document none_arrived = old_money(2021, "10000");
    the_project(none_arrived).tranches[0].arrived = yuan("0");
    exec(none_arrived).used = yuan("20000");
    CHECK(findings_of(none_arrived, "JX-F007").empty());
}

TEST_CASE("JX-F007 fires on an explicitly old prior-year tranche") {
    document d = old_money(2021);
    the_project(d).tranches[0].source = fund_source::prior_year;
    const auto found = findings_of(d, "JX-F007");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "projects[0].tranches[0].year");
}

// ---- JX-F008 -----------------------------------------------------------------

TEST_CASE("JX-F008 fires when the items do not add up to used") {
    document d = balanced();
    exec(d).items = {{"代缴养老保险费", yuan("60000"), {}}, {"代缴医疗保险费", yuan("30000"), {}}};
    const auto found = findings_of(d, "JX-F008");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F008", severity::error, "projects[0].execution.items", "100000.00", "90000.00",
                  "-10000.00");
    CHECK(found[0].message.en ==
          "execution.items add up to 90000.00, not the 100000.00 used, a difference of -10000.00; check each "
          "amount in execution.items against execution.used");
    CHECK(found[0].message.zh ==
          "支出明细合计 90000.00 元，与使用资金 100000.00 元不符，相差 -10000.00 元；请核对 execution.items "
          "各项金额与 execution.used");
}

TEST_CASE("JX-F008 is quiet when the items add up, or none are given, or no used is stated") {
    document d = balanced();
    CHECK(findings_of(d, "JX-F008").empty());
    exec(d).items = {{"代缴养老保险费", yuan("60000"), {}}, {"代缴医疗保险费", yuan("40000"), {}}};
    CHECK(findings_of(d, "JX-F008").empty());
    // Items with no used beside them (what an allocation is for): nothing to compare them with,
    // not a used of 0 (unknown is not zero).
    exec(d).items = {{"代缴养老保险费", yuan("60000"), {}}};
    exec(d).used.reset();
    CHECK(findings_of(d, "JX-F008").empty());
}

// ---- JX-F009 -----------------------------------------------------------------

TEST_CASE("JX-F009 fires when the adjusted budget differs from the tranches' total") {
    document d = balanced();
    the_project(d).budget->adjusted = yuan("110000");
    const auto found = findings_of(d, "JX-F009");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F009", severity::warning, "projects[0].budget.adjusted", "100000.00", "110000.00",
                  "10000.00");
    CHECK(found[0].message.en ==
          "the adjusted budget 110000.00 differs from the tranches' total 100000.00 by 10000.00; check "
          "budget.adjusted against the tranches' amounts");
}

TEST_CASE("JX-F009 is quiet without an adjusted budget, or when it matches") {
    document d = balanced();
    CHECK(findings_of(d, "JX-F009").empty());
    the_project(d).budget->adjusted.reset();
    the_project(d).budget->initial = yuan("700000");  // the initial budget is not compared
    CHECK(findings_of(d, "JX-F009").empty());
}

TEST_CASE("JX-F009 takes the budget after a stated cut as agreeing with the tranches") {
    document d = balanced();
    the_project(d).budget->adjusted = yuan("60000");
    exec(d).reduced = yuan("40000");  // 下达10万元，调减4万元，全年实际下达6万元
    CHECK(findings_of(d, "JX-F009").empty());
    exec(d).reduced = yuan("30000");
    const auto found = findings_of(d, "JX-F009");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F009", severity::warning, "projects[0].budget.adjusted", "100000.00", "60000.00",
                  "-40000.00");
    // 收回 is money handed back after it came, not a cut of the budget.
    exec(d).reduced.reset();
    exec(d).recovered = yuan("40000");
    CHECK(findings_of(d, "JX-F009").size() == 1);
}

// ---- JX-F010 -----------------------------------------------------------------

TEST_CASE("JX-F010 fires on a tranche that arrived more than was allocated") {
    document d = balanced();
    the_project(d).tranches = {make_tranche("90000", "90000"), make_tranche("10000", "12000", level::district)};
    const auto found = findings_of(d, "JX-F010");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F010", severity::error, "projects[0].tranches[1].arrived", "10000.00", "12000.00",
                  "2000.00");
    CHECK(found[0].message.en ==
          "tranches[1] arrived 12000.00, more than its amount 10000.00 by 2000.00; check tranches[1].arrived "
          "against tranches[1].amount");
}

TEST_CASE("JX-F010 is quiet when a tranche arrived in full, in part, or gives no arrived amount") {
    document d = balanced();
    the_project(d).tranches = {make_tranche("50000", "50000"), make_tranche("30000", "20000"),
                               make_tranche("30000")};
    CHECK(findings_of(d, "JX-F010").empty());
}

// ---- JX-F011 -----------------------------------------------------------------

TEST_CASE("JX-F011 fires when more is used than the budget") {
    document d = balanced();
    the_project(d).tranches[0].arrived = yuan("120000");
    exec(d).used = yuan("120000");
    const auto found = findings_of(d, "JX-F011");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F011", severity::error, "projects[0].execution.used", "100000.00", "120000.00",
                  "20000.00");
    CHECK(found[0].message.en ==
          "used 120000.00 exceeds the adjusted budget 100000.00 by 20000.00 (an execution rate of 120.00%); check "
          "execution.used against budget.adjusted");
    CHECK(found[0].message.zh ==
          "使用资金 120000.00 元超过调整后预算数 100000.00 元，多出 20000.00 元（执行率 120.00%）；请核对 "
          "execution.used 与 budget.adjusted");
}

TEST_CASE("JX-F011 fires against the tranches' total, and against a zero budget") {
    document d = balanced();
    SUBCASE("no adjusted budget") {
        the_project(d).budget.reset();
        exec(d).used = yuan("100000.01");
        const auto found = findings_of(d, "JX-F011");
        REQUIRE(found.size() == 1);
        check_finding(found[0], "JX-F011", severity::error, "projects[0].execution.used", "100000.00",
                      "100000.01", "0.01");
        CHECK(found[0].message.en ==
              "used 100000.01 exceeds the tranches' total (no adjusted budget given) 100000.00 by 0.01 (an "
              "execution rate of 100.00%); check execution.used against the tranches' amounts");
    }
    SUBCASE("a zero adjusted budget") {
        the_project(d).budget->adjusted = yuan("0");
        const auto found = findings_of(d, "JX-F011");
        REQUIRE(found.size() == 1);
        check_finding(found[0], "JX-F011", severity::error, "projects[0].execution.used", "0.00", "100000.00",
                      "100000.00");
        CHECK(found[0].message.en ==
              "used 100000.00 exceeds the adjusted budget 0.00 by 100000.00 (no execution rate, the budget being "
              "zero); check execution.used against budget.adjusted");
    }
}

TEST_CASE("JX-F011 is quiet at exactly 100%") {
    document d = balanced();
    CHECK(findings_of(d, "JX-F011").empty());
    the_project(d).budget.reset();
    CHECK(findings_of(d, "JX-F011").empty());
}

TEST_CASE("findings of one project come ordered by rule id, then path") {
    document d = balanced();
    the_project(d).budget->adjusted = yuan("90000");  // F002, F009, F011
    the_project(d).tranches[0].arrived = yuan("120000");  // F010, F003
    exec(d).used = yuan("130000");  // F001
    std::vector<std::string> ids;
    for (const auto& f : all_findings(d)) ids.push_back(f.rule);
    CHECK(ids == std::vector<std::string>{"JX-F001", "JX-F002", "JX-F003", "JX-F009", "JX-F010", "JX-F011"});
    const auto result = evaluate(d, funds_book());
    CHECK(result.summary.errors == 4);
    CHECK(result.summary.warnings == 2);
    CHECK(result.summary.infos == 0);
}

// ---- JX-F012 -----------------------------------------------------------------

namespace {
reported_percentage printed_percent(std::string_view text, const char* value, int decimals) {
    return reported_percentage{ratio::parse(value), decimals, std::string(text)};
}
}  // namespace

TEST_CASE("JX-F012 fires when the stated arrival rate differs from arrived / allocated at its precision") {
    document d = balanced();
    the_project(d).tranches = {make_tranche("50000", "20000"), make_tranche("30000", "30000")};  // 50000 / 80000 = 62.5%
    exec(d).used = yuan("50000");
    the_project(d).reported_arrival_rate = printed_percent("60%", "0.6", 0);
    const auto found = findings_of(d, "JX-F012");
    REQUIRE(found.size() == 1);
    check_finding(found[0], "JX-F012", severity::error, "projects[0].reported_arrival_rate", "63%", "60%", "-3%");
}

TEST_CASE("JX-F012 is quiet at the stated precision, and when nothing is stated to compute from") {
    document d = balanced();
    the_project(d).tranches = {make_tranche("50000", "20000"), make_tranche("30000", "30000")};
    exec(d).used = yuan("50000");
    the_project(d).reported_arrival_rate = printed_percent("63%", "0.63", 0);  // 62.5% rounds 四舍五入 to 63%
    CHECK(findings_of(d, "JX-F012").empty());
    the_project(d).reported_arrival_rate = printed_percent("62.50%", "0.625", 2);
    CHECK(findings_of(d, "JX-F012").empty());
    the_project(d).tranches.clear();  // no allocated figure: unknown, not a contradiction
    CHECK(findings_of(d, "JX-F012").empty());
}

TEST_CASE("unknown is not zero: an unstated used gives no rate and no JX-F001/F003/F004/F011") {
    document d = balanced();
    exec(d).used.reset();
    exec(d).reported_rate = printed_percent("95%", "0.95", 0);
    for (const char* id : {"JX-F001", "JX-F003", "JX-F004", "JX-F005", "JX-F011"}) CHECK(findings_of(d, id).empty());
    const auto e = evaluate(d);
    CHECK_FALSE(e.projects[0].funds.execution_rate);
    CHECK_FALSE(e.projects[0].funds.used_stated);
}

TEST_CASE("unknown is not zero: with no tranche and no adjusted budget, no JX-F004/F011 from a used figure") {
    document d = balanced();
    the_project(d).tranches.clear();
    the_project(d).budget.reset();
    exec(d).reported_rate = printed_percent("100%", "1", 0);
    for (const char* id : {"JX-F004", "JX-F011"}) CHECK(findings_of(d, id).empty());
    // A stated budget of 0 is a figure: both fire.
    the_project(d).budget.emplace();
    the_project(d).budget->adjusted = yuan("0");
    CHECK(findings_of(d, "JX-F004").size() == 1);
    CHECK(findings_of(d, "JX-F011").size() == 1);
}
