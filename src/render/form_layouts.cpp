// The two layouts of the 自评表 jixiao files, as data (see form_layout.hpp).
#include "render/form_layout.hpp"

namespace jixiao::detail {
namespace {

using fs = fund_source;
using ic = indicator_column;
using fc = funds_column;
using ff = form_field;

layout_cell label(const char* zh, const char* en, std::size_t span = 1) { return {{zh, en}, std::nullopt, span}; }
layout_cell value(form_field f, std::size_t span) { return {{}, f, span}; }
layout_cell headed(const char* zh, const char* en, form_field f, std::size_t span) { return {{zh, en}, f, span}; }

// MOF 2020 (财预〔2020〕10号 附件): nine columns.
form_description mof_2020() {
    form_description d;
    d.id = form_layout::mof_2020;
    d.width = 9;
    d.sections = {
        heading{{"项目支出绩效自评表", "Project expenditure performance self-evaluation form"}, heading_style::title},
        heading{{"（{year}年度）", "(fiscal year {year})"}, heading_style::subtitle},
        field_rows{{{label("项目名称", "Project"), value(ff::name, 8)},
                    {label("主管部门", "Competent department"), value(ff::department, 3),
                     label("实施单位", "Implementing unit"), value(ff::implementer, 4)}}},
        funds_block{{"项目资金（万元）", "Funds (10,000 yuan)"},
                    {"", ""},
                    1,
                    {{fc::initial, {"年初预算数", "Initial budget"}},
                     {fc::adjusted, {"全年预算数", "Full-year budget"}},
                     {fc::used, {"全年执行数", "Executed"}},
                     {fc::weight, {"分值", "Weight"}},
                     {fc::rate, {"执行率", "Execution rate"}},
                     {fc::score, {"得分", "Score"}},
                     {fc::reason, {"偏差原因", "Reason for deviation"}}},
                    {{{"年度资金总额", "Total funds of the year"}, {}, false},
                     {{"当年财政拨款", "current-year appropriation"}, {fs::current_year}, true},
                     {{"上年结转资金", "carried over from the prior year"}, {fs::prior_year}, false},
                     // MOF's 其他资金 is everything that is neither appropriation nor carry-over.
                     {{"其他资金", "other funds"}, {fs::special_account, fs::own, fs::other}, false}},
                    "—"},
        text_block{{"年度总体目标", "Overall annual goal"},
                   {{headed("预期目标", "Expected", ff::goal, 4), headed("实际完成情况", "Achieved", ff::outcome, 4)}}},
        indicator_block{{"绩效指标", "Performance indicators"},
                        {{ic::level1, {"一级指标", "Level-1 indicator"}},
                         {ic::level2, {"二级指标", "Level-2 indicator"}},
                         {ic::name, {"三级指标", "Level-3 indicator"}},
                         {ic::target, {"年度指标值", "Target"}},
                         {ic::actual, {"实际完成值", "Actual"}},
                         {ic::weight, {"分值", "Weight"}},
                         {ic::score, {"得分", "Score"}},
                         {ic::deviation, {"偏差原因分析及改进措施", "Deviation reason and remedy"}}},
                        {"总分", "Total"}},
    };
    return d;
}

// Sichuan 2023 部门预算项目支出绩效自评表 (510000_0013zp): eleven columns.
form_description sc_2023() {
    form_description d;
    d.id = form_layout::sc_2023;
    d.width = 11;
    d.sections = {
        heading{{"报表编号：510000_0013zp", "Report code: 510000_0013zp"}, heading_style::code},
        heading{{"部门预算项目支出绩效自评表", "Departmental budget project expenditure performance self-evaluation form"},
                heading_style::title},
        heading{{"（{year}年度）", "(fiscal year {year})"}, heading_style::subtitle},
        field_rows{{{label("项目名称", "Project", 2), value(ff::code_and_name, 9)},
                    {label("主管部门", "Competent department", 2), value(ff::department, 4),
                     label("实施单位（盖章）", "Implementing unit (seal)", 2), value(ff::implementer, 3)}}},
        text_block{{"项目基本情况", "Project overview"},
                   {{headed("1. 项目年度目标", "1. Annual goal", ff::goal, 5),
                     headed("年度目标完成情况", "Achievement of the goal", ff::outcome, 5)},
                    {headed("2. 项目实施内容及过程概述", "2. Content and course of implementation", ff::content, 10)}}},
        funds_block{{"预算执行情况（{points}分）", "Budget execution ({points} points)"},
                    {"年度预算数（万元）", "Annual budget (10,000 yuan)"},
                    2,
                    {{fc::initial, {"年初预算", "Initial budget"}},
                     {fc::adjusted, {"调整后预算数", "Adjusted budget"}},
                     {fc::used, {"预算执行数", "Executed"}},
                     {fc::rate, {"预算执行率", "Execution rate"}},
                     {fc::weight, {"权重", "Weight"}},
                     {fc::score, {"得分", "Score"}},
                     {fc::reason, {"原因", "Reason"}, 2}},
                    {{{"总额", "Total"}, {}, false},
                     {{"财政资金", "fiscal funds"}, {fs::current_year, fs::prior_year}, true},
                     {{"财政专户管理资金", "special fiscal account funds"}, {fs::special_account}, false},
                     {{"单位资金", "the unit's own funds"}, {fs::own}, false},
                     {{"其他资金", "other funds"}, {fs::other}, false}},
                    "/"},
        indicator_block{{"绩效指标（{points}分）", "Performance indicators ({points} points)"},
                        {{ic::level1, {"一级指标", "Level-1 indicator"}},
                         {ic::level2, {"二级指标", "Level-2 indicator"}},
                         {ic::name, {"三级指标", "Level-3 indicator"}},
                         {ic::nature, {"指标性质", "Kind"}},
                         {ic::target_value, {"指标值", "Target"}},
                         {ic::unit, {"度量单位", "Unit"}},
                         {ic::actual_value, {"完成值", "Actual"}},
                         {ic::weight, {"权重", "Weight"}},
                         {ic::score, {"得分", "Score"}},
                         {ic::deviation, {"未完成原因分析", "Reason for shortfall"}}},
                        {"合计", "Total"}},
        field_rows{{{label("评价结论", "Conclusion", 2), value(ff::conclusion, 9)},
                    {label("存在问题", "Problems", 2), value(ff::problems, 9)},
                    {label("改进措施", "Improvements", 2), value(ff::suggestions, 9)}}},
        signature_line{{label("项目负责人：", "Project leader:", 6), label("财务负责人：", "Finance officer:", 5)}},
    };
    return d;
}

}  // namespace

const form_description& layout_of(form_layout id) {
    static const form_description mof = mof_2020();
    static const form_description sc = sc_2023();
    return id == form_layout::sc_2023 ? sc : mof;
}

}  // namespace jixiao::detail
