// Reading an amount from text, and the one message for an amount that leaves
// the range of money.

#include <jixiao/money.hpp>

#include <string>

namespace jixiao {

namespace detail {

void throw_money_overflow(std::string_view operation) {
    throw overflow_error({"金额运算溢出（" + std::string(operation) + "）：超出可表示的范围（绝对值最多约 3.4×10^36 元）",
                          "amount overflow in " + std::string(operation) +
                              ": beyond the representable range (about ±3.4e36 yuan)"});
}

}  // namespace detail

money money::parse(std::string_view text) {
    const std::string quoted = detail::quote_for_message(text);
    const auto not_an_amount = [&](const std::string& zh_detail = {}, const std::string& en_detail = {}) {
        return error({quoted + " 不是金额" + zh_detail + "（应为 \"108200.00\" 或 \"10.82万\" 这样的形式）",
                      quoted + " is not an amount" + en_detail + " (expected e.g. \"108200.00\" or \"10.82万\")"});
    };
    // The longest amount in range, in full-width digits with separators, is under 200 bytes:
    // a longer text is refused before it is read character by character.
    constexpr std::size_t longest_amount_text = 256;
    if (text.size() > longest_amount_text)
        throw not_an_amount("：超过 " + std::to_string(longest_amount_text) + " 个字节",
                            ": longer than " + std::to_string(longest_amount_text) + " bytes");
    const auto folded = detail::fold_number_text(text);
    if (!folded) throw not_an_amount("：不是有效的 UTF-8", ": not valid UTF-8");
    if (folded->empty()) throw not_an_amount("：内容为空", ": the text is empty");
    std::string_view s = *folded;

    // Unit suffix: 元, 万 or 万元; a second unit is an error, not a guess.
    constexpr std::string_view yuan_sign = "元", wan_sign = "万";
    int scale_digits = 2;  // decimal places of the unit that are still whole fen
    const auto ends_with = [&](std::string_view suffix) {
        return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
    };
    if (ends_with(yuan_sign)) s.remove_suffix(yuan_sign.size());
    if (ends_with(wan_sign)) { s.remove_suffix(wan_sign.size()); scale_digits = 6; }
    if (ends_with(yuan_sign) || ends_with(wan_sign))
        throw error({quoted + " 带有两个单位（应只写一个：元、万 或 万元）",
                     quoted + " has two units (expected one of 元, 万 or 万元)"});

    // Optional sign, then an optional currency sign ¥/￥.
    std::string number;
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) { number += s[0]; i = 1; }
    for (std::string_view currency : {std::string_view("¥"), std::string_view("￥")})
        if (s.substr(i).starts_with(currency)) { i += currency.size(); break; }
    number += s.substr(i);

    const auto decimal = detail::parse_decimal(number, true);
    if (!decimal) throw not_an_amount();
    if (decimal->decimals > scale_digits) {
        throw error({quoted + " 精确到了分以下（元最多两位小数，万元最多六位）；金额从不暗中四舍五入",
                     quoted + " is finer than one fen (at most 2 decimals in 元, 6 in 万元); "
                              "amounts are never rounded silently"});
    }
    std::string digits = decimal->digits;
    digits.append(static_cast<std::size_t>(scale_digits - decimal->decimals), '0');
    const auto fen = checked_int128::from_digits(decimal->negative, digits);
    if (!fen) {
        throw error({quoted + " 超出可表示的金额范围（绝对值应不超过 " + std::string(detail::largest_amount_text) + " 元）",
                     quoted + " is out of range (expected at most " + std::string(detail::largest_amount_text) +
                         " yuan in absolute value)"});
    }
    return money::from_fen(*fen);
}

std::optional<money> money::try_parse(std::string_view text) noexcept {
    try {
        return parse(text);
    } catch (...) {  // jixiao::error, or std::bad_alloc on a huge text
        return std::nullopt;
    }
}

}  // namespace jixiao
