#pragma once
// Indicator scores, the execution score, the total and the grade (domain.md §7).
// Every score is computed exactly and rounded once, 四舍五入, to the scheme's
// score_decimals (default 2), but never above its weight: a rounded score that
// would exceed the weight is the highest step of the grid within it (2.5 of 2.5
// points with whole points is 2, not 3). The total is on a 100-point scale,
// built from the rounded part scores the 自评表 prints: their sum × 100 / the
// applicable weights, which is the plain sum when those weights total 100.

#include <jixiao/detail/text.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

// ---- grade -------------------------------------------------------------------

enum class grade { excellent, good, fair, poor };  // 优 / 良 / 中 / 差
inline constexpr std::array all_grades{grade::excellent, grade::good, grade::fair, grade::poor};

[[nodiscard]] constexpr vocabulary_entry vocabulary(grade v) noexcept {
    switch (v) {
    case grade::excellent: return {"excellent", "优", "excellent"};
    case grade::good: return {"good", "良", "good"};
    case grade::fair: return {"fair", "中", "fair"};
    case grade::poor: return {"poor", "差", "poor"};
    }
    return {"?", "?", "?"};
}

// ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差 — on the rounded total, so 89.995 (printed 90.00) is 优.
[[nodiscard]] inline grade grade_of(const points& total) {
    if (total >= points(90)) return grade::excellent;
    if (total >= points(80)) return grade::good;
    if (total >= points(60)) return grade::fair;
    return grade::poor;
}

// ---- presets -----------------------------------------------------------------

// What a preset recommends: the execution weight and, per level-1, the
// indicator weights (empty when the indicator points are split freely).
struct preset_weights {
    scheme_preset preset = scheme_preset::mof_2020;
    points execution;
    std::vector<std::pair<indicator_level1, points>> level1;
};

[[nodiscard]] inline preset_weights weights_of(scheme_preset p) {
    switch (p) {
    case scheme_preset::mof_2020:
        return {p, points(10),
                {{indicator_level1::output, points(50)},
                 {indicator_level1::effect, points(30)},
                 {indicator_level1::satisfaction, points(10)}}};
    case scheme_preset::sc_2023: return {p, points(10), {}};
    }
    return {p, points(10), {}};
}

// ---- the score grid ------------------------------------------------------------

namespace detail {
[[nodiscard]] inline location at_path(std::string path) {
    location where;
    where.path = std::move(path);
    return where;
}
}  // namespace detail

// Scores move in steps of 10^-decimals: 0.01 by default, 1 for forms that print whole scores.
[[nodiscard]] inline points score_step(int decimals) {
    if (decimals >= 0 && decimals <= 18) return points(rational::fraction(1, detail::powers_of_ten[decimals]));
    cpp_int scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    return points(cpp_rational(cpp_int(1), scale));
}

// Accepted score_decimals: 0 (whole points) to 6; anything else is an input error.
inline constexpr int max_score_decimals = 6;

[[nodiscard]] inline int score_decimals_of(const scheme& s) {
    const int d = s.score_decimals_or_default();
    if (d < 0 || d > max_score_decimals)
        throw error({"得分小数位数应在 0 到 6 之间，实为 " + std::to_string(d),
                     "score_decimals must lie between 0 and 6, found " + std::to_string(d)},
                    detail::at_path("scheme.score_decimals"));
    return d;
}

// A score printed the way the form prints it: "23.99", or, when it has more
// places than the grid (a given or reported score), every place it has.
[[nodiscard]] inline std::string format_score(const points& p, int decimals) {
    if (auto text = detail::format_exact(p.fraction(), decimals, 30)) return *text;
    return format_fixed(p, decimals);
}

// ---- qualitative bands -----------------------------------------------------------

// The scores a rating allows (MOF 2020), both ends included, on the score grid:
// achieved [0.8w, w], partial [0.6w, 0.8w), not_achieved [0, 0.6w). A lower
// bound off the grid moves up to the next step; the top of a half-open band is
// the first step at or above its bound, less one step (partial at w = 30 with
// two decimals: [18.00, 23.99]; with whole points: [18, 23]). The three bands
// thus split the grid with no gap and no overlap. A weight so small that a band
// holds no step (w = 0.01) shrinks that band to its lower bound.
struct score_band {
    enum rating rating = rating::achieved;
    points low;
    points high;
    [[nodiscard]] bool contains(const points& s) const { return low <= s && s <= high; }
    friend bool operator==(const score_band&, const score_band&) = default;
};

[[nodiscard]] inline score_band band_of(rating r, const points& weight, int decimals) {
    const points step = score_step(decimals);
    const auto up = [&](const points& p) { return p.round(decimals, rounding::ceiling); };
    const points six_tenths = weight * ratio(3, 5);
    const points eight_tenths = weight * ratio(4, 5);
    score_band band{r, points(0), points(0)};
    switch (r) {
    case rating::achieved: band.low = up(eight_tenths); band.high = weight; break;
    case rating::partial: band.low = up(six_tenths); band.high = up(eight_tenths) - step; break;
    case rating::not_achieved: band.low = points(0); band.high = up(six_tenths) - step; break;
    }
    if (band.high < band.low) band.high = band.low;
    return band;
}

// The score of a rating given without one: achieved w, partial 0.6w,
// not_achieved 0. Partial takes its band's lower bound, which is 0.6w whenever
// 0.6w lies on the grid (with whole points and w = 7 it is 5, not 4.2 → 4,
// which would fall into not_achieved's band).
[[nodiscard]] inline points default_score(const score_band& band, const points& weight) {
    switch (band.rating) {
    case rating::achieved: return weight;
    case rating::partial: return band.low;
    case rating::not_achieved: return points(0);
    }
    return points(0);
}

// `exact` rounded 四舍五入 to the grid, but never above `weight`: the highest
// step at or below the weight when rounding would pass it.
[[nodiscard]] inline points round_within(const points& exact, const points& weight, int decimals) {
    const points rounded = exact.round(decimals, si_she_wu_ru);
    if (rounded <= weight) return rounded;
    return exact <= weight ? weight.round(decimals, rounding::floor) : rounded;
}

// ---- quantitative formulas ---------------------------------------------------------

// The exact, unrounded score of a quantitative indicator (w weight, A target, B actual).
//   >= : B ≥ A → w; else w × max(B, 0) / A.
//   <= : B ≤ A → w; else ratio: w × A / B; linear: w × max(0, 1 − (B − A) / A).
//   =  : B = A → w; A = 0 → 0; else w × min(|A|, |B|) / max(|A|, |B|).
// Decisions where domain.md is silent: a missed target of zero or below scores 0
// for >= and <= (no proportion of a non-positive target means anything, and the
// formulas would give more than w or divide by zero); for =, target and actual of
// opposite signs score 0 and same-sign negatives compare by magnitude
// (A = −5, B = −10 → w/2, not 2w).
[[nodiscard]] inline points quantitative_score(comparison op, const points& w, const quantity& target,
                                               const quantity& actual, reverse_formula reverse) {
    const rational& a = target.fraction();
    const rational& b = actual.fraction();
    const auto share = [&](const rational& fraction) { return points(w.fraction() * fraction); };
    switch (op) {
    case comparison::at_least:
        if (b >= a) return w;
        if (a.sign() <= 0 || b.sign() <= 0) return points(0);
        return share(b / a);
    case comparison::at_most:
        if (b <= a) return w;
        if (a.sign() <= 0) return points(0);
        if (reverse == reverse_formula::ratio) return share(a / b);
        {
            const rational left = rational(1) - (b - a) / a;
            return left.sign() > 0 ? share(left) : points(0);
        }
    case comparison::equal: {
        if (b == a) return w;
        if (a.is_zero() || b.is_zero() || (a.sign() < 0) != (b.sign() < 0)) return points(0);
        const rational abs_a = abs(a);
        const rational abs_b = abs(b);
        return abs_a < abs_b ? share(abs_a / abs_b) : share(abs_b / abs_a);
    }
    }
    return points(0);
}

// ---- execution score ------------------------------------------------------------------

// weight × min(rate, 1), uncapped when cap is false; rounded, never above the
// weight when capped. A negative rate (negative `used`, a data error the funds
// rules report) scores 0, not below.
[[nodiscard]] inline points execution_score(const points& weight, const ratio& rate, bool cap, int decimals) {
    ratio counted = rate;
    if (cap && counted > ratio::one()) counted = ratio::one();
    if (counted.is_negative()) counted = ratio::zero();
    return round_within(weight * counted, weight, decimals);
}

// ---- per-indicator result -----------------------------------------------------------------

enum class scoring_method { quantitative, qualitative, not_applicable };

struct indicator_score {
    scoring_method method = scoring_method::not_applicable;
    points weight;
    std::optional<points> score;     // rounded; nullopt when not applicable (left out)
    std::optional<score_band> band;  // qualitative only
    std::optional<points> given;     // qualitative: indicator.score as written
    bool clamped = false;            // given lay outside band and was moved to its nearest end (JX-I006)
    bool full = false;               // full marks as printed: the rounded score reaches the rounded weight

    [[nodiscard]] bool applicable() const noexcept { return score.has_value(); }
    friend bool operator==(const indicator_score&, const indicator_score&) = default;
};

namespace detail {

[[nodiscard]] inline std::string indicator_path(const std::string& project_path, std::size_t index,
                                                std::string_view field) {
    std::string p = project_path.empty() ? "" : project_path + ".";
    p += "indicators[" + std::to_string(index) + "]";
    if (!field.empty()) p += "." + std::string(field);
    return p;
}

}  // namespace detail

// Scores one indicator. Quantitative when op, target and actual are all given,
// else qualitative when a rating is given (a planned target with a rating but no
// actual is rated); `indicator.score` is read for qualitative indicators only.
// An indicator with neither, or with a negative weight, is an input error whose
// path is `project_path`.indicators[index].
[[nodiscard]] inline indicator_score score_indicator(const indicator& ind, const scheme& s, std::size_t index = 0,
                                                     const std::string& project_path = {}) {
    const int decimals = score_decimals_of(s);
    if (ind.weight.is_negative())
        throw error({"指标“" + ind.name + "”的分值为负（" + to_string(ind.weight) + "），分值应不小于 0",
                     "indicator \"" + ind.name + "\" has a negative weight (" + to_string(ind.weight) +
                         "); weights must be 0 or more"},
                    detail::at_path(detail::indicator_path(project_path, index, "weight")));
    indicator_score out;
    out.weight = ind.weight;
    if (ind.not_applicable) return out;

    points exact;
    if (ind.op && ind.target && ind.actual) {
        out.method = scoring_method::quantitative;
        exact = quantitative_score(*ind.op, ind.weight, *ind.target, *ind.actual, s.reverse_or_default());
    } else if (ind.rating) {
        out.method = scoring_method::qualitative;
        const score_band band = band_of(*ind.rating, ind.weight, decimals);
        out.band = band;
        out.given = ind.score;
        exact = ind.score.value_or(default_score(band, ind.weight));
        if (exact < band.low) { exact = band.low; out.clamped = true; }
        if (exact > band.high) { exact = band.high; out.clamped = true; }
    } else {
        throw error({"指标“" + ind.name + "”既没有完整的 op、target、actual，也没有 rating，且未标为不适用",
                     "indicator \"" + ind.name + "\" has neither op, target and actual, nor a rating, "
                     "and is not marked not_applicable"},
                    detail::at_path(detail::indicator_path(project_path, index, "")));
    }
    out.score = round_within(exact, ind.weight, decimals);
    out.full = *out.score >= round_within(ind.weight, ind.weight, decimals);
    return out;
}

// ---- the score card -------------------------------------------------------------------------

// A project's scores, as the 自评表 prints them.
struct score_card {
    int decimals = 2;
    points execution_weight;
    std::optional<points> execution;          // nullopt: no execution rate, its weight left out
    std::vector<indicator_score> indicators;  // one per project indicator, in order
    std::optional<points> indicators_sum;     // Σ applicable indicator scores; nullopt: no indicators
    points applicable_weight;                 // Σ weights scored, execution's included
    bool rescaled = false;                    // applicable_weight ≠ 100: total = raw × 100 / applicable_weight
    std::optional<points> total;              // nullopt: no indicators, or nothing applicable
    std::optional<enum grade> grade;
    friend bool operator==(const score_card&, const score_card&) = default;
};

// Scores a project. The total is always on a 100-point scale: the rounded part
// scores (execution's and every applicable indicator's) are summed, multiplied by
// 100 and divided by the applicable weights (execution's included), then rounded
// once. Weight left out (a not-applicable indicator, or the execution weight of a
// project without an execution rate) counts in neither sum. When the applicable
// weights total 100 this is the plain sum; when they do not (a form that breaks
// its own weights, which JX-I002 reports) the total is still scaled to 100, so no
// total above 100 and no grade earned by surplus weight is ever printed. The sum
// starts from figures the form prints, so it can be redone by hand from the form.
// A project whose applicable weights total 0 has no total.
// Errors name paths under `project_path` (e.g. "projects[3]").
[[nodiscard]] inline score_card score_project(const project& p, const scheme& s,
                                              const std::optional<ratio>& execution_rate,
                                              const std::string& project_path = {}) {
    score_card card;
    card.decimals = score_decimals_of(s);
    card.execution_weight = s.execution_weight_or_default();
    if (card.execution_weight.is_negative())
        throw error({"预算执行率分值为负（" + to_string(card.execution_weight) + "），应不小于 0",
                     "the execution weight is negative (" + to_string(card.execution_weight) + "); it must be 0 or more"},
                    detail::at_path("scheme.execution_weight"));

    if (execution_rate) {
        card.execution = execution_score(card.execution_weight, *execution_rate, s.cap_execution_or_default(),
                                         card.decimals);
        card.applicable_weight += card.execution_weight;
    }
    if (p.indicators.empty()) return card;

    points sum;
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        indicator_score scored = score_indicator(p.indicators[i], s, i, project_path);
        if (scored.score) {
            sum += *scored.score;
            card.applicable_weight += scored.weight;
        }
        card.indicators.push_back(std::move(scored));
    }
    card.indicators_sum = sum;

    const points raw = card.execution.value_or(points(0)) + sum;
    if (!card.applicable_weight.is_positive()) {
        card.rescaled = true;
        return card;
    }
    card.rescaled = card.applicable_weight != points(100);
    card.total = card.rescaled ? points(raw.fraction() * rational(100) / card.applicable_weight.fraction())
                                     .round(card.decimals, si_she_wu_ru)
                               : raw;
    card.grade = grade_of(*card.total);
    return card;
}

// ---- printing ------------------------------------------------------------------------------------

inline std::ostream& operator<<(std::ostream& os, const score_band& b) {
    return os << b.rating << " [" << to_string(b.low) << ", " << to_string(b.high) << "]";
}

inline std::ostream& operator<<(std::ostream& os, const indicator_score& s) {
    os << to_string(s.weight) << " points: ";
    if (!s.score) return os << "not applicable";
    os << to_string(*s.score);
    if (s.band) os << " (" << *s.band << ")";
    if (s.clamped && s.given) os << " clamped from " << to_string(*s.given);
    return os;
}

// "execution 10.00, indicators 80.00, total 100.00, grade excellent 优"; "—" where there is none.
inline std::ostream& operator<<(std::ostream& os, const score_card& c) {
    const auto part = [&](const std::optional<points>& p) {
        return p ? format_score(*p, c.decimals) : std::string("—");
    };
    os << "execution " << part(c.execution) << ", indicators " << part(c.indicators_sum) << ", total "
       << part(c.total);
    if (c.rescaled && c.total) os << " (rescaled over " << to_string(c.applicable_weight) << " points)";
    os << ", grade ";
    if (c.grade) os << vocabulary(*c.grade).id << " " << vocabulary(*c.grade).zh;
    else os << "—";
    return os;
}

}  // namespace jixiao
