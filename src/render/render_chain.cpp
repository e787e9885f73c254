#include "render/render_chain.hpp"

namespace jixiao::detail {

std::string chain_title(language lang) { return lang == language::zh ? "结转链（元）" : "Carry-forward chain (yuan)"; }

std::vector<std::vector<std::string>> chain_rows(const std::vector<chain_year>& chain, language lang) {
    const bool zh = lang == language::zh;
    const auto figure = [&](const std::optional<money>& m) { return m ? to_string(*m) : std::string(zh ? "未说明" : "not stated"); };
    std::vector<std::vector<std::string>> rows;
    rows.push_back(zh ? std::vector<std::string>{"年度", "上年结转资金", "使用", "结转下年", "其中超过一年"}
                      : std::vector<std::string>{"year", "prior-year money in", "used", "carried out", "of which older than one year"});
    for (const auto& y : chain)
        rows.push_back({std::to_string(y.fiscal_year), figure(y.prior_in), figure(y.used), figure(y.carried_out),
                        figure(y.older)});
    return rows;
}

}  // namespace jixiao::detail
