// Completing headcounts by category: given, subtracted,
// inferred from one reported level, and every way it cannot be done.

#include "cost_sharing_fixtures.hpp"

#include <jixiao/headcount.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using fixtures::node;
using fixtures::pension_policy;
using fixtures::yuan;

namespace {

cost_sharing headcount(std::optional<std::int64_t> total, headcount_map by_category = {}) {
    return cost_sharing{"sc-resident-pension-subsidy", total, std::move(by_category), {}};
}

// The seed's reports: provincial 108200.00, district 442500.00.
std::vector<level_amount> seed_reports(std::string_view provincial = "108200.00") {
    return {{level::provincial, yuan(provincial)}, {level::district, yuan("442500.00")}};
}

std::string problem(const headcount_completion& c) { return c.problem ? c.problem->en : "(complete)"; }

}  // namespace

TEST_CASE("every category given: used as given, with or without a matching total") {
    for (const auto& total : {std::optional<std::int64_t>{}, std::optional<std::int64_t>{7109}}) {
        const auto c = complete_headcount(pension_policy(),
                                          headcount(total, {{"former_registered_poor", 4945}, {"general", 2164}}), {});
        REQUIRE(c.complete());
        CHECK(c.method == headcount_method::given);
        CHECK(c.counts == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});
        CHECK_FALSE(c.solved_against);
    }
}

TEST_CASE("one category missing: total − Σ given") {
    const auto c = complete_headcount(pension_policy(), headcount(7109, {{"general", 2164}}), seed_reports());
    REQUIRE(c.complete());
    CHECK(c.method == headcount_method::subtracted);
    CHECK(c.counts == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});

    const auto all_given_but_zero = complete_headcount(pension_policy(), headcount(7109, {{"general", 7109}}), {});
    CHECK(all_given_but_zero.counts == headcount_map{{"general", 7109}, {"former_registered_poor", 0}});
}

TEST_CASE("nobody left: every missing category has no persons") {
    const auto c = complete_headcount(pension_policy(), headcount(0), {});
    REQUIRE(c.complete());
    CHECK(c.method == headcount_method::subtracted);
    CHECK(c.counts == headcount_map{{"general", 0}, {"former_registered_poor", 0}});
}

TEST_CASE("two categories missing (the seed): solved against the provincial tranche") {
    const auto c = complete_headcount(pension_policy(), headcount(7109), seed_reports());
    REQUIRE(c.complete());
    CHECK(c.method == headcount_method::inferred);
    CHECK(c.solved_against == level::provincial);
    CHECK(c.counts == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});
}

TEST_CASE("the level solved against is the first reported one whose per-person shares differ") {
    // Only district reported: 32.50 vs 65.00 per person, so it is used:
    // 32.50 g + 65.00 (7109 − g) = 391755.00 → g = 2164.
    auto c = complete_headcount(pension_policy(), headcount(7109), {{level::district, yuan("391755.00")}});
    REQUIRE(c.complete());
    CHECK(c.solved_against == level::district);
    CHECK(c.counts == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}});

    // A level both categories pay the same per person cannot tell them apart; the next one is used.
    policy p = pension_policy();
    p.categories[0].second = node({{level::central, "10%"}, {level::provincial, "40%"}},
                                  node({{level::municipal, "35%"}, {level::district, "65%"}}));
    p.categories[1].second = node({{level::central, "10%"}, {level::municipal, "31.5%"}, {level::district, "58.5%"}});
    c = complete_headcount(p, headcount(10), {{level::central, yuan("100")}, {level::provincial, yuan("120")}});
    REQUIRE(c.complete());
    CHECK(c.solved_against == level::provincial);
    CHECK(c.counts == headcount_map{{"general", 3}, {"former_registered_poor", 7}});
}

TEST_CASE("inference accepts the count whose split, allocated to the fen, gives the reported amount") {
    // a: provincial 1/3, district 2/3; b: district. 4 of 10 in a gives provincial
    // 133.333… → 133.33 after allocation; the exact equation alone (x = 3.9999) would miss it.
    policy p;
    p.id = "thirds";
    p.standard = yuan("100");
    p.categories = {{"a", node({{level::provincial, "1/3"}, {level::district, "2/3"}})},
                    {"b", node({{level::district, "100%"}})}};
    const auto c = complete_headcount(p, cost_sharing{"thirds", 10, {}, {}}, {{level::provincial, yuan("133.33")}});
    REQUIRE(c.complete());
    CHECK(c.counts == headcount_map{{"a", 4}, {"b", 6}});

    const auto off = complete_headcount(p, cost_sharing{"thirds", 10, {}, {}}, {{level::provincial, yuan("133.34")}});
    CHECK(problem(off) ==
          "solving for the provincial funds of 133.34 with ≈33.33 per person of a and 0.00 per person of b, "
          "10 persons in both gives a = 4.0002, not a whole number; no whole-number split fits the reported funds, "
          "check the provincial tranches or give by_category");
}

TEST_CASE("JX-C006 reasons: no whole-number solution") {
    const auto c = complete_headcount(pension_policy(), headcount(7109), seed_reports("108230.00"));
    CHECK_FALSE(c.complete());
    CHECK(c.counts.empty());
    CHECK(problem(c) ==
          "solving for the provincial funds of 108230.00 with 50.00 per person of general and 0.00 per person of "
          "former_registered_poor, 7109 persons in both gives general = 2164.6, not a whole number; no whole-number "
          "split fits the reported funds, check the provincial tranches or give by_category");
    CHECK(c.problem->zh ==
          "按省级资金 108230.00 元：省级对 general 每人分担 50.00 元、对 former_registered_poor 每人分担 0.00 元，两类共 "
          "7109 人，解得 general = 2164.6 人，不是整数；没有整数人数的划分与报告的资金相符，请核对省级资金，或在 by_category "
          "中给出人数");
}

TEST_CASE("JX-C006 reasons: the solution lies outside 0…remaining total") {
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109), seed_reports("400000.00"))) ==
          "solving for the provincial funds of 400000.00 with 50.00 per person of general and 0.00 per person of "
          "former_registered_poor, 7109 persons in both gives general = 8000, outside 0…7109; no whole-number split "
          "fits the reported funds, check the provincial tranches or give by_category");
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109), {{level::district, yuan("500045.00")}})) ==
          "solving for the district funds of 500045.00 with 32.50 per person of general and 65.00 per person of "
          "former_registered_poor, 7109 persons in both gives general = -1168, outside 0…7109; no whole-number split "
          "fits the reported funds, check the district tranches or give by_category");
    // The remaining total, not the whole: 1000 of 7109 given leaves 6109 for the two unknown.
    policy three = pension_policy();
    three.categories.push_back({"disabled", node({{level::district, "100%"}})});
    CHECK(problem(complete_headcount(three, headcount(7109, {{"disabled", 1000}}), seed_reports("310000.00"))) ==
          "solving for the provincial funds of 310000.00 with 50.00 per person of general and 0.00 per person of "
          "former_registered_poor, 6109 persons in both gives general = 6200, outside 0…6109; no whole-number split "
          "fits the reported funds, check the provincial tranches or give by_category");
}

TEST_CASE("two missing of three: the given category is counted in the equation") {
    policy three = pension_policy();
    three.categories.push_back({"disabled", node({{level::provincial, "100%"}})});
    // provincial = 50 g + 100 × 1000 → g = (208200 − 100000) / 50 = 2164
    const auto c =
        complete_headcount(three, headcount(8109, {{"disabled", 1000}}), {{level::provincial, yuan("208200.00")}});
    REQUIRE(c.complete());
    CHECK(c.counts == headcount_map{{"general", 2164}, {"former_registered_poor", 4945}, {"disabled", 1000}});
}

TEST_CASE("JX-C006 reasons: negative remainder, mismatched total, negative counts") {
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109, {{"general", 8000}}), {})) ==
          "the categories in by_category sum to 8000 persons, 891 more than the total of 7109; no split fits, "
          "check headcount");
    CHECK(problem(complete_headcount(pension_policy(),
                                     headcount(7109, {{"general", 2164}, {"former_registered_poor", 4900}}), {})) ==
          "the categories in by_category sum to 7064 persons but the total is 7109, 45 fewer; check headcount");
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109, {{"general", -1}}), {})) ==
          "category general has -1 persons; a headcount cannot be negative");
    CHECK(problem(complete_headcount(pension_policy(), headcount(-5), {})) ==
          "the total headcount is -5; it cannot be negative");
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109, {{"general", 1}, {"general", 2}}), {})) ==
          "category general is given two headcounts; which one holds is unclear");
}

TEST_CASE("JX-C006 reasons: no total, three unknown, nothing that tells the categories apart") {
    CHECK(problem(complete_headcount(pension_policy(), headcount(std::nullopt, {{"general", 2164}}), {})) ==
          "category former_registered_poor has no headcount and there is no total (headcount.total) to complete "
          "it from");
    CHECK(problem(complete_headcount(pension_policy(), headcount(std::nullopt), {})) ==
          "categories general, former_registered_poor have no headcount and there is no total (headcount.total) to "
          "complete them from");
    policy three = pension_policy();
    three.categories.push_back({"disabled", node({{level::district, "100%"}})});
    CHECK(problem(complete_headcount(three, headcount(7109), seed_reports())) ==
          "categories general, former_registered_poor, disabled have no headcount; a total can complete at most two, "
          "so give 1 more in by_category");
    // No tranche at all, or only at a level both pay alike.
    const std::string apart = "categories general and former_registered_poor have no headcount, and every level the "
                              "project has tranches at pays the same per person for both, so they cannot be told apart; "
                              "give one of them in by_category";
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109), {})) == apart);
    CHECK(problem(complete_headcount(pension_policy(), headcount(7109), {{level::central, yuan("5")}})) == apart);
}

TEST_CASE("JX-C006 reasons: several counts fit, or the shares are too close to tell apart") {
    // 1 fen per person; a pays half of it at provincial: a = 3 and a = 4 both allocate 2 fen there.
    policy p;
    p.id = "fen";
    p.standard = yuan("0.01");
    p.categories = {{"a", node({{level::provincial, "1/2"}, {level::district, "1/2"}})},
                    {"b", node({{level::district, "100%"}})}};
    CHECK(problem(complete_headcount(p, cost_sharing{"fen", 10, {}, {}}, {{level::provincial, yuan("0.02")}})) ==
          "from the provincial funds of 0.02 with 0.005 per person of a and 0.00 per person of b, 10 persons in both, "
          "both a = 3 and 4 fit the reported funds; give one of them in by_category");

    p.categories[0].second = node({{level::provincial, "1/100"}, {level::district, "99/100"}});
    CHECK(problem(complete_headcount(p, cost_sharing{"fen", 1000, {}, {}}, {{level::provincial, yuan("0.05")}})) ==
          "from the provincial funds of 0.05 with 0.0001 per person of a and 0.00 per person of b, 1000 persons in "
          "both: the per-person shares differ by only 0.0001, too little to tell the categories apart; give one of "
          "them in by_category");
}

TEST_CASE("an unknown category is the caller's to report (JX-C007): complete_headcount refuses it") {
    CHECK_THROWS_WITH((void)complete_headcount(pension_policy(), headcount(7109, {{"poor", 1}}), {}),
                      "policy sc-resident-pension-subsidy has no category poor");
}
