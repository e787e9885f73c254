// Synthetic histories (jixiao gen --years): one unit's consecutive years on
// consecutive lines, deterministic, with the usual share of chain mistakes.
#include <jixiao/history.hpp>
#include <jixiao/io.hpp>
#include <jixiao/synthetic.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace jixiao;

TEST_CASE("a synthetic history is one unit's consecutive years, the same bytes for the same seed") {
    std::string a, b;
    append_synthetic_history(a, {5, 4, 2024}, 7, 3);
    append_synthetic_history(b, {5, 4, 2024}, 7, 3);
    CHECK(a == b);
    std::istringstream lines(a);
    std::vector<document> docs;
    for (std::string line; std::getline(lines, line);) docs.push_back(read_document(line, "synthetic"));
    REQUIRE(docs.size() == 3);
    for (std::size_t k = 0; k < docs.size(); ++k) {
        CHECK(docs[k].fiscal_year == 2022 + static_cast<int>(k));
        CHECK(docs[k].unit == docs[0].unit);
    }
    CHECK(docs[0].unit->starts_with("合成示例市第8区"));
    CHECK(docs[0].projects.size() == 4);
}

TEST_CASE("synthetic histories: most links hold, and every kind of chain finding turns up") {
    std::size_t links = 0, f013 = 0, f007 = 0, f003 = 0;
    for (std::uint64_t n = 0; n < 150; ++n) {
        std::string text;
        append_synthetic_history(text, {1, 5, 2024}, n, 3);
        std::istringstream lines(text);
        std::vector<document> docs;
        for (std::string line; std::getline(lines, line);) docs.push_back(read_document(line, "synthetic"));
        std::vector<named_document> named;
        for (const auto& d : docs) named.push_back({std::to_string(d.fiscal_year) + ".json", &d});
        const auto h = evaluate_history(named);
        for (std::size_t k = 1; k < h.years.size(); ++k) links += h.years[k].doc->projects.size();
        for (const auto& y : h.years) {
            for (const auto& f : y.result.findings) f013 += f.rule == "JX-F013" ? 1 : 0;
            for (const auto& p : y.result.projects)
                for (const auto& f : p.findings) {
                    f013 += f.rule == "JX-F013" ? 1 : 0;
                    f007 += f.rule == "JX-F007" ? 1 : 0;
                    f003 += f.rule == "JX-F003" ? 1 : 0;
                }
        }
    }
    CHECK(f003 == 0);  // each year balances: the chain mistakes are the only ones
    CHECK(f013 > links / 50);
    CHECK(f013 < links / 5);
    CHECK(f007 > 0);
}
