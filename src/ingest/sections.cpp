// Headings and sections of a project's report.
#include "ingest/sections.hpp"

#include "ingest/unicode.hpp"

#include <array>
#include <set>

namespace jixiao::ingest {
namespace {

using S = section_id;

const std::array<section_info, 20> catalogue{{
    {S::none, 0, S::none, 0, U""},
    {S::overview, 1, S::none, 1, U"项目概况"},
    {S::application, 2, S::overview, 1, U"项目资金申报及批复情况"},
    {S::goal, 2, S::overview, 2, U"项目绩效目标"},
    {S::goal_content, 3, S::goal, 1, U"项目主要内容"},
    {S::goal_targets, 3, S::goal, 2, U"计划实现的具体绩效目标"},
    {S::consistency, 2, S::overview, 3, U"项目资金申报相符性"},
    {S::implementation, 1, S::none, 2, U"项目实施及管理情况"},
    {S::funds, 2, S::implementation, 1, U"资金计划、到位及使用情况"},
    {S::funds_arrival, 3, S::funds, 1, U"资金计划及到位"},
    {S::funds_use, 3, S::funds, 2, U"资金使用"},
    {S::financial_management, 2, S::implementation, 2, U"项目财务管理情况"},
    {S::organisation, 2, S::implementation, 3, U"项目组织实施情况"},
    {S::performance, 1, S::none, 3, U"项目绩效情况"},
    {S::completion, 2, S::performance, 1, U"项目完成情况"},
    {S::effect, 2, S::performance, 2, U"项目效益情况"},
    {S::issues, 1, S::none, 4, U"问题及建议"},
    {S::problems, 2, S::issues, 1, U"存在的问题"},
    {S::suggestions, 2, S::issues, 2, U"相关建议"},
    {S::closing, 1, S::none, 5, U"其他需要说明的问题"},
}};

// A title matches a rule when it contains every word of `all` and none of `none`.
struct title_rule {
    S id;
    std::array<std::u32string_view, 3> all;
    std::array<std::u32string_view, 3> none;
};

// More specific rules first where two sections share words. Besides the seed's
// Sichuan template, the titles of the MOF-style layout (一、基本情况 / 二、绩效目标完成情况
// 分析 …) and of the transfer-payment layout (一、绩效目标分解下达情况 / （一）资金投入情况
// 分析 / 1．项目资金到位情况分析 / 2．项目资金执行情况分析 / 三、偏离绩效目标的原因…) map
// onto the same sections, so that money is read under any of them.
const std::array<title_rule, 73> title_rules{{
    // (一)项目支出自评情况 under 一、自评工作开展情况: a unit's summary of its projects' self-evaluations,
    // with their money.
    {S::funds, {U"项目支出自评"}, {}},
    {S::closing, {U"其他需要说明"}, {}},
    {S::closing, {U"其他需说明"}, {}},
    {S::closing, {U"应用", U"公开"}, {}},
    {S::closing, {U"佐证材料"}, {}},
    {S::closing, {U"评价工作开展"}, {}},
    {S::closing, {U"自评工作开展"}, {}},
    {S::closing, {U"自评结论"}, {}},
    {S::closing, {U"自评得分"}, {}},
    {S::issues, {U"偏离"}, {}},
    {S::issues, {U"存在的问题"}, {U"建议"}},
    // 五、存在主要问题 / 六、相关措施及建议: the problems a section of their own, at level 1.
    {S::issues, {U"存在主要问题"}, {U"建议"}},
    {S::issues, {U"存在问题"}, {U"建议"}},
    {S::issues, {U"建议"}, {}},
    {S::goal, {U"绩效目标", U"分解"}, {}},
    {S::overview, {U"绩效目标分解下达"}, {}},
    // （一）…资金各级财政预算安排情况、分解下达预算情况: where the money is stated, then divided.
    {S::application, {U"预算安排情况"}, {}},
    {S::application, {U"下达", U"预算"}, {U"分解"}},
    {S::application, {U"转移支付预算"}, {U"分解"}},
    {S::funds, {U"资金投入"}, {}},
    // 二、部门预算支出情况 / 项目支出情况: where a department states its projects' money.
    {S::funds, {U"预算支出情况"}, {}},
    {S::funds, {U"项目支出情况"}, {}},
    // (三)部门整体收支情况: a department's income and spending, its projects' among them.
    {S::funds, {U"部门", U"收支情况"}, {}},
    // A lottery fund's yearly announcement (彩票公益金…使用情况公告): 一、…公益金分配情况 / 筹集情况 says
    // what the fund has (总收入, 本级留用: its money, not said to have arrived), 二、…公益金使用情况 / 总支出情况
    // what it paid for.
    {S::funds, {U"公益金", U"收支"}, {}},
    {S::funds, {U"资金收支"}, {}},
    {S::funds, {U"公益金", U"分配"}, {}},
    {S::funds, {U"公益金", U"筹集"}, {}},
    // (一、2019年某县体育彩票公益金收入情况: what came.)
    {S::funds_arrival, {U"公益金", U"收入情况"}, {}},
    {S::funds_use, {U"公益金", U"使用"}, {}},
    {S::funds_use, {U"公益金", U"支出"}, {}},
    {S::funds, {U"项目资金情况"}, {}},
    {S::funds, {U"资金情况"}, {}},
    // (一)专项资金概况 under 一、专项资金基本情况: the fund's money in brief.
    {S::funds, {U"资金概况"}, {}},
    {S::funds_use, {U"预算执行"}, {}},
    {S::funds_arrival, {U"资金到位"}, {U"使用"}},
    {S::funds_use, {U"资金执行"}, {}},
    // 1.执行率情况 under (二)绩效目标完成情况: Yunnan's self-evaluation, where the money is.
    {S::funds_use, {U"执行率情况"}, {}},
    {S::implementation, {U"资金", U"使用", U"管理"}, {}},
    {S::performance, {U"绩效评价指标分析"}, {}},
    {S::completion, {U"目标完成情况"}, {}},
    {S::completion, {U"指标完成情况"}, {}},
    {S::overview, {U"概况"}, {}},
    {S::overview, {U"基本情况"}, {}},
    {S::consistency, {U"相符"}, {}},
    {S::application, {U"批复"}, {}},
    {S::application, {U"资金申报"}, {U"相符"}},
    {S::application, {U"申报情况"}, {U"相符"}},
    {S::goal_targets, {U"具体绩效目标"}, {}},
    {S::goal_targets, {U"计划实现"}, {}},
    {S::goal_content, {U"主要内容"}, {}},
    {S::goal, {U"绩效目标"}, {U"具体", U"计划实现", U"完成"}},
    {S::implementation, {U"实施", U"管理"}, {U"组织", U"财务"}},
    {S::funds, {U"资金", U"使用", U"到位"}, {}},
    {S::funds, {U"资金", U"使用", U"计划"}, {}},
    {S::funds_arrival, {U"到位"}, {U"使用"}},
    {S::funds_arrival, {U"资金计划"}, {U"使用"}},
    {S::funds_use, {U"资金", U"使用"}, {U"到位", U"计划"}},
    {S::funds_use, {U"资金", U"支出"}, {U"到位", U"计划"}},
    {S::financial_management, {U"财务管理"}, {}},
    {S::organisation, {U"组织实施"}, {}},
    {S::organisation, {U"实施情况"}, {U"管理"}},
    {S::performance, {U"绩效情况"}, {}},
    {S::performance, {U"绩效完成"}, {}},
    {S::performance, {U"绩效目标完成"}, {}},
    {S::performance, {U"绩效实现"}, {}},
    {S::completion, {U"完成情况"}, {U"绩效"}},
    {S::completion, {U"产出情况"}, {U"绩效"}},
    {S::effect, {U"效益"}, {}},
    {S::effect, {U"效果"}, {}},
    {S::issues, {U"问题", U"建议"}, {}},
    {S::problems, {U"问题"}, {U"建议"}},
    {S::suggestions, {U"建议"}, {U"问题"}},
    {S::suggestions, {U"改进措施"}, {U"问题"}},
}};

// The standard titles and their common variants, word for word. A heading that is
// unnumbered or numbered in another level's style must be one of these.
struct exact_title {
    S id;
    std::u32string_view title;
};
const std::array<exact_title, 43> exact_titles{{
    {S::overview, U"项目概况"},
    {S::overview, U"概况"},
    {S::overview, U"项目基本情况"},
    {S::application, U"项目资金申报及批复情况"},
    {S::application, U"资金申报及批复情况"},
    {S::application, U"项目申报及批复情况"},
    {S::goal, U"项目绩效目标"},
    {S::goal, U"绩效目标"},
    {S::goal_content, U"项目主要内容"},
    {S::goal_content, U"主要内容"},
    {S::goal_targets, U"计划实现的具体绩效目标"},
    {S::goal_targets, U"计划实现的具体绩效目标（定性和定量目标）以及项目实施进度计划等"},
    {S::consistency, U"项目资金申报相符性"},
    {S::consistency, U"资金申报相符性"},
    {S::consistency, U"申报相符性"},
    {S::implementation, U"项目实施及管理情况"},
    {S::implementation, U"实施及管理情况"},
    {S::funds, U"资金计划、到位及使用情况"},
    {S::funds, U"资金到位及使用情况"},
    {S::funds, U"资金计划到位及使用情况"},
    {S::funds, U"资金计划、到位和使用情况"},
    {S::funds_arrival, U"资金计划及到位"},
    {S::funds_arrival, U"资金计划及到位情况"},
    {S::funds_arrival, U"资金到位"},
    {S::funds_arrival, U"资金到位情况"},
    {S::funds_use, U"资金使用"},
    {S::funds_use, U"资金使用情况"},
    {S::financial_management, U"项目财务管理情况"},
    {S::financial_management, U"财务管理情况"},
    {S::organisation, U"项目组织实施情况"},
    {S::organisation, U"组织实施情况"},
    {S::performance, U"项目绩效情况"},
    {S::performance, U"绩效情况"},
    {S::completion, U"项目完成情况"},
    {S::completion, U"完成情况"},
    {S::effect, U"项目效益情况"},
    {S::effect, U"效益情况"},
    {S::issues, U"问题及建议"},
    {S::issues, U"存在的问题及建议"},
    {S::problems, U"存在的问题"},
    {S::problems, U"存在问题"},
    {S::suggestions, U"相关建议"},
    {S::suggestions, U"建议"},
}};

bool matches(const title_rule& rule, std::u32string_view title) {
    for (auto word : rule.all)
        if (!word.empty() && !contains(title, word)) return false;
    for (auto word : rule.none)
        if (!word.empty() && contains(title, word)) return false;
    return true;
}

bool is_exact_title(S id, std::u32string_view title) {
    for (const auto& t : exact_titles)
        if (t.id == id && t.title == title) return true;
    return false;
}

int chinese_digit(char32_t c) {
    constexpr std::u32string_view digits = U"零一二三四五六七八九";
    const auto at = digits.find(c);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// 一 … 九十九 written out; nullopt when `s` is not such a numeral.
std::optional<int> chinese_value(std::u32string_view s) {
    if (s.empty() || s.size() > 3) return std::nullopt;
    const auto ten = s.find(U'十');
    if (ten == std::u32string_view::npos) {
        if (s.size() != 1) return std::nullopt;
        const int d = chinese_digit(s[0]);
        return d > 0 ? std::optional<int>(d) : std::nullopt;
    }
    int tens = 1, ones = 0;
    if (ten == 1) {
        tens = chinese_digit(s[0]);
        if (tens <= 0) return std::nullopt;
    } else if (ten != 0) {
        return std::nullopt;
    }
    if (ten + 1 < s.size()) {
        if (ten + 2 != s.size()) return std::nullopt;
        ones = chinese_digit(s[ten + 1]);
        if (ones <= 0) return std::nullopt;
    }
    return tens * 10 + ones;
}

bool is_chinese_numeral_char(char32_t c) { return c == U'十' || chinese_digit(c) > 0; }

char32_t ascii_digit(char32_t c) {
    if (c >= 0xFF10 && c <= 0xFF19) return U'0' + (c - 0xFF10);
    return c;
}

int style_level(numbering_style s) {
    switch (s) {
    case numbering_style::chinese_dun:
    case numbering_style::chinese_dot: return 1;
    case numbering_style::chinese_paren:
    case numbering_style::digit_paren: return 2;
    case numbering_style::digit_dot:
    case numbering_style::digit_dun:
    case numbering_style::circled: return 3;
    case numbering_style::none: return 0;
    }
    return 0;
}

// Heading titles are short and are not sentences.
constexpr std::size_t max_title_length = 40;

}  // namespace

const section_info& info(section_id id) {
    for (const auto& s : catalogue)
        if (s.id == id) return s;
    return catalogue[0];
}

const std::vector<section_id>& required_sections() {
    static const std::vector<section_id> list{S::overview,    S::application, S::goal,   S::consistency,
                                              S::implementation, S::funds,   S::financial_management,
                                              S::organisation, S::performance, S::completion, S::effect,
                                              S::issues,      S::problems,    S::suggestions};
    return list;
}

section_id top_of(section_id id) {
    while (id != S::none && info(id).level > 1) id = info(id).parent;
    return id;
}

bool within(section_id inner, section_id outer) {
    for (section_id s = inner; s != S::none; s = info(s).parent)
        if (s == outer) return true;
    return false;
}

std::u32string chinese_number(int n) {
    constexpr std::u32string_view digits = U"零一二三四五六七八九";
    if (n <= 0 || n > 99) return U"?";
    if (n < 10) return std::u32string(1, digits[static_cast<std::size_t>(n)]);
    std::u32string out;
    if (n / 10 > 1) out += digits[static_cast<std::size_t>(n / 10)];
    out += U'十';
    if (n % 10) out += digits[static_cast<std::size_t>(n % 10)];
    return out;
}

std::u32string standard_numbering(int level, int n) {
    switch (level) {
    case 1: return chinese_number(n) + U"、";
    case 2: return U"（" + chinese_number(n) + U"）";
    default: {
        std::u32string digits;
        for (char c : std::to_string(n)) digits += static_cast<char32_t>(c);
        return digits + U"．";
    }
    }
}

std::optional<numbering> parse_numbering(std::u32string_view line) {
    numbering n;
    std::size_t i = 0;
    const auto finish = [&](numbering_style style, int value) -> std::optional<numbering> {
        // （一）、 or （1）. : a mark after the bracket is tolerated but noted.
        if (i < line.size() && (line[i] == U'、' || line[i] == U'．' || line[i] == U'.')) {
            n.extra_mark = true;
            ++i;
        }
        n.style = style;
        n.value = value;
        n.printed = std::u32string(line.substr(0, i));
        while (i < line.size() && is_space(line[i])) ++i;
        n.length = i;
        return n;
    };
    if (line.empty()) return std::nullopt;
    if (line[0] == U'（' || line[0] == U'(') {
        // (Looked for in the first characters only: a long line is not searched to its end at each call.)
        const auto close = line.substr(0, 5).find_first_of(U"）)", 1);
        if (close == std::u32string_view::npos || close > 4) return std::nullopt;
        const auto inner = line.substr(1, close - 1);
        i = close + 1;
        if (const auto v = chinese_value(inner)) return finish(numbering_style::chinese_paren, *v);
        int v = 0;
        for (char32_t c : inner) {
            c = ascii_digit(c);
            if (!is_digit(c)) return std::nullopt;
            v = v * 10 + static_cast<int>(c - U'0');
        }
        if (inner.empty()) return std::nullopt;
        return finish(numbering_style::digit_paren, v);
    }
    // 二)绩效目标完成情况, 1)项目资金到位情况: a copy that lost every opening bracket.
    if (const auto close = line.substr(0, 3).find_first_of(U"）)"); close != std::u32string_view::npos && close > 0 && close <= 2) {
        const auto inner = line.substr(0, close);
        i = close + 1;
        if (const auto v = chinese_value(inner)) return finish(numbering_style::chinese_paren, *v);
        if (std::all_of(inner.begin(), inner.end(), [](char32_t c) { return is_digit(ascii_digit(c)); })) {
            int v = 0;
            for (const char32_t c : inner) v = v * 10 + static_cast<int>(ascii_digit(c) - U'0');
            return finish(numbering_style::digit_paren, v);
        }
        i = 0;
    }
    if (line[0] >= U'①' && line[0] <= U'⑳') {
        i = 1;
        n.style = numbering_style::circled;
        n.value = static_cast<int>(line[0] - U'①') + 1;
        n.printed = std::u32string(line.substr(0, 1));
        while (i < line.size() && is_space(line[i])) ++i;
        n.length = i;
        return n;
    }
    if (is_chinese_numeral_char(line[0])) {
        while (i < line.size() && i < 3 && is_chinese_numeral_char(line[i])) ++i;
        const auto v = chinese_value(line.substr(0, i));
        if (!v || i >= line.size()) return std::nullopt;
        const char32_t mark = line[i];
        if (mark == U'、') { ++i; return finish(numbering_style::chinese_dun, *v) ; }
        if (mark == U'．' || mark == U'.') { ++i; return finish(numbering_style::chinese_dot, *v); }
        return std::nullopt;
    }
    if (is_digit(ascii_digit(line[0]))) {
        int v = 0;
        while (i < line.size() && i < 2 && is_digit(ascii_digit(line[i])))
            v = v * 10 + static_cast<int>(ascii_digit(line[i++]) - U'0');
        if (i >= line.size()) return std::nullopt;
        const char32_t mark = line[i];
        // (1.2021年第一批…: a year after the mark, not a decimal — no number runs four places on into 年.)
        const auto year_follows = [&] {
            const auto rest = line.substr(i + 1);
            return rest.size() > 4 && (rest.starts_with(U"19") || rest.starts_with(U"20")) &&
                   std::all_of(rest.begin(), rest.begin() + 4, [](char32_t c) { return is_digit(ascii_digit(c)); }) && rest[4] == U'年';
        };
        const bool digit_follows = i + 1 < line.size() && is_digit(ascii_digit(line[i + 1])) && !year_follows();
        if ((mark == U'．' || mark == U'.') && !digit_follows) {
            ++i;
            n.style = numbering_style::digit_dot;
        } else if (mark == U'、') {
            ++i;
            n.style = numbering_style::digit_dun;
        } else {
            return std::nullopt;
        }
        n.value = v;
        n.printed = std::u32string(line.substr(0, i));
        while (i < line.size() && is_space(line[i])) ++i;
        n.length = i;
        return n;
    }
    return std::nullopt;
}

namespace {
bool money_heading(S id, std::u32string_view title) {
    return (id == S::funds || id == S::funds_use || id == S::funds_arrival) && ends_with_any(title, {U"情况分析", U"情况"});
}
}  // namespace

namespace {

// 项 目 基 本 概 况: at least three characters, each alone between single spaces.
bool letter_spaced(std::u32string_view t) {
    if (t.size() < 5) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if ((i % 2 == 1) != (t[i] == U' ')) return false;
    return true;
}

}  // namespace

std::optional<heading> recognise_heading(std::u32string_view line, section_id open_level1, section_id open_level2) {
    const auto num = parse_numbering(line);
    std::u32string_view title = line.substr(num ? num->length : 0);
    // Trailing punctuation is common (（一）项目资金申报及批复情况。).
    while (!title.empty() && (title.back() == U'。' || title.back() == U'.' || title.back() == U'：' ||
                              title.back() == U':' || is_space(title.back())))
        title.remove_suffix(1);
    title = trim(title);
    // 项 目 基 本 概 况 | ||||: a heading letter-spaced across a table's first row, one character between
    // spaces, the row's empty cells after it. (Only then: a table's row of words and bars is no heading.)
    std::u32string unspaced;
    {
        auto bare = title;
        while (!bare.empty() && (bare.back() == U'|' || is_space(bare.back()))) bare.remove_suffix(1);
        if (letter_spaced(bare)) {
            for (const char32_t c : bare)
                if (!is_space(c)) unspaced += c;
            title = unspaced;
        }
    }
    if (title.empty() || title.size() > max_title_length) return std::nullopt;
    if (contains_any(title, {U"，", U",", U"；", U";", U"。"})) return std::nullopt;
    // ②时效指标：…资金到位率为100%: a label, then a statement with a figure — body text, not a title.
    if (const auto colon = title.find_first_of(U"：:"); colon != std::u32string_view::npos &&
        std::any_of(title.begin() + static_cast<std::ptrdiff_t>(colon), title.end(), [](char32_t c) { return is_digit(c); }))
        return std::nullopt;

    const int level_of_style = num ? style_level(num->style) : 0;
    const section_info* best = nullptr;
    int best_score = -1;
    for (const auto& rule : title_rules) {
        if (!matches(rule, title)) continue;
        const section_info& s = info(rule.id);
        const bool exact = is_exact_title(rule.id, title);
        const bool in_style = level_of_style == s.level;
        // A heading of the money's own is one in any numbering (1.资金投入情况 › 1)项目资金到位情况
        // in a template a level deeper than the standard one).
        if (!in_style && !exact && !(num && money_heading(rule.id, title))) continue;
        // A level-3 title belongs inside its level-1 section; elsewhere it is body text —
        // except a heading of the money's own (1.预算执行情况分析 under 佐证材料 ›
        // 绩效评价指标分析 in Yunnan's template), whose words say what follows.
        if (s.level == 3 && top_of(rule.id) != open_level1 && !money_heading(rule.id, title)) continue;
        int score = (in_style ? 4 : 0) + (exact ? 1 : 0);
        if (s.level == 2 && s.parent == open_level1) score += 2;
        if (s.level == 3 && s.parent == open_level2) score += 2;
        if (score > best_score) {
            best = &s;
            best_score = score;
        }
    }
    if (!best) return std::nullopt;
    heading h;
    h.id = best->id;
    if (num) h.num = *num;
    h.title = unspaced.empty() ? std::u32string(trim(line.substr(num ? num->length : 0))) : unspaced;
    return h;
}

report_layout detect_layout(const std::vector<tagged_line>& lines) {
    // 一、项目概况 alone is printed by other provinces' templates too (一、项目概况 二、项目资金
    // 使用及管理情况 …): the Sichuan template is recognised by two of its headings.
    // The Sichuan template has five level-1 sections: a sixth (六、其他需说明的事项 of the
    // 一、项目概况 … 四、评价结论 … layout) says the book follows another; so do that
    // layout's own headings.
    // (Two different headings: 一、项目基本概况 printed twice, as a copy run into one line may, is one.)
    std::set<std::u32string_view> sichuan_headings;
    bool mof = false, another_outline = false;
    for (const auto& l : lines) {
        const std::u32string_view text = l.line.text;
        if (contains_any(text, {U"绩效目标分解下达", U"资金投入情况分析"})) return report_layout::transfer;
        if (!l.head) continue;
        const auto& title = l.head->title;
        if (l.head->num.style == numbering_style::chinese_dun && l.head->num.value >= 6 && info(l.head->id).level == 1)
            another_outline = true;
        // （三）项目自评步骤及方法, 二、项目资金申报及使用情况: the older template (2019–2020) of the
        // same outline, whose sections differ from the seed's; not judged by it.
        if (contains_any(title, {U"自评步骤", U"自评价步骤", U"资金申报及使用"})) another_outline = true;
        for (const std::u32string_view word : {U"实施及管理", U"资金计划", U"到位及使用", U"申报及批复", U"申报相符"})
            if (contains(title, word)) sichuan_headings.insert(word);
        if (l.head->id == S::overview && contains(title, U"概况") && info(l.head->id).level == 1 &&
            l.head->num.style == numbering_style::chinese_dun)
            sichuan_headings.insert(U"概况");
        if (l.head->id == S::overview && contains(title, U"基本情况") && l.head->num.style == numbering_style::chinese_dun)
            mof = true;
    }
    // 一、基本情况 is never the Sichuan template's first section (一、项目概况): a book that opens
    // with it and goes on with Sichuan's sub-sections (a Zhejiang district's) is judged as MOF-style.
    if (sichuan_headings.size() >= 2 && !another_outline && !mof) return report_layout::sichuan;
    if (mof) return report_layout::mof;
    return report_layout::unknown;
}

namespace {

// 二、绩效自评工作组织情况, （三）项目组织管理情况: a number of level 1 (一、) or 2 (（一）), then a short
// title that is no sentence: its level and number. ((1), 1. number the items of lists as often as
// headings, and are left out.)
struct unknown_heading {
    int level = 0;
    int number = 0;
};
std::optional<unknown_heading> unknown_numbered_title(std::u32string_view line) {
    const auto num = parse_numbering(line);
    if (!num || (style_level(num->style) != 1 && num->style != numbering_style::chinese_paren)) return std::nullopt;
    auto title = trim(line.substr(num->length));
    while (!title.empty() && (title.back() == U'。' || title.back() == U'：' || title.back() == U':')) title.remove_suffix(1);
    if (title.empty() || title.size() > max_title_length) return std::nullopt;
    if (std::any_of(title.begin(), title.end(), [](char32_t c) {
            return is_digit(c) || std::u32string_view(U"，,；;。：:").find(c) != std::u32string_view::npos;
        }))
        return std::nullopt;
    // 二、资金使用建设项目, （二）资金管理情况分析: a title about the money may go on with the money's
    // paragraphs; the section before it is left open.
    if (contains_any(title, {U"资金", U"经费", U"预算", U"支出", U"收支", U"金额"})) return std::nullopt;
    return unknown_heading{style_level(num->style), num->value};
}

}  // namespace

std::vector<tagged_line> tag_sections(const std::vector<text_line>& lines) {
    std::vector<tagged_line> out;
    out.reserve(lines.size());
    section_id open1 = S::none, open2 = S::none, open3 = S::none;
    // 一、绩效目标分解下达情况 with its text right under it, no （一） between: the money allocated.
    bool allocation_heading = false;
    // The numbers of the last level-1 and level-2 headings (二 of 二、…, 三 of （三）…).
    int level1_number = 0, level2_number = 0;
    for (const auto& l : lines) {
        tagged_line t{l, S::none, std::nullopt};
        if (auto h = recognise_heading(l.text, open1, open2)) {
            const section_info& s = info(h->id);
            allocation_heading = s.level == 1 && contains(h->title, U"分解下达");
            if (s.level == 1) {
                open1 = h->id;
                open2 = open3 = S::none;
            } else if (s.level == 2) {
                open1 = s.parent;  // a missing level-1 heading opens implicitly
                open2 = h->id;
                open3 = S::none;
            } else {
                open2 = s.parent;
                open1 = info(s.parent).parent;
                open3 = h->id;
            }
            if (style_level(h->num.style) == 1) {
                level1_number = h->num.value;
                level2_number = 0;
            } else if (h->num.style == numbering_style::chinese_paren) {
                level2_number = h->num.value;
            }
            t.head = std::move(h);
        } else if (const auto u = unknown_numbered_title(l.text)) {
            // 二、绩效自评工作组织情况 after 一、基本情况, （三）项目组织管理情况 after （二）项目绩效目标: the next
            // heading of its level, of a title no template here knows, still ends the section before it
            // (whose goal would otherwise run on into it). What follows a level-1 one is of no known
            // section, like text before the first heading: its money is read.
            if (u->level == 1 && level1_number > 0 && u->number == level1_number + 1) {
                open1 = open2 = open3 = S::none;
                level1_number = u->number;
                level2_number = 0;
                allocation_heading = false;
            } else if (u->level == 2 && level2_number > 0 && u->number == level2_number + 1) {
                open2 = open3 = S::none;
                level2_number = u->number;
            }
        }
        t.section = open3 != S::none ? open3 : open2 != S::none ? open2 : open1;
        if (allocation_heading && !t.head && open2 == S::none) t.section = S::application;
        out.push_back(std::move(t));
    }
    return out;
}

bool divides_money_before(std::u32string_view title) {
    return contains_any(title, {U"分解下达预算", U"分解下达资金", U"分配下达", U"资金分配", U"分解预算"});
}

bool heads_the_uses(std::u32string_view title) {
    title = trim(title);
    while (!title.empty() && std::u32string_view(U"。.：:；; ").find(title.back()) != std::u32string_view::npos)
        title.remove_suffix(1);
    return title.size() <= 20 && contains_any(title, {U"资金", U"经费"}) && !contains_any(title, {U"到位", U"计划", U"管理"}) &&
           ends_with_any(title, {U"的使用", U"资金使用", U"经费使用", U"使用情况", U"支出明细", U"使用明细"});
}

}  // namespace jixiao::ingest
