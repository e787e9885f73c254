// Synthetic report books (jixiao gen): deterministic, valid, realistic in size.
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/synthetic.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;

TEST_CASE("the same seed gives the same bytes; document n does not depend on the documents before it") {
    std::string a, b, c;
    for (std::uint64_t n = 0; n < 20; ++n) append_synthetic_document(a, {7, 1, 2023}, n);
    for (std::uint64_t n = 0; n < 20; ++n) append_synthetic_document(b, {7, 1, 2023}, n);
    CHECK(a == b);
    append_synthetic_document(c, {7, 1, 2023}, 19);
    CHECK(a.ends_with(c));
    std::string other;
    for (std::uint64_t n = 0; n < 20; ++n) append_synthetic_document(other, {8, 1, 2023}, n);
    CHECK(other != a);
}

TEST_CASE("every synthetic line is a valid jixiao/1 document of one line, about 1.5–2.5 KB a project") {
    std::size_t bytes = 0, projects = 0, findings = 0, shared = 0;
    for (std::uint64_t n = 0; n < 300; ++n) {
        std::string line;
        append_synthetic_document(line, {1, 3, 2024}, n);
        REQUIRE(line.back() == '\n');
        CHECK(line.find('\n') == line.size() - 1);
        const document doc = read_document(line, "synthetic");
        CHECK(doc.fiscal_year == 2024);
        CHECK(doc.projects.size() == 3);
        const evaluation result = evaluate(doc);
        for (const auto& p : result.projects) {
            findings += p.findings.size();
            shared += p.cost_sharing ? 1 : 0;
            CHECK(p.scores.total.has_value());
            CHECK(doc.projects[static_cast<std::size_t>(&p - result.projects.data())].indicators.size() >= 3);
        }
        bytes += line.size();
        projects += doc.projects.size();
    }
    CHECK(bytes / projects > 1400);
    CHECK(bytes / projects < 2500);
    CHECK(shared > projects / 5);  // cost sharing on some
    CHECK(findings > projects / 2);  // the usual share of mistakes
}
