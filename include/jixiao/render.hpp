#pragma once
// Renderings of an evaluation as the official self-evaluation table (自评表,
// laid out like Sichuan's 2023 部门预算项目支出绩效自评表), one per project:
// header, funds block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分; 年度资金总额
// and 其中 by source), overall goal, indicator block, total and grade,
// footnotes and findings; then the document-level findings and a summary.
// Implemented in src/render/.
//
// Every function takes the evaluated `document` and its `evaluation` (from
// evaluate(doc)); an evaluation of another document is a jixiao::error.
// Money in the tables is in 万元 rounded 四舍五入 to two decimals (a footnote
// says so); the csv carries exact 元.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include <string>

namespace jixiao {

// Plain text with columns aligned by display width (CJK characters count two).
[[nodiscard]] std::string render_text(const document& doc, const evaluation& result, language lang = language::zh);

// GitHub-flavoured Markdown: the same tables.
[[nodiscard]] std::string render_markdown(const document& doc, const evaluation& result,
                                          language lang = language::zh);

struct csv_options {
    bool bom = false;  // prefix a UTF-8 byte order mark, so that Excel reads the file as UTF-8
};

// RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or
// line break): a header row, then one row per indicator with the project's
// columns repeated (id, name, budgets and executed in exact 元, execution rate,
// execution score, total, grade); a project without indicators still gets one row.
[[nodiscard]] std::string render_csv(const document& doc, const evaluation& result, language lang = language::zh,
                                     csv_options options = {});

// One self-contained HTML page (inline CSS, no scripts, no external assets):
// the forms as tables, and per project a bar of its execution rate and of its total.
[[nodiscard]] std::string render_html(const document& doc, const evaluation& result, language lang = language::zh);

// An Excel workbook: a summary sheet, one sheet per project laid out like the
// printed form (merged cells, borders, number formats), and a findings sheet.
// Written to a temporary file next to `path` and renamed over it when complete,
// so a failure leaves nothing half-written. Throws jixiao::error naming `path`.
// Characters a workbook's XML cannot hold (NUL, other C0 controls, U+FFFE,
// U+FFFF) are written as U+FFFD; returns how many were replaced.
std::size_t write_xlsx(const document& doc, const evaluation& result, language lang, const std::string& path);

}  // namespace jixiao
