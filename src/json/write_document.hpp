#pragma once
// The canonical `jixiao/1` text of a document written a project at a time, so
// that a document of many projects is never held whole (`jixiao format`,
// `jixiao ingest`): begin() with the document's head, project() for each project
// in order, then end(). The text goes to `sink` in pieces; together they are the
// bytes of write_document (io.hpp).

#include "json/json_text.hpp"

#include <jixiao/document.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace jixiao::json {

class document_stream {
public:
    using sink = std::function<void(std::string_view)>;
    explicit document_stream(sink to);
    void begin(const document& head);  // everything before the projects; head.projects is not looked at
    void project(const jixiao::project& p);
    void end(const document& head);  // the document's x, and the closing brace and newline

private:
    void pass_on();
    sink to_;
    std::string text_;
    json_text out_;
};

}  // namespace jixiao::json
