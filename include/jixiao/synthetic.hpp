#pragma once
// Synthetic report books for load tests and benchmarks: realistic `jixiao/1`
// documents (Chinese names and purposes, tranches at several levels, execution
// with items, cost-sharing policies with headcounts, 3–6 indicators of every
// kind, and the usual share of mistakes that make rules fire), one per line of
// JSON Lines. Deterministic: document n depends only on the seed and n, on
// every platform, so a file of N lines is a prefix of a file of N + M lines.

#include <cstddef>
#include <cstdint>
#include <string>

namespace jixiao {

struct synthetic_options {
    std::uint64_t seed = 1;
    std::size_t projects_per_document = 1;  // --per-line
    int fiscal_year = 2023;
};

// Appends document number `n` (0-based) to `out` as one line of compact JSON,
// ending in '\n'. About 1.5 KB per project.
void append_synthetic_document(std::string& out, const synthetic_options& options, std::uint64_t n);

// Appends unit history number `n` (0-based): `years` lines, one per fiscal year
// ending at options.fiscal_year, of one invented unit whose projects
// (options.projects_per_document of them) carry money from year to year, with
// the usual share of broken links (JX-F013) and money unspent two years (JX-F007).
void append_synthetic_history(std::string& out, const synthetic_options& options, std::uint64_t n, int years);

}  // namespace jixiao
