#pragma once
// The keys of every object of `jixiao/1`, in the canonical order (README "The jixiao/1 format"). The reader
// accepts exactly these (and names them when it refuses another); the writer
// writes them in this order. "x", the user's extension data, is allowed in
// every object and always comes last.

#include <array>
#include <cstddef>
#include <string_view>

namespace jixiao::keys {

using namespace std::string_view_literals;

inline constexpr std::array document{"format"sv, "unit"sv,     "region"sv,   "fiscal_year"sv,
                                     "scheme"sv, "policies"sv, "projects"sv, "x"sv};
inline constexpr std::array scheme{"preset"sv, "form"sv, "reverse"sv,        "cap_execution"sv,
                                   "execution_weight"sv, "score_decimals"sv, "x"sv};
inline constexpr std::array policy{"id"sv,       "title"sv,    "reference"sv,  "valid_from"sv,
                                   "valid_to"sv, "standard"sv, "categories"sv, "x"sv};
// A share node: some levels take a ratio, `rest` splits what remains.
inline constexpr std::array share_node{"central"sv,  "provincial"sv, "municipal"sv, "district"sv,
                                       "township"sv, "rest"sv,       "x"sv};
inline constexpr std::array project{"id"sv, "code"sv, "name"sv, "department"sv, "implementer"sv,
                                    "basis"sv,      "goal"sv,       "outcome"sv,  "content"sv,
                                    "budget"sv,     "tranches"sv,   "execution"sv, "cost_sharing"sv,
                                    "indicators"sv, "problems"sv,   "suggestions"sv, "conclusion"sv, "reported"sv,
                                    "reported_arrival_rate"sv, "x"sv};
inline constexpr std::array budget{"initial"sv, "adjusted"sv, "x"sv};
// `year` next to `source`: it says which year's money a prior-year tranche is.
inline constexpr std::array tranche{"level"sv,   "source"sv,       "year"sv,     "amount"sv,
                                    "arrived"sv, "arrival_date"sv, "document"sv, "x"sv};
inline constexpr std::array execution{"used"sv,  "carried_forward"sv, "reduced"sv,   "recovered"sv, "surplus"sv,
                                      "items"sv, "reported_rate"sv,   "deviation"sv, "x"sv};
inline constexpr std::array use_item{"purpose"sv, "amount"sv, "x"sv};
inline constexpr std::array cost_sharing{"policy"sv, "headcount"sv, "x"sv};
inline constexpr std::array headcount{"total"sv, "by_category"sv, "x"sv};
inline constexpr std::array indicator{"level1"sv, "level2"sv,         "name"sv,      "unit"sv,   "op"sv,
                                      "target"sv, "actual"sv,         "not_applicable"sv, "weight"sv,
                                      "rating"sv, "score"sv,          "reported_score"sv, "deviation"sv, "x"sv};
inline constexpr std::array reported{"execution_score"sv, "total"sv, "x"sv};

// The position of `name` in `keys`, at compile time: the reader switches on
// positions rather than comparing key strings twice. A name not in the list
// does not compile.
template <std::size_t N>
[[nodiscard]] constexpr std::size_t index_of(const std::array<std::string_view, N>& keys, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (keys[i] == name) return i;
    throw "not a key of this object";
}

}  // namespace jixiao::keys
