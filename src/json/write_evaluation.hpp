#pragma once
// Pieces of the `jixiao-evaluation/1` writer, for writers that put the
// evaluations of many documents into one text (JSON Lines, src/evaluate_lines.cpp).

#include "json/json_text.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace jixiao::json {

// One element of "projects"; `line`: the JSON Lines line it came from, written as "line".
void write_project_evaluation(json_text& out, const project_evaluation& p, language lang,
                              std::optional<std::uint64_t> line = std::nullopt);

// One element of "findings"; `line` as above.
void write_finding(json_text& out, const finding& f, language lang, std::optional<std::uint64_t> line = std::nullopt);

// The "summary" member.
void write_summary(json_text& out, const evaluation_summary& summary);

// The `jixiao-evaluation/1` text of one document written a project at a time,
// so that the evaluation of many projects is never held whole: begin(), then
// project() for each project in order, then end(). The text goes to `sink` in
// pieces; together they are the bytes of append_evaluation (io.hpp).
class evaluation_stream {
public:
    using sink = std::function<void(std::string_view)>;
    evaluation_stream(sink to, language lang, const evaluation_layout& layout = {});
    void begin(const std::optional<std::string>& unit, int fiscal_year);
    void project(const project_evaluation& p);
    // The document-level findings (written only when there are some), the summary and the closing newline.
    void end(const std::vector<finding>& findings, const evaluation_summary& summary);

private:
    void pass_on();
    sink to_;
    language lang_;
    std::optional<std::uint64_t> line_;
    std::string text_;
    json_text out_;
};

}  // namespace jixiao::json
