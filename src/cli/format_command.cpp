// jixiao format FILE: a jixiao/1 document written back in canonical form
// (README, "The jixiao/1 format"): keys in the format's order, amounts "108200.00", shares "35%",
// "x" data as written. The document is read and checked in full first, so a
// bad file leaves --output untouched; then it is read again and written a
// project at a time, so that memory stays bounded by the input (README, "What
// jixiao promises").
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "json/write_document.hpp"

#include <jixiao/io.hpp>

#include <memory>

namespace jixiao::cli {

command_runner add_format_command(CLI::App& app, const global_options&) {
    auto* sub = app.add_subcommand("format", "Write a jixiao/1 document back in canonical form");
    struct format_options {
        std::string file;
        std::string output;
    };
    auto options = std::make_shared<format_options>();
    sub->add_option("FILE", options->file, "jixiao/1 document (.json); - for standard input")->required();
    sub->add_option("-o,--output", options->output, "Write to this file instead of standard output");
    return [options] {
        const std::string name = shown_name(options->file);
        const std::string text = read_input(options->file);
        const document head = read_document_projects(text, name, [](project&&, std::size_t) {});
        output_stream out(options->output);
        json::document_stream written([&](std::string_view piece) { out.write(piece); });
        written.begin(head);
        (void)read_document_projects(text, name, [&](project&& p, std::size_t) { written.project(p); });
        written.end(head);
        out.commit();
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
