#pragma once
// A small, fast JSON writer for jixiao's outputs: 2-space indentation, one
// key or element per line, strings escaped per RFC 8259 (non-ASCII text is
// written as UTF-8, not as \u escapes, so Chinese stays readable).

#include <jixiao/detail/text.hpp>

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json {

// The escape sequence of an ASCII character JSON does not allow in a string as it is.
inline void append_escape(std::string& out, unsigned char c) {
    static constexpr char hex[] = "0123456789abcdef";
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
}

namespace scan {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

// The first byte at or after `from` that JSON does not allow in a string as
// it is (a control character, '"' or '\\') or, with `stop_at_high`, that is
// not ASCII; s.size() when there is none. Eight bytes at a time: a byte is
// flagged by borrows that only the lowest flag gets right, which is the one used.
[[nodiscard]] inline std::size_t find_special(std::string_view s, std::size_t from, bool stop_at_high) {
    const std::uint64_t high_mask = stop_at_high ? highs : 0;
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        const std::uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
        const std::uint64_t flags =
            (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | (x & high_mask)) &
            highs;
        if (flags) return i + static_cast<std::size_t>(__builtin_ctzll(flags) >> 3);
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\' || (stop_at_high && c >= 0x80)) return i;
    }
    return s.size();
}

}  // namespace scan

// append_quoted for text that is not valid UTF-8: character by character, bad bytes as U+FFFD.
inline void append_quoted_checked(std::string& out, std::string_view s) {
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
        append_escape(out, c);
        plain = ++i;
    }
    out.append(s.data() + plain, s.size() - plain);
    out += '"';
}

// Appends `s` as a JSON string literal. Bytes that are not UTF-8 become
// U+FFFD, so the output is valid JSON whatever the model holds.
inline void append_quoted(std::string& out, std::string_view s) {
    std::size_t stop = scan::find_special(s, 0, true);
    out += '"';
    if (stop == s.size()) {  // plain ASCII, as keys, ids and figures are: as it is
        out += s;
        out += '"';
        return;
    }
    // Valid UTF-8 — all text the reader gives, and nearly all else — needs
    // only its ASCII quotes, backslashes and control characters escaped; the
    // SIMD check is much faster than decoding Chinese text character by character.
    if (!simdjson::validate_utf8(s.data() + stop, s.size() - stop)) {  // the bytes before are ASCII
        out.pop_back();
        append_quoted_checked(out, s);
        return;
    }
    if (static_cast<unsigned char>(s[stop]) >= 0x80) stop = scan::find_special(s, stop, false);
    for (std::size_t plain = 0;;) {
        out.append(s.data() + plain, stop - plain);
        if (stop == s.size()) break;
        append_escape(out, static_cast<unsigned char>(s[stop]));
        plain = stop + 1;
        stop = scan::find_special(s, plain, false);
    }
    out += '"';
}

// How a json_text lays its text out.
struct json_layout {
    bool compact = false;   // one line, no spaces: JSON Lines
    std::size_t depth = 0;  // indentation the text starts at (a fragment of a larger document)
};

class json_text {
public:
    json_text() : out_(&own_) {}
    // Appends to `out` instead of building its own text.
    explicit json_text(std::string& out, json_layout layout = {}) : out_(&out), layout_(layout) {}
    explicit json_text(json_layout layout) : out_(&own_), layout_(layout) {}
    json_text(const json_text&) = delete;
    json_text& operator=(const json_text&) = delete;

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    json_text& key(std::string_view k) {
        element();
        append_quoted(*out_, k);
        if (layout_.compact) *out_ += ':';
        else *out_ += ": ";
        after_key_ = true;
        return *this;
    }

    void string(std::string_view s) { element(); append_quoted(*out_, s); }
    void null() { element(); *out_ += "null"; }
    void boolean(bool b) { element(); *out_ += b ? "true" : "false"; }
    void integer(std::int64_t n) {
        element();
        char buffer[24];
        char* const end = buffer + sizeof buffer;
        char* p = end;
        auto magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
        do {
            *--p = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (n < 0) *--p = '-';
        out_->append(p, end);
    }
    // Already valid JSON (an "x" value as stored), written as is.
    void raw(std::string_view json) { element(); *out_ += json; }

    // Shorthands for the common "key": value lines.
    void field(std::string_view k, std::string_view s) { key(k).string(s); }
    void field(std::string_view k, const char* s) { key(k).string(s); }
    void field_integer(std::string_view k, std::int64_t n) { key(k).integer(n); }

    // The text, ending in a newline.
    [[nodiscard]] std::string finish() && {
        *out_ += '\n';
        return std::move(own_);
    }

private:
    // Before a value or key: the comma and line break, unless it follows its key.
    void element() {
        if (after_key_) { after_key_ = false; return; }
        if (has_elements_.empty()) return;
        if (has_elements_.back()) *out_ += ',';
        has_elements_.back() = 1;
        new_line(has_elements_.size());
    }
    void new_line(std::size_t depth) {
        if (layout_.compact) return;
        *out_ += '\n';
        out_->append(2 * (layout_.depth + depth), ' ');
    }
    void open(char bracket) {
        element();
        *out_ += bracket;
        has_elements_.push_back(0);
    }
    void close(char bracket) {
        const bool had = has_elements_.back() != 0;
        has_elements_.pop_back();
        if (had) new_line(has_elements_.size());
        *out_ += bracket;
    }

    std::string own_;
    std::string* out_;
    json_layout layout_;
    std::vector<unsigned char> has_elements_;  // per open container: has it an element yet?
    bool after_key_ = false;
};

}  // namespace jixiao::json
