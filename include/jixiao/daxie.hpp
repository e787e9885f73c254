#pragma once
// 大写: an amount in Chinese uppercase as written on cheques and vouchers,
// following the People's Bank of China's 《正确填写票据和结算凭证的基本规定》.

#include <jixiao/money.hpp>

#include <string>

namespace jixiao {

/// An amount in Chinese uppercase: ￥107,000.53 → "壹拾万柒仟元零伍角叁分";
/// 0 → "零元整". Throws jixiao::error for amounts of 1万亿元 or more (in
/// absolute value); negative amounts get the prefix 负.
///
///     jixiao::to_daxie(jixiao::money::parse("10.82万"))  // "壹拾万捌仟贰佰元整"
[[nodiscard]] std::string to_daxie(const money& amount);

}  // namespace jixiao
