// jixiao format FILE: a jixiao/1 document written back in canonical form
// (README, "The jixiao/1 format"): keys in the format's order, amounts "108200.00", shares "35%",
// "x" data as written. The document is read and checked in full first, so a
// bad file leaves --output untouched.
#include "cli/command.hpp"
#include "cli/output.hpp"

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
        const document doc = read_document(read_input(options->file), name);
        write_output(options->output, write_document(doc));
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
