#include "cli/evaluation_options.hpp"
#include "cli/colour.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "cli/report_output.hpp"
#include "render/render_xlsx.hpp"

#include <jixiao/io.hpp>
#include <jixiao/render.hpp>

#include <fmt/format.h>

#include <iostream>
#include <map>
#include <unistd.h>

namespace jixiao::cli {

void add_evaluation_options(CLI::App& sub, evaluation_options& options) {
    sub.add_option("--format", options.format, "Output format: text (default), json, jsonl (one compact evaluation per line), md, csv, xlsx or html (xlsx and html need --output)")
        ->transform(CLI::CheckedTransformer(std::map<std::string, output_format>{
            {"text", output_format::text}, {"json", output_format::json}, {"jsonl", output_format::jsonl},
            {"md", output_format::md},
            {"csv", output_format::csv}, {"xlsx", output_format::xlsx}, {"html", output_format::html}}));
    sub.add_option("--form", options.form,
                   "The form's layout in text, md, csv, html and xlsx: mof-2020 (项目支出绩效自评表) or sc-2023 "
                   "(四川 部门预算项目支出绩效自评表); default: the document's scheme.form, else its preset's")
        ->transform(CLI::CheckedTransformer(std::map<std::string, form_layout>{
            {"mof-2020", form_layout::mof_2020}, {"sc-2023", form_layout::sc_2023}}));
    sub.add_flag("--bom", options.bom, "csv: begin with a UTF-8 byte order mark, so that Excel reads it as UTF-8");
    sub.add_option("--fail-on", options.fail_on, "Exit 1 on findings at or above: error (default), warning, never")
        ->transform(CLI::CheckedTransformer(std::map<std::string, fail_level>{
            {"error", fail_level::error}, {"warning", fail_level::warning}, {"never", fail_level::never}}));
    sub.add_option("--disable", options.disabled, "Rule ids to switch off, e.g. JX-F005,JX-F006")->delimiter(',');
    sub.add_option("-o,--output", options.output, "Write to this file instead of standard output");
    add_terminal_options(sub, options.terminal);
}

std::string_view format_name(output_format f) {
    switch (f) {
    case output_format::text: return "text";
    case output_format::json: return "json";
    case output_format::jsonl: return "jsonl";
    case output_format::md: return "md";
    case output_format::csv: return "csv";
    case output_format::xlsx: return "xlsx";
    case output_format::html: return "html";
    }
    return "?";
}

void write_evaluations(const evaluation_options& o, const std::vector<evaluated>& items, language lang,
                       std::uint64_t input_bytes, progress_meter* meter) {
    check_output_options(o, items.size());
    if (o.terminal.quiet && o.to_stdout()) return;
    if (o.format == output_format::xlsx) {
        output_stream out(o.output);
        std::size_t replaced = 0;
        out.write_through_file([&](const std::string& file) {
            replaced = detail::write_workbook(items.front(), {lang, o.form, false}, file, shown_name(o.output),
                                              max_workbook_bytes(input_bytes));
        });
        out.commit();
        if (replaced > 0)
            print_message(lang == language::zh
                              ? "jixiao: " + std::to_string(replaced) + " 个字符无法写入 Excel（如 U+0000、U+FFFE），已替换为 U+FFFD"
                              : "jixiao: " + std::to_string(replaced) +
                                    " characters a workbook cannot hold (such as U+0000, U+FFFE) were replaced by U+FFFD");
        return;
    }
    // The meter goes before anything is written to standard output, so that the two do not mix.
    if (meter && o.to_stdout()) meter->finish();
    output_stream out(o.output);
    report_output report(o, lang, out, items.size(),
                         o.format == output_format::text && o.to_stdout() && colour_on(o.terminal.colour, STDOUT_FILENO));
    for (const auto& item : items) report.document_whole(item);
    report.finish();
    out.commit();
}

void add_summary(evaluation_summary& total, const evaluation_summary& more) {
    total.projects += more.projects;
    total.errors += more.errors;
    total.warnings += more.warnings;
    total.infos += more.infos;
}

localized writing_label(output_format format) {
    const std::string name(format_name(format));
    return {"写出报告（" + name + "）", "writing the report (" + name + ")"};
}

void print_output_summary(const evaluation_options& o, const evaluation_summary& s, language lang,
                          std::optional<std::uint64_t> lines) {
    if (o.terminal.quiet || o.to_stdout()) return;
    const bool zh = lang == language::zh;
    std::string counts;
    if (lines) counts = zh ? fmt::format("{} 行，", grouped(*lines)) : fmt::format("{} lines, ", grouped(*lines));
    counts += zh ? fmt::format("{} 个项目，错误 {} 条，警告 {} 条，提示 {} 条", grouped(s.projects), grouped(s.errors),
                               grouped(s.warnings), grouped(s.infos))
                 : fmt::format("{} projects, {} errors, {} warnings, {} infos", grouped(s.projects), grouped(s.errors),
                               grouped(s.warnings), grouped(s.infos));
    std::cerr << (zh ? fmt::format("jixiao：完整报告已写入 {}（{}）\n", o.output, counts)
                     : fmt::format("jixiao: the full report is in {} ({})\n", o.output, counts));
}

bool fails(const evaluation& result, fail_level level) { return fails(result.worst(), level); }

bool fails(std::optional<severity> worst, fail_level level) {
    if (!worst || level == fail_level::never) return false;
    return level == fail_level::warning ? *worst >= severity::warning : *worst >= severity::error;
}

}  // namespace jixiao::cli
