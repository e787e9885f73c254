// jixiao ingest REPORT and jixiao lint REPORT: report books as units write them
// (plain text or .docx), read into jixiao/1; lint evaluates the result too, with
// the report-text findings (JX-S) among the others.
#include "cli/colour.hpp"
#include "cli/command.hpp"
#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"
#include "cli/report_output.hpp"
#include "json/write_document.hpp"
#include "render/inert_text.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"
#include "ingest/report_book_reader.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>
#include <jixiao/validate.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>
#include <unistd.h>

namespace jixiao::cli {
namespace {

// "report.txt:57: [警告] JX-S004 message" — one line per finding, for standard error;
// with `colour`, the severity and the rule id set apart.
std::string describe(const finding& f, const std::string& source, language lang, bool colour) {
    const std::string where = f.where.line == 0 ? source : source + ":" + std::to_string(f.where.line);
    const auto severity_text = "[" + std::string(lang == language::zh ? to_chinese(f.severity) : to_string(f.severity)) + "]";
    // What the report book holds is shown visibly (never a control sequence); the colours are jixiao's own.
    return fmt::format("{}: {} {} {}: {}\n", detail::terminal_visible(where),
                       colour ? in_severity_colour(severity_text, f.severity) : severity_text,
                       colour ? rule_id_style(f.rule) : f.rule, detail::terminal_visible(f.where.path),
                       detail::terminal_visible(f.message.in(lang)));
}

// --year YYYY: the year a book that names none evaluates.
void add_year_option(CLI::App& sub, ingest_options& read_as) {
    sub.add_option("--year", read_as.fiscal_year,
                   "The fiscal year the report evaluates, for a book whose title names none (a title naming another year is an error)")
        ->check(CLI::Range(1990, 2100));
}

// The report text's findings join the evaluation's, in its order (as jixiao::lint joins them).
void join(std::vector<finding>& into, const std::vector<finding>& from) {
    into.insert(into.end(), from.begin(), from.end());
    std::stable_sort(into.begin(), into.end(), finding_order);
}

// The projects of a report book a pass at a time: a filled form is read whole, a report
// book anew on each pass (ingest/report_book_reader.hpp). `each` gets every project with
// its report-text findings; the document-level ones are returned.
class book_passes {
public:
    book_passes(const std::string& file, const rule_book& rules, const ingest_options& options)
        : bytes_(read_input(file)), reader_(bytes_, shown_name(file), rules, options) {}
    [[nodiscard]] const document& head() const { return reader_.forms() ? reader_.forms()->doc : reader_.head(); }
    [[nodiscard]] std::size_t size() const { return bytes_.size(); }  // the file as read, .docx still packed
    [[nodiscard]] std::size_t projects() const {
        return reader_.forms() ? reader_.forms()->doc.projects.size() : reader_.projects();
    }
    template <class Each>
    std::vector<finding> pass(Each&& each) {
        if (auto& forms = reader_.forms()) {
            for (std::size_t i = 0; i < forms->doc.projects.size(); ++i)
                each(forms->doc.projects[i], i,
                     i < forms->project_findings.size() ? forms->project_findings[i] : std::vector<finding>{});
            return forms->findings;
        }
        std::size_t i = 0;
        return reader_.read([&](ingest::ingested_project&& p) { each(p.model, i++, std::move(p.findings)); });
    }

private:
    std::string bytes_;
    ingest::report_book_reader reader_;
};

// jixiao::lint a project at a time (README, "What jixiao promises": memory bounded by the
// input): a first pass reads, checks and evaluates every project for the counts and the
// exit code (so that an error anywhere stops the run before anything is written), a
// second reads and evaluates each again as it is written out. The output and the errors
// are those of lint().
int lint_streamed(const evaluation_options& o, language lang, const std::string& file, const ingest_options& read_as,
                  const rule_book& rules, progress_meter& meter) {
    book_passes book(file, rules, read_as);
    const document& doc = book.head();
    validate_head(doc);
    std::vector<finding> findings;
    rules.check_document(doc, findings);
    std::stable_sort(findings.begin(), findings.end(), finding_order);
    const auto evaluate_one = [&](const project& p, std::size_t index, std::vector<finding> read) {
        project_evaluation e = evaluate_project(doc, p, index, rules);
        join_text_findings(e.findings, std::move(read));
        return e;
    };

    evaluation_summary summary;
    summary.projects = book.projects();
    std::optional<severity> worst;
    const auto count = [&](const finding& f) {
        summary.count(f);
        if (!worst || f.severity > *worst) worst = f.severity;
    };
    project_validator validator;
    join(findings, book.pass([&](const project& p, std::size_t index, std::vector<finding> read) {
        validator.check(p, index);
        for (const auto& f : evaluate_one(p, index, std::move(read)).findings) count(f);
    }));
    for (const auto& f : findings) count(f);

    meter.task(writing_label(o.format));
    if (o.format == output_format::xlsx) {  // a workbook is written whole
        check_output_options(o, 1);
        check_workbook_size(summary.projects);
        std::vector<evaluated> items(1);
        evaluation& result = items.front().result;
        result.unit = doc.unit;
        result.fiscal_year = doc.fiscal_year;
        document whole = doc;
        book.pass([&](const project& p, std::size_t index, std::vector<finding> read) {
            result.projects.push_back(evaluate_one(p, index, std::move(read)));
            whole.projects.push_back(p);
        });
        result.findings = std::move(findings);
        result.summary = summary;
        items.front().doc = std::move(whole);
        write_evaluations(o, items, lang, book.size(), &meter);
    } else {
        check_output_options(o, 1);
        if (!(o.terminal.quiet && o.to_stdout())) {
            if (o.to_stdout()) meter.finish();  // before anything reaches standard output
            output_stream out(o.output);
            report_output report(o, lang, out, 1,
                                 o.format == output_format::text && o.to_stdout() && colour_on(o.terminal.colour, STDOUT_FILENO));
            report.begin_document(doc, findings, summary);
            book.pass([&](const project& p, std::size_t index, std::vector<finding> read) {
                report.add_project(doc, p, index, evaluate_one(p, index, std::move(read)));
            });
            report.end_document();
            report.finish();
            out.commit();
        }
    }
    meter.finish();
    print_output_summary(o, summary, lang);
    return static_cast<int>(fails(worst, o.fail_on) ? exit_findings : exit_ok);
}

}  // namespace

command_runner add_ingest_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("ingest", "Read a report book (plain text in UTF-8/GB18030, or .docx) or a filled 自评表 (.xlsx, or a .docx holding the form's table) into a jixiao/1 document");
    struct options {
        std::string file;
        std::string format = "json";
        std::string output;
        terminal_options terminal;
        ingest_options read_as;
    };
    auto o = std::make_shared<options>();
    sub->add_option("REPORT", o->file, "The report book: .txt (UTF-8 or GB18030) or .docx; or a filled 自评表: .xlsx or .docx; - for standard input")->required();
    add_year_option(*sub, o->read_as);
    sub->add_option("--format", o->format, "Output format: json (the only one)")->check(CLI::IsMember({"json"}));
    sub->add_option("-o,--output", o->output, "Write to this file instead of standard output");
    add_terminal_options(*sub, o->terminal);
    return [o, &global] {
        // A project at a time (ingest/report_book_reader.hpp): a first pass reads every project,
        // so that a book it cannot read is refused before anything is written; the second
        // writes each project and tells its findings as it is read again.
        const rule_book rules = report_rule_book();
        book_passes book(o->file, rules, o->read_as);
        const std::vector<finding> book_findings = book.pass([](const project&, std::size_t, std::vector<finding>) {});
        const std::string source = shown_name(o->file);
        const bool colour = colour_on(o->terminal.colour, STDERR_FILENO);
        const auto tell = [&](const std::vector<finding>& findings) {
            for (const auto& f : findings)
                if (!o->terminal.quiet || f.severity == severity::error)
                    std::cerr << describe(f, source, global.lang, colour);  // made visible in describe
        };
        const bool write = !o->terminal.quiet || (!o->output.empty() && o->output != "-");
        std::optional<output_stream> out;
        std::optional<json::document_stream> written;
        if (write) {
            out.emplace(o->output);
            written.emplace([&](std::string_view piece) { out->write(piece); });
            written->begin(book.head());
        }
        // As all_findings() lists them: the document's first, then each project's.
        tell(book_findings);
        book.pass([&](const project& p, std::size_t, std::vector<finding> findings) {
            if (written) written->project(p);
            tell(findings);
        });
        if (written) {
            written->end(book.head());
            out->commit();
        }
        return static_cast<int>(exit_ok);
    };
}

command_runner add_lint_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("lint", "Read a report book and evaluate it: the findings of both");
    struct options {
        std::string file;
        evaluation_options evaluation;
        ingest_options read_as;
    };
    auto o = std::make_shared<options>();
    sub->add_option("REPORT", o->file, "The report book: .txt (UTF-8 or GB18030) or .docx; or a filled 自评表: .xlsx or .docx; - for standard input")->required();
    add_year_option(*sub, o->read_as);
    add_evaluation_options(*sub, o->evaluation);
    return [o, &global] {
        rule_book rules = report_rule_book();
        for (const auto& id : o->evaluation.disabled) rules.disable(id);  // throws for an id not in the book
        progress_meter meter(progress_meter::for_stderr(global.lang, progress_allowed(o->evaluation.terminal)));
        meter.task({"读取报告", "reading the report book"});
        meter.start_ticking();
        return lint_streamed(o->evaluation, global.lang, o->file, o->read_as, rules, meter);
    };
}

}  // namespace jixiao::cli
