#pragma once
// The funds of one project (README, "Funds"): what was available, what became of
// it, and the execution rate.

#include <jixiao/document.hpp>
#include <jixiao/money.hpp>
#include <jixiao/ratio.hpp>

#include <optional>

namespace jixiao {

struct funds_summary {
    money allocated;                  // Σ tranche amounts (下达)
    money available;                  // Σ arrived; a tranche without `arrived` counts its amount
    money budget;                     // the execution-rate denominator
    bool budget_from_tranches = true; // no adjusted budget given: budget = allocated
    money used;                       // absent fields count as 0
    money carried_forward;
    money reduced;
    money recovered;
    money surplus;
    std::optional<ratio> execution_rate;  // used / budget; nullopt when budget is zero

    // used + carried_forward + reduced + recovered + surplus
    [[nodiscard]] money disposed() const { return used + carried_forward + reduced + recovered + surplus; }
    friend bool operator==(const funds_summary&, const funds_summary&) = default;
};

[[nodiscard]] inline money arrived_amount(const tranche& t) { return t.arrived.value_or(t.amount); }

[[nodiscard]] inline funds_summary summarize_funds(const project& p) {
    funds_summary f;
    for (const auto& t : p.tranches) {
        f.allocated += t.amount;
        f.available += arrived_amount(t);
    }
    if (p.budget && p.budget->adjusted) {
        f.budget = *p.budget->adjusted;
        f.budget_from_tranches = false;
    } else {
        f.budget = f.allocated;
    }
    if (p.execution) {
        const auto& e = *p.execution;
        f.used = e.used.value_or(money{});
        f.carried_forward = e.carried_forward.value_or(money{});
        f.reduced = e.reduced.value_or(money{});
        f.recovered = e.recovered.value_or(money{});
        f.surplus = e.surplus.value_or(money{});
    }
    f.execution_rate = ratio_of(f.used, f.budget);
    return f;
}

}  // namespace jixiao
