#include "cli/report_output.hpp"

#include "cli/colour.hpp"
#include "render/inert_text.hpp"

#include <jixiao/render.hpp>

namespace jixiao::cli {

void check_output_options(const evaluation_options& o, std::size_t documents) {
    const std::string name(format_name(o.format));
    const bool one_only = o.format == output_format::csv || o.format == output_format::xlsx || o.format == output_format::html;
    if (one_only && documents != 1)
        throw error({"--format " + name + " 一次只能输出一个文档（给出了 " + std::to_string(documents) + " 个）",
                     "--format " + name + " writes one document at a time (" + std::to_string(documents) + " given)"});
    const bool to_file_only = o.format == output_format::xlsx || o.format == output_format::html;
    if (to_file_only && o.to_stdout())
        throw error({"--format " + name + " 需要用 --output 指定输出文件", "--format " + name + " needs --output FILE"});
    if (o.bom && o.format != output_format::csv)
        throw error({"--bom 只用于 --format csv", "--bom applies to --format csv only"});
}

void check_workbook_size(std::size_t projects) {
    if (projects <= max_workbook_projects) return;
    const std::string n = std::to_string(projects), limit = std::to_string(max_workbook_projects);
    throw error({"--format xlsx 每个项目一张工作表，最多 " + limit + " 个项目（文档有 " + n +
                     " 个）；请改用 --format csv 或 html",
                 "--format xlsx writes a sheet per project, " + limit + " projects at most (the document has " + n +
                     "); use --format csv or html instead"});
}

std::uint64_t max_workbook_bytes(std::uint64_t input_bytes) {
    constexpr std::uint64_t mib = std::uint64_t{1} << 20;
    return 64 * mib + 20 * input_bytes - 12 * mib;
}

report_output::report_output(const evaluation_options& options, language lang, output_stream& out,
                             std::size_t documents, bool colour)
    : options_(options), lang_(lang), out_(out), documents_(documents), colour_(colour) {
    switch (options.format) {
    case output_format::text: renderer_ = detail::text_renderer(); break;
    case output_format::md: renderer_ = detail::markdown_renderer(); break;
    case output_format::csv: renderer_ = detail::csv_renderer(options.bom); break;
    case output_format::html: renderer_ = detail::html_renderer(); break;
    case output_format::json:
    case output_format::jsonl:
    case output_format::xlsx: break;
    }
    if (renderer_) renderer_->drain.to = [this](std::string& piece) { write(piece); };
}

report_output::~report_output() = default;

void report_output::one_page(std::string title) {
    if (options_.format != output_format::html) return;
    renderer_ = detail::html_pages_renderer(std::move(title), documents_);
    renderer_->drain.to = [this](std::string& piece) { write(piece); };
}

void report_output::write(std::string& piece) {
    if (piece.empty()) return;
    if (renderer_ && renderer_->for_terminals()) {
        // Whatever the document holds reaches a terminal as visible text, never as a control sequence.
        const std::string visible = detail::terminal_visible(piece);
        out_.write(colour_ && options_.format == output_format::text ? colour_report(visible, lang_) : visible);
    } else {
        out_.write(piece);
    }
    piece.clear();
}

void report_output::begin_document(const document& doc, const std::vector<finding>& findings,
                                   const evaluation_summary& summary) {
    const bool first = written_++ == 0;
    switch (options_.format) {
    case output_format::json:
    case output_format::jsonl: {
        if (options_.format == output_format::json && documents_ > 1) out_.write(first ? "[\n" : ",\n");
        json_ = std::make_unique<json::evaluation_stream>([this](std::string_view text) { out_.write(text); }, lang_,
                                                          evaluation_layout{options_.format == output_format::jsonl, std::nullopt});
        json_->begin(doc.unit, doc.fiscal_year);
        json_findings_ = findings;  // for end_document()
        json_summary_ = summary;
        return;
    }
    case output_format::text:
    case output_format::md:
        if (!first) piece_ += "\n";
        break;
    case output_format::csv:
    case output_format::html:
    case output_format::xlsx: break;
    }
    if (!renderer_) return;
    report_ = detail::report_head(doc, lang_, options_.form);
    report_->findings = findings;
    report_->summary = summary;
    renderer_->head(piece_, *report_);
    write(piece_);
}

void report_output::add_project(const document& doc, const jixiao::project& p, std::size_t index, project_evaluation e) {
    if (json_) {
        json_->project(e);
        return;
    }
    if (!renderer_) return;
    renderer_->project(piece_, detail::form_of(doc, p, index, std::move(e), *report_), *report_);
    if (piece_.size() >= detail::piece_drain::size) write(piece_);  // else with the next project's
}

void report_output::end_document() {
    if (json_) {
        json_->end(json_findings_, json_summary_);
        json_.reset();
        json_findings_.clear();
    } else if (renderer_) {
        renderer_->tail(piece_, *report_);
        write(piece_);
    }
    report_.reset();
}

void report_output::finish() {
    if (options_.format == output_format::json && documents_ > 1) out_.write("]\n");
}

void report_output::document_whole(const evaluated& item) {
    begin_document(item.doc, item.result.findings, item.result.summary);
    for (std::size_t i = 0; i < item.doc.projects.size() && i < item.result.projects.size(); ++i)
        add_project(item.doc, item.doc.projects[i], i, item.result.projects[i]);
    end_document();
}

}  // namespace jixiao::cli
