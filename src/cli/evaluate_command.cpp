// jixiao evaluate [FILE…]: evaluates jixiao/1 documents; with no FILE, the
// embedded report book. A .json document is read and checked whole before
// anything is written, so a bad file leaves no half-written output. JSON Lines
// (.jsonl, or --input jsonl) are evaluated as a stream, line by line, on
// --jobs threads (jsonl.hpp); a bad line is reported on standard error with its
// line number and the other lines are still evaluated.
//
// Decisions for streams (cli.md and format.md say what, not how):
// - Exit 2 when any line was bad — after every other line has been evaluated
//   and written; else 1 or 0 by --fail-on, as for documents.
// - --output is written to a temporary file that is renamed into place when the
//   stream ends, so PATH never holds a partial result: a stream that stops (a
//   read or write error, Ctrl-C) leaves PATH untouched. A stream with bad lines
//   still ends, so PATH then holds the complete result of the good lines, and
//   the exit code and standard error say which lines are missing.
// - --format json aggregates every line into one evaluation: "unit" and
//   "fiscal_year" are the lines' common ones, null where lines differ; each
//   project and document-level finding carries "line"; the summary adds
//   "lines" (documents read) and "bad_lines".
// - --format jsonl writes one compact evaluation per good line, with "line".
// - --format text writes each line's report under "—— line N ——", then a total.
// - .json and .jsonl inputs are not mixed in one run: their outputs differ in shape.
#include "cli/command.hpp"
#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"
#include "json/json_text.hpp"

#include <jixiao/embedded.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/jsonl.hpp>
#include <jixiao/render.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <memory>
#include <thread>
#include <unistd.h>
#include <vector>

namespace jixiao::cli {
namespace {

enum class input_kind { automatic, json, jsonl };

struct evaluate_options {
    std::vector<std::string> files;
    evaluation_options evaluation;  // --format, --fail-on, --disable, --output
    input_kind input = input_kind::automatic;
    unsigned jobs = 0;  // 0: every core
    std::uint64_t max_line_bytes = default_max_line_bytes;
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
        const std::string name = shown_name(file);
        documents.push_back({name, read_document(read_input(file), name)});
    }
    return documents;
}

bool is_jsonl(const std::string& file, input_kind kind) {
    if (kind != input_kind::automatic) return kind == input_kind::jsonl;
    return file.size() > 6 && file.compare(file.size() - 6, 6, ".jsonl") == 0;
}

int evaluate_documents(const evaluate_options& options, const global_options& global, const rule_book& rules) {
    const auto documents = load(options.files);
    const evaluation_options& o = options.evaluation;
    std::vector<evaluated> items;
    bool failed = false;
    for (const auto& d : documents) {
        try {
            items.push_back({&d.doc, evaluate(d.doc, rules)});
        } catch (const error& e) {
            throw e.in_file(d.name);  // e.g. amounts whose sums leave the range of money
        }
        failed = failed || fails(items.back().result, o.fail_on);
    }
    write_evaluations(o, items, global.lang);
    return static_cast<int>(failed ? exit_findings : exit_ok);
}

// Text held in memory up to a limit, then in an anonymous temporary file: the
// projects of an aggregated evaluation, which come before its header is known.
class spool {
public:
    spool() = default;
    spool(const spool&) = delete;
    spool& operator=(const spool&) = delete;
    ~spool() {
        if (file_) std::fclose(file_);
    }
    [[nodiscard]] bool empty() const { return !file_ && memory_.empty(); }
    void append(std::string_view text) {
        memory_ += text;
        if (memory_.size() < limit) return;
        if (!file_ && !(file_ = std::tmpfile())) fail();
        if (std::fwrite(memory_.data(), 1, memory_.size(), file_) != memory_.size()) fail();
        memory_.clear();
    }
    void copy_to(output_stream& out) {
        if (file_) {
            std::rewind(file_);
            std::string chunk(1 << 20, '\0');
            while (const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file_))
                out.write(std::string_view(chunk.data(), n));
            if (std::ferror(file_)) fail();
        }
        out.write(memory_);
    }

private:
    static constexpr std::size_t limit = std::size_t{1} << 20;
    [[noreturn]] static void fail() {
        const std::string why = std::strerror(errno);
        throw error({"无法写入临时文件：" + why, "cannot write a temporary file: " + why});
    }
    std::string memory_;
    std::FILE* file_ = nullptr;
};

int evaluate_streams(const evaluate_options& options, const global_options& global, const rule_book& rules) {
    const jsonl_output format = options.evaluation.format == output_format::json    ? jsonl_output::json
                              : options.evaluation.format == output_format::jsonl ? jsonl_output::jsonl
                                                                       : jsonl_output::text;
    const unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
    output_stream out(options.evaluation.output);
    spool projects, document_findings;
    jsonl_result totals;
    std::string current_file;
    const auto consume = [&](const jsonl_result& batch) {
        for (const auto& e : batch.errors) print_message("jixiao: " + e.describe(global.lang));
        if (batch.errors_not_shown > 0)
            print_message(fmt::format(fmt::runtime(global.lang == language::zh
                                          ? "jixiao: {}: 另有 {} 行有误（第 {}–{} 行之间），未逐行列出"
                                          : "jixiao: {}: {} more bad lines (between lines {} and {}) are not shown one by one"),
                                      shown_name(current_file), batch.errors_not_shown, batch.first_not_shown,
                                      batch.last_not_shown));
        if (format == jsonl_output::json) {
            if (!batch.output.empty()) {
                projects.append(projects.empty() ? "\n    " : ",\n    ");
                projects.append(batch.output);
            }
            if (!batch.document_findings.empty()) {
                document_findings.append(document_findings.empty() ? "\n    " : ",\n    ");
                document_findings.append(batch.document_findings);
            }
        } else {
            out.write(batch.output);
        }
        totals.add_counts(batch);
    };
    for (const auto& file : options.files) {
        current_file = file;
        const std::string name = shown_name(file);
        int fd = STDIN_FILENO;
        if (file != "-") {
            fd = ::open(file.c_str(), O_RDONLY);
            if (fd < 0)
                throw error({std::string("无法打开文件：") + std::strerror(errno),
                             std::string("cannot open the file: ") + std::strerror(errno)},
                            location::of_file(name));
        }
        const struct closer {
            int fd;
            ~closer() {
                if (fd != STDIN_FILENO) ::close(fd);
            }
        } close_at_end{fd};
        auto reader = jsonl_reader::from_descriptor(fd, name, {options.max_line_bytes, std::size_t{1} << 20});
        const jsonl_evaluator evaluator(rules, format, global.lang, name);
        evaluate_jsonl(reader, evaluator, jobs, consume);
    }

    const bool zh = global.lang == language::zh;
    if (format == jsonl_output::json) {
        std::string head = "{\n  \"format\": \"jixiao-evaluation/1\",\n  \"unit\": ";
        if (totals.unit && !totals.units_differ) {
            json::json_text unit(head);
            unit.string(*totals.unit);
        } else {
            head += "null";
        }
        head += ",\n  \"fiscal_year\": ";
        head += totals.documents > 0 && !totals.years_differ ? std::to_string(totals.fiscal_year) : "null";
        head += ",\n  \"projects\": [";
        out.write(head);
        projects.copy_to(out);
        std::string tail = projects.empty() ? "]" : "\n  ]";
        if (!document_findings.empty()) {
            out.write(tail + ",\n  \"findings\": [");
            document_findings.copy_to(out);
            tail = "\n  ]";
        }
        const auto& s = totals.summary;
        tail += fmt::format(
            ",\n  \"summary\": {{\n    \"projects\": {},\n    \"errors\": {},\n    \"warnings\": {},\n    \"infos\": {},\n"
            "    \"lines\": {},\n    \"bad_lines\": {}\n  }}\n}}\n",
            s.projects, s.errors, s.warnings, s.infos, totals.lines, totals.bad_lines);
        out.write(tail);
    } else if (format == jsonl_output::text) {
        const auto& s = totals.summary;
        out.write(zh ? fmt::format("合计：{} 行（其中 {} 行有误未评价），{} 个项目，错误 {} 条，警告 {} 条，提示 {} 条\n",
                                   totals.lines, totals.bad_lines, s.projects, s.errors, s.warnings, s.infos)
                     : fmt::format("total: {} lines ({} bad, not evaluated), {} projects, {} errors, {} warnings, {} infos\n",
                                   totals.lines, totals.bad_lines, s.projects, s.errors, s.warnings, s.infos));
    }
    out.commit();
    if (totals.bad_lines > 0) {
        std::cerr << "jixiao: "
                  << (zh ? fmt::format("{} 行有误，未评价（见上）；其余 {} 行已评价", totals.bad_lines, totals.lines - totals.bad_lines)
                         : fmt::format("{} bad lines were not evaluated (see above); the other {} were",
                                       totals.bad_lines, totals.lines - totals.bad_lines))
                  << '\n';
        return static_cast<int>(exit_bad_input);
    }
    return static_cast<int>(fails(totals.worst, options.evaluation.fail_on) ? exit_findings : exit_ok);
}

}  // namespace

command_runner add_evaluate_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("evaluate", "Evaluate jixiao/1 documents (default: the embedded report book)");
    auto options = std::make_shared<evaluate_options>();
    sub->add_option("FILE", options->files,
                    "jixiao/1 documents (.json) or JSON Lines (.jsonl, one document per line); - for standard input");
    add_evaluation_options(*sub, options->evaluation);
    sub->add_option("--input", options->input,
                    "Input kind: json or jsonl (default: jsonl for files ending in .jsonl, else json; - is json)")
        ->transform(CLI::CheckedTransformer(
            std::map<std::string, input_kind>{{"json", input_kind::json}, {"jsonl", input_kind::jsonl}}));
    sub->add_option("-j,--jobs", options->jobs, "Threads evaluating JSON Lines (default: every core)")
        ->check(CLI::Range(1U, 1024U));
    sub->add_option("--max-line-bytes", options->max_line_bytes,
                    "JSON Lines: a longer line is skipped and reported (default 256MiB; k, m, g are powers of 1024)")
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40));

    return [options, &global] {
        rule_book rules = default_rule_book();
        for (const auto& id : options->evaluation.disabled) rules.disable(id);
        std::size_t streams = 0;
        for (const auto& file : options->files) streams += is_jsonl(file, options->input) ? 1 : 0;
        if (streams > 0 && streams < options->files.size())
            throw error({"不能在一次运行中同时评价 .json 文档和 .jsonl 文件（它们的输出形式不同）；请分开运行",
                         "cannot evaluate .json documents and .jsonl streams in one run (their outputs differ in "
                         "shape); run them separately"});
        check_stdin_once(options->files);
        if (streams > 0) {
            const output_format f = options->evaluation.format;
            if (f != output_format::text && f != output_format::json && f != output_format::jsonl)
                throw error({"JSON Lines 输入只能输出 text、json 或 jsonl 格式（md、csv、xlsx、html 每次只写一个文档）",
                             "JSON Lines input is written as text, json or jsonl only (md, csv, xlsx and html write one "
                             "document at a time)"});
            if (options->evaluation.bom)
                throw error({"--bom 只用于 --format csv", "--bom applies to --format csv only"});
            return evaluate_streams(*options, global, rules);
        }
        return evaluate_documents(*options, global, rules);
    };
}

}  // namespace jixiao::cli
