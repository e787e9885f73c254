// One document end to end: read, evaluate every rule and score, write the
// evaluation (a synthetic one-project line, and the seed's nine projects).
#include "bench_data.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>

#include <benchmark/benchmark.h>

#include <string>

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

}  // namespace
