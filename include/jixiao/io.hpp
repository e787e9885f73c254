#pragma once
// Reading and writing the JSON formats: `jixiao/1` documents and
// `jixiao-evaluation/1` results (both described in the README, "The jixiao/1
// format"). Implemented in src/json/.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// Reads a `jixiao/1` document. `source_name` (usually the file name) starts
/// every error message; errors name the JSON path (or line and column for
/// malformed JSON; columns count characters) and what was expected. Throws
/// jixiao::error, whatever the bytes.
///
/// Strict where a typo could lose data: unknown keys, duplicate keys, duplicate
/// project or policy ids, negative amounts, JSON numbers with a fraction or an
/// exponent where an exact value is needed, and nesting deeper than 100 levels
/// are refused. A UTF-8 byte order mark is skipped. "x" is allowed in every
/// object and kept as written (minified).
///
///     const jixiao::document doc = jixiao::read_document(text, "book.json");
[[nodiscard]] document read_document(std::string_view json, std::string_view source_name = {});

/// What read_document_projects hands each project to, with its index.
using project_visitor = std::function<void(project&&, std::size_t index)>;

/// Reads a `jixiao/1` document as read_document() does, checking all of it, but
/// hands each project to `each` as it is read, in order, instead of keeping it:
/// the document returned has no projects. For documents too large to hold whole.
/// The projects may come before the scheme or the policies in the text, so a
/// caller that needs those with each project reads the text twice. Throws as
/// read_document(), and whatever `each` throws.
[[nodiscard]] document read_document_projects(std::string_view json, std::string_view source_name,
                                              const project_visitor& each);

/// Reads a `jixiao/1` file; errors name it. Throws jixiao::error.
[[nodiscard]] document read_document_file(const std::string& path);

/// Reads one policy object written on its own (the shape of an entry of a
/// document's `policies`), as `jixiao split` accepts it. Errors as read_document's.
[[nodiscard]] policy read_policy(std::string_view json, std::string_view source_name = {});

/// The canonical `jixiao/1` text of a document (2-space indentation, keys in
/// the order the README's format example shows, amounts as "108200.00", shares
/// as "35%" when that is exact to 6 decimals and as "1/3" otherwise, reported
/// rates at their printed precision). read → write → read gives an equal
/// document; write → read → write gives the same bytes.
[[nodiscard]] std::string write_document(const document& doc);

/// The `jixiao-evaluation/1` text of an evaluation; messages in `lang`. Every
/// key is written (null where there is no value), except the document-level
/// findings, which appear only when there are some.
///
///     std::cout << jixiao::write_evaluation(jixiao::evaluate(doc), jixiao::language::en);
[[nodiscard]] std::string write_evaluation(const evaluation& result, language lang = language::zh);

/// How append_evaluation lays the evaluation out.
struct evaluation_layout {
    bool compact = false;                     ///< one line, no spaces (JSON Lines), still ending in a newline
    std::optional<std::uint64_t> line;        ///< the JSON Lines line the document came from, written as "line"
};

/// Appends the `jixiao-evaluation/1` text of an evaluation to `out`: the same
/// text as write_evaluation, or, compact, the same JSON on one line.
void append_evaluation(std::string& out, const evaluation& result, language lang, const evaluation_layout& layout);

}  // namespace jixiao
