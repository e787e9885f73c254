#pragma once
// Several years of one unit evaluated as one history: each year as evaluate()
// does, then the carry-forward chain of every project between consecutive
// years (JX-F013), and the age of carried money, oldest spent first, from
// which JX-F007 is decided instead of from a tranche's `year` field.
//
// Decisions (README, "Several years of one unit"):
// - A history is the documents of one unit (the same `unit` text) for
//   consecutive fiscal years, each year once. evaluate_history() refuses
//   anything else with a jixiao::error: a document without a unit, two units,
//   a year twice, or a gap in the years (a chain cannot be checked across a
//   year nobody gave). group_histories() is the lenient split the CLI uses:
//   documents of different units are separate histories, a gap starts a new
//   history, a document without a unit stands alone, and a unit with a year
//   given twice gets no chain at all, each of its documents standing alone
//   (which of the two books is that year's? The CLI says so on standard error).
// - A project of year N+1 continues the project of year N with the same id,
//   else (ids change) the first one not yet continued with the same name.
// - What came in as prior-year money is Σ arrived of the later year's
//   prior_year tranches; a tranche whose source is not stated makes it unknown.
// - Absent figures are not zero: an unstated carried_forward claims nothing, so
//   the chain neither checks it against the next year (JX-F013 is quiet) nor
//   ages it (JX-F007 is quiet); the chain table says "not stated".
// - Age: money that leaves a project in a year (used, reduced, recovered,
//   surplus; the last three count as 0 when absent) takes the oldest money
//   first, so what is carried out is the youngest. Money carried out of a year
//   that came in as that year's prior-year money has stayed unspent two
//   consecutive years: JX-F007 fires on it, in every year of the history, the
//   first year too (its prior-year tranches are what the year before carried).

#include <jixiao/chain.hpp>
#include <jixiao/document.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/rule.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao {

// A document and the name findings give it ("2023.json"). Not owned.
struct named_document {
    std::string name;
    const document* doc = nullptr;
};

// One year of a history: the document and its evaluation, chain findings and
// each project's chain (project_evaluation::chain) included.
struct history_year {
    std::string name;
    const document* doc = nullptr;
    evaluation result;
};

// What a chain rule sees: one project between the year before and its year.
struct chain_link {
    const history_year* earlier = nullptr;  // nullptr: the first year of the history
    const history_year* later = nullptr;    // always set
    const chain_year* before = nullptr;     // the project in the earlier year; nullptr: none there
    const chain_year* after = nullptr;      // the project in the later year; nullptr: it vanished
    bool by_name = false;                   // continued by name, the ids differing
    // The project's id and name as the later year gives them, else as the earlier
    // year does; and its id in the earlier year ("" when it is not there).
    std::string_view id, name, earlier_id;

    // "2023.json: projects[4].tranches"; "2023.json: projects" when the project is not there.
    [[nodiscard]] std::string later_path(std::string_view below) const;
    [[nodiscard]] std::string earlier_path(std::string_view below) const;
};

// A project's chain over the years it appears in, consecutive.
struct project_chain {
    std::string id;    // as its latest year names it
    std::string name;
    std::vector<chain_year> years;
};

struct history_evaluation {
    std::optional<std::string> unit;
    std::vector<history_year> years;    // in fiscal-year order
    std::vector<project_chain> chains;  // by first year, then document order

    [[nodiscard]] std::optional<severity> worst() const;
};

// The chain row of projects[index] of `doc`, from its own figures.
[[nodiscard]] chain_year chain_row(const document& doc, std::size_t index);
// The same for a project read on its own, of the year `fiscal_year`.
[[nodiscard]] chain_year chain_row(const project& p, int fiscal_year, std::size_t index);

// A project as the chain sees it: its row, and its id and name as its year gives them.
struct chain_entry {
    chain_year row;
    std::string id, name;
};

// What the carry-forward chain adds to the years of a history, worked out from
// their chain entries alone, so that a caller may read each year a project at a
// time (the command does: README, "What jixiao promises"): per year, each
// project's chain findings, the year's own (a project that vanished), and where
// each project stands in `chains` (its chain so far is chains[c].years[0..k]).
struct history_chains {
    struct year {
        std::vector<std::vector<finding>> projects;
        std::vector<finding> findings;
        std::vector<std::pair<std::size_t, std::size_t>> chain_at;  // (chain, position in it)
    };
    std::vector<year> years;
    std::vector<project_chain> chains;

    // The chain of project `index` of year `k` up to that year.
    [[nodiscard]] std::vector<chain_year> chain_of(std::size_t k, std::size_t index) const;
};

// The chains of `years` (in fiscal-year order; history_year::doc needs no projects,
// history_year::result is not read) from entries[k], the entries of year k's
// projects in order. Runs the chain checks of `rules`.
[[nodiscard]] history_chains chain_history(const std::vector<history_year>& years,
                                           const std::vector<std::vector<chain_entry>>& entries,
                                           const rule_book& rules = default_rule_book());

// The rules a history evaluates each year by: those with a chain check leave their
// project check to documents evaluated alone.
[[nodiscard]] rule_book history_year_rules(const rule_book& rules);

// Evaluates one unit's documents of consecutive years (any order) as one
// history. Throws jixiao::error (naming the documents) for documents that are
// not one unit's consecutive years, and for amounts out of range.
[[nodiscard]] history_evaluation evaluate_history(const std::vector<named_document>& documents,
                                                  const rule_book& rules = default_rule_book());

// Splits documents into histories (positions in `documents`), each in
// fiscal-year order, in the order their first document was given. See the
// decisions above.
[[nodiscard]] std::vector<std::vector<std::size_t>> group_histories(const std::vector<named_document>& documents);

}  // namespace jixiao
