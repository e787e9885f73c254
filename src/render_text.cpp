// Plain-text rendering of an evaluation: per project a funds table and the
// findings, then a summary line. Money in 元 with two decimals and in 万元.
#include <jixiao/render.hpp>

#include "display_width.hpp"

#include <fmt/format.h>

namespace jixiao {
namespace {

struct labels {
    const char* title;
    const char* budget;
    const char* budget_from_tranches;
    const char* available;
    const char* used;
    const char* carried_forward;
    const char* reduced;
    const char* recovered;
    const char* surplus;
    const char* rate;
    const char* no_rate;
    const char* findings;
    const char* no_findings;
    const char* expected;
    const char* actual;
    const char* difference;
    const char* summary;
};

constexpr labels zh_labels{"年度项目支出绩效自评", "全年预算数", "（未给出预算，取下达资金合计）", "到位资金",
                           "执行数", "结转", "追减", "收回", "结余", "预算执行率", "无（预算为零）",
                           "发现的问题", "未发现问题", "应为", "实为", "差额",
                           "汇总：{} 个项目，错误 {} 条，警告 {} 条，提示 {} 条"};
constexpr labels en_labels{"project expenditure performance self-evaluation", "budget",
                           "(no budget given: sum of tranche amounts)", "available", "used", "carried forward",
                           "reduced", "recovered", "surplus", "execution rate", "none (zero budget)", "findings",
                           "no findings", "expected", "actual", "difference",
                           "summary: {} projects, {} errors, {} warnings, {} infos"};

std::string severity_label(severity s, language lang) {
    return lang == language::zh ? std::string(to_chinese(s)) : std::string(to_string(s));
}

void render_finding(std::string& out, const finding& f, const labels& l, language lang) {
    out += fmt::format("  [{}] {} {}\n", severity_label(f.severity, lang), f.rule, f.path);
    out += fmt::format("      {}\n", f.message.in(lang));
    std::string figures;
    const auto add = [&](const char* label, const std::optional<std::string>& value) {
        if (value) figures += fmt::format("{}{} {}", figures.empty() ? "" : "  ", label, *value);
    };
    add(l.expected, f.expected);
    add(l.actual, f.actual);
    add(l.difference, f.difference);
    if (!figures.empty()) out += fmt::format("      {}\n", figures);
}

void render_project(std::string& out, const project_evaluation& p, const labels& l, language lang) {
    out += fmt::format("[{}] {}\n", p.id, p.name);
    const auto& f = p.funds;
    const auto row = [&](const char* label, const money& m, const char* note = "") {
        out += fmt::format("  {} {} {}万元{}\n", detail::pad(label, 14), detail::pad(format_yuan(m, {.thousands = true}), 18, true),
                           detail::pad(format_wan(m), 12, true), note);
    };
    row(l.budget, f.budget, f.budget_from_tranches ? l.budget_from_tranches : "");
    row(l.available, f.available);
    row(l.used, f.used);
    row(l.carried_forward, f.carried_forward);
    row(l.reduced, f.reduced);
    row(l.recovered, f.recovered);
    row(l.surplus, f.surplus);
    out += fmt::format("  {} {}\n", detail::pad(l.rate, 14),
                       detail::pad(f.execution_rate ? format_percent(*f.execution_rate) + "%" : l.no_rate, 18, true));
    if (p.findings.empty()) {
        out += fmt::format("  {}\n", l.no_findings);
    } else {
        out += fmt::format("  {}:\n", l.findings);
        for (const auto& finding : p.findings) render_finding(out, finding, l, lang);
    }
    out += '\n';
}

}  // namespace

std::string render_text(const document& doc, const evaluation& result, language lang) {
    const labels& l = lang == language::zh ? zh_labels : en_labels;
    std::string out;
    out += fmt::format("{} {}{}{}\n\n", doc.unit.value_or(""), result.fiscal_year, lang == language::zh ? "" : " ", l.title);
    if (!result.findings.empty()) {
        out += fmt::format("{}:\n", l.findings);
        for (const auto& f : result.findings) render_finding(out, f, l, lang);
        out += '\n';
    }
    for (const auto& p : result.projects) render_project(out, p, l, lang);
    const auto& s = result.summary;
    out += fmt::format(fmt::runtime(l.summary), s.projects, s.errors, s.warnings, s.infos);
    out += '\n';
    return out;
}

}  // namespace jixiao
