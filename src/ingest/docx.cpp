// A .docx is a zip archive; the body text is word/document.xml (WordprocessingML).
// libzip opens the archive from memory, expat streams the XML. The text comes out
// the way Word's own plain-text export writes it: one line per paragraph (w:p),
// w:tab as a tab, w:br / w:cr as a line break. Deleted text (w:delText), field
// codes (w:instrText) and the fallback copy of alternate content (mc:Fallback) are
// left out so nothing is read twice.
#include "ingest/decode.hpp"

#include <expat.h>
#include <zip.h>

#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace jixiao::ingest {
namespace {

// Far beyond any report book; a larger document.xml is a zip bomb, not a report.
constexpr zip_uint64_t max_document_xml = 256ull * 1024 * 1024;

error docx_error(std::string_view source_name, const std::string& zh, const std::string& en, std::size_t line = 0) {
    return error({zh, en}, location{std::string(source_name), line, 0, {}});
}

std::string read_document_xml(std::string_view bytes, std::string_view source_name) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
    if (!source) {
        const std::string why = zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        throw docx_error(source_name, "无法读取 .docx 压缩包：" + why, "cannot read the .docx archive: " + why);
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &zerr);
    if (!archive) {
        zip_source_free(source);
        const std::string why = zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        throw docx_error(source_name, "不是有效的 .docx（zip）文件：" + why, "not a valid .docx (zip) file: " + why);
    }
    zip_error_fini(&zerr);
    const std::unique_ptr<zip_t, void (*)(zip_t*)> guard(archive, zip_discard);

    constexpr const char* name = "word/document.xml";
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name, 0, &st) != 0)
        throw docx_error(source_name, "压缩包中没有 word/document.xml：这不是 Word 文档（.docx）",
                         "the archive has no word/document.xml: it is not a Word document (.docx)");
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > max_document_xml)
        throw docx_error(source_name, "word/document.xml 过大（超过 256 MiB）", "word/document.xml is too large (over 256 MiB)");
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (!file)
        throw docx_error(source_name, "无法打开压缩包中的 word/document.xml", "cannot open word/document.xml in the archive");
    std::string xml(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t got = zip_fread(file, xml.data(), st.size);
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
        throw docx_error(source_name, "word/document.xml 读取不完整（压缩包已损坏？）",
                         "word/document.xml could not be read in full (damaged archive?)");
    return xml;
}

// Element names arrive as "namespace-uri local-name" (XML_ParserCreateNS with ' ').
constexpr std::string_view wordml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view wordml_strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view markup_compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

struct qname {
    std::string_view ns;
    std::string_view local;
};
qname split_name(const XML_Char* name) {
    const std::string_view full(name);
    const auto space = full.find(' ');
    if (space == std::string_view::npos) return {{}, full};
    return {full.substr(0, space), full.substr(space + 1)};
}
bool is_w(const qname& q, std::string_view local) {
    return (q.ns == wordml || q.ns == wordml_strict) && q.local == local;
}

struct reader {
    std::string text;                     // finished lines, '\n'-separated
    std::vector<std::string> paragraphs;  // open w:p, innermost last (text boxes nest them)
    int in_text = 0;                      // inside w:t
    int in_run = 0;                       // inside w:r (w:tab elsewhere is a tab stop, not text)
    int skipping = 0;                     // inside mc:Fallback
    std::size_t lines = 0;                // paragraphs written so far

    std::string* current() { return paragraphs.empty() ? nullptr : &paragraphs.back(); }

    void start(const XML_Char* raw) {
        const qname q = split_name(raw);
        if (q.ns == markup_compatibility && q.local == "Fallback") { ++skipping; return; }
        if (skipping) return;
        if (is_w(q, "p")) paragraphs.emplace_back();
        else if (is_w(q, "r")) ++in_run;
        else if (is_w(q, "t")) ++in_text;
        else if (in_run && current()) {
            if (is_w(q, "tab")) *current() += '\t';
            else if (is_w(q, "br") || is_w(q, "cr")) *current() += '\n';
            else if (is_w(q, "noBreakHyphen")) *current() += '-';
        }
    }
    void end(const XML_Char* raw) {
        const qname q = split_name(raw);
        if (q.ns == markup_compatibility && q.local == "Fallback") { --skipping; return; }
        if (skipping) return;
        if (is_w(q, "p") && !paragraphs.empty()) {
            if (lines++ > 0) text += '\n';
            text += paragraphs.back();
            paragraphs.pop_back();
        } else if (is_w(q, "r")) {
            --in_run;
        } else if (is_w(q, "t")) {
            --in_text;
        }
    }
    void characters(const XML_Char* s, int length) {
        if (skipping || in_text <= 0) return;
        if (auto* p = current()) p->append(s, static_cast<std::size_t>(length));
    }
};

}  // namespace

std::string docx_text(std::string_view bytes, std::string_view source_name) {
    const std::string xml = read_document_xml(bytes, source_name);
    if (xml.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw docx_error(source_name, "word/document.xml 过大", "word/document.xml is too large");

    reader r;
    const std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, ' '),
                                                                                           XML_ParserFree);
    if (!parser) throw docx_error(source_name, "无法创建 XML 解析器", "cannot create an XML parser");
    XML_SetUserData(parser.get(), &r);
    XML_SetElementHandler(
        parser.get(),
        [](void* user, const XML_Char* name, const XML_Char**) { static_cast<reader*>(user)->start(name); },
        [](void* user, const XML_Char* name) { static_cast<reader*>(user)->end(name); });
    XML_SetCharacterDataHandler(parser.get(), [](void* user, const XML_Char* s, int length) {
        static_cast<reader*>(user)->characters(s, length);
    });
    if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
        const auto line = static_cast<std::size_t>(XML_GetCurrentLineNumber(parser.get()));
        const std::string why = XML_ErrorString(XML_GetErrorCode(parser.get()));
        throw docx_error(source_name, "word/document.xml 第 " + std::to_string(line) + " 行不是有效的 XML：" + why,
                         "word/document.xml is not valid XML at its line " + std::to_string(line) + ": " + why);
    }
    return r.text;
}

}  // namespace jixiao::ingest
