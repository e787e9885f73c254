// Whole streams: synthetic JSON Lines read, evaluated and written as JSON
// Lines (what `jixiao evaluate FILE.jsonl --format jsonl` does, without the
// file system), on 1 and 2 threads; and, for scale, simdjson On Demand alone
// visiting every value of the same lines.
#include "bench_data.hpp"

#include <jixiao/jsonl.hpp>

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <string>

namespace {

using namespace jixiao;

constexpr std::size_t stream_projects = 4000;  // about 7.5 MB

void set_counters(benchmark::State& state, const std::string& text, std::size_t projects) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["projects/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * projects), benchmark::Counter::kIsRate);
}

void stream(benchmark::State& state) {
    const std::string& text = bench::synthetic_lines(stream_projects);
    const rule_book rules = default_rule_book();
    const jsonl_evaluator evaluator(rules, jsonl_output::jsonl, language::zh, "bench.jsonl");
    const auto jobs = static_cast<unsigned>(state.range(0));
    std::size_t written = 0;
    for (auto _ : state) {
        auto reader = jsonl_reader::from_text(text);
        evaluate_jsonl(reader, evaluator, jobs, [&](const jsonl_result& r) { written += r.output.size(); });
    }
    benchmark::DoNotOptimize(written);
    set_counters(state, text, stream_projects);
}
BENCHMARK(stream)->Arg(1)->Arg(2)->ArgName("jobs")->UseRealTime()->Unit(benchmark::kMillisecond);

// Every value visited: keys unescaped, strings unescaped, numbers as tokens.
std::size_t visit(simdjson::ondemand::value value) {
    namespace od = simdjson::ondemand;
    std::size_t n = 0;
    switch (value.type()) {
    case od::json_type::object:
        for (auto field : value.get_object()) {
            n += field.unescaped_key().value().size();
            n += visit(field.value());
        }
        break;
    case od::json_type::array:
        for (auto element : value.get_array()) n += visit(element.value());
        break;
    case od::json_type::string: n += std::string_view(value.get_string()).size(); break;
    case od::json_type::number: n += value.raw_json_token().size(); break;
    case od::json_type::boolean: n += value.get_bool() ? 1 : 0; break;
    case od::json_type::null: n += value.is_null() ? 1 : 0; break;
    }
    return n;
}

// The floor: the same lines, split by the same reader, parsed by simdjson with nothing built.
void raw_parse(benchmark::State& state) {
    const std::string& text = bench::synthetic_lines(stream_projects);
    simdjson::ondemand::parser parser;
    std::size_t seen = 0;
    jsonl_batch batch;
    for (auto _ : state) {
        auto reader = jsonl_reader::from_text(text);
        while (reader.next(batch))
            for (const auto& line : batch.lines()) {
                const auto view = batch.text(line);
                auto doc = parser.iterate(simdjson::padded_string_view(view.data(), view.size(),
                                                                       batch.capacity_from(line) + simdjson::SIMDJSON_PADDING));
                seen += visit(doc.get_value());
            }
    }
    benchmark::DoNotOptimize(seen);
    set_counters(state, text, stream_projects);
}
BENCHMARK(raw_parse)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
