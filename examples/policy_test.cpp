// Testing your own province's cost-sharing policy with doctest: define the
// policy in C++, assert its split for given headcounts, check that a report
// with the wrong district amount is caught (JX-C002), and add a house rule of
// your own ("the district's share may not exceed 65%") next to jixiao's.

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <jixiao/cost_sharing.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/testing.hpp>

#include <memory>
#include <string>

using namespace jixiao;

namespace {

// 川社险办〔2021〕26号 as 攀枝花 applies it: 100 yuan per person-year; for most
// groups the province pays half and the city and district split the rest
// 35 : 65; for former registered poor households the province pays nothing.
policy panzhihua_pension_subsidy() {
    share_node city_and_district;
    city_and_district.shares = {{level::municipal, ratio::parse("35%")}, {level::district, ratio::parse("65%")}};

    share_node general;
    general.shares = {{level::provincial, ratio::parse("50%")}};
    general.rest = std::make_shared<const share_node>(city_and_district);

    policy p;
    p.id = "sc-resident-pension-subsidy";
    p.reference = "川社险办〔2021〕26号";
    p.valid_from = date(2021, 1, 1);
    p.valid_to = date(2025, 12, 31);
    p.standard = money::parse("100");
    p.categories = {{"general", general}, {"former_registered_poor", city_and_district}};
    return p;
}

// One project paid under the policy, with what each level sent.
document report_book(std::string_view provincial, std::string_view municipal, std::string_view district) {
    document d;
    d.fiscal_year = 2023;
    d.policies.push_back(panzhihua_pension_subsidy());
    project p;
    p.id = "p02";
    p.name = "困难群众社会保险代缴资金";
    for (auto [at, amount] : {std::pair{level::provincial, provincial}, std::pair{level::municipal, municipal},
                              std::pair{level::district, district}}) {
        tranche t;
        t.level = at;
        t.amount = money::parse(amount);
        p.tranches.push_back(t);
    }
    p.cost_sharing = cost_sharing{"sc-resident-pension-subsidy", 7109, {{"general", 2164}}, {}};
    d.projects.push_back(p);
    return d;
}

// A house rule: no category may leave the district more than 65% of its cost.
rule district_share_cap() {
    return {{"PZH-001", severity::error, {"区县级分担比例超过 65%", "the district's share exceeds 65%"}},
            {},
            [](const document& doc, finding_sink& out) {
                const ratio cap = ratio::percent(65);
                for (std::size_t k = 0; k < doc.policies.size(); ++k)
                    for (const auto& [name, tree] : doc.policies[k].categories) {
                        const ratio share = share_of(effective_shares(tree), level::district);
                        if (share <= cap) continue;
                        out.report("policies[" + std::to_string(k) + "].categories." + name,
                                   {"类别 " + name + " 的区县级分担比例为 " + format_percent(share) + "，超过 65%",
                                    "category " + name + " leaves the district " + format_percent(share) +
                                        ", more than 65%"},
                                   "≤ 65%", format_percent(share));
                    }
            }};
}

std::vector<finding> all_findings(const evaluation& e) {
    std::vector<finding> out = e.findings;
    for (const auto& p : e.projects) out.insert(out.end(), p.findings.begin(), p.findings.end());
    return out;
}

}  // namespace

TEST_CASE("the policy is sound and splits 7109 persons as the city expects") {
    const policy p = panzhihua_pension_subsidy();
    CHECK(check_policy(p, 0).empty());
    CHECK_SPLIT(split_cost(p, {{"general", 2164}, {"former_registered_poor", 4945}}),
                {{level::provincial, "108200.00"}, {level::municipal, "210945.00"}, {level::district, "391755.00"}});
    CHECK_SPLIT(split_cost(p, {{"general", 1}}),
                {{level::provincial, "50.00"}, {level::municipal, "17.50"}, {level::district, "32.50"}});
}

TEST_CASE("a correct report raises no cost-sharing finding") {
    const auto e = evaluate(report_book("10.82万", "210945", "391755"));
    CHECK(testing::findings_of(all_findings(e), "JX-C002").empty());
    CHECK(testing::findings_of(all_findings(e), "JX-C003").empty());
}

TEST_CASE("a wrong district amount raises JX-C002 with the difference") {
    const auto e = evaluate(report_book("10.82万", "210945", "44.25万"));
    const auto found = testing::findings_of(all_findings(e), "JX-C002");
    REQUIRE_MESSAGE(found.size() == 1, testing::findings_text(all_findings(e)));
    CHECK(found[0].where.path == "projects[0].tranches[2].amount");
    CHECK(found[0].expected == "391755.00");
    CHECK(found[0].actual == "442500.00");
    CHECK(found[0].difference == "50745.00");
}

TEST_CASE("a house rule runs next to jixiao's own") {
    rule_book book = default_rule_book();
    book.add(district_share_cap());

    // former_registered_poor leaves the district exactly 65%: allowed.
    CHECK(testing::findings_of(all_findings(evaluate(report_book("108200", "210945", "391755"), book)), "PZH-001")
              .empty());

    // A draft that moves the city's 35% down to 30% pushes the district to 70%.
    document draft = report_book("108200", "210945", "391755");
    share_node city_and_district;
    city_and_district.shares = {{level::municipal, ratio::parse("30%")}, {level::district, ratio::parse("70%")}};
    draft.policies[0].categories[1].second = city_and_district;
    const auto found = testing::findings_of(all_findings(evaluate(draft, book)), "PZH-001");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "policies[0].categories.former_registered_poor");
    CHECK(found[0].actual == "70.00%");
    CHECK(found[0].message.en == "category former_registered_poor leaves the district 70.00%, more than 65%");
}
