#pragma once
// Indicator scores, the execution score, the total and the grade (README "How jixiao computes").
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

/// ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差 — on the rounded total, so 89.995 (printed 90.00) is 优.
[[nodiscard]] grade grade_of(const points& total);

// ---- presets -----------------------------------------------------------------

/// What a preset recommends: the execution weight and, per level-1, the
/// indicator weights (empty when the indicator points are split freely).
struct preset_weights {
    scheme_preset preset = scheme_preset::mof_2020;
    points execution;
    std::vector<std::pair<indicator_level1, points>> level1;
};

[[nodiscard]] preset_weights weights_of(scheme_preset p);

// ---- the score grid ------------------------------------------------------------

namespace detail {
[[nodiscard]] location at_path(std::string path);
}  // namespace detail

/// Scores move in steps of 10^-decimals: 0.01 by default, 1 for forms that print whole scores.
[[nodiscard]] points score_step(int decimals);

/// Accepted score_decimals: 0 (whole points) to 6; anything else is an input error.
inline constexpr int max_score_decimals = 6;

[[nodiscard]] int score_decimals_of(const scheme& s);

/// A score printed the way the form prints it: "23.99", or, when it has more
/// places than the grid (a given or reported score), every place it has.
[[nodiscard]] std::string format_score(const points& p, int decimals);

// ---- qualitative bands -----------------------------------------------------------

/// The scores a rating allows (MOF 2020), both ends included, on the score grid:
/// achieved [0.8w, w], partial [0.6w, 0.8w), not_achieved [0, 0.6w). A lower
/// bound off the grid moves up to the next step; the top of a half-open band is
/// the first step at or above its bound, less one step (partial at w = 30 with
/// two decimals: [18.00, 23.99]; with whole points: [18, 23]). The three bands
/// thus split the grid with no gap and no overlap. A weight so small that a band
/// holds no step (w = 0.01) shrinks that band to its lower bound.
struct score_band {
    jixiao::rating rating = jixiao::rating::achieved;
    points low;
    points high;
    [[nodiscard]] bool contains(const points& s) const { return low <= s && s <= high; }
    friend bool operator==(const score_band&, const score_band&) = default;
};

[[nodiscard]] score_band band_of(rating r, const points& weight, int decimals);

/// The score of a rating given without one: achieved w, partial 0.6w,
/// not_achieved 0. Partial takes its band's lower bound, which is 0.6w whenever
/// 0.6w lies on the grid (with whole points and w = 7 it is 5, not 4.2 → 4,
/// which would fall into not_achieved's band).
[[nodiscard]] points default_score(const score_band& band, const points& weight);

// ---- quantitative formulas ---------------------------------------------------------

/// `exact` rounded 四舍五入 to the grid, but never above `weight`: the highest
/// step at or below the weight when rounding would pass it.
[[nodiscard]] points round_within(const points& exact, const points& weight, int decimals);

/// The exact, unrounded score of a quantitative indicator (w weight, A target, B actual).
///   >= : B ≥ A → w; else w × max(B, 0) / A.
///   <= : B ≤ A → w; else ratio: w × A / B; linear: w × max(0, 1 − (B − A) / A).
///   =  : B = A → w; A = 0 → 0; else w × min(|A|, |B|) / max(|A|, |B|).
/// Decisions where the MOF 2020 formulas are silent: a missed target of zero or below scores 0
/// for >= and <= (no proportion of a non-positive target means anything, and the
/// formulas would give more than w or divide by zero); for =, target and actual of
/// opposite signs score 0 and same-sign negatives compare by magnitude
/// (A = −5, B = −10 → w/2, not 2w).
[[nodiscard]] points quantitative_score(comparison op, const points& w, const quantity& target,
                                               const quantity& actual, reverse_formula reverse);

// ---- execution score ------------------------------------------------------------------

/// weight × min(rate, 1), uncapped when cap is false; rounded. A negative rate
/// (negative `used`, a data error the funds rules report) scores 0, not below.
[[nodiscard]] points execution_score(const points& weight, const ratio& rate, bool cap, int decimals);

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

[[nodiscard]] std::string indicator_path(const std::string& project_path, std::size_t index,
                                                std::string_view field);

}  // namespace detail

/// Scores one indicator. Quantitative when op, target and actual are all given,
/// else qualitative when a rating is given (a planned target with a rating but no
/// actual is rated); `indicator.score` is read for qualitative indicators only.
/// An indicator with neither, or with a negative weight, is an input error whose
/// path is `project_path`.indicators[index].
[[nodiscard]] indicator_score score_indicator(const indicator& ind, const scheme& s, std::size_t index = 0,
                                                     const std::string& project_path = {});

// ---- the score card -------------------------------------------------------------------------

/// A project's scores, as the 自评表 prints them.
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

/// Scores a project. The total adds the rounded part scores; when weight was left
/// out (a not-applicable indicator of positive weight, or no execution rate) it is
/// rescaled to 100 over the weights that were scored and rounded once more. Both
/// roundings start from figures the form prints, so the rescale can be redone by
/// hand from the form. Nothing is rescaled when weights merely fail to total 100
/// (JX-I002 reports that); a project whose applicable weights total 0 has no total.
/// Errors name paths under `project_path` (e.g. "projects[3]").
[[nodiscard]] score_card score_project(const project& p, const scheme& s,
                                              const std::optional<ratio>& execution_rate,
                                              const std::string& project_path = {});

// ---- printing ------------------------------------------------------------------------------------

std::ostream& operator<<(std::ostream& os, const score_band& b);

std::ostream& operator<<(std::ostream& os, const indicator_score& s);

// "execution 10.00, indicators 80.00, total 100.00, grade excellent 优"; "—" where there is none.
std::ostream& operator<<(std::ostream& os, const score_card& c);

}  // namespace jixiao
