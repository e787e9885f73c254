// One document end to end: read, evaluate every rule and score, write the
// evaluation (a synthetic one-project line, and the seed's nine projects).
#include "bench_data.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/history.hpp>
#include <jixiao/io.hpp>

#include <benchmark/benchmark.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace jixiao;

void run(benchmark::State& state, const std::string& text, std::size_t projects, bool compact) {
    const rule_book rules = default_rule_book();
    std::string out;
    for (auto _ : state) {
        out.clear();
        const document doc = read_document(text, "bench.json");
        append_evaluation(out, evaluate(doc, rules), language::zh, {compact, std::nullopt});
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["projects/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * projects), benchmark::Counter::kIsRate);
}

void one_project(benchmark::State& state) {
    std::string line;
    append_synthetic_document(line, synthetic_options{}, 1);
    run(state, line, 1, true);
}
BENCHMARK(one_project);

void seed_book(benchmark::State& state) { run(state, bench::seed_book(), 9, false); }
BENCHMARK(seed_book);

// One unit's three years of five projects each (jixiao gen --years 3 --per-line 5),
// read and evaluated as one history: each year, then the carry-forward chain.
void unit_history(benchmark::State& state) {
    std::string text;
    append_synthetic_history(text, {1, 5, 2024}, 0, 3);
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    const rule_book rules = default_rule_book();
    for (auto _ : state) {
        std::vector<document> docs;
        for (const auto& line : lines) docs.push_back(read_document(line, "bench.jsonl"));
        std::vector<named_document> named;
        for (const auto& d : docs) named.push_back({"bench.jsonl", &d});
        const history_evaluation h = evaluate_history(named, rules);
        benchmark::DoNotOptimize(h.chains.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["projects/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * 15), benchmark::Counter::kIsRate);
}
BENCHMARK(unit_history);

}  // namespace
