// One jixiao-evaluation/1 for a whole JSON Lines stream, written with the same
// pieces as a document's evaluation (write_evaluation.hpp).

#include "json/json_text.hpp"
#include "json/write_evaluation.hpp"

#include <jixiao/jsonl.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace jixiao {

// Text held in memory up to a limit, then in an anonymous temporary file.
class jsonl_evaluation_writer::spool {
public:
    spool() = default;
    spool(const spool&) = delete;
    spool& operator=(const spool&) = delete;
    ~spool() {
        if (file_) std::fclose(file_);
    }
    [[nodiscard]] bool empty() const { return !file_ && memory_.empty(); }
    // Appends one element of a JSON array (elements sit at depth 2, four spaces in).
    void append_element(std::string_view text) {
        memory_ += empty() ? "\n    " : ",\n    ";
        memory_ += text;
        if (memory_.size() < limit) return;
        if (!file_ && !(file_ = std::tmpfile())) fail();
        if (std::fwrite(memory_.data(), 1, memory_.size(), file_) != memory_.size()) fail();
        memory_.clear();
    }
    void copy_to(const std::function<void(std::string_view)>& write) {
        if (file_) {
            std::rewind(file_);
            std::string chunk(std::size_t{1} << 20, '\0');
            while (const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file_))
                write(std::string_view(chunk.data(), n));
            if (std::ferror(file_)) fail();
        }
        write(memory_);
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

jsonl_evaluation_writer::jsonl_evaluation_writer()
    : projects_(std::make_unique<spool>()), findings_(std::make_unique<spool>()) {}
jsonl_evaluation_writer::~jsonl_evaluation_writer() = default;

void jsonl_evaluation_writer::add(const jsonl_result& batch) {
    if (!batch.output.empty()) projects_->append_element(batch.output);
    if (!batch.document_findings.empty()) findings_->append_element(batch.document_findings);
    totals_.add_counts(batch);
}

void jsonl_evaluation_writer::finish(const std::function<void(std::string_view)>& write) {
    std::string head;
    {
        json::json_text out(head, {false, 0});
        out.begin_object();
        out.field("format", evaluation_format);
        out.key("unit");
        if (totals_.unit && !totals_.units_differ) out.string(*totals_.unit);
        else out.null();
        out.key("fiscal_year");
        if (totals_.documents > 0 && !totals_.years_differ) out.integer(totals_.fiscal_year);
        else out.null();
    }
    head += ",\n  \"projects\": [";
    write(head);
    projects_->copy_to(write);
    std::string tail = projects_->empty() ? "]" : "\n  ]";
    if (!findings_->empty()) {
        write(tail + ",\n  \"findings\": [");
        findings_->copy_to(write);
        tail = "\n  ]";
    }
    const auto& s = totals_.summary;
    tail += ",\n  \"summary\": {\n    \"projects\": " + std::to_string(s.projects) + ",\n    \"errors\": " +
            std::to_string(s.errors) + ",\n    \"warnings\": " + std::to_string(s.warnings) + ",\n    \"infos\": " +
            std::to_string(s.infos) + ",\n    \"lines\": " + std::to_string(totals_.lines) +
            ",\n    \"bad_lines\": " + std::to_string(totals_.bad_lines) + "\n  }\n}\n";
    write(tail);
}

}  // namespace jixiao
