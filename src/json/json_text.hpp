#pragma once
// A small, fast JSON writer for jixiao's outputs: 2-space indentation, one
// key or element per line, strings escaped per RFC 8259 (non-ASCII text is
// written as UTF-8, not as \u escapes, so Chinese stays readable).

#include <jixiao/detail/text.hpp>

#include <simdjson.h>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json {

// The escape sequence of an ASCII character JSON does not allow in a string as it is.
template <class Out>
void append_escape(Out& out, unsigned char c) {
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': out.append("\\\"", 2); break;
    case '\\': out.append("\\\\", 2); break;
    case '\n': out.append("\\n", 2); break;
    case '\r': out.append("\\r", 2); break;
    case '\t': out.append("\\t", 2); break;
    case '\b': out.append("\\b", 2); break;
    case '\f': out.append("\\f", 2); break;
    default: {
        const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(escaped, 6);
    }
    }
}

namespace scan {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

// The first byte at or after `from` that JSON does not allow in a string as
// it is (a control character, '"' or '\\') or, with `stop_at_high`, that is
// not ASCII; s.size() when there is none. Eight bytes at a time: a byte is
// flagged by borrows that only the lowest flag gets right, which is the one used.
[[nodiscard]] inline std::uint64_t special_flags(std::uint64_t x, std::uint64_t high_mask) {
    const std::uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    return (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | (x & high_mask)) &
           highs;
}

[[nodiscard]] inline std::size_t find_special(std::string_view s, std::size_t from, bool stop_at_high) {
    const std::uint64_t high_mask = stop_at_high ? highs : 0;
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        if (const std::uint64_t flags = special_flags(x, high_mask))
            return i + static_cast<std::size_t>(__builtin_ctzll(flags) >> 3);
    }
    if (i == s.size()) return i;
    // The last bytes in one more word: the string's last eight when they all
    // lie at or after `from` (those before i were found clean, so the lowest
    // flag is still exact), else the bytes left padded with a harmless 'a'.
    std::uint64_t x = ones * 'a';
    const std::size_t at = s.size() >= from + 8 ? s.size() - 8 : i;
    std::memcpy(&x, s.data() + at, std::min<std::size_t>(8, s.size() - at));
    if (const std::uint64_t flags = special_flags(x, high_mask))
        return at + static_cast<std::size_t>(__builtin_ctzll(flags) >> 3);
    return s.size();
}

}  // namespace scan

// append_quoted for text that is not valid UTF-8: character by character, bad bytes as U+FFFD.
template <class Out>
void append_quoted_checked(Out& out, std::string_view s) {
    out.push_back('"');
    std::size_t plain = 0;  // start of the run not yet copied
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) { ++i; continue; }
        if (c >= 0x80) {
            std::size_t next = i;
            if (detail::next_code_point(s, next)) { i = next; continue; }
            out.append(s.data() + plain, i - plain);
            out.append("\xEF\xBF\xBD", 3);
            plain = ++i;
            continue;
        }
        out.append(s.data() + plain, i - plain);
        append_escape(out, c);
        plain = ++i;
    }
    out.append(s.data() + plain, s.size() - plain);
    out.push_back('"');
}

// Appends `s` as a JSON string literal to `out` (a std::string, or anything
// with append(const char*, size) and push_back(char)). Bytes that are not
// UTF-8 become U+FFFD, so the output is valid JSON whatever the model holds.
template <class Out>
void append_quoted(Out& out, std::string_view s) {
    std::size_t stop = scan::find_special(s, 0, true);
    if (stop == s.size()) {  // plain ASCII, as keys, ids and figures are: as it is
        out.push_back('"');
        out.append(s.data(), s.size());
        out.push_back('"');
        return;
    }
    // Valid UTF-8 — all text the reader gives, and nearly all else — needs
    // only its ASCII quotes, backslashes and control characters escaped; the
    // SIMD check is much faster than decoding Chinese text character by character.
    if (!simdjson::validate_utf8(s.data() + stop, s.size() - stop)) {  // the bytes before are ASCII
        append_quoted_checked(out, s);
        return;
    }
    out.push_back('"');
    if (static_cast<unsigned char>(s[stop]) >= 0x80) stop = scan::find_special(s, stop, false);
    for (std::size_t plain = 0;;) {
        out.append(s.data() + plain, stop - plain);
        if (stop == s.size()) break;
        append_escape(out, static_cast<unsigned char>(s[stop]));
        plain = stop + 1;
        stop = scan::find_special(s, plain, false);
    }
    out.push_back('"');
}

// How a json_text lays its text out.
struct json_layout {
    bool compact = false;   // one line, no spaces: JSON Lines
    std::size_t depth = 0;  // indentation the text starts at (a fragment of a larger document)
};

class json_text {
public:
    json_text() : out_(&own_) {}
    // Appends to `out` instead of building its own text; `out` holds the text
    // once this json_text is gone (or after finish()).
    explicit json_text(std::string& out, json_layout layout = {}) : out_(&out), layout_(layout) {}
    explicit json_text(json_layout layout) : out_(&own_), layout_(layout) {}
    json_text(const json_text&) = delete;
    json_text& operator=(const json_text&) = delete;
    ~json_text() { settle(); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    json_text& key(std::string_view k) {
        element();
        append_quoted(*this, k);
        if (layout_.compact) push_back(':');
        else append(": ", 2);
        after_key_ = true;
        return *this;
    }

    void string(std::string_view s) { element(); append_quoted(*this, s); }
    void null() { element(); append("null", 4); }
    void boolean(bool b) { element(); b ? append("true", 4) : append("false", 5); }
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
        append(p, static_cast<std::size_t>(end - p));
    }
    // Already valid JSON (an "x" value as stored), written as is.
    void raw(std::string_view json) { element(); append(json.data(), json.size()); }

    // Shorthands for the common "key": value lines.
    void field(std::string_view k, std::string_view s) { key(k).string(s); }
    void field(std::string_view k, const char* s) { key(k).string(s); }
    void field_integer(std::string_view k, std::int64_t n) { key(k).integer(n); }

    // Hands the text written so far to `take` (a string it may move from) and
    // starts afresh, the layout and open containers kept: for text written out
    // piece by piece.
    template <class Take>
    void hand_over(Take&& take) {
        settle();
        take(*out_);
        out_->clear();
    }

    // The text, ending in a newline.
    [[nodiscard]] std::string finish() && {
        push_back('\n');
        settle();
        return std::move(own_);
    }

    // The output end, for append_quoted: bytes go straight into the string's
    // storage through a cursor, which is much cheaper than growing it a
    // character at a time; settle() gives the string its true size.
    void append(const char* bytes, std::size_t n) {
        if (static_cast<std::size_t>(end_ - cursor_) < n) grow(n);
        if (n != 0) std::memcpy(cursor_, bytes, n);
        cursor_ += n;
    }
    void push_back(char c) {
        if (cursor_ == end_) grow(1);
        *cursor_++ = c;
    }

private:
    void grow(std::size_t n) {
        const std::size_t used = cursor_ ? static_cast<std::size_t>(cursor_ - out_->data()) : out_->size();
        // A kilobyte at a time: the string's own doubling keeps growth cheap,
        // and little is zero-filled only to be cut off by settle().
        out_->resize(used + std::max<std::size_t>(n, 1024));
        cursor_ = out_->data() + used;
        end_ = out_->data() + out_->size();
    }
    void settle() {
        if (!cursor_) return;
        out_->resize(static_cast<std::size_t>(cursor_ - out_->data()));
        cursor_ = end_ = nullptr;
    }

    // Before a value or key: the comma and line break, unless it follows its key.
    void element() {
        if (after_key_) { after_key_ = false; return; }
        if (has_elements_.empty()) return;
        if (has_elements_.back()) push_back(',');
        has_elements_.back() = 1;
        new_line(has_elements_.size());
    }
    void new_line(std::size_t depth) {
        if (layout_.compact) return;
        const std::size_t spaces = 2 * (layout_.depth + depth);
        if (static_cast<std::size_t>(end_ - cursor_) < spaces + 1) grow(spaces + 1);
        *cursor_++ = '\n';
        std::memset(cursor_, ' ', spaces);
        cursor_ += spaces;
    }
    void open(char bracket) {
        element();
        push_back(bracket);
        has_elements_.push_back(0);
    }
    void close(char bracket) {
        const bool had = has_elements_.back() != 0;
        has_elements_.pop_back();
        if (had) new_line(has_elements_.size());
        push_back(bracket);
    }

    std::string own_;
    std::string* out_;
    char* cursor_ = nullptr;  // where the next byte goes; null: nothing written since the last settle()
    char* end_ = nullptr;
    json_layout layout_;
    std::vector<unsigned char> has_elements_;  // per open container: has it an element yet?
    bool after_key_ = false;
};

}  // namespace jixiao::json
