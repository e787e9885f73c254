// The indicators rules: each a small function next to its catalogue entry and its messages.

#include <jixiao/rules/indicators.hpp>

#include <jixiao/rule.hpp>
#include <jixiao/scoring.hpp>
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::rules {

namespace {

[[nodiscard]] std::string indicator_field(std::size_t i, std::string_view field = {}) {
    std::string p = "indicators[" + std::to_string(i) + "]";
    if (!field.empty()) p += "." + std::string(field);
    return p;
}
// “代缴人数” in Chinese text, "代缴人数" in English.
[[nodiscard]] std::string quoted_zh(const indicator& ind) { return "“" + ind.name + "”"; }
[[nodiscard]] std::string quoted_en(const indicator& ind) { return "\"" + ind.name + "\""; }
[[nodiscard]] bool blank(const std::optional<std::string>& text) { return !text || jixiao::detail::is_blank(*text); }
// A signed difference: "+10", "-2.50".
[[nodiscard]] std::string signed_text(const std::string& text) {
    return (!text.empty() && text.front() == '-') ? text : "+" + text;
}

}  // namespace

// JX-I001: an indicator scores below its weight and no deviation reason explains it.
// A blank deviation counts as none.
rule jx_i001() {
    return {{"JX-I001", severity::warning,
             {"指标得分低于分值且未填写偏差原因", "an indicator scores below its weight and gives no deviation reason"}},
            [](const project_context& c, finding_sink& out) {
                const int d = c.scores.decimals;
                for (std::size_t i = 0; i < c.scores.indicators.size(); ++i) {
                    const auto& s = c.scores.indicators[i];
                    const auto& ind = c.proj.indicators[i];
                    if (!s.applicable() || s.full || !blank(ind.deviation)) continue;
                    const std::string weight = format_score(s.weight, d);
                    const std::string score = format_score(*s.score, d);
                    const std::string short_by = format_score(s.weight - *s.score, d);
                    out.report(c.path(indicator_field(i, "deviation")),
                               {"指标" + quoted_zh(ind) + "得分 " + score + "，低于分值 " + weight + "，少 " +
                                    short_by + " 分，但没有填写偏差原因分析及改进措施；请在 deviation 中说明",
                                "indicator " + quoted_en(ind) + " scores " + score + " of its " + weight +
                                    " points (" + short_by + " short) but gives no deviation reason; explain it in deviation"},
                               weight, score, format_score(*s.score - s.weight, d));
                }
            },
            {}};
}

// JX-I002: indicator weights, not-applicable ones included, do not total
// 100 − execution weight. A project with no indicators is left to JX-I005.
rule jx_i002() {
    return {{"JX-I002", severity::error,
             {"指标分值合计不等于 100 减预算执行率分值", "indicator weights do not total 100 minus the execution weight"}},
            [](const project_context& c, finding_sink& out) {
                if (c.proj.indicators.empty()) return;
                points total;
                for (const auto& ind : c.proj.indicators) total += ind.weight;
                const points execution = c.scores.execution_weight;
                const points expected = points(100) - execution;
                if (total == expected) return;
                const points diff = total - expected;
                const bool over = diff.is_positive();
                const std::string by = to_string(over ? diff : -diff);
                out.report(c.path("indicators"),
                           {"各指标分值合计应为 " + to_string(expected) + "（100 − 预算执行率分值 " + to_string(execution) +
                                "），实为 " + to_string(total) + "，" + (over ? "多 " : "少 ") + by +
                                "；请核对各指标的 weight（不适用的指标也计入）",
                            "the indicator weights should total " + to_string(expected) + " (100 − execution weight " +
                                to_string(execution) + ") but total " + to_string(total) + ", " + by +
                                (over ? " over" : " short") + "; check each indicator's weight (not-applicable ones count too)"},
                           to_string(expected), to_string(total), signed_text(to_string(diff)));
            },
            {}};
}

// JX-I003: a >= target is positive and the actual is at least 1.5 × target.
rule jx_i003() {
    return {{"JX-I003", severity::info,
             {"正向指标实际完成值达到年度指标值的 1.5 倍以上，目标可能偏低",
              "a >= indicator's actual is at least 1.5 × its target: the target may be too low"}},
            [](const project_context& c, finding_sink& out) {
                for (std::size_t i = 0; i < c.proj.indicators.size(); ++i) {
                    const auto& ind = c.proj.indicators[i];
                    if (ind.not_applicable || ind.op != comparison::at_least || !ind.target || !ind.actual) continue;
                    if (!ind.target->is_positive() || *ind.actual < *ind.target * ratio(3, 2)) continue;
                    const std::string times =
                        jixiao::detail::format_fixed(ind.actual->fraction() / ind.target->fraction(), 2, si_she_wu_ru);
                    out.report(c.path(indicator_field(i, "target")),
                               {"指标" + quoted_zh(ind) + "年度指标值 ≥" + to_string(*ind.target) + "，实际完成值 " +
                                    to_string(*ind.actual) + "，是目标的 " + times +
                                    " 倍（达到 1.5 倍）：目标可能定得偏低，评价时可酌情扣分（财预〔2020〕10号）",
                                "indicator " + quoted_en(ind) + ": the actual " + to_string(*ind.actual) + " is " +
                                    times + " × its target of at least " + to_string(*ind.target) +
                                    " (1.5 × or more): the target may have been set too low, and reviewers may deduct (MOF 2020)"},
                               to_string(*ind.target), to_string(*ind.actual));
                }
            },
            {}};
}

// JX-I004: an output indicator scores full while nothing was used out of positive available funds.
rule jx_i004() {
    return {{"JX-I004", severity::warning,
             {"产出指标得满分，但到位资金一分未用", "an output indicator scores full although none of the available funds was used"}},
            [](const project_context& c, finding_sink& out) {
                // (No word on what was used is no use of 0: README, "How jixiao computes", unknown is not zero.)
                if (!c.funds.used_stated || !c.funds.used.is_zero() || !c.funds.available.is_positive()) return;
                for (std::size_t i = 0; i < c.scores.indicators.size(); ++i) {
                    const auto& s = c.scores.indicators[i];
                    const auto& ind = c.proj.indicators[i];
                    if (ind.level1 != indicator_level1::output || !s.applicable() || !s.full) continue;
                    const std::string score = format_score(*s.score, c.scores.decimals);
                    const std::string available = to_string(c.funds.available);
                    out.report(c.path(indicator_field(i)),
                               {"产出指标" + quoted_zh(ind) + "得满分 " + score + "，但项目到位资金 " + available +
                                    " 元使用 0.00 元；请核对该产出是否由本项目资金完成，或资金是否已使用",
                                "output indicator " + quoted_en(ind) + " scores full (" + score + ") although none of the " +
                                    available + " available was used; check that this project's money produced the output, or that the use was recorded"},
                               std::nullopt, to_string(c.funds.used));
                }
            },
            {}};
}

// JX-I005: no indicators at all, or none of level-1 output, or none of effect.
// Not-applicable indicators count: the rule is about the indicator set the unit designed.
rule jx_i005() {
    return {{"JX-I005", severity::warning,
             {"项目没有绩效指标，或缺少产出指标或效益指标", "the project has no indicators, or none of output or of effect"}},
            [](const project_context& c, finding_sink& out) {
                const auto& list = c.proj.indicators;
                if (list.empty()) {
                    out.report(c.path("indicators"),
                               {"项目没有绩效指标，无法计算指标得分、总分和等级；自评表至少应有产出指标和效益指标",
                                "the project has no performance indicators, so it has no indicator score, total or grade; "
                                "a self-evaluation needs at least output and effect indicators"},
                               std::nullopt, "0");
                    return;
                }
                for (const indicator_level1 wanted : {indicator_level1::output, indicator_level1::effect}) {
                    const bool present = std::any_of(list.begin(), list.end(),
                                                     [&](const indicator& ind) { return ind.level1 == wanted; });
                    if (present) continue;
                    const auto v = vocabulary(wanted);
                    out.report(c.path("indicators"),
                               {"项目没有" + std::string(v.zh) + "（一级指标 " + std::string(v.id) + "）；自评表至少应有产出指标和效益指标",
                                "the project has no " + std::string(v.en) + " indicator (level-1 " + std::string(v.id) +
                                    "); a self-evaluation needs at least output and effect indicators"},
                               std::string(v.id), std::nullopt);
                }
            },
            {}};
}

// JX-I006: a given qualitative score lies outside its rating's band; it was clamped to the band.
rule jx_i006() {
    return {{"JX-I006", severity::error,
             {"定性指标得分超出其评级的分值区间", "a qualitative score lies outside its rating's band"}},
            [](const project_context& c, finding_sink& out) {
                const int d = c.scores.decimals;
                for (std::size_t i = 0; i < c.scores.indicators.size(); ++i) {
                    const auto& s = c.scores.indicators[i];
                    if (!s.clamped || !s.band || !s.given) continue;
                    const auto& ind = c.proj.indicators[i];
                    const auto v = vocabulary(s.band->rating);
                    const std::string band = "[" + format_score(s.band->low, d) + ", " + format_score(s.band->high, d) + "]";
                    const std::string given = format_score(*s.given, d);
                    const std::string used = format_score(*s.score, d);
                    const bool above = *s.given > s.band->high;
                    const points off = above ? *s.given - s.band->high : s.band->low - *s.given;
                    const std::string share = s.band->rating == rating::achieved  ? "80%–100%"
                                            : s.band->rating == rating::partial   ? "60%–80%"
                                                                                  : "0–60%";
                    out.report(c.path(indicator_field(i, "score")),
                               {"指标" + quoted_zh(ind) + "评为" + std::string(v.zh) + "，得分应在 " + band + " 之间（分值 " +
                                    to_string(s.weight) + " 的 " + share + "），实为 " + given + "，" + (above ? "高出 " : "低出 ") +
                                    format_score(off, d) + "；已按 " + used + " 计分",
                                "indicator " + quoted_en(ind) + " is rated " + std::string(v.en) +
                                    ", so its score must lie in " + band + " (" + share + " of its " + to_string(s.weight) +
                                    " points); it is " + given + ", " + format_score(off, d) + (above ? " above" : " below") +
                                    "; scored as " + used},
                               band, given, signed_text(format_score(*s.given - *s.score, d)));
                }
            },
            {}};
}

// JX-I007: level-1 weights differ from the preset's recommendation (mof-2020:
// output 50, effect 30, satisfaction 10; a level-1 it does not name, cost, is
// expected to weigh 0). sc-2023 splits the 90 points freely and never fires.
// Not-applicable indicators count, as in JX-I002. One finding per level-1 that differs.
rule jx_i007() {
    return {{"JX-I007", severity::info,
             {"一级指标分值与预设推荐不同", "level-1 weights differ from the preset's recommendation"}},
            [](const project_context& c, finding_sink& out) {
                const preset_weights preset = weights_of(c.doc.scheme_or_default().preset_or_default());
                if (preset.level1.empty() || c.proj.indicators.empty()) return;
                const auto source = vocabulary(preset.preset);
                for (const indicator_level1 l1 : all_indicator_level1s) {
                    points expected;
                    for (const auto& [level, weight] : preset.level1)
                        if (level == l1) expected = weight;
                    points actual;
                    for (const auto& ind : c.proj.indicators)
                        if (ind.level1 == l1) actual += ind.weight;
                    if (actual == expected) continue;
                    const auto v = vocabulary(l1);
                    const points diff = actual - expected;
                    out.report(c.path("indicators"),
                               {std::string(v.zh) + "分值合计 " + to_string(actual) + "，" + std::string(source.zh) + "原则上为 " +
                                    to_string(expected) + "，" + (diff.is_positive() ? "多 " : "少 ") +
                                    to_string(diff.is_positive() ? diff : -diff),
                                std::string(v.en) + " indicators weigh " + to_string(actual) + " in total; " +
                                    std::string(source.en) + " recommends " + to_string(expected) + " (" +
                                    signed_text(to_string(diff)) + ")"},
                               to_string(expected), to_string(actual), signed_text(to_string(diff)));
                }
            },
            {}};
}

// JX-I008: a level-2 category does not belong to its level-1.
rule jx_i008() {
    return {{"JX-I008", severity::error,
             {"二级指标不属于其一级指标", "a level-2 category does not belong to its level-1"}},
            [](const project_context& c, finding_sink& out) {
                for (std::size_t i = 0; i < c.proj.indicators.size(); ++i) {
                    const auto& ind = c.proj.indicators[i];
                    if (!ind.level2 || parent_of(*ind.level2) == ind.level1) continue;
                    const auto two = vocabulary(*ind.level2);
                    const auto parent = vocabulary(parent_of(*ind.level2));
                    const auto one = vocabulary(ind.level1);
                    out.report(c.path(indicator_field(i, "level2")),
                               {"指标" + quoted_zh(ind) + "的二级指标“" + std::string(two.zh) + "”属于" +
                                    std::string(parent.zh) + "，不属于" + std::string(one.zh) + "；请核对 level1 与 level2",
                                "indicator " + quoted_en(ind) + ": level-2 " + std::string(two.id) + " belongs to " +
                                    std::string(parent.id) + ", not to " + std::string(one.id) + "; check level1 and level2"},
                               std::string(parent.id), std::string(one.id));
                }
            },
            {}};
}

// JX-I009: a score the form printed (reported_score, reported.execution_score,
// reported.total) differs from the computed one. Compared exactly against the computed score
// rounded to score_decimals. A printed score where jixiao computes none (a
// not-applicable indicator, a project with no execution rate) differs too.
rule jx_i009() {
    return {{"JX-I009", severity::warning,
             {"自评表填报的得分与计算得分不符", "a reported score differs from the computed one"}},
            [](const project_context& c, finding_sink& out) {
                const int d = c.scores.decimals;
                const auto compare = [&](const std::string& path, const std::string& what_zh, const std::string& what_en,
                                         const points& reported, const std::optional<points>& computed,
                                         const std::string& none_zh, const std::string& none_en) {
                    const std::string shown = format_score(reported, d);
                    if (!computed) {
                        out.report(path,
                                   {what_zh + "：自评表填报得分 " + shown + "，但" + none_zh + "，不计分；请核对",
                                    what_en + ": the form reports " + shown + " but " + none_en + ", so it is not scored; check it"},
                                   std::nullopt, shown);
                        return;
                    }
                    if (reported == *computed) return;
                    const std::string expected = format_score(*computed, d);
                    const std::string diff = signed_text(format_score(reported - *computed, d));
                    out.report(path,
                               {what_zh + "：自评表填报得分 " + shown + "，按公式应得 " + expected + "，差 " + diff +
                                    "；请核对填报得分或计分依据",
                                what_en + ": the form reports " + shown + ", the formula gives " + expected +
                                    " (difference " + diff + "); check the reported score or what it was scored on"},
                               expected, shown, diff);
                };
                if (c.proj.reported && c.proj.reported->execution_score) {
                    std::string rate_zh, rate_en;
                    if (c.funds.execution_rate) {
                        rate_zh = "（执行率 " + format_percent(*c.funds.execution_rate) + "）";
                        rate_en = " (execution rate " + format_percent(*c.funds.execution_rate) + ")";
                    }
                    compare(c.path("reported.execution_score"), "预算执行率" + rate_zh, "execution" + rate_en,
                            *c.proj.reported->execution_score, c.scores.execution,
                            "项目预算为零、没有执行率", "the budget is zero and there is no execution rate");
                }
                for (std::size_t i = 0; i < c.scores.indicators.size(); ++i) {
                    const auto& ind = c.proj.indicators[i];
                    if (!ind.reported_score) continue;
                    compare(c.path(indicator_field(i, "reported_score")), "指标" + quoted_zh(ind),
                            "indicator " + quoted_en(ind), *ind.reported_score, c.scores.indicators[i].score,
                            "该指标标为不适用", "it is marked not applicable");
                }
                if (c.proj.reported && c.proj.reported->total)
                    compare(c.path("reported.total"), "总分", "the total", *c.proj.reported->total, c.scores.total,
                            "没有适用的分值", "no weight is applicable");
            },
            {}};
}

// JX-I010: reported.total ≠ reported execution score + Σ reported indicator
// scores: the form's own arithmetic. Checked only when the form printed every
// part (the total, the execution score and a score for every applicable
// indicator); otherwise the sum cannot be redone and the rule stays quiet.
// Not-applicable indicators are left out of the sum; when the remaining weights
// (execution's included) do not total 100, the sum is scaled to 100 over them
// and rounded to score_decimals, as the total is.
rule jx_i010() {
    return {{"JX-I010", severity::error,
             {"自评表总分不等于各项填报得分之和", "the reported total is not the sum of the reported scores"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.proj.reported || !c.proj.reported->total || !c.proj.reported->execution_score) return;
                const int d = c.scores.decimals;
                points indicators;
                points scored_weight = c.scores.execution_weight;
                for (const auto& ind : c.proj.indicators) {
                    if (ind.not_applicable) continue;
                    if (!ind.reported_score) return;
                    indicators += *ind.reported_score;
                    scored_weight += ind.weight;
                }
                const points& execution = *c.proj.reported->execution_score;
                const points sum = execution + indicators;
                const bool rescale = scored_weight.is_positive() && scored_weight != points(100);
                const points expected =
                    rescale ? points(sum.fraction() * rational(100) / scored_weight.fraction()).round(d, si_she_wu_ru) : sum;
                const points& total = *c.proj.reported->total;
                if (total == expected) return;
                const std::string shown_total = format_score(total, d);
                const std::string shown_expected = format_score(expected, d);
                const std::string diff = signed_text(format_score(total - expected, d));
                std::string how_zh = "预算执行率得分 " + format_score(execution, d) + " 与各指标得分 " +
                                     format_score(indicators, d) + " 之和为 " + format_score(sum, d);
                std::string how_en = "the execution score " + format_score(execution, d) + " plus the indicator scores " +
                                     format_score(indicators, d) + " make " + format_score(sum, d);
                if (rescale) {
                    how_zh += "，按适用分值 " + to_string(scored_weight) + " 折算为百分制为 " + shown_expected;
                    how_en += ", rescaled to 100 over the applicable " + to_string(scored_weight) + " points " + shown_expected;
                }
                out.report(c.path("reported.total"),
                           {"自评表总分 " + shown_total + "，但" + how_zh + "，差 " + diff + "；请核对 reported.total 与各项填报得分",
                            "the form's total is " + shown_total + " but " + how_en + " (difference " + diff +
                                "); check reported.total and the reported scores"},
                           shown_expected, shown_total, diff);
            },
            {}};
}

// All indicator rules, in catalogue order.
std::vector<rule> indicator_rules() {
    return {jx_i001(), jx_i002(), jx_i003(), jx_i004(), jx_i005(),
            jx_i006(), jx_i007(), jx_i008(), jx_i009(), jx_i010()};
}

}  // namespace jixiao::rules
