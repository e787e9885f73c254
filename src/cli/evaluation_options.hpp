#pragma once
// The options `evaluate` and `lint` share: output format, --fail-on, --disable,
// --output, --color, --quiet; and what --fail-on means for the exit code.

#include "cli/terminal.hpp"

#include <jixiao/evaluate.hpp>

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::cli {

class progress_meter;

enum class output_format { text, json, jsonl, md, csv, xlsx, html };
enum class fail_level { error, warning, never };

struct evaluation_options {
    output_format format = output_format::text;
    bool bom = false;  // csv: a UTF-8 byte order mark for Excel
    std::optional<form_layout> form;  // --form: the layout of the 自评表 (default: the document's)
    fail_level fail_on = fail_level::error;
    std::vector<std::string> disabled;
    std::string output;
    terminal_options terminal;  // --color, --quiet

    [[nodiscard]] bool to_stdout() const { return output.empty() || output == "-"; }
};

void add_evaluation_options(CLI::App& sub, evaluation_options& options);

// Writes the evaluations in the chosen format to --output (atomically) or
// standard output. json: one object, or an array for several documents;
// text and md: one after another; csv, html and xlsx: one document at a time,
// and html and xlsx only to a file (they need --output).
// Text at a terminal is coloured (--color); --quiet writes nothing to standard
// output. `meter`, when given, is finished (erased) before standard output is written.
// The output is written a project at a time (report_output.hpp), never held whole;
// an xlsx workbook is built whole, and refused beyond max_workbook_bytes(input_bytes)
// (report_output.hpp), `input_bytes` being the size of what was read.
void write_evaluations(const evaluation_options& options, const std::vector<evaluated>& items, language lang,
                       std::uint64_t input_bytes, progress_meter* meter = nullptr);

// Adds the counts of `more` to `total`.
void add_summary(evaluation_summary& total, const evaluation_summary& more);

// "text", "json" … as --format takes it.
[[nodiscard]] std::string_view format_name(output_format format);

// What the progress meter says while the report is written: "写出报告（xlsx）".
[[nodiscard]] localized writing_label(output_format format);

// After a run with --output (and without --quiet), one line on standard error:
// where the report went and what it holds; `lines`: the lines of a stream, if one.
void print_output_summary(const evaluation_options& options, const evaluation_summary& summary, language lang,
                          std::optional<std::uint64_t> lines = std::nullopt);

// Whether `result` has a finding at or above `level` (exit code 1).
[[nodiscard]] bool fails(const evaluation& result, fail_level level);
[[nodiscard]] bool fails(std::optional<severity> worst, fail_level level);

}  // namespace jixiao::cli
