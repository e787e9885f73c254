#pragma once
// One year of a project's carry-forward chain (domain: several years of one
// unit): what came in as prior-year money, what was used, what was carried out,
// and how much of what was carried out is older than one year. A row of the
// chain table every report shows for a project evaluated as part of a history.

#include <jixiao/money.hpp>

#include <cstddef>
#include <optional>

namespace jixiao {

struct chain_year {
    int fiscal_year = 0;
    std::size_t index = 0;              // the project's position in that year's document
    std::optional<money> prior_in;      // Σ arrived of its prior_year tranches; nullopt: a tranche's source is not stated
    std::optional<money> used;          // execution.used as stated
    std::optional<money> carried_out;   // execution.carried_forward as stated
    std::optional<money> older;         // of carried_out, money that came in as prior-year money (oldest spent first);
                                        // nullopt when a figure it needs is not stated
    friend bool operator==(const chain_year&, const chain_year&) = default;
};

}  // namespace jixiao
