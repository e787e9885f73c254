#pragma once
// The printed form of one project as a grid of (possibly merged) cells, laid
// out like Sichuan's 2023 部门预算项目支出绩效自评表 in nine columns. The HTML page
// and the xlsx sheets both draw this grid, so the two agree cell for cell.
// Internal to jixiao.

#include "render/render_form.hpp"

#include <cstddef>
#include <vector>

namespace jixiao::detail {

enum class grid_style {
    title,     // 项目支出绩效自评表
    subtitle,  // （2023年度）
    header,    // column headings: 年初预算数 …
    label,     // row headings: 项目名称, 年度资金总额, 总分 …
    text,      // words from the document
    number,    // a figure (cell.kind says which), or the "—" / words standing for it
    note,      // a footnote line across the form
};

struct grid_cell {
    std::size_t row = 0, col = 0;
    std::size_t rows = 1, cols = 1;  // span
    cell content;
    grid_style style = grid_style::text;
};

struct form_grid {
    static constexpr std::size_t columns = 9;
    std::size_t rows = 0;
    std::vector<grid_cell> cells;  // ordered by row, then column; spans never overlap
};

// Column meanings: 0 block label; 1 row label / 一级指标; 2 年初预算数 / 二级指标;
// 3 全年预算数 / 三级指标; 4 全年执行数 / 年度指标值; 5 分值 / 实际完成值; 6 执行率 /
// 分值; 7 得分 (funds: 7–8 merged); 8 偏差原因分析及改进措施.
[[nodiscard]] form_grid grid_of(const project_form& form, const report_form& report);

}  // namespace jixiao::detail
