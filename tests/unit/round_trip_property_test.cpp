// Property tests of the canonical writer (what `jixiao format` writes) over
// many generated documents (document_generator.hpp): read → write → read gives
// an equal model, write → read → write gives identical bytes, and the "x"
// data comes back exactly as it was. Every generated document also evaluates:
// to an evaluation, or to jixiao::overflow_error naming the project when its
// amounts leave the range of money — never to another exception.
#include "document_generator.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using jixiao::testing::document_generator;

namespace {

constexpr std::uint32_t round_trip_documents = 400;

// Every "x" of a document, in a fixed order, to compare the extension data alone.
std::vector<std::string> all_x(const document& d) {
    std::vector<std::string> out{d.x.json};
    if (d.scheme) out.push_back(d.scheme->x.json);
    for (const auto& p : d.policies) {
        out.push_back(p.x.json);
        out.push_back(p.categories_x.json);
        for (const auto& [name, root] : p.categories)
            for (const share_node* n = &root; n; n = n->rest.get()) out.push_back(n->x.json);
    }
    for (const auto& p : d.projects) {
        out.push_back(p.x.json);
        if (p.budget) out.push_back(p.budget->x.json);
        for (const auto& t : p.tranches) out.push_back(t.x.json);
        if (p.execution) {
            out.push_back(p.execution->x.json);
            for (const auto& i : p.execution->items) out.push_back(i.x.json);
        }
        if (p.cost_sharing) {
            out.push_back(p.cost_sharing->x.json);
            out.push_back(p.cost_sharing->headcount_x.json);
            out.push_back(p.cost_sharing->by_category_x.json);
        }
        for (const auto& i : p.indicators) out.push_back(i.x.json);
        if (p.reported) out.push_back(p.reported->x.json);
    }
    return out;
}

}  // namespace

TEST_CASE("the generator is deterministic and varied") {
    CHECK(write_document(document_generator(1).make()) == write_document(document_generator(1).make()));
    CHECK(write_document(document_generator(1).make()) != write_document(document_generator(2).make()));
    // Across the seeds, every kind of thing the generator can make is made.
    std::size_t rests = 0, quantitative = 0, rated = 0, not_applicable = 0, x_data = 0, exact_rates = 0;
    for (std::uint32_t seed = 0; seed < round_trip_documents; ++seed) {
        const document d = document_generator(seed).make();
        for (const auto& p : d.policies)
            for (const auto& [name, node] : p.categories) rests += node.rest && node.rest->rest ? 1 : 0;
        for (const auto& p : d.projects) {
            for (const auto& i : p.indicators) {
                quantitative += i.actual ? 1 : 0;
                rated += i.rating ? 1 : 0;
                not_applicable += i.not_applicable ? 1 : 0;
            }
            if (p.execution && p.execution->reported_rate && !p.execution->reported_rate->decimals) ++exact_rates;
        }
        for (const auto& x : all_x(d)) x_data += x.empty() ? 0 : 1;
    }
    CHECK(rests > 20);
    CHECK(quantitative > 100);
    CHECK(rated > 100);
    CHECK(not_applicable > 100);
    CHECK(x_data > 500);
    CHECK(exact_rates > 10);
}

TEST_CASE("property: read → write → read gives an equal model; write → read → write identical bytes") {
    for (std::uint32_t seed = 0; seed < round_trip_documents; ++seed) {
        CAPTURE(seed);
        const document generated = document_generator(seed).make();
        const std::string written = write_document(generated);
        CAPTURE(written);
        document read;
        REQUIRE_NOTHROW(read = read_document(written, "generated.json"));
        CHECK(read == generated);
        CHECK(all_x(read) == all_x(generated));
        const std::string rewritten = write_document(read);
        CHECK(rewritten == written);
        CHECK(read_document(rewritten, "rewritten.json") == read);
    }
}

TEST_CASE("property: every generated document evaluates, or names the project whose amounts overflow") {
    std::size_t evaluated = 0, overflowed = 0;
    for (std::uint32_t seed = 0; seed < round_trip_documents; ++seed) {
        CAPTURE(seed);
        const document d = document_generator(seed).make();
        try {
            const evaluation result = evaluate(d);
            CHECK(result.projects.size() == d.projects.size());
            CHECK_FALSE(write_evaluation(result, language::en).empty());
            ++evaluated;
        } catch (const overflow_error& e) {
            CHECK(e.where().path.starts_with("projects["));
            CHECK(std::string(e.what()).find("cannot be evaluated: its amounts leave the range of money") !=
                  std::string::npos);
            ++overflowed;
        }
    }
    // Most evaluate. (How many overflow depends on the compiler: the generator draws its
    // random numbers inside function arguments, whose order of evaluation C++ leaves open.)
    CHECK(evaluated >= round_trip_documents / 3);
    CHECK(overflowed > 0);  // the generator reaches the limits of money
}
