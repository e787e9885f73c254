#pragma once
// Helpers for the reader and writer tests: small documents and the message of
// the error reading them gives.

#include <jixiao/io.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace jixiao::testing {

// A minimal valid document around the given projects (JSON text of the
// array's elements) with `extra` top-level members before "projects".
inline std::string book(std::string_view projects, std::string_view extra = {}) {
    return std::string(R"({"format": "jixiao/1", "fiscal_year": 2023, )") + std::string(extra) + R"("projects": [)" +
           std::string(projects) + "]}";
}

// A book with one project holding `members` after its id and name.
inline std::string project_book(std::string_view members) {
    return book(std::string(R"({"id": "p01", "name": "n", )") + std::string(members) + "}");
}

// The message reading `json` as book.json fails with, or "(no error)".
inline std::string read_error(std::string_view json, language lang = language::en) {
    try {
        (void)read_document(json, "book.json");
    } catch (const error& e) {
        return e.describe(lang);
    }
    return "(no error)";
}

inline std::string seed_path() { return std::string(JIXIAO_SOURCE_DIR "/examples/data/renhe-hrss-2023.json"); }

inline std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace jixiao::testing
