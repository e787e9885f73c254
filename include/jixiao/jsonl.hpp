#pragma once
// JSON Lines: a stream where every line is one `jixiao/1`
// document. The reader hands out batches of whole lines, so that memory stays
// bounded however long the stream is; a line longer than a limit is skipped
// without being held in memory, and reported. The evaluator turns a batch into
// output text and located errors; batches can be evaluated on several threads
// and their results written in input order (the CLI's --jobs).
//
// Decisions (the spec only says "one document per line"):
// - Lines end in "\n" ("\r\n" too); a last line without one counts. Lines that
//   are empty or only whitespace are skipped silently, as most JSON Lines tools do.
// - Errors name the file's line number; for malformed JSON also the column
//   within that line ("books.jsonl:17:45: …"), otherwise the JSON path inside
//   that line's document ("books.jsonl:17: projects[0].tranches[1].amount: …").

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include <cstddef>
#include <cstdlib>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

inline constexpr std::size_t default_max_line_bytes = std::size_t{256} << 20;  // 256 MiB

struct jsonl_options {
    std::size_t max_line_bytes = default_max_line_bytes;  // a longer line is skipped and reported
    std::size_t batch_bytes = std::size_t{1} << 20;      // about this much input per batch
};

struct jsonl_line {
    std::uint64_t number = 0;    // 1-based line number in the stream
    std::size_t offset = 0;      // where its text starts in the batch
    std::size_t size = 0;        // bytes of text, without the line break
    std::uint64_t too_long = 0;  // > 0: the line's length, over the limit; its text was not kept
};

// Whole lines of the stream, each followed by simdjson's padding in memory.
class jsonl_batch {
public:
    [[nodiscard]] const std::vector<jsonl_line>& lines() const noexcept { return lines_; }
    [[nodiscard]] std::string_view text(const jsonl_line& line) const noexcept {
        return {buffer_.get() + line.offset, line.size};
    }
    // Bytes of the batch's buffer from the start of `line` on (its text and what
    // follows it), not counting simdjson's padding beyond.
    [[nodiscard]] std::size_t capacity_from(const jsonl_line& line) const noexcept { return capacity_ - line.offset; }
    [[nodiscard]] std::uint64_t input_bytes() const noexcept { return input_bytes_; }

private:
    friend class jsonl_reader;
    struct free_deleter {
        void operator()(char* p) const noexcept { std::free(p); }
    };
    std::unique_ptr<char, free_deleter> buffer_;  // malloc'd: a long line's buffer grows by realloc, in place
    std::size_t capacity_ = 0;  // usable bytes; the padding lies beyond
    std::size_t size_ = 0;
    std::vector<jsonl_line> lines_;
    std::uint64_t input_bytes_ = 0;  // stream bytes this batch covers, line breaks and skipped lines included
};

class jsonl_reader {
public:
    // Reads up to `size` bytes into `buffer`; 0 at the end of the stream. Throws jixiao::error on a read error.
    using source = std::function<std::size_t(char* buffer, std::size_t size)>;

    explicit jsonl_reader(source read, jsonl_options options = {});
    // A POSIX file descriptor (a file, a pipe, standard input); errors name `name`.
    [[nodiscard]] static jsonl_reader from_descriptor(int fd, std::string name, jsonl_options options = {});
    // Text already in memory (tests, benchmarks); it must outlive the reader.
    [[nodiscard]] static jsonl_reader from_text(std::string_view text, jsonl_options options = {});

    // Fills `batch` with the next whole lines (about options.batch_bytes of
    // them, at least one); false at the end of the stream, with `batch` empty.
    bool next(jsonl_batch& batch);

private:
    void reserve(jsonl_batch& batch, std::size_t capacity) const;
    std::size_t fill(jsonl_batch& batch, std::size_t until);
    void skip_rest_of_line(jsonl_batch& batch, std::uint64_t length, std::size_t limit);

    source read_;
    jsonl_options options_;
    std::string carry_;            // the start of a line the previous batch did not finish
    std::uint64_t next_line_ = 1;  // number of the next line to begin
    bool end_ = false;
};

// Reads the document on one line of a batch; its errors give the stream's
// line number, as described above. `source_name` names the stream.
[[nodiscard]] document read_document_line(const jsonl_batch& batch, const jsonl_line& line,
                                          std::string_view source_name);

// ---- evaluating lines ---------------------------------------------------------------

enum class jsonl_output {
    jsonl,     // one compact jixiao-evaluation/1 per line, with "line"
    json,      // the projects of every line in one evaluation: project objects (with "line") for its "projects" array
    rendered,  // what the evaluator's renderer makes of each line (the CLI's text report, say)
};

// Renders the evaluated document of one line, for jsonl_output::rendered.
using jsonl_renderer = std::function<std::string(const evaluated& line, std::uint64_t line_number)>;

// What a batch of lines gives, in input order.
struct jsonl_result {
    std::string output;             // jsonl: lines; json: project objects joined by ",\n"; rendered: blocks
    std::string document_findings;  // json: document-level finding objects (with "line") joined by ",\n"
    std::vector<error> errors;      // one per bad line, located as described above, up to max_errors
    // Bad lines beyond max_errors in one batch are only counted (memory stays
    // bounded whatever the input): how many, and the first and last of them.
    static constexpr std::size_t max_errors = 100;
    std::uint64_t errors_not_shown = 0;
    std::uint64_t first_not_shown = 0, last_not_shown = 0;
    std::uint64_t lines = 0;        // documents read (blank lines not counted), bad ones included
    std::uint64_t bad_lines = 0;
    std::uint64_t input_bytes = 0;
    evaluation_summary summary;     // over the good lines
    std::optional<severity> worst;  // the most severe finding
    // The unit and fiscal year the good lines share, for an aggregated evaluation.
    std::uint64_t documents = 0;    // good lines
    std::optional<std::string> unit;
    bool units_differ = false;
    int fiscal_year = 0;
    bool years_differ = false;

    void clear();
    // Adds the counts of `later` (a batch that comes after this one); not the texts.
    void add_counts(const jsonl_result& later);
};

// The report of one line written a piece at a time, for jsonl_output::rendered
// when the line is long (below): the head, each project with its evaluation, then
// the tail. One is made per line, so it may keep what the head told it.
class jsonl_line_writer {
public:
    virtual ~jsonl_line_writer() = default;
    // The document's head (no projects), its document-level findings and its summary.
    virtual void head(std::string& out, const document& head, const std::vector<finding>& findings,
                      const evaluation_summary& summary) = 0;
    virtual void project(std::string& out, const document& head, const project& p, std::size_t index,
                         project_evaluation e) = 0;
    virtual void tail(std::string& out) = 0;
};
using jsonl_line_writers = std::function<std::unique_ptr<jsonl_line_writer>(std::uint64_t line_number)>;

class jsonl_evaluator {
public:
    // `renderer` is used (and required) for jsonl_output::rendered; `writers`, when
    // given, write the long lines' reports instead (the same text, in pieces).
    jsonl_evaluator(const rule_book& rules, jsonl_output format, language lang, std::string source_name,
                    jsonl_renderer renderer = {}, jsonl_line_writers writers = {});
    // Evaluates every line of `batch` into `out` (cleared first). Bad lines become
    // errors; anything else (an overflow deep in a figure) is an error of its line too.
    void evaluate(const jsonl_batch& batch, jsonl_result& out) const;
    // The same, handing `out` over whenever it holds 64 KiB of output — between
    // lines, and between the projects of a long line — and clearing it: the
    // results handed over and what is left in `out` are the batch's, in order, as
    // if it had been several batches.
    using hand_over = std::function<void(const jsonl_result&)>;
    void evaluate(const jsonl_batch& batch, jsonl_result& out, const hand_over& give) const;
    // Whether `batch` holds a line evaluated a project at a time (see below), whose
    // output is best handed over as it is made (evaluate_jsonl does so).
    [[nodiscard]] bool streams(const jsonl_batch& batch) const noexcept;

    // A line longer than this (default 256 KiB) is evaluated a project at a time, as
    // `jixiao evaluate` does a .json document: read three times (to check it, to count
    // its findings, to write it), holding one project, so that memory stays bounded by
    // the line (a document of many small projects takes some 200 times its text when
    // held whole). Shorter lines are evaluated whole, which is faster. The output is
    // the same; jsonl_output::rendered needs `writers` for it, else lines stay whole.
    void stream_lines_over(std::size_t bytes) noexcept { stream_over_ = bytes; }

private:
    [[nodiscard]] bool streamed(const jsonl_line& line) const noexcept;
    void evaluate_streamed(std::string_view text, std::uint64_t number, jsonl_result& out, const hand_over& give) const;
    const rule_book& rules_;
    jsonl_output format_;
    language lang_;
    std::string source_;
    jsonl_renderer renderer_;
    jsonl_line_writers writers_;
    std::size_t stream_over_ = std::size_t{256} << 10;
};

// Reads every batch of `reader`, evaluates it and hands the results to
// `consume` in input order. With jobs > 1, `jobs` threads evaluate while one
// reads; at most 2 × jobs + 2 batches are in flight, so memory stays bounded.
// A batch holding a long line (jsonl_evaluator::streams) is evaluated by the
// calling thread when its turn comes, its output handed to `consume` as it is
// made; a batch may so reach `consume` in several results.
// An exception from reading, evaluating or `consume` stops the stream and is
// rethrown here.
void evaluate_jsonl(jsonl_reader& reader, const jsonl_evaluator& evaluator, unsigned jobs,
                    const std::function<void(const jsonl_result&)>& consume);

// ---- one evaluation of a whole stream -------------------------------------------------

// The projects of every line of a stream as ONE jixiao-evaluation/1 (what
// `jixiao evaluate --format json` writes for JSON Lines): give it each batch's
// result of a jsonl_output::json evaluator in input order, then finish(). The
// header (unit, fiscal_year) is known only at the end, so the projects wait in
// memory up to 1 MiB, then in an anonymous temporary file: memory stays bounded.
// The summary carries "lines" and "bad_lines" besides the document's counts.
class jsonl_evaluation_writer {
public:
    jsonl_evaluation_writer();
    ~jsonl_evaluation_writer();
    jsonl_evaluation_writer(const jsonl_evaluation_writer&) = delete;
    jsonl_evaluation_writer& operator=(const jsonl_evaluation_writer&) = delete;

    void add(const jsonl_result& batch);
    // Writes the whole evaluation through `write`, piece by piece.
    void finish(const std::function<void(std::string_view)>& write);
    // Counts over every batch added so far.
    [[nodiscard]] const jsonl_result& totals() const noexcept { return totals_; }

private:
    class spool;
    std::unique_ptr<spool> projects_, findings_;
    jsonl_result totals_;
};

}  // namespace jixiao
