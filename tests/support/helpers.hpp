#pragma once
// Helpers shared by jixiao's own tests (a program's tests would use
// <jixiao/testing.hpp>, which this includes).

#include <jixiao/evaluate.hpp>
#include <jixiao/money.hpp>
#include <jixiao/testing.hpp>

#include <string_view>
#include <vector>

namespace jixiao::testing {

// How sparsely the exhaustive and randomised property tests walk their cases: all of them in
// an ordinary build; every 8th under the sanitizers, where the code runs instrumented at -O0
// some fifty times slower and the point is memory errors and undefined behaviour, which the
// cases visited still exercise (the release build checks the results on every case).
#ifdef JIXIAO_TEST_SANITIZED
inline constexpr std::size_t property_stride = 8;
#else
inline constexpr std::size_t property_stride = 1;
#endif

// An amount from its text, as a document states it: yuan("10.82万").
inline money yuan(std::string_view text) { return money::parse(text); }

// Points (a weight or a score) from their text: pts("22.5").
inline points pts(std::string_view text) { return points::parse(text); }

// The first project of a document the test built with one.
inline project& the_project(document& d) { return d.projects.front(); }

// The findings of one rule when `doc` is evaluated with the default rules.
[[nodiscard]] inline std::vector<finding> findings_of(const document& doc, std::string_view rule) {
    return findings_of(evaluate(doc).all_findings(), rule);
}

}  // namespace jixiao::testing
