// Builds the self-evaluation form (自评表) of each project from the evaluated
// document: the cells every renderer lays out.
#include "render/render_form.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jixiao::detail {

// ---- cells ----------------------------------------------------------------------------------

cell text_cell(std::string text) { return {std::move(text), cell_kind::text, {}}; }
cell none_cell() { return {no_figure, cell_kind::text, {}}; }

cell wan_cell(const money& m) {
    std::string n = format_wan(m, 2, si_she_wu_ru);
    return {n, cell_kind::wan, n};
}
cell percent_cell(const ratio& r) {
    std::string n = format_percentage_number(r, 2, si_she_wu_ru);
    return {n + "%", cell_kind::percent, n};
}
cell score_cell(const points& p, int decimals) {
    std::string n = format_score(p, decimals);
    return {n, cell_kind::score, n};
}
cell weight_cell(const points& p) {
    std::string n = to_string(p);
    return {n, cell_kind::weight, n};
}
cell count_cell(std::size_t n) {
    std::string t = std::to_string(n);
    return {t, cell_kind::count, t};
}

// ---- labels -----------------------------------------------------------------------------------

namespace {

constexpr form_labels zh{
    "{unit}{year}年度项目支出绩效自评表",
    "项目支出绩效自评表",
    "（{}年度）",
    "项目编号",
    "项目名称",
    "主管部门",
    "实施单位",
    "项目资金（万元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "其中：",
    "来源未注明",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "偏差原因分析及改进措施",
    "无绩效指标",
    "不适用",
    "总分",
    "等级",
    "注",
    "分级分担测算",
    "级次",
    "应承担",
    "实际下达",
    "差额",
    "发现的问题",
    "未发现问题",
    "文档级问题",
    "规则",
    "级别",
    "位置",
    "应为",
    "实为",
    "说明",
    "汇总：{} 个项目，错误 {} 条，警告 {} 条，提示 {} 条",
    "汇总",
    "问题清单",
    "错误",
    "警告",
    "提示",
    "合计（{} 个项目）",
    "（文档）",
    "全年预算数（元）",
    "年初预算数（元）",
    "全年执行数（元）",
    "执行率（%）",
    "执行率得分",
    "全年预算数（万元）",
    "全年执行数（万元）",
    "金额单位为万元，按四舍五入保留两位小数，合计与分项之和可能因舍入略有差异。",
    "未给出全年预算数，取下达资金合计 {} 万元作为执行率的分母。",
    "分来源的金额无法由下达资金确定的，以“—”表示。",
    "全年预算数为零，没有执行率，执行率分值不计入总分。",
    "不适用指标及无执行率的分值共 {} 分不计；总分按适用分值 {} 分折算为百分制：{} × 100 ÷ {} = {}。",
    "项目没有绩效指标：只计预算执行率得分，不计总分和等级。",
    "没有适用的分值，不计总分和等级。",
};

constexpr form_labels en{
    "{unit}{year} project expenditure performance self-evaluation",
    "Project expenditure performance self-evaluation form",
    "(fiscal year {})",
    "Project id",
    "Project",
    "Competent department",
    "Implementing unit",
    "Funds (10,000 yuan)",
    "Initial budget",
    "Full-year budget",
    "Executed",
    "Weight",
    "Execution rate",
    "Score",
    "Total funds of the year",
    "of which: ",
    "source not stated",
    "Overall annual goal",
    "Expected",
    "Achieved",
    "Performance indicators",
    "Level-1 indicator",
    "Level-2 indicator",
    "Level-3 indicator",
    "Target",
    "Actual",
    "Deviation reason and remedy",
    "no indicators",
    "not applicable",
    "Total",
    "Grade",
    "Notes",
    "Cost sharing",
    "Level",
    "Expected share",
    "Reported",
    "Difference",
    "Findings",
    "no findings",
    "Document findings",
    "Rule",
    "Severity",
    "Path",
    "Expected",
    "Actual",
    "Message",
    "summary: {} projects, {} errors, {} warnings, {} infos",
    "Summary",
    "Findings",
    "Errors",
    "Warnings",
    "Infos",
    "All ({} projects)",
    "(document)",
    "Full-year budget (yuan)",
    "Initial budget (yuan)",
    "Executed (yuan)",
    "Execution rate (%)",
    "Execution score",
    "Full-year budget (10,000 yuan)",
    "Executed (10,000 yuan)",
    "Amounts in 10,000 yuan (万元), rounded half away from zero (四舍五入) to two decimals; a total may differ "
    "slightly from the sum of its rounded parts.",
    "No full-year budget is given: the sum of the tranche amounts, {} (10,000 yuan), is the execution-rate "
    "denominator.",
    "Figures by source that the tranches do not determine are shown as —.",
    "The full-year budget is zero: there is no execution rate, and its weight is left out of the total.",
    "{} points (not-applicable indicators, no execution rate) are left out; the total is rescaled to 100 over the "
    "{} applicable points: {} × 100 ÷ {} = {}.",
    "The project has no indicators: it gets an execution score but no total and no grade.",
    "No weight is applicable: no total and no grade.",
};

template <class E>
std::string word(E v, language lang) {
    const auto entry = vocabulary(v);
    return std::string(lang == language::zh ? entry.zh : entry.en);
}

}  // namespace

const form_labels& labels_for(language lang) noexcept { return lang == language::zh ? zh : en; }

std::string severity_word(severity s, language lang) {
    return std::string(lang == language::zh ? to_chinese(s) : to_string(s));
}

std::string summary_line(const report_form& report) {
    const auto& s = report.summary;
    return fmt::format(fmt::runtime(labels_for(report.lang).summary), s.projects, s.errors, s.warnings, s.infos);
}

std::string one_line(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += ' ';
        } else if (text[i] == '\n') {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    return out;
}

cost_sharing_row make_cost_sharing_row(level lvl, const money& expected, const std::optional<money>& reported,
                                       const std::optional<money>& difference, language lang) {
    return {word(lvl, lang), wan_cell(expected), reported ? wan_cell(*reported) : none_cell(),
            difference ? wan_cell(*difference) : none_cell()};
}

// ---- funds block --------------------------------------------------------------------------------

namespace {

// The rows 其中 by source. The SC form always prints 当年财政拨款, 上年结转资金 and
// 其他资金; a source the vocabulary has beyond those (财政专户管理资金, 单位资金)
// gets its own row when a tranche names it, and tranches without a source a
// row "来源未注明".
//
// What is known per source (decision; the form itself has no rule):
//  - a project funded from one source only (every tranche of one source, or
//    every tranche without one): that row repeats the total row and the other
//    rows are 0.00;
//  - otherwise 全年预算数 per source is Σ tranche amounts of that source when
//    the full-year budget equals Σ tranche amounts (it is then the allocation,
//    which is always so when no budget is given); 年初预算数 and 全年执行数 are
//    not broken down by source in a jixiao/1 document and print "—";
//  - a project without tranches: every source figure is "—".
// The execution rate of a row is shown where its budget and executed figures are both known.
std::vector<funds_row> funds_rows(const project& p, const project_evaluation& e, const form_labels& l,
                                  language lang) {
    const funds_summary& f = e.funds;
    const score_card& s = e.scores;
    std::vector<funds_row> rows;

    const std::optional<money> initial = p.budget ? p.budget->initial : std::nullopt;
    funds_row total{l.funds_total, true, false, initial ? wan_cell(*initial) : none_cell(), wan_cell(f.budget),
                    wan_cell(f.used), weight_cell(s.execution_weight),
                    f.execution_rate ? percent_cell(*f.execution_rate) : none_cell(),
                    s.execution ? score_cell(*s.execution, s.decimals) : none_cell()};
    rows.push_back(std::move(total));

    using group = std::optional<fund_source>;
    std::vector<group> groups{fund_source::current_year, fund_source::prior_year, fund_source::other};
    for (const auto& t : p.tranches)
        if (std::find(groups.begin(), groups.end(), t.source) == groups.end()) groups.push_back(t.source);
    const auto order = [](const group& g) {
        if (!g) return all_fund_sources.size();
        return static_cast<std::size_t>(std::find(all_fund_sources.begin(), all_fund_sources.end(), *g) -
                                        all_fund_sources.begin());
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const group& a, const group& b) { return order(a) < order(b); });

    std::optional<group> only;  // the single group every tranche belongs to
    bool single = !p.tranches.empty();
    for (const auto& t : p.tranches) {
        if (!only) only = t.source;
        else if (*only != t.source) single = false;
    }
    const bool adjusted_by_allocation = !p.tranches.empty() && f.budget == f.allocated;

    for (std::size_t i = 0; i < groups.size(); ++i) {
        const group& g = groups[i];
        money allocated;
        for (const auto& t : p.tranches)
            if (t.source == g) allocated += t.amount;
        const bool mine = single && *only == g;
        std::optional<money> initial_of, adjusted_of, used_of;
        if (single) {
            if (initial) initial_of = mine ? *initial : money{};
            adjusted_of = mine ? f.budget : money{};
            used_of = mine ? f.used : money{};
        } else if (adjusted_by_allocation) {
            adjusted_of = allocated;
        }
        funds_row row;
        row.label = g ? word(*g, lang) : l.source_unstated;
        row.first_source = i == 0;
        row.initial = initial_of ? wan_cell(*initial_of) : none_cell();
        row.adjusted = adjusted_of ? wan_cell(*adjusted_of) : none_cell();
        row.used = used_of ? wan_cell(*used_of) : none_cell();
        row.weight = none_cell();
        const auto rate = adjusted_of && used_of ? ratio_of(*used_of, *adjusted_of) : std::nullopt;
        row.rate = rate ? percent_cell(*rate) : none_cell();
        row.score = none_cell();
        rows.push_back(std::move(row));
    }
    return rows;
}

// True when a source row lacks a figure its total row has.
bool some_source_unknown(const std::vector<funds_row>& rows) {
    const funds_row& total = rows.front();
    return std::any_of(rows.begin() + 1, rows.end(), [&](const funds_row& r) {
        return (total.initial.has_number() && !r.initial.has_number()) ||
               (total.adjusted.has_number() && !r.adjusted.has_number()) ||
               (total.used.has_number() && !r.used.has_number());
    });
}

std::string quantity_text(const quantity& q, const std::optional<std::string>& unit) {
    return to_string(q) + unit.value_or("");
}

indicator_row indicator_row_of(const indicator& ind, const indicator_score& s, int decimals, const form_labels& l,
                               language lang) {
    indicator_row row;
    row.level1 = word(ind.level1, lang);
    row.level2 = ind.level2 ? word(*ind.level2, lang) : std::string();
    row.name = ind.name;
    // The operator is printed as the form prints it, ≥ ≤ =, in both languages.
    row.target = ind.op && ind.target ? std::string(vocabulary(*ind.op).zh) + quantity_text(*ind.target, ind.unit)
                                      : std::string(no_figure);
    switch (s.method) {
    case scoring_method::quantitative: row.actual = quantity_text(*ind.actual, ind.unit); break;
    case scoring_method::qualitative:
        row.actual = word(*ind.rating, lang);
        if (ind.actual)
            row.actual = quantity_text(*ind.actual, ind.unit) +
                         (lang == language::zh ? "（" + row.actual + "）" : " (" + row.actual + ")");
        break;
    case scoring_method::not_applicable:
        row.actual = ind.actual ? quantity_text(*ind.actual, ind.unit) : std::string(no_figure);
        break;
    }
    row.weight = weight_cell(s.weight);
    row.applicable = s.applicable();
    row.score = s.score ? score_cell(*s.score, decimals) : text_cell(l.not_applicable);
    row.deviation = ind.deviation.value_or("");
    return row;
}

std::vector<std::string> notes_of(const project& p, const project_evaluation& e, const project_form& form,
                                  const form_labels& l) {
    const funds_summary& f = e.funds;
    const score_card& s = e.scores;
    std::vector<std::string> notes{l.note_rounding};
    if (f.budget_from_tranches)
        notes.push_back(fmt::format(fmt::runtime(l.note_budget_from_tranches), format_wan(f.allocated)));
    if (some_source_unknown(form.funds)) notes.emplace_back(l.note_source_unknown);
    if (!f.execution_rate) notes.emplace_back(l.note_no_rate);
    if (p.indicators.empty()) {
        notes.emplace_back(l.note_no_indicators);
    } else if (!s.total) {
        notes.emplace_back(l.note_nothing_applicable);
    } else if (s.rescaled) {
        points all = s.execution_weight;
        for (const auto& i : s.indicators) all += i.weight;
        const points raw = s.execution.value_or(points(0)) + s.indicators_sum.value_or(points(0));
        notes.push_back(fmt::format(fmt::runtime(l.note_rescaled), to_string(all - s.applicable_weight),
                                    to_string(s.applicable_weight), format_score(raw, s.decimals),
                                    to_string(s.applicable_weight), format_score(*s.total, s.decimals)));
    }
    return notes;
}

project_form form_of(const document& doc, const project& p, const project_evaluation& e, language lang) {
    const form_labels& l = labels_for(lang);
    const score_card& s = e.scores;
    project_form form;
    form.initial_budget = p.budget ? p.budget->initial : std::nullopt;
    form.exact_funds = e.funds;
    form.exact_scores = e.scores;
    form.id = e.id;
    form.name = e.name;
    // The report book is one unit's: it is both the competent department and the implementing unit.
    form.department = doc.unit.value_or(no_figure);
    form.implementer = form.department;
    form.funds = funds_rows(p, e, l, lang);
    form.goal = p.goal.value_or(no_figure);
    form.outcome = p.outcome.value_or(no_figure);
    points all = s.execution_weight;
    for (std::size_t i = 0; i < p.indicators.size() && i < s.indicators.size(); ++i) {
        form.indicators.push_back(indicator_row_of(p.indicators[i], s.indicators[i], s.decimals, l, lang));
        all += s.indicators[i].weight;
    }
    form.total_weight = weight_cell(all);
    form.total_score = s.total ? score_cell(*s.total, s.decimals) : none_cell();
    form.grade = s.grade ? word(*s.grade, lang) : std::string(no_figure);
    if (e.cost_sharing) {
        cost_sharing_block block;
        const policy* pol = doc.find_policy(e.cost_sharing->policy);
        block.policy = pol && pol->title ? *pol->title + (pol->reference ? "（" + *pol->reference + "）" : "")
                                         : e.cost_sharing->policy;
        for (const auto& r : e.cost_sharing->levels)
            block.rows.push_back(make_cost_sharing_row(r.level, r.expected, r.reported, r.difference, lang));
        form.cost_sharing = std::move(block);
    }
    form.notes = notes_of(p, e, form, l);
    form.findings = e.findings;
    form.chain = e.chain;
    return form;
}

}  // namespace

report_form build_report(const document& doc, const evaluation& result, language lang) {
    const form_labels& l = labels_for(lang);
    if (doc.projects.size() != result.projects.size())
        throw error({fmt::format("评价结果有 {} 个项目，而文档有 {} 个：结果不属于这份文档", result.projects.size(),
                                 doc.projects.size()),
                     fmt::format("the evaluation has {} projects but the document has {}: it does not belong to "
                                 "this document",
                                 result.projects.size(), doc.projects.size())});
    report_form report;
    report.lang = lang;
    report.fiscal_year = result.fiscal_year;
    const std::string unit = doc.unit ? *doc.unit + (lang == language::zh ? " " : ", ") : std::string();
    report.title = fmt::format(fmt::runtime(l.report_title), fmt::arg("unit", unit), fmt::arg("year", result.fiscal_year));
    report.year_line = fmt::format(fmt::runtime(l.year_line), result.fiscal_year);
    for (std::size_t i = 0; i < doc.projects.size(); ++i) {
        const project& p = doc.projects[i];
        const project_evaluation& e = result.projects[i];
        if (p.id != e.id || p.indicators.size() != e.scores.indicators.size())
            throw error({"评价结果的第 " + std::to_string(i + 1) + " 个项目（" + e.id + "）与文档的项目“" + p.id +
                             "”不符：结果不属于这份文档",
                         "project " + std::to_string(i + 1) + " of the evaluation (" + e.id +
                             ") does not match the document's project \"" + p.id +
                             "\": it does not belong to this document"},
                        at_path(project_path(i)));
        report.projects.push_back(form_of(doc, p, e, lang));
    }
    report.findings = result.findings;
    report.summary = result.summary;
    return report;
}

}  // namespace jixiao::detail
