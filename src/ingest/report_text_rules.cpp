// JX-S001…JX-S009: what a reviewer wants flagged in the text of a report book.
// Each rule is a small function next to its catalogue entry and messages.
#include "ingest/report_text_rules.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/funds.hpp>
#include <jixiao/rules/report_text.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace jixiao::ingest {
namespace {

std::string line_zh(std::size_t line) { return "第" + std::to_string(line) + "行"; }
std::string line_en(std::size_t line) { return "line " + std::to_string(line); }
std::string wan(const money& m) { return format_wan(m) + "万元"; }
// Characters of a sentence a finding quotes.
constexpr std::size_t max_finding_quote = 200;

std::u32string standard_heading(section_id id) {
    const auto& s = info(id);
    return standard_numbering(s.level, s.number) + std::u32string(s.title);
}

// ---- JX-S001 ------------------------------------------------------------------

// Lines where each present heading is, and where a missing one should have been:
// before the next standard heading that is present.
// The level-1 sections of the other templates, by key words; a section is reported
// missing only when a later one is there (an excerpt that stops early is not a defect).
struct layout_section {
    std::u32string_view title;
    std::vector<std::u32string_view> keys;
};

const std::vector<layout_section>& layout_sections(report_layout layout) {
    static const std::vector<layout_section> transfer{
        // (一、基本情况 … 二、绩效情况分析 （一）资金投入情况分析: the same two sections, as several
        // regions word them.)
        {U"一、绩效目标分解下达情况", {U"分解下达", U"下达情况", U"基本情况"}},
        {U"二、绩效目标完成情况分析", {U"完成情况分析", U"绩效情况"}},
        {U"三、偏离绩效目标的原因和下一步改进措施", {U"偏离", U"改进措施"}},
        {U"四、绩效自评结果拟应用和公开情况", {U"应用", U"公开"}},
    };
    static const std::vector<layout_section> mof{
        {U"一、基本情况", {U"基本情况", U"概况", U"概述"}},
        {U"绩效情况（绩效目标完成情况分析、绩效评价指标分析）", {U"绩效"}},
        {U"存在的问题", {U"问题"}},
    };
    static const std::vector<layout_section> none;
    return layout == report_layout::transfer ? transfer : layout == report_layout::mof ? mof : none;
}

std::string layout_name_zh(report_layout l) {
    return l == report_layout::transfer ? "转移支付绩效自评报告格式" : l == report_layout::mof ? "财政部项目自评报告格式（一、基本情况…）"
                                                                               : "四川省项目支出绩效自评报告格式";
}
std::string layout_name_en(report_layout l) {
    return l == report_layout::transfer ? "the transfer-payment template"
           : l == report_layout::mof    ? "the MOF-style template (一、基本情况 …)"
                                        : "the Sichuan template of project self-evaluation reports";
}

bool is_level1_line(const tagged_line& l) {
    if (l.head && info(l.head->id).level == 1) return true;
    const auto num = parse_numbering(l.line.text);
    return num && (num->style == numbering_style::chinese_dun || num->style == numbering_style::chinese_dot);
}

// A text that breaks off inside a paragraph (its last line long and without a full stop, or a
// short label with nothing under it: a copy cut short) says nothing of the sections after the cut.
bool cut_off(const project_block& block) {
    for (auto it = block.lines.rbegin(); it != block.lines.rend(); ++it) {
        const auto& text = it->line.text;
        if (text.empty()) continue;
        constexpr std::size_t paragraph = 40;
        // (我单位严( or …，: a bracket or a comma nothing follows is cut, however short the line.)
        const bool dangling = std::u32string_view(U"（(，,、").find(text.back()) != std::u32string_view::npos;
        const bool unstopped = std::u32string_view(U"。！？；!?;.”」）)").find(text.back()) == std::u32string_view::npos;
        // (定性和定量目标 after （二）项目绩效目标's paragraph: a label whose text the copy lost. Not a
        // signature — the unit, or a date — with which a whole report may end.)
        const bool label = unstopped && text.size() < paragraph && !looks_like_unit(text) &&
                           std::none_of(text.begin(), text.end(), [](char32_t c) { return is_digit(c); });
        return !it->head && (dangling || label || (text.size() >= paragraph && unstopped));
    }
    return false;
}

void jx_s001_other(const project_text& t, report_layout layout, text_sink& out) {
    const auto& wanted = layout_sections(layout);
    std::vector<std::optional<std::size_t>> at(wanted.size());
    std::vector<int> printed_number(wanted.size(), 0);  // 二、 → 2; 0 when not numbered
    for (const auto& l : t.block.lines) {
        if (!is_level1_line(l)) continue;
        for (std::size_t k = 0; k < wanted.size(); ++k) {
            if (at[k]) continue;
            bool hit = false;
            for (auto key : wanted[k].keys) hit = hit || contains(l.line.text, key);
            if (hit) {
                at[k] = l.line.number;
                if (const auto num = parse_numbering(l.line.text)) printed_number[k] = num->value;
                break;
            }
        }
    }
    const std::string name = t.reading.model.name;
    // As for the Sichuan template, a book with no title starts at its first heading: the sections
    // before it were not copied. (The sections after the last one there are never asked for.)
    std::size_t first = 0;
    if (t.block.untitled)
        while (first < wanted.size() && !at[first]) ++first;
    for (std::size_t k = first; k < wanted.size(); ++k) {
        if (at[k]) continue;
        std::optional<std::size_t> next;
        std::size_t next_k = 0;
        for (std::size_t n = k + 1; n < wanted.size() && !next; ++n) {
            next = at[n];
            next_k = n;
        }
        if (!next) continue;
        // 一、绩效目标完成情况分析 first: the book numbers the later section into this one's
        // place, so its own layout leaves the section out; nothing was dropped from it.
        if (printed_number[next_k] > 0 && static_cast<std::size_t>(printed_number[next_k]) <= k + 1) continue;
        const std::string what = utf8(wanted[k].title);
        out.report(*next, t.path(),
                   {"项目“" + name + "”缺少“" + what + "”一段，应在" + line_zh(*next) + "之前（按" + layout_name_zh(layout) +
                        "判断）；请补上该段，或说明为何不适用",
                    "project “" + name + "” lacks the section “" + what + "”, expected before " + line_en(*next) +
                        " (judged against " + layout_name_en(layout) + "); add it or say why it does not apply"},
                   what, std::nullopt);
    }
}

void jx_s001(const project_text& t, text_sink& out) {
    const report_layout layout = detect_layout(t.block.lines);
    if (layout == report_layout::unknown) return;  // no known template fits: nothing to judge against
    if (layout != report_layout::sichuan) return jx_s001_other(t, layout, out);
    std::map<section_id, std::size_t> present;
    for (const auto& l : t.block.lines)
        if (l.head && !present.count(l.head->id)) present[l.head->id] = l.line.number;
    const auto& order = required_sections();
    // The line of the next standard heading that is there; none: the section belongs at the end.
    const auto next_present = [&](std::size_t k) -> std::optional<std::size_t> {
        for (std::size_t n = k + 1; n < order.size(); ++n)
            if (auto it = present.find(order[n]); it != present.end()) return it->second;
        return std::nullopt;
    };
    const std::string name = t.reading.model.name;
    // A book with no title starts at its first heading: the sections before it were not
    // copied (an excerpt), not left out.
    std::size_t first = 0;
    if (t.block.untitled)
        while (first < order.size() && !present.count(order[first])) ++first;
    const bool cut_short = cut_off(t.block);
    for (std::size_t k = first; k < order.size(); ++k) {
        const section_id id = order[k];
        if (present.count(id)) continue;
        const auto& s = info(id);
        if (s.level == 2 && !present.count(s.parent)) {
            // Reported with its level-1 section when that is missing with all its sub-sections.
            bool any_sibling = false;
            for (auto other : order)
                if (info(other).parent == s.parent && present.count(other)) any_sibling = true;
            if (!any_sibling) continue;
        }
        std::string what = utf8(standard_heading(id));
        std::string with_zh, with_en;
        if (s.level == 1) {
            bool any_child = false;
            std::string children;
            for (auto other : order) {
                if (info(other).parent != id) continue;
                any_child = any_child || present.count(other);
                children += (children.empty() ? "" : "、") + utf8(standard_heading(other));
            }
            if (!any_child) {
                with_zh = "（连同其下各小节：" + children + "）";
                with_en = " (with all its sub-sections: " + children + ")";
            } else {
                with_zh = "（其下小节仍在，只缺此标题）";
                with_en = " (its sub-sections are there; only this heading is missing)";
            }
        }
        const auto next = next_present(k);
        if (!next && cut_short) continue;
        const std::size_t line = next.value_or(t.block.last_line);
        const std::string where_zh = next ? "应在" + line_zh(line) + "之前" : "应在" + line_zh(line) + "之后（项目末尾）";
        const std::string where_en = next ? "expected before " + line_en(line) : "expected after " + line_en(line) + ", at the end of the project";
        out.report(line, t.path(),
                   {"项目“" + name + "”缺少标准段落“" + what + "”" + with_zh + "，" + where_zh +
                        "；请补上该段，或说明为何不适用（按" + layout_name_zh(report_layout::sichuan) + "判断）",
                    "project “" + name + "” lacks the standard section “" + what + "”" + with_en + ", " + where_en +
                        "; add it or say why it does not apply (judged against " + layout_name_en(report_layout::sichuan) + ")"},
                   what, std::nullopt);
    }
}

// ---- JX-S002 ------------------------------------------------------------------

numbering_style standard_style(int level) {
    return level == 1 ? numbering_style::chinese_dun : level == 2 ? numbering_style::chinese_paren : numbering_style::digit_dot;
}

void jx_s002(const project_text& t, text_sink& out) {
    // The 一、/（一）/1． pattern is the Sichuan template's; other templates number otherwise.
    if (detect_layout(t.block.lines) != report_layout::sichuan) return;
    std::map<section_id, int> last_value;  // by parent: the value the previous sibling was numbered
    for (const auto& l : t.block.lines) {
        if (!l.head) continue;
        const heading& h = *l.head;
        const auto& s = info(h.id);
        const int sequential = last_value.count(s.parent) ? last_value[s.parent] + 1 : 1;
        const bool numbered = h.num.style != numbering_style::none;
        const bool style_ok = h.num.style == standard_style(s.level) && !h.num.extra_mark;
        const bool value_ok = numbered && (h.num.value == s.number || h.num.value == sequential);
        last_value[s.parent] = numbered ? h.num.value : s.number;
        if (style_ok && value_ok) continue;
        const std::string expected = utf8(standard_numbering(s.level, value_ok ? h.num.value : s.number));
        const std::string printed = utf8(l.line.text);
        if (!numbered) {
            out.report(l.line.number, t.path(),
                       {line_zh(l.line.number) + "的标题“" + printed + "”没有编号，按“一、/（一）/1．”格式应为“" + expected +
                            utf8(h.title) + "”",
                        line_en(l.line.number) + ": heading “" + printed + "” has no number; the 一、/（一）/1． pattern expects “" +
                            expected + utf8(h.title) + "”"},
                       expected, std::string{});
            continue;
        }
        const std::string actual = utf8(h.num.printed);
        out.report(l.line.number, t.path(),
                   {line_zh(l.line.number) + "的标题“" + printed + "”编号为“" + actual + "”，按“一、/（一）/1．”格式应为“" +
                        expected + "”",
                    line_en(l.line.number) + ": heading “" + printed + "” is numbered “" + actual +
                        "”; the 一、/（一）/1． pattern expects “" + expected + "”"},
                   expected, actual);
    }
}

// ---- JX-S003 ------------------------------------------------------------------

std::u32string normalised_number(std::u32string_view number) {
    std::u32string out;
    for (char32_t c : number)
        if (!is_space(c)) out += c;
    return out;
}

// The part of a title after the issuers (四川省财政厅 …关于下达… → 关于下达…), spaces and
// bracket styles ignored.
std::u32string normalised_title(std::u32string_view title) {
    const auto about = title.find(U"关于");
    if (about != std::u32string_view::npos) title = title.substr(about);
    std::u32string out;
    for (char32_t c : title) {
        if (is_space(c)) continue;
        if (c == U'<' || c == U'＜' || c == U'〈') c = U'〈';
        if (c == U'>' || c == U'＞' || c == U'〉') c = U'〉';
        out += c;
    }
    return out;
}

// Same year and serial, different issuer prefixes, and evidence that it is one
// document: the same title, or one prefix extending the other (川财社 / 川财社发)
// while the titles do not contradict it (checked in jx_s003).

// Citations are grouped by year and serial (only those can be one document
// under two numbers), and within a group into documents: each distinct number
// joins the first document it matches. One finding per number beyond the
// first of its document — not one per pair, which 800 prefixes of one number
// would turn into 319 600 findings — so the work and the findings stay linear
// in the citations (quadratic only within one year and serial).
void jx_s003(const std::vector<cited_project>& projects, text_sink& out) {
    struct seen {
        std::size_t project;
        const citation* c;
        std::u32string number;  // normalised
        std::u32string title;   // normalised; empty if none
    };
    struct same_document {
        std::vector<const seen*> numbers;  // distinct numbers, the first one first
    };
    std::vector<seen> all;
    for (std::size_t p = 0; p < projects.size(); ++p)
        for (const auto& c : projects[p].citations)
            all.push_back({p, &c, normalised_number(c.doc.number),
                           c.doc.title.empty() ? std::u32string{} : normalised_title(c.doc.title)});
    std::map<std::pair<int, std::u32string>, std::vector<same_document>> groups;
    for (const auto& b : all) {
        auto& documents = groups[{b.c->doc.year, b.c->doc.serial}];
        bool placed = false;
        for (auto& d : documents) {
            if (std::any_of(d.numbers.begin(), d.numbers.end(), [&](const seen* n) { return n->number == b.number; })) {
                placed = true;  // a number already seen: nothing new
                break;
            }
            const seen& a = *d.numbers.front();
            const auto& x = a.c->doc;
            const auto& y = b.c->doc;
            if (x.issuer == y.issuer) continue;
            const bool titles_known = !a.title.empty() && !b.title.empty();
            const bool extends = x.issuer.starts_with(y.issuer) || y.issuer.starts_with(x.issuer);
            if (!((titles_known && a.title == b.title) || (extends && !titles_known))) continue;
            d.numbers.push_back(&b);
            placed = true;
            const auto& ac = *a.c;
            const auto& bc = *b.c;
            const std::string path =
                project_path(b.project, bc.basis_index ? "basis[" + std::to_string(*bc.basis_index) + "]" : "");
            const std::string na = utf8(excerpt(x.number, 64)), nb = utf8(excerpt(y.number, 64));
            const std::string pa = projects[a.project].name, pb = projects[b.project].name;
            const std::string title = !y.title.empty() ? "《" + utf8(excerpt(y.title, 200)) + "》" : std::string{};
            out.report(bc.line, path,
                       {line_zh(bc.line) + "（项目“" + pb + "”）引用的“" + nb + "”与" + line_zh(ac.line) + "（项目“" + pa +
                            "”）引用的“" + na + "”只差发文机关代字，似为同一文件" + title + "；请核对原件，统一为正确文号",
                        line_en(bc.line) + " (project “" + pb + "”) cites “" + nb + "” and " + line_en(ac.line) +
                            " (project “" + pa + "”) cites “" + na + "”: the numbers differ only in the issuer prefix and seem to be one document" +
                            title + "; check the original and use its correct number"},
                       na, nb);
            break;
        }
        if (!placed) documents.push_back({{&b}});
    }
}

// ---- JX-S004 ------------------------------------------------------------------

void jx_s004(const project_text& t, text_sink& out) {
    if (t.reading.claims.empty()) return;
    const funds_summary f = summarize_funds(t.reading.model);
    if (!f.available.is_positive() || !f.used.is_zero() || f.carried_forward != f.available) return;
    for (const auto& c : t.reading.claims) {
        const std::string phrase = utf8(c.phrase);
        out.report(c.line, t.path("outcome"),
                   {line_zh(c.line) + "称“" + phrase + "”，但项目资金 " + wan(f.available) + " 全部结转（使用 0 元）；请核对完成情况与资金使用是否一致：“" +
                        utf8(excerpt(c.sentence, max_finding_quote)) + "”",
                    line_en(c.line) + " claims “" + phrase + "” while all of the project's " + wan(f.available) +
                        " was carried forward (0 used); check the claim against the use of the money: “" +
                        utf8(excerpt(c.sentence, max_finding_quote)) + "”"},
                   std::nullopt, to_string(f.carried_forward));
    }
}

// ---- JX-S005 ------------------------------------------------------------------

std::string text_field(section_id s) {
    if (within(s, section_id::goal)) return "goal";
    if (within(s, section_id::completion) || within(s, section_id::effect) || s == section_id::performance) return "outcome";
    if (within(s, section_id::problems)) return "problems";
    if (within(s, section_id::suggestions)) return "suggestions";
    return {};
}

void jx_s005(const project_text& t, text_sink& out) {
    const auto& all = t.reading.unbound;
    std::size_t run = 0;  // amounts before this one in its line, left for the same reason
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& u = all[i];
        if (u.other) continue;  // a restated figure with another value is JX-S007's
        const auto same = [&](std::size_t k) { return same_unbound_run(all[k], u); };
        run = i > 0 && same(i - 1) ? run + 1 : 0;
        if (run > unbound_named_per_line) continue;
        if (run == unbound_named_per_line) {
            // The rest of the line's amounts for this reason, counted in one finding.
            std::size_t last = i;
            while (last + 1 < all.size() && same(last + 1)) ++last;
            const std::size_t count = last - i + 1;
            const std::string range = utf8(u.printed) + (count > 1 ? "…" + utf8(all[last].printed) : "");
            out.report(u.line, t.path(text_field(u.section)),
                       {line_zh(u.line) + "另有 " + std::to_string(count) + " 个金额（" + range + "）同样未能对应到任何字段（" +
                            u.reason_zh + "），不再逐一列出，留待人工核对",
                        line_en(u.line) + ": " + std::to_string(count) + " more amounts (" + range +
                            ") were not tied to any field for the same reason (" + u.reason_en +
                            "); not listed one by one, left for a reviewer"},
                       std::nullopt, range);
            continue;
        }
        const std::string amount = utf8(u.printed);
        out.report(u.line, t.path(text_field(u.section)),
                   {line_zh(u.line) + "的金额“" + amount + "”未能对应到任何字段（" + u.reason_zh + "），留待人工核对：“" +
                        utf8(excerpt(u.sentence, max_finding_quote)) + "”",
                    line_en(u.line) + ": the amount " + amount + " was not tied to any field (" + u.reason_en +
                        "); left for a reviewer: “" + utf8(excerpt(u.sentence, max_finding_quote)) + "”"},
                   std::nullopt, amount);
    }
}

// ---- JX-S006 ------------------------------------------------------------------

// A list of thousands of funds is named by its first ones: the message stays readable.
constexpr std::size_t max_parts_named = 12;

void jx_s006(const project_text& t, text_sink& out) {
    for (const auto& total : t.reading.totals) {
        std::string parts;
        for (std::size_t i = 0; i < total.parts.size() && i < max_parts_named; ++i)
            parts += (parts.empty() ? "" : "、") + utf8(total.parts[i]);
        const std::size_t more = total.parts.size() > max_parts_named ? total.parts.size() - max_parts_named : 0;
        const std::string parts_zh = more ? parts + " 等，另有 " + std::to_string(more) + " 项" : parts;
        const std::string parts_en = more ? parts + " and " + std::to_string(more) + " more" : parts;
        const std::string quote = utf8(excerpt(total.sentence, max_finding_quote));
        const money difference = total.sum - total.total;
        out.report(total.line, t.path("tranches"),
                   {line_zh(total.line) + "称合计" + utf8(total.printed) + "，但所列各项（" + parts_zh + "）之和为 " + wan(total.sum) +
                        "，相差 " + wan(difference) + "；请核对合计与各分项：“" + quote + "”",
                    line_en(total.line) + " states a total of " + utf8(total.printed) + " but the parts it lists (" + parts_en +
                        ") add up to " + wan(total.sum) + ", a difference of " + wan(difference) +
                        "; check the total against its parts: “" + quote + "”"},
                   to_string(total.total), to_string(total.sum), to_string(difference));
    }
}

// ---- JX-S007 ------------------------------------------------------------------

void jx_s007(const project_text& t, text_sink& out) {
    for (const auto& u : t.reading.unbound) {
        if (!u.other || !u.value) continue;
        const std::string amount = utf8(u.printed);
        const std::string quote = utf8(excerpt(u.sentence, max_finding_quote));
        const money a = *u.value;
        out.report(u.line, t.path(u.field),
                   {line_zh(u.line) + "的“" + amount + "”与前文给出的同一数字 " + wan(*u.other) + " 不同；请核对哪一个正确：“" +
                        quote + "”",
                    line_en(u.line) + ": " + amount + " differs from the " + wan(*u.other) +
                        " stated earlier for the same figure; check which is right: “" + quote + "”"},
                   to_string(*u.other), to_string(a), to_string(a - *u.other));
    }
}

// ---- JX-S008 ------------------------------------------------------------------

void jx_s008(const project_text& t, text_sink& out) {
    for (const auto& m : t.reading.misprints) {
        const std::string printed = utf8(m.printed);
        const std::string quote = utf8(excerpt(m.sentence, max_finding_quote));
        out.report(m.line, t.path("tranches"),
                   {line_zh(m.line) + "的“" + printed + "”单位有误，按“万元”读取；请核对原文：“" + quote + "”",
                    line_en(m.line) + ": the unit of “" + printed + "” is misprinted and was read as 万元; check the original: “" +
                        quote + "”"},
                   std::nullopt, printed);
    }
}

// ---- JX-S009 ------------------------------------------------------------------

// Where an indicator table starts: 一级指标 with 二级指标 or 三级指标 on its line or one of the
// next three (a table copied a cell per line).
std::optional<std::size_t> indicator_table_line(const std::vector<tagged_line>& lines) {
    // (一级 指标: a form joined into a line by spaces.)
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!contains_any(lines[i].line.text, {U"一级指标", U"一级 指标"})) continue;
        for (std::size_t k = i; k < lines.size() && k < i + 4; ++k)
            if (contains_any(lines[k].line.text, {U"二级指标", U"三级指标"})) return lines[i].line.number;
    }
    return std::nullopt;
}

// Where indicators written out as text start (1、产出指标数量指标: … 2、效益指标 …, or 1、数量指标 …
// 2、质量指标 …): the first of two lines led by different kinds of indicator.
std::optional<std::size_t> indicator_list_line(const std::vector<tagged_line>& lines) {
    static constexpr std::u32string_view kinds[] = {U"产出指标", U"效益指标", U"满意度指标", U"数量指标", U"质量指标",
                                                    U"时效指标", U"实效指标", U"成本指标", U"经济效益", U"社会效益",
                                                    U"生态效益", U"可持续影响", U"成效指标"};
    const auto kind_leading = [](std::u32string_view text) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < std::size(kinds); ++k)
            if (const auto at = text.find(kinds[k]); at != std::u32string_view::npos && at <= 6) return k;  // after 1、 or （一）
        return std::nullopt;
    };
    std::optional<std::pair<std::size_t, std::size_t>> first;  // kind, line
    for (const auto& l : lines) {
        const auto k = kind_leading(l.line.text);
        if (!k) continue;
        if (!first) first = std::pair{*k, l.line.number};
        else if (first->first != *k) return first->second;
    }
    return std::nullopt;
}

void jx_s009(const project_text& t, text_sink& out) {
    if (!t.reading.model.indicators.empty()) return;
    // A fund listed in a project's paragraphs: the indicators the book gives are the whole's.
    if (t.block.component) {
        const std::string whole = t.block.component_of.empty() ? "前面的项目" : "“" + to_utf8(t.block.component_of) + "”";
        const std::string whole_en = t.block.component_of.empty() ? "the project before it" : "“" + to_utf8(t.block.component_of) + "”";
        out.report(t.block.first_line, t.path("indicators"),
                   {line_zh(t.block.first_line) + "的这项资金是" + whole + "所列的一项，报告的绩效指标是就整个项目写的，"
                    "不是这项资金单独的：它的指标未知，不是没有；指标规则（JX-I）不对它作判断",
                    line_en(t.block.first_line) + ": this fund is one of those " + whole_en + " lists; the report's indicators "
                    "are written for the whole, not for this fund: its indicators are unknown, not absent, and the indicator "
                    "rules (JX-I) do not judge it"});
        return;
    }
    if (const auto line = indicator_table_line(t.block.lines)) {
        out.report(*line, t.path("indicators"), unread_indicator_table(*line));
        return;
    }
    if (const auto line = indicator_list_line(t.block.lines))
        out.report(*line, t.path("indicators"),
                   {line_zh(*line) + "起逐项写出了绩效指标（产出指标、数量指标、效益指标……），jixiao 未能读出：指标未知，不是没有；"
                    "指标得分、总分和等级无从计算，指标规则（JX-I）不作判断",
                    line_en(*line) + " starts indicators written out as text (产出指标, 数量指标, 效益指标 …) that jixiao could not "
                    "read: the indicators are unknown, not absent; no indicator score, total or grade can be computed, "
                    "and the indicator rules (JX-I) do not judge"});
}

// The rule hooks, around checks written against the ingester's own view.
using project_text_check = void (*)(const project_text&, text_sink&);
using book_text_check = void (*)(const std::vector<cited_project>&, text_sink&);

rule project_rule(rule_info info, project_text_check check) {
    rule r{std::move(info), {}, {}};
    r.check_report_project = [check](const report_project_text& p, finding_sink& sink) {
        text_sink out(sink, p.source);
        check(p.text, out);
    };
    return r;
}

rule book_rule(rule_info info, book_text_check check) {
    rule r{std::move(info), {}, {}};
    r.check_report = [check](const report_text& b, finding_sink& sink) {
        text_sink out(sink, b.source);
        check(b.text.projects, out);
    };
    return r;
}

}  // namespace

localized unread_indicator_table(std::size_t line) {
    return {line_zh(line) + "起是一张绩效指标表（一级指标、二级指标、三级指标……），jixiao 未能读出其中的指标：指标未知，"
            "不是没有；指标得分、总分和等级无从计算，指标规则（JX-I）不作判断",
            line_en(line) + " starts an indicator table (一级指标, 二级指标, 三级指标 …) whose indicators jixiao could not "
            "read: the indicators are unknown, not absent; no indicator score, total or grade can be computed, and the "
            "indicator rules (JX-I) do not judge"};
}

}  // namespace jixiao::ingest

namespace jixiao::rules {

std::vector<rule> report_text_rules() {
    using ingest::book_rule;
    using ingest::project_rule;
    std::vector<rule> rules;
    rules.push_back(project_rule({"JX-S001", severity::warning, {"缺少标准段落", "a standard section is missing"}}, ingest::jx_s001));
    rules.push_back(project_rule({"JX-S002", severity::info,
                                  {"段落编号不合“一、/（一）/1．”格式", "section numbering breaks the 一、/（一）/1． pattern"}},
                                 ingest::jx_s002));
    rules.push_back(book_rule({"JX-S003", severity::warning,
                               {"同一文件以两个只差发文机关代字的文号引用",
                                "one document is cited under two numbers that differ only in the issuer prefix"}},
                              ingest::jx_s003));
    rules.push_back(project_rule({"JX-S004", severity::warning,
                                  {"文中称已完成，而项目资金全部结转",
                                   "the text claims completion while all the project's money was carried forward"}},
                                 ingest::jx_s004));
    rules.push_back(project_rule({"JX-S005", severity::info,
                                  {"文中金额未能对应到字段（留待人工核对）",
                                   "an amount in the text could not be tied to a field (left for a reviewer)"}},
                                 ingest::jx_s005));
    rules.push_back(project_rule({"JX-S006", severity::warning,
                                  {"文中合计与所列分项之和不符", "a total stated in the text differs from the sum of the parts it lists"}},
                                 ingest::jx_s006));
    rules.push_back(project_rule({"JX-S007", severity::warning,
                                  {"同一数字在文中出现两个不同的值", "one figure is stated twice with different values"}},
                                 ingest::jx_s007));
    rules.push_back(project_rule({"JX-S008", severity::info,
                                  {"金额的单位印错，已按万元读取", "an amount's unit is misprinted and was read as 万元"}},
                                 ingest::jx_s008));
    rules.push_back(project_rule({"JX-S009", severity::info,
                                  {"文中的绩效指标表未能读出", "the text's indicator table could not be read"}},
                                 ingest::jx_s009));
    return rules;
}

}  // namespace jixiao::rules
