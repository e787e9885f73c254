#pragma once
// Indicator rules JX-I001…JX-I010 (`jixiao rules --explain` says what each
// checks and why). Each rule is a small function
// next to its catalogue entry and its messages; the scores they read are
// computed once per project (scoring.hpp, project_context::scores). Tests in
// tests/unit/rules_indicators_test.cpp.

#include <jixiao/rule.hpp>
#include <jixiao/scoring.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::rules {

/// JX-I001: an indicator scores below its weight and no deviation reason explains it.
/// A blank deviation counts as none.
[[nodiscard]] rule jx_i001();

/// JX-I002: indicator weights, not-applicable ones included, do not total
/// 100 − execution weight. A project with no indicators is left to JX-I005.
[[nodiscard]] rule jx_i002();

/// JX-I003: a >= target is positive and the actual is at least 1.5 × target.
[[nodiscard]] rule jx_i003();

/// JX-I004: an output indicator scores full while nothing was used out of positive available funds.
[[nodiscard]] rule jx_i004();

/// JX-I005: no indicators at all, or none of level-1 output, or none of effect.
/// Not-applicable indicators count: the rule is about the indicator set the unit designed.
[[nodiscard]] rule jx_i005();

/// JX-I006: a given qualitative score lies outside its rating's band; it was clamped to the band.
[[nodiscard]] rule jx_i006();

/// JX-I007: level-1 weights differ from the preset's recommendation (mof-2020:
/// output 50, effect 30, satisfaction 10; a level-1 it does not name, cost, is
/// expected to weigh 0). sc-2023 splits the 90 points freely and never fires.
/// Not-applicable indicators count, as in JX-I002. One finding per level-1 that differs.
[[nodiscard]] rule jx_i007();

/// JX-I008: a level-2 category does not belong to its level-1.
[[nodiscard]] rule jx_i008();

/// JX-I009: a score the form printed (reported_score, reported.execution_score,
/// reported.total) differs from the computed one. Compared exactly against the computed score
/// rounded to score_decimals. A printed score where jixiao computes none (a
/// not-applicable indicator, a project with no execution rate) differs too.
[[nodiscard]] rule jx_i009();

/// JX-I010: reported.total ≠ reported execution score + Σ reported indicator
/// scores: the form's own arithmetic. Checked only when the form printed every
/// part (the total, the execution score and a score for every applicable
/// indicator); otherwise the sum cannot be redone and the rule stays quiet.
/// Not-applicable indicators are left out of the sum; when one of positive
/// weight exists, the sum is rescaled to 100 over the remaining weights
/// (execution's included) and rounded to score_decimals, as the total is.
[[nodiscard]] rule jx_i010();

/// All indicator rules, in catalogue order.
[[nodiscard]] std::vector<rule> indicator_rules();

}  // namespace jixiao::rules
