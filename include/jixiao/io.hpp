#pragma once
// Reading and writing the JSON formats (format.md). Implemented in src/.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include <string>
#include <string_view>

namespace jixiao {

// Reads a `jixiao/1` document. `source_name` (usually the file name) starts
// every error message; errors name the JSON path (or line and column for
// malformed JSON) and what was expected. Throws jixiao::error.
[[nodiscard]] document read_document(std::string_view json, std::string_view source_name = {});

// Reads a file; errors name it.
[[nodiscard]] document read_document_file(const std::string& path);

// The canonical `jixiao/1` text of a document (2-space indentation, keys in
// format.md order, amounts as "108200.00"). read → write → read is lossless.
[[nodiscard]] std::string write_document(const document& doc);

// The `jixiao-evaluation/1` text of an evaluation; messages in `lang`.
[[nodiscard]] std::string write_evaluation(const evaluation& result, language lang = language::zh);

}  // namespace jixiao
