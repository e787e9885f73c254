// jixiao ingest REPORT and jixiao lint REPORT: report books as units write them
// (plain text or .docx), read into jixiao/1; lint evaluates the result too, with
// the report-text findings (JX-S) among the others.
#include "cli/command.hpp"
#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>
#include <jixiao/rules/report_text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace jixiao::cli {
namespace {

bool is_report_text_rule(std::string_view id) { return id.starts_with("JX-S"); }

ingest_result ingest(const std::string& file, const std::vector<std::string>& disabled) {
    ingest_options options;
    for (const auto& id : disabled)
        if (is_report_text_rule(id)) options.disabled_rules.push_back(id);
    return ingest_report_book(read_input(file), shown_name(file), options);
}

// "report.txt:57: [警告] JX-S004 message" — one line per finding, for standard error.
std::string describe(const text_finding& f, const std::string& source, language lang) {
    const std::string where = f.line == 0 ? source : source + ":" + std::to_string(f.line);
    const auto severity_text = lang == language::zh ? std::string(to_chinese(f.what.severity))
                                                    : std::string(to_string(f.what.severity));
    return fmt::format("{}: [{}] {} {}: {}\n", where, severity_text, f.what.rule, f.what.path, f.what.message.in(lang));
}

}  // namespace

command_runner add_ingest_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("ingest", "Read a report book (plain text in UTF-8/GB18030, or .docx) into a jixiao/1 document");
    struct options {
        std::string file;
        std::string format = "json";
        std::string output;
    };
    auto o = std::make_shared<options>();
    sub->add_option("REPORT", o->file, "The report book: .txt (UTF-8 or GB18030) or .docx; - for standard input")->required();
    sub->add_option("--format", o->format, "Output format: json (the only one)")->check(CLI::IsMember({"json"}));
    sub->add_option("-o,--output", o->output, "Write to this file instead of standard output");
    return [o, &global] {
        const auto result = ingest(o->file, {});
        write_output(o->output, write_document(result.doc));
        const std::string source = shown_name(o->file);
        for (const auto& f : result.all_findings()) print_message(describe(f, source, global.lang));
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
    sub->add_option("REPORT", o->file, "The report book: .txt (UTF-8 or GB18030) or .docx; - for standard input")->required();
    add_evaluation_options(*sub, o->evaluation);
    return [o, &global] {
        rule_book rules = default_rule_book();
        const auto text_rules = rules::report_text_rules();
        for (const auto& id : o->evaluation.disabled) {
            const bool text_rule = std::any_of(text_rules.begin(), text_rules.end(),
                                               [&](const rule_info& r) { return r.id == id; });
            if (!text_rule) rules.disable(id);  // throws for an id in neither catalogue
        }
        const auto ingested = ingest(o->file, o->evaluation.disabled);
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
        write_evaluations(o->evaluation, {{&ingested.doc, std::move(result)}}, global.lang);
        return static_cast<int>(failed ? exit_findings : exit_ok);
    };
}

}  // namespace jixiao::cli
