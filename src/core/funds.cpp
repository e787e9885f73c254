// The funds summary of a project: budget, available, used and the execution rate.

#include <jixiao/funds.hpp>

#include <jixiao/document.hpp>
#include <jixiao/money.hpp>
#include <jixiao/ratio.hpp>
#include <optional>

namespace jixiao {

funds_summary summarize_funds(const project& p) {
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
    // Summed here, not only in JX-F003 (which needs used and a tranche): dispositions whose
    // total leaves the range of money are refused whatever the rules look at.
    (void)f.disposed();
    f.used_stated = p.execution && p.execution->used;
    f.allocated_stated = !p.tranches.empty();
    if (f.used_stated) f.execution_rate = ratio_of(f.used, f.budget);
    return f;
}

}  // namespace jixiao
