// The parts a document is evaluated and written in a project at a time (the
// command's evaluate and lint): each gives what the whole-document functions give.
#include "io_test_support.hpp"

#include "json/write_document.hpp"
#include "json/write_evaluation.hpp"
#include "render/render_form.hpp"
#include "render/report_writer.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/validate.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace jixiao;

namespace stream_parts_test {

std::string seed_text() { return jixiao::testing::read_text_file(jixiao::testing::seed_path()); }

// The document's projects as read_document_projects hands them over, and its head.
std::vector<project> projects_of(const std::string& text, document& head) {
    std::vector<project> projects;
    head = read_document_projects(text, "seed.json", [&](project&& p, std::size_t index) {
        CHECK(index == projects.size());
        projects.push_back(std::move(p));
    });
    return projects;
}

}  // namespace stream_parts_test

TEST_CASE("read_document_projects hands over the projects read_document keeps, and the rest of the document") {
    const std::string text = stream_parts_test::seed_text();
    const document whole = read_document(text, "seed.json");
    document head;
    auto projects = stream_parts_test::projects_of(text, head);
    REQUIRE(projects.size() == whole.projects.size());
    CHECK(head.projects.empty());
    head.projects = std::move(projects);
    CHECK(head == whole);
}

TEST_CASE("a document written back a project at a time: the bytes of write_document") {
    const std::string text = stream_parts_test::seed_text();
    document head;
    const auto projects = stream_parts_test::projects_of(text, head);
    std::string pieces;
    json::document_stream out([&](std::string_view piece) { pieces += piece; });
    out.begin(head);
    for (const auto& p : projects) out.project(p);
    out.end(head);
    CHECK(pieces == write_document(read_document(text, "seed.json")));
}

TEST_CASE("a document evaluated and written a project at a time: the bytes of the whole") {
    const std::string text = stream_parts_test::seed_text();
    const evaluated whole = evaluate_document(read_document(text, "seed.json"));
    document head;
    const auto projects = stream_parts_test::projects_of(text, head);
    validate_head(head);
    project_validator validator;
    std::vector<project_evaluation> evaluations;
    for (std::size_t i = 0; i < projects.size(); ++i) {
        validator.check(projects[i], i);
        evaluations.push_back(evaluate_project(head, projects[i], i, default_rule_book()));
    }

    SUBCASE("jixiao-evaluation/1") {
        for (const bool compact : {false, true}) {
            std::string pieces;
            std::size_t handed = 0;
            json::evaluation_stream out([&](std::string_view piece) { pieces += piece; ++handed; }, language::en,
                                        {compact, std::nullopt});
            out.begin(head.unit, head.fiscal_year);
            for (const auto& e : evaluations) out.project(e);
            out.end(whole.result.findings, whole.result.summary);
            std::string expected;
            append_evaluation(expected, whole.result, language::en, {compact, std::nullopt});
            CHECK(pieces == expected);
            CHECK(handed >= 2);
        }
    }
    SUBCASE("the forms, each piece made into an empty string") {
        const auto report_whole = detail::build_report(whole, language::zh);
        detail::report_form report = detail::report_head(head, language::zh);
        report.findings = whole.result.findings;
        report.summary = whole.result.summary;
        const auto check = [&](const detail::report_renderer& r, const std::string& expected) {
            std::string all, piece;
            r.head(piece, report);
            all += piece;
            for (std::size_t i = 0; i < projects.size(); ++i) {
                piece.clear();
                r.project(piece, detail::form_of(head, projects[i], i, evaluations[i], report), report);
                all += piece;
            }
            piece.clear();
            r.tail(piece, report);
            all += piece;
            CHECK(all == expected);
        };
        check(*detail::text_renderer(), detail::text_of(report_whole));
        check(*detail::markdown_renderer(), detail::markdown_of(report_whole));
        check(*detail::csv_renderer(true), detail::csv_of(report_whole, true));
        check(*detail::html_renderer(), detail::html_of(report_whole));
    }
}

TEST_CASE("validate in parts refuses what validate refuses") {
    document doc = read_document(stream_parts_test::seed_text(), "seed.json");
    REQUIRE(doc.projects.size() >= 2);
    doc.projects[1].id = doc.projects[0].id;
    const auto whole = validation_error(doc);
    REQUIRE(whole);
    project_validator validator;
    validator.check(doc.projects[0], 0);
    try {
        validator.check(doc.projects[1], 1);
        FAIL("a repeated id passed");
    } catch (const error& e) {
        CHECK(e.describe(language::en) == whole->describe(language::en));
    }
    doc.fiscal_year = 1900;
    CHECK_THROWS_AS(validate_head(doc), error);
}

TEST_CASE("one project of many indicators goes out in pieces, a row at a time, the bytes of the whole") {
    // 1 200 indicators, each one warned about (JX-I004: full marks, and the money stated as unused): a form
    // and a findings table far beyond one piece.
    std::string text = R"({"format":"jixiao/1","fiscal_year":2023,"projects":[{"id":"p1","name":"n",)"
                       R"("tranches":[{"level":"district","amount":"1"}],"execution":{"used":"0"},"indicators":[)";
    for (int i = 1; i <= 1200; ++i)
        text += (i > 1 ? "," : "") + std::string(R"({"level1":"output","name":"i)") + std::to_string(i) +
                R"(","weight":"0.001","op":">=","target":"1","actual":"1"})";
    text += "]}]}";
    const evaluated whole = evaluate_document(read_document(text, "wide.json"));
    const auto report_whole = detail::build_report(whole, language::zh);
    detail::report_form report = detail::report_head(whole.doc, language::zh);
    report.findings = whole.result.findings;
    report.summary = whole.result.summary;

    const auto renderer = detail::html_renderer();
    std::string all, piece;
    std::vector<std::size_t> handed;  // the size of each piece handed over within the project
    renderer->drain.to = [&](std::string& p) {
        handed.push_back(p.size());
        all += p;
        p.clear();
    };
    renderer->head(piece, report);
    all += std::exchange(piece, {});
    renderer->project(piece, detail::form_of(whole.doc, whole.doc.projects[0], 0, whole.result.projects[0], report), report);
    all += std::exchange(piece, {});
    renderer->tail(piece, report);
    all += piece;

    CHECK(all == detail::html_of(report_whole));
    REQUIRE(handed.size() >= 10);
    for (const std::size_t size : handed) {
        CHECK(size >= detail::piece_drain::size);
        CHECK(size < detail::piece_drain::size + 4096);  // handed over at the first row's end past the size
    }
}
