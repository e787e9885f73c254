#pragma once
// A small, fast JSON writer for jixiao's outputs: 2-space indentation, one
// key or element per line, strings escaped per RFC 8259 (non-ASCII text is
// written as UTF-8, not as \u escapes, so Chinese stays readable).

#include <jixiao/detail/text.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json {

// Appends `s` as a JSON string literal. Bytes that are not UTF-8 become
// U+FFFD, so the output is valid JSON whatever the model holds.
inline void append_quoted(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0;  // start of the run not yet copied
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) { ++i; continue; }
        if (c >= 0x80) {
            std::size_t next = i;
            if (detail::next_code_point(s, next)) { i = next; continue; }
            out.append(s.data() + plain, i - plain);
            out += "\xEF\xBF\xBD";
            plain = ++i;
            continue;
        }
        out.append(s.data() + plain, i - plain);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        plain = ++i;
    }
    out.append(s.data() + plain, s.size() - plain);
    out += '"';
}

class json_text {
public:
    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    json_text& key(std::string_view k) {
        element();
        append_quoted(out_, k);
        out_ += ": ";
        after_key_ = true;
        return *this;
    }

    void string(std::string_view s) { element(); append_quoted(out_, s); }
    void null() { element(); out_ += "null"; }
    void boolean(bool b) { element(); out_ += b ? "true" : "false"; }
    void integer(std::int64_t n) { element(); out_ += std::to_string(n); }
    // Already valid JSON (an "x" value as stored), written as is.
    void raw(std::string_view json) { element(); out_ += json; }

    // Shorthands for the common "key": value lines.
    void field(std::string_view k, std::string_view s) { key(k).string(s); }
    void field(std::string_view k, const char* s) { key(k).string(s); }
    void field_integer(std::string_view k, std::int64_t n) { key(k).integer(n); }

    // The text, ending in a newline.
    [[nodiscard]] std::string finish() && {
        out_ += '\n';
        return std::move(out_);
    }

private:
    // Before a value or key: the comma and line break, unless it follows its key.
    void element() {
        if (after_key_) { after_key_ = false; return; }
        if (has_elements_.empty()) return;
        if (has_elements_.back()) out_ += ',';
        has_elements_.back() = true;
        out_ += '\n';
        out_.append(2 * has_elements_.size(), ' ');
    }
    void open(char bracket) {
        element();
        out_ += bracket;
        has_elements_.push_back(false);
    }
    void close(char bracket) {
        const bool had = has_elements_.back();
        has_elements_.pop_back();
        if (had) {
            out_ += '\n';
            out_.append(2 * has_elements_.size(), ' ');
        }
        out_ += bracket;
    }

    std::string out_;
    std::vector<bool> has_elements_;  // per open container: has it an element yet?
    bool after_key_ = false;
};

}  // namespace jixiao::json
