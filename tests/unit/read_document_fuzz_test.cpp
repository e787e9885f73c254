// Whatever the bytes, read_document either reads a document or throws
// jixiao::error with a message in valid UTF-8; nothing else escapes, nothing
// crashes. A document that reads also round-trips through the writer.
// Deterministic: std::mt19937's output is fixed by the standard.
#include "../support/helpers.hpp"
#include "io_test_support.hpp"

#include <jixiao/detail/text.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace jixiao;

namespace {

struct outcome {
    int read = 0;
    int refused = 0;
};

void feed(const std::string& bytes, outcome& counts) {
    try {
        const document d = read_document(bytes, "fuzz.json");
        ++counts.read;
        const std::string written = write_document(d);
        const document again = read_document(written, "written.json");
        if (!(again == d)) FAIL_CHECK("read → write → read changed the model for input: " << bytes);
        if (write_document(again) != written) FAIL_CHECK("write → read → write changed the bytes for input: " << bytes);
    } catch (const error& e) {
        ++counts.refused;
        if (!detail::is_valid_utf8(e.what()) || !detail::is_valid_utf8(e.describe(language::zh)))
            FAIL_CHECK("message not UTF-8: " << std::string(e.what()) << "\nfor input: " << bytes);
    } catch (const std::exception& e) {
        FAIL_CHECK("std::exception escaped: " << std::string(e.what()) << " for input: " << bytes);
    } catch (...) {
        FAIL_CHECK("unknown exception escaped for input: " << bytes);
    }
}

class mutator {
public:
    explicit mutator(unsigned seed) : random_(seed) {}

    std::size_t below(std::size_t n) { return n == 0 ? 0 : random_() % n; }

    char json_char() {
        static constexpr std::string_view alphabet = "{}[]\":, \n0123456789-+.eEtrufalsn\\/x万元%";
        return below(8) == 0 ? static_cast<char>(below(256)) : alphabet[below(alphabet.size())];
    }

    std::string fragment() {
        static constexpr std::string_view pieces[] = {
            "{", "}", "[", "]", ",", ":", "\"", "\"x\": 1,", "\"amount\": \"1\"", "-1", "1e40", "0.5", "null",
            "true", "\"\\u0000\"", "\"\\ud800\"", "\xEF\xBB\xBF", "\xFF", "\xE4\xBB", "\"万\"", "[[[[[[", "]]]]",
            "{\"rest\": {}}", "\"level\": \"district\"", "\"fiscal_year\": 2023", "\"projects\": []", "\t", "\\"};
        return std::string(pieces[below(std::size(pieces))]);
    }

    std::string mutate(std::string s) {
        const std::size_t edits = 1 + below(4);
        for (std::size_t k = 0; k < edits; ++k) {
            const std::size_t at = below(s.size() + 1);
            switch (below(6)) {
            case 0: if (at < s.size()) s[at] = json_char(); break;                      // byte change
            case 1: s.resize(at); break;                                                // truncation
            case 2: s.insert(at, fragment()); break;                                    // insertion
            case 3: s.erase(at, below(16)); break;                                      // deletion
            case 4: if (at < s.size()) s[at] = static_cast<char>(s[at] ^ (1 << below(8))); break;  // bit flip
            case 5: {                                                                   // duplicated slice
                const std::size_t from = below(s.size());
                s.insert(at, s.substr(from, below(64)));
                break;
            }
            }
        }
        return s;
    }

    std::string noise() {
        std::string s;
        const std::size_t length = below(120);
        for (std::size_t i = 0; i < length; ++i) s += below(4) == 0 ? fragment() : std::string(1, json_char());
        return s;
    }

private:
    std::mt19937 random_;
};

const std::string small_book = R"({"format": "jixiao/1", "unit": "u", "fiscal_year": 2023,
 "scheme": {"preset": "mof-2020", "score_decimals": 2},
 "policies": [{"id": "pol", "standard": "100", "categories": {"g": {"provincial": "50%", "rest": {"district": "1"}}}}],
 "projects": [{"id": "p1", "name": "n", "budget": {"adjusted": "10万"},
   "tranches": [{"level": "district", "source": "current_year", "amount": "10万", "arrival_date": "2023-12-01", "year": 2023}],
   "execution": {"used": "5万", "carried_forward": "5万", "reported_rate": "50%", "items": [{"purpose": "p", "amount": 50000}]},
   "cost_sharing": {"policy": "pol", "headcount": {"total": 10, "by_category": {"g": 10}}},
   "indicators": [{"level1": "output", "name": "i", "op": ">=", "target": "1", "actual": 2, "weight": "90"},
                  {"level1": "effect", "name": "j", "rating": "achieved", "weight": "0"}],
   "problems": [], "x": {"k": [1, "2", {"3": null}]}}]})";

}  // namespace

TEST_CASE("fuzz: random byte strings are read or refused with jixiao::error") {
    mutator m(20231231);
    outcome counts;
    const int total = 10000 / static_cast<int>(jixiao::testing::property_stride);
    for (int i = 0; i < total; ++i) feed(m.noise(), counts);
    INFO("read " << counts.read << ", refused " << counts.refused);
    CHECK(counts.read + counts.refused == total);
    CHECK(counts.refused > total * 99 / 100);  // noise is almost never a document
}

TEST_CASE("fuzz: mutations of a small complete document") {
    mutator m(7109);
    outcome counts;
    const int total = 20000 / static_cast<int>(jixiao::testing::property_stride);
    for (int i = 0; i < total; ++i) feed(m.mutate(small_book), counts);
    INFO("read " << counts.read << ", refused " << counts.refused);
    CHECK(counts.read + counts.refused == total);
    CHECK(counts.read > total / 200);  // some mutations keep the document valid: the round trip is exercised
    CHECK(counts.refused > total / 2);
}

TEST_CASE("fuzz: mutations of the seed report book") {
    const std::string seed = jixiao::testing::read_text_file(jixiao::testing::seed_path());
    REQUIRE(seed.size() > 30000);
    mutator m(550700);
    outcome counts;
    const int total = 1000 / static_cast<int>(jixiao::testing::property_stride);
    for (int i = 0; i < total; ++i) feed(m.mutate(seed), counts);
    INFO("read " << counts.read << ", refused " << counts.refused);
    CHECK(counts.read + counts.refused == total);
    CHECK(counts.read > total / 100);
}
