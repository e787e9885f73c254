#pragma once
// Internal pieces of decode_report (jixiao/ingest.hpp).

#include <jixiao/ingest.hpp>

#include <string>
#include <string_view>

namespace jixiao::ingest {

// The text of word/document.xml in a .docx: one line per paragraph. Throws
// jixiao::error naming `source_name` when the archive or the XML is unreadable.
[[nodiscard]] std::string docx_text(std::string_view bytes, std::string_view source_name);

// True when `bytes` start like a zip archive (a .docx is one).
[[nodiscard]] inline bool looks_like_zip(std::string_view bytes) noexcept {
    return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

}  // namespace jixiao::ingest
