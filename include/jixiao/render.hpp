#pragma once
// Human-readable renderings of an evaluation. Implemented in src/.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include <string>

namespace jixiao {

// Plain-text report: per project the funds table and the findings, then a
// summary line. `doc` is the document that was evaluated.
[[nodiscard]] std::string render_text(const document& doc, const evaluation& result, language lang = language::zh);

}  // namespace jixiao
