// Fuzz target: the whole path a report book takes. Whatever the bytes,
// read_document reads a document or throws jixiao::error. A document that
// reads is evaluated (or refused with jixiao::error, e.g. an overflow), its
// evaluation and text report are written in both languages as valid JSON and
// UTF-8, and the canonical writer round-trips it: read → write → read gives
// an equal model, write → read → write the same bytes.
#include "fuzz_support.hpp"

#include "json/json_syntax.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/render.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace jixiao;
using fuzz::require;

namespace {

void check_evaluation(const document& doc) {
    evaluation result;
    try {
        result = evaluate(doc);
    } catch (const error& e) {  // e.g. amounts whose sum leaves the range of money
        fuzz::check_message(e);
        return;
    }
    require(result.projects.size() == doc.projects.size(), "one evaluation per project");
    for (const language lang : {language::zh, language::en}) {
        const std::string json = write_evaluation(result, lang);
        const auto problem = json::find_syntax_problem(json);
        require(!problem, "the evaluation is well-formed JSON", problem ? problem->what.en + "\n" + json : "");
        const std::string text = render_text(evaluated{doc, result}, {lang, std::nullopt, false});
        require(detail::is_valid_utf8(text), "the text report is valid UTF-8");
    }
}

void check_round_trip(const document& doc) {
    const std::string written = write_document(doc);
    require(!json::find_syntax_problem(written), "the canonical text is well-formed JSON", written);
    document again;
    try {
        again = read_document(written, "written.json");
    } catch (const error& e) {
        fuzz::broken("the canonical text reads back", e.describe(language::en) + "\n" + written);
    }
    require(again == doc, "read → write → read gives an equal model", written);
    const std::string rewritten = write_document(again);
    require(rewritten == written, "write → read → write gives the same bytes", written + "\n---\n" + rewritten);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    document doc;
    try {
        doc = read_document(input, "fuzz.json");
    } catch (const error& e) {
        fuzz::check_message(e);
        return 0;
    }
    check_round_trip(doc);
    check_evaluation(doc);
    return 0;
}
