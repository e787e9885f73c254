// Cost-sharing rules JX-C001…JX-C007 through evaluate(): the seed's p02 end to
// end, and every rule made to fire and kept quiet. Documents are built in C++.

#include "cost_sharing_fixtures.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/rules/cost_sharing.hpp>
#include <jixiao/testing_cost_sharing.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;
using fixtures::make_tranche;
using fixtures::node;
using fixtures::seed_document;
using fixtures::yuan;
using testing::findings_of;
using testing::rule_ids;
using testing::the_project;

namespace {

// The JX-C findings of the first project, in output order.
std::vector<finding> c_findings(const evaluation& e) {
    std::vector<finding> out;
    for (const auto& f : e.projects.at(0).findings)
        if (f.rule.starts_with("JX-C")) out.push_back(f);
    return out;
}

std::vector<finding> c_findings(const document& d) { return c_findings(evaluate(d)); }

cost_sharing& sharing(document& d) { return *d.projects.front().cost_sharing; }

}  // namespace

// ---- the seed, end to end ----------------------------------------------------------

TEST_CASE("seed p02: 7109 persons, no by_category → general 2164 inferred; municipal missing; district over") {
    const auto e = evaluate(seed_document());
    const auto& p = e.projects.at(0);
    REQUIRE(p.cost_sharing);
    const auto& cs = *p.cost_sharing;
    CHECK(cs.policy == "sc-resident-pension-subsidy");
    CHECK(cs.headcount == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});
    CHECK(cs.inferred);
    CHECK(cs.levels == std::vector<level_reconciliation>{
                           {level::provincial, yuan("108200.00"), yuan("108200.00"), yuan("0.00")},
                           {level::municipal, yuan("210945.00"), std::nullopt, std::nullopt},
                           {level::district, yuan("391755.00"), yuan("442500.00"), yuan("50745.00")},
                       });

    const auto found = c_findings(e);
    REQUIRE(rule_ids(found) == "JX-C002 JX-C003 JX-C005");
    CHECK(found[0] == finding{"JX-C002", severity::warning, "projects[0].tranches[1].amount", "391755.00",
                              "442500.00", "50745.00",
                              {"区县级资金合计 442500.00 元，按政策 sc-resident-pension-subsidy 应分担 391755.00 元（general "
                               "2164 人、former_registered_poor 4945 人，人均 100.00 元），多出 50745.00 元；请核对 "
                               "tranches[1] 与 cost_sharing.headcount",
                               "district: the tranches total 442500.00 but policy sc-resident-pension-subsidy expects "
                               "391755.00 (general 2164, former_registered_poor 4945 persons × 100.00), 50745.00 more; "
                               "check tranches[1] and cost_sharing.headcount"}});
    CHECK(found[1] == finding{"JX-C003", severity::warning, "projects[0].tranches", "210945.00", "0.00", "-210945.00",
                              {"按政策 sc-resident-pension-subsidy，市级应分担 210945.00 元（general 2164 人、"
                               "former_registered_poor 4945 人，人均 100.00 元），但项目没有市级资金；请补录市级下达的资金，"
                               "或核对 cost_sharing",
                               "policy sc-resident-pension-subsidy expects 210945.00 from municipal (general 2164, "
                               "former_registered_poor 4945 persons × 100.00), but the project has no municipal "
                               "tranche; add the municipal funds or check cost_sharing"}});
    CHECK(found[2] == finding{"JX-C005", severity::info, "projects[0].cost_sharing.headcount", std::nullopt,
                              "general 2164, former_registered_poor 4945", std::nullopt,
                              {"按省级资金 108200.00 元推算各类别人数：general 2164 人、former_registered_poor 4945 人"
                               "（共 7109 人）；据此各级应分担：省级 108200.00 元、市级 210945.00 元、区县级 391755.00 元",
                               "headcounts inferred from the provincial funds of 108200.00: general 2164, "
                               "former_registered_poor 4945 (7109 in all); implied split: provincial 108200.00, "
                               "municipal 210945.00, district 391755.00"}});
    CHECK(e.findings.empty());  // the policy is sound: no JX-C001
}

TEST_CASE("seed p02 with by_category general 2164 (the README's format example): subtracted, not inferred") {
    document d = seed_document();
    sharing(d).by_category = {{"general", 2164}};
    const auto e = evaluate(d);
    REQUIRE(e.projects[0].cost_sharing);
    CHECK_FALSE(e.projects[0].cost_sharing->inferred);
    CHECK(e.projects[0].cost_sharing->headcount == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});
    CHECK(rule_ids(c_findings(e)) == "JX-C002 JX-C003");
}

TEST_CASE("a project without cost_sharing has none and no C finding") {
    document d = seed_document();
    the_project(d).cost_sharing.reset();
    const auto e = evaluate(d);
    CHECK_FALSE(e.projects[0].cost_sharing);
    CHECK(c_findings(e).empty());
}

TEST_CASE("a project whose tranches match its split is quiet") {
    document d = seed_document();
    the_project(d).tranches = {make_tranche(level::provincial, "108200.00"), make_tranche(level::municipal, "210945"),
                               make_tranche(level::district, "391755.00")};
    sharing(d).by_category = {{"general", 2164}, {"former_registered_poor", 4945}};
    const auto e = evaluate(d);
    CHECK(c_findings(e).empty());
    REQUIRE(e.projects[0].cost_sharing);
    for (const auto& l : e.projects[0].cost_sharing->levels) CHECK(l.difference == money{});
}

// ---- JX-C001 ---------------------------------------------------------------------------

TEST_CASE("JX-C001 fires on a policy node that does not sum to 1, and the split is not made") {
    document d = seed_document();
    d.policies[0].categories[0].second =
        node({{level::provincial, "50%"}}, node({{level::municipal, "35%"}, {level::district, "60%"}}));
    const auto e = evaluate(d);
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings[0].rule == "JX-C001");
    CHECK(e.findings[0].severity == severity::error);
    CHECK(e.findings[0].where.path == "policies[0].categories.general.rest");
    CHECK(e.findings[0].actual == "19/20");
    CHECK_FALSE(e.projects[0].cost_sharing);
    CHECK(c_findings(e).empty());  // the project is not blamed for its policy
    CHECK(e.summary.errors == 1);
}

TEST_CASE("JX-C001 checks every policy, used or not; quiet on sound ones") {
    document d = seed_document();
    policy unused;
    unused.id = "unused";
    unused.standard = yuan("1");
    unused.categories = {{"all", node({{level::district, "99%"}})}};
    d.policies.push_back(unused);
    const auto e = evaluate(d);
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings[0].where.path == "policies[1].categories.all");
    CHECK(e.projects[0].cost_sharing);  // p02's own policy is sound
}

// ---- JX-C002 ---------------------------------------------------------------------------

TEST_CASE("JX-C002 fires when a level reports less, and sums a level's tranches") {
    document d = seed_document();
    sharing(d).by_category = {{"general", 2164}};
    the_project(d).tranches = {make_tranche(level::provincial, "100000.00"), make_tranche(level::district, "200000"),
                               make_tranche(level::municipal, "210945"), make_tranche(level::district, "191755")};
    const auto found = findings_of(c_findings(d), "JX-C002");
    REQUIRE(found.size() == 1);  // district 200000 + 191755 = 391755 matches
    CHECK(found[0].where.path == "projects[0].tranches[0].amount");
    CHECK(found[0].expected == "108200.00");
    CHECK(found[0].actual == "100000.00");
    CHECK(found[0].difference == "-8200.00");
    CHECK(found[0].message.en ==
          "provincial: the tranches total 100000.00 but policy sc-resident-pension-subsidy expects 108200.00 (general "
          "2164, former_registered_poor 4945 persons × 100.00), 8200.00 less; check tranches[0] and "
          "cost_sharing.headcount");

    // Two district tranches that together differ: the path is the tranches, the message lists both.
    the_project(d).tranches[3].amount = yuan("191754.99");
    const auto two = findings_of(c_findings(d), "JX-C002");
    REQUIRE(two.size() == 2);
    CHECK(two[0].where.path == "projects[0].tranches");  // sorts before tranches[0]
    CHECK(two[0].difference == "-0.01");
    CHECK(two[0].message.zh ==
          "区县级资金合计 391754.99 元，按政策 sc-resident-pension-subsidy 应分担 391755.00 元（general 2164 人、"
          "former_registered_poor 4945 人，人均 100.00 元），少 0.01 元；请核对 tranches[1], tranches[3] 与 "
          "cost_sharing.headcount");
}

TEST_CASE("JX-C002 fires on money from a level the policy gives no share") {
    document d = seed_document();
    sharing(d).by_category = {{"general", 2164}};
    the_project(d).tranches.push_back(make_tranche(level::central, "5000"));
    const auto found = findings_of(c_findings(d), "JX-C002");
    REQUIRE(found.size() == 2);
    CHECK(found[0].where.path == "projects[0].tranches[1].amount");  // district
    CHECK(found[1].where.path == "projects[0].tranches[2].amount");  // central
    CHECK(found[1].expected == "0.00");
    CHECK(found[1].actual == "5000.00");
    CHECK(found[1].message.en ==
          "central: the tranches total 5000.00 but policy sc-resident-pension-subsidy gives central no share (expected "
          "0.00); check the level of tranches[2] or the policy the project cites");
    // The output's levels stay the policy's.
    const auto e = evaluate(d);
    CHECK(e.projects[0].cost_sharing->levels.size() == 3);
}

// ---- JX-C003 ---------------------------------------------------------------------------

TEST_CASE("JX-C003 is quiet when the level's expected share is zero, and yields to JX-C002 when a tranche exists") {
    document d = seed_document();
    // All persons former_registered_poor: provincial expects 0.00; no provincial tranche is right.
    sharing(d).by_category = {{"former_registered_poor", 7109}};
    the_project(d).tranches = {make_tranche(level::municipal, "248815"), make_tranche(level::district, "462085")};
    CHECK(c_findings(d).empty());

    // A municipal tranche of 0 is a tranche: JX-C002, not JX-C003.
    sharing(d).by_category = {{"general", 2164}};
    the_project(d).tranches = {make_tranche(level::provincial, "108200"), make_tranche(level::municipal, "0"),
                               make_tranche(level::district, "391755")};
    CHECK(rule_ids(c_findings(d)) == "JX-C002");
}

// ---- JX-C004 ---------------------------------------------------------------------------

TEST_CASE("JX-C004 fires for a fiscal year the policy does not reach") {
    document d = seed_document();
    d.fiscal_year = 2026;
    const auto found = findings_of(c_findings(d), "JX-C004");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == finding{"JX-C004", severity::error, "projects[0].cost_sharing.policy",
                              "2021-01-01…2025-12-31", "2026", std::nullopt,
                              {"政策 sc-resident-pension-subsidy 的有效期为 2021-01-01…2025-12-31，2026 年度不在其内；"
                               "请核对项目引用的政策，或 policies[0] 的 valid_from/valid_to",
                               "policy sc-resident-pension-subsidy is valid 2021-01-01…2025-12-31, which does not reach "
                               "fiscal year 2026; check the policy the project cites, or valid_from/valid_to of "
                               "policies[0]"}});
    // The split is still made and reconciled.
    CHECK(evaluate(d).projects[0].cost_sharing);

    d.fiscal_year = 2020;
    CHECK(findings_of(c_findings(d), "JX-C004").size() == 1);
}

TEST_CASE("JX-C004 is quiet inside the validity, at its edges and for a year it partly covers") {
    document d = seed_document();
    for (int year : {2021, 2023, 2025}) {
        d.fiscal_year = year;
        CHECK(findings_of(c_findings(d), "JX-C004").empty());
    }
    d.policies[0].valid_to = date(2023, 6, 30);
    d.fiscal_year = 2023;
    CHECK(findings_of(c_findings(d), "JX-C004").empty());
    d.policies[0].valid_from.reset();
    d.policies[0].valid_to.reset();
    d.fiscal_year = 2099;
    CHECK(findings_of(c_findings(d), "JX-C004").empty());
}

// ---- JX-C005 / JX-C006 ---------------------------------------------------------------

TEST_CASE("JX-C006 fires when no whole-number split fits; no split, no reconciliation") {
    document d = seed_document();
    the_project(d).tranches[0].amount = yuan("108230.00");
    const auto e = evaluate(d);
    CHECK_FALSE(e.projects[0].cost_sharing);
    const auto found = c_findings(e);
    REQUIRE(rule_ids(found) == "JX-C006");
    CHECK(found[0].severity == severity::warning);
    CHECK(found[0].where.path == "projects[0].cost_sharing.headcount");
    CHECK(found[0].message.en ==
          "the headcounts cannot be completed, so there is no split: solving for the provincial funds of 108230.00 "
          "with 50.00 per person of general and 0.00 per person of former_registered_poor, 7109 persons in both gives "
          "general = 2164.6, not a whole number; no whole-number split fits the reported funds, check the provincial "
          "tranches or give by_category");
    CHECK(found[0].message.zh.starts_with("无法补全各类别人数，不能按政策分担：按省级资金 108230.00 元："));
}

TEST_CASE("JX-C006 fires on an out-of-range solution and on a negative remainder; JX-C005 stays quiet") {
    document d = seed_document();
    the_project(d).tranches[0].amount = yuan("400000.00");
    CHECK(rule_ids(c_findings(d)) == "JX-C006");

    d = seed_document();
    sharing(d).by_category = {{"general", 8000}};
    const auto found = c_findings(d);
    REQUIRE(rule_ids(found) == "JX-C006");
    CHECK(found[0].message.en == "the headcounts cannot be completed, so there is no split: the categories in "
                                 "by_category sum to 8000 persons, 891 more than the total of 7109; no split fits, "
                                 "check headcount");
}

TEST_CASE("JX-C005 and JX-C006 are quiet when every count is given") {
    document d = seed_document();
    sharing(d).by_category = {{"general", 2164}, {"former_registered_poor", 4945}};
    const auto ids = rule_ids(c_findings(d));
    CHECK(ids == "JX-C002 JX-C003");
}

// ---- JX-C007 ---------------------------------------------------------------------------

TEST_CASE("JX-C007 fires on an unknown policy") {
    document d = seed_document();
    sharing(d).policy = "sc-pension";
    const auto e = evaluate(d);
    CHECK_FALSE(e.projects[0].cost_sharing);
    const auto found = c_findings(e);
    REQUIRE(rule_ids(found) == "JX-C007");
    CHECK(found[0] == finding{"JX-C007", severity::error, "projects[0].cost_sharing.policy", std::nullopt,
                              "sc-pension", std::nullopt,
                              {"项目引用的政策 sc-pension 不在 policies 中（已定义：sc-resident-pension-subsidy）",
                               "the project cites policy sc-pension, which policies does not define (defined: "
                               "sc-resident-pension-subsidy)"}});
    d.policies.clear();
    CHECK(c_findings(d)[0].message.en == "the project cites policy sc-pension, which policies does not define "
                                         "(defined: —)");
}

TEST_CASE("JX-C007 fires on each unknown category; validity is still checked") {
    document d = seed_document();
    d.fiscal_year = 2026;
    sharing(d).by_category = {{"general", 2164}, {"poor", 4000}, {"disabled", 1}};
    const auto e = evaluate(d);
    CHECK_FALSE(e.projects[0].cost_sharing);
    const auto found = c_findings(e);
    REQUIRE(rule_ids(found) == "JX-C004 JX-C007 JX-C007");
    CHECK(found[1].where.path == "projects[0].cost_sharing.headcount.by_category.disabled");
    CHECK(found[2].where.path == "projects[0].cost_sharing.headcount.by_category.poor");
    CHECK(found[2].actual == "poor");
    CHECK(found[2].message.en ==
          "policy sc-resident-pension-subsidy has no category poor (its categories: general, former_registered_poor)");
    CHECK(found[2].message.zh ==
          "政策 sc-resident-pension-subsidy 没有类别 poor（它的类别有：general, former_registered_poor）");
}

// ---- the book -----------------------------------------------------------------------

TEST_CASE("the C rules are in the default book after the funds rules, in catalogue order, and can be switched off") {
    const auto book = default_rule_book();
    std::vector<std::string> ids;
    for (const auto& r : book.rules())
        if (r.info.id.starts_with("JX-C")) ids.push_back(r.info.id);
    CHECK(ids == std::vector<std::string>{"JX-C001", "JX-C002", "JX-C003", "JX-C004", "JX-C005", "JX-C006", "JX-C007"});
    CHECK(book.rules().front().info.id == "JX-F001");
    CHECK(book.find("JX-C005")->info.severity == severity::info);
    CHECK(book.find("JX-C006")->info.severity == severity::warning);

    auto quiet = default_rule_book();
    quiet.disable("JX-C002").disable("JX-C005");
    const auto e = evaluate(seed_document(), quiet);
    CHECK(rule_ids(c_findings(e)) == "JX-C003");
    CHECK(e.projects[0].cost_sharing);  // the result does not depend on which rules run
}

TEST_CASE("the analysis is in the project context for users' own rules") {
    rule_book book;
    std::optional<std::string> seen;
    book.add({{"X-001", severity::info, {"测试", "test"}},
              [&](const project_context& c, finding_sink&) {
                  if (c.sharing && c.sharing->split) seen = to_string(*c.sharing->split->amount(level::municipal));
              },
              {}});
    (void)evaluate(seed_document(), book);
    CHECK(seen == "210945.00");
}
