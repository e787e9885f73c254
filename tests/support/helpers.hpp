#pragma once
// Helpers shared by jixiao's own tests (a program's tests would use
// <jixiao/testing.hpp>, which this includes).

#include <jixiao/evaluate.hpp>
#include <jixiao/money.hpp>
#include <jixiao/testing.hpp>

#include <string_view>
#include <vector>

namespace jixiao::testing {

// An amount from its text, as a document states it: yuan("10.82万").
inline money yuan(std::string_view text) { return money::parse(text); }

// The findings of one rule when `doc` is evaluated with the default rules.
[[nodiscard]] inline std::vector<finding> findings_of(const document& doc, std::string_view rule) {
    return findings_of(evaluate(doc).all_findings(), rule);
}

}  // namespace jixiao::testing
