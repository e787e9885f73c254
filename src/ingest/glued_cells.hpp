#pragma once
// A self-evaluation form whose cells a copy ran together: 转移支付(项目)名称车辆购置税…,
// 地方主管部门某局资金使用单位某局, 年度资金总额:40004000100% (全年预算数 4000 ·
// 全年执行数 4000 · 执行率 100%).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::ingest {

// A run of figures split into 全年预算数 (A), 全年执行数 (B) and the rate printed for B ÷ A.
struct glued_split {
    std::string a, b, r;  // as printed, r without its %
};

// The one way to split `run` (digits and points, its % dropped) so that B ÷ A, rounded
// 四舍五入 to the rate's decimals, prints as the rate; among several, the one whose two
// amounts are of a size. With none, a split whose rate is within 0.1 of a point of B ÷ A
// (31.00% printed for 46 ÷ 148 = 31.08%: a misprint the rules then report). nullopt when
// there is none, or more than one, or the run is longer than any row of a form (48).
[[nodiscard]] std::optional<glued_split> split_glued_figures(std::string_view run);

// The cells of a funds row's figures run together before its %: the transfer form's
// A | B | rate, else the MOF form's 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率
// (the first blank when it was not filled in), the rate that of 执行数 ÷ 全年预算数; empty
// when no one cut fits.
[[nodiscard]] std::vector<std::string> split_glued_row(std::string_view run);

// The cells of one cell's text, split before each label and heading of the form
// (项目名称, 主管部门, 资金使用单位, 全年预算数, 年度资金总额, 其中:中央补助 …), with the
// run of figures after a funds row's label split by split_glued_figures into three
// cells ("4000", "4000", "100%"). A run that cannot be told apart is left whole.
// `rows_left` counts down the runs a document may have split (a form has a few funds rows;
// a hostile text of thousands would cost seconds): at 0 the runs are left whole.
[[nodiscard]] std::vector<std::string> unglue_cells(std::string_view text, std::size_t& rows_left);

}  // namespace jixiao::ingest
