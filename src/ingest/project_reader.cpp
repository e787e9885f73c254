// Reading one project of a report book into a jixiao/1 project.
#include "ingest/components.hpp"
#include "ingest/form_cells.hpp"
#include "ingest/funds_words.hpp"
#include "ingest/reading.hpp"
#include "ingest/source_table.hpp"
#include "ingest/text_forms.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>
#include <iterator>

namespace jixiao::ingest {
namespace {

// Lines a section's text is made of. Sub-headings inside it (1．项目主要内容) are part
// of the text, as printed; the section's own heading is not.
std::vector<const tagged_line*> lines_in(const project_block& block, section_id section, bool with_subheadings) {
    std::vector<const tagged_line*> out;
    for (const auto& t : block.lines) {
        if (!within(t.section, section) || t.line.text.empty()) continue;
        if (t.head && (t.head->id == section || !with_subheadings)) continue;
        out.push_back(&t);
    }
    return out;
}

std::string join(const std::vector<const tagged_line*>& lines) {
    std::string out;
    for (const auto* l : lines) out += (out.empty() ? "" : "\n") + to_utf8(l->line.text);
    return out;
}

nlohmann::ordered_json line_numbers(const std::vector<const tagged_line*>& lines) {
    auto out = nlohmann::ordered_json::array();
    for (const auto* l : lines) out.push_back(l->line.number);
    return out;
}

bool is_nothing(std::u32string_view s) {
    // 无, 无。, 暂无, 没有 — the report's way of saying the list is empty.
    while (!s.empty() && (s.back() == U'。' || s.back() == U'.')) s.remove_suffix(1);
    return s == U"无" || s == U"暂无" || s == U"没有" || s == U"无问题" || s == U"无建议" || s == U"/" || s == U"—";
}

// The clause before each amount, and the amount, blanked: a level word there
// (市级配套资金1万元) belongs to that amount, not to the project.
std::u32string without_amount_clauses(const sentence& s, std::u32string text) {
    for (const auto& m : find_money(s)) {
        const auto seg = clause_before(s.masked, m.where.begin);
        const auto b = static_cast<std::size_t>(seg.data() - s.masked.data());
        std::fill(text.begin() + static_cast<std::ptrdiff_t>(b), text.begin() + static_cast<std::ptrdiff_t>(m.where.end), U' ');
    }
    return text;
}

// 72.08%: a rate cell as the percentage it prints (the number before its percent sign); nullopt for an
// empty cell or one that is no rate.
std::optional<reported_percentage> printed_percentage(std::u32string_view printed) {
    if (printed.empty()) return std::nullopt;
    const std::string number = to_utf8(printed.substr(0, printed.size() - 1));
    const auto r = ratio::try_parse(number + "%");
    if (!r) return std::nullopt;
    return reported_percentage{*r, decimals_of(number), to_utf8(printed)};
}

// The money of a table by source (资金来源 | 预算数 | 到位数 | 支出数), for a project whose sentences give none:
// a tranche a source row, at the level its label names (else the project's), what was used and the rates from
// the total row — or, with no total row, the sources' used added up when every row gives one. Sources that do
// not add up to the total are JX-S006's, the sources read as the tranches (as a total's parts in a sentence are).
void read_source_table_into(funds_reading& funds, const source_table& table, const default_level& fallback,
                            std::vector<std::string>& notes) {
    const auto add = [](x_record& x, const char* field, const std::u32string& printed, const source_row& row) {
        x.add(field, printed, row.line, row.row);
    };
    std::vector<const source_row*> rows;
    for (const auto& r : table.sources)
        if (r.budget || r.arrived) rows.push_back(&r);
    if (rows.empty() && table.total && (table.total->budget || table.total->arrived)) rows.push_back(&*table.total);
    money sum;
    for (const source_row* row : rows) {
        tranche t;
        x_record x;
        t.amount = row->budget ? *row->budget : *row->arrived;
        sum += t.amount;
        add(x, "amount", row->budget ? row->printed_budget : row->printed_arrived, *row);
        if (!row->budget) x.note("amount: the table gives only the money that arrived (到位数)");
        if (row->budget && row->arrived) {
            t.arrived = *row->arrived;
            add(x, "arrived", row->printed_arrived, *row);
        }
        const std::u32string_view label = row->label;
        t.source = contains_any(label, {U"上年结转", U"以前年度结转", U"结转资金"}) ? fund_source::prior_year
                   : contains_any(label, {U"自筹", U"自有"})                       ? fund_source::own
                   : contains_any(label, {U"其他资金", U"社会资金", U"其他"})        ? fund_source::other
                                                                                    : fund_source::current_year;
        if (const auto w = best_level(label)) {
            t.level = w->value;
            x.add("level", label.substr(w->at, w->length), row->line, row->row);
        } else {
            t.level = fallback.value;
            x.note("level " + std::string(vocabulary(t.level).id) + ": the row " + in_quotes(label) + " names no level; " +
                   fallback.why);
        }
        funds.tranches.push_back(std::move(t));
        funds.tranche_x.push_back(std::move(x));
    }
    const source_row* total = table.total ? &*table.total : nullptr;
    if (total && rows.size() >= 2 && total->budget && sum != *total->budget) {
        stated_total st;
        st.line = total->line;
        st.sentence = total->row;
        st.printed = total->printed_budget + table.unit;
        st.total = *total->budget;
        st.sum = sum;
        for (const source_row* row : rows) st.parts.push_back(row->label + (row->budget ? row->printed_budget : row->printed_arrived) + table.unit);
        funds.totals.push_back(std::move(st));
    }
    // What was used, and the rates: the total row's, else one source's, else the sources' used added up.
    const source_row* whole = total ? total : table.sources.size() == 1 ? &table.sources.front() : nullptr;
    std::optional<money> used;
    x_record& ex = funds.execution_x;
    if (whole && whole->used) {
        used = whole->used;
        add(ex, "used", whole->printed_used, *whole);
    } else if (!whole && !table.sources.empty() &&
               std::all_of(table.sources.begin(), table.sources.end(), [](const source_row& r) { return r.used.has_value(); })) {
        used = money{};
        for (const auto& r : table.sources) {
            *used += *r.used;
            add(ex, "used", r.printed_used, r);
        }
        ex.note("used " + format_wan(*used) + "万元 = the sources' 支出数 added up (the table prints no total row)");
    }
    if (used || (whole && !whole->printed_rate.empty())) {
        if (!funds.exec) funds.exec.emplace();
        if (used) {
            funds.exec->used = *used;
            now_stated(ex, "used");
        }
        if (const auto rate = whole ? printed_percentage(whole->printed_rate) : std::nullopt) {
            funds.exec->reported_rate = rate;
            add(ex, "reported_rate", whole->printed_rate, *whole);
        }
    }
    if (const auto rate = whole && !funds.arrival_rate ? printed_percentage(whole->printed_arrival_rate) : std::nullopt) {
        funds.arrival_rate = rate;
        funds.arrival_rate_source = field_source{"reported_arrival_rate", whole->printed_arrival_rate, whole->line, whole->row};
    }
    notes.push_back("line " + std::to_string((total ? total : rows.empty() ? &table.sources.front() : rows.front())->line) +
                    ": the funds are read from the table of money by source (资金来源), in " + to_utf8(table.unit) +
                    ": a tranche a source" + (table.sub_rows ? ", its rows of 其中 left out (they repeat the money above them)" : "") +
                    (total ? "; what was used and the rates from its total row" : ""));
}

default_level find_default_level(const std::vector<sentence>& sentences, std::u32string_view name, std::u32string_view unit) {
    default_level d;
    for (const bool use_masked : {true, false}) {
        std::optional<level_word> best;
        const sentence* from = nullptr;
        for (const auto& s : sentences) {
            if (s.section != section_id::application) continue;
            const auto w = best_level(without_amount_clauses(s, use_masked ? s.masked : s.folded));
            if (w && (!best || w->tier < best->tier)) {
                best = w;
                from = &s;
            }
        }
        if (best) {
            d.value = best->value;
            d.line = from->line;
            d.sentence = excerpt(from->printed);
            d.word = from->printed.substr(best->at, best->length);
            d.why = "taken from " + in_quotes(d.word) + " in section 一（一）, line " + std::to_string(d.line);
            return d;
        }
    }
    if (const auto w = best_level(name)) {
        d.value = w->value;
        d.word = std::u32string(name.substr(w->at, w->length));
        d.why = "taken from " + in_quotes(d.word) + " in the project's name";
        return d;
    }
    // The unit's own level: 攀枝花市仁和区…局 is a district unit.
    if (contains_any(unit, {U"区", U"县"})) d.value = level::district;
    else if (contains(unit, U"市")) d.value = level::municipal;
    else if (contains_any(unit, {U"省", U"厅"})) d.value = level::provincial;
    else if (contains_any(unit, {U"乡", U"镇", U"街道"})) d.value = level::township;
    // (With no unit named at all, the district level is an assumption the note must say is one.)
    d.why = (unit.empty() ? std::string("no unit is named; taken to be") : "the unit " + in_quotes(unit) + " is taken to be") +
            " at the " + std::string(vocabulary(d.value).id) + " level (no level word in section 一（一） or in the name)";
    return d;
}

// Phrases that claim the planned work or the payments are done (JX-S004).
const std::vector<std::u32string_view> completion_phrases{
    U"已按计划完成", U"已按期完成", U"已按要求完成", U"已按时完成", U"已全部完成", U"已完成全部", U"已圆满完成",
    U"已顺利完成", U"全面完成", U"全部完成支付", U"已完成支付", U"已全部支付", U"已支付完毕", U"已全部使用",
    U"已使用完毕"};

void add_sources(std::vector<figure_source>& out, const std::string& prefix, const x_record& x) {
    for (const auto& s : x.sources)
        out.push_back({prefix + s.field, to_utf8(s.value), s.line, to_utf8(s.sentence)});
}

}  // namespace

project_reading read_project(const project_block& block, std::size_t index, int fiscal_year,
                             const std::u32string& book_unit, const component_sums* components) {
    project_reading r;
    project& p = r.model;
    p.id = project_id(index);
    std::vector<std::string> notes;
    p.name = to_utf8(block.name);
    // 某州粮食和物资储备局2023年度项目支出绩效单位自评报告 and nothing under it: the unit's projects
    // as a whole, named after the unit rather than numbered.
    if (block.name.empty() && !block.unit.empty()) {
        p.name = to_utf8(block.unit) + "项目支出";
        notes.push_back("no project is named under the report title, which names only the unit: named after the unit");
    } else if (block.name.empty()) {
        p.name = "未命名项目" + std::to_string(index + 1);
        notes.push_back("no title line after the report title: the name is a placeholder");
    }
    if (!block.name_lines.empty())
        r.provenance.push_back({"name", to_utf8(block.name), block.name_lines.front().number,
                                to_utf8(block.name_lines.front().text)});

    std::vector<sentence> sentences;
    bool divides_money = false;  // the last heading of the first two levels divides money stated before
    bool uses = false;           // the last heading is on what the money was used for
    bool inline_uses = false;    // so is the sentence before, a heading printed as one
    for (const auto& t : block.lines) {
        if (t.head && (t.head->num.style == numbering_style::chinese_dun || t.head->num.style == numbering_style::chinese_paren ||
                       t.head->num.style == numbering_style::chinese_dot || t.head->num.style == numbering_style::none))
            divides_money = divides_money_before(t.head->title);
        if (t.head) {
            uses = heads_the_uses(t.head->title);
            inline_uses = false;
        }
        if (t.head || t.line.text.empty()) continue;
        auto pieces = split_sentences(t.line.number, t.section, t.line.text);
        for (auto& s : pieces) {
            s.divides_money = divides_money;
            s.under_use_heading = uses || inline_uses;
            const auto n = parse_numbering(s.masked);
            inline_uses = n && n->style != numbering_style::none && heads_the_uses(std::u32string_view(s.masked).substr(n->length));
            sentences.push_back(std::move(s));
        }
    }

    // Basis: every document cited in section 一, in text order.
    for (const auto& s : sentences) {
        for (const auto& d : s.documents) {
            citation c{s.line, s.section, excerpt(s.printed), d, std::nullopt};
            if (within(s.section, section_id::overview)) {
                const std::string number = to_utf8(d.number);
                auto at = std::find(p.basis.begin(), p.basis.end(), number);
                if (at == p.basis.end()) {
                    p.basis.push_back(number);
                    r.provenance.push_back({"basis[" + std::to_string(p.basis.size() - 1) + "]", number, s.line,
                                            to_utf8(excerpt(s.printed))});
                    at = p.basis.end() - 1;
                }
                c.basis_index = static_cast<std::size_t>(at - p.basis.begin());
            }
            r.citations.push_back(std::move(c));
        }
    }

    // Texts.
    const auto goal_lines = lines_in(block, section_id::goal, true);
    if (!goal_lines.empty()) p.goal = join(goal_lines);
    auto outcome_lines = lines_in(block, section_id::completion, false);
    const auto effect_lines = lines_in(block, section_id::effect, false);
    outcome_lines.insert(outcome_lines.end(), effect_lines.begin(), effect_lines.end());
    if (outcome_lines.empty()) outcome_lines = lines_in(block, section_id::performance, true);
    if (!outcome_lines.empty()) p.outcome = join(outcome_lines);
    const bool has_issues = std::any_of(block.lines.begin(), block.lines.end(),
                                        [](const tagged_line& t) { return within(t.section, section_id::issues); });
    std::vector<const tagged_line*> problem_lines, suggestion_lines;
    if (has_issues) {
        problem_lines = lines_in(block, section_id::problems, false);
        suggestion_lines = lines_in(block, section_id::suggestions, false);
        p.problems.emplace();
        p.suggestions.emplace();
        for (const auto* l : problem_lines)
            if (!is_nothing(l->line.text)) p.problems->push_back(to_utf8(l->line.text));
        for (const auto* l : suggestion_lines)
            if (!is_nothing(l->line.text)) p.suggestions->push_back(to_utf8(l->line.text));
        // Text right under 四、问题及建议 with no sub-heading: problems and suggestions together.
        for (const auto* l : lines_in(block, section_id::issues, false)) {
            if (l->section != section_id::issues || is_nothing(l->line.text)) continue;
            p.problems->push_back(to_utf8(l->line.text));
            problem_lines.push_back(l);
            notes.push_back("line " + std::to_string(l->line.number) +
                            " is under 四、问题及建议 without a sub-heading; it is listed under problems");
        }
    }

    // Money.
    reading_context context;
    context.fiscal_year = fiscal_year;
    const std::u32string& unit = block.unit.empty() ? book_unit : block.unit;
    context.fallback = find_default_level(sentences, block.name, unit);
    context.loose = block.loose;
    context.no_funds_section = std::none_of(sentences.begin(), sentences.end(),
                                            [](const sentence& s) { return funds::is_funds_section(s.section); });
    // A table of the money by source is read as a table, not as sentences (单位：元 above it made its cells amounts).
    const auto table = read_source_table(block.lines);
    std::vector<sentence> outside_table;
    if (table)
        std::copy_if(sentences.begin(), sentences.end(), std::back_inserter(outside_table),
                     [&](const sentence& s) { return s.line < table->first_line || s.line > table->last_line; });
    auto funds = read_funds(table ? outside_table : sentences, context);
    if (table && table->unit.empty()) {
        // (资金来源 | 预算数 | 支出数 with bare figures: of unknown size, no amounts; a reviewer is told, JX-S005.)
        unbound_amount u;
        u.line = table->first_figure_line;
        u.sentence = table->headings;
        u.printed = table->first_figure;
        u.reason_zh = "这张资金来源表没有注明金额单位（万元或元），表中数字未读作资金";
        u.reason_en = "the table of money by source names no unit (万元 or 元), so its figures are not read as money";
        funds.unbound.push_back(std::move(u));
    } else if (table && funds.tranches.empty() && !(funds.exec && funds.exec->used)) {
        read_source_table_into(funds, *table, context.fallback, notes);
    } else if (table) {
        notes.push_back("lines " + std::to_string(table->first_line) + "–" + std::to_string(table->last_line) +
                        ": the table of money by source (资金来源) is not read; the sentences state the money");
    }
    if (components) reconcile_funds(funds, *components);
    if (block.component) {
        take_whole_claims(funds, block);
        notes.push_back("one of the funds listed in the paragraphs of " +
                        (block.component_of.empty() ? std::string("the project before it") : in_quotes(block.component_of)) +
                        ", read as a project of its own from its items; that project keeps the texts and indicators");
    }
    p.tranches = funds.tranches;
    for (std::size_t i = 0; i < p.tranches.size(); ++i) {
        p.tranches[i].x = to_extension(funds.tranche_x[i]);
        add_sources(r.provenance, "tranches[" + std::to_string(i) + "].", funds.tranche_x[i]);
    }
    // A project's row of its department's table of basic data: this year's 预算数 and 决算数.
    if (const auto& row = block.table_row) {
        if (!funds.budget) funds.budget.emplace();
        funds.budget->adjusted = row->budget;
        funds.budget_x.add("adjusted", row->printed_budget, row->line, row->row);
        if (!funds.exec) funds.exec.emplace();
        funds.exec->used = row->used;
        funds.execution_x.add("used", row->printed_used, row->line, row->row);
        now_stated(funds.execution_x, "used");
        if (row->table == project_table_kind::basic_data) {
            notes.push_back("read from its row of the department's table of basic data (部门整体支出绩效评价基础数据表), in 万元: "
                            "this year's 预算数 as the adjusted budget, its 决算数 as what was used; last year's 决算数 is not "
                            "this year's money");
        } else {
            notes.push_back("read from its row of the table of projects' budget execution, in 万元: its 预算数 as the adjusted "
                            "budget, its 执行数 as what was used, its 执行率 as the reported rate");
            if (const auto rate = printed_percentage(row->printed_rate)) {
                funds.exec->reported_rate = rate;
                funds.execution_x.add("reported_rate", row->printed_rate, row->line, row->row);
            }
        }
    }
    // A label–value table (计划安排资金（万元） | 170 | 实际到位资金 …), read only where the
    // sentences give no money of their own: one tranche at the project's level, what became of it.
    if (p.tranches.empty() && !(funds.exec && funds.exec->used)) {
        const auto table = read_table_funds(block.lines);
        for (const auto& bad : table.malformed) {
            unbound_amount u;
            u.line = bad.line;
            u.sentence = to_u32(bad.row);
            u.printed = to_u32(bad.printed);
            u.reason_zh = "表中这个数字的逗号没有按三位分组，看不出是哪个数，未读取";
            u.reason_en = "the commas of this figure of the table do not group its digits by three: which number was meant "
                          "cannot be told, not read";
            funds.unbound.push_back(std::move(u));
        }
        const auto add = [&](x_record& x, const char* field, const table_figure& f) {
            x.add(field, to_u32(f.printed), f.line, to_u32(f.row));
        };
        if (table.planned || table.arrived) {
            tranche t;
            x_record x;
            t.level = context.fallback.value;
            t.amount = (table.planned ? table.planned : table.arrived)->value;
            add(x, "amount", *(table.planned ? table.planned : table.arrived));
            if (!table.planned) x.note("amount: the table gives only the money that arrived (实际到位资金)");
            if (table.arrived) {
                t.arrived = table.arrived->value;
                add(x, "arrived", *table.arrived);
            }
            x.note("level " + std::string(vocabulary(t.level).id) + ": the table names no level; " + context.fallback.why);
            t.x = to_extension(x);
            add_sources(r.provenance, "tranches[0].", x);
            p.tranches.push_back(std::move(t));
        }
        if (table.used || table.surplus) {
            if (!funds.exec) funds.exec.emplace();
            if (table.used) {
                funds.exec->used = table.used->value;
                add(funds.execution_x, "used", *table.used);
                now_stated(funds.execution_x, "used");
            }
            if (table.surplus && !funds.exec->surplus) {
                funds.exec->surplus = table.surplus->value;
                add(funds.execution_x, "surplus", *table.surplus);
                now_stated(funds.execution_x, "surplus");
            }
        }
        if (table.budget && (!funds.budget || !funds.budget->adjusted)) {
            if (!funds.budget) funds.budget.emplace();
            funds.budget->adjusted = table.budget->value;
            add(funds.budget_x, "adjusted", *table.budget);
        }
        if (table.any())
            notes.push_back("the funds are read from the table's labels and the figures after them (计划安排资金 or 预算数, "
                            "实际到位资金 or 到位数, 实际支出 or 执行数, 结余)");
    } else if (p.tranches.size() == 1 && !p.tranches[0].arrived) {
        // 计划投资额(万元) | 343.85 | 实际到位资金(万元) | 343.85 beside a sentence that states the same 343.85万元:
        // the table's arrival is that tranche's.
        const auto table = read_table_funds(block.lines);
        if (table.planned && table.arrived && table.planned->value == p.tranches[0].amount) {
            x_record& x = funds.tranche_x[0];
            x.add("arrived", to_u32(table.arrived->printed), table.arrived->line, to_u32(table.arrived->row));
            x.note("arrived: the table's 实际到位资金, beside its 计划投资额 of the same amount");
            p.tranches[0].arrived = table.arrived->value;
            p.tranches[0].x = to_extension(x);
            r.provenance.push_back({"tranches[0].arrived", table.arrived->printed, table.arrived->line, table.arrived->row});
        }
    }
    // The transfer-payment form's total row with its cells run together (年度资金总额:21182118100%),
    // for the figures the sentences do not give.
    if (const auto glued = read_glued_total_row(block.lines)) {
        const auto source = [&](x_record& x, const char* field, const std::string& printed) {
            x.add(field, to_u32(printed), glued->line, to_u32(glued->row));
        };
        bool any = false;
        if (!funds.budget || !funds.budget->adjusted) {
            if (!funds.budget) funds.budget.emplace();
            funds.budget->adjusted = glued->adjusted;
            source(funds.budget_x, "adjusted", glued->printed_adjusted);
            any = true;
        }
        if (!funds.exec) funds.exec.emplace();
        if (!funds.exec->used) {
            funds.exec->used = glued->used;
            source(funds.execution_x, "used", glued->printed_used);
            any = true;
        }
        if (!funds.exec->reported_rate) {
            funds.exec->reported_rate = glued->rate;
            source(funds.execution_x, "reported_rate", glued->rate.text);
            any = true;
        }
        if (any)
            notes.push_back("line " + std::to_string(glued->line) + ": the form's total row " + in_quotes(to_u32(glued->row)) +
                            " runs its cells together; it is split where 全年执行数 ÷ 全年预算数 gives the printed rate: " +
                            glued->printed_adjusted + " | " + glued->printed_used + " | " + glued->rate.text);
    }
    // Sichuan's 资金投入情况 table (…绩效评价表 2024), where the sentences give no money of their own: C the
    // budget and the money allocated, D what arrived, E what was used, and the two rates it prints.
    if (p.tranches.empty() && !(funds.exec && funds.exec->used))
        if (const auto table = read_funds_input_table(block.lines)) {
            const auto source = [&](x_record& x, const char* field, const std::string& printed) {
                x.add(field, to_u32(printed), table->line, to_u32(table->row));
            };
            tranche t;
            x_record x;
            t.amount = table->budget;
            t.arrived = table->arrived;
            source(x, "amount", table->printed_budget);
            source(x, "arrived", table->printed_arrived);
            x.note("the money allocated is the table's 扣除统筹整合资金后预算金额 (C), the base of both its rates");
            if (!table->central_row.empty()) {
                t.level = level::central;
                x.add("level", to_u32(table->central_row), table->central_line, to_u32(table->central_row));
                x.note("level central: the row " + table->central_row + " holds all of C");
            } else {
                t.level = context.fallback.value;
                x.note("level " + std::string(vocabulary(t.level).id) + ": the table names no level; " + context.fallback.why);
            }
            t.x = to_extension(x);
            add_sources(r.provenance, "tranches[0].", x);
            p.tranches.push_back(std::move(t));
            if (!funds.budget) funds.budget.emplace();
            if (!funds.budget->adjusted) {
                funds.budget->adjusted = table->budget;
                source(funds.budget_x, "adjusted", table->printed_budget);
            }
            if (!funds.exec) funds.exec.emplace();
            funds.exec->used = table->used;
            source(funds.execution_x, "used", table->printed_used);
            now_stated(funds.execution_x, "used");
            if (!funds.exec->reported_rate) {
                funds.exec->reported_rate = table->rate;
                source(funds.execution_x, "reported_rate", table->rate.text);
            }
            if (!funds.arrival_rate) {
                funds.arrival_rate = table->arrival_rate;
                funds.arrival_rate_source = field_source{"reported_arrival_rate", to_u32(table->arrival_rate.text), table->line,
                                                         to_u32(table->row)};
            }
            notes.push_back("line " + std::to_string(table->line) + ": the funds are read from the 资金投入情况 table's 年度资金总额 "
                            "row: " + table->printed_budget + " (C) | " + table->printed_arrived + " (D) | " +
                            table->arrival_rate.text + " | " + table->printed_used + " (E) | " + table->rate.text +
                            (table->whole ? "; 全年预算数 (A) " + table->printed_whole : std::string()));
        }
    if (funds.budget) {
        p.budget = funds.budget;
        p.budget->x = to_extension(funds.budget_x);
        add_sources(r.provenance, "budget.", funds.budget_x);
    }
    if (funds.exec) {
        p.execution = funds.exec;
        p.execution->x = to_extension(funds.execution_x);
        add_sources(r.provenance, "execution.", funds.execution_x);
    }
    if (funds.arrival_rate) {
        p.reported_arrival_rate = funds.arrival_rate;
        const auto& src = *funds.arrival_rate_source;
        r.provenance.push_back({src.field, to_utf8(src.value), src.line, to_utf8(src.sentence)});
    }
    notes.insert(notes.end(), funds.notes.begin(), funds.notes.end());
    r.unbound = std::move(funds.unbound);
    r.totals = std::move(funds.totals);
    r.misprints = std::move(funds.misprints);

    std::stable_sort(r.unbound.begin(), r.unbound.end(),
                     [](const unbound_amount& a, const unbound_amount& b) { return a.line < b.line; });

    // Indicators.
    auto ind = read_indicators(sentences);
    p.indicators = std::move(ind.indicators);
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        p.indicators[i].x = to_extension(ind.indicator_x[i]);
        add_sources(r.provenance, "indicators[" + std::to_string(i) + "].", ind.indicator_x[i]);
    }

    // Completion claims.
    for (const auto& s : sentences) {
        if (!within(s.section, section_id::performance) && !within(s.section, section_id::implementation)) continue;
        for (auto phrase : completion_phrases) {
            const auto at = s.folded.find(phrase);
            if (at == std::u32string::npos) continue;
            r.claims.push_back({s.line, std::u32string(phrase), excerpt(s.printed)});
            break;
        }
    }

    // The project's x.
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    extra["lines"] = {block.first_line, block.last_line};
    if (!block.name_lines.empty()) {
        auto name_lines = nlohmann::ordered_json::array();
        for (const auto& l : block.name_lines) name_lines.push_back(l.number);
        extra["name_lines"] = std::move(name_lines);
    }
    if (!block.extra_title_lines.empty()) {
        auto titles = nlohmann::ordered_json::array();
        for (const auto& l : block.extra_title_lines) {
            titles.push_back({{"line", l.number}, {"text", to_utf8(l.text)}});
            notes.push_back("title line " + std::to_string(l.number) + " " + in_quotes(l.text) +
                            " is not part of the name (only a bracketed sub-title right after the name joins it)");
        }
        extra["other_title_lines"] = std::move(titles);
    }
    if (!block.unit.empty() && block.unit != book_unit) extra["unit"] = to_utf8(block.unit);
    if (block.fiscal_year != fiscal_year) extra["fiscal_year"] = block.fiscal_year;
    if (!p.basis.empty()) {
        auto basis = nlohmann::ordered_json::array();
        for (const auto& c : r.citations) {
            if (!c.basis_index || basis.size() > *c.basis_index) continue;
            nlohmann::ordered_json entry{{"document", to_utf8(c.doc.number)}};
            if (!c.doc.title.empty()) entry["title"] = to_utf8(c.doc.title);
            entry["line"] = c.line;
            basis.push_back(std::move(entry));
        }
        extra["basis"] = std::move(basis);
    }
    nlohmann::ordered_json text_lines = nlohmann::ordered_json::object();
    if (!goal_lines.empty()) text_lines["goal"] = line_numbers(goal_lines);
    if (!outcome_lines.empty()) text_lines["outcome"] = line_numbers(outcome_lines);
    if (!problem_lines.empty()) text_lines["problems"] = line_numbers(problem_lines);
    if (!suggestion_lines.empty()) text_lines["suggestions"] = line_numbers(suggestion_lines);
    if (!text_lines.empty()) extra["text_lines"] = std::move(text_lines);
    x_record px;
    px.notes = std::move(notes);
    p.x = to_extension(px, extra);
    return r;
}

}  // namespace jixiao::ingest
