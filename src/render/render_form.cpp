// Builds the self-evaluation form (自评表) of each project from the evaluated
// document: the cells every renderer lays out.
#include "render/render_form.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <variant>

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
    "表中位置",
    "JSON 路径",
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
    "结转结余（万元）",
    "执行率得分",
    "全年预算数（万元）",
    "全年执行数（万元）",
    "金额单位为万元，按四舍五入保留两位小数，合计与分项之和可能因舍入略有差异。",
    "未给出全年预算数，取下达资金合计 {} 万元作为执行率的分母。",
    "分来源的金额无法由下达资金确定的，以“—”表示。",
    "全年预算数为零，没有执行率，执行率分值不计入总分。",
    "不适用指标及无执行率的分值共 {} 分不计；总分按适用分值 {} 分折算为百分制：{} × 100 ÷ {} = {}。",
    "各项分值合计 {} 分，总分按百分制折算：{} × 100 ÷ {} = {}。",
    "项目没有绩效指标：只计预算执行率得分，不计总分和等级。",
    "没有适用的分值，不计总分和等级。",
    "未说明",
    "未说明全年预算数（或下达资金）或全年执行数，没有执行率，执行率分值不计入总分。",
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
    "Place on the form",
    "JSON path",
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
    "Carried forward (10,000 yuan)",
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
    "The weights total {} points; the total is scaled to 100: {} × 100 ÷ {} = {}.",
    "The project has no indicators: it gets an execution score but no total and no grade.",
    "No weight is applicable: no total and no grade.",
    "not stated",
    "The full-year budget (or the money allocated) or the amount executed is not stated: no execution rate, and its weight is left out of the total.",
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

// ---- cells of the rows -------------------------------------------------------------------------

const cell& funds_row::at(funds_column c) const {
    switch (c) {
    case funds_column::initial: return initial;
    case funds_column::adjusted: return adjusted;
    case funds_column::used: return used;
    case funds_column::weight: return weight;
    case funds_column::rate: return rate;
    case funds_column::score: return score;
    case funds_column::reason: return reason;
    }
    return reason;
}

cell indicator_row::at(indicator_column c) const {
    switch (c) {
    case indicator_column::level1: return text_cell(level1);
    case indicator_column::level2: return text_cell(level2);
    case indicator_column::name: return text_cell(name);
    case indicator_column::nature: return text_cell(nature);
    case indicator_column::target: return text_cell(target);
    case indicator_column::target_value: return text_cell(target_value);
    case indicator_column::unit: return text_cell(unit);
    case indicator_column::actual: return text_cell(actual);
    case indicator_column::actual_value: return text_cell(actual_value);
    case indicator_column::weight: return weight;
    case indicator_column::score: return score;
    case indicator_column::deviation: return text_cell(deviation);
    }
    return text_cell("");
}

std::optional<std::size_t> project_form::row_of_indicator(std::size_t index) const {
    if (index < indicator_rows.size()) {
        if (indicator_rows[index] < indicators.size()) return indicator_rows[index];
        return std::nullopt;
    }
    if (!indicator_rows.empty()) return std::nullopt;
    for (std::size_t r = 0; r < indicators.size(); ++r)  // a form not made by form_of
        if (indicators[r].index == index) return r;
    return std::nullopt;
}

std::string project_form::field(form_field f) const {
    switch (f) {
    case form_field::name: return name;
    case form_field::code_and_name: return code.empty() ? name : code + "-" + name;
    case form_field::department: return department;
    case form_field::implementer: return implementer;
    case form_field::goal: return goal;
    case form_field::outcome: return outcome;
    case form_field::content: return content;
    case form_field::conclusion: return conclusion;
    case form_field::problems: return problems;
    case form_field::suggestions: return suggestions;
    }
    return {};
}

std::string report_form::label(const label_text& text, const std::string& points) const {
    std::string out = text.in(lang);
    const auto fill = [&](std::string_view key, const std::string& with) {
        for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + with.size()))
            out.replace(at, key.size(), with);
    };
    fill("{year}", std::to_string(fiscal_year));
    fill("{points}", points);
    return out;
}

// ---- funds block --------------------------------------------------------------------------------

namespace {

// The rows of the funds block: the layout's rows, and a row "来源未注明" when
// some tranche names no source (or one no row of the layout takes).
//
// What is known per row (decision; the forms themselves have no rule):
//  - a project funded from one row's sources only (every tranche in one row,
//    or every tranche without a source): that row repeats the total row and
//    the other rows are 0.00;
//  - otherwise 全年预算数 per row is Σ tranche amounts of its sources when the
//    full-year budget equals Σ tranche amounts (it is then the allocation,
//    which is always so when no budget is given); 年初预算数 and 全年执行数 are
//    not broken down by source in a jixiao/1 document and print "—";
//  - a project without tranches: every source figure is "—".
// The execution rate of a row is shown where its budget and executed figures
// are both known; weight and score only on the total row (the layout says what
// the others print: "—" or "/"); the reason for the deviation (execution.deviation)
// on the total row.
std::vector<funds_row> funds_rows(const project& p, const project_evaluation& e, const funds_block& block,
                                  const report_form& report) {
    const form_labels& l = labels_for(report.lang);
    const funds_summary& f = e.funds;
    const score_card& s = e.scores;
    std::vector<funds_row> rows;

    const std::optional<money> initial = p.budget ? p.budget->initial : std::nullopt;
    const std::string deviation = p.execution && p.execution->deviation ? *p.execution->deviation : std::string();
    funds_row total{report.label(block.rows.front().label), true, false,
                    initial ? wan_cell(*initial) : none_cell(),
                    f.budget_stated() ? wan_cell(f.budget) : text_cell(l.not_stated),
                    f.used_stated ? wan_cell(f.used) : text_cell(l.not_stated),
                    weight_cell(s.execution_weight),
                    f.execution_rate ? percent_cell(*f.execution_rate) : none_cell(),
                    s.execution ? score_cell(*s.execution, s.decimals) : none_cell(), text_cell(deviation)};
    rows.push_back(std::move(total));

    // Each tranche's row: the first layout row taking its source, else the extra row.
    struct group {
        std::string label;
        bool of_which = false;
        std::vector<const tranche*> tranches;
    };
    std::vector<group> groups;
    for (std::size_t i = 1; i < block.rows.size(); ++i)
        groups.push_back({report.label(block.rows[i].label), block.rows[i].of_which, {}});
    group unplaced{l.source_unstated, false, {}};
    for (const auto& t : p.tranches) {
        bool placed = false;
        for (std::size_t i = 1; i < block.rows.size() && !placed; ++i) {
            const auto& sources = block.rows[i].sources;
            if (t.source && std::find(sources.begin(), sources.end(), *t.source) != sources.end()) {
                groups[i - 1].tranches.push_back(&t);
                placed = true;
            }
        }
        if (!placed) unplaced.tranches.push_back(&t);
    }
    if (!unplaced.tranches.empty()) groups.push_back(std::move(unplaced));

    std::size_t filled = 0;
    for (const auto& g : groups) filled += g.tranches.empty() ? 0 : 1;
    const bool single = filled == 1;
    const bool adjusted_by_allocation = !p.tranches.empty() && f.budget == f.allocated;

    for (const auto& g : groups) {
        money allocated;
        for (const tranche* t : g.tranches) allocated += t->amount;
        const bool mine = single && !g.tranches.empty();
        std::optional<money> initial_of, adjusted_of, used_of;
        if (single) {
            if (initial) initial_of = mine ? *initial : money{};
            adjusted_of = mine ? f.budget : money{};
            if (f.used_stated) used_of = mine ? f.used : money{};
        } else if (adjusted_by_allocation) {
            adjusted_of = allocated;
        }
        funds_row row;
        row.label = g.label;
        row.first_source = g.of_which;
        row.initial = initial_of ? wan_cell(*initial_of) : none_cell();
        row.adjusted = adjusted_of ? wan_cell(*adjusted_of) : none_cell();
        row.used = used_of ? wan_cell(*used_of) : none_cell();
        row.weight = text_cell(block.not_on_total);
        const auto rate = adjusted_of && used_of ? ratio_of(*used_of, *adjusted_of) : std::nullopt;
        row.rate = rate ? percent_cell(*rate) : none_cell();
        row.score = text_cell(block.not_on_total);
        row.reason = text_cell("");
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

// "产出指标（50分）", "output (50 points)".
std::string with_points(const std::string& label, const points& p, language lang) {
    return lang == language::zh ? label + "（" + to_string(p) + "分）" : label + " (" + to_string(p) + " points)";
}

indicator_row indicator_row_of(const indicator& ind, const indicator_score& s, std::size_t index, int decimals,
                               const form_labels& l, language lang) {
    indicator_row row;
    row.index = index;
    row.level1_name = word(ind.level1, lang);
    row.level2 = ind.level2 ? word(*ind.level2, lang) : std::string();
    row.name = ind.name;
    row.unit = ind.unit.value_or("");
    // The operator is printed as the forms print it, ≥ ≤ ＝ (the SC form's 指标性质), in both languages.
    const auto sign = [](comparison op) -> std::string {
        switch (op) {
        case comparison::at_least: return "≥";
        case comparison::at_most: return "≤";
        case comparison::equal: return "＝";
        }
        return "";
    };
    row.target = ind.op && ind.target ? std::string(vocabulary(*ind.op).zh) + quantity_text(*ind.target, ind.unit)
                                      : std::string(no_figure);
    row.target_value = ind.target ? to_string(*ind.target) : std::string();
    row.nature = ind.op ? sign(*ind.op) : ind.rating ? (lang == language::zh ? "定性" : "qualitative") : "";
    switch (s.method) {
    case scoring_method::quantitative:
        row.actual = quantity_text(*ind.actual, ind.unit);
        row.actual_value = to_string(*ind.actual);
        break;
    case scoring_method::qualitative:
        row.actual = word(*ind.rating, lang);
        row.actual_value = row.actual;
        if (ind.actual)
            row.actual = quantity_text(*ind.actual, ind.unit) +
                         (lang == language::zh ? "（" + row.actual + "）" : " (" + row.actual + ")");
        break;
    case scoring_method::not_applicable:
        row.actual = ind.actual ? quantity_text(*ind.actual, ind.unit) : std::string(no_figure);
        row.actual_value = ind.actual ? to_string(*ind.actual) : std::string();
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
    if (f.budget_from_tranches && f.allocated_stated)
        notes.push_back(fmt::format(fmt::runtime(l.note_budget_from_tranches), format_wan(f.allocated)));
    if (some_source_unknown(form.funds)) notes.emplace_back(l.note_source_unknown);
    if (!f.execution_rate) notes.emplace_back(f.budget_stated() && f.used_stated ? l.note_no_rate : l.note_rate_unstated);
    if (p.indicators.empty()) {
        notes.emplace_back(l.note_no_indicators);
    } else if (!s.total) {
        notes.emplace_back(l.note_nothing_applicable);
    } else if (s.rescaled) {
        points all = s.execution_weight;
        for (const auto& i : s.indicators) all += i.weight;
        const points raw = s.execution.value_or(points(0)) + s.indicators_sum.value_or(points(0));
        const std::string applicable = to_string(s.applicable_weight);
        if (all != s.applicable_weight)
            notes.push_back(fmt::format(fmt::runtime(l.note_rescaled), to_string(all - s.applicable_weight), applicable,
                                        format_score(raw, s.decimals), applicable, format_score(*s.total, s.decimals)));
        else
            notes.push_back(fmt::format(fmt::runtime(l.note_scaled), applicable, format_score(raw, s.decimals),
                                        applicable, format_score(*s.total, s.decimals)));
    }
    return notes;
}

// Several lines of a list: numbered when there are more than one.
std::string listed(const std::optional<std::vector<std::string>>& items) {
    if (!items || items->empty()) return {};
    if (items->size() == 1) return items->front();
    std::string out;
    for (std::size_t i = 0; i < items->size(); ++i)
        out += (i ? "\n" : "") + std::to_string(i + 1) + ". " + (*items)[i];
    return out;
}

const funds_block* funds_block_of(const form_description& layout) {
    for (const auto& section : layout.sections)
        if (const auto* b = std::get_if<funds_block>(&section)) return b;
    return nullptr;
}

}  // namespace

project_form form_of(const document& doc, const project& p, std::size_t index, project_evaluation e,
                     const report_form& report) {
    const language lang = report.lang;
    const form_labels& l = labels_for(lang);
    const score_card& s = e.scores;
    project_form form;
    form.index = index;
    form.initial_budget = p.budget ? p.budget->initial : std::nullopt;
    form.exact_funds = e.funds;
    form.exact_scores = e.scores;
    form.id = e.id;
    form.code = p.code.value_or("");
    form.name = e.name;
    // A report book is one unit's: unless the project says otherwise, it is both
    // the competent department and the implementing unit.
    form.department = p.department ? *p.department : doc.unit.value_or("");
    form.implementer = p.implementer ? *p.implementer : doc.unit.value_or("");
    form.goal = p.goal.value_or("");
    form.outcome = p.outcome.value_or("");
    form.content = p.content.value_or("");
    form.conclusion = p.conclusion.value_or("");
    form.problems = listed(p.problems);
    form.suggestions = listed(p.suggestions);
    if (const funds_block* block = funds_block_of(*report.layout)) form.funds = funds_rows(p, e, *block, report);
    form.execution_weight = s.execution_weight;

    // Indicators by level-1 (产出, 效益, 满意度, 成本), then as given.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < p.indicators.size() && i < s.indicators.size(); ++i) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return static_cast<int>(p.indicators[a].level1) < static_cast<int>(p.indicators[b].level1);
    });
    form.indicators.reserve(order.size());
    for (const std::size_t i : order) {
        form.indicators.push_back(indicator_row_of(p.indicators[i], s.indicators[i], i, s.decimals, l, lang));
        form.indicator_weight += s.indicators[i].weight;
    }
    // Each level-1 group's points, summed once (not once per row: a project of many indicators).
    std::array<points, all_indicator_level1s.size()> group{};
    for (const std::size_t i : order) group[static_cast<std::size_t>(p.indicators[i].level1)] += s.indicators[i].weight;
    form.indicator_rows.assign(p.indicators.size(), p.indicators.size());  // none: past the end
    for (std::size_t k = 0; k < order.size(); ++k) {
        form.indicator_rows[order[k]] = k;
        indicator_row& row = form.indicators[k];
        row.level1 = with_points(row.level1_name, group[static_cast<std::size_t>(p.indicators[order[k]].level1)], lang);
    }
    form.total_weight = weight_cell(s.execution_weight + form.indicator_weight);
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
    form.findings = std::move(e.findings);
    form.chain = std::move(e.chain);
    return form;
}

report_form report_head(const document& doc, language lang, std::optional<form_layout> layout) {
    const form_labels& l = labels_for(lang);
    report_form report;
    report.lang = lang;
    report.layout = &layout_of(layout ? *layout : doc.scheme_or_default().form_or_default());
    report.fiscal_year = doc.fiscal_year;
    report.unit = doc.unit.value_or("");
    const std::string unit = doc.unit ? *doc.unit + (lang == language::zh ? " " : ", ") : std::string();
    report.title = fmt::format(fmt::runtime(l.report_title), fmt::arg("unit", unit), fmt::arg("year", doc.fiscal_year));
    report.year_line = fmt::format(fmt::runtime(l.year_line), doc.fiscal_year);
    return report;
}

report_form build_report(const evaluated& ev, language lang, std::optional<form_layout> layout) {
    const document& doc = ev.doc;
    const evaluation& result = ev.result;
    report_form report = report_head(doc, lang, layout);
    for (std::size_t i = 0; i < doc.projects.size() && i < result.projects.size(); ++i)
        report.projects.push_back(form_of(doc, doc.projects[i], i, result.projects[i], report));
    report.findings = result.findings;
    report.summary = result.summary;
    return report;
}

// ---- findings on the form ------------------------------------------------------------------------

namespace {

// "projects[3].indicators[2].reported_score" below projects[3] → {"indicators", 2, "reported_score"}.
struct path_parts {
    std::string head;  // first key below the project: "indicators", "execution", "budget" …
    std::optional<std::size_t> index;
    std::string field;  // the key after it, if any
};

std::optional<path_parts> below_project(std::string_view path, std::size_t project) {
    const std::string prefix = project_path(project);
    if (!path.starts_with(prefix)) return std::nullopt;
    path.remove_prefix(prefix.size());
    if (path.empty()) return path_parts{};
    if (!path.starts_with('.')) return std::nullopt;
    path.remove_prefix(1);
    path_parts out;
    std::size_t end = path.find_first_of(".[");
    out.head = std::string(path.substr(0, end));
    if (end == std::string_view::npos) return out;
    path.remove_prefix(end);
    if (path.starts_with('[')) {
        const std::size_t close = path.find(']');
        if (close == std::string_view::npos) return out;
        std::size_t n = 0;
        for (const char c : path.substr(1, close - 1)) {
            if (c < '0' || c > '9') return out;
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        out.index = n;
        path.remove_prefix(close + 1);
    }
    if (path.starts_with('.')) {
        path.remove_prefix(1);
        out.field = std::string(path.substr(0, path.find_first_of(".[")));
    }
    return out;
}

template <class Spec, class Column>
std::string column_label(const std::vector<Spec>& columns, Column c, const report_form& report) {
    for (const auto& spec : columns)
        if (spec.what == c) return report.label(spec.label, "");
    return {};
}

const indicator_block* indicator_block_of(const form_description& layout) {
    for (const auto& section : layout.sections)
        if (const auto* b = std::get_if<indicator_block>(&section)) return b;
    return nullptr;
}

std::optional<std::string> field_label(const form_description& layout, form_field f, const report_form& report) {
    for (const auto& section : layout.sections) {
        const std::vector<std::vector<layout_cell>>* rows = nullptr;
        if (const auto* r = std::get_if<field_rows>(&section)) rows = &r->rows;
        if (const auto* t = std::get_if<text_block>(&section)) rows = &t->lines;
        if (!rows) continue;
        for (const auto& row : *rows)
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (row[i].field != f) continue;
                if (!row[i].label.in(report.lang).empty()) return report.label(row[i].label);
                if (i > 0 && !row[i - 1].field) return report.label(row[i - 1].label);
            }
    }
    return std::nullopt;
}

}  // namespace

form_place place_of(const finding& f, const project_form& p, const report_form& report) {
    form_place place;
    const auto parts = below_project(f.where.path, p.index);
    if (!parts) return place;
    const bool zh = report.lang == language::zh;
    const std::string dot = " · ";
    const form_description& layout = *report.layout;
    const funds_block* funds = funds_block_of(layout);
    const indicator_block* indicators = indicator_block_of(layout);

    const auto at_funds = [&](funds_column c) {
        if (!funds || p.funds.empty()) return;
        const std::string col = column_label(funds->columns, c, report);
        if (col.empty()) return;
        place.where = form_place::area::funds;
        place.row = 0;
        place.funds_col = c;
        place.label = p.funds.front().label + dot + col;
    };
    const auto at_field = [&](form_field ff) {
        if (const auto label = field_label(layout, ff, report)) {
            place.where = form_place::area::field;
            place.field = ff;
            place.label = *label;
        }
    };
    const std::string& head = parts->head;
    const std::string& field = parts->field;
    if (head == "indicators" && parts->index && indicators) {
        if (const auto row = p.row_of_indicator(*parts->index)) {
            const std::size_t r = *row;
            indicator_column c = indicator_column::name;
            const auto has = [&](indicator_column k) {
                return std::any_of(indicators->columns.begin(), indicators->columns.end(),
                                   [&](const indicator_column_spec& s) { return s.what == k; });
            };
            if (field == "weight") c = indicator_column::weight;
            else if (field == "score" || field == "reported_score" || field == "rating") c = indicator_column::score;
            else if (field == "deviation") c = indicator_column::deviation;
            else if (field == "target" || field == "op")
                c = has(indicator_column::target) ? indicator_column::target : indicator_column::target_value;
            else if (field == "actual")
                c = has(indicator_column::actual) ? indicator_column::actual : indicator_column::actual_value;
            else if (field == "level1") c = indicator_column::level1;
            else if (field == "level2") c = indicator_column::level2;
            else if (field == "unit")
                c = has(indicator_column::unit) ? indicator_column::unit : indicator_column::target;
            place.where = form_place::area::indicator;
            place.row = r;
            place.indicator_col = c;
            const std::string block = report.label(indicators->label, to_string(p.indicator_weight));
            place.label = (zh ? block + "第 " + std::to_string(r + 1) + " 行（" + p.indicators[r].name + "）"
                              : block + ", row " + std::to_string(r + 1) + " (" + p.indicators[r].name + ")") +
                          dot + column_label(indicators->columns, c, report);
            return place;
        }
        return place;
    }
    if (head == "indicators" && indicators) {  // the indicators as a whole: the block, no one cell
        place.label = report.label(indicators->label, to_string(p.indicator_weight));
        return place;
    }
    // Keys directly below execution, budget or reported, or the project's own keys.
    const std::string key = parts->index ? head : field.empty() ? head : head + "." + field;
    if (key == "execution.deviation") at_funds(funds_column::reason);
    else if (key == "execution.reported_rate") at_funds(funds_column::rate);
    else if (key.starts_with("execution.")) at_funds(funds_column::used);
    else if (key == "budget.initial") at_funds(funds_column::initial);
    else if (key.starts_with("budget.") || head == "tranches") at_funds(funds_column::adjusted);
    else if (key == "reported.execution_score") at_funds(funds_column::score);
    else if (key == "reported.total" && indicators) {
        place.where = form_place::area::total;
        place.label = report.label(indicators->total_label) + dot +
                      column_label(indicators->columns, indicator_column::score, report);
    } else if (head == "goal") at_field(form_field::goal);
    else if (head == "outcome") at_field(form_field::outcome);
    else if (head == "content") at_field(form_field::content);
    else if (head == "conclusion") at_field(form_field::conclusion);
    else if (head == "problems") at_field(form_field::problems);
    else if (head == "suggestions") at_field(form_field::suggestions);
    else if (head == "department") at_field(form_field::department);
    else if (head == "implementer") at_field(form_field::implementer);
    else if (head == "name" || head == "code") {
        at_field(form_field::name);
        if (place.where == form_place::area::none) at_field(form_field::code_and_name);
    }
    return place;
}

namespace {

// The Chinese word of a vocabulary identifier ("output" → 产出指标, "district" → 区县级).
template <class E, std::size_t N>
std::optional<std::string> chinese_of(const std::array<E, N>& all, std::string_view id) {
    if (const auto v = from_id(all, id)) return std::string(vocabulary(*v).zh);
    return std::nullopt;
}

std::optional<std::string> chinese_word(std::string_view id) {
    if (auto w = chinese_of(all_indicator_level1s, id)) return w;
    if (auto w = chinese_of(all_indicator_level2s, id)) return w;
    if (auto w = chinese_of(all_levels, id)) return w;
    if (auto w = chinese_of(all_fund_sources, id)) return w;
    if (auto w = chinese_of(all_ratings, id)) return w;
    return std::nullopt;
}

}  // namespace

std::string clerk_figure(const finding& f, const std::optional<std::string>& figure, language lang) {
    if (!figure) return {};
    if (lang == language::zh)
        if (auto word = chinese_word(*figure)) return *word;
    // Amounts are what the rules on money (JX-F…, JX-C…) write with two decimals and no unit.
    const bool money_rule = f.rule.starts_with("JX-F") || f.rule.starts_with("JX-C");
    const std::string& text = *figure;
    const std::size_t point = text.find('.');
    const bool two_places = point != std::string::npos && point + 3 == text.size() && point > 0;
    if (!money_rule || !two_places || text.find_first_not_of("+-0123456789.") != std::string::npos) return text;
    try {
        const money m = money::parse(text.front() == '+' ? text.substr(1) : text);
        const std::string wan = format_wan(m, 2, si_she_wu_ru);
        return text + (lang == language::zh ? "（" + wan + "万元）" : " (" + wan + " × 10,000 yuan)");
    } catch (const error&) {
        return text;
    }
}

}  // namespace jixiao::detail
