// Splitting a report book into projects.
#include "ingest/book.hpp"

#include "ingest/funds_words.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>
#include <map>
#include <array>

namespace jixiao::ingest {
namespace {

bool has_sentence_punctuation(std::u32string_view s) {
    return contains_any(s, {U"，", U"。", U"；", U"：", U",", U";", U":", U"！", U"？"});
}

// A wholly bracketed line: （企保省级统筹绩效管理）.
bool is_bracketed(std::u32string_view s) {
    return s.size() >= 2 && (s.front() == U'（' || s.front() == U'(') && (s.back() == U'）' || s.back() == U')');
}

// 项目名称：X → X; a name printed wholly in brackets, （X）, → X.
std::u32string name_from_title_line(std::u32string_view s) {
    for (std::u32string_view prefix : {U"项目名称：", U"项目名称:", U"项目名称"})
        if (s.starts_with(prefix)) return std::u32string(trim(s.substr(prefix.size())));
    if (is_bracketed(s)) return std::u32string(trim(s.substr(1, s.size() - 2)));
    return std::u32string(s);
}

// 优 抚 → 优抚: a cover's name spaced out letter by letter.
std::u32string without_inner_spaces(std::u32string_view s) {
    std::u32string out;
    for (const char32_t c : s)
        if (c != U' ' && c != U'\u3000') out += c;
    return out;
}

// Title lines: the lines after the report title up to the first heading. Blank
// lines are skipped; a sentence (it has a comma or full stop) is body text.
constexpr std::size_t max_title_lines = 4;

// 附件2, 附件3-2: an attachment label printed above or below a title, never a name.
bool is_attachment_label(std::u32string_view s) {
    if (!s.starts_with(U"附件")) return false;
    s.remove_prefix(2);
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return is_digit(c) || c == U'-' || c == U'－' || c == U' '; });
}

// A portal's record of the page, printed under the title: 索引号 … 发文字号, 发布机构 …,
// 生成日期 …, 发布时间:… 来源:… 点击量:…. Never a name.
// Printed as a list too: - 索引号 / - 01525697-3-/2023-0417003 / - 文 号 / - 日期 / - 2023-04-17.
bool is_portal_record(std::u32string_view s) {
    std::u32string t;
    for (const char32_t c : s)
        if (!is_space(c)) t += c;
    while (!t.empty() && (t.front() == U'-' || t.front() == U'*' || t.front() == U'•')) t.erase(0, 1);
    if (t.empty()) return false;
    if (contains_any(t, {U"索引号", U"发文字号", U"发布机构", U"发文机构", U"生成日期", U"发布日期", U"发布时间", U"成文日期",
                         U"公开形式", U"公开方式", U"公开目录", U"责任部门", U"主题分类", U"浏览次数", U"浏览量", U"点击量",
                         U"点击数", U"信息来源", U"文章来源", U"信息名称", U"内容概述", U"发布文号", U"组配分类", U"主题导航",
                         U"关键词"}))
        return true;
    for (const std::u32string_view label : {U"文号", U"日期", U"来源", U"浏览", U"字号", U"打印", U"关闭", U"分享"})
        if (t == label) return true;
    // An index number or a date alone.
    return std::all_of(t.begin(), t.end(), [](char32_t c) { return is_digit(c) || c == U'-' || c == U'/' || c == U':' || c == U'.'; });
}

// A numbered line (一、 绩效目标情况, 1项目资金到位情况) starts the body even when its
// title is not one the section table knows.
bool is_numbered_heading(std::u32string_view s) {
    const auto n = parse_numbering(s);
    return n && n->style != numbering_style::none;
}

}  // namespace

namespace {

// A line stating money: digits, then 元, 万元 or 亿元 (２ 万元, 1.2亿元: full-width digits, a space
// before the unit, 亿 too).
bool states_money(std::u32string_view line) {
    const std::u32string folded = fold_figures(line);
    const std::u32string_view t = folded;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!is_digit(t[i])) continue;
        std::size_t k = i + 1;
        while (k < t.size() && t[k] == U' ') ++k;
        const auto unit = t.substr(k);
        if (unit.starts_with(U"元") || unit.starts_with(U"万元") || unit.starts_with(U"亿元")) return true;
    }
    return false;
}

// A line stating a rate of spending: its word, then within a few characters a percentage
// (完成预算的100%, 执行率为98.5%) — what a report whose amounts are masked (预算数*元) still states.
bool states_spending_rate(std::u32string_view line) {
    const std::u32string folded = fold_figures(line);
    const std::u32string_view t = folded;
    for (const std::u32string_view w : funds::execution_rate_words)
        for (auto at = t.find(w); at != std::u32string_view::npos; at = t.find(w, at + w.size())) {
            const auto after = t.substr(at + w.size(), 12);
            const auto percent = after.find_first_of(U"%％");
            if (percent != std::u32string_view::npos && percent > 0 && is_digit(after[percent - 1])) return true;
        }
    return false;
}

// The words a report's title ends with: 自评报告, 自评价报告, 自评总结报告, 单位自评报告 …
constexpr std::array<std::u32string_view, 5> title_words{U"自评总结报告", U"自评总报告", U"自评价报告", U"自评报告",
                                                          U"自评情况报告"};

// Where the title word is in `line` and how long it is; npos if none.
std::pair<std::size_t, std::size_t> find_title_word(std::u32string_view line) {
    for (auto w : title_words)
        if (const auto at = line.find(w); at != std::u32string_view::npos) return {at, w.size()};
    return {std::u32string_view::npos, 0};
}

// A four-digit year 1990–2100 at i, not inside a longer number, followed by 年 or by a word (2022项目).
std::optional<int> year_at(std::u32string_view line, std::size_t i) {
    if (i + 4 > line.size() || (i > 0 && is_digit(line[i - 1]))) return std::nullopt;
    for (std::size_t k = i; k < i + 4; ++k)
        if (!is_digit(line[k])) return std::nullopt;
    if (i + 4 < line.size() && (is_digit(line[i + 4]) || line[i + 4] == U'.' || line[i + 4] == U'-' || line[i + 4] == U'/'))
        return std::nullopt;
    // 2022-2025龙游县…项目, 2022至2025年: the years a project runs, no fiscal year.
    constexpr std::u32string_view to = U"-－—–~～至";
    const auto digits = [&](std::size_t from) {
        return from + 4 <= line.size() && std::all_of(line.begin() + static_cast<std::ptrdiff_t>(from),
                                                      line.begin() + static_cast<std::ptrdiff_t>(from + 4), is_digit);
    };
    if ((i >= 5 && to.find(line[i - 1]) != std::u32string_view::npos && digits(i - 5)) ||
        (i + 5 < line.size() && to.find(line[i + 4]) != std::u32string_view::npos && digits(i + 5)))
        return std::nullopt;
    const int year = static_cast<int>((line[i] - U'0') * 1000 + (line[i + 1] - U'0') * 100 + (line[i + 2] - U'0') * 10 +
                                      (line[i + 3] - U'0'));
    if (year < 1990 || year > 2100) return std::nullopt;
    return year;
}

// The unit a title without a year starts with: 耒阳市第四中学专项资金… → 耒阳市第四中学.
std::u32string unit_prefix(std::u32string_view s) {
    std::size_t best = 0;
    for (std::u32string_view end : {U"局", U"委员会", U"中心", U"政府", U"中学", U"小学", U"学校", U"学院", U"医院", U"办公室",
                                    U"街道办事处", U"管理处", U"管委会"}) {
        const auto at = s.find(end);
        if (at != std::u32string_view::npos && at + end.size() > best && at + end.size() < s.size()) best = at + end.size();
    }
    return std::u32string(s.substr(0, best));
}

}  // namespace

std::optional<report_title> parse_report_title(std::u32string_view raw) {
    raw = trim(raw);
    const std::u32string folded = fold_figures(raw);
    const std::u32string_view line = folded;
    if (line.size() > 80 || contains_any(line, {U"，", U"。", U","})) return std::nullopt;
    const auto [at, word_length] = find_title_word(line);
    if (at == std::u32string_view::npos) return std::nullopt;
    report_title t;
    // What follows the title word is a short remark (（汇总）, 2) or the project's name in
    // brackets: 2022年度项目绩效自评报告（春节慰问经费项目）.
    auto tail = trim(raw.substr(at + word_length));
    if (is_bracketed(tail) && tail.size() > 2) {
        t.name = std::u32string(trim(tail.substr(1, tail.size() - 2)));
    } else if (tail.size() > 8) {
        return std::nullopt;
    }
    std::size_t year_from = std::u32string_view::npos;
    for (std::size_t i = 0; i + 4 <= at; ++i) {
        if (const auto y = year_at(line, i)) {
            t.year = *y;
            year_from = i;
            break;
        }
    }
    std::u32string_view prefix, middle;
    if (year_from != std::u32string_view::npos) {
        prefix = trim(raw.substr(0, year_from));
        std::size_t from = year_from + 4;
        // (2018 年上海市…: a PDF's copy spaces the year off its 年.)
        std::size_t after_spaces = from;
        while (after_spaces < line.size() && (line[after_spaces] == U' ' || line[after_spaces] == U'\u3000')) ++after_spaces;
        if (after_spaces < line.size() && line[after_spaces] == U'年') from = after_spaces;
        if (from < line.size() && line[from] == U'年') ++from;
        if (from < line.size() && line[from] == U'度') ++from;
        middle = trim(raw.substr(from, at - from));
    } else {
        const std::u32string unit = unit_prefix(raw.substr(0, at));
        prefix = trim(raw.substr(0, unit.size()));
        middle = trim(raw.substr(unit.size(), at - unit.size()));
    }
    for (std::u32string_view p : {U"附件1", U"附件2", U"附件3", U"附件4", U"附件5", U"附件"})
        if (prefix.starts_with(p)) prefix.remove_prefix(p.size());
    prefix = trim(prefix);
    // 标题:某盟…资金2022年度绩效自评报告, 概述:…: a portal's field label before the title.
    for (std::u32string_view label : {U"标题", U"文章标题", U"信息标题", U"题名", U"概述", U"名称"})
        for (std::u32string_view colon : {U":", U"："})
            if (prefix.starts_with(label) && prefix.substr(label.size()).starts_with(colon))
                prefix = trim(prefix.substr(label.size() + colon.size()));
    // 《2022年度…自评总报告.docx》由会员分享: a quoted file name, no unit before it.
    while (!prefix.empty() && std::u32string_view(U"《“\"【[（(").find(prefix.front()) != std::u32string_view::npos)
        prefix.remove_prefix(1);
    if (prefix.starts_with(U"关于")) prefix = {};
    // (宜良县教育体育局 关于2023年度…: the unit, then 关于 before the year.)
    if (prefix.ends_with(U"关于")) prefix = trim(prefix.substr(0, prefix.size() - 2));
    t.unit = std::u32string(prefix);
    // Between the year and 绩效自评报告: 项目支出 (the report's kind) or a project's name.
    for (std::u32string_view tail_word : {U"单位", U"绩效", U"支出", U"项目支出", U"部门", U"财政支出项目绩效评价", U"绩效评价"})
        if (middle.ends_with(tail_word)) middle.remove_suffix(tail_word.size());
    // (…高标准农田建设项目重点绩效评价报告: a key evaluation, 重点 its kind, not the name's.)
    for (std::u32string_view tail_word : {U"绩效", U"支出", U"重点"})
        if (middle.ends_with(tail_word)) middle.remove_suffix(tail_word.size());
    // …资金转移支付 2023年度绩效自评报告: the year printed again before the title word.
    for (std::u32string_view y : {U"年度", U"年"})
        if (auto m = trim(middle); m.ends_with(y) && m.size() >= 4 + y.size()) {
            const auto digits = m.substr(m.size() - y.size() - 4, 4);
            if (std::all_of(digits.begin(), digits.end(), is_digit)) {
                middle = trim(m.substr(0, m.size() - y.size() - 4));
                break;
            }
        }
    // …专项资金预算执行情况绩效自评报告: what the report is of, not the project's name.
    for (std::u32string_view tail_word : {U"预算执行情况", U"执行情况"})
        if (middle.ends_with(tail_word)) middle.remove_suffix(tail_word.size());
    middle = trim(middle);
    const bool generic = middle.empty() || middle == U"项目" || middle == U"专项目" || middle == U"部门项目" ||
                         middle == U"专项" || middle == U"专项资金" || middle == U"部门" || middle == U"资金" ||
                         middle == U"财政支出" || middle == U"支出" || middle == U"项目支出" || middle == U"项目资金";
    if (!generic && t.name.empty()) t.name = std::u32string(middle);
    // 某产业园项目2022年度绩效自评报告, 强制扑杀补助资金支付2023年度…: what comes before the
    // year names the project (or its money's use), not the unit.
    // (…社会福利事业资金(第一批)2024年度…: a batch in brackets after the money's name.)
    std::u32string_view unbracketed_unit = t.unit;
    if (unbracketed_unit.ends_with(U")") || unbracketed_unit.ends_with(U"）"))
        if (const auto open = unbracketed_unit.find_last_of(U"(（"); open != std::u32string_view::npos && open > 0)
            unbracketed_unit = trim(unbracketed_unit.substr(0, open));
    // (天津市雪亮工程转移支付2020年度…, 中央转移支付区域(…业务费)2024年度…: a transfer payment is money.)
    const bool names_money = ends_with_any(unbracketed_unit, {U"项目", U"资金", U"经费", U"工程", U"转移支付"}) ||
                             contains(unbracketed_unit, U"转移支付") ||
                             (contains_any(t.unit, {U"资金", U"经费"}) && ends_with_any(t.unit, {U"支付", U"使用", U"发放"}));
    if (generic && t.name.empty() && names_money) {
        t.name = std::move(t.unit);
        t.unit.clear();
    }
    // 某镇学校2017年度专项资金绩效自评报告: the unit's special fund, named after both.
    if (generic && t.name.empty() && !t.unit.empty() && (middle == U"专项资金" || middle == U"资金"))
        t.name = t.unit + std::u32string(middle);
    // 老年人日间照料中心项目绩效自评报告: with no year between, a unit's word run into 项目 names
    // the project (a centre to build), not the unit that reports.
    if (generic && t.name.empty() && year_from == std::u32string_view::npos && middle == U"项目" && !t.unit.empty()) {
        t.name = t.unit + U"项目";
        t.unit.clear();
    }
    return t;
}

std::optional<int> year_evaluated(const std::vector<text_line>& lines) {
    std::map<int, int> weight;
    std::optional<int> any;
    for (const auto& l : lines) {
        const std::u32string folded = fold_figures(l.text);
        const std::u32string_view t = folded;
        int quoted = 0;  // depth inside 《》 and the brackets of a document reference
        for (std::size_t i = 0; i < t.size(); ++i) {
            const char32_t c = t[i];
            if (c == U'《' || c == U'〔' || c == U'﹝' || c == U'［' || c == U'[') ++quoted;
            if ((c == U'》' || c == U'〕' || c == U'﹞' || c == U'］' || c == U']') && quoted > 0) --quoted;
            const auto y = year_at(t, i);
            if (!y || (i > 0 && is_digit(t[i - 1])) || i + 4 >= t.size()) continue;
            // 2019 年: a PDF's copy puts a space before 年.
            const std::size_t nian = t[i + 4] == U' ' && i + 5 < t.size() ? i + 5 : i + 4;
            if (t[nian] != U'年') continue;
            // (填报日期:2022年7月5日, 发布时间: when the report was written or put out, no sign of its year.)
            const auto label = t.substr(i >= 6 ? i - 6 : 0, i >= 6 ? 6 : i);
            if (contains_any(label, {U"日期", U"时间"})) continue;
            // (同比2022年销量显著提高, 较2021年增长: a year compared with, not the one evaluated.)
            if (ends_with_any(label, {U"同比", U"较", U"相比", U"对比", U"比"})) continue;
            if (!any) any = *y;
            if (quoted > 0) continue;
            auto after = t.substr(nian + 1);
            while (!after.empty() && is_space(after.front())) after.remove_prefix(1);
            // 2024年度 says most; a date (2025年6月) least: a report is dated after its year.
            // (二〇二〇年三月 on a title page: a date too.)
            const bool month_in_words =
                after.size() >= 2 && std::u32string_view(U"一二三四五六七八九十").find(after[0]) != std::u32string_view::npos &&
                (after[1] == U'月' || (after.size() >= 3 && after[0] == U'十' && after[2] == U'月'));
            weight[*y] += after.starts_with(U"度") ? 4 : !after.empty() && (is_digit(after.front()) || month_in_words) ? 1 : 2;
            // 2024年结转2023年…资金: the year that spends what an earlier one carried over.
            if (after.starts_with(U"结转") && after.size() >= 7 && after[6] == U'年')
                if (const auto earlier = year_at(after, 2); earlier && *earlier < *y) weight[*y] += 4;
        }
    }
    std::optional<int> best;
    for (const auto& [year, w] : weight)
        if (!best || w > weight[*best]) best = year;
    return best ? best : any;
}

std::optional<std::u32string> unit_of(std::u32string_view s) {
    s = trim(s);
    for (std::u32string_view label : {U"单位名称：", U"单位名称:", U"填报单位：", U"填报单位:", U"单位：", U"单位:"})
        if (s.starts_with(label)) s = trim(s.substr(label.size()));
    for (std::u32string_view stamp : {U"（盖章）", U"(盖章)", U"（章）"})
        if (s.ends_with(stamp)) s = trim(s.substr(0, s.size() - stamp.size()));
    if (s.size() < 3 || s.size() > 40 || has_sentence_punctuation(s)) return std::nullopt;
    if (parse_numbering(s)) return std::nullopt;
    if (!ends_with_any(s, {U"局", U"委员会", U"委", U"办公室", U"办", U"厅", U"院", U"中心", U"站", U"所", U"政府",
                           U"部", U"会", U"队", U"处", U"馆", U"校", U"公司", U"集团", U"街道", U"街道办事处",
                           U"镇", U"乡", U"社", U"署", U"室"}))
        return std::nullopt;
    return std::u32string(s);
}

namespace {

// Words a heading's title ends with, for finding where a run-in heading stops:
// 二、项目资金使用及管理情况我校… → 二、项目资金使用及管理情况 | 我校….
constexpr std::array<std::u32string_view, 13> heading_ends{U"情况分析", U"原因分析", U"情况说明", U"情况", U"分析", U"概况",
                                                          U"目标", U"建议", U"措施", U"问题", U"结论", U"得分", U"材料"};

// The length of a heading at the start of `rest` that runs into the text after it,
// if `rest` starts with one (一、 or （一） numbering and a title of a known section; at
// the start of a line 1、 and 1． too: 1、项目资金到位情况分析。乡村振兴衔接资金…).
std::optional<std::size_t> run_in_heading(std::u32string_view rest, bool line_start = false) {
    const auto num = parse_numbering(rest);
    if (!num) return std::nullopt;
    const bool chinese = num->style == numbering_style::chinese_dun || num->style == numbering_style::chinese_paren;
    const bool digit = num->style == numbering_style::digit_dot || num->style == numbering_style::digit_dun ||
                       num->style == numbering_style::digit_paren;
    // (…全部到位,2.项目资金执行情况分析,专项资金20万元: in a page run into one paragraph, a money heading
    // numbered 2. after a comma is a heading too.)
    const bool money_only = digit && !line_start;
    if (!chinese && !digit) return std::nullopt;
    const std::size_t limit = std::min(rest.size(), num->length + 40);
    for (std::size_t e = num->length + 2; e <= limit; ++e) {
        const auto prefix = rest.substr(0, e);
        bool ends = false;
        for (auto w : heading_ends) ends = ends || prefix.ends_with(w);
        if (!ends) continue;
        const auto next = rest.substr(e);
        if (next.starts_with(U"分析") || next.starts_with(U"说明") || next.starts_with(U"情况")) continue;
        // 一、绩效目标 | 分解下达情况, 三、偏离绩效目标 | 的原因和…: the title goes on.
        bool goes_on = false;
        for (std::u32string_view w : {U"分解", U"完成", U"的原因", U"和下一步", U"自评", U"实现"})
            goes_on = goes_on || next.starts_with(w);
        if (goes_on) continue;
        if (money_only) {
            if (e == rest.size() || std::u32string_view(U"。：:，,").find(rest[e]) == std::u32string_view::npos) continue;
            const auto h = recognise_heading(prefix, section_id::none, section_id::none);
            if (!h || !within(h->id, section_id::funds)) continue;
        } else if (digit) {
            // A level-3 title is known only inside its section, which is not known here: a short
            // numbered title ending like a heading and cut off by a stop (1、资金到位情况良好 is a sentence).
            if (e == rest.size() || std::u32string_view(U"。：:").find(rest[e]) == std::u32string_view::npos) continue;
            if (e - num->length > 20) continue;
        } else if (!recognise_heading(prefix, section_id::none, section_id::none)) {
            continue;
        }
        std::size_t length = e;
        while (length < rest.size() && (rest[length] == U'：' || rest[length] == U':' || rest[length] == U'。' ||
                                        rest[length] == U'，' || rest[length] == U','))
            ++length;
        return length;
    }
    return std::nullopt;
}

bool numeral_before(std::u32string_view text, std::size_t at) {
    if (at == 0) return false;
    const char32_t c = text[at - 1];
    return is_digit(c) || c == U'第' || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// A book printed as running text (a web page's one paragraph) gets its headings back
// on lines of their own: …报告如下：一、基本情况（一）项目概况我校… → three lines, one number.
std::vector<text_line> split_run_in_headings(const std::vector<text_line>& lines) {
    std::vector<text_line> out;
    for (const auto& l : lines) {
        std::u32string_view text = l.text;
        std::size_t from = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const bool opens = text[i] == U'（' || text[i] == U'(' ||
                               std::u32string_view(U"一二三四五六七八九十").find(text[i]) != std::u32string_view::npos ||
                               (is_digit(text[i]) && (i == 0 || std::u32string_view(U"，,。；;").find(text[i - 1]) !=
                                                                        std::u32string_view::npos));
            if (!opens || (i > from && numeral_before(text, i))) continue;
            if (i == from && recognise_heading(text.substr(from), section_id::none, section_id::none)) break;
            const auto length = run_in_heading(text.substr(i), i == 0);
            if (!length) continue;
            if (i > from) out.push_back({l.number, std::u32string(trim(text.substr(from, i - from)))});
            // The heading without the stop that ended it: 资金投入情况分析, is a title, not a sentence.
            std::u32string_view heading = trim(text.substr(i, *length));
            while (!heading.empty() && std::u32string_view(U"：:。，,").find(heading.back()) != std::u32string_view::npos)
                heading.remove_suffix(1);
            out.push_back({l.number, std::u32string(heading)});
            from = i + *length;
            i = from - 1;
        }
        if (from == 0) out.push_back(l);
        else if (from < text.size()) out.push_back({l.number, std::u32string(trim(text.substr(from)))});
    }
    return out;
}

// A title printed over two lines (2024年度中央、市级转移支付资金 / 绩效自评报告) is one line.
std::vector<text_line> join_split_titles(std::vector<text_line> lines) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto t = parse_report_title(lines[i].text);
        if (!t || t->year != 0 || !t->unit.empty()) continue;
        std::size_t j = i;
        while (j > 0 && lines[j - 1].text.empty()) --j;
        if (j == 0) continue;
        auto& prev = lines[j - 1];
        // (枞阳县2023年度国家基本公共卫生 / 服务项目绩效评价自评报告: a name broken over the two lines, the
        // second holding the name's end; joined when the first is the title's start, led by the unit and year.)
        const auto names_a_year = [](std::u32string_view text) {
            for (std::size_t at = 0; at < text.size(); ++at)
                if (year_at(text, at)) return true;
            return false;
        };
        if (!t->name.empty() && !(prev.text.size() <= 30 && names_a_year(prev.text))) continue;
        if (prev.text.size() > 40 || has_sentence_punctuation(prev.text) || recognise_heading(prev.text, {}, {})) continue;
        const std::u32string joined = prev.text + lines[i].text;
        const auto jt = parse_report_title(joined);
        // Joined only when it names a year, or a project (某中心项目 / 绩效自评报告).
        if (!jt || (jt->year == 0 && !ends_with_any(prev.text, {U"项目", U"资金", U"经费", U"工程"}))) continue;
        prev.text = joined;
        lines[i].text.clear();
    }
    return lines;
}

// 附件3四川省汶川县2021年…绩效自评报告为进一步规范…: a title at the start of the first
// sentence (only looked for when no line is a title by itself).
std::vector<text_line> cut_title_from_sentence(std::vector<text_line> lines) {
    for (const auto& l : lines)
        if (parse_report_title(l.text)) return lines;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < lines.size() && seen < 12; ++i) {
        if (lines[i].text.empty()) continue;
        ++seen;
        const std::u32string_view text = lines[i].text;
        const auto [at, length] = find_title_word(text);
        if (at == std::u32string_view::npos || at > 80) continue;
        const auto head = text.substr(0, at + length);
        if (!parse_report_title(head)) continue;
        text_line rest{lines[i].number, std::u32string(trim(text.substr(at + length)))};
        lines[i].text = std::u32string(head);
        if (!rest.text.empty()) lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
        return lines;
    }
    return lines;
}

// A line that names a report in other words than a title's (…绩效自评表, …绩效自评和资金分配使用
// 情况), read as the report title it stands for.
// The title such a line stands for, whatever it names (a year only, too).
std::optional<report_title> other_words_title(std::u32string_view text) {
    if (text.size() > 80 || has_sentence_punctuation(text)) return std::nullopt;
    std::size_t at = std::u32string_view::npos;
    // (绩效监控总结报告: a mid-year report some units file as their self-evaluation.)
    // (2023年某县体育彩票公益金使用情况公告: the yearly announcement of a lottery fund's use.)
    // (…资金自查报告, 关于…资金使用情况的报告, …执行情况报告, …使用情况说明: a unit's account of a fund's use in
    // other words.)
    for (const std::u32string_view w : {U"绩效自评", U"绩效评价", U"绩效监控", U"绩效目标自评", U"使用情况公告", U"使用情况的公告",
                                        U"绩效报告", U"自查报告", U"自查情况", U"使用情况的报告", U"使用情况报告", U"执行情况报告",
                                        U"执行情况的报告", U"使用情况说明"})
        at = std::min(at, text.find(w));
    if (at == std::u32string_view::npos) return std::nullopt;
    // (…体育彩票公益金筹集 使用情况公告: what was raised and used; the fund is the name.)
    auto named = trim(text.substr(0, at));
    for (const std::u32string_view w : {U"筹集、", U"筹集和", U"筹集"})
        if (named.ends_with(w)) named = trim(named.substr(0, named.size() - w.size()));
    return parse_report_title(std::u32string(named) + U"绩效自评报告");
}

std::optional<report_title> title_in_other_words(std::u32string_view line) {
    auto title = other_words_title(trim(line));
    if (!title || (title->name.empty() && title->unit.empty())) return std::nullopt;
    return title;
}

}  // namespace

book_layout split_book(const std::vector<text_line>& raw_lines, std::u32string_view fallback_name) {
    const std::vector<text_line> lines = join_split_titles(cut_title_from_sentence(split_run_in_headings(raw_lines)));
    // 1. The report-title lines; each starts a project.
    std::vector<std::size_t> starts;  // indexes into `lines`
    std::vector<report_title> titles;
    // (信息名称 …自评报告 内容概述: the portal's record names the report; the title follows.)
    // (- 公开目录 / - 绩效自评报告: a list item of the record — a category, not a title.)
    const auto list_item_word = [](std::u32string_view text) {
        text = trim(text);
        if (text.empty() || (text.front() != U'-' && text.front() != U'*' && text.front() != U'•')) return false;
        const auto item = parse_report_title(trim(text.substr(1)));
        return item && item->year == 0 && item->name.empty() && item->unit.empty();
    };
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (auto t = parse_report_title(lines[i].text); t && !is_portal_record(lines[i].text) && !list_item_word(lines[i].text)) {
            starts.push_back(i);
            titles.push_back(std::move(*t));
        }

    book_layout book;
    // No title at all (the page starts at 一、基本情况): one project from the first heading,
    // named after the file.
    bool untitled = false;
    if (starts.empty()) {
        for (std::size_t i = 0; i < lines.size() && starts.empty(); ++i)
            if (const auto h = recognise_heading(lines[i].text, {}, {}); h && info(h->id).level == 1) starts.push_back(i);
        // No level-1 heading (…（一）资金投入情况分析 › 1.项目资金到位情况分析 only): the first heading.
        for (std::size_t i = 0; i < lines.size() && starts.empty(); ++i)
            if (recognise_heading(lines[i].text, {}, {})) starts.push_back(i);
        if (starts.empty()) return book;
        // (三、综合评价结论 … 四、绩效评价分析 … 五、存在主要问题: an excerpt that starts at a section of its own
        // numbering that the table does not know starts there, not at the first it knows.)
        for (std::size_t i = 0; i < starts.front(); ++i) {
            const auto text = trim(lines[i].text);
            const auto n = parse_numbering(text);
            if (n && n->style == numbering_style::chinese_dun && text.size() <= 30 && !has_sentence_punctuation(text)) {
                starts.front() = i;
                break;
            }
        }
        report_title t;
        t.name = std::u32string(fallback_name);
        // 2024年七种对象免费入学项目绩效自评和资金分配使用情况 over the first heading: a title in
        // other words, which names the project and the year.
        // (Up to three lines back, past the portal's record.)
        for (std::size_t j = starts.front(), looked = 0; j-- > 0 && looked < 3;) {
            if (lines[j].text.empty() || is_portal_record(lines[j].text)) continue;
            ++looked;
            if (auto named = title_in_other_words(lines[j].text); named && !named->name.empty()) {
                t = std::move(*named);
                break;
            }
        }
        // No title, but a cover whose 项目名称 line names the project (项目名称 2020年公共文化活动专项资金
        // over 项目单位 …, then 一、项目基本概况): the name, before any a title in other words gives,
        // and its year when the text gives none.
        for (std::size_t j = 0; j < starts.front(); ++j) {
            const auto& text = lines[j].text;
            if (!text.starts_with(U"项目名称")) continue;
            const std::u32string named = without_inner_spaces(name_from_title_line(text));
            if (!named.empty() && named.size() <= 40 && !has_sentence_punctuation(named)) {
                t.name = named;
                if (const auto y = year_at(named, 0); !t.year && y && named.size() > 4 && named[4] == U'年') t.year = *y;
            }
            break;
        }
        // 县级福彩公益金本年收入83.7万元,… above 二、体彩公益金收支情况: an excerpt whose first section lost its
        // heading starts with that section's money, not at the second heading.
        if (const auto n = parse_numbering(trim(lines[starts.front()].text)); n && n->value >= 2 && t.name == fallback_name)
            for (std::size_t j = 0; j < starts.front(); ++j)
                if (!is_portal_record(lines[j].text) && states_money(lines[j].text)) {
                    starts.front() = j;
                    break;
                }
        // …资金收入2972.71万元,支出1589.14万元,结余1383.57万元。…现将…情况说明如下: right above 一、, the report's own
        // opening, which states its money, belongs to it (not the page's lines above an excerpt).
        for (std::size_t j = starts.front(), looked = 0; j-- > 0 && looked < 2;) {
            if (lines[j].text.empty()) continue;
            ++looked;
            const auto text = trim(lines[j].text);
            // (我市…涉及两类项目,分别是:土壤污染防治类和大气污染防治类。: the opening that names the projects the
            // report is on.)
            const bool names_projects = contains_any(text, {U"分别是", U"分别为"}) && contains_any(text, {U"类项目", U"个项目"});
            if ((contains(text, U"现将") && ends_with_any(text, {U"如下：", U"如下:", U"如下。"}) && states_money(text)) ||
                names_projects) {
                starts.front() = j;
                break;
            }
        }
        titles.push_back(std::move(t));
        untitled = true;
    }

    // 2. The unit line before each title, if it looks like a unit.
    std::vector<std::optional<std::size_t>> unit_at(starts.size());
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t floor = k == 0 ? 0 : starts[k - 1] + 1;
        for (std::size_t j = starts[k]; j > floor;) {
            --j;
            if (lines[j].text.empty()) continue;
            if (looks_like_unit(lines[j].text)) unit_at[k] = j;
            break;
        }
    }
    // A unit line without a telling suffix is still one when another project names the same unit.
    for (std::size_t k = 0; k < starts.size(); ++k) {
        if (unit_at[k]) continue;
        const std::size_t floor = k == 0 ? 0 : starts[k - 1] + 1;
        for (std::size_t j = starts[k]; j > floor;) {
            --j;
            if (lines[j].text.empty()) continue;
            for (std::size_t m = 0; m < starts.size(); ++m)
                if (unit_at[m] && lines[*unit_at[m]].text == lines[j].text && !recognise_heading(lines[j].text, {}, {}))
                    unit_at[k] = j;
            break;
        }
    }

    const auto block_start = [&](std::size_t k) { return unit_at[k] ? *unit_at[k] : starts[k]; };
    for (std::size_t i = 0; i < block_start(0); ++i)
        if (!lines[i].text.empty()) book.preamble.push_back(lines[i]);

    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t begin = block_start(k);
        const std::size_t end = k + 1 < starts.size() ? block_start(k + 1) : lines.size();
        project_block p;
        const report_title* title = &titles[k];
        p.title_line = lines[starts[k]];
        p.fiscal_year = title->year;
        p.untitled = untitled;
        if (unit_at[k]) {
            p.unit_line = lines[*unit_at[k]];
            p.unit = unit_of(lines[*unit_at[k]].text).value_or(lines[*unit_at[k]].text);
        }
        if (!title->unit.empty()) p.unit = title->unit;
        p.first_line = lines[begin].number;

        std::size_t i = untitled ? starts[k] : starts[k] + 1;
        std::vector<text_line> title_lines;
        for (; i < end && !untitled; ++i) {
            const auto& text = lines[i].text;
            // (- 隆阳区林业和草原局: a value of the record printed as a list, under its label.)
            if (text.empty() || is_attachment_label(text) || is_portal_record(text) || text.starts_with(U"- ")) continue;
            if (recognise_heading(text, section_id::none, section_id::none) || is_numbered_heading(text) ||
                has_sentence_punctuation(name_from_title_line(text)) || title_lines.size() == max_title_lines)
                break;
            title_lines.push_back(lines[i]);
        }
        // No title line: the name may be inside the report title (2023年度XX项目支出绩效自评报告).
        if (title_lines.empty() && !title->name.empty()) {
            p.name = title->name;
            if (!untitled) p.name_lines.push_back(lines[starts[k]]);
        }
        for (std::size_t t = 0; t < title_lines.size(); ++t) {
            const auto& text = title_lines[t].text;
            if (t == 0) {
                p.name = name_from_title_line(text);
                p.name_lines.push_back(title_lines[t]);
            } else if (is_bracketed(text) && p.extra_title_lines.empty()) {
                p.name += text;
                p.name_lines.push_back(title_lines[t]);
            } else {
                p.extra_title_lines.push_back(title_lines[t]);
            }
        }
        // A name taken from inside the report title gives way to a 项目名称 line above the first
        // heading (the cover of a 财政支出项目绩效评价 report: 项目名称 优 抚).
        if (title_lines.empty())
            for (std::size_t j = i; j < end; ++j) {
                const auto& text = lines[j].text;
                if (recognise_heading(text, section_id::none, section_id::none) || is_numbered_heading(text)) break;
                if (!text.starts_with(U"项目名称")) continue;
                const std::u32string named = without_inner_spaces(name_from_title_line(text));
                if (named.empty() || named.size() > 40 || has_sentence_punctuation(named)) break;
                p.name = named;
                p.name_lines = {lines[j]};
                break;
            }
        std::vector<text_line> body(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                    lines.begin() + static_cast<std::ptrdiff_t>(end));
        while (!body.empty() && body.back().text.empty()) body.pop_back();
        p.last_line = body.empty() ? (title_lines.empty() ? p.title_line.number : title_lines.back().number)
                                   : body.back().number;
        p.lines = tag_sections(body);
        book.projects.push_back(std::move(p));
    }
    return book;
}

namespace {

// A loose project's body: its lines without sections (a heading-like line of a checklist is not
// one of the report's), blank lines at the end dropped.
void take_loose_body(project_block& p, std::vector<text_line> body) {
    p.loose = true;
    while (!body.empty() && body.back().text.empty()) body.pop_back();
    p.last_line = body.empty() ? p.first_line : body.back().number;
    p.lines.reserve(body.size());
    for (auto& l : body) p.lines.push_back({std::move(l), section_id::none, std::nullopt});
}

}  // namespace

book_layout split_loose_book(const std::vector<text_line>& lines, std::u32string_view fallback_name) {
    book_layout book;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < lines.size() && seen < 12; ++i) {
        const auto text = trim(lines[i].text);
        if (text.empty()) continue;
        ++seen;
        // (一、项目绩效评价工作情况: a section's heading is no title, whatever words it holds.)
        if (const auto n = parse_numbering(text);
            n && (n->style == numbering_style::chinese_dun || n->style == numbering_style::chinese_paren))
            continue;
        auto title = title_in_other_words(text);
        // 马铃薯…项目绩效目标自评表(2022年度)项目总得分99分项目名称…: a form run into one line
        // that no form reader could read starts with its title, the year in brackets after it.
        if (!title && text.size() > 80)
            if (const auto form_word = text.substr(0, 60).find(U"自评表"); form_word != std::u32string_view::npos) {
                const auto head = text.substr(0, form_word + 3);
                title = title_in_other_words(head);
                const auto rest = text.substr(head.size());
                if (title && !title->year && rest.size() > 6 && (rest[0] == U'(' || rest[0] == U'（'))
                    if (const auto y = year_at(rest, 1); y && rest[5] == U'年') title->year = *y;
            }
        // 2020年度绩效评价 alone on its line: a page titled by its year only, named after the file.
        if (!title && text.size() <= 16)
            if (auto bare = other_words_title(text); bare && bare->year && bare->name.empty() && bare->unit.empty()) {
                bare->name = std::u32string(fallback_name);
                title = std::move(bare);
            }
        if (!title) continue;
        project_block p;
        p.title_line = lines[i];
        p.fiscal_year = title->year;
        p.unit = title->unit;
        p.name = !title->name.empty() ? title->name : title->unit;
        p.name_lines.push_back(lines[i]);
        p.first_line = lines[i].number;
        for (std::size_t j = 0; j < i; ++j)
            if (!lines[j].text.empty()) book.preamble.push_back(lines[j]);
        take_loose_body(p, {lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines.end()});
        book.projects.push_back(std::move(p));
        return book;
    }
    // 福建省财政厅:…现将有关情况报送如下:一、评价资金范围及目标完成情况…: a letter or page with no
    // title but numbered sections (一、) of its own, read whole as one project named after the file.
    const auto first_section = std::find_if(lines.begin(), lines.end(), [](const text_line& l) {
        const auto n = parse_numbering(trim(l.text));
        return n && n->style == numbering_style::chinese_dun && n->value == 1;
    });
    // (本部门按要求对2021年部门整体支出开展绩效自评…(1)信访补贴项目绩效目标完成情况综述。…: the
    // self-evaluation part of a 部门决算, its projects' summaries without a section of their own. A
    // text that says it is a self-evaluation, or speaks of a fund's money, and states money is read,
    // not refused.)
    // (…专项资金到位使用情况的自查报告, a fund's 使用情况 or 执行情况, or a paragraph on what a fund's money did —
    // 上级下达我区中央农机购置补贴资金579万元,使用补贴资金241.49万元: an account of money in other words.)
    const bool accounts_for_funds = std::any_of(lines.begin(), lines.end(), [](const text_line& l) {
        return contains_any(l.text, {U"绩效自评", U"自评报告", U"自评价", U"绩效评价", U"自评表", U"完成情况综述", U"自查",
                                     U"使用情况", U"执行情况", U"到位情况", U"资金", U"经费", U"补贴", U"补助"});
    });
    // (项目全年预算数*元,执行数*元,完成预算的100%: amounts masked, the rate of spending still stated.)
    const bool any_money = std::any_of(lines.begin(), lines.end(), [](const text_line& l) {
        return states_money(l.text) || states_spending_rate(l.text);
    });
    if (first_section == lines.end() && !(accounts_for_funds && any_money)) return book;
    const auto first = std::find_if(lines.begin(), lines.end(), [](const text_line& l) { return !trim(l.text).empty(); });
    project_block p;
    p.title_line = *first;
    p.name = std::u32string(fallback_name);
    p.first_line = first->number;
    p.named_after_file = true;
    take_loose_body(p, {first, lines.end()});
    book.projects.push_back(std::move(p));
    return book;
}

}  // namespace jixiao::ingest
