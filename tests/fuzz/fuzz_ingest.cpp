// Fuzz target: the text ingester. Whatever the bytes (UTF-8, GB18030,
// UTF-16, a .docx zip or none of these), ingest_report_book reads a document
// or throws jixiao::error. What it reads is a valid jixiao/1 document: the
// canonical writer's text reads back to an equal model (so the ingester never
// makes a negative amount, a duplicate id, an impossible year…); every
// project has its list of findings; findings, provenance and messages are
// valid UTF-8; and the document evaluates, or is refused with jixiao::error.
#include "fuzz_support.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace jixiao;
using fuzz::require;

namespace {

void check_finding(const finding& f) {
    require(f.rule.starts_with("JX-S"), "the ingester's findings are JX-S", f.rule);
    require(detail::is_valid_utf8(f.message.zh) && detail::is_valid_utf8(f.message.en), "findings are UTF-8",
            f.message.en);
    require(detail::is_valid_utf8(f.where.path), "finding paths are UTF-8", f.where.path);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    ingest_result result;
    try {
        result = ingest_report_book(input, "fuzz.txt");
    } catch (const error& e) {
        fuzz::check_message(e);
        return 0;
    }
    require(!result.doc.projects.empty(), "an ingested book has a project");
    require(result.project_findings.size() == result.doc.projects.size(), "one list of findings per project");
    for (const auto& f : result.all_findings()) check_finding(f);
    for (const auto& p : result.provenance)
        require(detail::is_valid_utf8(p.path) && detail::is_valid_utf8(p.value) && detail::is_valid_utf8(p.text),
                "provenance is UTF-8", p.path);

    const std::string written = write_document(result.doc);
    document again;
    try {
        again = read_document(written, "ingested.json");
    } catch (const error& e) {
        fuzz::broken("the ingested document is a valid jixiao/1 document", e.describe(language::en) + "\n" + written);
    }
    require(again == result.doc, "the ingested document round-trips", written);

    try {
        const evaluation evaluated = evaluate(result.doc);
        require(evaluated.projects.size() == result.doc.projects.size(), "one evaluation per project");
    } catch (const error& e) {
        fuzz::check_message(e);
    }
    return 0;
}
