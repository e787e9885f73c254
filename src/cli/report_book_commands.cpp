// jixiao ingest REPORT and jixiao lint REPORT: report books as units write them
// (plain text or .docx), read into jixiao/1; lint evaluates the result too, with
// the report-text findings (JX-S) among the others.
#include "cli/colour.hpp"
#include "cli/command.hpp"
#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"
#include "render/inert_text.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>

#include <fmt/format.h>

#include <iostream>
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

}  // namespace

command_runner add_ingest_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("ingest", "Read a report book (plain text in UTF-8/GB18030, or .docx) or a filled 自评表 (.xlsx, or a .docx holding the form's table) into a jixiao/1 document");
    struct options {
        std::string file;
        std::string format = "json";
        std::string output;
        terminal_options terminal;
    };
    auto o = std::make_shared<options>();
    sub->add_option("REPORT", o->file, "The report book: .txt (UTF-8 or GB18030) or .docx; or a filled 自评表: .xlsx or .docx; - for standard input")->required();
    sub->add_option("--format", o->format, "Output format: json (the only one)")->check(CLI::IsMember({"json"}));
    sub->add_option("-o,--output", o->output, "Write to this file instead of standard output");
    add_terminal_options(*sub, o->terminal);
    return [o, &global] {
        const auto result = ingest_report_book(read_input(o->file), shown_name(o->file));
        if (!o->terminal.quiet || (!o->output.empty() && o->output != "-"))
            write_output(o->output, write_document(result.doc));
        const std::string source = shown_name(o->file);
        const bool colour = colour_on(o->terminal.colour, STDERR_FILENO);
        for (const auto& f : result.all_findings())
            if (!o->terminal.quiet || f.severity == severity::error)
                std::cerr << describe(f, source, global.lang, colour);  // made visible in describe
        return static_cast<int>(exit_ok);
    };
}

command_runner add_lint_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("lint", "Read a report book and evaluate it: the findings of both");
    struct options {
        std::string file;
        evaluation_options evaluation;
    };
    auto o = std::make_shared<options>();
    sub->add_option("REPORT", o->file, "The report book: .txt (UTF-8 or GB18030) or .docx; or a filled 自评表: .xlsx or .docx; - for standard input")->required();
    add_evaluation_options(*sub, o->evaluation);
    return [o, &global] {
        rule_book rules = report_rule_book();
        for (const auto& id : o->evaluation.disabled) rules.disable(id);  // throws for an id not in the book
        progress_meter meter(progress_meter::for_stderr(global.lang, progress_allowed(o->evaluation.terminal)));
        meter.task({"读取报告", "reading the report book"});
        meter.start_ticking();
        evaluated linted = lint(read_input(o->file), shown_name(o->file), rules);
        const bool failed = fails(linted.result, o->evaluation.fail_on);
        const evaluation_summary summary = linted.result.summary;
        meter.task(writing_label(o->evaluation.format));
        std::vector<evaluated> items;
        items.push_back(std::move(linted));
        write_evaluations(o->evaluation, items, global.lang, &meter);
        meter.finish();
        print_output_summary(o->evaluation, summary, global.lang);
        return static_cast<int>(failed ? exit_findings : exit_ok);
    };
}

}  // namespace jixiao::cli
