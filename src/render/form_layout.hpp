#pragma once
// The layouts of the filed self-evaluation form (自评表) as data: sections of
// rows and columns, their labels in both languages, and how many grid columns
// each cell spans. Every renderer interprets a layout (text and Markdown
// section by section, html and xlsx through the grid of render_grid.hpp), so a
// further province's form is a further description in form_layouts.cpp, not a
// further renderer. Internal to jixiao.

#include <jixiao/document.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace jixiao::detail {

// A label in both languages. "{points}" stands for the points of what it heads
// (the execution weight, the indicator weights), "{year}" for the fiscal year.
struct label_text {
    const char* zh = "";
    const char* en = "";
    [[nodiscard]] std::string in(language lang) const { return lang == language::zh ? zh : en; }
};

// The project's words a form cell can show.
enum class form_field {
    name,           // 项目名称
    code_and_name,  // the project code in front of the name, when there is one: 51000021R…-name
    department,     // 主管部门
    implementer,    // 实施单位
    goal,           // 年度目标 / 预期目标
    outcome,        // 完成情况
    content,        // 项目实施内容及过程概述
    conclusion,     // 评价结论
    problems,       // 存在问题
    suggestions,    // 改进措施
};

// One cell of a row of labels and values: a label (no field) or a field's value.
struct layout_cell {
    label_text label;
    std::optional<form_field> field;
    std::size_t span = 1;
};

// Lines across the whole form: the title, the year, the report code.
enum class heading_style { title, subtitle, code };
struct heading {
    label_text text;
    heading_style style = heading_style::title;
};

// Rows of label | value cells: 项目名称 | …; 主管部门 | … | 实施单位 | ….
struct field_rows {
    std::vector<std::vector<layout_cell>> rows;
};

// A block of free text under a label merged down its rows: each line is
// printed as a row of headings (the cells' labels) above a row of values.
struct text_block {
    label_text label;
    std::vector<std::vector<layout_cell>> lines;
};

enum class funds_column { initial, adjusted, used, weight, rate, score, reason };
struct funds_column_spec {
    funds_column what;
    label_text label;
    std::size_t span = 1;
};
// A row of the funds block: the total (no sources) or the money of some sources.
struct funds_row_spec {
    label_text label;
    std::vector<fund_source> sources;  // empty: the total row
    bool of_which = false;             // printed after 其中：
};
struct funds_block {
    label_text label;        // 项目资金（万元） / 预算执行情况（{points}分）
    label_text row_heading;  // heading of the row-label column ("" or 年度预算数（万元）)
    std::size_t row_label_span = 1;
    std::vector<funds_column_spec> columns;
    std::vector<funds_row_spec> rows;
    const char* not_on_total = "—";  // the weight and score cells of the rows below the total
};

enum class indicator_column {
    level1, level2, name,
    nature,        // ≥ ≤ ＝ or 定性
    target,        // ≥7000人
    target_value,  // 7000
    unit,          // 人
    actual,        // 7109人, or 98%（达成）
    actual_value,  // 7109, or 达成
    weight, score, deviation,
};
struct indicator_column_spec {
    indicator_column what;
    label_text label;
    std::size_t span = 1;
};
struct indicator_block {
    label_text label;  // 绩效指标 / 绩效指标（{points}分）
    std::vector<indicator_column_spec> columns;
    label_text total_label;  // 总分 / 合计: the row under the indicators, its weight and score under theirs
};

// A line of words below the form's table that belongs to the form: the signatures.
struct signature_line {
    std::vector<layout_cell> cells;
};

using form_section = std::variant<heading, field_rows, text_block, funds_block, indicator_block, signature_line>;

struct form_description {
    form_layout id = form_layout::mof_2020;
    std::size_t width = 9;  // grid columns; a block's label takes column 0
    std::vector<form_section> sections;
};

[[nodiscard]] const form_description& layout_of(form_layout id);

}  // namespace jixiao::detail
