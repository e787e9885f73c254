#pragma once
// Rules of a history (history.hpp): JX-F013, the carry-forward chain between
// consecutive years, and JX-F007's chain check (money carried out two years
// running, oldest spent first). Implemented in src/rules/history.cpp.

#include <jixiao/rule.hpp>

namespace jixiao::rules {

// JX-F013: year N's carried_forward ≠ the same project's prior-year money in
// year N+1; or the project vanished with money carried; or it shows prior-year
// money no earlier year carried. Runs only in a history.
[[nodiscard]] rule jx_f013();

// JX-F007 in a history: of the money a project carries out of a year, the part
// that came in as that year's prior-year money (chain_year::older).
[[nodiscard]] chain_check jx_f007_chain();

}  // namespace jixiao::rules
