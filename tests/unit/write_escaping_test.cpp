// The writers' string escaping, which scans eight bytes at a time: any text,
// quotes, backslashes, control characters and Chinese at every position,
// reads back as written.
#include "../support/helpers.hpp"
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace jixiao;

TEST_CASE("names with every kind of character at every position are written as valid JSON and read back") {
    const std::string pieces[] = {"a", "\"", "\\", "\x01", "\x1f", " ", "\x7f", "中", "é", "\n", "\t", "z"};
    std::uint64_t state = 7;
    const auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    for (std::size_t round = 0; round < 3000 / jixiao::testing::property_stride; ++round) {
        std::string name;
        const auto length = next() % 24;
        for (std::uint64_t i = 0; i < length; ++i) name += pieces[next() % std::size(pieces)];
        document doc;
        doc.fiscal_year = 2023;
        project p;
        p.id = "p";
        p.name = name;
        doc.projects.push_back(p);
        const evaluation result = evaluate(doc);
        std::string compact;
        append_evaluation(compact, result, language::en, {true, 3});
        CAPTURE(name);
        const auto parsed = nlohmann::json::parse(compact);
        CHECK(parsed["projects"][0]["name"] == name);
        CHECK(parsed["line"] == 3);
        CHECK(nlohmann::json::parse(write_evaluation(result))["projects"][0]["name"] == name);
        CHECK(read_document(write_document(doc)).projects[0].name == name);
    }
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD, and the rest stays") {
    document doc;
    doc.fiscal_year = 2023;
    project p;
    p.id = "p";
    p.name = "ab\xff\"c";
    doc.projects.push_back(p);
    std::string compact;
    append_evaluation(compact, evaluate(doc), language::en, {true, std::nullopt});
    CHECK(compact.find(R"("name":"ab)" "\xEF\xBF\xBD" R"(\"c")") != std::string::npos);
}
