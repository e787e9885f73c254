#pragma once
// Text ingestion: reading the report books units actually write (项目支出绩效自评报告,
// one project after another, sections 一、项目概况 … 四、问题及建议, figures written into
// sentences) into a `jixiao/1` document, with the sentence and line every figure came
// from and the report-text findings JX-S001…JX-S009 (`jixiao rules --explain JX-S001` says what each
// checks). Implemented in src/ingest/.
//
// Input: UTF-8 (with or without BOM), GB18030 (Word's plain-text export on Chinese
// Windows), UTF-16 with a byte-order mark, or a .docx file (recognised by its zip
// signature, not by its name).
//
// A filled self-evaluation form (自评表, MOF 2020 or Sichuan 2023 layout) is read
// too, by its labels: an .xlsx workbook, or a .docx whose tables hold the form.
// Its printed scores go to reported_score / reported; every value keeps the sheet
// and cell (or table, row and column) it came from under "x"; `encoding` is then
// "xlsx" or "docx", and there are no JX-S findings.
//
// Where findings point: `where.path` is a JSON path into the ingested document (projects[3],
// projects[3].outcome, projects[3].basis[0]), the same paths evaluate's findings use;
// `where.file` and `where.line` say where in the text (the line is in the message too:
// 第57行 / line 57).

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/rule.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// The text of a report book as UTF-8 and the encoding it was found in:
/// "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE (BOM)", "UTF-16BE (BOM)" or "docx".
struct decoded_report {
    std::string text;
    std::string encoding;
};

/// Decodes the bytes of a report book. Valid UTF-8 is UTF-8; anything else is tried
/// as GB18030; neither → jixiao::error naming `source_name`, the first bad byte's
/// offset (0-based) and its line. A .docx gives one line per paragraph (w:p), w:tab as
/// a tab and w:br as a line break, like Word's own plain-text export.
[[nodiscard]] decoded_report decode_report(std::string_view bytes, std::string_view source_name);

/// Where one extracted figure came from, so that a reviewer can check it.
struct figure_source {
    std::string path;   // the field it fills, e.g. "projects[2].tranches[0].amount"
    std::string value;  // the figure as printed, e.g. "4万元", "2023年12月底", "川财社发〔2022〕144号"
    std::size_t line = 0;
    std::string text;   // the sentence it was read from
    friend bool operator==(const figure_source&, const figure_source&) = default;
};

namespace ingest {
struct project_text;  // the ingester's own view of one project's lines, sections and sentences
struct book_text;     // and of the whole book's
}  // namespace ingest

/// One project of a report book as read: what a rule's check_report_project sees (rule.hpp).
struct report_project_text {
    const project& read;          ///< what was read from its text
    std::size_t index = 0;        ///< its position in the document
    std::string_view source;      ///< the book's name (usually its file name)
    std::size_t first_line = 0;   ///< its lines in the book, 1-based
    std::size_t last_line = 0;
    const ingest::project_text& text;  ///< the ingester's view, for the rules jixiao ships

    /// Line `line` of the book, at the JSON path `below` in this project ("outcome", "basis[0]").
    [[nodiscard]] location at(std::size_t line, std::string_view below = {}) const {
        return location(std::string(source), line, 0, project_path(index, below));
    }
};

/// A report book as read: what a rule's check_report sees (rule.hpp).
struct report_text {
    const document& doc;      ///< the document's head (unit, year, x): its projects are read one at a time
    std::string_view source;  ///< the book's name (usually its file name)
    const ingest::book_text& text;
};

/// What ingest_report_book found: the document, where each figure came from, and the
/// findings of the report-text rules. A finding's `where` holds the file, the line of the
/// text and the JSON path of what it is about.
struct ingest_result {
    document doc;          // x carries the source name, the encoding and every figure's sentence
    std::string encoding;  // as decoded_report::encoding
    std::vector<figure_source> provenance;               // in document order
    std::vector<finding> findings;                       // book-level (JX-S003)
    std::vector<std::vector<finding>> project_findings;  // one list per doc.projects entry

    /// Every finding, book-level first, then project by project; each list by rule id, then line.
    [[nodiscard]] std::vector<finding> all_findings() const {
        std::vector<finding> all = findings;
        for (const auto& list : project_findings) all.insert(all.end(), list.begin(), list.end());
        return all;
    }
};

/// Joins a project's report-text findings to its evaluation's, in finding order. With
/// JX-S009 among them (an indicator table the text holds but that was not read) the
/// indicators are unknown, not absent, and the evaluation's JX-I findings are dropped.
void join_text_findings(std::vector<finding>& evaluation_findings, std::vector<finding> text_findings);

/// What a reader of report books is told besides the bytes.
struct ingest_options {
    /// The year the book evaluates, for a book whose titles name none (`jixiao ingest --year`):
    /// it stands before the year jixiao would take from the text. A title that names another
    /// year is an error: the book and the reader disagree.
    std::optional<int> fiscal_year;
};

/// default_rule_book() and the report-text rules JX-S (rules/report_text.hpp): the book
/// `jixiao lint` and `jixiao evaluate` use, so that every rule is listed, disabled and
/// counted alike.
[[nodiscard]] rule_book report_rule_book();

/// Reads a report book and runs the report-text rules of `rules` (their check_report
/// hooks; the others need an evaluation: see lint). `source_name` (usually the file
/// name) names the input in errors, findings and the document's x. Throws jixiao::error
/// when the bytes cannot be decoded or no project (a `YYYY年度…自评报告` title line) is found.
///
///     const auto read = jixiao::ingest_report_book(bytes, "report.txt");
///     const auto result = jixiao::evaluate(read.doc);
[[nodiscard]] ingest_result ingest_report_book(std::string_view bytes, std::string_view source_name,
                                               const rule_book& rules = report_rule_book());
/// The same, told what `options` says (a fiscal year for a book that names none).
[[nodiscard]] ingest_result ingest_report_book(std::string_view bytes, std::string_view source_name,
                                               const ingest_options& options, const rule_book& rules = report_rule_book());

/// Reads the file at `path` and ingests it; errors name the file. (A function of its own,
/// not an overload: a file name given where the bytes are expected would be read as text.)
[[nodiscard]] ingest_result ingest_report_file(const std::string& path, const rule_book& rules = report_rule_book());

/// Reads a report book and evaluates it with every rule of `rules`: the evaluation's and
/// the report text's findings in one evaluation, counted together, each list in
/// finding_order. With `rules.disable("JX-S001")` that rule is off like any other.
///
///     jixiao::rule_book rules = jixiao::report_rule_book();
///     rules.disable("JX-S002");
///     const jixiao::evaluated linted = jixiao::lint(bytes, "report.txt", rules);
[[nodiscard]] evaluated lint(std::string_view bytes, std::string_view source_name,
                             const rule_book& rules = report_rule_book());
/// The same, told what `options` says.
[[nodiscard]] evaluated lint(std::string_view bytes, std::string_view source_name, const ingest_options& options,
                             const rule_book& rules = report_rule_book());

}  // namespace jixiao
