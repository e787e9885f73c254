// JSON Lines: the batch reader and the line evaluator (jsonl.hpp).
#include "json/read_padded.hpp"
#include "json/write_evaluation.hpp"

#include <jixiao/io.hpp>
#include <jixiao/jsonl.hpp>
#include <jixiao/validate.hpp>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <thread>
#include <unistd.h>

namespace jixiao {

namespace {

constexpr std::size_t padding = simdjson::SIMDJSON_PADDING;

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// An error in reading a line's document, placed in the stream: within the line,
// malformed JSON is at line 1, column c: the stream's line, column c; so is a
// position the message names ("the object opened at 1:5").
error on_line(const error& e, std::uint64_t number, std::string_view source_name) {
    localized message = e.message();
    const std::string line_text = std::to_string(number) + ":";
    for (std::string* m : {&message.zh, &message.en})
        for (const std::string_view before : {"at ", "在 "})
            for (std::size_t at = m->find(std::string(before) + "1:"); at != std::string::npos;
                 at = m->find(std::string(before) + "1:", at + before.size() + line_text.size()))
                m->replace(at + before.size(), 2, line_text);
    return error(message, e.where())
        .in_file(std::string(source_name))
        .at_line(number, e.where().line != 0 ? e.where().column : 0);
}

}  // namespace

// ---- reading ---------------------------------------------------------------------------

jsonl_reader::jsonl_reader(source read, jsonl_options options) : read_(std::move(read)), options_(options) {
    options_.batch_bytes = std::max<std::size_t>(options_.batch_bytes, 64);
    options_.max_line_bytes = std::max<std::size_t>(options_.max_line_bytes, 1);
}

jsonl_reader jsonl_reader::from_descriptor(int fd, std::string name, jsonl_options options) {
    return jsonl_reader(
        [fd, name = std::move(name)](char* buffer, std::size_t size) -> std::size_t {
            for (;;) {
                const ssize_t n = ::read(fd, buffer, size);
                if (n >= 0) return static_cast<std::size_t>(n);
                if (errno == EINTR) continue;
                const std::string why = std::strerror(errno);
                throw error({"读取失败：" + why, "cannot read: " + why}, location::of_file(name));
            }
        },
        options);
}

jsonl_reader jsonl_reader::from_text(std::string_view text, jsonl_options options) {
    return jsonl_reader(
        [text, position = std::size_t{0}](char* buffer, std::size_t size) mutable {
            const std::size_t n = std::min(size, text.size() - position);
            std::memcpy(buffer, text.data() + position, n);
            position += n;
            return n;
        },
        options);
}

// Makes room for `capacity` bytes (plus the padding), keeping the bytes already there.
void jsonl_reader::reserve(jsonl_batch& batch, std::size_t capacity) const {
    if (batch.capacity_ >= capacity) return;
    // realloc: a large buffer grows in place (mremap), so a line near the
    // limit does not need the old and the new buffer at once.
    char* grown = static_cast<char*>(std::realloc(batch.buffer_.get(), capacity + padding));
    if (!grown) throw std::bad_alloc();
    (void)batch.buffer_.release();
    batch.buffer_.reset(grown);
    batch.capacity_ = capacity;
}

// One read into the free part of the buffer; 0 at the end of the stream.
std::size_t jsonl_reader::fill(jsonl_batch& batch, std::size_t until) {
    const std::size_t n = read_(batch.buffer_.get() + batch.size_, until - batch.size_);
    if (n == 0) end_ = true;
    batch.size_ += n;
    return n;
}

// The line that fills the whole buffer is over the limit: its bytes are read
// and dropped up to its line break; what follows stays at the buffer's start.
void jsonl_reader::skip_rest_of_line(jsonl_batch& batch, std::uint64_t length, std::size_t limit) {
    batch.size_ = 0;
    for (;;) {
        const std::size_t n = fill(batch, limit);
        if (n == 0) {
            batch.input_bytes_ += length;
            break;
        }
        const auto* newline = static_cast<const char*>(std::memchr(batch.buffer_.get(), '\n', n));
        if (!newline) {
            length += n;
            batch.size_ = 0;
            continue;
        }
        const auto before = static_cast<std::size_t>(newline - batch.buffer_.get());
        length += before;
        batch.input_bytes_ += length + 1;
        batch.size_ = n - before - 1;
        std::memmove(batch.buffer_.get(), newline + 1, batch.size_);
        break;
    }
    batch.lines_.push_back({next_line_++, 0, 0, length});
}

bool jsonl_reader::next(jsonl_batch& batch) {
    batch.lines_.clear();
    batch.size_ = 0;
    batch.input_bytes_ = 0;
    // A buffer that grew for one long line goes back to the usual size.
    if (batch.capacity_ > 4 * options_.batch_bytes && batch.capacity_ > carry_.size() + options_.batch_bytes) {
        batch.buffer_.reset();
        batch.capacity_ = 0;
    }
    // How much this batch takes: the same whatever the buffer held before, so
    // that batches, and so the order of output and error messages, do not
    // depend on which buffer a thread got.
    std::size_t limit = std::max(options_.batch_bytes, carry_.size() + options_.batch_bytes / 2);
    reserve(batch, limit);
    std::memcpy(batch.buffer_.get(), carry_.data(), carry_.size());
    batch.size_ = carry_.size();
    carry_.clear();
    if (carry_.capacity() > options_.batch_bytes) carry_.shrink_to_fit();

    std::size_t start = 0;     // where the current line starts
    std::size_t searched = 0;  // bytes searched for a line break
    const auto record = [&](std::size_t end) {  // the line [start, end) is complete
        batch.input_bytes_ += end - start;
        std::size_t size = end - start;
        if (size > 0 && batch.buffer_.get()[end - 1] == '\r') --size;
        const std::uint64_t number = next_line_++;
        const std::string_view text(batch.buffer_.get() + start, size);
        if (size > options_.max_line_bytes) batch.lines_.push_back({number, 0, 0, size});
        else if (!is_blank(text)) batch.lines_.push_back({number, start, size, 0});
    };
    for (;;) {
        while (searched < batch.size_) {
            const auto* newline =
                static_cast<const char*>(std::memchr(batch.buffer_.get() + searched, '\n', batch.size_ - searched));
            if (!newline) break;
            const auto end = static_cast<std::size_t>(newline - batch.buffer_.get());
            record(end);
            ++batch.input_bytes_;  // the line break
            start = searched = end + 1;
        }
        searched = batch.size_;
        if (end_) {
            if (start < batch.size_) record(batch.size_);
            break;
        }
        if (batch.size_ < limit) {
            fill(batch, limit);
            continue;
        }
        // The buffer is full.
        if (!batch.lines_.empty()) {
            carry_.assign(batch.buffer_.get() + start, batch.size_ - start);
            batch.size_ = start;
            break;
        }
        if (start > 0) {  // only blank lines so far: make room
            std::memmove(batch.buffer_.get(), batch.buffer_.get() + start, batch.size_ - start);
            batch.size_ -= start;
            searched = batch.size_;
            start = 0;
            continue;
        }
        // One line fills the buffer.
        if (batch.size_ > options_.max_line_bytes) {
            skip_rest_of_line(batch, batch.size_, limit);
            searched = 0;
            continue;
        }
        limit = std::min(2 * limit, options_.max_line_bytes + 1);
        reserve(batch, limit);
    }
    return !batch.lines_.empty();
}

document read_document_line(const jsonl_batch& batch, const jsonl_line& line, std::string_view source_name) {
    const location here{std::string(source_name), static_cast<std::size_t>(line.number), 0, {}};
    if (line.too_long) {
        const std::string length = std::to_string(line.too_long);
        throw error({"此行长 " + length + " 字节，超过每行上限（--max-line-bytes），未读取",
                     "the line is " + length + " bytes long, more than the limit per line (--max-line-bytes); not read"},
                    here);
    }
    const std::string_view text = batch.text(line);
    try {
        return read_padded(simdjson::padded_string_view(text.data(), text.size(), batch.capacity_from(line) + padding),
                           source_name);
    } catch (const error& e) {
        throw on_line(e, line.number, source_name);
    }
}

// ---- evaluating ------------------------------------------------------------------------

void jsonl_result::clear() {
    output.clear();
    document_findings.clear();
    errors.clear();
    errors_not_shown = first_not_shown = last_not_shown = 0;
    lines = bad_lines = input_bytes = documents = 0;
    summary = {};
    worst.reset();
    unit.reset();
    units_differ = years_differ = false;
    fiscal_year = 0;
}

void jsonl_result::add_counts(const jsonl_result& later) {
    lines += later.lines;
    bad_lines += later.bad_lines;
    input_bytes += later.input_bytes;
    summary.projects += later.summary.projects;
    summary.errors += later.summary.errors;
    summary.warnings += later.summary.warnings;
    summary.infos += later.summary.infos;
    if (later.worst && (!worst || *later.worst > *worst)) worst = later.worst;
    if (later.documents == 0) return;
    if (documents == 0) {
        unit = later.unit;
        fiscal_year = later.fiscal_year;
    } else {
        units_differ = units_differ || later.unit != unit;
        years_differ = years_differ || later.fiscal_year != fiscal_year;
    }
    units_differ = units_differ || later.units_differ;
    years_differ = years_differ || later.years_differ;
    documents += later.documents;
}

jsonl_evaluator::jsonl_evaluator(const rule_book& rules, jsonl_output format, language lang, std::string source_name,
                                 jsonl_renderer renderer, jsonl_line_writers writers)
    : rules_(rules), format_(format), lang_(lang), source_(std::move(source_name)), renderer_(std::move(renderer)),
      writers_(std::move(writers)) {
    if (format_ == jsonl_output::rendered && !renderer_)
        throw error({"JSON Lines 的 rendered 输出需要一个 renderer", "jsonl_output::rendered needs a renderer"});
}

namespace {

// Elements of the aggregated evaluation's arrays sit at depth 2, four spaces in.
constexpr std::string_view element_separator = ",\n    ";

// How much output a result holds before it is handed over (jsonl_evaluator::evaluate).
constexpr std::size_t hand_over_size = std::size_t{1} << 16;

void append_element(std::string& out, const auto& write) {
    if (!out.empty()) out += element_separator;
    json::json_text text(out, {false, 2});
    write(text);
}

// Counts a good line's document into `out`.
void add_good_line(jsonl_result& out, const evaluation_summary& summary, std::optional<severity> worst,
                   const std::optional<std::string>& unit, int fiscal_year) {
    out.summary.projects += summary.projects;
    out.summary.errors += summary.errors;
    out.summary.warnings += summary.warnings;
    out.summary.infos += summary.infos;
    if (worst && (!out.worst || *worst > *out.worst)) out.worst = worst;
    if (out.documents == 0) {
        out.unit = unit;
        out.fiscal_year = fiscal_year;
    } else {
        out.units_differ = out.units_differ || unit != out.unit;
        out.years_differ = out.years_differ || fiscal_year != out.fiscal_year;
    }
    ++out.documents;
}

// Calls `each` on every project of the document `text`, in order. What `each`
// throws is thrown once the text is read to its end, so that it is not taken for
// an error of the text; an error of the text is placed on its line of the stream.
document each_project(std::string_view text, std::uint64_t number, std::string_view source_name,
                      const std::function<void(project&&, std::size_t)>& each) {
    std::exception_ptr failed;
    document head;
    try {
        head = read_document_projects(text, source_name, [&](project&& p, std::size_t index) {
            if (failed) return;
            try {
                each(std::move(p), index);
            } catch (...) {
                failed = std::current_exception();
            }
        });
    } catch (const error& e) {
        throw on_line(e, number, source_name);
    }
    if (failed) std::rethrow_exception(failed);
    return head;
}

}  // namespace

// As the CLI's evaluate reads a .json document: checked, counted, then written.
bool jsonl_evaluator::streamed(const jsonl_line& line) const noexcept {
    return !line.too_long && line.size > stream_over_ && (format_ != jsonl_output::rendered || writers_);
}

bool jsonl_evaluator::streams(const jsonl_batch& batch) const noexcept {
    return std::any_of(batch.lines().begin(), batch.lines().end(), [&](const jsonl_line& line) { return streamed(line); });
}

void jsonl_evaluator::evaluate_streamed(std::string_view text, std::uint64_t number, jsonl_result& out,
                                        const hand_over& give) const {
    project_validator validator;
    std::optional<error> invalid;
    std::size_t projects = 0;
    const document head = each_project(text, number, source_, [&](project&& p, std::size_t index) {
        ++projects;
        if (invalid) return;
        try {
            validator.check(p, index);
        } catch (const error& e) {
            invalid = e;
        }
    });
    validate_head(head);
    if (invalid) throw *invalid;
    std::vector<finding> findings;
    rules_.check_document(head, findings);  // the head only (rule.hpp)
    std::stable_sort(findings.begin(), findings.end(), finding_order);
    evaluation_summary summary;
    summary.projects = projects;
    std::optional<severity> worst;
    const auto count = [&](const finding& f) {
        summary.count(f);
        if (!worst || f.severity > *worst) worst = f.severity;
    };
    for (const auto& f : findings) count(f);
    (void)each_project(text, number, source_, [&](project&& p, std::size_t index) {
        for (const auto& f : evaluate_project(head, p, index, rules_).findings) count(f);
    });

    // What is written so far goes to `give` when there is enough of it (not within a project).
    const auto maybe_give = [&] {
        if (give && out.output.size() >= hand_over_size) {
            give(out);
            out.clear();
        }
    };
    switch (format_) {
    case jsonl_output::jsonl: {
        json::evaluation_stream stream([&](std::string_view piece) { out.output += piece; }, lang_, {true, number});
        stream.begin(head.unit, head.fiscal_year);
        (void)each_project(text, number, source_, [&](project&& p, std::size_t index) {
            stream.project(evaluate_project(head, p, index, rules_));
            maybe_give();
        });
        stream.end(findings, summary);
        break;
    }
    case jsonl_output::json:
        (void)each_project(text, number, source_, [&](project&& p, std::size_t index) {
            const project_evaluation e = evaluate_project(head, p, index, rules_);
            // After a hand-over the next element opens the (cleared) output: its separator is the consumer's.
            append_element(out.output, [&](json::json_text& t) { json::write_project_evaluation(t, e, lang_, number); });
            maybe_give();
        });
        for (const auto& f : findings)
            append_element(out.document_findings, [&](json::json_text& t) { json::write_finding(t, f, lang_, number); });
        break;
    case jsonl_output::rendered: {
        const auto writer = writers_(number);
        writer->head(out.output, head, findings, summary);
        (void)each_project(text, number, source_, [&](project&& p, std::size_t index) {
            writer->project(out.output, head, p, index, evaluate_project(head, p, index, rules_));
            maybe_give();
        });
        writer->tail(out.output);
        break;
    }
    }
    add_good_line(out, summary, worst, head.unit, head.fiscal_year);
}

void jsonl_evaluator::evaluate(const jsonl_batch& batch, jsonl_result& out) const { evaluate(batch, out, {}); }

void jsonl_evaluator::evaluate(const jsonl_batch& batch, jsonl_result& out, const hand_over& give) const {
    out.clear();
    out.input_bytes = batch.input_bytes();
    for (const auto& line : batch.lines()) {
        if (give && out.output.size() >= hand_over_size) {
            give(out);
            out.clear();
        }
        ++out.lines;
        const std::size_t output_mark = out.output.size(), findings_mark = out.document_findings.size();
        try {
            if (streamed(line)) {
                evaluate_streamed(batch.text(line), line.number, out, give);
                continue;
            }
            const evaluated line_result = evaluate_document(read_document_line(batch, line, source_), rules_);
            const evaluation& result = line_result.result;
            switch (format_) {
            case jsonl_output::jsonl: append_evaluation(out.output, result, lang_, {true, line.number}); break;
            case jsonl_output::json:
                for (const auto& p : result.projects)
                    append_element(out.output, [&](json::json_text& t) { json::write_project_evaluation(t, p, lang_, line.number); });
                for (const auto& f : result.findings)
                    append_element(out.document_findings, [&](json::json_text& t) { json::write_finding(t, f, lang_, line.number); });
                break;
            case jsonl_output::rendered: out.output += renderer_(line_result, line.number); break;
            }
            add_good_line(out, result.summary, result.worst(), result.unit, result.fiscal_year);
        } catch (const error& e) {
            // (A long line's errors come before any of its output is written, let alone handed over.)
            out.output.resize(std::min(output_mark, out.output.size()));
            out.document_findings.resize(std::min(findings_mark, out.document_findings.size()));
            ++out.bad_lines;
            if (out.errors.size() >= jsonl_result::max_errors) {
                if (out.errors_not_shown++ == 0) out.first_not_shown = line.number;
                out.last_not_shown = line.number;
                continue;
            }
            // Errors of the evaluation itself (a scheme it cannot use) get the line too.
            out.errors.push_back(e.where().line != 0 ? e : e.in_file(source_).at_line(line.number));
        }
    }
}

// ---- the stream ---------------------------------------------------------------------------

void evaluate_jsonl(jsonl_reader& reader, const jsonl_evaluator& evaluator, unsigned jobs,
                    const std::function<void(const jsonl_result&)>& consume) {
    if (jobs <= 1) {
        jsonl_batch batch;
        jsonl_result result;
        while (reader.next(batch)) {
            evaluator.evaluate(batch, result, consume);
            consume(result);
        }
        return;
    }

    // A ring of slots: the reader fills slot n % size, a worker evaluates it,
    // the caller's thread consumes it in order and frees it for the reader.
    struct slot {
        jsonl_batch batch;
        jsonl_result result;
        bool evaluated = false;
        bool by_consumer = false;  // a batch with a long line: evaluated as it is written
    };
    const std::size_t size = 2 * std::size_t{jobs} + 2;
    std::vector<slot> ring(size);
    std::mutex mutex;
    std::condition_variable changed;
    std::uint64_t read = 0, claimed = 0, consumed = 0;
    bool reading_done = false, stop = false;
    std::exception_ptr failure;
    const auto fail = [&](std::exception_ptr e) {
        const std::lock_guard lock(mutex);
        if (!failure) failure = std::move(e);
        stop = true;
        changed.notify_all();
    };

    std::vector<std::jthread> threads;
    threads.emplace_back([&] {
        for (;;) {
            slot* s = nullptr;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || read - consumed < size; });
                if (stop) return;
                s = &ring[read % size];
            }
            bool more = false;
            try {
                more = reader.next(s->batch);
            } catch (...) {
                fail(std::current_exception());
                return;
            }
            const std::lock_guard lock(mutex);
            if (more) {
                s->evaluated = false;
                ++read;
            } else {
                reading_done = true;
            }
            changed.notify_all();
            if (!more) return;
        }
    });
    for (unsigned j = 0; j < jobs; ++j)
        threads.emplace_back([&] {
            for (;;) {
                std::uint64_t n = 0;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stop || claimed < read || reading_done; });
                    if (stop || claimed == read) return;  // claimed == read here means the stream has ended
                    n = claimed++;
                }
                slot& s = ring[n % size];
                try {
                    s.by_consumer = evaluator.streams(s.batch);
                    if (!s.by_consumer) evaluator.evaluate(s.batch, s.result);
                } catch (...) {
                    fail(std::current_exception());
                    return;
                }
                const std::lock_guard lock(mutex);
                s.evaluated = true;
                changed.notify_all();
            }
        });
    for (;;) {
        slot* s = nullptr;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] {
                return stop || (consumed < read && ring[consumed % size].evaluated) || (reading_done && consumed == read);
            });
            if (stop || consumed == read) break;
            s = &ring[consumed % size];
        }
        try {
            if (s->by_consumer) evaluator.evaluate(s->batch, s->result, consume);
            consume(s->result);
        } catch (...) {
            fail(std::current_exception());
            break;
        }
        const std::lock_guard lock(mutex);
        s->evaluated = false;
        ++consumed;
        changed.notify_all();
    }
    threads.clear();  // joins
    if (failure) std::rethrow_exception(failure);
}

}  // namespace jixiao
