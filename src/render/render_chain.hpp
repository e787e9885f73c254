#pragma once
// The chain table of a project evaluated as part of a history (history.hpp):
// per year the prior-year money that came in, what was used, what was carried
// out and how much of that is older than one year, in exact 元. Internal to jixiao.

#include <jixiao/chain.hpp>
#include <jixiao/error.hpp>

#include <string>
#include <vector>

namespace jixiao::detail {

// "结转链（元）" / "Carry-forward chain (yuan)"
[[nodiscard]] std::string chain_title(language lang);

// The header row, then one row per year; a figure nobody stated reads "未说明" / "not stated".
[[nodiscard]] std::vector<std::vector<std::string>> chain_rows(const std::vector<chain_year>& chain, language lang);

}  // namespace jixiao::detail
