#pragma once
// The evaluations of documents written out in the chosen format a project at a
// time (README, "What jixiao promises": memory bounded by the input): the
// output is never held whole, and for a document read a project at a time
// neither is its evaluation. json: one object, or an array for several
// documents; jsonl: one line per document; text and md: one report after
// another; csv and html: one document. xlsx is written by write_evaluations.

#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"
#include "json/write_evaluation.hpp"
#include "render/report_writer.hpp"

#include <jixiao/evaluate.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::cli {

// Throws jixiao::error when `options` cannot write `documents` documents: csv,
// html and xlsx take one; html and xlsx need --output; --bom is for csv only.
void check_output_options(const evaluation_options& options, std::size_t documents);

// An xlsx workbook is one sheet per project and is built whole before it is written (the
// library keeps every sheet): beyond this many projects it is refused, exit 2, before
// anything is built (README, "What jixiao promises": memory bounded by the input).
inline constexpr std::size_t max_workbook_projects = 1000;
void check_workbook_size(std::size_t projects);
// The memory a workbook may take (render_xlsx.hpp, workbook_size) for the run to stay
// within 64 MiB + 20 × the input's size: 12 MiB are left for the rest of the run.
[[nodiscard]] std::uint64_t max_workbook_bytes(std::uint64_t input_bytes);

class report_output {
public:
    // `documents`: how many will be written; `colour`: text coloured for a terminal.
    report_output(const evaluation_options& options, language lang, output_stream& out, std::size_t documents,
                  bool colour);
    report_output(const report_output&) = delete;
    report_output& operator=(const report_output&) = delete;
    ~report_output();

    // html: the documents on one page titled `title` (the years of a history), not one
    // document's page. Before the first document.
    void one_page(std::string title);

    // A document: its findings and summary first (the head and tail of the report
    // need them), then each project with its evaluation, in order.
    void begin_document(const document& doc, const std::vector<finding>& findings, const evaluation_summary& summary);
    void add_project(const document& doc, const jixiao::project& p, std::size_t index, project_evaluation e);
    void end_document();
    // After the last document.
    void finish();

    // A document evaluated whole, in one call.
    void document_whole(const evaluated& item);

private:
    void write(std::string& piece);  // made visible (and coloured) as the format wants; `piece` is cleared
    const evaluation_options& options_;
    language lang_;
    output_stream& out_;
    std::size_t documents_;
    bool colour_;
    std::size_t written_ = 0;  // documents begun
    std::unique_ptr<detail::report_renderer> renderer_;  // text, md, csv, html
    std::optional<detail::report_form> report_;          // the document's head, for the renderer
    std::unique_ptr<json::evaluation_stream> json_;       // json, jsonl
    std::vector<finding> json_findings_;                  // the document's, for the end of its json
    evaluation_summary json_summary_;
    std::string piece_;
};

}  // namespace jixiao::cli
