#pragma once
// Pieces of the `jixiao-evaluation/1` writer, for writers that put the
// evaluations of many documents into one text (JSON Lines, src/evaluate_lines.cpp).

#include "json/json_text.hpp"

#include <jixiao/evaluate.hpp>

#include <cstdint>
#include <optional>

namespace jixiao::json {

// One element of "projects"; `line`: the JSON Lines line it came from, written as "line".
void write_project_evaluation(json_text& out, const project_evaluation& p, language lang,
                              std::optional<std::uint64_t> line = std::nullopt);

// One element of "findings"; `line` as above.
void write_finding(json_text& out, const finding& f, language lang, std::optional<std::uint64_t> line = std::nullopt);

// The "summary" member.
void write_summary(json_text& out, const evaluation_summary& summary);

}  // namespace jixiao::json
