// The funds rules: each a small function next to its catalogue entry and its messages.

#include <jixiao/rules/funds.hpp>
#include <jixiao/rules/history.hpp>

#include <jixiao/calendar.hpp>
#include <jixiao/detail/text.hpp>
#include <jixiao/rule.hpp>
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::rules {

namespace {

// A rate as the evaluation shows it: percent, two decimals, 四舍五入.
[[nodiscard]] std::string percent(const ratio& r) { return format_percent(r); }

// A percentage value (already × 100) at a printed precision; nullopt: exact,
// as a finite decimal if it has one ("35%"), else as a fraction ("200/3%").
[[nodiscard]] std::string percent_value(const rational& percentage, std::optional<int> decimals) {
    if (decimals) return detail::format_fixed(percentage, std::max(*decimals, 0), rounding::half_away_from_zero) + "%";
    if (auto exact = detail::format_exact(percentage, 0, 10)) return *exact + "%";
    return to_string(ratio(percentage)) + "%";
}

// The fiscal year that allocated a tranche: its `year`, else the
// document's year, or the year before for prior-year carry-over.
[[nodiscard]] int allocation_year(const tranche& t, int document_year) {
    if (t.year) return *t.year;
    return t.source == fund_source::prior_year ? document_year - 1 : document_year;
}

// "the adjusted budget" or "the tranches' total (no adjusted budget given)".
[[nodiscard]] localized budget_name(const funds_summary& f) {
    if (f.budget_from_tranches) return {"各笔下达资金合计（未填调整后预算数）", "the tranches' total (no adjusted budget given)"};
    return {"调整后预算数", "the adjusted budget"};
}

}  // namespace

// JX-F001: used > available. A project with no tranche does not say what arrived
// (a form gives only the budget and what was spent): nothing to compare with.
rule jx_f001() {
    return {{"JX-F001", severity::error, {"使用资金超过到位资金", "used exceeds the funds available"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (!f.used_stated || !f.allocated_stated || f.used <= f.available) return;
                out.report(c.path("execution.used"),
                           {"使用资金 " + to_string(f.used) + " 元超过到位资金 " + to_string(f.available) +
                                " 元，多出 " + to_string(f.used - f.available) + " 元；请核对 execution.used 与各笔资金的到位数",
                            "used " + to_string(f.used) + " exceeds the " + to_string(f.available) +
                                " available by " + to_string(f.used - f.available) +
                                "; check execution.used against the tranches' arrived amounts"},
                           to_string(f.available), to_string(f.used), to_string(f.used - f.available));
            },
            {}};
}

// JX-F002: available > adjusted budget. Only when an adjusted budget is given:
// without one the budget is Σ amounts, and available can exceed that only
// through a tranche's arrived > amount, which JX-F010 reports per tranche.
// Money the document says was cut or handed back (reduced, recovered) is netted out:
// 下达111万元，调减40万元，全年预算71万元 is no excess.
rule jx_f002() {
    return {{"JX-F002", severity::warning, {"到位资金超过调整后预算数", "available exceeds the adjusted budget"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (f.budget_from_tranches || f.available - f.reduced - f.recovered <= f.budget) return;
                const money over = f.available - f.budget;
                out.report(c.path("budget.adjusted"),
                           {"到位资金 " + to_string(f.available) + " 元超过调整后预算数 " + to_string(f.budget) +
                                " 元，多出 " + to_string(over) + " 元；请核对 budget.adjusted 与各笔资金的到位数",
                            "available " + to_string(f.available) + " exceeds the adjusted budget " +
                                to_string(f.budget) + " by " + to_string(over) +
                                "; check budget.adjusted against the tranches' arrived amounts"},
                           to_string(f.budget), to_string(f.available), to_string(over));
            },
            {}};
}

// JX-F003: available ≠ used + carried_forward + reduced + recovered + surplus.
// Absent disposition fields count as 0, but the rule needs `used` and the money
// that arrived to be stated: an unstated figure is unknown, not 0.
rule jx_f003() {
    return {{"JX-F003", severity::error,
             {"到位资金与使用、结转、调减、收回、结余之和不平衡",
              "available ≠ used + carried_forward + reduced + recovered + surplus"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (!f.used_stated || !f.allocated_stated) return;
                const money disposed = f.disposed();
                if (disposed == f.available) return;
                const money difference = disposed - f.available;
                const money gap = difference.is_negative() ? -difference : difference;
                // A disposition the document leaves out counts as 0 in the sum, but is shown as not
                // stated: a reviewer must not read 结转 0.00 where nobody said so.
                using ex = jixiao::execution;
                struct disposition {
                    const char* zh;
                    const char* en;
                    std::optional<money> ex::*field;
                    const money& value;
                };
                const disposition dispositions[] = {{"结转", "carried_forward", &ex::carried_forward, f.carried_forward},
                                                    {"调减", "reduced", &ex::reduced, f.reduced},
                                                    {"收回", "recovered", &ex::recovered, f.recovered},
                                                    {"结余", "surplus", &ex::surplus, f.surplus}};
                const auto& e = c.proj.execution;
                std::string terms_zh = "使用 " + to_string(f.used), terms_en = "used " + to_string(f.used);
                bool any_unstated = false;
                for (const auto& d : dispositions) {
                    const bool stated = (e && (*e).*d.field) || !d.value.is_zero();
                    any_unstated = any_unstated || !stated;
                    terms_zh += std::string(" + ") + d.zh + " " + (stated ? to_string(d.value) : "未说明");
                    terms_en += std::string(" + ") + d.en + " " + (stated ? to_string(d.value) : "not stated");
                }
                terms_zh += " = " + to_string(disposed) + " 元";
                terms_en += " = " + to_string(disposed);
                if (any_unstated) {
                    terms_zh += "（未说明的按 0 计）";
                    terms_en += " (figures not stated count as 0)";
                }
                const bool short_of = difference.is_negative();
                out.report(c.path("execution"),
                           {"资金不平衡：到位资金 " + to_string(f.available) + " 元，去向合计 " + terms_zh + "，" +
                                (short_of ? "尚有 " + to_string(gap) + " 元去向不明"
                                          : "比到位资金多 " + to_string(gap) + " 元") +
                                "；请核对 execution 各项与各笔资金的到位数",
                            "funds do not balance: available " + to_string(f.available) + ", accounted for " +
                                terms_en + ", " +
                                (short_of ? to_string(gap) + " unaccounted for"
                                          : to_string(gap) + " more than available") +
                                "; check execution against the tranches' arrived amounts"},
                           to_string(f.available), to_string(disposed), to_string(difference));
            },
            {}};
}

// JX-F004: reported_rate ≠ the computed execution rate at the reported
// precision: the computed percentage is rounded 四舍五入 to the reported number
// of decimals ("0%": whole percent) and compared; an exact report ("7/20")
// compares exactly. A reported rate where no rate can be computed (zero
// budget) fires too, with expected "无/none": the claim has nothing behind it.
rule jx_f004() {
    return {{"JX-F004", severity::error,
             {"报告的预算执行率与计算值不符", "reported execution rate differs from the computed one"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.proj.execution || !c.proj.execution->reported_rate) return;
                const auto& reported = *c.proj.execution->reported_rate;
                const auto& f = c.funds;
                const rational claimed = reported.value.fraction() * rational(100);
                const std::string shown = percent_value(claimed, reported.decimals);
                const localized budget = budget_name(f);
                // Nothing to compare the claim with (unknown is not zero): no used, or no budget at all.
                if (!f.used_stated || !f.budget_stated()) return;
                if (!f.execution_rate) {
                    out.report(c.path("execution.reported_rate"),
                               {"报告的预算执行率为 " + shown + "，但无法计算执行率：" + budget.zh + "为 " + to_string(f.budget) +
                                    " 元；请核对 budget.adjusted 与各笔下达资金，或删去 execution.reported_rate",
                                "reported_rate is " + shown + " but there is no execution rate: " + budget.en +
                                    " is " + to_string(f.budget) +
                                    "; check budget.adjusted and the tranches, or remove execution.reported_rate"},
                               "无/none", shown);
                    return;
                }
                const rational computed = f.execution_rate->fraction() * rational(100);
                const rational expected =
                    reported.decimals ? computed.rounded(std::max(*reported.decimals, 0), si_she_wu_ru) : computed;
                if (expected == claimed) return;
                const std::string expected_text = percent_value(expected, reported.decimals);
                const std::string difference = percent_value(claimed - expected, reported.decimals);
                const std::string precision_zh =
                    reported.decimals ? "按报告的精度（" + std::to_string(*reported.decimals) + " 位小数）四舍五入应为 "
                                      : "精确值应为 ";
                const std::string precision_en =
                    reported.decimals ? "rounded half away from zero to the reported " +
                                            std::to_string(*reported.decimals) + " decimals it reads "
                                      : "exactly it is ";
                out.report(c.path("execution.reported_rate"),
                           {"报告的预算执行率 " + shown + " 与计算值不符：使用资金 " + to_string(f.used) + " 元 ÷ " +
                                budget.zh + " " + to_string(f.budget) + " 元 = " +
                                percent(*f.execution_rate) + "，" + precision_zh + expected_text +
                                "，相差 " + difference +
                                "；请核对 execution.reported_rate、execution.used 与 budget.adjusted",
                            "reported_rate " + shown + " differs from the computed rate: used " + to_string(f.used) +
                                " / " + budget.en + " " + to_string(f.budget) + " = " +
                                percent(*f.execution_rate) + "; " + precision_en + expected_text +
                                ", a difference of " + difference +
                                "; check execution.reported_rate, execution.used and budget.adjusted"},
                           expected_text, shown, difference);
            },
            {}};
}

// JX-F005: execution rate < threshold (90%, SC form) and no execution.deviation
// explains it; a blank deviation explains nothing. No rate (zero budget): quiet,
// there is nothing to fall short of (the execution score leaves the weight out too).
rule jx_f005(ratio threshold) {
    return {{"JX-F005", severity::warning,
             {"预算执行率低于 " + percent(threshold) + " 且未说明偏差原因",
              "execution rate below " + percent(threshold) + " and no deviation explains it"}},
            [threshold](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (!f.execution_rate || *f.execution_rate >= threshold) return;
                const auto& e = c.proj.execution;
                if (e && e->deviation && !detail::is_blank(*e->deviation)) return;
                // The difference is taken between the shown (rounded) figures, so the three strings add up.
                const rational shown_rate = (f.execution_rate->fraction() * rational(100)).rounded(2, si_she_wu_ru);
                const rational threshold_percent = threshold.fraction() * rational(100);
                const std::string below = percent_value(threshold_percent - shown_rate, 2);
                out.report(c.path("execution.deviation"),
                           {"预算执行率 " + percent(*f.execution_rate) + " 低于 " +
                                percent(threshold) + "，低 " + below +
                                "，但未说明偏差原因；请在 execution.deviation 填写偏差原因分析及改进措施",
                            "execution rate " + percent(*f.execution_rate) + " is below " +
                                percent(threshold) + " by " + below +
                                " and no deviation explains it; give the reason and remedy in execution.deviation"},
                           percent(threshold), percent(*f.execution_rate),
                           percent_value(shown_rate - threshold_percent, 2));
            },
            {}};
}

// JX-F006 (info): a tranche arrived on or after 1 December of the fiscal year
// and the project carries money forward; one finding per late tranche.
// expected is the last day before the final month, difference the days after it
// as an ISO 8601 duration ("P31D").
rule jx_f006() {
    return {{"JX-F006", severity::info,
             {"资金在年度最后一个月到位且项目有结转", "a tranche arrived in the last month and the project carries money forward"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (!f.carried_forward.is_positive()) return;
                const fiscal_year year(c.doc.fiscal_year);
                const date on_time = year.last_month_start() - boost::gregorian::days(1);
                for (std::size_t i = 0; i < c.proj.tranches.size(); ++i) {
                    const tranche& t = c.proj.tranches[i];
                    if (!t.arrival_date || !is_late_arrival(*t.arrival_date, year)) continue;
                    const std::string where = "tranches[" + std::to_string(i) + "]";
                    const std::string days = std::to_string((*t.arrival_date - on_time).days());
                    const std::string fy = std::to_string(c.doc.fiscal_year);
                    out.report(c.path(where + ".arrival_date"),
                               {where + "（" + std::string(vocabulary(t.level).zh) + "，到位 " +
                                    to_string(arrived_amount(t)) + " 元）于 " + to_string(*t.arrival_date) +
                                    " 到位，已在 " + fy + " 年度最后一个月（比 " + to_string(on_time) + " 晚 " + days +
                                    " 天）；项目结转 " + to_string(f.carried_forward) +
                                    " 元，可能与资金晚到有关；请核对 " + where +
                                    ".arrival_date 与 execution.carried_forward",
                                where + " (" + std::string(vocabulary(t.level).en) + ", " +
                                    to_string(arrived_amount(t)) + " arrived) arrived on " +
                                    to_string(*t.arrival_date) + ", in the last month of fiscal year " + fy + " (" +
                                    days + " days after " + to_string(on_time) + "); the project carries " +
                                    to_string(f.carried_forward) + " forward, which the late arrival may explain; check " +
                                    where + ".arrival_date and execution.carried_forward"},
                               to_string(on_time), to_string(*t.arrival_date), "P" + days + "D");
                }
            },
            {}};
}

// JX-F007 (a document alone): a tranche allocated in fiscal_year − 2 or earlier while the project
// still carries money forward: unspent for two consecutive years, it is surplus
// and due for recovery (MOF 2016, 财预〔2016〕18号). The figures do not say
// which money was spent, so the part at risk is min(tranche arrived, carried
// forward) — "up to" — also when the project carries forward less than the
// tranche; a tranche of which nothing arrived cannot be carried and is quiet.
rule jx_f007() {
    return {{"JX-F007", severity::warning,
             {"两年前下达的资金仍在结转，应作为结余资金收回",
              "money allocated two or more years ago is still carried forward: surplus due for recovery"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (!f.carried_forward.is_positive()) return;
                const int fy = c.doc.fiscal_year;
                for (std::size_t i = 0; i < c.proj.tranches.size(); ++i) {
                    const tranche& t = c.proj.tranches[i];
                    const int allocated_in = allocation_year(t, fy);
                    if (allocated_in > fy - 2) continue;
                    const money at_risk = std::min(arrived_amount(t), f.carried_forward);
                    if (!at_risk.is_positive()) continue;
                    const std::string where = "tranches[" + std::to_string(i) + "]";
                    const std::string year = std::to_string(allocated_in);
                    out.report(c.path(where + ".year"),
                               {where + " 于 " + year + " 年下达（到位 " + to_string(arrived_amount(t)) + " 元），至 " +
                                    std::to_string(fy) + " 年度已满两年，项目仍结转 " + to_string(f.carried_forward) +
                                    " 元，其中最多 " + to_string(at_risk) +
                                    " 元可能来自这笔资金；按财预〔2016〕18号，连续两年未用完的资金应作为结余资金收回，"
                                    "应结转 0.00 元；请核对 " + where +
                                    ".year 与 execution.carried_forward，已收回的记入 execution.recovered",
                                where + " was allocated in " + year + " (" + to_string(arrived_amount(t)) +
                                    " arrived), two or more years before fiscal year " + std::to_string(fy) +
                                    ", yet the project still carries " + to_string(f.carried_forward) +
                                    " forward, up to " + to_string(at_risk) +
                                    " of it from this tranche; money unspent for two consecutive years is surplus "
                                    "and due for recovery (MOF 2016, 财预〔2016〕18号), so 0.00 should be carried; check " +
                                    where + ".year and execution.carried_forward, and report what was taken back in "
                                            "execution.recovered"},
                               to_string(money{}), to_string(at_risk), to_string(at_risk));
                }
            },
            {},
            jx_f007_chain()};  // in a history, decided from the chain instead (rules/history.hpp)
}

// JX-F008: execution.items given (non-empty), used given, and Σ items ≠ used. (With no used
// stated there is nothing to compare: unknown is not zero.)
rule jx_f008() {
    return {{"JX-F008", severity::error, {"支出明细合计与使用资金不符", "execution items do not add up to used"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.proj.execution || c.proj.execution->items.empty() || !c.funds.used_stated) return;
                const auto& items = c.proj.execution->items;
                money total;
                for (const auto& item : items) total += item.amount;
                const auto& f = c.funds;
                if (total == f.used) return;
                out.report(c.path("execution.items"),
                           {"支出明细合计 " + to_string(total) + " 元，与使用资金 " + to_string(f.used) +
                                " 元不符，相差 " + to_string(total - f.used) +
                                " 元；请核对 execution.items 各项金额与 execution.used",
                            "execution.items add up to " + to_string(total) + ", not the " + to_string(f.used) +
                                " used, a difference of " + to_string(total - f.used) +
                                "; check each amount in execution.items against execution.used"},
                           to_string(f.used), to_string(total), to_string(total - f.used));
            },
            {}};
}

// JX-F009: adjusted budget given and ≠ Σ tranche amounts (nor Σ amounts less the
// money the document says was cut: the budget after a 调减).
rule jx_f009() {
    return {{"JX-F009", severity::warning,
             {"调整后预算数与各笔下达资金合计不符", "adjusted budget differs from the tranches' total"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (f.budget_from_tranches || !f.allocated_stated || f.budget == f.allocated) return;
                if (f.reduced.is_positive() && f.budget == f.allocated - f.reduced) return;
                out.report(c.path("budget.adjusted"),
                           {"调整后预算数 " + to_string(f.budget) + " 元与各笔下达资金合计 " + to_string(f.allocated) +
                                " 元不符，相差 " + to_string(f.budget - f.allocated) +
                                " 元；请核对 budget.adjusted 与各笔资金的下达数 tranches[].amount",
                            "the adjusted budget " + to_string(f.budget) + " differs from the tranches' total " +
                                to_string(f.allocated) + " by " + to_string(f.budget - f.allocated) +
                                "; check budget.adjusted against the tranches' amounts"},
                           to_string(f.allocated), to_string(f.budget), to_string(f.budget - f.allocated));
            },
            {}};
}

// JX-F010: a tranche's arrived > its amount; one finding per tranche.
rule jx_f010() {
    return {{"JX-F010", severity::error, {"到位资金超过下达资金", "a tranche's arrived exceeds its amount"}},
            [](const project_context& c, finding_sink& out) {
                for (std::size_t i = 0; i < c.proj.tranches.size(); ++i) {
                    const tranche& t = c.proj.tranches[i];
                    if (!t.arrived || *t.arrived <= t.amount) continue;
                    const std::string where = "tranches[" + std::to_string(i) + "]";
                    const money over = *t.arrived - t.amount;
                    out.report(c.path(where + ".arrived"),
                               {where + " 到位 " + to_string(*t.arrived) + " 元，超过下达数 " + to_string(t.amount) +
                                    " 元，多出 " + to_string(over) + " 元；请核对 " + where + ".arrived 与 " + where +
                                    ".amount",
                                where + " arrived " + to_string(*t.arrived) + ", more than its amount " +
                                    to_string(t.amount) + " by " + to_string(over) + "; check " + where +
                                    ".arrived against " + where + ".amount"},
                               to_string(t.amount), to_string(*t.arrived), to_string(over));
                }
            },
            {}};
}

// JX-F011: used > the execution-rate denominator (rate above 100%). A zero
// budget with money used fires too; there is then no rate to show.
rule jx_f011() {
    return {{"JX-F011", severity::error,
             {"使用资金超过预算数（执行率超过 100%）", "used exceeds the budget (execution rate above 100%)"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                // Quiet when nobody stated a budget (no adjusted budget, no tranche): unknown is not zero.
                if (!f.used_stated || !f.budget_stated() || f.used <= f.budget) return;
                const localized budget = budget_name(f);
                const money over = f.used - f.budget;
                const std::string rate_zh =
                    f.execution_rate ? "执行率 " + percent(*f.execution_rate) : "预算为零，无执行率";
                const std::string rate_en = f.execution_rate
                                                ? "an execution rate of " + percent(*f.execution_rate)
                                                : "no execution rate, the budget being zero";
                const localized look = f.budget_from_tranches
                                           ? localized{"各笔资金的下达数 tranches[].amount", "the tranches' amounts"}
                                           : localized{"budget.adjusted", "budget.adjusted"};
                out.report(c.path("execution.used"),
                           {"使用资金 " + to_string(f.used) + " 元超过" + budget.zh + " " + to_string(f.budget) +
                                " 元，多出 " + to_string(over) + " 元（" + rate_zh + "）；请核对 execution.used 与 " +
                                look.zh,
                            "used " + to_string(f.used) + " exceeds " + budget.en + " " + to_string(f.budget) +
                                " by " + to_string(over) + " (" + rate_en + "); check execution.used against " +
                                look.en},
                           to_string(f.budget), to_string(f.used), to_string(over));
            },
            {}};
}

// JX-F012: a stated arrival rate (到位率) ≠ Σ arrived / Σ amount, compared at the
// precision it was printed with, as JX-F004 does. Quiet when no tranche is given
// or nothing was allocated: there is nothing to compute the rate from.
rule jx_f012() {
    return {{"JX-F012", severity::error,
             {"报告的资金到位率与计算值不符", "reported arrival rate differs from the computed one"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.proj.reported_arrival_rate) return;
                const auto& f = c.funds;
                if (!f.allocated_stated || !f.allocated.is_positive()) return;
                const auto& reported = *c.proj.reported_arrival_rate;
                const rational claimed = reported.value.fraction() * rational(100);
                const std::string shown = percent_value(claimed, reported.decimals);
                const rational computed = ratio_of(f.available, f.allocated)->fraction() * rational(100);
                const rational expected =
                    reported.decimals ? computed.rounded(std::max(*reported.decimals, 0), si_she_wu_ru) : computed;
                if (expected == claimed) return;
                const std::string expected_text = percent_value(expected, reported.decimals);
                const std::string difference = percent_value(claimed - expected, reported.decimals);
                out.report(c.path("reported_arrival_rate"),
                           {"报告的资金到位率 " + shown + " 与计算值不符：到位资金 " + to_string(f.available) + " 元 ÷ 下达资金 " +
                                to_string(f.allocated) + " 元，按报告的精度应为 " + expected_text + "，相差 " + difference +
                                "；请核对 reported_arrival_rate 与各笔资金的下达数和到位数",
                            "reported_arrival_rate " + shown + " differs from the computed rate: available " +
                                to_string(f.available) + " / allocated " + to_string(f.allocated) +
                                " at the reported precision is " + expected_text + ", a difference of " + difference +
                                "; check reported_arrival_rate against the tranches' amounts and arrived amounts"},
                           expected_text, shown, difference);
            },
            {}};
}

// All funds rules, in catalogue order.
std::vector<rule> funds_rules() {
    return {jx_f001(), jx_f002(), jx_f003(), jx_f004(), jx_f005(), jx_f006(),
            jx_f007(), jx_f008(), jx_f009(), jx_f010(), jx_f011(), jx_f012()};
}

}  // namespace jixiao::rules
