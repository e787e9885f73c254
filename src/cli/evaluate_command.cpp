// jixiao evaluate [FILE…]: evaluates jixiao/1 documents; with no FILE, the
// embedded report book. All input is read and checked before anything is
// written, so a bad file leaves no half-written output.
#include "cli/command.hpp"
#include "cli/output.hpp"

#include <jixiao/embedded.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/render.hpp>

#include <map>
#include <memory>
#include <vector>

namespace jixiao::cli {
namespace {

enum class output_format { text, json };
enum class fail_level { error, warning, never };

struct evaluate_options {
    std::vector<std::string> files;
    output_format format = output_format::text;
    fail_level fail_on = fail_level::error;
    std::vector<std::string> disabled;
    std::string output;
};

struct loaded {
    std::string name;
    document doc;
};

std::vector<loaded> load(const std::vector<std::string>& files) {
    std::vector<loaded> documents;
    if (files.empty()) {
        const std::string name = std::string(embedded_report_book_name) + " (embedded)";
        documents.push_back({name, read_document(embedded_report_book(), name)});
        return documents;
    }
    for (const auto& file : files) {
        const std::string name = file == "-" ? "<stdin>" : file;
        documents.push_back({name, read_document(read_input(file), name)});
    }
    return documents;
}

bool fails(const evaluation& result, fail_level level) {
    const auto worst = result.worst();
    if (!worst || level == fail_level::never) return false;
    return level == fail_level::warning ? *worst >= severity::warning : *worst >= severity::error;
}

}  // namespace

command_runner add_evaluate_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("evaluate", "Evaluate jixiao/1 documents (default: the embedded report book)");
    auto options = std::make_shared<evaluate_options>();
    sub->add_option("FILE", options->files, "jixiao/1 documents (.json); - for standard input");
    sub->add_option("--format", options->format, "Output format: text (default) or json")
        ->transform(CLI::CheckedTransformer(
            std::map<std::string, output_format>{{"text", output_format::text}, {"json", output_format::json}}));
    sub->add_option("--fail-on", options->fail_on, "Exit 1 on findings at or above: error (default), warning, never")
        ->transform(CLI::CheckedTransformer(std::map<std::string, fail_level>{
            {"error", fail_level::error}, {"warning", fail_level::warning}, {"never", fail_level::never}}));
    sub->add_option("--disable", options->disabled, "Rule ids to switch off, e.g. JX-F005,JX-F006")->delimiter(',');
    sub->add_option("-o,--output", options->output, "Write to this file instead of standard output");

    return [options, &global] {
        rule_book rules = default_rule_book();
        for (const auto& id : options->disabled) rules.disable(id);
        const auto documents = load(options->files);

        std::string out;
        bool failed = false;
        if (options->format == output_format::json && documents.size() > 1) out += "[\n";
        for (std::size_t i = 0; i < documents.size(); ++i) {
            evaluation result;
            try {
                result = evaluate(documents[i].doc, rules);
            } catch (const error& e) {
                throw e.in_file(documents[i].name);  // e.g. an overflow: say which file
            }
            failed = failed || fails(result, options->fail_on);
            if (options->format == output_format::json) {
                if (i > 0) out += ",\n";
                out += write_evaluation(result, global.lang);
            } else {
                if (i > 0) out += "\n";
                out += render_text(documents[i].doc, result, global.lang);
            }
        }
        if (options->format == output_format::json && documents.size() > 1) out += "]\n";
        write_output(options->output, out);
        return static_cast<int>(failed ? exit_findings : exit_ok);
    };
}

}  // namespace jixiao::cli
