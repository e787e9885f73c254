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
    std::optional<ratio> execution_rate;  // used / budget; nullopt when budget is zero or used is not stated
    // Unknown is not zero: whether the document states these at all. Rules that need
    // a figure nobody stated stay quiet about it.
    bool used_stated = false;       // execution.used given
    bool allocated_stated = false;  // at least one tranche given

    /// Whether the document states a budget at all: an adjusted budget, or a tranche.
    [[nodiscard]] bool budget_stated() const { return !budget_from_tranches || allocated_stated; }
    /// used + carried_forward + reduced + recovered + surplus
    [[nodiscard]] money disposed() const { return used + carried_forward + reduced + recovered + surplus; }
    friend bool operator==(const funds_summary&, const funds_summary&) = default;
};

[[nodiscard]] inline money arrived_amount(const tranche& t) { return t.arrived.value_or(t.amount); }

[[nodiscard]] funds_summary summarize_funds(const project& p);

}  // namespace jixiao
