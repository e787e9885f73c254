#pragma once
// Renderings of an evaluated document as the filed self-evaluation form
// (自评表), one per project, in either layout: MOF 2020's 项目支出绩效自评表 or
// Sichuan's 2023 部门预算项目支出绩效自评表 (report code 510000_0013zp). Only the
// form is on the form: the tool's notes, the cost-sharing check and the
// findings come after it (text, md, html) or on sheets of their own (xlsx).
// Implemented in src/render/; the layouts are data (src/render/form_layouts.cpp).
//
// Money on the forms is in 万元 rounded 四舍五入 to two decimals (a note says
// so); the csv carries exact 元 and says so in its header.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>

#include <optional>
#include <string>

namespace jixiao {

// Which form to lay out and in which language. `form` nullopt: the document's
// scheme.form, else the form of its preset (sc-2023 → the Sichuan form).
struct render_options {
    language lang = language::zh;
    std::optional<form_layout> form;
    bool bom = false;  // csv: prefix a UTF-8 byte order mark, so that Excel reads the file as UTF-8
};

// Plain text with columns aligned by display width (CJK characters count two).
[[nodiscard]] std::string render_text(const evaluated& e, const render_options& options = {});

// GitHub-flavoured Markdown: the same tables.
[[nodiscard]] std::string render_markdown(const evaluated& e, const render_options& options = {});

// RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or
// line break): a header row, then one row per indicator (in the form's order)
// with the project's columns repeated (id, code, name, department, implementer,
// budgets and executed in exact 元, execution rate and score, total, grade),
// then the layout's indicator columns; a project without indicators still gets one row.
[[nodiscard]] std::string render_csv(const evaluated& e, const render_options& options = {});

struct history_evaluation;  // history.hpp
/// The years of a history on one page, one report after another; each project
/// shows its carry-forward chain table.
[[nodiscard]] std::string render_html(const history_evaluation& history, language lang = language::zh);

// One self-contained HTML page (inline CSS, no scripts, no external assets):
// per project the form as a table, one form per printed page, then its bars,
// notes, cost sharing and findings.
[[nodiscard]] std::string render_html(const evaluated& e, const render_options& options = {});

// An Excel workbook: a 汇总 sheet (title, unit, year, money totals), one sheet
// per project laid out like the printed form (merged cells, borders, number
// formats, A4 fit to width, repeated header rows, page numbers; the cells a
// finding concerns filled and annotated; notes and cost sharing below the print
// area), and a 问题清单 sheet. Written to a temporary file next to `path` and
// renamed over it when complete, so a failure leaves nothing half-written.
// Throws jixiao::error naming `path`. Characters a workbook's XML cannot hold
// (NUL, other C0 controls, U+FFFE, U+FFFF) are written as U+FFFD; returns how many
// were replaced.
std::size_t write_xlsx(const evaluated& e, const std::string& path, const render_options& options = {});

}  // namespace jixiao
