#pragma once
// The options `evaluate` and `lint` share: output format, --fail-on, --disable,
// --output; and what --fail-on means for the exit code.

#include <jixiao/evaluate.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

enum class output_format { text, json };
enum class fail_level { error, warning, never };

struct evaluation_options {
    output_format format = output_format::text;
    fail_level fail_on = fail_level::error;
    std::vector<std::string> disabled;
    std::string output;
};

void add_evaluation_options(CLI::App& sub, evaluation_options& options);

// Whether `result` has a finding at or above `level` (exit code 1).
[[nodiscard]] bool fails(const evaluation& result, fail_level level);

}  // namespace jixiao::cli
