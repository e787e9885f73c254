#include "json/json_input.hpp"

#include "json/json_syntax.hpp"

#include <jixiao/detail/text.hpp>

#include <algorithm>

namespace jixiao::json {

namespace {

std::string quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

// At most `limit` characters of `s` (whole code points), with "…" when cut.
std::string shorten(std::string_view s, std::size_t limit = 40) {
    std::size_t pos = 0, count = 0;
    while (pos < s.size() && count < limit) {
        if (!detail::next_code_point(s, pos)) ++pos;
        ++count;
    }
    return pos < s.size() ? std::string(s.substr(0, pos)) + "…" : std::string(s);
}

std::string_view trim_right(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Edit distance, for "did you mean"; keys are short, so the simple table is fine.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

struct number_kind {
    const char* zh;
    const char* en;
    const char* example;
};
constexpr number_kind amount_kind{"金额", "an amount", "108200.00"};

template <class D>
struct tag_of;
template <class Tag>
struct tag_of<exact_decimal<Tag>> {
    using type = Tag;
};

// 108200.5 or 1e40 as a JSON number: binary floating point cannot hold it
// exactly, so it must be written as a string.
localized not_exact(std::string_view token, json::number_form form, const number_kind& kind) {
    const std::string t(shorten(token));
    if (form == json::number_form::fraction)
        return {t + " 是带小数的 JSON 数字，不精确（应写成带引号的" + kind.zh + "：\"" + t + "\"）",
                t + " is a JSON number with a fraction, which is not exact (expected " + kind.en +
                    " in quotes: \"" + t + "\")"};
    return {t + " 是带指数的 JSON 数字，不精确（应写成带引号的" + kind.zh + "，如 \"" + kind.example + "\"）",
            t + " is a JSON number with an exponent, which is not exact (expected " + kind.en +
                " in quotes, e.g. \"" + kind.example + "\")"};
}


// An unsigned decimal without exponent or grouping ("1234.5"), read as one
// integer of its digits; nullopt for anything else or more than 18 digits,
// which may not fit 64 bits (counted before multiplying).
struct plain_digits {
    std::int64_t value = 0;
    int digits = 0;
    int decimals = 0;  // digits after the point
};
std::optional<plain_digits> scan_plain_digits(std::string_view s) noexcept {
    if (s.empty() || s.front() == '.' || s.back() == '.') return std::nullopt;
    plain_digits out;
    bool point = false;
    for (const char c : s) {
        if (c == '.') {
            if (point) return std::nullopt;
            point = true;
            continue;
        }
        if (c < '0' || c > '9' || ++out.digits > 18) return std::nullopt;
        out.value = out.value * 10 + (c - '0');
        if (point) ++out.decimals;
    }
    return out;
}

}  // namespace

std::optional<money> parse_plain_amount(std::string_view s) {
    constexpr std::string_view wan = "万";
    int scale = 2;  // decimal places that are still whole fen
    if (s.size() > wan.size() && s.substr(s.size() - wan.size()) == wan) {
        s.remove_suffix(wan.size());
        scale = 6;
    }
    if (s.size() > 19) return std::nullopt;
    const auto d = scan_plain_digits(s);
    // Finer than a fen, or more than 18 digits of fen: not plain.
    if (!d || d->decimals > scale || d->digits + scale - d->decimals > 18) return std::nullopt;
    std::int64_t fen = d->value;
    for (int i = d->decimals; i < scale; ++i) fen *= 10;
    return money::from_fen(fen);
}

std::optional<std::int64_t> parse_plain_integer(std::string_view s) noexcept {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    if (s.empty() || s.size() > 18) return std::nullopt;
    std::int64_t n = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return negative ? -n : n;
}

std::optional<rational> parse_plain_decimal(std::string_view s) noexcept {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    if (s.size() > 18) return std::nullopt;
    const auto d = scan_plain_digits(s);
    if (!d) return std::nullopt;
    return rational::fraction(negative ? -d->value : d->value, detail::powers_of_ten[d->decimals]);
}

bool key_set::insert(std::string_view key) {
    constexpr std::size_t few_limit = 16;
    if (!many_.empty()) return many_.insert(key).second;
    if (std::find(few_.begin(), few_.end(), key) != few_.end()) return false;
    few_.push_back(key);
    if (few_.size() > few_limit) {
        many_.insert(few_.begin(), few_.end());
        few_.clear();
    }
    return true;
}

error input::failure(localized what) const {
    location where;
    where.file = std::string(source_);
    where.path = path.str();
    return error(std::move(what), std::move(where));
}

void input::fail_type(od::value& v, expectation expected) {
    std::string zh, en;
    switch (type(v)) {
    case od::json_type::object: zh = "对象"; en = "an object"; break;
    case od::json_type::array: zh = "数组"; en = "an array"; break;
    case od::json_type::string: {
        const std::string s = quote(shorten(std::string_view(v.get_string())));
        zh = "字符串 " + s;
        en = "the string " + s;
        break;
    }
    case od::json_type::number: {
        const std::string t = shorten(number_token(v));
        zh = "数字 " + t;
        en = "the number " + t;
        break;
    }
    case od::json_type::boolean:
    case od::json_type::null: {
        const std::string_view t = trim_right(v.raw_json_token());
        if (t != "true" && t != "false" && t != "null") throw malformed_json{};
        zh = en = std::string(t);
        break;
    }
    }
    fail({"此处为" + zh + "（应为" + std::string(expected.zh) + "）",
          "found " + en + " (expected " + std::string(expected.en) + ")"});
}

std::string input::quoted(std::string_view s) { return quote(shorten(s)); }

void input::unknown_choice(std::string_view id, const std::vector<std::string_view>& ids, expectation kind) {
    std::string zh_list, en_list;
    for (const auto i : ids) {
        zh_list += (zh_list.empty() ? "" : "、") + std::string(i);
        en_list += (en_list.empty() ? "" : ", ") + std::string(i);
    }
    fail({quoted(id) + " 不是有效的" + std::string(kind.zh) + "（应为以下之一：" + zh_list + "）",
          quoted(id) + " is not " + std::string(kind.en) + " (expected one of: " + en_list + ")"});
}

void input::unknown_key(std::string_view key, std::span<const std::string_view> keys) {
    std::string zh_list, en_list;
    std::string_view nearest;
    std::size_t nearest_distance = 3;  // suggest only close misspellings
    for (const auto k : keys) {
        zh_list += (zh_list.empty() ? "" : "、") + std::string(k);
        en_list += (en_list.empty() ? "" : ", ") + std::string(k);
        // The distance is at least the difference in length: a long key (even
        // 50 MB of one) is no misspelling, and is not compared letter by letter.
        const std::size_t longer = std::max(key.size(), k.size()), shorter = std::min(key.size(), k.size());
        if (longer - shorter >= nearest_distance) continue;
        if (const auto d = edit_distance(key, k); d < nearest_distance) {
            nearest_distance = d;
            nearest = k;
        }
    }
    const std::string shown = quote(shorten(key));
    const std::string zh_hint = nearest.empty() ? "" : "是否应为 " + quote(nearest) + "？";
    const std::string en_hint = nearest.empty() ? "" : "did you mean " + quote(nearest) + "? ";
    fail({"未知的键 " + shown + "（" + zh_hint + "应为以下之一：" + zh_list + "）",
          "unknown key " + shown + " (" + en_hint + "expected one of: " + en_list + ")"});
}

void input::duplicate_key(std::string_view key) {
    const std::string shown = quote(shorten(key));
    fail({"键 " + shown + " 重复（同一对象中每个键只能出现一次）",
          "duplicate key " + shown + " (expected each key at most once in an object)"});
}

void input::too_deep() {
    const std::string n = std::to_string(max_depth);
    fail({"对象和数组嵌套超过 " + n + " 层（最多 " + n + " 层）",
          "objects and arrays nested deeper than " + n + " levels (expected at most " + n + ")"});
}

void input::require(std::uint64_t seen, std::span<const std::string_view> keys,
                    std::initializer_list<std::string_view> required) {
    for (const auto k : required) {
        std::size_t index = 0;
        while (index < keys.size() && !same_key(keys[index], k)) ++index;
        if (seen & (std::uint64_t{1} << index)) continue;
        std::string zh_list, en_list;
        for (const auto r : required) {
            zh_list += (zh_list.empty() ? "" : "、") + quote(r);
            en_list += (en_list.empty() ? "" : ", ") + quote(r);
        }
        fail({"缺少必需的键 " + quote(k) + "（此处必需的键：" + zh_list + "）",
              "missing the required key " + quote(k) + " (required here: " + en_list + ")"});
    }
}

std::string_view input::number_token(od::value& v) {
    const std::string_view token = trim_right(v.raw_json_token());
    if (classify_number(token) == number_form::invalid) throw malformed_json{};
    return token;
}

std::string_view input::string_view(od::value& v, expectation expected) {
    if (type(v) != od::json_type::string) fail_type(v, expected);
    return v.get_string();
}

money input::amount(od::value& v) {
    money m;
    std::string shown;
    switch (type(v)) {
    case od::json_type::string: {
        const std::string_view s = v.get_string();
        if (const auto plain = parse_plain_amount(s)) return *plain;  // never negative
        m = at_here([&] { return money::parse(s); });
        shown = quoted(s);
        break;
    }
    case od::json_type::number: {
        const std::string_view token = number_token(v);
        if (const auto form = classify_number(token); form != number_form::integer)
            fail(not_exact(token, form, amount_kind));
        const auto yuan = parse_plain_integer(token);
        m = yuan ? money::from_yuan(*yuan) : at_here([&] { return money::parse(token); });
        shown = std::string(token);
        break;
    }
    default: fail_type(v, {"金额（如 \"108200.00\" 或 \"10.82万\"）", "an amount (e.g. \"108200.00\" or \"10.82万\")"});
    }
    if (m.is_negative())
        fail({shown + " 为负数（应为 0 或正数：jixiao/1 中的金额都不为负，追减、收回等也写作正数）",
              shown + " is negative (expected 0 or more: amounts in jixiao/1 are never negative; "
                      "money reduced or recovered is written as a positive amount under its own key)"});
    return m;
}

ratio input::share(od::value& v) {
    const std::string_view s = string_view(v, {"带引号的比例（如 \"35%\"、\"0.35\" 或 \"7/20\"）",
                                               "a ratio in quotes (e.g. \"35%\", \"0.35\" or \"7/20\")"});
    const ratio r = at_here([&] { return ratio::parse(s); });
    if (r.is_negative())
        fail({quoted(s) + " 为负数（分担比例应为 0 或正数）", quoted(s) + " is negative (expected a share of 0 or more)"});
    return r;
}

// The precision of a printed percentage: "66.67%" has 2 decimals; a fraction
// "0.6667" is the same precision as a percent (2 = 4 − 2, never below 0);
// "2/3" is exact (nullopt).
reported_percentage input::percentage(od::value& v) {
    const std::string_view s = string_view(v, {"带引号的比率（如 \"66.67%\"、\"0.6667\" 或 \"2/3\"）",
                                               "a rate in quotes (e.g. \"66.67%\", \"0.6667\" or \"2/3\")"});
    reported_percentage p;
    p.value = at_here([&] { return ratio::parse(s); });
    p.text = std::string(s);
    const auto folded = detail::fold_number_text(s);  // valid: ratio::parse accepted it
    std::string_view f = *folded;
    if (f.find('/') != std::string_view::npos) return p;
    const bool percent = f.back() == '%';
    if (percent) f.remove_suffix(1);
    const auto point = f.find('.');
    const int decimals = point == std::string_view::npos ? 0 : static_cast<int>(f.size() - point - 1);
    p.decimals = percent ? decimals : std::max(0, decimals - 2);
    return p;
}

template <class D>
D input::decimal(od::value& v, bool allow_negative) {
    using tag = typename tag_of<D>::type;
    const number_kind kind{tag::name_zh, tag::name_en, tag::example};
    D d;
    std::string_view shown;  // quoted in the message, if there is one
    bool quoted_text = false;
    switch (type(v)) {
    case od::json_type::string: {
        const std::string_view s = v.get_string();
        shown = s;
        quoted_text = true;
        if (const auto plain = parse_plain_decimal(s)) {  // "50", "95.5": no big-number parsing
            d = D(*plain);
            break;
        }
        d = at_here([&] { return D::parse(s); });
        break;
    }
    case od::json_type::number: {
        const std::string_view token = number_token(v);
        if (const auto form = classify_number(token); form != number_form::integer) fail(not_exact(token, form, kind));
        const auto whole = parse_plain_integer(token);
        d = whole ? D(*whole) : at_here([&] { return D::parse(token); });
        shown = token;
        break;
    }
    default:
        fail_type(v, {std::string_view(kind.zh), std::string_view(kind.en)});
    }
    if (!allow_negative && d.is_negative()) {
        const std::string text = quoted_text ? quoted(shown) : std::string(shown);
        fail({text + " 为负数（应为 0 或正数）", text + " is negative (expected 0 or more)"});
    }
    return d;
}

points input::points_value(od::value& v, bool allow_negative) { return decimal<points>(v, allow_negative); }
quantity input::quantity_value(od::value& v) { return decimal<quantity>(v, true); }

date input::day(od::value& v) {
    const std::string_view s = string_view(v, {"日期（如 \"2023-12-31\"）", "a date (e.g. \"2023-12-31\")"});
    return at_here([&] { return parse_date(s); });
}

bool input::boolean(od::value& v) {
    if (type(v) != od::json_type::boolean) fail_type(v, {"true 或 false", "true or false"});
    return v.get_bool();
}

int input::small_integer(od::value& v, int min, int max, expectation expected) {
    if (type(v) != od::json_type::number) fail_type(v, expected);
    const std::string_view token = number_token(v);
    int value = 0;
    bool ok = classify_number(token) == number_form::integer && token.size() <= 10;
    if (ok) {
        std::int64_t n = 0;
        for (const char c : token) n = c == '-' ? n : n * 10 + (c - '0');
        if (token.front() == '-') n = -n;
        ok = n >= min && n <= max;
        value = static_cast<int>(n);
    }
    if (!ok)
        fail({std::string(shorten(token)) + " 超出范围（应为" + std::string(expected.zh) + "）",
              std::string(shorten(token)) + " is out of range (expected " + std::string(expected.en) + ")"});
    return value;
}

int input::year(od::value& v) {
    const std::string from = std::to_string(earliest_fiscal_year), to = std::to_string(latest_fiscal_year);
    const expectation expected{"不带引号的年份，如 2023", "a year without quotes, e.g. 2023"};
    if (type(v) != od::json_type::number) fail_type(v, expected);
    const std::string_view token = number_token(v);
    int value = 0;
    bool ok = classify_number(token) == number_form::integer && token.size() <= 6;
    if (ok) {
        for (const char c : token) value = c == '-' ? value : value * 10 + (c - '0');
        if (token.front() == '-') value = -value;
        ok = fiscal_year(value).ok();
    }
    if (!ok)
        fail({std::string(shorten(token)) + " 不是合理的财政年度（应为 " + from + "–" + to + " 之间的整数）",
              std::string(shorten(token)) + " is not a plausible fiscal year (expected a whole number from " + from +
                  " to " + to + ")"});
    return value;
}

std::int64_t input::headcount(od::value& v) {
    const expectation expected{"人数：不带引号的非负整数，如 7109", "a headcount: a whole number without quotes, e.g. 7109"};
    if (type(v) != od::json_type::number) fail_type(v, expected);
    const std::string_view token = number_token(v);
    const std::string shown = shorten(token);
    if (classify_number(token) != number_form::integer || token.front() == '-')
        fail({shown + " 不是人数（应为 0 或正的整数，如 7109）",
              shown + " is not a headcount (expected a whole number of people, 0 or more, e.g. 7109)"});
    if (token.size() > 15)  // a quadrillion people is a typo, and keeps × standard far from overflow
        fail({shown + " 人数过大（应为合理的人数，如 7109）",
              shown + " is too large for a headcount (expected a number of people, e.g. 7109)"});
    std::int64_t n = 0;
    for (const char c : token) n = n * 10 + (c - '0');
    return n;
}

std::vector<std::string> input::text_list(od::value& v) {
    std::vector<std::string> out;
    array(v, {"字符串数组", "an array of strings"}, [&](od::value& element) { out.push_back(text(element)); });
    return out;
}

std::string input::copy_json(od::value& v) {
    std::string out;
    copy_into(v, out);
    return out;
}

void input::copy_into(od::value& v, std::string& out) {
    switch (type(v)) {
    case od::json_type::object: {
        od::object obj = v.get_object();
        const depth_guard guard(*this);
        key_set seen;
        out += '{';
        bool first = true;
        for (auto result : obj) {
            od::field field = std::move(result);
            // The key as spelled: from after its opening quote to the closing one.
            const char* raw = field.key().raw();
            std::size_t length = 0;
            while (raw[length] != '"') length += raw[length] == '\\' ? 2 : 1;
            const std::string_view key = field.unescaped_key();  // also checks the escapes
            if (!seen.insert(key)) duplicate_key(key);
            if (!first) out += ',';
            first = false;
            out += '"';
            out.append(raw, length);
            out += "\":";
            path.push(key);  // by hand, as in object()
            copy_into(field.value(), out);
            path.pop();
        }
        out += '}';
        break;
    }
    case od::json_type::array: {
        od::array arr = v.get_array();
        const depth_guard guard(*this);
        out += '[';
        std::size_t index = 0;
        for (auto result : arr) {
            od::value element = std::move(result);
            if (index != 0) out += ',';
            path.push(index++);  // by hand, as in object()
            copy_into(element, out);
            path.pop();
        }
        out += ']';
        break;
    }
    case od::json_type::string: {
        const std::string_view token = trim_right(v.raw_json_token());
        (void)std::string_view(v.get_string());  // checks the escapes
        out += token;
        break;
    }
    case od::json_type::number: out += number_token(v); break;
    case od::json_type::boolean:
    case od::json_type::null: {
        const std::string_view token = trim_right(v.raw_json_token());
        if (token != "true" && token != "false" && token != "null") throw malformed_json{};
        out += token;
        break;
    }
    }
}

}  // namespace jixiao::json
