// jixiao evaluate [FILE…]: evaluates jixiao/1 documents; with no FILE, the
// embedded report book. All input is read and checked before anything is
// written, so a bad file leaves no half-written output.
#include "cli/command.hpp"
#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"

#include <jixiao/embedded.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>

#include <memory>
#include <vector>

namespace jixiao::cli {
namespace {

struct evaluate_options {
    std::vector<std::string> files;
    evaluation_options evaluation;
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

}  // namespace

command_runner add_evaluate_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("evaluate", "Evaluate jixiao/1 documents (default: the embedded report book)");
    auto options = std::make_shared<evaluate_options>();
    sub->add_option("FILE", options->files, "jixiao/1 documents (.json); - for standard input");
    add_evaluation_options(*sub, options->evaluation);

    return [options, &global] {
        rule_book rules = default_rule_book();
        for (const auto& id : options->evaluation.disabled) rules.disable(id);
        const auto documents = load(options->files);

        std::vector<evaluated> items;
        bool failed = false;
        for (const auto& d : documents) {
            evaluation result;
            try {
                result = evaluate(d.doc, rules);
            } catch (const error& e) {
                throw e.in_file(d.name);  // e.g. an overflow: say which file
            }
            items.push_back({&d.doc, std::move(result)});
            failed = failed || fails(items.back().result, options->evaluation.fail_on);
        }
        write_evaluations(options->evaluation, items, global.lang);
        return static_cast<int>(failed ? exit_findings : exit_ok);
    };
}

}  // namespace jixiao::cli
