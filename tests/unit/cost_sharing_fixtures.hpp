#pragma once
// Policies and documents the cost-sharing tests share, built in C++ (the
// seed's project p02 and its policy 川社险办〔2021〕26号 as applied in 攀枝花).

#include "../support/helpers.hpp"
#include <jixiao/document.hpp>
#include <jixiao/money.hpp>
#include <jixiao/ratio.hpp>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>


namespace fixtures {

using jixiao::testing::yuan;

using namespace jixiao;


inline share_node node(std::initializer_list<std::pair<level, std::string_view>> shares,
                       std::optional<share_node> rest = std::nullopt) {
    share_node n;
    for (const auto& [lvl, text] : shares) n.shares.emplace_back(lvl, ratio::parse(text));
    if (rest) n.rest = std::make_shared<const share_node>(std::move(*rest));
    return n;
}

// general: provincial 50%, rest municipal 35% / district 65%;
// former_registered_poor: municipal 35%, district 65%; 100 yuan per person-year, 2021–2025.
inline policy pension_policy() {
    policy p;
    p.id = "sc-resident-pension-subsidy";
    p.title = "困难群体城乡居民基本养老保险政府代缴";
    p.reference = "川社险办〔2021〕26号";
    p.valid_from = date(2021, 1, 1);
    p.valid_to = date(2025, 12, 31);
    p.standard = yuan("100");
    p.categories = {
        {"general", node({{level::provincial, "50%"}}, node({{level::municipal, "35%"}, {level::district, "65%"}}))},
        {"former_registered_poor", node({{level::municipal, "35%"}, {level::district, "65%"}})},
    };
    return p;
}

// A policy of one category with the given share tree and standard.
inline policy single_policy(share_node root, std::string_view standard = "100", std::string id = "single") {
    policy p;
    p.id = std::move(id);
    p.standard = yuan(standard);
    p.categories = {{"all", std::move(root)}};
    return p;
}

inline tranche make_tranche(level at, std::string_view amount) {
    tranche t;
    t.level = at;
    t.source = fund_source::current_year;
    t.amount = yuan(amount);
    t.arrived = t.amount;
    return t;
}

// The seed's p02 for fiscal year 2023: headcount total 7109, no by_category;
// tranches provincial 10.82万 and district 44.25万; 55.07万 used.
inline document seed_document() {
    document d;
    d.unit = "攀枝花市仁和区人力资源和社会保障局";
    d.fiscal_year = 2023;
    d.policies.push_back(pension_policy());
    project p;
    p.id = "p02";
    p.name = "困难群众社会保险代缴资金";
    p.tranches = {make_tranche(level::provincial, "10.82万"), make_tranche(level::district, "44.25万")};
    p.execution = execution{};
    p.execution->used = yuan("55.07万");
    p.cost_sharing = cost_sharing{"sc-resident-pension-subsidy", 7109, {}, {}};
    d.projects.push_back(std::move(p));
    return d;
}

}  // namespace fixtures
