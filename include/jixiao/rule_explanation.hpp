#pragma once
// The reference text of every rule jixiao ships: what it checks, where the
// requirement comes from, an example that fires it and how to silence it, in
// Chinese and English. `jixiao rules --explain ID` prints it. The texts are
// data (src/rules/explanations.cpp), kept apart from the rules themselves so
// that a reader can review them as one catalogue.

#include <jixiao/error.hpp>

#include <span>
#include <string_view>

namespace jixiao {

/// A text in both languages, held as views of static strings.
struct localized_text {
    std::string_view zh;
    std::string_view en;

    [[nodiscard]] constexpr std::string_view in(language lang) const noexcept { return lang == language::en ? en : zh; }
};

/// What a rule checks, why, when it fires and what makes it quiet.
struct rule_explanation {
    std::string_view id;     ///< "JX-F007"
    localized_text checks;   ///< what the rule compares, and when it stays quiet
    localized_text source;   ///< the regulation or form it enforces, or "jixiao's own consistency check"
    localized_text example;  ///< a minimal jixiao/1 fragment, or a sentence of a report, that fires it
    localized_text silence;  ///< how to make it quiet: fix the figure, explain the deviation, or disable it
};

/// The explanation of the rule `id` (exactly as the catalogue spells it, e.g.
/// "JX-F007"); nullptr for an id jixiao does not ship (a house rule, a typo).
///
///     if (const auto* e = jixiao::explain_rule("JX-F007")) std::cout << e->source.en;
[[nodiscard]] const rule_explanation* explain_rule(std::string_view id) noexcept;

/// Every explanation, in catalogue order: funds (JX-F), cost sharing (JX-C),
/// indicators (JX-I), report text (JX-S).
[[nodiscard]] std::span<const rule_explanation> rule_explanations() noexcept;

}  // namespace jixiao
