#pragma once
// The `jixiao/1` document as value types (README "The jixiao/1 format"): one unit's report book
// for one fiscal year. Optional fields stay optional so that a document written
// back says exactly what was read: absent is not the same as "0".

#include <jixiao/calendar.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao {

// ---- vocabulary ---------------------------------------------------------

/// Government levels, in the order cost-sharing ties are broken and levels listed.
enum class level { central, provincial, municipal, district, township };
inline constexpr std::array all_levels{level::central, level::provincial, level::municipal, level::district,
                                       level::township};

enum class fund_source { current_year, prior_year, special_account, own, other };
inline constexpr std::array all_fund_sources{fund_source::current_year, fund_source::prior_year,
                                             fund_source::special_account, fund_source::own, fund_source::other};

enum class indicator_level1 { output, effect, satisfaction, cost };
inline constexpr std::array all_indicator_level1s{indicator_level1::output, indicator_level1::effect,
                                                  indicator_level1::satisfaction, indicator_level1::cost};

enum class indicator_level2 {
    quantity, quality, timeliness, cost,                              // output
    economic, social, ecological, sustainability,                     // effect
    beneficiary,                                                      // satisfaction
    economic_cost, social_cost, environmental_cost,                   // cost (MOF 2021)
};
inline constexpr std::array all_indicator_level2s{
    indicator_level2::quantity,      indicator_level2::quality,        indicator_level2::timeliness,
    indicator_level2::cost,          indicator_level2::economic,       indicator_level2::social,
    indicator_level2::ecological,    indicator_level2::sustainability, indicator_level2::beneficiary,
    indicator_level2::economic_cost, indicator_level2::social_cost,    indicator_level2::environmental_cost};

enum class comparison { at_least, at_most, equal };  // ">=" 正向, "<=" 反向, "="
inline constexpr std::array all_comparisons{comparison::at_least, comparison::at_most, comparison::equal};

enum class rating { achieved, partial, not_achieved };  // 达成 / 部分达成 / 未达成
inline constexpr std::array all_ratings{rating::achieved, rating::partial, rating::not_achieved};

enum class scheme_preset { mof_2020, sc_2023 };
inline constexpr std::array all_scheme_presets{scheme_preset::mof_2020, scheme_preset::sc_2023};

// The layout of the filed self-evaluation form (自评表): MOF 2020's 项目支出绩效自评表 or
// Sichuan's 2023 部门预算项目支出绩效自评表 (510000_0013zp).
enum class form_layout { mof_2020, sc_2023 };
inline constexpr std::array all_form_layouts{form_layout::mof_2020, form_layout::sc_2023};

enum class reverse_formula { ratio, linear };
inline constexpr std::array all_reverse_formulas{reverse_formula::ratio, reverse_formula::linear};

/// Identifier, Chinese and English names of each enumerator.
struct vocabulary_entry {
    std::string_view id;
    std::string_view zh;
    std::string_view en;
};

[[nodiscard]] constexpr vocabulary_entry vocabulary(level v) noexcept {
    switch (v) {
    case level::central: return {"central", "中央", "central"};
    case level::provincial: return {"provincial", "省级", "provincial"};
    case level::municipal: return {"municipal", "市级", "municipal"};
    case level::district: return {"district", "区县级", "district"};
    case level::township: return {"township", "乡镇", "township"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(fund_source v) noexcept {
    switch (v) {
    case fund_source::current_year: return {"current_year", "当年财政拨款", "current-year appropriation"};
    case fund_source::prior_year: return {"prior_year", "上年结转资金", "prior-year carry-over"};
    case fund_source::special_account: return {"special_account", "财政专户管理资金", "special-account funds"};
    case fund_source::own: return {"own", "单位资金", "unit's own funds"};
    case fund_source::other: return {"other", "其他资金", "other funds"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(indicator_level1 v) noexcept {
    switch (v) {
    case indicator_level1::output: return {"output", "产出指标", "output"};
    case indicator_level1::effect: return {"effect", "效益指标", "effect"};
    case indicator_level1::satisfaction: return {"satisfaction", "满意度指标", "satisfaction"};
    case indicator_level1::cost: return {"cost", "成本指标", "cost"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(indicator_level2 v) noexcept {
    switch (v) {
    case indicator_level2::quantity: return {"quantity", "数量指标", "quantity"};
    case indicator_level2::quality: return {"quality", "质量指标", "quality"};
    case indicator_level2::timeliness: return {"timeliness", "时效指标", "timeliness"};
    case indicator_level2::cost: return {"cost", "成本指标", "cost"};
    case indicator_level2::economic: return {"economic", "经济效益指标", "economic"};
    case indicator_level2::social: return {"social", "社会效益指标", "social"};
    case indicator_level2::ecological: return {"ecological", "生态效益指标", "ecological"};
    case indicator_level2::sustainability: return {"sustainability", "可持续影响指标", "sustainability"};
    case indicator_level2::beneficiary: return {"beneficiary", "服务对象满意度指标", "beneficiary satisfaction"};
    case indicator_level2::economic_cost: return {"economic_cost", "经济成本指标", "economic cost"};
    case indicator_level2::social_cost: return {"social_cost", "社会成本指标", "social cost"};
    case indicator_level2::environmental_cost:
        return {"environmental_cost", "生态环境成本指标", "environmental cost"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(comparison v) noexcept {
    switch (v) {
    case comparison::at_least: return {">=", "≥", "at least"};
    case comparison::at_most: return {"<=", "≤", "at most"};
    case comparison::equal: return {"=", "=", "equal to"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(rating v) noexcept {
    switch (v) {
    case rating::achieved: return {"achieved", "达成", "achieved"};
    case rating::partial: return {"partial", "部分达成", "partially achieved"};
    case rating::not_achieved: return {"not_achieved", "未达成", "not achieved"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(scheme_preset v) noexcept {
    switch (v) {
    case scheme_preset::mof_2020: return {"mof-2020", "财预〔2020〕10号", "MOF 2020"};
    case scheme_preset::sc_2023: return {"sc-2023", "四川2023自评表", "Sichuan 2023 form"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(form_layout v) noexcept {
    switch (v) {
    case form_layout::mof_2020: return {"mof-2020", "项目支出绩效自评表（财预〔2020〕10号）", "MOF 2020 form"};
    case form_layout::sc_2023: return {"sc-2023", "四川省部门预算项目支出绩效自评表（2023）", "Sichuan 2023 form"};
    }
    return {"?", "?", "?"};
}
[[nodiscard]] constexpr vocabulary_entry vocabulary(reverse_formula v) noexcept {
    switch (v) {
    case reverse_formula::ratio: return {"ratio", "比值法", "ratio"};
    case reverse_formula::linear: return {"linear", "线性扣减法", "linear"};
    }
    return {"?", "?", "?"};
}

// The indicator_level1 a level-2 category belongs to (JX-I008).
[[nodiscard]] constexpr indicator_level1 parent_of(indicator_level2 v) noexcept {
    switch (v) {
    case indicator_level2::quantity:
    case indicator_level2::quality:
    case indicator_level2::timeliness:
    case indicator_level2::cost: return indicator_level1::output;
    case indicator_level2::economic:
    case indicator_level2::social:
    case indicator_level2::ecological:
    case indicator_level2::sustainability: return indicator_level1::effect;
    case indicator_level2::beneficiary: return indicator_level1::satisfaction;
    case indicator_level2::economic_cost:
    case indicator_level2::social_cost:
    case indicator_level2::environmental_cost: return indicator_level1::cost;
    }
    return indicator_level1::output;
}

template <class E>
concept vocabulary_enum = requires(E e) { { vocabulary(e) } -> std::same_as<vocabulary_entry>; };

[[nodiscard]] constexpr std::string_view to_string(vocabulary_enum auto v) noexcept { return vocabulary(v).id; }

// The enumerator whose identifier is `id`, searching `all` (e.g. all_levels).
template <class E, std::size_t N>
[[nodiscard]] constexpr std::optional<E> from_id(const std::array<E, N>& all, std::string_view id) noexcept {
    for (E e : all)
        if (vocabulary(e).id == id) return e;
    return std::nullopt;
}

template <vocabulary_enum E>
std::ostream& operator<<(std::ostream& os, E v) {
    return os << vocabulary(v).id;
}

// ---- extension data ---------------------------------------------------------

// The value of an "x" key: the user's own data, kept as minified JSON text and
// written back untouched (numbers and strings keep their exact spelling).
struct extension {
    std::string json;  // empty: no "x" key
    [[nodiscard]] bool empty() const noexcept { return json.empty(); }
    friend bool operator==(const extension&, const extension&) = default;
};

// ---- the document -------------------------------------------------------------

struct tranche {
    jixiao::level level = jixiao::level::district;
    std::optional<fund_source> source;
    money amount;                         // 下达
    std::optional<money> arrived;         // 到位; absent: the whole amount
    std::optional<date> arrival_date;
    std::optional<int> year;              // fiscal year that allocated it
    std::optional<std::string> document;  // 文号
    extension x;
    friend bool operator==(const tranche&, const tranche&) = default;
};

struct budget {
    std::optional<money> initial;   // 年初预算数
    std::optional<money> adjusted;  // 全年预算数 / 调整后预算数
    extension x;
    friend bool operator==(const budget&, const budget&) = default;
};

struct use_item {
    std::string purpose;
    money amount;
    extension x;
    friend bool operator==(const use_item&, const use_item&) = default;
};

// A percentage as the report printed it; its precision decides what "equal" means (JX-F004).
struct reported_percentage {
    ratio value;
    std::optional<int> decimals;  // decimal places of the percent as printed; nullopt: exact ("7/20")
    std::string text;             // as written, e.g. "0%"
    friend bool operator==(const reported_percentage& a, const reported_percentage& b) {
        return a.value == b.value && a.decimals == b.decimals;
    }
};

struct execution {
    std::optional<money> used;             // 执行数 / 使用
    std::optional<money> carried_forward;  // 结转
    std::optional<money> reduced;          // 追减 / 调减
    std::optional<money> recovered;        // 收回
    std::optional<money> surplus;          // 结余
    std::vector<use_item> items;
    std::optional<reported_percentage> reported_rate;
    std::optional<std::string> deviation;
    extension x;
    friend bool operator==(const execution&, const execution&) = default;
};

// A share tree node: some levels take a ratio, `rest` (if any) splits the remainder.
struct share_node {
    std::vector<std::pair<level, ratio>> shares;
    std::shared_ptr<const share_node> rest;  // immutable, so copies may share it
    extension x{};
    friend bool operator==(const share_node& a, const share_node& b) {
        if (a.shares != b.shares || a.x != b.x) return false;
        if (!a.rest || !b.rest) return !a.rest && !b.rest;
        return *a.rest == *b.rest;
    }
};

struct policy {
    std::string id;
    std::optional<std::string> title;
    std::optional<std::string> reference;  // 文号
    std::optional<date> valid_from;
    std::optional<date> valid_to;
    money standard;  // per person-year
    std::vector<std::pair<std::string, share_node>> categories;  // in document order
    extension x;
    extension categories_x{};  // an "x" inside the categories object ("x" is never a category name)
    friend bool operator==(const policy&, const policy&) = default;
};

struct cost_sharing {
    std::string policy;
    std::optional<std::int64_t> total;                            // headcount, all categories
    std::vector<std::pair<std::string, std::int64_t>> by_category;  // in document order
    extension x;
    extension headcount_x{};    // an "x" inside the headcount object
    extension by_category_x{};  // an "x" inside by_category ("x" is never a category name)
    friend bool operator==(const cost_sharing&, const cost_sharing&) = default;
};

struct indicator {
    indicator_level1 level1 = indicator_level1::output;
    std::optional<indicator_level2> level2;
    std::string name;
    std::optional<std::string> unit;
    points weight;
    std::optional<comparison> op;
    std::optional<quantity> target;
    std::optional<quantity> actual;
    std::optional<jixiao::rating> rating;
    std::optional<points> score;  // a qualitative score within the rating's band
    bool not_applicable = false;
    std::optional<std::string> deviation;  // 偏差原因分析及改进措施
    std::optional<points> reported_score;  // what the unit's form printed; checked, never used
    extension x;
    friend bool operator==(const indicator&, const indicator&) = default;
};

// What the unit's own form printed; checked (JX-I009, JX-I010), never used.
struct reported_scores {
    std::optional<points> execution_score;
    std::optional<points> total;
    extension x;
    friend bool operator==(const reported_scores&, const reported_scores&) = default;
};

struct project {
    std::string id;
    std::optional<std::string> code;  // 项目代码 (printed before the name on the SC form)
    std::string name;
    std::optional<std::string> department;   // 主管部门; default: the document's unit
    std::optional<std::string> implementer;  // 实施单位; default: the document's unit
    std::vector<std::string> basis;
    std::optional<std::string> goal;
    std::optional<std::string> outcome;
    std::optional<std::string> content;  // 项目实施内容及过程概述
    std::optional<jixiao::budget> budget;
    std::vector<tranche> tranches;
    std::optional<jixiao::execution> execution;
    std::optional<jixiao::cost_sharing> cost_sharing;
    std::vector<indicator> indicators;
    std::optional<std::vector<std::string>> problems;
    std::optional<std::vector<std::string>> suggestions;
    std::optional<std::string> conclusion;  // 评价结论
    std::optional<reported_scores> reported;
    // 到位率 as the text states it (Σ arrived / Σ amount); checked by JX-F012, never used.
    std::optional<reported_percentage> reported_arrival_rate;
    extension x;
    friend bool operator==(const project&, const project&) = default;
};

struct scheme {
    std::optional<scheme_preset> preset;            // default mof-2020
    std::optional<form_layout> form;                // default: the preset's form
    std::optional<reverse_formula> reverse;         // default ratio
    std::optional<bool> cap_execution;              // default true
    std::optional<points> execution_weight;         // default 10
    std::optional<int> score_decimals;              // default 2
    extension x;
    friend bool operator==(const scheme&, const scheme&) = default;

    [[nodiscard]] scheme_preset preset_or_default() const { return preset.value_or(scheme_preset::mof_2020); }
    [[nodiscard]] form_layout form_or_default() const {
        if (form) return *form;
        return preset_or_default() == scheme_preset::sc_2023 ? form_layout::sc_2023 : form_layout::mof_2020;
    }
    [[nodiscard]] reverse_formula reverse_or_default() const { return reverse.value_or(reverse_formula::ratio); }
    [[nodiscard]] bool cap_execution_or_default() const { return cap_execution.value_or(true); }
    [[nodiscard]] points execution_weight_or_default() const { return execution_weight.value_or(points(10)); }
    [[nodiscard]] int score_decimals_or_default() const { return score_decimals.value_or(2); }
};

inline constexpr std::string_view document_format = "jixiao/1";
inline constexpr std::string_view evaluation_format = "jixiao-evaluation/1";

struct document {
    std::optional<std::string> unit;
    std::optional<std::string> region;
    int fiscal_year = 0;
    std::optional<jixiao::scheme> scheme;
    std::vector<policy> policies;
    std::vector<project> projects;
    extension x;
    friend bool operator==(const document&, const document&) = default;

    [[nodiscard]] jixiao::scheme scheme_or_default() const { return scheme.value_or(jixiao::scheme{}); }
    [[nodiscard]] const policy* find_policy(std::string_view id) const {
        for (const auto& p : policies)
            if (p.id == id) return &p;
        return nullptr;
    }
};

}  // namespace jixiao
