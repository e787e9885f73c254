#include "json/json_syntax.hpp"

#include <jixiao/detail/text.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace jixiao::json {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// Characters that continue a bare word or number, so that "01", "tru" and
// "12a" are reported as one bad token rather than as a stray character.
bool is_word_char(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == '+' ||
           c == '-';
}

// A character that can start a value: after a value it suggests a missing comma.
bool starts_value(char c) { return c == '"' || c == '{' || c == '[' || is_word_char(c); }

// How a character is shown in a message: "}" for printable ASCII, U+XXXX otherwise.
std::string describe_char(std::string_view text, std::size_t offset) {
    const unsigned char c = static_cast<unsigned char>(text[offset]);
    if (c == '"') return "'\"'";
    if (c >= 0x21 && c < 0x7F) return std::string{'"', static_cast<char>(c), '"'};
    std::size_t pos = offset;
    const auto cp = detail::next_code_point(text, pos);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp ? *cp : c));
    return buffer;
}

// Up to `count` whole characters of text from `offset`, for quoting in a message.
std::string characters(std::string_view text, std::size_t offset, std::size_t count) {
    std::size_t end = offset;
    for (std::size_t i = 0; i < count && end < text.size(); ++i)
        if (!detail::next_code_point(text, end)) break;
    return std::string(text.substr(offset, end - offset));
}

std::string hex_byte(unsigned char c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(c));
    return buffer;
}

syntax_problem problem(std::size_t offset, std::string zh, std::string en) {
    return {offset, {std::move(zh), std::move(en)}};
}

syntax_problem unexpected(std::string_view text, std::size_t offset, std::string_view expected_zh,
                          std::string_view expected_en, bool missing_comma = false) {
    const std::string c = describe_char(text, offset);
    const bool latin = !expected_zh.empty() && static_cast<unsigned char>(expected_zh[0]) < 0x80;
    std::string zh = "此处不应出现 " + c + "（应为" + (latin ? " " : "") + std::string(expected_zh) + "）";
    std::string en = "unexpected " + c + " (expected " + std::string(expected_en) + ")";
    if (missing_comma) {
        zh += "；是否缺少逗号？";
        en += "; is a comma missing before it?";
    }
    if (text[offset] == '\'') {
        zh += "；JSON 的字符串须用双引号";
        en += "; JSON strings use double quotes";
    }
    return problem(offset, std::move(zh), std::move(en));
}

struct open_container {
    char bracket;  // '{' or '['
    std::size_t offset;
};

std::string where(std::string_view text, std::size_t offset) {
    const auto p = position_of(text, offset);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

// Scans a string starting at text[pos] == '"'; on success leaves pos after the closing quote.
std::optional<syntax_problem> scan_string(std::string_view text, std::size_t& pos) {
    const std::size_t start = pos++;
    while (pos < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[pos]);
        if (c == '"') { ++pos; return std::nullopt; }
        if (c < 0x20) {
            const std::string code = describe_char(text, pos);
            return problem(pos, "字符串中有未转义的控制字符 " + code + "（应写成转义形式，如换行写作 \\n）",
                           "control character " + code +
                               " inside a string (expected it escaped, e.g. a line break as \\n)");
        }
        if (c != '\\') { ++pos; continue; }
        const std::size_t escape = pos;
        if (pos + 1 >= text.size()) break;
        const char e = text[pos + 1];
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            pos += 2;
            continue;
        }
        const auto bad_escape = [&] {
            const std::string shown = characters(text, escape, e == 'u' ? 6 : 2);
            return problem(escape, "字符串中的转义 " + shown + " 无效（应为 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX）",
                           "invalid escape " + shown + " in a string (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        };
        if (e != 'u') return bad_escape();
        const auto hex4 = [&](std::size_t at) -> std::optional<unsigned> {
            if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return std::nullopt;
            unsigned v = 0;
            for (std::size_t i = at + 2; i < at + 6; ++i) {
                if (!is_hex(text[i])) return std::nullopt;
                const char h = text[i];
                v = v * 16 + static_cast<unsigned>(is_digit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
            }
            return v;
        };
        const auto unit = hex4(escape);
        if (!unit) return bad_escape();
        pos = escape + 6;
        if (*unit >= 0xDC00 && *unit <= 0xDFFF)
            return problem(escape, "字符串中有孤立的低代理项 " + std::string(text.substr(escape, 6)) + "（应成对出现：\\uD800–\\uDBFF 后接 \\uDC00–\\uDFFF）",
                           "lone low surrogate " + std::string(text.substr(escape, 6)) +
                               " in a string (expected a pair: \\uD800–\\uDBFF followed by \\uDC00–\\uDFFF)");
        if (*unit >= 0xD800 && *unit <= 0xDBFF) {
            const auto low = hex4(pos);
            if (!low || *low < 0xDC00 || *low > 0xDFFF)
                return problem(escape, "字符串中有孤立的高代理项 " + std::string(text.substr(escape, 6)) + "（应后接 \\uDC00–\\uDFFF）",
                               "lone high surrogate " + std::string(text.substr(escape, 6)) +
                                   " in a string (expected it followed by \\uDC00–\\uDFFF)");
            pos += 6;
        }
    }
    return problem(text.size(), "文本在 " + where(text, start) + " 开始的字符串中结束（缺少结尾的 \"；文件是否被截断？）",
                   "the text ends inside the string that starts at " + where(text, start) +
                       " (expected a closing \"; is the file truncated?)");
}

// A bare token (number or literal) at text[pos]; on success leaves pos after it.
std::optional<syntax_problem> scan_word(std::string_view text, std::size_t& pos) {
    const std::size_t start = pos;
    while (pos < text.size() && is_word_char(text[pos])) ++pos;
    const std::string_view word = text.substr(start, pos - start);
    const std::string shown(word.substr(0, 40));
    if (is_digit(word[0]) || word[0] == '-') {
        if (classify_number(word) != number_form::invalid) return std::nullopt;
        return problem(start, "数字 " + shown + " 不合 JSON 数字格式（应如 7109、-3 或 0.5，不带前导零）",
                       "invalid number " + shown + " (expected JSON number syntax such as 7109, -3 or 0.5, "
                                                   "without leading zeros)");
    }
    if (word == "true" || word == "false" || word == "null") return std::nullopt;
    return problem(start, "无效的词 \"" + shown + "\"（应为 true、false、null，或带双引号的字符串）",
                   "invalid word \"" + shown + "\" (expected true, false, null, or a string in double quotes)");
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t at = pos;
        if (static_cast<unsigned char>(text[pos]) < 0x80) { ++pos; continue; }
        if (!detail::next_code_point(text, pos)) return at;
    }
    return std::nullopt;
}

}  // namespace

text_position position_of(std::string_view text, std::size_t offset) {
    text_position p;
    if (offset > text.size()) offset = text.size();
    for (std::size_t pos = 0; pos < offset;) {
        const unsigned char c = static_cast<unsigned char>(text[pos]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
            ++pos;
            continue;
        }
        ++p.column;
        if (c < 0x80 || !detail::next_code_point(text, pos)) ++pos;
    }
    return p;
}

number_form classify_number(std::string_view t) noexcept {
    std::size_t i = 0;
    if (i < t.size() && t[i] == '-') ++i;
    if (i >= t.size() || !is_digit(t[i])) return number_form::invalid;
    if (t[i] == '0') ++i;
    else while (i < t.size() && is_digit(t[i])) ++i;
    number_form form = number_form::integer;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (i >= t.size() || !is_digit(t[i])) return number_form::invalid;
        while (i < t.size() && is_digit(t[i])) ++i;
        form = number_form::fraction;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        if (i >= t.size() || !is_digit(t[i])) return number_form::invalid;
        while (i < t.size() && is_digit(t[i])) ++i;
        form = number_form::exponent;
    }
    return i == t.size() ? form : number_form::invalid;
}

std::optional<syntax_problem> find_syntax_problem(std::string_view text) {
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return problem(0, "文本是 UTF-16 编码（应为 UTF-8；请另存为 UTF-8）",
                       "the text is UTF-16 (expected UTF-8; save the file as UTF-8)");
    // UTF-16 without a byte order mark: of ASCII text, every other byte is zero.
    if (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0'))
        return problem(0, "文本似乎是不带字节顺序标记的 UTF-16 编码（应为 UTF-8；请另存为 UTF-8）",
                       "the text looks like UTF-16 without a byte order mark (expected UTF-8; save the file as UTF-8)");
    if (const auto bad = first_invalid_utf8(text))
        return problem(*bad, "无效的 UTF-8 字节 " + hex_byte(static_cast<unsigned char>(text[*bad])) + "（应为 UTF-8 编码的文本；文件是否为 GBK 编码？）",
                       "invalid UTF-8 byte " + hex_byte(static_cast<unsigned char>(text[*bad])) +
                           " (expected UTF-8 text; is the file in GBK?)");

    // What may come next.
    enum class expect { value, first_key, key, colon, after_value };
    expect next = expect::value;
    std::vector<open_container> stack;
    bool done = false;  // the top-level value is complete
    std::size_t pos = 0;
    std::size_t comma = 0;  // where the last comma was: a trailing comma is reported there
    for (;;) {
        while (pos < text.size() && is_space(text[pos])) ++pos;
        if (pos >= text.size()) {
            if (done) return std::nullopt;
            if (stack.empty())
                return problem(pos, "文本为空（应为一个 JSON 对象）", "the text is empty (expected a JSON object)");
            const auto& open = stack.back();
            const bool object = open.bracket == '{';
            return problem(pos,
                           "文本在 " + where(text, open.offset) + " 开始的" + (object ? "对象" : "数组") +
                               "中结束（缺少 " + (object ? "}" : "]") + "；文件是否被截断？）",
                           "the text ends inside the " + std::string(object ? "object" : "array") + " opened at " +
                               where(text, open.offset) + " (expected " + (object ? "\"}\"" : "\"]\"") +
                               "; is the file truncated?)");
        }
        const char c = text[pos];
        if (done)
            return unexpected(text, pos, "文本结束：JSON 文档已在前面完整结束", "the end of the text after the complete JSON document");
        switch (next) {
        case expect::value:
        case expect::first_key:
        case expect::key:
            if (next != expect::value && c != '"') {
                if (next == expect::first_key && c == '}') { stack.pop_back(); ++pos; next = expect::after_value; break; }
                if (next == expect::key && c == '}')
                    return problem(comma, "\"}\" 前多了一个逗号（JSON 不允许末尾逗号）",
                                   "a comma before \"}\" (JSON allows no trailing comma)");
                return unexpected(text, pos, next == expect::first_key ? "带双引号的键或 \"}\"" : "带双引号的键",
                                  next == expect::first_key ? "a key in double quotes or \"}\"" : "a key in double quotes");
            }
            if (c == '"') {
                if (auto p = scan_string(text, pos)) return p;
                next = next == expect::value ? expect::after_value : expect::colon;
            } else if (c == '{' || c == '[') {
                stack.push_back({c, pos++});
                next = c == '{' ? expect::first_key : expect::value;
                if (c == '[') {
                    // An empty array closes at once.
                    std::size_t look = pos;
                    while (look < text.size() && is_space(text[look])) ++look;
                    if (look < text.size() && text[look] == ']') { stack.pop_back(); pos = look + 1; next = expect::after_value; }
                }
            } else if (is_word_char(c)) {
                if (auto p = scan_word(text, pos)) return p;
                next = expect::after_value;
            } else if (c == ']' && !stack.empty() && stack.back().bracket == '[') {
                return problem(comma, "\"]\" 前多了一个逗号（JSON 不允许末尾逗号）",
                               "a comma before \"]\" (JSON allows no trailing comma)");
            } else {
                return unexpected(text, pos, "一个值：对象、数组、字符串、数字、true、false 或 null",
                                  "a value: an object, array, string, number, true, false or null");
            }
            break;
        case expect::colon:
            if (c != ':') return unexpected(text, pos, "键后的 \":\"", "\":\" after the key");
            ++pos;
            next = expect::value;
            break;
        case expect::after_value:
            if (stack.empty()) { done = true; break; }
            if (stack.back().bracket == '{') {
                if (c == ',') { comma = pos++; next = expect::key; break; }
                if (c == '}') { ++pos; stack.pop_back(); break; }
                return unexpected(text, pos, "\",\" 或 \"}\"", "\",\" or \"}\"", starts_value(c));
            }
            if (c == ',') { comma = pos++; next = expect::value; break; }
            if (c == ']') { ++pos; stack.pop_back(); break; }
            return unexpected(text, pos, "\",\" 或 \"]\"", "\",\" or \"]\"", starts_value(c));
        }
        if (next == expect::after_value && stack.empty()) done = true;
    }
}

}  // namespace jixiao::json
