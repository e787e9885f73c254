#pragma once
// Funds rules JX-F001…JX-F011 (rules.md). Each rule is a small function next
// to its catalogue entry and its messages; tests in tests/unit/rules_funds_test.cpp.

#include <jixiao/rule.hpp>

namespace jixiao::rules {

// JX-F001: used > available.
inline rule jx_f001() {
    return {{"JX-F001", severity::error, {"使用资金超过到位资金", "used exceeds the funds available"}},
            [](const project_context& c, finding_sink& out) {
                const auto& f = c.funds;
                if (f.used <= f.available) return;
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

// All funds rules, in catalogue order.
inline std::vector<rule> funds_rules() {
    return {jx_f001()};
}

}  // namespace jixiao::rules
