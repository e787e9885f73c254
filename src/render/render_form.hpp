#pragma once
// The self-evaluation form (自评表) of each project as display cells, built once
// from the evaluated document and laid out by every renderer (text, md, csv,
// html, xlsx), so that all formats carry the same figures. Internal to jixiao.
//
// Every figure is exact decimal text made by jixiao's exact formatting: money
// in 万元 rounded 四舍五入 to two decimals, percentages to two decimals, scores
// to the scheme's score_decimals. A cell that holds a figure keeps that text in
// `number` too, for the xlsx writer, which stores it as an Excel number.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include "render/form_layout.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jixiao::detail {

// ---- cells --------------------------------------------------------------------------

enum class cell_kind {
    text,     // words
    wan,      // money in 万元, two decimals: "55.07"
    percent,  // a percentage, two decimals: number "100.00", text "100.00%"
    score,    // a score on the scheme's grid: "60.00"
    weight,   // a weight as given: "50", "7.5"
    count,    // a whole number: "3"
};

struct cell {
    std::string text;    // as displayed; "—" where there is no figure
    cell_kind kind = cell_kind::text;
    std::string number;  // the exact decimal text of a figure; empty for words or when there is none

    [[nodiscard]] bool has_number() const noexcept { return !number.empty(); }
    friend bool operator==(const cell&, const cell&) = default;
};

inline constexpr const char* no_figure = "—";

[[nodiscard]] cell text_cell(std::string text);
[[nodiscard]] cell none_cell();
[[nodiscard]] cell wan_cell(const money& m);
[[nodiscard]] cell percent_cell(const ratio& r);
[[nodiscard]] cell score_cell(const points& p, int decimals);
[[nodiscard]] cell weight_cell(const points& p);
[[nodiscard]] cell count_cell(std::size_t n);

// ---- labels ---------------------------------------------------------------------------

// The words of the form in one language (SC form 2023 / MOF 2020 wording).
struct form_labels {
    const char* report_title;     // "{unit}{year}年度项目支出绩效自评表", the unit with its separator
    const char* form_title;       // 项目支出绩效自评表
    const char* year_line;        // （{}年度）
    const char* project_id;       // 项目编号
    const char* project_name;     // 项目名称
    const char* department;       // 主管部门
    const char* implementer;      // 实施单位
    const char* funds;            // 项目资金（万元）
    const char* initial;          // 年初预算数
    const char* adjusted;         // 全年预算数
    const char* used;             // 全年执行数
    const char* weight;           // 分值
    const char* rate;             // 执行率
    const char* score;            // 得分
    const char* funds_total;      // 年度资金总额
    const char* of_which;         // 其中：
    const char* source_unstated;  // 来源未注明
    const char* goal_block;       // 年度总体目标
    const char* goal;             // 预期目标
    const char* outcome;          // 实际完成情况
    const char* indicators;       // 绩效指标
    const char* level1;           // 一级指标
    const char* level2;           // 二级指标
    const char* name;             // 三级指标
    const char* target;           // 年度指标值
    const char* actual;           // 实际完成值
    const char* deviation;        // 偏差原因分析及改进措施
    const char* no_indicators;    // 无绩效指标
    const char* not_applicable;   // 不适用
    const char* total;            // 总分
    const char* grade;            // 等级
    const char* form_place;       // 表中位置
    const char* json_path;        // JSON 路径
    const char* notes;            // 注
    const char* cost_sharing;     // 分级分担测算
    const char* level;            // 级次
    const char* expected_share;   // 应承担
    const char* reported_share;   // 实际下达
    const char* difference;       // 差额
    const char* findings;         // 发现的问题
    const char* no_findings;      // 未发现问题
    const char* document_findings;  // 文档级问题
    const char* rule;             // 规则
    const char* severity;         // 级别
    const char* path;             // 位置
    const char* expected;         // 应为
    const char* found;            // 实为
    const char* message;          // 说明
    const char* summary;          // "汇总：{} 个项目，错误 {} 条，警告 {} 条，提示 {} 条"
    const char* summary_sheet;    // 汇总
    const char* findings_sheet;   // 问题清单
    const char* errors;           // 错误
    const char* warnings;         // 警告
    const char* infos;            // 提示
    const char* all_projects;     // "合计（{} 个项目）"
    const char* document_level;   // （文档）
    const char* budget_yuan;      // 全年预算数（元）
    const char* initial_yuan;     // 年初预算数（元）
    const char* used_yuan;        // 全年执行数（元）
    const char* rate_percent;     // 执行率（%）
    const char* carried_wan;      // 结转结余（万元）
    const char* execution_score;  // 执行率得分
    const char* budget_wan;       // 全年预算数（万元）
    const char* used_wan;         // 全年执行数（万元）
    // footnotes
    const char* note_rounding;
    const char* note_budget_from_tranches;  // {} = Σ tranche amounts in 万元
    const char* note_source_unknown;
    const char* note_no_rate;
    const char* note_rescaled;  // {left out} {applicable} {raw} {total}
    const char* note_scaled;    // {applicable} {raw} {total}: weights that do not total 100
    const char* note_no_indicators;
    const char* note_nothing_applicable;
    const char* not_stated;       // 未说明: a figure the report does not state (never 0.00)
    const char* note_rate_unstated;  // no rate: the budget or the used figure is not stated
};

[[nodiscard]] const form_labels& labels_for(language lang) noexcept;

// ---- the form of one project ----------------------------------------------------------------

struct funds_row {
    std::string label;  // 年度资金总额 / 总额, or a group of sources (当年财政拨款 …)
    bool total = false;
    bool first_source = false;  // printed after 其中：
    cell initial, adjusted, used, weight, rate, score, reason;
    [[nodiscard]] const cell& at(funds_column c) const;
    friend bool operator==(const funds_row&, const funds_row&) = default;
};

struct indicator_row {
    std::size_t index = 0;  // its position among the document's indicators
    std::string level1;     // with the points of its level-1 group: 产出指标（50分）
    std::string level1_name;  // without them: 产出指标
    std::string level2, name;
    std::string nature;        // ≥ ≤ ＝, or 定性
    std::string target;        // "≥7000人", or "—"
    std::string target_value;  // "7000", or ""
    std::string unit;          // "人"
    std::string actual;        // "7109人", "98%（达成）", or "—"
    std::string actual_value;  // "7109", "达成", or ""
    cell weight, score;        // score "不适用" for a not-applicable indicator
    std::string deviation;
    bool applicable = true;
    [[nodiscard]] cell at(indicator_column c) const;
    friend bool operator==(const indicator_row&, const indicator_row&) = default;
};

// The cost-sharing reconciliation of a project: per level what the
// policy's split expects, what the tranches report and the difference, in 万元.
// Printed beside the form (below it, or on its own sheet), never inside it.
struct cost_sharing_row {
    std::string level;  // 省级 …
    cell expected, reported, difference;
    friend bool operator==(const cost_sharing_row&, const cost_sharing_row&) = default;
};
struct cost_sharing_block {
    std::string policy;  // policy title and reference, or id
    std::vector<cost_sharing_row> rows;
    friend bool operator==(const cost_sharing_block&, const cost_sharing_block&) = default;
};
[[nodiscard]] cost_sharing_row make_cost_sharing_row(level lvl, const money& expected,
                                                     const std::optional<money>& reported,
                                                     const std::optional<money>& difference, language lang);

struct project_form {
    // The exact figures behind the cells (the csv prints 元; the html sizes its bars; 汇总 adds them).
    std::optional<money> initial_budget;
    funds_summary exact_funds;
    score_card exact_scores;
    std::size_t index = 0;  // projects[index]
    std::string id, code, name;
    // Words the form prints; "" where the document has none, left blank for the clerk.
    std::string department, implementer;  // default: the document's unit
    std::string goal, outcome, content, conclusion, problems, suggestions;
    std::vector<funds_row> funds;  // the total first, then one row per group of sources
    std::vector<indicator_row> indicators;  // in the form's order: by level-1, then as given
    std::vector<std::size_t> indicator_rows;  // by the document's indicator index: its row in `indicators`
    points execution_weight, indicator_weight;  // for "（10分）", "（90分）"
    cell total_weight, total_score;
    std::string grade;  // 优 … or "—": printed beside the form, not on it
    std::optional<cost_sharing_block> cost_sharing;
    std::vector<std::string> notes;  // footnotes, in order
    std::vector<finding> findings;
    std::vector<chain_year> chain;   // evaluated as part of a history: its chain up to this year (render_chain.hpp)
    [[nodiscard]] std::string field(form_field f) const;
    // The row of `indicators` that shows the document's indicator `index`, if one does.
    [[nodiscard]] std::optional<std::size_t> row_of_indicator(std::size_t index) const;
};

struct report_form {
    language lang = language::zh;
    const form_description* layout = nullptr;
    std::string title;  // 攀枝花市…局 2023年度项目支出绩效自评表 (a space after the unit, so either can be picked out)
    std::string unit;   // "" when not given
    int fiscal_year = 0;
    std::string year_line;  // （2023年度）
    std::vector<project_form> projects;
    std::vector<finding> findings;  // document-level
    evaluation_summary summary;
    // A layout label with its placeholders filled: {year}; {points} is `points` when given.
    [[nodiscard]] std::string label(const label_text& text, const std::string& points = {}) const;
};

// The forms of every project of an evaluated document, in `form` (nullopt: the
// scheme's form, else its preset's).
[[nodiscard]] report_form build_report(const evaluated& e, language lang, std::optional<form_layout> form = std::nullopt);

// The same in parts, for a report written a project at a time (report_writer.hpp):
// the report without projects, findings or summary (its title, year and layout
// from `doc`, whose projects it does not look at), then the form of each project
// `p`, at `index` of the document, from its evaluation `e`, whose findings it
// takes over (an evaluation passed as an rvalue is not copied).
[[nodiscard]] report_form report_head(const document& doc, language lang, std::optional<form_layout> form = std::nullopt);
[[nodiscard]] project_form form_of(const document& doc, const project& p, std::size_t index, project_evaluation e,
                                   const report_form& report);

// Where a finding lies on the form: the row and column of the form the clerk
// reads ("绩效指标第 3 行 · 得分"), and the grid place the renderers mark. Empty
// when the finding concerns no cell of the form (a policy, the cost sharing).
struct form_place {
    std::string label;
    enum class area { none, field, funds, indicator, total } where = area::none;
    std::size_t row = 0;  // funds row or indicator row (in the form's order)
    std::optional<form_field> field;
    std::optional<funds_column> funds_col;
    std::optional<indicator_column> indicator_col;
};
[[nodiscard]] form_place place_of(const finding& f, const project_form& p, const report_form& report);

// A finding's figure as a clerk reads it: an amount in 元 gets its 万元 beside it
// ("550700.00（55.07万元）"); anything else is unchanged.
[[nodiscard]] std::string clerk_figure(const finding& f, const std::optional<std::string>& figure, language lang);

// ---- renderers of a built report (the public functions build it, then call these) ------------

[[nodiscard]] std::string text_of(const report_form& report);
[[nodiscard]] std::string markdown_of(const report_form& report);
[[nodiscard]] std::string html_of(const report_form& report);
[[nodiscard]] std::string csv_of(const report_form& report, bool bom);

// ---- shared small helpers --------------------------------------------------------------------

[[nodiscard]] std::string severity_word(severity s, language lang);
// "汇总：3 个项目，错误 1 条，警告 4 条，提示 2 条"
[[nodiscard]] std::string summary_line(const report_form& report);
// Line breaks inside a table cell of a line-oriented format become spaces.
[[nodiscard]] std::string one_line(std::string_view text);

}  // namespace jixiao::detail
