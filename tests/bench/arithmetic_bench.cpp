// The exact arithmetic underneath: amounts parsed and printed, allocation by
// largest remainder, a cost-sharing split, indicator scoring.
#include <jixiao/allocate.hpp>
#include <jixiao/document.hpp>
#include <jixiao/money.hpp>
#include <jixiao/scoring.hpp>
#include <jixiao/split.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <memory>
#include <string_view>

namespace {

using namespace jixiao;

void money_parse(benchmark::State& state) {
    constexpr std::array<std::string_view, 4> texts{"108200.00", "10.82万", "108,200.50", "55.0731万元"};
    std::size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(money::parse(texts[i++ % texts.size()]));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(money_parse);

void money_format(benchmark::State& state) {
    const std::array amounts{money::parse("108200.00"), money::parse("10.8275万"), money::parse("-3.5")};
    std::size_t i = 0;
    for (auto _ : state) {
        const money& m = amounts[i++ % amounts.size()];
        benchmark::DoNotOptimize(to_string(m));
        benchmark::DoNotOptimize(format_wan(m));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(money_format);

void allocation(benchmark::State& state) {
    const money total = money::parse("710900.00");
    const std::array ratios{ratio(7, 40), ratio(13, 40), ratio(1, 2)};
    for (auto _ : state) benchmark::DoNotOptimize(allocate(total, ratios));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(allocation);

// The seed's policy (川社险办〔2021〕26号): general {provincial 50%, rest {municipal 35%, district 65%}}.
policy seed_policy() {
    policy pol;
    pol.id = "sc-resident-pension-subsidy";
    pol.standard = money::parse("100");
    auto rest = std::make_shared<share_node>();
    rest->shares = {{level::municipal, ratio::parse("35%")}, {level::district, ratio::parse("65%")}};
    share_node general;
    general.shares = {{level::provincial, ratio::parse("50%")}};
    general.rest = rest;
    share_node poor;
    poor.shares = rest->shares;
    pol.categories = {{"general", general}, {"former_registered_poor", poor}};
    return pol;
}

void split(benchmark::State& state) {
    const policy pol = seed_policy();
    const headcount_map counts{{"general", 2164}, {"former_registered_poor", 4945}};
    for (auto _ : state) benchmark::DoNotOptimize(split_cost(pol, counts));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(split);

void scoring(benchmark::State& state) {
    project p;
    p.id = "p1";
    p.name = "scored";
    const auto quantitative = [](indicator_level1 l1, const char* w, comparison op, const char* target, const char* actual) {
        indicator ind;
        ind.level1 = l1;
        ind.name = "指标";
        ind.weight = points::parse(w);
        ind.op = op;
        ind.target = quantity::parse(target);
        ind.actual = quantity::parse(actual);
        return ind;
    };
    p.indicators.push_back(quantitative(indicator_level1::output, "20", comparison::at_least, "7000", "6811"));
    p.indicators.push_back(quantitative(indicator_level1::output, "15", comparison::at_most, "30", "34.5"));
    p.indicators.push_back(quantitative(indicator_level1::output, "15", comparison::equal, "100", "98.5"));
    indicator rated;
    rated.level1 = indicator_level1::effect;
    rated.name = "应保尽保";
    rated.weight = points(30);
    rated.rating = rating::partial;
    p.indicators.push_back(rated);
    p.indicators.push_back(quantitative(indicator_level1::satisfaction, "10", comparison::at_least, "90", "93.6"));
    const scheme s;
    const std::optional<ratio> rate = ratio(5507, 7000);
    for (auto _ : state) benchmark::DoNotOptimize(score_project(p, s, rate));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(scoring);

}  // namespace
