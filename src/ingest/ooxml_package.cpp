// Zip parts through libzip (from memory), XML through expat, with the defences of
// ooxml_package.hpp.
#include "ingest/ooxml_package.hpp"

#include <expat.h>
#include <zip.h>

#include <exception>
#include <limits>

namespace jixiao::ingest {
namespace {

// Far beyond any form or report; a larger part is a zip bomb.
constexpr zip_uint64_t max_part_size = 256ull * 1024 * 1024;

error package_error(std::string_view source_name, const std::string& zh, const std::string& en) {
    return error({zh, en}, location::of_file(std::string(source_name)));
}

std::string_view local_name(const XML_Char* name) {
    const std::string_view full(name);
    const auto space = full.rfind(' ');
    return space == std::string_view::npos ? full : full.substr(space + 1);
}

struct parse_state {
    xml_events* events = nullptr;
    XML_Parser parser = nullptr;
    bool doctype = false;
    std::exception_ptr failure;

    void stop() { XML_StopParser(parser, XML_FALSE); }
};

}  // namespace

struct ooxml_package::impl {
    zip_t* archive = nullptr;
};

ooxml_package::ooxml_package(std::string_view bytes, std::string source_name)
    : impl_(std::make_unique<impl>()), source_name_(std::move(source_name)) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zerr) : nullptr;
    if (!archive) {
        if (source) zip_source_free(source);
        const std::string why = zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        throw package_error(source_name_, "不是有效的 zip 压缩包（.xlsx/.docx）：" + why,
                            "not a valid zip archive (.xlsx/.docx): " + why);
    }
    zip_error_fini(&zerr);
    impl_->archive = archive;
}

ooxml_package::~ooxml_package() {
    if (impl_ && impl_->archive) zip_discard(impl_->archive);
}

bool ooxml_package::has(const std::string& part) const {
    return zip_name_locate(impl_->archive, part.c_str(), 0) >= 0;
}

std::string ooxml_package::read(const std::string& part) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(impl_->archive, part.c_str(), 0, &st) != 0)
        throw package_error(source_name_, "压缩包中没有 " + part, "the archive has no " + part);
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > max_part_size)
        throw package_error(source_name_, part + " 过大（超过 256 MiB）", part + " is too large (over 256 MiB)");
    zip_file_t* file = zip_fopen(impl_->archive, part.c_str(), 0);
    if (!file) throw package_error(source_name_, "无法打开压缩包中的 " + part, "cannot open " + part + " in the archive");
    std::string bytes(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t got = st.size == 0 ? 0 : zip_fread(file, bytes.data(), st.size);
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
        throw package_error(source_name_, part + " 读取不完整（压缩包已损坏？）",
                            part + " could not be read in full (damaged archive?)");
    return bytes;
}

const char* xml_attribute(const char** attributes, std::string_view name) {
    for (std::size_t i = 0; attributes && attributes[i]; i += 2)
        if (local_name(attributes[i]) == name) return attributes[i + 1];
    return nullptr;
}

void parse_xml(const std::string& xml, xml_events& events, std::string_view part, std::string_view source_name) {
    if (xml.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw package_error(source_name, std::string(part) + " 过大", std::string(part) + " is too large");
    const std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, ' '),
                                                                                           XML_ParserFree);
    if (!parser) throw package_error(source_name, "无法创建 XML 解析器", "cannot create an XML parser");
    parse_state state{&events, parser.get(), false, nullptr};
    XML_SetUserData(parser.get(), &state);
    // No DOCTYPE: Office never writes one, and without it no entity can be declared.
    XML_SetStartDoctypeDeclHandler(parser.get(), [](void* user, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* s = static_cast<parse_state*>(user);
        s->doctype = true;
        s->stop();
    });
    // Exceptions must not cross expat's C frames: kept, the parser stopped, rethrown below.
    XML_SetElementHandler(
        parser.get(),
        [](void* user, const XML_Char* name, const XML_Char** attributes) {
            auto* s = static_cast<parse_state*>(user);
            try {
                s->events->start(local_name(name), attributes);
            } catch (...) {
                s->failure = std::current_exception();
                s->stop();
            }
        },
        [](void* user, const XML_Char* name) {
            auto* s = static_cast<parse_state*>(user);
            try {
                s->events->end(local_name(name));
            } catch (...) {
                s->failure = std::current_exception();
                s->stop();
            }
        });
    XML_SetCharacterDataHandler(parser.get(), [](void* user, const XML_Char* chars, int length) {
        auto* s = static_cast<parse_state*>(user);
        try {
            s->events->text(std::string_view(chars, static_cast<std::size_t>(length)));
        } catch (...) {
            s->failure = std::current_exception();
            s->stop();
        }
    });
    const auto status = XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE);
    if (state.failure) std::rethrow_exception(state.failure);
    if (state.doctype)
        throw package_error(source_name, std::string(part) + " 含有 DOCTYPE 声明：Office 文件从不包含它，出于安全不予读取",
                            std::string(part) + " has a DOCTYPE declaration: Office files never do, and it is refused for safety");
    if (status == XML_STATUS_ERROR) {
        const auto line = static_cast<std::size_t>(XML_GetCurrentLineNumber(parser.get()));
        const std::string why = XML_ErrorString(XML_GetErrorCode(parser.get()));
        throw package_error(source_name,
                            std::string(part) + " 第 " + std::to_string(line) + " 行不是有效的 XML：" + why,
                            std::string(part) + " is not valid XML at its line " + std::to_string(line) + ": " + why);
    }
}

}  // namespace jixiao::ingest
