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

#include <jixiao/ingest.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace jixiao::ingest {

// The forms of `lines` as a jixiao/1 document: name, year, budget, used and the
// printed execution rate of each form whose total row gives a figure, every figure
// with its line under "x". nullopt when the text holds no such form (it is prose).
[[nodiscard]] std::optional<ingest_result> read_text_forms(const std::vector<text_line>& lines,
                                                           std::string_view source_name);

}  // namespace jixiao::ingest
