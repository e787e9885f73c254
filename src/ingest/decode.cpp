// Decoding a report book's bytes: UTF-8, GB18030, UTF-16 with BOM, or .docx.
// The encoding is never guessed silently: decode_report says which one it used,
// and bytes that are neither UTF-8 nor GB18030 are an error that points at the
// first bad byte.
#include "ingest/decode.hpp"
#include "ingest/pinyin_glosses.hpp"
#include "ingest/traditional.hpp"

#include <jixiao/detail/text.hpp>

#include <cerrno>
#include <iconv.h>

#include <algorithm>
#include <optional>

namespace jixiao {
namespace {

// Offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> first_bad_utf8(std::string_view bytes) {
    for (std::size_t pos = 0; pos < bytes.size();) {
        const std::size_t at = pos;
        if (!detail::next_code_point(bytes, pos)) return at;
    }
    return std::nullopt;
}

std::size_t line_of(std::string_view bytes, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

struct conversion {
    std::string text;
    std::optional<std::size_t> bad_offset;  // set when the input does not convert
};

// `from` → UTF-8 through POSIX iconv (glibc knows GB18030 and UTF-16).
conversion convert(std::string_view bytes, const char* from) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw error({std::string("本机的 iconv 不支持 ") + from + " 编码", std::string("this system's iconv cannot convert ") + from});
    conversion out;
    std::string buffer(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    std::size_t used = 0;
    while (in_left > 0) {
        char* dst = buffer.data() + used;
        std::size_t out_left = buffer.size() - used;
        const std::size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
        used = static_cast<std::size_t>(dst - buffer.data());
        if (r != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        // EILSEQ (invalid sequence) or EINVAL (truncated at the end).
        out.bad_offset = static_cast<std::size_t>(in - bytes.data());
        break;
    }
    iconv_close(cd);
    buffer.resize(used);
    out.text = std::move(buffer);
    return out;
}

// A NUL in decoded text means the bytes were something else (UTF-16 without BOM).
void refuse_nul(const std::string& text, std::string_view encoding, std::string_view source_name) {
    const auto nul = text.find('\0');
    if (nul == std::string::npos) return;
    throw error({"按 " + std::string(encoding) + " 解码后含有 NUL 字符（可能是没有字节顺序标记的 UTF-16）；请在 Word 中另存为 UTF-8 纯文本",
                 "decoded as " + std::string(encoding) +
                     " the text contains NUL characters (UTF-16 without a byte-order mark?); save it from Word as UTF-8 plain text"},
                location{std::string(source_name), line_of(text, nul), 0, {}});
}

decoded_report utf16(std::string_view bytes, const char* from, std::string encoding, std::string_view source_name) {
    auto converted = convert(bytes.substr(2), from);
    if (converted.bad_offset) {
        const std::size_t offset = *converted.bad_offset + 2;
        throw error({"文件以 " + encoding + " 的字节顺序标记开头，但第 " + std::to_string(offset) + " 字节（从 0 起）处不是有效的 UTF-16",
                     "the file starts with a " + encoding + " byte-order mark but is not valid UTF-16 at byte offset " +
                         std::to_string(offset)},
                    location{std::string(source_name), 0, 0, {}});
    }
    refuse_nul(converted.text, encoding, source_name);
    return {std::move(converted.text), std::move(encoding)};
}

decoded_report decode_bytes(std::string_view bytes, std::string_view source_name) {
    if (ingest::looks_like_zip(bytes)) return {ingest::docx_text(bytes, source_name), "docx"};
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE)
        return utf16(bytes, "UTF-16LE", "UTF-16LE (BOM)", source_name);
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF)
        return utf16(bytes, "UTF-16BE", "UTF-16BE (BOM)", source_name);

    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (bytes.starts_with(bom)) {
        // A BOM is the writer's own statement of the encoding: bad bytes after it are an
        // error, not a reason to try GB18030.
        const auto body = bytes.substr(bom.size());
        if (const auto bad = first_bad_utf8(body)) {
            const std::size_t offset = *bad + bom.size();
            throw error({"文件以 UTF-8 字节顺序标记开头，但第 " + std::to_string(offset) + " 字节（从 0 起）处不是有效的 UTF-8",
                         "the file starts with a UTF-8 byte-order mark but is not valid UTF-8 at byte offset " +
                             std::to_string(offset)},
                        location{std::string(source_name), line_of(bytes, offset), 0, {}});
        }
        std::string text(body);
        refuse_nul(text, "UTF-8", source_name);
        return {std::move(text), "UTF-8 (BOM)"};
    }

    const auto bad_utf8 = first_bad_utf8(bytes);
    if (!bad_utf8) {
        std::string text(bytes);
        refuse_nul(text, "UTF-8", source_name);
        return {std::move(text), "UTF-8"};
    }
    auto gb = convert(bytes, "GB18030");
    if (!gb.bad_offset) {
        refuse_nul(gb.text, "GB18030", source_name);
        return {std::move(gb.text), "GB18030"};
    }
    const std::size_t u = *bad_utf8, g = *gb.bad_offset;
    const std::size_t lu = line_of(bytes, u), lg = line_of(bytes, g);
    throw error({"既不是 UTF-8（第 " + std::to_string(lu) + " 行、第 " + std::to_string(u) + " 字节处无效）也不是 GB18030（第 " +
                     std::to_string(lg) + " 行、第 " + std::to_string(g) +
                     " 字节处无效，字节从 0 起计）；请在 Word 中“另存为”纯文本并选择 UTF-8 编码，或直接提供 .docx 文件",
                 "neither UTF-8 (invalid byte at offset " + std::to_string(u) + ", line " + std::to_string(lu) +
                     ") nor GB18030 (invalid byte at offset " + std::to_string(g) + ", line " + std::to_string(lg) +
                     "; offsets count from 0); save the report from Word as plain text in UTF-8, or give the .docx itself"},
                location{std::string(source_name), lu, 0, {}});
}

}  // namespace

decoded_report decode_report(std::string_view bytes, std::string_view source_name) {
    decoded_report decoded = decode_bytes(bytes, source_name);
    if (auto plain = ingest::without_pinyin_glosses(decoded.text)) {
        decoded.text = std::move(*plain);
        decoded.encoding += ", pinyin readings after characters left out";
    }
    if (auto simplified = ingest::simplified_if_traditional(decoded.text)) {
        decoded.text = std::move(*simplified);
        decoded.encoding += ", traditional characters read as simplified";
    }
    return decoded;
}

}  // namespace jixiao
