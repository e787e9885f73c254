// A .docx is a zip archive; the body text is word/document.xml (WordprocessingML).
// libzip opens the archive from memory, expat streams the XML. The text comes out
// the way Word's own plain-text export writes it: one line per paragraph (w:p),
// w:tab as a tab, w:br / w:cr as a line break. Read as Word shows it with tracked
// changes accepted: insertions in, deletions (w:del) and the old place of moved
// text (w:moveFrom) out; hidden text (w:vanish) out; field codes (w:instrText)
// and the fallback copy of alternate content (mc:Fallback) out, so nothing is
// read twice. Refused: a DOCTYPE (entities could change the text), a second
// word/document.xml entry (which one Word reads is not ours to guess), and XML
// that inflates beyond what any Word file does (a zip bomb).
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
constexpr zip_uint64_t max_document_xml = 64ull * 1024 * 1024;
// Word's XML deflates to about a tenth of its size; a ratio above this one is
// made to exhaust memory, not to hold a report (checked beyond 1 MiB).
constexpr zip_uint64_t max_inflation = 100;
constexpr zip_uint64_t inflation_checked_from = 1024 * 1024;

error docx_error(std::string_view source_name, const std::string& zh, const std::string& en, std::size_t line = 0) {
    return error({zh, en}, location{std::string(source_name), line, 0, {}});
}

using archive_ptr = std::unique_ptr<zip_t, void (*)(zip_t*)>;
using entry_ptr = std::unique_ptr<zip_file_t, int (*)(zip_file_t*)>;

archive_ptr open_archive(std::string_view bytes, std::string_view source_name) {
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
    return {archive, zip_discard};
}

constexpr const char* main_part = "word/document.xml";

// The main part, opened for reading, after the checks against zip bombs and a second main part.
entry_ptr open_main_part(zip_t* archive, std::string_view source_name) {
    zip_int64_t index = -1;
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        if (!name || std::string_view(name) != main_part) continue;
        if (index >= 0)
            throw docx_error(source_name, "压缩包中有两个 word/document.xml：无法确定 Word 显示的是哪一个",
                             "the archive holds word/document.xml twice: which one Word shows cannot be known");
        index = i;
    }
    if (index < 0)
        throw docx_error(source_name, "压缩包中没有 word/document.xml：这不是 Word 文档（.docx）",
                         "the archive has no word/document.xml: it is not a Word document (.docx)");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size > max_document_xml)
        throw docx_error(source_name, "word/document.xml 过大（超过 64 MiB）", "word/document.xml is too large (over 64 MiB)");
    if (st.size > inflation_checked_from &&
        (!(st.valid & ZIP_STAT_COMP_SIZE) || st.size / max_inflation > st.comp_size))
        throw docx_error(source_name,
                         "word/document.xml 解压后膨胀超过 " + std::to_string(max_inflation) + " 倍：这不是真实的 Word 文件（压缩炸弹？）",
                         "word/document.xml inflates more than " + std::to_string(max_inflation) +
                             " times: no real Word file does (a zip bomb?)");
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
    if (!file)
        throw docx_error(source_name, "无法打开压缩包中的 word/document.xml", "cannot open word/document.xml in the archive");
    return {file, zip_fclose};
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
    int skipping = 0;                     // inside mc:Fallback, w:del or w:moveFrom
    int in_paragraph_properties = 0;      // inside w:pPr (its w:rPr is the paragraph mark's)
    bool hidden_run = false;              // the current run has w:vanish
    std::size_t lines = 0;                // paragraphs written so far

    std::string* current() { return paragraphs.empty() ? nullptr : &paragraphs.back(); }

    static bool skipped(const qname& q) {
        return (q.ns == markup_compatibility && q.local == "Fallback") || is_w(q, "del") || is_w(q, "moveFrom");
    }
    // w:vanish, or w:vanish w:val="true"; w:val="false" (or 0, off) switches it off.
    static bool on(const XML_Char** attributes) {
        for (std::size_t i = 0; attributes && attributes[i]; i += 2)
            if (split_name(attributes[i]).local == "val") {
                const std::string_view v(attributes[i + 1]);
                return !(v == "false" || v == "0" || v == "off");
            }
        return true;
    }

    void start(const XML_Char* raw, const XML_Char** attributes) {
        const qname q = split_name(raw);
        if (skipped(q)) { ++skipping; return; }
        if (skipping) return;
        if (is_w(q, "p")) paragraphs.emplace_back();
        else if (is_w(q, "pPr")) ++in_paragraph_properties;
        else if (is_w(q, "vanish")) {
            if (in_run && !in_paragraph_properties) hidden_run = on(attributes);
        }
        else if (is_w(q, "r")) { ++in_run; hidden_run = false; }
        else if (is_w(q, "t")) ++in_text;
        else if (in_run && current() && !hidden_run) {
            if (is_w(q, "tab")) *current() += '\t';
            else if (is_w(q, "br") || is_w(q, "cr")) *current() += '\n';
            else if (is_w(q, "noBreakHyphen")) *current() += '-';
        }
    }
    void end(const XML_Char* raw) {
        const qname q = split_name(raw);
        if (skipped(q)) { --skipping; return; }
        if (skipping) return;
        if (is_w(q, "pPr")) { --in_paragraph_properties; return; }
        if (is_w(q, "p") && !paragraphs.empty()) {
            if (lines++ > 0) text += '\n';
            text += paragraphs.back();
            paragraphs.pop_back();
        } else if (is_w(q, "r")) {
            --in_run;
            hidden_run = false;
        } else if (is_w(q, "t")) {
            --in_text;
        }
    }
    void characters(const XML_Char* s, int length) {
        if (skipping || in_text <= 0 || hidden_run) return;
        if (auto* p = current()) p->append(s, static_cast<std::size_t>(length));
    }
};

}  // namespace

std::string docx_text(std::string_view bytes, std::string_view source_name) {
    const archive_ptr archive = open_archive(bytes, source_name);
    const entry_ptr file = open_main_part(archive.get(), source_name);

    reader r;
    bool doctype = false;
    struct context {
        reader* r;
        bool* doctype;
        XML_Parser parser;
    };
    const std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, ' '),
                                                                                           XML_ParserFree);
    if (!parser) throw docx_error(source_name, "无法创建 XML 解析器", "cannot create an XML parser");
    context c{&r, &doctype, parser.get()};
    XML_SetUserData(parser.get(), &c);
    XML_SetElementHandler(
        parser.get(),
        [](void* user, const XML_Char* name, const XML_Char** attributes) {
            static_cast<context*>(user)->r->start(name, attributes);
        },
        [](void* user, const XML_Char* name) { static_cast<context*>(user)->r->end(name); });
    XML_SetCharacterDataHandler(parser.get(), [](void* user, const XML_Char* s, int length) {
        static_cast<context*>(user)->r->characters(s, length);
    });
    // Word never writes a DOCTYPE; its entities could put text in that Word would not show.
    XML_SetStartDoctypeDeclHandler(parser.get(), [](void* user, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* ctx = static_cast<context*>(user);
        *ctx->doctype = true;
        XML_StopParser(ctx->parser, XML_FALSE);
    });
    // Streamed: the inflated XML is never held whole.
    std::string chunk(1 << 16, '\0');
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0)
            throw docx_error(source_name, "word/document.xml 读取不完整（压缩包已损坏？）",
                             "word/document.xml could not be read in full (damaged archive?)");
        const bool last = got == 0;
        if (XML_Parse(parser.get(), chunk.data(), static_cast<int>(got), last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
            if (doctype)
                throw docx_error(source_name, "word/document.xml 含有 DOCTYPE 声明：Word 不会写出它，拒绝读取",
                                 "word/document.xml has a DOCTYPE declaration, which Word never writes: refused");
            const auto line = static_cast<std::size_t>(XML_GetCurrentLineNumber(parser.get()));
            const std::string why = XML_ErrorString(XML_GetErrorCode(parser.get()));
            throw docx_error(source_name, "word/document.xml 第 " + std::to_string(line) + " 行不是有效的 XML：" + why,
                             "word/document.xml is not valid XML at its line " + std::to_string(line) + ": " + why);
        }
        if (last) break;
    }
    return r.text;
}

}  // namespace jixiao::ingest
