// Fuzz target: amounts. Whatever the bytes, money::parse gives an amount or
// throws jixiao::error; an amount that parses is written in every form jixiao
// writes — canonical yuan, with thousands separators, 万元, 大写 — and each
// form reads back to the same amount. The reader's fast path for plain
// amounts gives exactly what money::parse gives.
#include "fuzz_support.hpp"

#include "json/json_input.hpp"

#include <jixiao/daxie.hpp>
#include <jixiao/money.hpp>
#include <jixiao/multiprecision.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

using namespace jixiao;
using boost::multiprecision::cpp_int;
using fuzz::require;

namespace {

// Reads 大写 back into fen: the test's own reading of the PBoC form, so that
// to_daxie is checked against the amount it was given, not against itself.
// nullopt when the text is not 大写 at all.
std::optional<cpp_int> read_daxie(std::string_view text) {
    static constexpr std::array<std::string_view, 10> digits{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    bool negative = false;
    if (text.starts_with("负")) {
        negative = true;
        text.remove_prefix(std::string_view("负").size());
    }
    cpp_int yuan = 0, group = 0;
    int digit = 0;
    std::optional<int> jiao, fen;
    bool whole = false;  // 整 seen
    while (!text.empty()) {
        bool matched = false;
        for (int d = 0; d < 10 && !matched; ++d)
            if (text.starts_with(digits[static_cast<std::size_t>(d)])) {
                digit = d;
                text.remove_prefix(digits[static_cast<std::size_t>(d)].size());
                matched = true;
            }
        if (matched) continue;
        const auto take = [&](std::string_view unit) {
            if (!text.starts_with(unit)) return false;
            text.remove_prefix(unit.size());
            return true;
        };
        if (take("拾")) group += digit * 10;
        else if (take("佰")) group += digit * 100;
        else if (take("仟")) group += digit * 1000;
        else if (take("亿")) { yuan += (group + digit) * 100000000; group = 0; }
        else if (take("万")) { yuan += (group + digit) * 10000; group = 0; }
        else if (take("元")) { yuan += group + digit; group = 0; }
        else if (take("角")) jiao = digit;
        else if (take("分")) fen = digit;
        else if (take("整")) whole = true;
        else return std::nullopt;
        digit = 0;
    }
    if (whole == (jiao || fen)) return std::nullopt;  // 整 exactly when there are neither 角 nor 分
    const cpp_int total = yuan * 100 + jiao.value_or(0) * 10 + fen.value_or(0);
    return negative ? cpp_int(-total) : total;
}

void check_amount(const money& m, std::string_view input) {
    const std::string canonical = to_string(m);
    const std::string shown = std::string(input.substr(0, 200)) + " → " + canonical;
    require(money::parse(canonical) == m, "the canonical form reads back to the amount", shown);
    require(to_string(money::parse(canonical)) == canonical, "the canonical form is a fixed point", shown);
    require(money::parse(format_yuan(m, {.thousands = true})) == m, "the thousands form reads back", shown);
    require(money::parse(format_wan(m) + "万") == m, "the 万元 form reads back", shown);
    require(money::parse(format_wan(m) + "万元") == m, "the 万元 form with 元 reads back", shown);

    // 大写 below 1万亿元; above it, a refusal that says so.
    static const cpp_int daxie_limit("100000000000000");  // 1万亿元 in fen
    const cpp_int fen = to_cpp_int(m.fen());
    if ((fen < 0 ? cpp_int(-fen) : fen) < daxie_limit) {
        const std::string words = to_daxie(m);
        require(detail::is_valid_utf8(words), "大写 is valid UTF-8", shown);
        const auto back = read_daxie(words);
        require(back.has_value() && *back == fen, "大写 reads back to the amount", shown + " → " + words);
    } else {
        try {
            (void)to_daxie(m);
            fuzz::broken("大写 of 1万亿元 or more is refused", shown);
        } catch (const error& e) {
            fuzz::check_message(e);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::optional<money> parsed;
    try {
        parsed = money::parse(input);
    } catch (const error& e) {
        fuzz::check_message(e);
    }
    // The reader's fast path reads only plain spellings, and reads them as money::parse does.
    if (const auto plain = json::parse_plain_amount(input))
        require(parsed && *plain == *parsed, "parse_plain_amount agrees with money::parse", input.substr(0, 200));
    if (parsed) check_amount(*parsed, input);
    return 0;
}
