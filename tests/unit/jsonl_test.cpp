// JSON Lines: the batch reader (line numbers, blank lines, line breaks, the
// line-length limit, lines across batches), errors located by the stream's
// line, the line evaluator, and the ordered parallel stream.
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/jsonl.hpp>
#include <jixiao/synthetic.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace jixiao;

namespace {

struct read_line {
    std::uint64_t number;
    std::string text;
    std::uint64_t too_long;
    friend bool operator==(const read_line&, const read_line&) = default;
};

std::ostream& operator<<(std::ostream& os, const read_line& l) {
    return os << l.number << ":" << l.text << (l.too_long ? " (too long: " + std::to_string(l.too_long) + ")" : "");
}

std::vector<read_line> lines_of(std::string_view text, jsonl_options options = {}) {
    auto reader = jsonl_reader::from_text(text, options);
    std::vector<read_line> out;
    jsonl_batch batch;
    std::uint64_t bytes = 0;
    while (reader.next(batch)) {
        bytes += batch.input_bytes();
        for (const auto& line : batch.lines()) out.push_back({line.number, std::string(batch.text(line)), line.too_long});
    }
    if (!text.ends_with("\n\n")) CHECK(bytes == text.size());  // every byte up to the last line belongs to a batch
    return out;
}

// A one-project jixiao/1 document on one line.
std::string doc(std::string_view id, std::string_view used = "0") {
    return std::string(R"({"format":"jixiao/1","unit":"仁和区人社局","fiscal_year":2023,"projects":[{"id":")") +
           std::string(id) + R"(","name":"项目","tranches":[{"level":"district","amount":"100"}],"execution":{"used":")" +
           std::string(used) + R"("}}]})";
}

}  // namespace

TEST_CASE("lines are numbered from 1; blank lines are skipped but counted; CRLF and a last line without a break") {
    const std::string text = "a\n\n  \nb\r\n\t\r\nc";
    CHECK(lines_of(text) == std::vector<read_line>{{1, "a", 0}, {4, "b", 0}, {6, "c", 0}});
    CHECK(lines_of("").empty());
    CHECK(lines_of("\n\n").empty());
}

TEST_CASE("lines that cross batches are read whole, whatever the batch size") {
    std::string text;
    std::vector<read_line> expected;
    for (std::uint64_t n = 1; n <= 200; ++n) {
        std::string line(n * 7 % 500, static_cast<char>('a' + n % 26));
        if (line.empty()) line = "z";
        text += line + "\n";
        expected.push_back({n, line, 0});
    }
    for (const std::size_t batch : {64UL, 100UL, 777UL, 1UL << 20}) {
        CAPTURE(batch);
        CHECK(lines_of(text, {default_max_line_bytes, batch}) == expected);
    }
}

TEST_CASE("a line over the limit is skipped without being kept, and the lines after it are read") {
    const std::string longer(10'000, 'x');
    const std::string text = "first\n" + longer + "\nthird\n" + longer;
    const std::vector<read_line> expected{{1, "first", 0}, {2, "", 10'000}, {3, "third", 0}, {4, "", 10'000}};
    CHECK(lines_of(text, {1000, 64}) == expected);     // the long line is larger than a batch
    CHECK(lines_of(text, {1000, 50'000}) == expected);  // the long line fits a batch but not the limit
    CHECK(lines_of(text, {10'000, 64}) == std::vector<read_line>{{1, "first", 0}, {2, longer, 0}, {3, "third", 0}, {4, longer, 0}});
}

TEST_CASE("errors in a line name the stream's line: with the column for malformed JSON, else with the JSON path") {
    const std::string text = doc("p1") + "\n" + R"({"format":"jixiao/1","fiscal_year":2023,"projects":[}])" + "\n" +
                             R"({"format":"jixiao/1","fiscal_year":2023,"projects":[{"id":"p","name":"n","tranches":[{"level":"district","amount":"10.8.2万"}]}]})" +
                             "\n" + std::string(300, ' ') + "x\n";
    auto reader = jsonl_reader::from_text(text, {200, 1 << 20});
    jsonl_batch batch;
    REQUIRE(reader.next(batch));
    REQUIRE(batch.lines().size() == 4);
    std::vector<std::string> messages;
    for (const auto& line : batch.lines()) {
        try {
            (void)read_document_line(batch, line, "books.jsonl");
            messages.push_back("ok");
        } catch (const error& e) {
            messages.push_back(e.describe(language::en));
        }
    }
    CHECK(messages[0] == "ok");
    CHECK(messages[1] == "books.jsonl:2:53: malformed JSON: unexpected \"}\" (expected a value: an object, array, string, "
                         "number, true, false or null)");
    CHECK(messages[2] == "books.jsonl:3: projects[0].tranches[0].amount: \"10.8.2万\" is not an amount (expected e.g. "
                         "\"108200.00\" or \"10.82万\")");
    CHECK(messages[3] == "books.jsonl:4: the line is 301 bytes long, more than the limit per line (--max-line-bytes); not read");
}

TEST_CASE("the line evaluator writes each good line's evaluation, compact, with its line; bad lines become errors") {
    const std::string text = doc("p1", "100") + "\n\n" + "{\"format\":\"jixiao/1\"}\n" + doc("p3", "150") + "\n";
    const rule_book rules = default_rule_book();
    const jsonl_evaluator evaluator(rules, jsonl_output::jsonl, language::en, "books.jsonl");
    auto reader = jsonl_reader::from_text(text);
    jsonl_batch batch;
    REQUIRE(reader.next(batch));
    jsonl_result result;
    evaluator.evaluate(batch, result);
    std::string expected;
    append_evaluation(expected, evaluate(read_document(doc("p1", "100"))), language::en, {true, 1});
    append_evaluation(expected, evaluate(read_document(doc("p3", "150"))), language::en, {true, 4});
    CHECK(result.output == expected);
    CHECK(result.output.find("{\"format\":\"jixiao-evaluation/1\",\"line\":1,\"unit\":\"仁和区人社局\",\"fiscal_year\":2023,"
                             "\"projects\":[{\"id\":\"p1\",\"name\":\"项目\",\"funds\":{\"budget\":\"100.00\"") == 0);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].describe(language::en) ==
          "books.jsonl:3: missing the required key \"fiscal_year\" (required here: \"format\", \"fiscal_year\", \"projects\")");
    CHECK(result.lines == 3);
    CHECK(result.bad_lines == 1);
    CHECK(result.documents == 2);
    CHECK(result.summary.projects == 2);
    CHECK(result.worst == severity::error);  // p3 used more than it had
    CHECK(result.unit == "仁和区人社局");
    CHECK_FALSE(result.units_differ);
    CHECK(result.fiscal_year == 2023);
}

TEST_CASE("a compact evaluation is the indented one without the layout") {
    const evaluation result = evaluate(read_document(doc("p1", "150")));
    std::string compact;
    append_evaluation(compact, result, language::zh, {true, std::nullopt});
    const std::string indented = write_evaluation(result);
    std::string squeezed;  // the indented text with the whitespace outside strings taken out
    bool in_string = false;
    for (std::size_t i = 0; i < indented.size(); ++i) {
        const char c = indented[i];
        if (c == '"' && (i == 0 || indented[i - 1] != '\\')) in_string = !in_string;
        if (in_string || (c != ' ' && c != '\n')) squeezed += c;
    }
    CHECK(compact == squeezed + "\n");
    CHECK(std::count(compact.begin(), compact.end(), '\n') == 1);
}

TEST_CASE("on several threads the stream's output is the same, in the same order") {
    std::string text;
    for (std::uint64_t n = 0; n < 300; ++n) {
        append_synthetic_document(text, synthetic_options{}, n);
        if (n % 97 == 5) text += "{not json}\n";
    }
    const rule_book rules = default_rule_book();
    const jsonl_renderer renderer = [](const evaluated& line, std::uint64_t number) {
        return std::to_string(number) + ": " + line.doc.projects.at(0).id + " " +
               std::to_string(line.result.summary.errors) + "\n";
    };
    for (const jsonl_output format : {jsonl_output::jsonl, jsonl_output::json, jsonl_output::rendered}) {
        const jsonl_evaluator evaluator(rules, format, language::zh, "s.jsonl", renderer);
        std::vector<std::string> outputs;
        for (const unsigned jobs : {1U, 2U, 3U}) {
            auto reader = jsonl_reader::from_text(text, {default_max_line_bytes, 4096});
            std::string out;
            jsonl_result totals;
            evaluate_jsonl(reader, evaluator, jobs, [&](const jsonl_result& r) {
                out += r.output;
                for (const auto& e : r.errors) out += "ERROR " + e.describe(language::en) + "\n";
                totals.add_counts(r);
            });
            CHECK(totals.lines == 304);
            CHECK(totals.bad_lines == 4);
            CHECK(totals.summary.projects == 300);
            CHECK(totals.units_differ);
            outputs.push_back(out);
        }
        CHECK(outputs[0] == outputs[1]);
        CHECK(outputs[0] == outputs[2]);
    }
}

TEST_CASE("an error from the consumer stops the stream and reaches the caller") {
    std::string text;
    for (std::uint64_t n = 0; n < 50; ++n) append_synthetic_document(text, synthetic_options{}, n);
    const rule_book rules = default_rule_book();
    const jsonl_evaluator evaluator(rules, jsonl_output::jsonl, language::zh, "s.jsonl");
    auto reader = jsonl_reader::from_text(text, {default_max_line_bytes, 2048});
    int batches = 0;
    CHECK_THROWS_WITH(evaluate_jsonl(reader, evaluator, 2,
                                     [&](const jsonl_result&) {
                                         if (++batches == 3) throw error({"写入失败", "disk full"});
                                     }),
                      "disk full");
    CHECK(batches == 3);
}

namespace {

// Lines of one project (short) and of 90 projects (about 140 KB, long), a bad long line
// (its last project without a name) and malformed JSON.
std::string long_and_short_lines() {
    std::string text;
    for (std::uint64_t n = 0; n < 6; ++n) append_synthetic_document(text, synthetic_options{1, n == 1 ? 90U : 1U, 2023}, n);
    std::string bad;
    append_synthetic_document(bad, synthetic_options{1, 90, 2023}, 99);
    bad.erase(bad.rfind("]}"));  // the projects array left open, then one project too few keys
    text += bad + R"(,{"id":"no-name"}]})" + "\n";
    text += "{not json}\n";
    return text;
}

// The stream's output and errors as a consumer sees them, and how many results it got.
struct streamed_output {
    std::string text;
    std::size_t results = 0, largest = 0;
    jsonl_result totals;
};

streamed_output run_stream(const std::string& text, const jsonl_evaluator& evaluator, unsigned jobs, bool json) {
    auto reader = jsonl_reader::from_text(text, {default_max_line_bytes, 8192});
    streamed_output out;
    evaluate_jsonl(reader, evaluator, jobs, [&](const jsonl_result& r) {
        // json: elements are joined as jsonl_evaluation_writer joins them.
        if (!r.output.empty()) out.text += (json && !out.text.empty() ? ",\n    " : "") + r.output;
        for (const auto& e : r.errors) out.text += "ERROR " + e.describe(language::en) + "\n";
        ++out.results;
        out.largest = std::max(out.largest, r.output.size());
        out.totals.add_counts(r);
    });
    return out;
}

// A line's "report": its number, then each project's id, then the end.
class test_line_writer final : public jsonl_line_writer {
public:
    explicit test_line_writer(std::uint64_t number) : number_(number) {}
    void head(std::string& out, const document&, const std::vector<finding>& findings, const evaluation_summary& s) override {
        out += "line " + std::to_string(number_) + " " + std::to_string(findings.size()) + " " + std::to_string(s.projects) + "\n";
    }
    void project(std::string& out, const document&, const jixiao::project& p, std::size_t index, project_evaluation e) override {
        out += std::to_string(index) + " " + p.id + " " + std::to_string(e.findings.size()) + "\n";
    }
    void tail(std::string& out) override { out += "end\n"; }

private:
    std::uint64_t number_;
};

}  // namespace

TEST_CASE("long lines evaluated a project at a time give what lines evaluated whole give, handed over in pieces") {
    const std::string text = long_and_short_lines();
    const rule_book rules = default_rule_book();
    const jsonl_renderer whole = [](const evaluated& line, std::uint64_t number) {
        std::string out = "line " + std::to_string(number) + " " + std::to_string(line.result.findings.size()) + " " +
                          std::to_string(line.result.summary.projects) + "\n";
        for (std::size_t i = 0; i < line.doc.projects.size(); ++i)
            out += std::to_string(i) + " " + line.doc.projects[i].id + " " +
                   std::to_string(line.result.projects[i].findings.size()) + "\n";
        return out + "end\n";
    };
    const jsonl_line_writers pieces = [](std::uint64_t number) { return std::make_unique<test_line_writer>(number); };
    for (const jsonl_output format : {jsonl_output::jsonl, jsonl_output::json, jsonl_output::rendered}) {
        CAPTURE(static_cast<int>(format));
        jsonl_evaluator held(rules, format, language::en, "s.jsonl", whole, pieces);
        held.stream_lines_over(std::size_t{1} << 30);  // every line whole
        jsonl_evaluator streaming(rules, format, language::en, "s.jsonl", whole, pieces);
        streaming.stream_lines_over(4096);
        const bool json = format == jsonl_output::json;
        const streamed_output expected = run_stream(text, held, 1, json);
        CHECK(expected.totals.lines == 8);
        CHECK(expected.totals.bad_lines == 2);
        CHECK(expected.totals.summary.projects == 5 + 90);
        CHECK(expected.text.find("ERROR s.jsonl:7: projects[90]: missing the required key \"name\"") != std::string::npos);
        for (const unsigned jobs : {1U, 2U}) {
            const streamed_output got = run_stream(text, streaming, jobs, json);
            CHECK(got.text == expected.text);
            CHECK(got.totals.summary.errors == expected.totals.summary.errors);
            CHECK(got.totals.summary.warnings == expected.totals.summary.warnings);
            CHECK(got.totals.lines == expected.totals.lines);
            CHECK(got.totals.input_bytes == text.size());
            if (format == jsonl_output::json) {
                // Handed over as it was made (a long line's indented projects are over 128 KiB):
                // more results than the held run, none far beyond 64 KiB.
                CHECK(got.results > expected.results);
                CHECK(got.largest < (std::size_t{2} << 16) + 8192);
                CHECK(expected.largest > (std::size_t{2} << 16));  // a long line held whole
            }
        }
    }
}
