// The reference text of the rules (jixiao rules --explain): every rule jixiao
// ships is explained in both languages, the sources are named, and every
// jixiao/1 example really fires its rule.
#include <doctest/doctest.h>

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/rule_explanation.hpp>
#include <jixiao/rules/report_text.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;

namespace {

// Rules being added to the book by other work; explained already.
constexpr std::string_view coming_ids[] = {"JX-F013"};

// The rule book's rules and the report-text rules the ingester runs (its catalogue).
std::vector<std::string> shipped_ids() {
    std::vector<std::string> ids;
    const rule_book book = default_rule_book();
    for (const auto& r : book.rules()) ids.push_back(r.info.id);
    for (const auto& r : rules::report_text_rules())
        if (std::find(ids.begin(), ids.end(), r.info.id) == ids.end()) ids.push_back(r.info.id);
    return ids;
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\n") == std::string_view::npos; }

// The jixiao/1 text between the first "{" and the last "}" of an example.
std::string fragment_of(std::string_view example) {
    const auto first = example.find('{');
    const auto last = example.rfind('}');
    if (first == std::string_view::npos || last == std::string_view::npos || last < first) return {};
    return std::string(example.substr(first, last - first + 1));
}

// A whole document around a fragment: the members of a document when it names
// "projects", else the members of a project of fiscal year 2023.
std::string document_around(const std::string& fragment) {
    const std::string inner = fragment.substr(1, fragment.size() - 2);
    if (fragment.find("\"projects\"") != std::string::npos) {
        const bool has_year = fragment.find("\"fiscal_year\"") != std::string::npos;
        return std::string(R"({"format": "jixiao/1", )") + (has_year ? "" : R"("fiscal_year": 2023, )") + inner + "}";
    }
    return R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "示例", )" + inner + "}]}";
}

std::vector<finding> all_findings(const evaluation& e) {
    std::vector<finding> out = e.findings;
    for (const auto& p : e.projects) out.insert(out.end(), p.findings.begin(), p.findings.end());
    return out;
}

}  // namespace

TEST_CASE("rule_explanation: every rule jixiao ships is explained, in both languages, all four parts") {
    const auto ids = shipped_ids();
    CHECK(ids.size() == 39);  // 13 F + 7 C + 10 I + 9 S
    for (std::string_view id : {"JX-F012", "JX-S006", "JX-S007", "JX-S008", "JX-S009"})
        CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
    for (const auto& id : ids) {
        CAPTURE(id);
        const rule_explanation* e = explain_rule(id);
        REQUIRE(e != nullptr);
        CHECK(e->id == id);
        for (const localized_text* part : {&e->checks, &e->source, &e->example, &e->silence}) {
            CHECK_FALSE(blank(part->zh));
            CHECK_FALSE(blank(part->en));
            CHECK(part->in(language::zh) == part->zh);
            CHECK(part->in(language::en) == part->en);
        }
        // How to silence it always includes switching it off by its id.
        CHECK(e->silence.zh.find("--disable " + id) != std::string_view::npos);
        CHECK(e->silence.en.find("--disable " + id) != std::string_view::npos);
    }
}

TEST_CASE("rule_explanation: no explanation for a rule that does not exist") {
    const auto ids = shipped_ids();
    for (const auto& e : rule_explanations()) {
        CAPTURE(e.id);
        const bool shipped = std::find(ids.begin(), ids.end(), e.id) != ids.end();
        const bool coming = std::find(std::begin(coming_ids), std::end(coming_ids), e.id) != std::end(coming_ids);
        CHECK((shipped || coming));
    }
    CHECK(rule_explanations().size() == 39);
    CHECK(explain_rule("JX-F999") == nullptr);
    CHECK(explain_rule("jx-f007") == nullptr);  // ids are spelled as the catalogue spells them
    CHECK(explain_rule("") == nullptr);
}

TEST_CASE("rule_explanation: the sources are named") {
    const auto* f007 = explain_rule("JX-F007");
    REQUIRE(f007 != nullptr);
    CHECK(f007->source.zh.find("财预〔2016〕18号") != std::string_view::npos);
    CHECK(f007->source.en.find("财预〔2016〕18号") != std::string_view::npos);
    CHECK(f007->source.zh.find("连续两年未用完") != std::string_view::npos);

    for (std::string_view id : {"JX-I002", "JX-I003", "JX-I006", "JX-I007", "JX-I009"}) {
        CAPTURE(id);
        CHECK(explain_rule(id)->source.zh.find("财预〔2020〕10号") != std::string_view::npos);
    }
    CHECK(explain_rule("JX-F005")->source.zh.find("510000_0013zp") != std::string_view::npos);
    CHECK(explain_rule("JX-F001")->source.en.find("jixiao's own consistency check") != std::string_view::npos);
}

TEST_CASE("rule_explanation: every jixiao/1 example fires its rule") {
    int checked = 0;
    const rule_book book = default_rule_book();
    for (const auto& r : book.rules()) {
        const std::string& id = r.info.id;
        CAPTURE(id);
        if (id == "JX-F013") continue;  // its example spans two years' documents
        const rule_explanation* e = explain_rule(id);
        REQUIRE(e != nullptr);
        const std::string fragment = fragment_of(e->example.zh);
        REQUIRE_FALSE(fragment.empty());
        CHECK(fragment == fragment_of(e->example.en));  // the same example in both languages
        const std::string text = document_around(fragment);
        CAPTURE(text);
        const auto found = all_findings(evaluate(read_document(text, id)));
        CHECK(std::any_of(found.begin(), found.end(), [&](const finding& f) { return f.rule == id; }));
        ++checked;
    }
    CHECK(checked >= 28);
}
