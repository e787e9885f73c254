#pragma once
// The options `evaluate` and `lint` share: output format, --fail-on, --disable,
// --output; and what --fail-on means for the exit code.

#include <jixiao/evaluate.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

enum class output_format { text, json, jsonl, md, csv, xlsx, html };
enum class fail_level { error, warning, never };

struct evaluation_options {
    output_format format = output_format::text;
    bool bom = false;  // csv: a UTF-8 byte order mark for Excel
    std::optional<form_layout> form;  // --form: the layout of the 自评表 (default: the document's)
    fail_level fail_on = fail_level::error;
    std::vector<std::string> disabled;
    std::string output;
};

void add_evaluation_options(CLI::App& sub, evaluation_options& options);

// Writes the evaluations in the chosen format to --output (atomically) or
// standard output. json: one object, or an array for several documents;
// text and md: one after another; csv, html and xlsx: one document at a time,
// and html and xlsx only to a file (cli.md).
void write_evaluations(const evaluation_options& options, const std::vector<evaluated>& items, language lang);

// Whether `result` has a finding at or above `level` (exit code 1).
[[nodiscard]] bool fails(const evaluation& result, fail_level level);
[[nodiscard]] bool fails(std::optional<severity> worst, fail_level level);

}  // namespace jixiao::cli
