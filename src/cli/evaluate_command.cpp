// jixiao evaluate [FILE…]: evaluates jixiao/1 documents; with no FILE, the
// embedded report book. A .json document is read and checked whole before
// anything is written, so a bad file leaves no half-written output. JSON Lines
// (.jsonl, or --input jsonl) are evaluated as a stream, line by line, on
// --jobs threads (jsonl.hpp); a bad line is reported on standard error with its
// line number and the other lines are still evaluated.
//
// Decisions for streams (what JSON Lines input means is settled; how it is streamed is decided here):
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
#include "cli/colour.hpp"
#include "cli/command.hpp"
#include "cli/evaluation_options.hpp"
#include "cli/output.hpp"
#include "cli/report_output.hpp"
#include "render/inert_text.hpp"
#include "cli/progress.hpp"

#include <jixiao/detail/text.hpp>
#include <jixiao/embedded.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/history.hpp>
#include <jixiao/io.hpp>
#include <jixiao/jsonl.hpp>
#include <jixiao/render.hpp>
#include <jixiao/validate.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <functional>
#include <iostream>
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <sys/stat.h>
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

// Tells where a unit's chain was not checked (a gap in its years, a year given
// twice), so that an unchecked chain is not mistaken for a clean one.
void note_gaps(const std::vector<named_document>& named, const std::vector<std::vector<std::size_t>>& groups,
               language lang) {
    std::map<std::string, std::vector<std::pair<int, int>>> runs;  // unit → (first, last year) of each history
    for (const auto& g : groups)
        if (const auto& unit = named[g.front()].doc->unit)
            runs[*unit].push_back({named[g.front()].doc->fiscal_year, named[g.back()].doc->fiscal_year});
    for (auto& [name, years] : runs) {
        const std::string unit = detail::quote_for_message(name);
        std::sort(years.begin(), years.end());
        const auto twice = std::adjacent_find(years.begin(), years.end(),
                                              [](const auto& a, const auto& b) { return a.first == b.first; });
        if (twice != years.end()) {
            std::cerr << "jixiao: "
                      << (lang == language::zh
                              ? fmt::format("单位 {} 的 {} 年度给出了不止一份文档，无法确定哪一份是该年度的：该单位各文档单独评价，不核对结转链",
                                            unit, twice->first)
                              : fmt::format("unit {}: fiscal year {} is given more than once, so neither book can stand "
                                            "for it: the unit's documents are evaluated each alone, without the "
                                            "carry-forward chain", unit, twice->first))
                      << '\n';
            continue;
        }
        for (std::size_t k = 1; k < years.size(); ++k) {
            const int after = years[k - 1].second, before = years[k].first;
            const std::string missing = after + 1 == before - 1 ? std::to_string(after + 1)
                                                                : fmt::format("{}–{}", after + 1, before - 1);
            std::cerr << "jixiao: "
                      << (lang == language::zh
                              ? fmt::format("单位 {} 缺少 {} 年度的文档：{} 与 {} 年度之间的结转链未核对", unit,
                                            missing, after, before)
                              : fmt::format("unit {}: no document for {}, so the carry-forward chain between {} and "
                                            "{} is not checked", unit, missing, after, before))
                      << '\n';
        }
    }
}

bool is_jsonl(const std::string& file, input_kind kind) {
    if (kind != input_kind::automatic) return kind == input_kind::jsonl;
    return file.size() > 6 && file.compare(file.size() - 6, 6, ".jsonl") == 0;
}

// Calls `each` on every project of the document `text`, in order, one project
// held at a time. `each` may throw: the reading goes on to the end of the text
// without it (so that the error is not taken for one of the text's own), and
// then what it threw is thrown.
void for_each_project(const std::string& text, const std::string& name, document& head,
                      const std::function<void(project&&, std::size_t)>& each) {
    std::exception_ptr failed;
    head = read_document_projects(text, name, [&](project&& p, std::size_t index) {
        if (failed) return;
        try {
            each(std::move(p), index);
        } catch (...) {
            failed = std::current_exception();
        }
    });
    if (failed) std::rethrow_exception(failed);
}

// A .json document as read the first time: its text, its head (the document
// without its projects), how many projects it has, and the first project the
// checks refuse (thrown when the document is evaluated, as evaluate() would).
struct source_document {
    std::string name;
    std::string text;
    document head;
    std::size_t projects = 0;
    std::optional<error> invalid_project;
};

source_document read_source(std::string name, std::string text) {
    source_document s{std::move(name), std::move(text), {}, 0, std::nullopt};
    project_validator validator;
    for_each_project(s.text, s.name, s.head, [&](project&& p, std::size_t index) {
        ++s.projects;
        if (s.invalid_project) return;
        try {
            validator.check(p, index);
        } catch (const error& e) {
            s.invalid_project = e;
        }
    });
    return s;
}

// What a document evaluated alone is written with: its document-level findings
// and its summary. Its projects are evaluated again as they are written.
struct counted_document {
    std::vector<finding> findings;
    evaluation_summary summary;
    std::optional<severity> worst;

    void count(const finding& f) {
        summary.count(f);
        if (!worst || f.severity > *worst) worst = f.severity;
    }
};

// A unit's consecutive years, read a project at a time as a history (history.hpp):
// per year what it is written with, its chain findings included, and the chains,
// from which each project gets its chain findings and its chain as it is written.
struct counted_history {
    std::vector<std::size_t> sources;     // the years' documents, in fiscal-year order
    std::vector<counted_document> years;  // likewise
    history_chains chains;
};

// Documents of one unit for consecutive years are evaluated as one history
// (history.hpp): each year's report carries the chain findings and each
// project's chain table, years in order whatever the order given. A gap in a
// unit's years splits its history, and a unit with a year given twice gets no
// chain; a note on standard error says where the chain was not checked.
//
// A document evaluated alone is never held whole, so that memory stays bounded
// by the input however many projects it holds (README, "What jixiao promises"):
// its text is read three times — to check all of it and learn its head (the
// projects may come before the scheme and the policies), to evaluate every
// project, so that an error anywhere stops the run before anything is written,
// and to evaluate each again and write it out. The documents of a history are
// read the same way, each year's projects giving their chain entries on the
// first reading; the chain is worked out from those alone (chain_history), and
// each project gets its part of it as it is written.
int evaluate_documents(const evaluate_options& options, const global_options& global, const rule_book& rules) {
    const evaluation_options& o = options.evaluation;
    progress_meter meter(progress_meter::for_stderr(global.lang, progress_allowed(o.terminal)));
    meter.start_ticking();

    std::vector<source_document> sources;
    if (options.files.empty()) {
        sources.push_back(read_source(std::string(embedded_report_book_name) + " (embedded)",
                                      std::string(embedded_report_book())));
    } else {
        meter.task({"读取文档", "reading the documents"}, options.files.size() > 1 ? options.files.size() : 0);
        for (const auto& file : options.files) {
            sources.push_back(read_source(shown_name(file), read_input(file)));
            meter.advance(1, sources.back().text.size());
        }
    }
    std::size_t projects = 0;
    for (const auto& s : sources) projects += s.projects;
    meter.task({fmt::format("评价 {} 个项目", grouped(projects)), fmt::format("evaluating {} projects", grouped(projects))},
               sources.size() > 1 ? sources.size() : 0);
    std::vector<named_document> named;
    for (const auto& s : sources) named.push_back({s.name, &s.head});
    const auto groups = group_histories(named);
    note_gaps(named, groups, global.lang);

    const rule_book per_year = history_year_rules(rules);  // a history's years are evaluated by these
    const auto evaluate_one = [&](const source_document& s, const project& p, std::size_t index, const rule_book& by) {
        try {
            return evaluate_project(s.head, p, index, by);
        } catch (const error& e) {
            throw e.in_file(s.name);  // e.g. amounts whose sums leave the range of money
        }
    };
    // A document's head checked as evaluate() checks it, and its document-level findings.
    const auto check_head = [&](const source_document& s, const rule_book& by, counted_document& into) {
        try {
            validate_head(s.head);  // as evaluate() checks a document: its head, then its projects
            if (s.invalid_project) throw *s.invalid_project;
            by.check_document(s.head, into.findings);  // the head only (rule.hpp)
        } catch (const error& e) {
            throw e.in_file(s.name);
        }
        into.summary.projects = s.projects;
    };
    // A project of a history's year k, evaluated, with its chain findings and its chain.
    const auto evaluate_in_history = [&](const counted_history& h, std::size_t k, const project& p, std::size_t index) {
        project_evaluation e = evaluate_one(sources[h.sources[k]], p, index, per_year);
        const auto& more = h.chains.years[k].projects.at(index);
        e.findings.insert(e.findings.end(), more.begin(), more.end());
        std::stable_sort(e.findings.begin(), e.findings.end(), finding_order);
        e.chain = h.chains.chain_of(k, index);
        return e;
    };
    // Per group: a document evaluated alone, or the years of a history.
    std::vector<std::optional<counted_document>> alone(groups.size());
    std::vector<counted_history> histories;
    std::vector<std::size_t> history_of(groups.size());
    evaluation_summary summary;
    std::optional<severity> worst;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].size() == 1) {
            source_document& s = sources[groups[g].front()];
            counted_document counted;
            check_head(s, rules, counted);
            std::stable_sort(counted.findings.begin(), counted.findings.end(), finding_order);
            for (const auto& f : counted.findings) counted.count(f);
            for_each_project(s.text, s.name, s.head, [&](project&& p, std::size_t index) {
                for (const auto& f : evaluate_one(s, p, index, rules).findings) counted.count(f);
            });
            alone[g] = std::move(counted);
        } else {
            // Each year read a project at a time for its chain entries and counts, then the chain.
            counted_history h{groups[g], std::vector<counted_document>(groups[g].size()), {}};
            std::vector<history_year> heads;
            std::vector<std::vector<chain_entry>> entries(groups[g].size());
            for (std::size_t k = 0; k < groups[g].size(); ++k) {
                const source_document& s = sources[groups[g][k]];
                heads.push_back({s.name, &s.head, {}});
                check_head(s, per_year, h.years[k]);
                document ignored;
                for_each_project(s.text, s.name, ignored, [&](project&& p, std::size_t index) {
                    entries[k].push_back({chain_row(p, s.head.fiscal_year, index), p.id, p.name});
                    for (const auto& f : evaluate_one(s, p, index, per_year).findings) h.years[k].count(f);
                });
            }
            h.chains = chain_history(heads, entries, rules);
            for (std::size_t k = 0; k < h.years.size(); ++k) {
                counted_document& year = h.years[k];
                const auto& more = h.chains.years[k].findings;
                year.findings.insert(year.findings.end(), more.begin(), more.end());
                std::stable_sort(year.findings.begin(), year.findings.end(), finding_order);
                for (const auto& f : year.findings) year.count(f);
                for (const auto& project_findings : h.chains.years[k].projects)
                    for (const auto& f : project_findings) year.count(f);
            }
            history_of[g] = histories.size();
            histories.push_back(std::move(h));
        }
        meter.advance(1);
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto see = [&](const evaluation_summary& s, std::optional<severity> w) {
            add_summary(summary, s);
            if (w && (!worst || *w > *worst)) worst = w;
        };
        if (alone[g]) see(alone[g]->summary, alone[g]->worst);
        else
            for (const auto& y : histories[history_of[g]].years) see(y.summary, y.worst);
    }

    meter.task(writing_label(o.format));
    // One history alone in html: its years on one page.
    const bool one_page = o.format == output_format::html && groups.size() == 1 && histories.size() == 1;
    if (o.format == output_format::xlsx) {  // a workbook is built whole, of one document (no history)
        check_output_options(o, sources.size());
        check_workbook_size(summary.projects);
        const source_document& s = sources[groups.front().front()];
        std::vector<evaluated> items(1);
        items.front().doc = read_document(s.text, s.name);
        items.front().result = evaluate(items.front().doc, rules);
        std::uint64_t read = 0;
        for (const auto& source : sources) read += source.text.size();
        write_evaluations(o, items, global.lang, read, &meter);
    } else {
        check_output_options(o, one_page ? 1 : sources.size());  // one page, however many years
        if (!(o.terminal.quiet && o.to_stdout())) {
            if (o.to_stdout()) meter.finish();  // before anything reaches standard output
            output_stream out(o.output);
            report_output report(o, global.lang, out, sources.size(),
                                 o.format == output_format::text && o.to_stdout() && colour_on(o.terminal.colour, STDOUT_FILENO));
            if (one_page) {
                const auto& years = histories.front().sources;
                report.one_page(detail::history_page_title(sources[years.front()].head.unit,
                                                           sources[years.front()].head.fiscal_year,
                                                           sources[years.back()].head.fiscal_year));
            }
            for (std::size_t g = 0; g < groups.size(); ++g) {
                if (alone[g]) {
                    const source_document& s = sources[groups[g].front()];
                    report.begin_document(s.head, alone[g]->findings, alone[g]->summary);
                    document head;
                    for_each_project(s.text, s.name, head, [&](project&& p, std::size_t index) {
                        report.add_project(s.head, p, index, evaluate_one(s, p, index, rules));
                    });
                    report.end_document();
                    continue;
                }
                const counted_history& h = histories[history_of[g]];
                for (std::size_t k = 0; k < h.sources.size(); ++k) {
                    const source_document& s = sources[h.sources[k]];
                    report.begin_document(s.head, h.years[k].findings, h.years[k].summary);
                    document head;
                    for_each_project(s.text, s.name, head, [&](project&& p, std::size_t index) {
                        report.add_project(s.head, p, index, evaluate_in_history(h, k, p, index));
                    });
                    report.end_document();
                }
            }
            report.finish();
            out.commit();
        }
    }
    meter.finish();
    print_output_summary(o, summary, global.lang);
    return static_cast<int>(fails(worst, o.fail_on) ? exit_findings : exit_ok);
}

// The bytes of every input when all are regular files (standard input
// included when it is one); 0 when any is a pipe or a device.
std::uint64_t known_size(const std::vector<std::string>& files) {
    std::uint64_t total = 0;
    for (const auto& file : files) {
        struct stat info {};
        const int status = file == "-" ? ::fstat(STDIN_FILENO, &info) : ::stat(file.c_str(), &info);
        if (status != 0 || !S_ISREG(info.st_mode)) return 0;
        total += static_cast<std::uint64_t>(info.st_size);
    }
    return total;
}

// The text report of a long JSON Lines line written a project at a time: the
// pieces of render_text's text, made visible as it makes it.
class text_line_writer final : public jsonl_line_writer {
public:
    text_line_writer(std::string heading, language lang, std::optional<form_layout> form)
        : heading_(std::move(heading)), lang_(lang), form_(form), renderer_(detail::text_renderer()) {}
    void head(std::string& out, const document& head, const std::vector<finding>& findings,
              const evaluation_summary& summary) override {
        report_ = detail::report_head(head, lang_, form_);
        report_->findings = findings;
        report_->summary = summary;
        std::string piece;
        renderer_->head(piece, *report_);
        out += heading_ + detail::terminal_visible(piece);
    }
    void project(std::string& out, const document& head, const jixiao::project& p, std::size_t index,
                 project_evaluation e) override {
        std::string piece;
        renderer_->project(piece, detail::form_of(head, p, index, std::move(e), *report_), *report_);
        out += detail::terminal_visible(piece);
    }
    void tail(std::string& out) override {
        std::string piece;
        renderer_->tail(piece, *report_);
        out += detail::terminal_visible(piece) + "\n";
    }

private:
    std::string heading_;
    language lang_;
    std::optional<form_layout> form_;
    std::unique_ptr<detail::report_renderer> renderer_;
    std::optional<detail::report_form> report_;
};

int evaluate_streams(const evaluate_options& options, const global_options& global, const rule_book& rules) {
    const evaluation_options& o = options.evaluation;
    const jsonl_output format = o.format == output_format::json    ? jsonl_output::json
                              : o.format == output_format::jsonl ? jsonl_output::jsonl
                                                                 : jsonl_output::rendered;
    const unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
    const bool zh = global.lang == language::zh;
    const bool discard = o.terminal.quiet && o.to_stdout();  // --quiet: nothing on standard output
    const bool colour = format == jsonl_output::rendered && o.to_stdout() && !discard && colour_on(o.terminal.colour, STDOUT_FILENO);
    // A report scrolling by on the same terminal is its own progress; a meter would only mix with it.
    const bool report_on_terminal = o.to_stdout() && !discard && is_terminal(STDOUT_FILENO);
    progress_meter meter(progress_meter::for_stderr(global.lang, progress_allowed(o.terminal) && !report_on_terminal));
    meter.task({"已评价 {} 行", "{} lines evaluated"}, 0, known_size(options.files));
    meter.start_ticking();

    output_stream out(o.output);
    const bool aggregate = format == jsonl_output::json && !discard;
    jsonl_evaluation_writer aggregated;  // --format json: one evaluation of the whole stream
    jsonl_result counts;                 // the other formats
    std::string current_file;
    const auto consume = [&](const jsonl_result& batch) {
        for (const auto& e : batch.errors) meter.message(detail::terminal_visible("jixiao: " + e.describe(global.lang) + "\n"));
        if (batch.errors_not_shown > 0)
            meter.message(detail::terminal_visible(fmt::format(
                fmt::runtime(global.lang == language::zh
                                 ? "jixiao: {}: 另有 {} 行有误（第 {}–{} 行之间），未逐行列出\n"
                                 : "jixiao: {}: {} more bad lines (between lines {} and {}) are not shown one by one\n"),
                shown_name(current_file), batch.errors_not_shown, batch.first_not_shown, batch.last_not_shown)));
        if (aggregate) {
            aggregated.add(batch);
        } else {
            if (!discard) out.write(colour ? colour_report(batch.output, global.lang) : batch.output);
            counts.add_counts(batch);
        }
        meter.advance(batch.lines, batch.input_bytes);
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
        // The text report of each line, headed by its line number; a long line's a project at a time.
        const auto heading = [&](std::uint64_t number) {
            return global.lang == language::zh ? "—— 第 " + std::to_string(number) + " 行 ——\n"
                                               : "—— line " + std::to_string(number) + " ——\n";
        };
        jsonl_evaluator evaluator(
            rules, format, global.lang, name,
            [&](const jixiao::evaluated& line, std::uint64_t number) {
                return heading(number) + render_text(line, {global.lang, o.form, false}) + "\n";
            },
            [&](std::uint64_t number) -> std::unique_ptr<jsonl_line_writer> {
                return std::make_unique<text_line_writer>(heading(number), global.lang, o.form);
            });
        // Lines evaluated whole on `jobs` threads at once stay within the bound (README,
        // "What jixiao promises") when each is at most 256 KiB ÷ jobs.
        evaluator.stream_lines_over(std::max<std::size_t>(std::size_t{4} << 10, (std::size_t{256} << 10) / jobs));
        evaluate_jsonl(reader, evaluator, jobs, consume);
    }
    meter.finish();

    const jsonl_result& totals = aggregate ? aggregated.totals() : counts;
    const auto& s = totals.summary;
    if (aggregate) {
        aggregated.finish([&](std::string_view text) { out.write(text); });
    } else if (format == jsonl_output::rendered && !discard) {
        const std::string_view total_format = zh ? "合计：{} 行（其中 {} 行有误未评价），{} 个项目，错误 {} 条，警告 {} 条，提示 {} 条"
                                                 : "total: {} lines ({} bad, not evaluated), {} projects, {} errors, {} warnings, {} infos";
        const std::string line = fmt::format(fmt::runtime(total_format), totals.lines, totals.bad_lines, s.projects,
                                             s.errors, s.warnings, s.infos);
        out.write((colour ? colour_counts(line, total_format, 3, 4) : line) + "\n");
    }
    out.commit();
    if (totals.bad_lines > 0) {
        std::cerr << "jixiao: "
                  << (zh ? fmt::format("{} 行有误，未评价（见上）；其余 {} 行已评价", totals.bad_lines, totals.lines - totals.bad_lines)
                         : fmt::format("{} bad lines were not evaluated (see above); the other {} were",
                                       totals.bad_lines, totals.lines - totals.bad_lines))
                  << '\n';
    }
    print_output_summary(o, s, global.lang, totals.lines);
    if (totals.bad_lines > 0) return static_cast<int>(exit_bad_input);
    return static_cast<int>(fails(totals.worst, o.fail_on) ? exit_findings : exit_ok);
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
        // The one book, so that every rule `jixiao rules` lists can be disabled here; the
        // report-text rules have no report to read in a jixiao/1 document and stay quiet.
        rule_book rules = report_rule_book();
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
