#pragma once
// Funds rules JX-F001…JX-F012 (README "Rules"; `jixiao rules --explain ID`). Each rule is a small function next
// to its catalogue entry and its messages; tests in tests/unit/rules_funds_test.cpp.
//
// Every finding names the field a reviewer should look at, and gives expected,
// actual and difference as text: amounts in canonical yuan ("108200.00"),
// rates as percent text ("66.67%"). difference = actual − expected, signed.
// Messages refer to fields relative to the project (the path names the project).

#include <jixiao/calendar.hpp>
#include <jixiao/detail/text.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rules/history.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::rules {

/// JX-F001: used > available.
[[nodiscard]] rule jx_f001();

/// JX-F002: available > adjusted budget. Only when an adjusted budget is given:
/// without one the budget is Σ amounts, and available can exceed that only
/// through a tranche's arrived > amount, which JX-F010 reports per tranche.
[[nodiscard]] rule jx_f002();

/// JX-F003: available ≠ used + carried_forward + reduced + recovered + surplus.
/// Absent disposition fields count as 0, but `used` and at least one tranche
/// must be stated: an unstated figure is unknown, not 0, and the rule is quiet.
[[nodiscard]] rule jx_f003();

/// JX-F004: reported_rate ≠ the computed execution rate at the reported
/// precision: the computed percentage is rounded 四舍五入 to the reported number
/// of decimals ("0%": whole percent) and compared; an exact report ("7/20")
/// compares exactly. A reported rate where no rate can be computed (zero
/// budget) fires too, with expected "无/none": the claim has nothing behind it.
[[nodiscard]] rule jx_f004();

/// JX-F005: execution rate < threshold (90%, SC form) and no execution.deviation
/// explains it; a blank deviation explains nothing. No rate (zero budget): quiet,
/// there is nothing to fall short of (the execution score leaves the weight out too).
[[nodiscard]] rule jx_f005(ratio threshold = ratio::percent(90));

/// JX-F006 (info): a tranche arrived on or after 1 December of the fiscal year
/// and the project carries money forward; one finding per late tranche.
/// expected is the last day before the final month, difference the days after it
/// as an ISO 8601 duration ("P31D").
[[nodiscard]] rule jx_f006();

/// JX-F007: a tranche allocated in fiscal_year − 2 or earlier while the project
/// still carries money forward: unspent for two consecutive years, it is surplus
/// and due for recovery (MOF 2016, 财预〔2016〕18号). The figures do not say
/// which money was spent, so the part at risk is min(tranche arrived, carried
/// forward) — "up to" — also when the project carries forward less than the
/// tranche; a tranche of which nothing arrived cannot be carried and is quiet.
[[nodiscard]] rule jx_f007();

/// JX-F008: execution.items given (non-empty) and Σ items ≠ used.
[[nodiscard]] rule jx_f008();

/// JX-F009: adjusted budget given and ≠ Σ tranche amounts.
[[nodiscard]] rule jx_f009();

/// JX-F010: a tranche's arrived > its amount; one finding per tranche.
[[nodiscard]] rule jx_f010();

/// JX-F011: used > the execution-rate denominator (rate above 100%). A zero
/// budget with money used fires too; there is then no rate to show.
[[nodiscard]] rule jx_f011();

/// JX-F012: a stated arrival rate (到位率, project.reported_arrival_rate) ≠
/// Σ arrived / Σ amount at the precision it was printed with, as JX-F004.
/// Quiet when no tranche is given or nothing was allocated.
[[nodiscard]] rule jx_f012();

/// All funds rules, in catalogue order.
[[nodiscard]] std::vector<rule> funds_rules();

}  // namespace jixiao::rules
