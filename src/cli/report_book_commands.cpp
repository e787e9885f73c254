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
#include <jixiao/rules/report_text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace jixiao::cli {
namespace {

bool is_report_text_rule(std::string_view id) { return id.starts_with("JX-S"); }

ingest_result ingest(const std::string& file, const std::vector<std::string>& disabled) {
    ingest_options options;
    for (const auto& id : disabled)
        if (is_report_text_rule(id)) options.disabled_rules.push_back(id);
    return ingest_report_book(read_input(file), shown_name(file), options);
}

// "report.txt:57: [警告] JX-S004 message" — one line per finding, for standard error;
// with `colour`, the severity and the rule id set apart.
std::string describe(const text_finding& f, const std::string& source, language lang, bool colour) {
    const std::string where = f.line == 0 ? source : source + ":" + std::to_string(f.line);
    const auto severity_text = "[" + std::string(lang == language::zh ? to_chinese(f.what.severity) : to_string(f.what.severity)) + "]";
    // What the report book holds is shown visibly (never a control sequence); the colours are jixiao's own.
    return fmt::format("{}: {} {} {}: {}\n", detail::terminal_visible(where),
                       colour ? in_severity_colour(severity_text, f.what.severity) : severity_text,
                       colour ? rule_id_style(f.what.rule) : f.what.rule, detail::terminal_visible(f.what.where.path),
                       detail::terminal_visible(f.what.message.in(lang)));
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
        const auto result = ingest(o->file, {});
        if (!o->terminal.quiet || (!o->output.empty() && o->output != "-"))
            write_output(o->output, write_document(result.doc));
        const std::string source = shown_name(o->file);
        const bool colour = colour_on(o->terminal.colour, STDERR_FILENO);
        for (const auto& f : result.all_findings())
            if (!o->terminal.quiet || f.what.severity == severity::error)
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
        rule_book rules = default_rule_book();
        const auto text_rules = rules::report_text_rules();
        for (const auto& id : o->evaluation.disabled) {
            const bool text_rule = std::any_of(text_rules.begin(), text_rules.end(),
                                               [&](const rule_info& r) { return r.id == id; });
            if (!text_rule) rules.disable(id);  // throws for an id in neither catalogue
        }
        progress_meter meter(progress_meter::for_stderr(global.lang, progress_allowed(o->evaluation.terminal)));
        meter.task({"读取报告", "reading the report book"});
        meter.start_ticking();
        auto ingested = ingest(o->file, o->evaluation.disabled);
        const std::string projects = grouped(ingested.doc.projects.size());
        meter.task({"评价 " + projects + " 个项目", "evaluating " + projects + " projects"});
        evaluation result = evaluate(ingested.doc, rules);

        // The report-text findings join the evaluation's, in its order.
        for (const auto& f : ingested.findings) result.findings.push_back(f.what);
        std::stable_sort(result.findings.begin(), result.findings.end(), finding_order);
        for (std::size_t i = 0; i < result.projects.size() && i < ingested.project_findings.size(); ++i) {
            auto& findings = result.projects[i].findings;
            for (const auto& f : ingested.project_findings[i]) findings.push_back(f.what);
            std::stable_sort(findings.begin(), findings.end(), finding_order);
        }
        result.recount();

        const bool failed = fails(result, o->evaluation.fail_on);
        const evaluation_summary summary = result.summary;
        meter.task(writing_label(o->evaluation.format));
        std::vector<evaluated> items;
        items.push_back({std::move(ingested.doc), std::move(result)});
        write_evaluations(o->evaluation, items, global.lang, &meter);
        meter.finish();
        print_output_summary(o->evaluation, summary, global.lang);
        return static_cast<int>(failed ? exit_findings : exit_ok);
    };
}

}  // namespace jixiao::cli
