#pragma once
// A filled self-evaluation form (自评表) copied out of a web page or a spreadsheet
// as plain text: a row per line with its cells between '|', or one cell per line.
// The columns are lost (merged cells leave no trace), so the form is read in
// order, cell after cell: the funds block's column headings, then the figures
// after the total row's label, one per heading, up to the first cell that is not a
// figure. Three layouts read so: the MOF 2020 项目支出绩效自评表 (年初预算数 ·
// 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分), the Sichuan 2023 部门预算项目支出
// 绩效自评表 (年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分) and the
// transfer-payment form (转移支付…绩效自评表: 全年预算数(A) · 全年执行数(B) · 预算执行率).

#include "ingest/lines.hpp"
#include "ingest/sections.hpp"

#include <jixiao/ingest.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace jixiao::ingest {

// The forms of `lines` as a jixiao/1 document: name, year, budget, used and the
// printed execution rate of each form whose total row gives a figure, every figure
// with its line under "x". nullopt when the text holds no such form (it is prose).
// `given_year` (--year) is the year of a form that prints none. A form's indicator table,
// not read from text, is JX-S009's when `rules` has that rule switched on.
[[nodiscard]] std::optional<ingest_result> read_text_forms(const std::vector<text_line>& lines, std::string_view source_name,
                                                           const rule_book& rules,
                                                           std::optional<int> given_year = std::nullopt);

// The funds of a label–value table inside a report book (the Hunan 财政支出项目绩效
// 评价 form: 计划安排资金（万元） | 170 | 实际到位资金（万元） | 170 | 实际支出（万元） |
// 179.6 | 结余（万元） | 0, a row per line or a cell per line): each label's figure is
// the next cell, after a unit cell (（万元）) when the label does not carry the unit.
struct table_figure {
    money value;
    std::string printed;  // the figure's cell
    std::size_t line = 0;
    std::string row;      // the label and the figure, as quoted in provenance
};
struct table_funds {
    std::optional<table_figure> planned, arrived, used, surplus;  // 计划安排资金, 实际到位资金, 实际支出, 结余
    std::optional<table_figure> budget;  // 预算数 under 预算安排情况(调整后): the adjusted budget
    // 实际到位资金 (万元) | 7,00.0,77: a labelled cell whose commas do not group its digits by three. Which
    // number was meant cannot be told; it is not read, and reported.
    struct unread_cell {
        std::string printed;
        std::size_t line = 0;
        std::string row;
    };
    std::vector<unread_cell> malformed;
    [[nodiscard]] bool any() const { return planned || arrived || used || surplus || budget; }
};
// Reads the lines of a project's body. A figure that is not an amount throws
// jixiao::error with its line (the caller adds the file).
[[nodiscard]] table_funds read_table_funds(const std::vector<tagged_line>& body);

// 年度资金总额:21182118100% — the transfer-payment form's total row (全年预算数(A) ·
// 全年执行数(B) · 预算执行率(B/A), in 万元) with its cells run together inside a report's
// text. It is split where B ÷ A, rounded 四舍五入 to the printed rate's decimals, is that
// rate; read only when one split does so (among several, the one whose amounts are of a
// size), else nothing is read.
struct glued_row {
    money adjusted, used;
    reported_percentage rate;
    std::string printed_adjusted, printed_used;  // 2118, 2118
    std::size_t line = 0;
    std::string row;  // the label and its run, as quoted in provenance
};
[[nodiscard]] std::optional<glued_row> read_glued_total_row(const std::vector<tagged_line>& body);

// Sichuan's transfer-payment 绩效评价表 (2024): its 资金投入情况 table, in 万元, under the headings
// 全年预算数(A) · 统筹整合资金数(B) · 扣除统筹整合资金后预算金额(C) · 全年到位资金(D) · 预算到位(D/C) ·
// 全年执行资金(E) · 预算执行(E/C), and the 年度资金总额 row after them (行次 1 first), a cell a line or a
// word. The row is read only when its two percentages are D ÷ C and E ÷ C as printed (四舍五入 to
// their decimals); B left blank is lost in the copy, so six figures are A · C · D · D/C · E · E/C.
struct input_table_row {
    money budget, arrived, used;      // C, D, E
    std::optional<money> whole;       // A, when it is C plus what B prints (or C, B blank)
    reported_percentage arrival_rate, rate;
    std::string printed_budget, printed_arrived, printed_used, printed_whole;
    std::size_t line = 0;
    std::string row;  // the label and its figures, as quoted in provenance
    // The 其中:中央财政资金 row right after it, when it holds all of C: the money is central.
    std::string central_row;
    std::size_t central_line = 0;
};
[[nodiscard]] std::optional<input_table_row> read_funds_input_table(const std::vector<tagged_line>& body);

}  // namespace jixiao::ingest
