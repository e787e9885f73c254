// Cost sharing: policy checks, effective shares, the split to
// the fen, validity and the completion of headcounts. Exact values throughout.

#include "cost_sharing_fixtures.hpp"

#include <jixiao/cost_sharing.hpp>
#include <jixiao/testing_cost_sharing.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <sstream>
#include <string>

using namespace jixiao;
using fixtures::node;
using fixtures::pension_policy;
using fixtures::single_policy;
using fixtures::yuan;

namespace {

ratio r(std::string_view text) { return ratio::parse(text); }

std::string printed(const auto& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace

// ---- policy checks (JX-C001) -------------------------------------------------------

TEST_CASE("a sound policy has no JX-C001 finding") {
    CHECK(check_policy(pension_policy(), 0).empty());
    CHECK(check_policy(single_policy(node({{level::central, "1/3"}, {level::provincial, "1/3"},
                                           {level::municipal, "1/3"}})), 0).empty());
    // A node of only a rest hands the whole to its child.
    CHECK(check_policy(single_policy(node({}, node({{level::district, "100%"}}))), 0).empty());
}

TEST_CASE("JX-C001: a rest node that does not sum to 1 is named by its path") {
    policy p = pension_policy();
    p.categories[0].second = node({{level::provincial, "50%"}}, node({{level::municipal, "35%"}, {level::district, "60%"}}));
    const auto found = check_policy(p, 2);
    REQUIRE(found.size() == 1);
    const finding& f = found[0];
    CHECK(f.rule == "JX-C001");
    CHECK(f.severity == severity::error);
    CHECK(f.where.path == "policies[2].categories.general.rest");
    CHECK(f.expected == "1");
    CHECK(f.actual == "19/20");
    CHECK(f.difference == "-1/20");
    CHECK(f.message.en ==
          "policy sc-resident-pension-subsidy, category general, rest: the shares sum to 95%, expected exactly 100%, "
          "a difference of -5%; check the shares in policies[2].categories.general.rest");
    CHECK(f.message.zh ==
          "政策 sc-resident-pension-subsidy 类别 general的剩余部分（rest）：各级分担比例合计 95%，应恰好为 100%，相差 -5%；"
          "请核对 policies[2].categories.general.rest 中各级的比例");
}

TEST_CASE("JX-C001: a top node without rest must sum to exactly 1, thirds that fall short included") {
    policy p = pension_policy();
    p.categories[1].second = node({{level::municipal, "35%"}, {level::district, "66%"}});
    auto found = check_policy(p, 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "policies[0].categories.former_registered_poor");
    CHECK(found[0].actual == "101/100");
    CHECK(found[0].difference == "1/100");

    // 0.3333 three times is not 1; 1/3 three times is.
    found = check_policy(single_policy(node({{level::central, "0.3333"}, {level::provincial, "0.3333"},
                                             {level::municipal, "0.3333"}})), 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actual == "9999/10000");
    CHECK(found[0].message.en == "policy single, category all: the shares sum to 99.99%, expected exactly 100%, "
                                 "a difference of -0.01%; check the shares in policies[0].categories.all");

    // 1/7 shares print with their rounded percentage.
    found = check_policy(single_policy(node({{level::central, "1/7"}, {level::provincial, "5/7"}})), 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.en == "policy single, category all: the shares sum to 6/7 (85.71%), expected exactly 100%, "
                                 "a difference of -1/7 (-14.29%); check the shares in policies[0].categories.all");
}

TEST_CASE("JX-C001: a node with rest must leave something for it") {
    const auto found =
        check_policy(single_policy(node({{level::provincial, "60%"}, {level::municipal, "40%"}},
                                        node({{level::district, "100%"}}))), 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "policies[0].categories.all");
    CHECK(found[0].expected == "< 1");
    CHECK(found[0].actual == "1");
    CHECK(found[0].message.en == "policy single, category all: the shares sum to 100%, which leaves nothing for `rest` "
                                 "to split (expected less than 100%); check the shares in policies[0].categories.all "
                                 "or drop its rest");
}

TEST_CASE("JX-C001: negative shares, a level twice in a node, a category twice, an empty node") {
    // −10% + 110% sums to 1 but is refused: no level pays a negative share.
    auto found = check_policy(single_policy(node({{level::provincial, "-10%"}, {level::district, "110%"}})), 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "policies[0].categories.all.provincial");
    CHECK(found[0].expected == "≥ 0");
    CHECK(found[0].actual == "-1/10");
    CHECK(found[0].message.en == "policy single, category all gives provincial a negative share of -10%; "
                                 "a share cannot be negative; check policies[0].categories.all.provincial");

    found = check_policy(single_policy(node({{level::district, "50%"}, {level::district, "50%"}})), 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "policies[0].categories.all.district");
    CHECK(found[0].message.en == "policy single, category all names district twice; a node gives each level one share, "
                                 "so merge them");

    policy twice = pension_policy();
    twice.categories.push_back(twice.categories[0]);
    found = check_policy(twice, 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "policies[0].categories.general");
    CHECK(found[0].message.en == "policy sc-resident-pension-subsidy defines category general twice; a category has "
                                 "one share tree");

    found = check_policy(single_policy(node({})), 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actual == "0");
    CHECK(found[0].difference == "-1");

    // A level that pays in a node and again in its rest is not "twice in a node".
    CHECK(check_policy(single_policy(node({{level::district, "50%"}}, node({{level::district, "100%"}}))), 0).empty());
}

// ---- effective shares ------------------------------------------------------------------

TEST_CASE("effective shares multiply down the rest chain, in level order") {
    const policy p = pension_policy();
    CHECK(effective_shares(p.categories[0].second) ==
          level_shares{{level::provincial, r("1/2")}, {level::municipal, r("7/40")}, {level::district, r("13/40")}});
    CHECK(effective_shares(p.categories[1].second) ==
          level_shares{{level::municipal, r("7/20")}, {level::district, r("13/20")}});
    CHECK(policy_levels(p) == std::vector<level>{level::provincial, level::municipal, level::district});

    // Depth 3: central 1/2, provincial 1/3 of the rest, municipal 1/4 of that rest,
    // district 1/5 and township 4/5 of the last rest.
    const share_node deep =
        node({{level::central, "1/2"}},
             node({{level::provincial, "1/3"}},
                  node({{level::municipal, "1/4"}}, node({{level::district, "1/5"}, {level::township, "4/5"}}))));
    CHECK(check_policy(single_policy(deep), 0).empty());
    CHECK(effective_shares(deep) == level_shares{{level::central, r("1/2")},
                                                 {level::provincial, r("1/6")},
                                                 {level::municipal, r("1/12")},
                                                 {level::district, r("1/20")},
                                                 {level::township, r("1/5")}});
    // A level in a node and in its rest adds up; listed order does not matter.
    CHECK(effective_shares(node({{level::district, "50%"}, {level::provincial, "20%"}},
                                node({{level::district, "100%"}}))) ==
          level_shares{{level::provincial, r("1/5")}, {level::district, r("4/5")}});
    CHECK(share_of(effective_shares(deep), level::township) == r("1/5"));
    CHECK(share_of(effective_shares(p.categories[1].second), level::provincial) == ratio{});
}

// ---- split ---------------------------------------------------------------------------

TEST_CASE("the seed's split: general 2164, former_registered_poor 4945 at 100 yuan") {
    const auto s = split_cost(pension_policy(), {{"general", 2164}, {"former_registered_poor", 4945}});
    CHECK(s.policy == "sc-resident-pension-subsidy");
    CHECK(s.persons == 7109);
    CHECK(s.total == yuan("710900.00"));
    CHECK(s.headcount == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});
    CHECK(s.levels == std::vector<level_amount>{{level::provincial, yuan("108200.00")},
                                                {level::municipal, yuan("210945.00")},
                                                {level::district, yuan("391755.00")}});
    CHECK(s.amount(level::central) == std::nullopt);
    CHECK(printed(s) == "split of sc-resident-pension-subsidy: 7109 persons (general 2164, former_registered_poor 4945) "
                        "× 100.00 = 710900.00: provincial 108200.00, municipal 210945.00, district 391755.00");
    // The order of the counts given does not matter; the result lists the policy's order.
    CHECK(split_cost(pension_policy(), {{"former_registered_poor", 4945}, {"general", 2164}}) == s);
}

TEST_CASE("one person, zero persons, a category left out") {
    CHECK_SPLIT(split_cost(pension_policy(), {{"general", 1}}),
                {{level::provincial, "50.00"}, {level::municipal, "17.50"}, {level::district, "32.50"}});
    CHECK_SPLIT(split_cost(pension_policy(), {{"former_registered_poor", 1}}),
                {{level::provincial, "0.00"}, {level::municipal, "35.00"}, {level::district, "65.00"}});
    const auto none = split_cost(pension_policy(), {});
    CHECK(none.persons == 0);
    CHECK(none.total == money{});
    CHECK(none.headcount == headcount_map{{"general", 0}, {"former_registered_poor", 0}});
    CHECK_SPLIT(none, {{level::provincial, "0"}, {level::municipal, "0"}, {level::district, "0"}});
}

TEST_CASE("thirds: the fen left over go to the level first in level order") {
    const policy thirds =
        single_policy(node({{level::provincial, "1/3"}, {level::municipal, "1/3"}, {level::district, "1/3"}}));
    CHECK_SPLIT(split_cost(thirds, {{"all", 1}}),
                {{level::provincial, "33.34"}, {level::municipal, "33.33"}, {level::district, "33.33"}});
    CHECK_SPLIT(split_cost(thirds, {{"all", 2}}),
                {{level::provincial, "66.67"}, {level::municipal, "66.67"}, {level::district, "66.66"}});
    CHECK_SPLIT(split_cost(thirds, {{"all", 3}}),
                {{level::provincial, "100.00"}, {level::municipal, "100.00"}, {level::district, "100.00"}});
    // Listed order in the node does not change the tie-break: level order does.
    const policy reversed =
        single_policy(node({{level::district, "1/3"}, {level::municipal, "1/3"}, {level::provincial, "1/3"}}));
    CHECK(split_cost(reversed, {{"all", 1}}).levels == split_cost(thirds, {{"all", 1}}).levels);
}

TEST_CASE("sevenths: the fen left over go to the largest remainders") {
    const policy sevenths =
        single_policy(node({{level::central, "1/7"}, {level::provincial, "2/7"}, {level::municipal, "4/7"}}));
    // 1428 4/7, 2857 1/7, 5714 2/7 fen: the one fen left goes to central (4/7).
    CHECK_SPLIT(split_cost(sevenths, {{"all", 1}}),
                {{level::central, "14.29"}, {level::provincial, "28.57"}, {level::municipal, "57.14"}});
    // 4285 5/7, 8571 3/7, 17142 6/7 fen: two fen left, to municipal (6/7) and central (5/7).
    CHECK_SPLIT(split_cost(sevenths, {{"all", 3}}),
                {{level::central, "42.86"}, {level::provincial, "85.71"}, {level::municipal, "171.43"}});
}

TEST_CASE("the split is allocated once, across levels, against the exact grand total") {
    // 3 persons at 3.33 yuan = 9.99: provincial 4.995, municipal 1.74825, district 3.24675.
    // Rounding each level alone would give 5.00 + 1.75 + 3.25 = 10.00; the largest
    // remainders (municipal .825, district .675) take the two fen left after truncation.
    policy p = pension_policy();
    p.standard = yuan("3.33");
    const auto s = split_cost(p, {{"general", 3}});
    CHECK_SPLIT(s, {{level::provincial, "4.99"}, {level::municipal, "1.75"}, {level::district, "3.25"}});
    CHECK(s.total == yuan("9.99"));
}

TEST_CASE("depth-3 rest chain: central, provincial, municipal, district, township") {
    const policy deep = single_policy(
        node({{level::central, "1/2"}},
             node({{level::provincial, "1/3"}},
                  node({{level::municipal, "1/4"}}, node({{level::district, "1/5"}, {level::township, "4/5"}})))));
    // 700 yuan: 350, 116.666…, 58.333…, 35, 140; the fen left goes to provincial (2/3).
    CHECK_SPLIT(split_cost(deep, {{"all", 7}}), {{level::central, "350.00"},
                                                 {level::provincial, "116.67"},
                                                 {level::municipal, "58.33"},
                                                 {level::district, "35.00"},
                                                 {level::township, "140.00"}});
}

TEST_CASE("large headcounts and large standards stay exact") {
    CHECK_SPLIT(split_cost(pension_policy(), {{"general", 12'345'678}}),
                {{level::provincial, "617283900.00"}, {level::municipal, "216049365.00"},
                 {level::district, "401234535.00"}});
    CHECK_SPLIT(split_cost(pension_policy(), {{"general", 2'000'003}, {"former_registered_poor", 5'000'001}}),
                {{level::provincial, "100000150.00"}, {level::municipal, "210000087.50"},
                 {level::district, "390000162.50"}});

    policy big = pension_policy();
    big.standard = yuan("9999999.99");
    const auto s = split_cost(big, {{"general", 2'000'003}, {"former_registered_poor", 5'000'001}});
    CHECK(s.total == yuan("70000039929999.96"));
    CHECK_SPLIT(s, {{level::provincial, "10000014989999.99"}, {level::municipal, "21000008728999.99"},
                    {level::district, "39000016210999.98"}});

    const policy thirds =
        single_policy(node({{level::provincial, "1/3"}, {level::municipal, "1/3"}, {level::district, "1/3"}}),
                      "99999999.98");
    const auto t = split_cost(thirds, {{"all", 3'000'001}});
    CHECK(t.total == yuan("300000099939999.98"));
    CHECK_SPLIT(t, {{level::provincial, "100000033313333.33"}, {level::municipal, "100000033313333.33"},
                    {level::district, "100000033313333.32"}});
}

TEST_CASE("headcount × standard beyond the range of money raises overflow_error, never wraps") {
    const fen_count max = (std::numeric_limits<fen_count>::max)();
    policy p = single_policy(node({{level::district, "100%"}}));
    p.standard = money::from_fen(fen_count(max / 7));

    const auto at_limit = split_cost(p, {{"all", 7}});
    CHECK(at_limit.total.fen() == fen_count(max / 7) * 7);
    CHECK(at_limit.total.fen() == max - 3);
    CHECK(at_limit.amount(level::district) == at_limit.total);

    CHECK_THROWS_AS((void)split_cost(p, {{"all", 8}}), jixiao::overflow_error);
    CHECK_THROWS_WITH((void)split_cost(p, {{"all", 8}}),
                      doctest::Contains("category all: 8 persons × the standard of"));

    // Each category fits, their sum does not.
    policy two = pension_policy();
    two.standard = money::from_fen(fen_count(max / 7));
    CHECK_NOTHROW((void)split_cost(two, {{"general", 4}, {"former_registered_poor", 3}}));
    CHECK_THROWS_AS((void)split_cost(two, {{"general", 4}, {"former_registered_poor", 4}}), jixiao::overflow_error);
}

TEST_CASE("split_cost refuses an unsound policy, unknown or repeated categories and negative counts") {
    policy bad = pension_policy();
    bad.categories[1].second = node({{level::municipal, "35%"}});
    CHECK_THROWS_WITH((void)split_cost(bad, {}),
                      "categories.former_registered_poor: policy sc-resident-pension-subsidy, category "
                      "former_registered_poor: the shares sum to 35%, expected exactly 100%, a difference of -65%; "
                      "check the shares in categories.former_registered_poor");
    CHECK_THROWS_WITH((void)split_cost(pension_policy(), {{"poor", 1}}),
                      "policy sc-resident-pension-subsidy has no category poor (its categories: general, "
                      "former_registered_poor)");
    CHECK_THROWS_WITH((void)split_cost(pension_policy(), {{"general", 1}, {"general", 2}}),
                      "category general is given two headcounts");
    CHECK_THROWS_WITH((void)split_cost(pension_policy(), {{"general", -1}}),
                      "category general has -1 persons; a headcount cannot be negative");
}

TEST_CASE("policies print their share trees") {
    CHECK(printed(pension_policy()) ==
          "policy sc-resident-pension-subsidy (standard 100.00元 (0.01万元), valid 2021-01-01…2025-12-31): "
          "general {provincial 50%, rest {municipal 35%, district 65%}}; former_registered_poor {municipal 35%, "
          "district 65%}");
    CHECK(printed(node({{level::central, "1/3"}}, node({{level::district, "100%"}}))) ==
          "{central 1/3 (33.33%), rest {district 100%}}");
}

TEST_CASE("compare_split shows expected and actual per level in 元") {
    const auto s = split_cost(pension_policy(), {{"general", 2164}, {"former_registered_poor", 4945}});
    const auto good = testing::compare_split(
        s, {{level::provincial, "10.82万"}, {level::municipal, "210945"}, {level::district, "391755.00"}});
    CHECK(good.ok);
    const auto bad = testing::compare_split(s, {{level::provincial, "108200.00"}, {level::district, "442500.00"}});
    CHECK_FALSE(bad.ok);
    CHECK(bad.table ==
          "split of sc-resident-pension-subsidy: 7109 persons (general 2164, former_registered_poor 4945) × 100.00 "
          "= 710900.00: provincial 108200.00, municipal 210945.00, district 391755.00\n"
          "level       expected (元)   actual (元)     difference\n"
          "provincial  108200.00       108200.00       0.00\n"
          "municipal   (not listed)    210945.00                       <-- differs\n"
          "district    442500.00       391755.00       -50745.00       <-- differs\n");
    CHECK_FALSE(testing::compare_split(s, {{level::provincial, "108200.00"}, {level::municipal, "210945.00"},
                                           {level::district, "391755.00"}, {level::central, "0"}})
                    .ok);
}

// ---- validity -------------------------------------------------------------------------

TEST_CASE("a policy is in force on the days and fiscal years its validity reaches") {
    policy p = pension_policy();
    CHECK(in_force(p, date(2021, 1, 1)));
    CHECK(in_force(p, date(2025, 12, 31)));
    CHECK_FALSE(in_force(p, date(2020, 12, 31)));
    CHECK_FALSE(in_force(p, date(2026, 1, 1)));
    CHECK(in_force(p, fiscal_year(2021)));
    CHECK(in_force(p, fiscal_year(2025)));
    CHECK_FALSE(in_force(p, fiscal_year(2020)));
    CHECK_FALSE(in_force(p, fiscal_year(2026)));
    // A policy ending mid-year still reaches that year.
    p.valid_to = date(2023, 6, 30);
    CHECK(in_force(p, fiscal_year(2023)));
    CHECK_FALSE(in_force(p, fiscal_year(2024)));
    CHECK(validity_text(p) == "2021-01-01…2023-06-30");
    // Open bounds.
    p.valid_to.reset();
    CHECK(in_force(p, fiscal_year(2100)));
    CHECK(validity_text(p) == "2021-01-01…");
    p.valid_from.reset();
    CHECK(in_force(p, date(1990, 1, 1)));
}
