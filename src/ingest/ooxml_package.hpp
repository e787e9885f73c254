#pragma once
// The parts of an Office Open XML package (.xlsx, .docx): a zip archive of XML
// files. Read with the same defences as the report-book .docx reader: a size
// limit per part (a larger part is a zip bomb, not a form) and no DOCTYPE, so no
// entity can expand or reach outside the file.

#include <jixiao/error.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace jixiao::ingest {

class ooxml_package {
public:
    // Throws jixiao::error naming `source_name` when the bytes are not a zip archive.
    ooxml_package(std::string_view bytes, std::string source_name);
    ~ooxml_package();
    ooxml_package(const ooxml_package&) = delete;
    ooxml_package& operator=(const ooxml_package&) = delete;

    [[nodiscard]] bool has(const std::string& part) const;
    // The bytes of `part`; throws when it is missing, too large or damaged.
    [[nodiscard]] std::string read(const std::string& part) const;
    [[nodiscard]] const std::string& source_name() const noexcept { return source_name_; }

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::string source_name_;
};

// What an XML part's reader is told, element by element. Names are local names
// (the namespace dropped); attribute values are looked up by local name.
class xml_events {
public:
    virtual ~xml_events() = default;
    virtual void start(std::string_view name, const char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view chars) = 0;
};

// The value of the attribute whose local name is `name`, or nullptr.
[[nodiscard]] const char* xml_attribute(const char** attributes, std::string_view name);

// Streams `xml` (the part `part` of the package) to `events`. A DOCTYPE, an XML
// error or an exception thrown by `events` stops it; jixiao::error names the part.
void parse_xml(const std::string& xml, xml_events& events, std::string_view part, std::string_view source_name);

}  // namespace jixiao::ingest
