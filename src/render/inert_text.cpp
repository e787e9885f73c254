#include "render/inert_text.hpp"

#include <jixiao/detail/text.hpp>

#include <fmt/format.h>

namespace jixiao::detail {
namespace {

bool is_bidi_control(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool is_terminal_control(char32_t c) {
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// "-1234.50", "12", "-5.00%": what a spreadsheet reads as a number, never as a formula.
bool is_plain_number(std::string_view text) {
    std::size_t i = text.starts_with('-') ? 1 : 0;
    if (!text.empty() && text.back() == '%') text.remove_suffix(1);
    std::size_t digits = 0, points = 0;
    for (; i < text.size(); ++i) {
        if (text[i] == '.') {
            if (++points > 1 || digits == 0) return false;
        } else if (text[i] >= '0' && text[i] <= '9') {
            ++digits;
        } else {
            return false;
        }
    }
    return digits > 0 && text.back() != '.';
}

bool is_xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

std::string terminal_visible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const auto cp = next_code_point(text, pos);
        if (!cp) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[pos]));
            ++pos;
        } else if (*cp < 0x80 && is_terminal_control(*cp)) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned>(*cp));
        } else if (is_terminal_control(*cp) || is_bidi_control(*cp)) {
            out += fmt::format("<U+{:04X}>", static_cast<unsigned>(*cp));
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

bool needs_terminal_escape(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto cp = next_code_point(text, pos);
        if (!cp || is_terminal_control(*cp) || is_bidi_control(*cp)) return true;
    }
    return false;
}

std::string csv_cell(std::string_view text) {
    std::string value;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
        !is_plain_number(text))
        value = "'";
    value += text;
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string html_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string xml_text(std::string_view text, std::size_t& replaced) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const auto cp = next_code_point(text, pos);
        if (!cp) ++pos;
        if (!cp || (!is_xml_char(*cp) && *cp != '\r')) {
            append_utf8(out, 0xFFFD);
            ++replaced;
            continue;
        }
        // _xHHHH_ would be read back as the character U+HHHH: its underscore is escaped.
        if (*cp == '_' && text.size() - start >= 7 && text[start + 1] == 'x' && is_hex(text[start + 2]) &&
            is_hex(text[start + 3]) && is_hex(text[start + 4]) && is_hex(text[start + 5]) && text[start + 6] == '_') {
            out += "_x005F_";
            continue;
        }
        // A carriage return (XML would fold it away) becomes the line break it means.
        if (*cp == '\r') {
            if (pos >= text.size() || text[pos] != '\n') out += '\n';
            continue;
        }
        out.append(text.substr(start, pos - start));
    }
    return out;
}

}  // namespace jixiao::detail
