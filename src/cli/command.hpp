#pragma once
// What every sub-command of the jixiao tool shares: the options common to all
// (language) and the exit codes: 0 nothing at or above --fail-on, 1 findings
// at or above it, 2 the input or the command line is wrong.

#include <jixiao/error.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace jixiao::cli {

enum exit_code : int {
    exit_ok = 0,        // nothing at or above --fail-on
    exit_findings = 1,  // findings at or above --fail-on
    exit_bad_input = 2, // the input or the command line is wrong
};

struct global_options {
    language lang = language::zh;
};

// A sub-command registers itself on the app and returns what to run when chosen.
using command_runner = std::function<int()>;

command_runner add_daxie_command(CLI::App& app, const global_options& global);
command_runner add_evaluate_command(CLI::App& app, const global_options& global);
command_runner add_format_command(CLI::App& app, const global_options& global);
command_runner add_gen_command(CLI::App& app, const global_options& global);
command_runner add_rules_command(CLI::App& app, const global_options& global);
command_runner add_split_command(CLI::App& app, const global_options& global);
command_runner add_ingest_command(CLI::App& app, const global_options& global);
command_runner add_lint_command(CLI::App& app, const global_options& global);

}  // namespace jixiao::cli
