// 大写 amounts per the PBoC's 《正确填写票据和结算凭证的基本规定》.
//
// Where the rules allow two spellings, jixiao picks one:
// - A run of zeros ending at the 万位 or 亿位 with a non-zero 千位 next
//   (￥107,000.53) is written without 零: 壹拾万柒仟元…; a run that spans a whole
//   empty group (￥100,007,000) keeps it: 壹亿零柒仟元整, so it cannot be misread.
// - 元位 zero with a non-zero 角 (￥1,680.32) is written with 零: …捌拾元零叁角贰分.
// - 整 only when there are neither 角 nor 分; amounts below one yuan omit 零元
//   (￥0.05 → 伍分); negative amounts are prefixed 负.
#include <jixiao/multiprecision.hpp>
#include <jixiao/daxie.hpp>

#include <array>

namespace jixiao {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
namespace {

constexpr std::array<const char*, 10> digit_names{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
constexpr std::array<const char*, 4> place_names{"仟", "佰", "拾", ""};  // 千位 first
constexpr std::array<const char*, 3> group_names{"", "万", "亿"};

// Integer yuan below 10^12 in words, without the trailing 元.
std::string integer_words(unsigned long long yuan) {
    const std::array<unsigned, 3> groups{static_cast<unsigned>(yuan % 10000),
                                         static_cast<unsigned>(yuan / 10000 % 10000),
                                         static_cast<unsigned>(yuan / 100000000)};
    std::string out;
    bool started = false;
    bool zero_pending = false;
    int zero_run_group = -1;            // group in which the pending run of zeros began
    bool zero_run_in_nonzero_group = false;
    for (int k = 2; k >= 0; --k) {
        const unsigned g = groups[static_cast<std::size_t>(k)];
        if (g == 0) {
            if (started && !zero_pending) {
                zero_pending = true;
                zero_run_group = k;
                zero_run_in_nonzero_group = false;
            }
            continue;
        }
        const std::array<unsigned, 4> digits{g / 1000, g / 100 % 10, g / 10 % 10, g % 10};
        for (std::size_t p = 0; p < 4; ++p) {
            const unsigned d = digits[p];
            if (d == 0) {
                if (started && !zero_pending) {
                    zero_pending = true;
                    zero_run_group = k;
                    zero_run_in_nonzero_group = true;
                }
                continue;
            }
            if (zero_pending) {
                const bool only_trailing_zeros_of_previous_group =
                    p == 0 && zero_run_group == k + 1 && zero_run_in_nonzero_group;
                if (!only_trailing_zeros_of_previous_group) out += digit_names[0];
                zero_pending = false;
            }
            out += digit_names[d];
            out += place_names[p];
            started = true;
        }
        out += group_names[static_cast<std::size_t>(k)];
    }
    return out;
}

}  // namespace

std::string to_daxie(const money& amount) {
    cpp_int fen = to_cpp_int(amount.fen());
    const bool negative = fen < 0;
    if (negative) fen = -fen;
    const cpp_int yuan = fen / 100;
    static const cpp_int limit("1000000000000");  // 1万亿元
    if (yuan >= limit)
        throw error({"金额 " + to_string(amount) + " 元超出大写的范围（绝对值应小于 1万亿元，即 1000000000000.00 元）",
                     "amount " + to_string(amount) +
                         " is too large for 大写 (its absolute value must be below 1万亿元, 1000000000000.00 yuan)"});
    const auto y = yuan.convert_to<unsigned long long>();
    const auto jiao = static_cast<unsigned>(fen / 10 % 10);
    const auto fen_digit = static_cast<unsigned>(fen % 10);

    std::string out = negative ? "负" : "";
    if (y == 0 && jiao == 0 && fen_digit == 0) return "零元整";
    if (y > 0) out += integer_words(y) + "元";
    if (jiao == 0 && fen_digit == 0) return out + "整";
    if (y > 0 && (y % 10 == 0 || jiao == 0)) out += digit_names[0];
    if (jiao != 0) out += std::string(digit_names[jiao]) + "角";
    if (fen_digit != 0) out += std::string(digit_names[fen_digit]) + "分";
    return out;
}

}  // namespace jixiao
