#include "../support/helpers.hpp"
#include "../support/multiprecision.hpp"
#include <jixiao/evaluate.hpp>
#include <jixiao/scoring.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <sstream>
#include <string>

using jixiao::comparison;
using jixiao::grade;
using jixiao::indicator;
using jixiao::indicator_level1;
using jixiao::money;
using jixiao::points;
using jixiao::testing::pts;
using jixiao::quantity;
using jixiao::rating;
using jixiao::ratio;
using jixiao::reverse_formula;
using jixiao::scheme;

namespace {

quantity qty(std::string_view text) { return quantity::parse(text); }
std::string fixed(const points& p, int decimals = 2) { return format_fixed(p, decimals); }

indicator measured(indicator_level1 l1, comparison op, std::string_view target, std::string_view actual,
                   std::string_view weight) {
    indicator i;
    i.level1 = l1;
    i.name = "measured";
    i.op = op;
    i.target = qty(target);
    i.actual = qty(actual);
    i.weight = pts(weight);
    return i;
}

indicator rated(indicator_level1 l1, rating r, std::string_view weight,
                std::optional<std::string_view> score = std::nullopt) {
    indicator i;
    i.level1 = l1;
    i.name = "rated";
    i.rating = r;
    i.weight = pts(weight);
    if (score) i.score = pts(*score);
    return i;
}

indicator not_applicable(indicator_level1 l1, std::string_view weight) {
    indicator i;
    i.level1 = l1;
    i.name = "n/a";
    i.weight = pts(weight);
    i.not_applicable = true;
    return i;
}

// The score of one quantitative indicator under `s`, as printed.
std::string quantitative(comparison op, std::string_view target, std::string_view actual, std::string_view weight,
                         const scheme& s = {}) {
    const auto scored = score_indicator(measured(indicator_level1::output, op, target, actual, weight), s);
    REQUIRE(scored.score);
    return fixed(*scored.score, s.score_decimals_or_default());
}

scheme linear() {
    scheme s;
    s.reverse = reverse_formula::linear;
    return s;
}

scheme whole_points() {
    scheme s;
    s.score_decimals = 0;
    return s;
}

}  // namespace

TEST_CASE(">= scores w when met, else w × max(B, 0) / A") {
    CHECK(quantitative(comparison::at_least, "7000", "7109", "50") == "50.00");
    CHECK(quantitative(comparison::at_least, "7000", "7000", "50") == "50.00");
    CHECK(quantitative(comparison::at_least, "7000", "6000", "50") == "42.86");  // 42.857142…
    CHECK(quantitative(comparison::at_least, "90", "81", "10") == "9.00");
    CHECK(quantitative(comparison::at_least, "7000", "0", "50") == "0.00");
    CHECK(quantitative(comparison::at_least, "7000", "-5", "50") == "0.00");
    // Decided: a missed target of zero or below scores 0.
    CHECK(quantitative(comparison::at_least, "0", "-1", "50") == "0.00");
    CHECK(quantitative(comparison::at_least, "-10", "-20", "50") == "0.00");
    CHECK(quantitative(comparison::at_least, "-10", "-5", "50") == "50.00");
    CHECK(quantitative_score(comparison::at_least, pts("50"), qty("7000"), qty("6000"), reverse_formula::ratio) ==
          points(to_rational(cpp_rational(300, 7))));
}

TEST_CASE("<= with reverse = ratio (default): w × A / B") {
    CHECK(quantitative(comparison::at_most, "30", "30", "20") == "20.00");
    CHECK(quantitative(comparison::at_most, "30", "12", "20") == "20.00");
    CHECK(quantitative(comparison::at_most, "30", "40", "20") == "15.00");
    CHECK(quantitative(comparison::at_most, "30", "45", "20") == "13.33");
    CHECK(quantitative(comparison::at_most, "30", "90", "20") == "6.67");
    CHECK(quantitative(comparison::at_most, "0", "5", "20") == "0.00");
    CHECK(quantitative(comparison::at_most, "0", "0", "20") == "20.00");
    CHECK(quantitative(comparison::at_most, "-5", "0", "20") == "0.00");
}

TEST_CASE("<= with reverse = linear: w × max(0, 1 − (B − A) / A), 0 when A = 0") {
    CHECK(quantitative(comparison::at_most, "30", "25", "20", linear()) == "20.00");
    CHECK(quantitative(comparison::at_most, "30", "40", "20", linear()) == "13.33");
    CHECK(quantitative(comparison::at_most, "30", "45", "20", linear()) == "10.00");
    CHECK(quantitative(comparison::at_most, "30", "60", "20", linear()) == "0.00");
    CHECK(quantitative(comparison::at_most, "30", "90", "20", linear()) == "0.00");
    CHECK(quantitative(comparison::at_most, "0", "5", "20", linear()) == "0.00");
    CHECK(quantitative(comparison::at_most, "0", "0", "20", linear()) == "20.00");
    CHECK(quantitative(comparison::at_most, "-5", "-1", "20", linear()) == "0.00");
}

TEST_CASE("= scores w × min / max, 0 when the target is 0 and missed") {
    CHECK(quantitative(comparison::equal, "100", "100", "10") == "10.00");
    CHECK(quantitative(comparison::equal, "100", "80", "10") == "8.00");
    CHECK(quantitative(comparison::equal, "100", "125", "10") == "8.00");
    CHECK(quantitative(comparison::equal, "3", "2", "10") == "6.67");
    CHECK(quantitative(comparison::equal, "0", "3", "10") == "0.00");
    CHECK(quantitative(comparison::equal, "0", "-3", "10") == "0.00");
    CHECK(quantitative(comparison::equal, "0", "0", "10") == "10.00");
    CHECK(quantitative(comparison::equal, "5", "0", "10") == "0.00");
    // Decided: same-sign negatives compare by magnitude, opposite signs score 0.
    CHECK(quantitative(comparison::equal, "-5", "-10", "10") == "5.00");
    CHECK(quantitative(comparison::equal, "-10", "-5", "10") == "5.00");
    CHECK(quantitative(comparison::equal, "5", "-5", "10") == "0.00");
}

TEST_CASE("scores are rounded once, 四舍五入, at score_decimals") {
    // 1 × 1/8 = 0.125 exactly: 四舍五入 gives 0.13 (half-even would give 0.12).
    CHECK(quantitative_score(comparison::at_least, pts("1"), qty("8"), qty("1"), reverse_formula::ratio) ==
          points(to_rational(cpp_rational(1, 8))));
    CHECK(quantitative(comparison::at_least, "8", "1", "1") == "0.13");
    // 1 × 1/200 = 0.005 → 0.01; 10 × 3.004 / 8 = 3.755 → 3.76.
    CHECK(quantitative(comparison::at_least, "200", "1", "1") == "0.01");
    CHECK(quantitative(comparison::at_least, "8", "3.004", "10") == "3.76");
    // Whole points: 50 × 6/7 = 42.857… → 43; 5 × 1/2 = 2.5 → 3.
    CHECK(quantitative(comparison::at_least, "7", "6", "50", whole_points()) == "43");
    CHECK(quantitative(comparison::at_least, "2", "1", "5", whole_points()) == "3");
    // What the card stores is the rounded value itself, not a display of it.
    const auto scored = score_indicator(measured(indicator_level1::output, comparison::at_least, "8", "1", "1"), {});
    CHECK(*scored.score == pts("0.13"));
}

TEST_CASE("qualitative bands at w = 30: achieved [24, 30], partial [18, 23.99], not achieved [0, 17.99]") {
    using jixiao::band_of;
    CHECK(band_of(rating::achieved, pts("30"), 2) == jixiao::score_band{rating::achieved, pts("24"), pts("30")});
    CHECK(band_of(rating::partial, pts("30"), 2) == jixiao::score_band{rating::partial, pts("18"), pts("23.99")});
    CHECK(band_of(rating::not_achieved, pts("30"), 2) ==
          jixiao::score_band{rating::not_achieved, pts("0"), pts("17.99")});
    // score_decimals 0: the step is 1, so the half-open tops are 23 and 17.
    CHECK(band_of(rating::partial, pts("30"), 0) == jixiao::score_band{rating::partial, pts("18"), pts("23")});
    CHECK(band_of(rating::not_achieved, pts("30"), 0) ==
          jixiao::score_band{rating::not_achieved, pts("0"), pts("17")});
    // Bounds off the grid: w = 7 gives 0.6w = 4.2 and 0.8w = 5.6.
    CHECK(band_of(rating::achieved, pts("7"), 2) == jixiao::score_band{rating::achieved, pts("5.6"), pts("7")});
    CHECK(band_of(rating::partial, pts("7"), 2) == jixiao::score_band{rating::partial, pts("4.2"), pts("5.59")});
    CHECK(band_of(rating::achieved, pts("7"), 0) == jixiao::score_band{rating::achieved, pts("6"), pts("7")});
    CHECK(band_of(rating::partial, pts("7"), 0) == jixiao::score_band{rating::partial, pts("5"), pts("5")});
    CHECK(band_of(rating::not_achieved, pts("7"), 0) ==
          jixiao::score_band{rating::not_achieved, pts("0"), pts("4")});
    // A band with no step left shrinks to its lower bound.
    CHECK(band_of(rating::partial, pts("0.01"), 2) == jixiao::score_band{rating::partial, pts("0.01"), pts("0.01")});
    CHECK(band_of(rating::not_achieved, pts("0"), 2) ==
          jixiao::score_band{rating::not_achieved, pts("0"), pts("0")});
}

TEST_CASE("qualitative defaults: achieved w, partial 0.6w, not achieved 0") {
    const auto score = [](rating r, std::string_view w, const scheme& s = {}) {
        const auto scored = score_indicator(rated(indicator_level1::effect, r, w), s);
        CHECK(scored.method == jixiao::scoring_method::qualitative);
        CHECK_FALSE(scored.clamped);
        return fixed(*scored.score, s.score_decimals_or_default());
    };
    CHECK(score(rating::achieved, "30") == "30.00");
    CHECK(score(rating::partial, "30") == "18.00");
    CHECK(score(rating::not_achieved, "30") == "0.00");
    CHECK(score(rating::partial, "7") == "4.20");
    // With whole points 0.6 × 7 = 4.2 is off the grid; the default is the band's lower bound 5.
    CHECK(score(rating::partial, "7", whole_points()) == "5");
}

TEST_CASE("a given qualitative score inside its band is kept; outside, clamped to the nearer end and flagged") {
    struct example {
        rating r;
        const char* given;
        const char* scored;
        bool clamped;
    };
    const example examples[] = {
        {rating::achieved, "27.5", "27.50", false},   {rating::achieved, "24", "24.00", false},
        {rating::achieved, "30", "30.00", false},     {rating::achieved, "31", "30.00", true},
        {rating::achieved, "23.99", "24.00", true},   {rating::partial, "20.5", "20.50", false},
        {rating::partial, "18", "18.00", false},      {rating::partial, "23.99", "23.99", false},
        {rating::partial, "20.005", "20.01", false},  {rating::partial, "24", "23.99", true},
        {rating::partial, "23.995", "23.99", true},   {rating::partial, "17.99", "18.00", true},
        {rating::not_achieved, "0", "0.00", false},   {rating::not_achieved, "17.99", "17.99", false},
        {rating::not_achieved, "-1", "0.00", true},   {rating::not_achieved, "18", "17.99", true},
    };
    for (const auto& e : examples) {
        CAPTURE(e.given);
        const auto scored = score_indicator(rated(indicator_level1::effect, e.r, "30", e.given), {});
        CHECK(fixed(*scored.score) == e.scored);
        CHECK(scored.clamped == e.clamped);
        CHECK(scored.given == pts(e.given));
        CHECK(scored.band == band_of(e.r, pts("30"), 2));
    }
    // With whole points, partial at w = 30 is [18, 23]: 23.5 is clamped to 23; 20.5 rounds to 21.
    const auto clamped = score_indicator(rated(indicator_level1::effect, rating::partial, "30", "23.5"), whole_points());
    CHECK(fixed(*clamped.score, 0) == "23");
    CHECK(clamped.clamped);
    const auto kept = score_indicator(rated(indicator_level1::effect, rating::partial, "30", "20.5"), whole_points());
    CHECK(fixed(*kept.score, 0) == "21");
    CHECK_FALSE(kept.clamped);
}

TEST_CASE("which formula an indicator gets") {
    // A score on a quantitative indicator is not read: the formula decides.
    auto quantitative_with_score = measured(indicator_level1::output, comparison::at_least, "10", "5", "50");
    quantitative_with_score.score = pts("50");
    const auto q = score_indicator(quantitative_with_score, {});
    CHECK(q.method == jixiao::scoring_method::quantitative);
    CHECK(*q.score == pts("25"));
    CHECK_FALSE(q.band);
    CHECK_FALSE(q.full);
    // A planned target with a rating but no actual is rated.
    auto planned = rated(indicator_level1::effect, rating::partial, "30");
    planned.op = comparison::at_least;
    planned.target = qty("95");
    CHECK(score_indicator(planned, {}).method == jixiao::scoring_method::qualitative);
    // Not applicable: left out, whatever else it carries.
    auto na = measured(indicator_level1::satisfaction, comparison::at_least, "90", "95", "10");
    na.not_applicable = true;
    const auto left_out = score_indicator(na, {});
    CHECK(left_out.method == jixiao::scoring_method::not_applicable);
    CHECK_FALSE(left_out.applicable());
    CHECK_FALSE(left_out.score);
}

TEST_CASE("an indicator that cannot be scored is an input error naming its path") {
    jixiao::project p;
    p.indicators = {rated(indicator_level1::output, rating::achieved, "50")};
    indicator nothing;
    nothing.name = "空指标";
    nothing.weight = pts("40");
    p.indicators.push_back(nothing);
    CHECK_THROWS_WITH((void)score_project(p, {}, ratio::one(), "projects[3]"),
                      "projects[3].indicators[1]: indicator \"空指标\" has neither op, target and actual, nor a rating, "
                      "and is not marked not_applicable");
    p.indicators[1] = rated(indicator_level1::effect, rating::achieved, "-5");
    CHECK_THROWS_WITH((void)score_project(p, {}, ratio::one(), "projects[3]"),
                      "projects[3].indicators[1].weight: indicator \"rated\" has a negative weight (-5); weights must be 0 or more");
    scheme bad;
    bad.score_decimals = 7;
    CHECK_THROWS_WITH((void)score_project(p, bad, ratio::one()),
                      "scheme.score_decimals: score_decimals must lie between 0 and 6, found 7");
    scheme negative;
    negative.execution_weight = pts("-10");
    CHECK_THROWS_WITH((void)jixiao::score_project({}, negative, ratio::one()),
                      "scheme.execution_weight: the execution weight is negative (-10); it must be 0 or more");
}

TEST_CASE("execution score = weight × min(rate, 1), uncapped when cap_execution is false") {
    using jixiao::execution_score;
    CHECK(execution_score(pts("10"), ratio::one(), true, 2) == pts("10"));
    CHECK(execution_score(pts("10"), ratio(19, 20), true, 2) == pts("9.5"));
    CHECK(execution_score(pts("10"), ratio(2, 3), true, 2) == pts("6.67"));
    CHECK(execution_score(pts("10"), ratio(2, 3), true, 0) == pts("7"));
    CHECK(execution_score(pts("10"), ratio(6, 5), true, 2) == pts("10"));
    CHECK(execution_score(pts("10"), ratio(6, 5), false, 2) == pts("12"));
    CHECK(execution_score(pts("10"), ratio::zero(), true, 2) == pts("0"));
    CHECK(execution_score(pts("10"), ratio(-1, 2), false, 2) == pts("0"));  // decided: never below 0

    jixiao::project p;
    scheme uncapped;
    uncapped.cap_execution = false;
    CHECK(*score_project(p, {}, ratio(6, 5)).execution == pts("10"));
    CHECK(*score_project(p, uncapped, ratio(6, 5)).execution == pts("12"));
    scheme heavier;
    heavier.execution_weight = pts("20");
    CHECK(*score_project(p, heavier, ratio(3, 4)).execution == pts("15"));
}

TEST_CASE("the total adds execution and indicator scores and grades the result") {
    jixiao::project p;
    p.indicators = {measured(indicator_level1::output, comparison::at_least, "7000", "7109", "50"),
                    rated(indicator_level1::effect, rating::partial, "30"),
                    measured(indicator_level1::satisfaction, comparison::at_least, "90", "81", "10")};
    const auto card = score_project(p, {}, ratio(19, 20));
    CHECK(card.decimals == 2);
    CHECK(*card.execution == pts("9.5"));
    REQUIRE(card.indicators.size() == 3);
    CHECK(*card.indicators[0].score == pts("50"));
    CHECK(card.indicators[0].full);
    CHECK(*card.indicators[1].score == pts("18"));
    CHECK_FALSE(card.indicators[1].full);
    CHECK(*card.indicators[2].score == pts("9"));
    CHECK(*card.indicators_sum == pts("77"));
    CHECK(card.applicable_weight == pts("100"));
    CHECK_FALSE(card.rescaled);
    CHECK(*card.total == pts("86.5"));
    CHECK(card.grade == grade::good);
}

TEST_CASE("weights that fail to total 100 still give a total on a 100-point scale (JX-I002 reports them)") {
    jixiao::project p;  // the shape of a 2022 county form: indicators worth 100, execution 10 on top
    p.indicators = {rated(indicator_level1::output, rating::achieved, "60"),
                    rated(indicator_level1::effect, rating::achieved, "30"),
                    rated(indicator_level1::satisfaction, rating::achieved, "10")};
    auto card = score_project(p, {}, ratio::one());
    CHECK(*card.total == pts("100"));  // 110 × 100 / 110, as the form printed it; not 110
    CHECK(card.applicable_weight == pts("110"));
    CHECK(card.rescaled);
    CHECK(card.grade == grade::excellent);

    // Surplus weight earns no grade: 88 of 110 points is 80.00 (良), not 88 … and 65 of 110 is 59.09 (差).
    p.indicators[0] = rated(indicator_level1::output, rating::partial, "60");  // 36
    p.indicators[1] = rated(indicator_level1::effect, rating::partial, "30");  // 18
    card = score_project(p, {}, ratio(1, 2));                                   // 5
    CHECK(*card.indicators_sum == pts("64"));
    CHECK(*card.total == pts("62.73"));  // (5 + 64) × 100 / 110 = 62.727…
    CHECK(card.grade == grade::fair);

    // Weights short of 100 are scaled up: 45 of 50 points is 90.
    jixiao::project q;
    q.indicators = {rated(indicator_level1::output, rating::achieved, "40")};
    card = score_project(q, {}, ratio(1, 2));
    CHECK(*card.total == pts("90"));
    CHECK(card.rescaled);
}

TEST_CASE("a rounded score never exceeds its weight") {
    jixiao::project p;
    p.indicators = {rated(indicator_level1::output, rating::achieved, "2.5"),
                    measured(indicator_level1::effect, comparison::at_least, "10", "10", "87.5")};
    auto card = score_project(p, whole_points(), ratio::one());
    CHECK(*card.indicators[0].score == pts("2"));  // 2.5 → 3 四舍五入 would pass the weight
    CHECK(card.indicators[0].full);
    CHECK(*card.indicators[1].score == pts("87"));
    CHECK(*card.execution == pts("10"));
    CHECK(*card.total == pts("99"));  // (10 + 2 + 87) × 100 / 100
    // The execution weight likewise: 9.5 of a 9.5-point execution weight prints 9.
    jixiao::scheme s = whole_points();
    s.execution_weight = pts("9.5");
    card = score_project(p, s, ratio::one());
    CHECK(*card.execution == pts("9"));
    // Below the weight, rounding is 四舍五入 as ever: 2.4 of 2.5 → 2, and 0.95 × 9.5 = 9.025 → 9.
    card = score_project(p, s, ratio(19, 20));
    CHECK(*card.execution == pts("9"));
    CHECK(jixiao::round_within(pts("2.45"), pts("2.5"), 1) == pts("2.5"));
    CHECK(jixiao::round_within(pts("2.5"), pts("2.5"), 0) == pts("2"));
    CHECK(jixiao::round_within(pts("2.4"), pts("2.5"), 0) == pts("2"));
    CHECK(jixiao::round_within(pts("3.5"), pts("2.5"), 0) == pts("4"));  // above the weight (uncapped): plain rounding
}

TEST_CASE("not-applicable indicators are left out and the total rescaled to 100") {
    jixiao::project p;
    p.indicators = {measured(indicator_level1::output, comparison::at_least, "7000", "7109", "50"),
                    rated(indicator_level1::effect, rating::achieved, "30"),
                    not_applicable(indicator_level1::satisfaction, "10")};
    // The README's example p02: execution 10.00, indicators 80.00, total 100.00, excellent.
    auto card = score_project(p, {}, ratio::one());
    CHECK(*card.execution == pts("10"));
    CHECK(*card.indicators_sum == pts("80"));
    CHECK(card.applicable_weight == pts("90"));
    CHECK(card.rescaled);
    CHECK(*card.total == pts("100"));
    CHECK(card.grade == grade::excellent);

    // Rescaling starts from the rounded part scores the form prints:
    // (9.50 + 42.86 + 18.00) × 100 / 90 = 78.1777… → 78.18. From the exact parts
    // (9.5 + 42.857142… + 18) it would be 78.174… → 78.17.
    p.indicators[0] = measured(indicator_level1::output, comparison::at_least, "7000", "6000", "50");
    p.indicators[1] = rated(indicator_level1::effect, rating::partial, "30");
    card = score_project(p, {}, ratio(19, 20));
    CHECK(*card.indicators_sum == pts("60.86"));
    CHECK(*card.total == pts("78.18"));
    CHECK(card.grade == grade::fair);

    // Whole points: (10 + 43 + 18) × 100 / 90 = 78.88… → 79.
    card = score_project(p, whole_points(), ratio(19, 20));
    CHECK(*card.execution == pts("10"));  // 9.5 → 10
    CHECK(*card.indicators_sum == pts("61"));
    CHECK(*card.total == pts("79"));

    // A not-applicable indicator of weight 0 leaves nothing out, but the weights total 90: still scaled.
    p.indicators[2] = not_applicable(indicator_level1::satisfaction, "0");
    card = score_project(p, {}, ratio::one());
    CHECK(card.rescaled);
    CHECK(*card.total == pts("78.73"));  // 70.86 × 100 / 90 = 78.733…
}

TEST_CASE("a project with no execution rate leaves the execution weight out") {
    jixiao::project p;
    p.indicators = {measured(indicator_level1::output, comparison::at_least, "7000", "7109", "50"),
                    rated(indicator_level1::effect, rating::partial, "30"),
                    measured(indicator_level1::satisfaction, comparison::at_least, "90", "95", "10")};
    const auto card = score_project(p, {}, std::nullopt);
    CHECK_FALSE(card.execution);
    CHECK(*card.indicators_sum == pts("78"));
    CHECK(card.applicable_weight == pts("90"));
    CHECK(card.rescaled);
    CHECK(*card.total == pts("86.67"));  // 78 × 100 / 90 = 86.666…
    CHECK(card.grade == grade::good);

    // Nothing applicable at all: no total, no grade.
    jixiao::project empty;
    empty.indicators = {not_applicable(indicator_level1::output, "50")};
    const auto nothing = score_project(empty, {}, std::nullopt);
    CHECK(*nothing.indicators_sum == pts("0"));
    CHECK_FALSE(nothing.total);
    CHECK_FALSE(nothing.grade);
}

TEST_CASE("a project with no indicators gets an execution score but no indicator sum, total or grade") {
    const auto card = jixiao::score_project({}, {}, ratio(1, 2));
    CHECK(*card.execution == pts("5"));
    CHECK(card.indicators.empty());
    CHECK_FALSE(card.indicators_sum);
    CHECK_FALSE(card.total);
    CHECK_FALSE(card.grade);
}

TEST_CASE("grades: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差") {
    using jixiao::grade_of;
    CHECK(grade_of(pts("100")) == grade::excellent);
    CHECK(grade_of(pts("90.00")) == grade::excellent);
    CHECK(grade_of(pts("89.99")) == grade::good);
    CHECK(grade_of(pts("80")) == grade::good);
    CHECK(grade_of(pts("79.99")) == grade::fair);
    CHECK(grade_of(pts("60")) == grade::fair);
    CHECK(grade_of(pts("59.99")) == grade::poor);
    CHECK(grade_of(pts("0")) == grade::poor);
    CHECK(to_string(grade::excellent) == "excellent");
    CHECK(vocabulary(grade::excellent).zh == "优");
    CHECK(vocabulary(grade::good).zh == "良");
    CHECK(vocabulary(grade::fair).zh == "中");
    CHECK(vocabulary(grade::poor).zh == "差");
    CHECK(jixiao::from_id(jixiao::all_grades, "fair") == grade::fair);

    // Through a project: 10 + 50 + 20 + 10 = 90.00 is 优; 19.99 instead of 20 gives 89.99, 良.
    jixiao::project p;
    p.indicators = {rated(indicator_level1::output, rating::achieved, "50"),
                    rated(indicator_level1::effect, rating::partial, "30", "20"),
                    rated(indicator_level1::satisfaction, rating::achieved, "10")};
    auto card = score_project(p, {}, ratio::one());
    CHECK(*card.total == pts("90"));
    CHECK(card.grade == grade::excellent);
    p.indicators[1].score = pts("19.99");
    card = score_project(p, {}, ratio::one());
    CHECK(*card.total == pts("89.99"));
    CHECK(card.grade == grade::good);
}

TEST_CASE("presets: mof-2020 recommends 50/30/10 plus execution 10; sc-2023 splits 90 freely") {
    const auto mof = jixiao::weights_of(jixiao::scheme_preset::mof_2020);
    CHECK(mof.execution == pts("10"));
    REQUIRE(mof.level1.size() == 3);
    CHECK(mof.level1[0] == std::pair{indicator_level1::output, pts("50")});
    CHECK(mof.level1[1] == std::pair{indicator_level1::effect, pts("30")});
    CHECK(mof.level1[2] == std::pair{indicator_level1::satisfaction, pts("10")});
    const auto sc = jixiao::weights_of(jixiao::scheme_preset::sc_2023);
    CHECK(sc.execution == pts("10"));
    CHECK(sc.level1.empty());
}

TEST_CASE("score cards print the way a failing test wants to read them") {
    jixiao::project p;
    p.indicators = {rated(indicator_level1::output, rating::achieved, "50"),
                    rated(indicator_level1::effect, rating::partial, "30", "25"),
                    not_applicable(indicator_level1::satisfaction, "10")};
    const auto card = score_project(p, {}, ratio(19, 20));
    std::ostringstream out;
    out << card;
    CHECK(out.str() == "execution 9.50, indicators 73.99, total 92.77 (rescaled over 90 points), grade excellent 优");
    std::ostringstream one;
    one << card.indicators[1] << " | " << card.indicators[2];
    CHECK(one.str() == "30 points: 23.99 (partial [18, 23.99]) clamped from 25 | 10 points: not applicable");
    std::ostringstream none;
    none << jixiao::score_project({}, {}, std::nullopt);
    CHECK(none.str() == "execution —, indicators —, total —, grade —");
}

TEST_CASE("evaluate() carries each project's score card") {
    jixiao::document doc;
    doc.fiscal_year = 2023;
    jixiao::project p;
    p.id = "p02";
    p.name = "困难群众社会保险代缴资金";
    jixiao::tranche t;
    t.level = jixiao::level::district;
    t.amount = money::parse("55.07万");
    p.tranches = {t};
    jixiao::execution e;
    e.used = money::parse("55.07万");
    p.execution = e;
    p.indicators = {measured(indicator_level1::output, comparison::at_least, "7000", "7109", "50"),
                    rated(indicator_level1::effect, rating::achieved, "30"),
                    not_applicable(indicator_level1::satisfaction, "10")};
    doc.projects = {p};
    const auto result = jixiao::evaluate(doc);
    REQUIRE(result.projects.size() == 1);
    const auto& card = result.projects[0].scores;
    CHECK(*card.execution == pts("10"));
    CHECK(*card.indicators_sum == pts("80"));
    CHECK(*card.total == pts("100"));
    CHECK(card.grade == grade::excellent);

    doc.projects[0].indicators[0].weight = pts("-1");
    CHECK_THROWS_WITH((void)jixiao::evaluate(doc), doctest::Contains("projects[0].indicators[0].weight"));
}
