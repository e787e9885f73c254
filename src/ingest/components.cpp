// Component funds listed inline in a project's funds paragraphs: one project each.
#include "ingest/components.hpp"
#include "ingest/base_data_table.hpp"
#include "ingest/funds_words.hpp"
#include "ingest/project_table.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>
#include <map>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace jixiao::ingest {
// (Named, so that a unity build's batch with the other readers' helpers stays unambiguous.)
namespace component_lists {
namespace {

using funds::list_marker_at;
using funds::small_number_at;
using funds::namely_at;

enum class marker_style { circled, paren, shi, digit, bare_digit, inline_list, project_label };

// A character a fund's name may start with: a CJK ideograph other than a unit or a
// measure word (5万元, 5个 are amounts, not items).
bool is_cjk_word_start(char32_t c) {
    return c >= U'\u4e00' && c <= U'\u9fff' && std::u32string_view(U"万亿元个人年月日天次项件户名处批期").find(c) == std::u32string_view::npos;
}

struct marker {
    std::size_t at = 0;
    std::size_t length = 0;
    int number = 0;
    marker_style style = marker_style::circled;
    bool after_colon = false;  // 项目资金安排落实情况:1、… or a line's start: a list of its own may start here
    bool several_figures = false;  // an inline list whose items, parted by semicolons, state several figures each
};

bool after_clause_mark(std::u32string_view t, std::size_t at) {
    if (at == 0) return true;
    return is_clause_mark(t[at - 1]) || t[at - 1] == U' ' || t[at - 1] == U'\u3000';
}

int chinese_number(char32_t c) {
    constexpr std::u32string_view numerals = U"一二三四五六七八九十";
    const auto at = numerals.find(c);
    return at == std::u32string_view::npos ? 0 : static_cast<int>(at) + 1;
}

// Where semicolons part the items of an inline list that starts after `from` and ends at `stop`:
// only when each part holds several figures (其中:A公益金10.7万元,执行数8.46万元,执行率79.07%;B资金
// 2.364万元,…), so a comma is inside one. (其中:甲资金10万元、乙资金5万元;丙资金5万元: a part of one figure
// between semicolons says the semicolon is one more separator.)
bool parted_by_semicolons(std::u32string_view t, std::size_t from, std::size_t stop) {
    bool any = false;
    std::size_t figures = 0;
    for (std::size_t i = from; i <= stop; ++i) {
        if (i == stop || t[i] == U'；' || t[i] == U';') {
            // (A text that breaks off in its last part, with no full stop: that part is cut, not short.)
            if (i == stop && stop == t.size() && figures == 0 && any) return true;
            if (figures < 2) return false;
            any = any || i < stop;
            figures = 0;
        } else if (t[i] == U'%' || (t[i] == U'元' && i > 0 && (is_digit(t[i - 1]) || t[i - 1] == U'万' || t[i - 1] == U'亿'))) {
            ++figures;
        }
    }
    return any;
}

// 共申报项目资金215.00万元,其中:政务运作工作经费15.00万元,环境监测经费100.00万元,…: after 其中 and a
// colon, each amount's 元 followed by a comma, 、 or ； ends an item (to the sentence's end).
// (涉及2个项目,分别为:青少年管理事务工作经费30万元;共青团…费用30万元: 分别为 and 分别是 too; and
// 下达了园林绿化经费:514.56万元,行道树养护费:30.58万元, each fund named before its own colon.)
std::vector<marker> inline_list_markers(std::u32string_view t) {
    std::vector<marker> out;
    const auto lead_at = [&](std::size_t from) {
        std::size_t best = std::u32string_view::npos;
        for (const std::u32string_view w : {U"其中", U"分别为", U"分别是", U"下达了", U"安排了"}) best = std::min(best, t.find(w, from));
        return best;
    };
    for (std::size_t at = lead_at(0); at != std::u32string_view::npos; at = lead_at(at + 2)) {
        const bool verb = t.substr(at).starts_with(U"下达了") || t.substr(at).starts_with(U"安排了");
        const std::size_t colon = at + (t.substr(at).starts_with(U"其中") ? 2 : 3);
        if (verb) {
            // The first item's own colon, right before its figure, within a fund's name of the verb.
            const auto own = t.substr(colon, 24).find_first_of(U"：:");
            if (own == std::u32string_view::npos || colon + own + 1 >= t.size() || !is_digit(t[colon + own + 1])) continue;
        } else if (colon >= t.size() || (t[colon] != U'：' && t[colon] != U':' && t[colon] != U'，' && t[colon] != U',')) {
            continue;
        }
        // (To the next such lead at most, and the sentence's end: a line of thousands is read once.)
        const std::size_t next = lead_at(colon);
        std::size_t stop = colon + 1;
        while (stop < t.size() && stop < next && t[stop] != U'。') ++stop;
        const bool by_semicolons = parted_by_semicolons(t, colon + 1, stop);
        // 其中,法院执行年初预算数6万元,年末结算支出6万元,…;案件审判411.95万元,…: after 其中 and a comma, only
        // items of several figures each, parted by semicolons.
        if (!verb && (t[colon] == U'，' || t[colon] == U',') && !by_semicolons) continue;
        int number = 1;
        out.push_back({verb ? colon : colon + 1, 0, number, marker_style::inline_list, true, by_semicolons});
        const std::u32string_view ends = by_semicolons ? U"；;" : U"，,、；;";
        // (其中:A类项目591万元(甲项目167万元、乙项目250万元)、B类项目47.44万元: the amounts in a bracket break its
        // item down; they end no item of the list.)
        int depth = 0;
        bool after_amount = false;  // the open bracket follows an amount (…591万元(…)
        for (std::size_t i = colon + 1; i + 1 < t.size() && i < stop; ++i) {
            if (t[i] == U'（' || t[i] == U'(') {
                if (depth++ == 0) after_amount = t[i - 1] == U'元';
                continue;
            }
            if ((t[i] == U'）' || t[i] == U')') && depth > 0) {
                if (--depth == 0 && after_amount && ends.find(t[i + 1]) != std::u32string_view::npos)
                    out.push_back({i + 1, 1, ++number, marker_style::inline_list, false, by_semicolons});
                continue;
            }
            if (depth > 0) continue;
            if (!((t[i] == U'元' || (by_semicolons && t[i] == U'%')) && ends.find(t[i + 1]) != std::u32string_view::npos)) continue;
            // (…专项资金1000万元,资金直接拨付至某市财政局,由其直接支付;某经费40万元;…: words after the comma that
            // name no money, up to a semicolon, are the item's own; the semicolon ends it.)
            if (!by_semicolons && (t[i + 1] == U'，' || t[i + 1] == U',')) {
                const auto semicolon = t.substr(i + 1, stop - (i + 1)).find_first_of(U"；;");
                if (semicolon != std::u32string_view::npos && t.substr(i + 1, semicolon).find(U'元') == std::u32string_view::npos) {
                    i += 1 + semicolon;
                    out.push_back({i, 1, ++number, marker_style::inline_list, false, by_semicolons});
                    continue;
                }
            }
            out.push_back({i + 1, 1, ++number, marker_style::inline_list, false, by_semicolons});
        }
        if (number == 1) out.pop_back();
    }
    return out;
}

// 项目一:, 项目2： starting a clause: a report's projects labelled one by one. Its number and the
// marker's length, colon included; {0, 0} where there is none.
std::pair<int, std::size_t> project_label_at(std::u32string_view t, std::size_t i) {
    if (!t.substr(i).starts_with(U"项目") || !after_clause_mark(t, i)) return {0, 0};
    std::size_t at = i + 2;
    int value = 0;
    if (at < t.size() && chinese_number(t[at]) > 0) value = chinese_number(t[at++]);
    else {
        const auto [v, n] = small_number_at(t, at);
        value = v, at += n;
    }
    if (value <= 0 || at >= t.size() || (t[at] != U'：' && t[at] != U':')) return {0, 0};
    return {value, at + 1 - i};
}

// ① … ⑳; （1） or (1) starting a clause; 一是 starting a clause; 项目一： starting a clause; 5. / 5、 after ；or 。
// (a circled list that slips into digits: ④…；5．…), and 1、 after a colon or at a line's
// start (a list of its own); with the items of lists inline after 其中: or 分别为:.
std::vector<marker> markers_in(std::u32string_view t) {
    std::vector<marker> out = inline_list_markers(t);
    std::vector<marker> numbered;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char32_t c = t[i];
        if (const auto m = list_marker_at(t, i); m && (m->circled || after_clause_mark(t, i))) {
            numbered.push_back({i, m->length, m->number, m->circled ? marker_style::circled : marker_style::paren});
        } else if (const int v = chinese_number(c); v > 0 && i + 1 < t.size() && t[i + 1] == U'是' && after_clause_mark(t, i)) {
            numbered.push_back({i, 2, v, marker_style::shi});
        } else if (const auto [v, n] = project_label_at(t, i); n > 0) {
            numbered.push_back({i, n, v, marker_style::project_label});
        } else if (i == 0 || std::u32string_view(U"；;。：:").find(t[i - 1]) != std::u32string_view::npos ||
                   t.substr(0, i).ends_with(U"个项目")) {
            // (共有5个项目1、烈士纪念设施维修项目:…: a count of projects, then their list.)
            const auto [value, n] = small_number_at(t, i);
            const bool after_count = t.substr(0, i).ends_with(U"个项目");
            // (30.58 after a colon is a figure, not item 30.)
            const bool decimal = i + n + 1 < t.size() && t[i + n] != U'、' && is_digit(t[i + n + 1]);
            if (n > 0 && i + n < t.size() && (t[i + n] == U'.' || t[i + n] == U'．' || t[i + n] == U'、') && !decimal &&
                (!after_count || value == 1))
                numbered.push_back({i, n + 1, value, marker_style::digit, i == 0 || t[i - 1] == U'：' || t[i - 1] == U':' || after_count});
            // ④新一轮…；5新一轮…延长期补助…: a circled list slipping into a bare digit before a word
            // (only ever taken as the next item of a circled list).
            else if (n > 0 && i > 0 && (t[i - 1] == U'；' || t[i - 1] == U';') && i + n < t.size() && is_cjk_word_start(t[i + n]))
                numbered.push_back({i, n, value, marker_style::bare_digit, false});
        }
    }
    // (Inline items hold no other marker: where both start, the numbered list's wins.)
    std::vector<std::size_t> item_starts;
    for (const auto& m : numbered) item_starts.push_back(m.at + m.length);
    std::sort(item_starts.begin(), item_starts.end());
    std::erase_if(out, [&](const marker& o) { return std::binary_search(item_starts.begin(), item_starts.end(), o.at); });
    out.insert(out.end(), numbered.begin(), numbered.end());
    std::sort(out.begin(), out.end(), [](const marker& a, const marker& b) { return a.at < b.at; });
    return out;
}

bool names_a_fund(std::u32string_view name) {
    // 烈士纪念设施维修项目: a unit's project named in its own item, with its money; 行道树养护费 a
    // budget line named by what it pays for.
    return (contains_any(name, {U"资金", U"经费", U"补助", U"补贴", U"奖补", U"基金", U"费用", U"公益金", U"转移支付"}) ||
            (ends_with_any(name, {U"项目", U"工程"}) && name.size() >= 6) || (name.ends_with(U"费") && name.size() >= 4)) &&
           !contains(name, U"情况") && name.size() <= 40;
}

// 安全生产大检查购买专家技术服务经费项目: a project's name, whatever it says its money buys.
bool names_a_project(std::u32string_view head) {
    return ends_with_any(trim(head), {U"经费项目", U"资金项目", U"补助项目", U"补贴项目"});
}

// Words that say what an amount is, not what fund it is of.
// (①森林防火补助购买森林防火物资支付21万元: what it bought is no part of the fund's name.)
// (县级福彩公益金本年收入83.7万元: this year's income of the fund, no part of its name.)
constexpr std::u32string_view verbs[] = {U"应到位", U"实际到位", U"到位", U"下达", U"安排", U"拨付", U"支出", U"使用",
                                         U"本年收入", U"当年收入", U"共计", U"合计", U"执行", U"收到", U"结转", U"结余", U"已", U"全年", U"年初",
                                         U"支付", U"购买", U"购置", U"用于", U"实际分配", U"拨入"};

// The fund an item names before its first amount: 中央城乡医疗救助资金应到位 → 中央城乡医疗救助资金.
// 农机购置补贴, 发放补贴: a verb followed by 补贴 or 补助 is part of a subsidy's name, not what the
// money did.
bool names_a_subsidy(std::u32string_view text, std::size_t verb_end) {
    const auto rest = text.substr(verb_end);
    return rest.starts_with(U"补贴") || rest.starts_with(U"补助");
}

// …成品油税费改革转移支付: 转移支付 names a kind of fund; the word `w` at `at` inside it is no payment.
bool in_transfer_payment(std::u32string_view text, std::u32string_view w, std::size_t at) {
    return w == U"支付" && at >= 2 && text.substr(at - 2, 2) == U"转移";
}

// 冀财建〔2019〕286号提前下达…: the document that allocated an item's money, printed before its
// name, and 提前 (allocated in advance), are no part of the name.
std::u32string_view without_leading_reference(std::u32string_view head) {
    const std::size_t number_end = head.substr(0, 30).find(U'号');
    if (number_end != std::u32string_view::npos && number_end > 0 && is_digit(head[number_end - 1]) &&
        head.substr(0, number_end).find_first_of(U"〔[［【(（﹝") != std::u32string_view::npos) {
        head.remove_prefix(number_end + 1);
        if (head.starts_with(U"文")) head.remove_prefix(1);
        while (!head.empty() && std::u32string_view(U")）]］】﹞").find(head.front()) != std::u32string_view::npos) head.remove_prefix(1);
    }
    if (head.starts_with(U"提前")) head.remove_prefix(2);
    return head;
}

// 一是用于学前教育支出，即支持学前教育发展资金合计…: what follows 即 (the text before it is the budget
// class the money is in, its 支出 no spending); the whole head when it has none.
std::u32string_view after_namely(std::u32string_view head) {
    const auto at = namely_at(head);
    return at == std::u32string_view::npos ? head : head.substr(at + 2);
}

// The levels a fund's head names, as printed (县级, 中央; 2021年省市下达…: 省市, money of two levels).
std::u32string level_words(std::u32string_view head) {
    std::u32string out;
    for (const auto& w : find_levels(head))
        if (w.tier == 1) out += head.substr(w.at, w.length);
    if (out.empty())
        for (const std::u32string_view both : {U"省市", U"中省", U"市县"})
            if (contains(head, both)) return std::u32string(both);
    return out;
}

// 2018年上级下达我区中央农机购置补贴资金, 2021年省级下达体彩公益金: the year, who allocated the money
// and to whom lead the fund's name; the name follows the verb. A level that allocated it stays in
// the name when the words after the verb name none (省级 + 体彩公益金): it may be all that tells two
// funds apart. Empty when the head has no such lead. (Without the year, 省财政厅安排某项目预算资金 is
// the sentence of a whole, not a fund's item.)
std::u32string without_allocation_lead(std::u32string_view head) {
    std::u32string_view h = head;
    const bool year = h.size() > 5 && h[4] == U'年' && std::all_of(h.begin(), h.begin() + 4, is_digit);
    if (year) h.remove_prefix(h[5] == U'度' ? 6 : 5);
    const auto take_any = [&](std::initializer_list<std::u32string_view> words) {
        for (const auto w : words)
            if (h.starts_with(w)) {
                h.remove_prefix(w.size());
                return true;
            }
        return false;
    };
    const std::size_t who_begin = head.size() - h.size();
    // (Longer words first: 省财政厅 before 省.)
    while (take_any({U"省财政厅", U"市财政局", U"县财政局", U"区财政局", U"财政厅", U"财政局", U"财政", U"上级", U"中央",
                     U"省级", U"市级", U"县级", U"区级", U"州级", U"省市", U"中省", U"本级", U"我区", U"我县", U"我市",
                     U"我镇", U"先后", U"共", U"省", U"市", U"县", U"区", U"州"}))
        ;
    const std::u32string_view who = head.substr(who_begin, head.size() - h.size() - who_begin);
    if (!year || !take_any({U"下达", U"安排", U"拨付", U"拨入", U"分配"})) return {};
    take_any({U"了"});
    take_any({U"给", U"至", U"到"});
    take_any({U"我区", U"我县", U"我市", U"我镇", U"我校", U"我院", U"我局", U"我单位", U"本单位"});
    if (h.size() < 2 || is_digit(h.front()) || is_clause_mark(h.front())) return {};
    std::u32string name = find_levels(h.substr(0, h.find_first_of(U"，,；;。"))).empty() ? level_words(who) : std::u32string();
    return name.append(h);
}

std::u32string fund_name(std::u32string_view head) {
    head = without_leading_reference(head);
    if (const auto led = without_allocation_lead(head); !led.empty()) return fund_name(led);
    // When what follows 即 lists several funds (…资金、…经费等合计), the category before it names the item.
    if (const auto at = namely_at(head); at != std::u32string_view::npos) {
        std::u32string named = fund_name(after_namely(head));
        if (!named.empty() && !contains(named, U"、") && names_a_fund(named)) return named;
        std::u32string category(head.substr(0, at));
        if (category.starts_with(U"用于")) category.erase(0, 2);
        if (category.ends_with(U"支出") && category.size() > 4 && !contains_any(category, {U"，", U",", U"、"})) return category;
    }
    // 信访补贴项目绩效目标完成情况综述。项目全年预算数…: the project a 部门决算's summary paragraph is of.
    for (const std::u32string_view summary : {U"项目绩效目标完成情况综述", U"绩效目标完成情况综述", U"项目绩效自评综述",
                                              U"绩效自评综述", U"自评综述"})
        if (const auto at = head.find(summary); at != std::u32string_view::npos && at > 1) {
            head = head.substr(0, at);
            break;
        }
    std::size_t cut = head.size();
    // (法院执行年初预算数6万元: 执行 before the budget's own words is the name's, court enforcement.)
    const auto names_a_budget_next = [&](std::u32string_view v, std::size_t at) {
        const auto rest = head.substr(at + v.size());
        return v == U"执行" && (rest.starts_with(U"年初") || rest.starts_with(U"全年") || rest.starts_with(U"预算"));
    };
    // (A purchase inside a project's name is part of it.)
    const bool project_named = names_a_project(head.substr(0, head.find_first_of(U"，,：:；;。")));
    for (const auto v : verbs)
        if (const auto at = head.find(v); at != std::u32string_view::npos && at > 0 && !names_a_subsidy(head, at + v.size()) &&
                                          !in_transfer_payment(head, v, at) && !names_a_budget_next(v, at) &&
                                          !(project_named && (v == U"购买" || v == U"购置" || v == U"用于" || v == U"支付")))
            cut = std::min(cut, at);
    for (const char32_t stop : {U'，', U',', U'：', U':', U'；', U';', U'。'})
        if (const auto at = head.find(stop); at != std::u32string_view::npos) cut = std::min(cut, at);
    std::u32string name(head.substr(0, cut));
    const auto strip = [](char32_t c) { return is_clause_mark(c) || c == U' ' || c == U'\u3000' || c == U'为'; };
    while (!name.empty() && strip(name.back())) name.pop_back();
    while (!name.empty() && strip(name.front())) name.erase(0, 1);
    if (name.starts_with(U"其中")) name.erase(0, 2);
    // 路灯设施电费、维护费预算安排资金5548万元: the budget of a fund is that fund.
    if (name.ends_with(U"预算") && names_a_fund(std::u32string_view(name).substr(0, name.size() - 2))) name.resize(name.size() - 2);
    // 一是安排农机购置补贴322万元: the verb the item starts with is no part of the fund's name.
    for (const std::u32string_view lead : {U"安排", U"下达", U"拨付", U"用于", U"收到"})
        if (name.starts_with(lead) && name.size() > lead.size() + 1) {
            name.erase(0, lead.size());
            break;
        }
    return name;
}

// What tells one fund from another: the name without its level and the generic words
// (中央城乡医疗救助补助资金 and 城乡医疗救助资金 are one fund); empty when nothing is left
// (中央资金, 县级配套资金 are levels of one project's money, its tranches, not funds).
std::u32string fund_key(std::u32string_view name) {
    std::u32string key(name);
    for (const auto& w : find_levels(name))
        std::fill(key.begin() + static_cast<std::ptrdiff_t>(w.at), key.begin() + static_cast<std::ptrdiff_t>(w.at + w.length), U' ');
    for (const std::u32string_view generic : {U"转移支付", U"财政", U"配套", U"资金", U"经费", U"专项", U"补助", U"上级",
                                              U"本级", U"中央", U"省级", U"市级", U"县级", U"区级", U"项目"})
        for (auto at = key.find(generic); at != std::u32string::npos; at = key.find(generic, at))
            std::fill(key.begin() + static_cast<std::ptrdiff_t>(at), key.begin() + static_cast<std::ptrdiff_t>(at + generic.size()), U' ');
    std::erase_if(key, [](char32_t c) { return c == U' '; });
    // 一般项目资金1520万元,专项资金360万元,绩效奖励资金1140万元: beside funds with names of their own,
    // 专项资金 is one more fund — a name of generic words only, but none of them a level or a source.
    if (key.empty() && find_levels(name).empty() &&
        !contains_any(name, {U"上级", U"本级", U"配套", U"财政", U"自筹", U"中央", U"省级", U"市级", U"县级", U"区级"})) {
        key = std::u32string(name);
        for (const std::u32string_view generic : {U"资金", U"经费"})
            for (auto at = key.find(generic); at != std::u32string::npos; at = key.find(generic, at)) key.erase(at, generic.size());
    }
    // 2019年学前教育发展资金 and 学前教育发展资金 are one fund (2022年项目资金 keeps its year: nothing else
    // tells it from the next year's).
    if (key.size() > 6 && key[4] == U'年' && std::all_of(key.begin(), key.begin() + 4, is_digit)) {
        const std::size_t end = key[5] == U'度' ? 6 : 5;
        if (key.size() >= end + 2) key.erase(0, end);
    }
    return key;
}

struct item {
    std::size_t line_index = 0;  // in block.lines
    std::size_t begin = 0, end = 0;  // the item's text in the line, its marker excluded
    std::u32string name, key;
    bool source = false;  // it says where money came from (下达, 应到位, 到位 …), not only what it paid for
    bool several_figures = false;  // its own budget, spending and rate, between semicolons: a project whatever its name
    bool part_after_qizhong = false;  // a paragraph of a whole's parts after 其中: (paragraph_runs), whatever its name
    bool spent = false;  // listed under a department's project spending: its money is what it spent
    std::u32string own_level;  // the levels its head names (中央, 省级, 省市 …), if any
    bool spends = false;  // it states what of its money was spent
    bool labelled = false;  // 项目一:…: named a project by its marker, its name the first clause, money stated or not
};

// 省级累加补贴资金55万元,…,使用49.943万元 / 市级累加补贴资金20万元,…,使用资金22.208万元: one fund's name
// at different levels, each level stating what of its money was spent, is evaluated apart, one
// project a level, as its reviewers read it. (Levels whose spending only the whole states stay
// tranches of the one fund.)
void keep_levels_apart(std::vector<item>& items) {
    std::map<std::u32string, std::vector<item*>> by_key;
    for (auto& it : items) by_key[it.key].push_back(&it);
    for (auto& [key, group] : by_key) {
        if (group.size() < 2) continue;
        std::vector<std::u32string_view> levels;
        bool apart = true;
        for (const item* it : group) {
            apart = apart && !it->own_level.empty() && it->spends &&
                    std::find(levels.begin(), levels.end(), it->own_level) == levels.end();
            if (apart) levels.push_back(it->own_level);
        }
        if (!apart) continue;
        for (item* it : group) it->key = key + U'@' + it->own_level;
    }
}

// ①发放补助资金50万元 and ②购置设备资金20万元 name what one project's money paid for.
bool says_what_it_paid_for(std::u32string_view head) {
    // (…支出，即…资金、…经费、教育结余用于项目建设等: after 即 a list of the funds' names.)
    if (namely_at(head) != std::u32string_view::npos && contains(after_namely(head), U"、")) return false;
    head = after_namely(head);
    if (names_a_project(head)) return false;
    // (农机购置补贴, 发放补贴: a subsidy's name, not a purchase or a payment.)
    for (const std::u32string_view w : {U"用于", U"发放", U"购置", U"购买", U"支付", U"支出"})
        for (auto at = head.find(w); at != std::u32string_view::npos; at = head.find(w, at + 1))
            if (!((w == U"发放" || w == U"购置" || w == U"购买") && names_a_subsidy(head, at + w.size())) &&
                !in_transfer_payment(head, w, at))
                return true;
    return false;
}

// Where `rest` says money was spent, an amount in 元 following (使用49.943万元); npos when it does not.
std::size_t spending_at(std::u32string_view rest) {
    const auto at = std::min({rest.find(U"使用"), rest.find(U"支出"), rest.find(U"支付")});
    return at != std::u32string_view::npos && contains(rest.substr(at), U"元") ? at : std::u32string_view::npos;
}

// ①中央城乡医疗救助资金应到位50万元 states money coming to a fund.
bool states_a_source(std::u32string_view head, std::u32string_view text) {
    // (收到省交通事业发展保障支出520万元: money received, whatever its name says it is for.)
    if (starts_with_any(trim(head), {U"收到", U"下达"})) return true;
    if (says_what_it_paid_for(head)) return false;
    // (（3）计提工作经费20.00万元,实际支出17.05万元,资金支出率85%: a fund with its money and what of it
    // was spent.)
    if (contains_any(text, {U"下达", U"安排", U"应到位", U"到位", U"到账", U"拨付", U"预算", U"批复", U"分配", U"收到",
                            U"拨入", U"争取", U"支出率", U"执行率"}))
        return true;
    // 1.老年福利类资金675.2万元,资金使用288.2万元: a fund's money, then what of it was used.
    const auto rest = text.substr(std::min(head.size(), text.size()));
    const auto used_at = spending_at(rest);
    return used_at != std::u32string_view::npos && contains(rest.substr(0, used_at), U"元");
}

// The items of a list: markers numbered 1, 2, 3 … in order (a circled list may slip into
// digits), over the funds paragraphs' lines.
std::vector<std::vector<item>> lists_of(const project_block& block) {
    std::vector<std::vector<item>> lists;
    std::vector<item> current;
    std::optional<marker_style> style;
    int expected = 0;
    const auto close = [&] {
        // One item is no list of funds, but may speak of a fund a list named (a copy cut off after 1、).
        if (!current.empty()) lists.push_back(std::move(current));
        current.clear();
        style.reset();
        expected = 0;
    };
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        const auto& t = block.lines[li];
        if (t.head || t.line.text.empty() || !read_by_funds_reader(t.section)) continue;
        const std::u32string_view text = t.line.text;
        const auto markers = markers_in(text);
        bool breakdown = false;  // inside items inline after 其中 that break an item down
        for (std::size_t k = 0; k < markers.size(); ++k) {
            const marker& m = markers[k];
            // 1.养老机构运营补贴项目:下达…48万元,其中:第一中心敬老院运营补贴19万元,…: items inline after 其中
            // inside an item of a numbered list on the same line are that item's breakdown, not a list.
            // (After 分别为 they are read as a list still: the funds reader takes 其中's parts as parts.)
            if (m.style == marker_style::inline_list && m.number == 1)
                breakdown = style && *style != marker_style::inline_list && !current.empty() &&
                            current.back().line_index == li &&
                            ends_with_any(text.substr(0, m.at), {U"其中：", U"其中:", U"其中，", U"其中,"});
            else if (m.style != marker_style::inline_list)
                breakdown = false;
            if (breakdown) {
                current.back().end = k + 1 < markers.size() ? markers[k + 1].at : text.size();
                continue;
            }
            const bool continues =
                style && m.number == expected &&
                (m.style == *style || (*style == marker_style::circled &&
                                       (m.style == marker_style::digit || m.style == marker_style::bare_digit)));
            if (!continues) {
                if (m.style == marker_style::bare_digit) continue;
                if (m.number != 1 || (m.style == marker_style::digit && !m.after_colon)) continue;
                close();
                style = m.style;
            }
            expected = m.number + 1;
            item it;
            it.line_index = li;
            it.begin = m.at + m.length;
            it.end = k + 1 < markers.size() ? markers[k + 1].at : text.size();
            it.several_figures = m.several_figures;
            it.labelled = m.style == marker_style::project_label;
            // (The last item of a list after 其中: ends with its sentence.)
            if (m.style == marker_style::inline_list)
                if (const auto stop = text.find(U'。', it.begin); stop < it.end) it.end = stop + 1;
            current.push_back(std::move(it));
        }
    }
    close();
    return lists;
}

// 1、水稻大灾保险:全县…总保费1293.45万元,中央财政补贴47.5%为614.39万元,…: an item led by a short label and a
// colon, naming no number — the fund it is about.
std::optional<std::u32string_view> item_label(std::u32string_view text) {
    const auto colon = text.find_first_of(U"：:");
    if (colon == std::u32string_view::npos || colon < 2 || colon > 16) return std::nullopt;
    // (年初预算:100万元: a label and its figure, no fund.)
    if (colon + 1 < text.size() && is_digit(text[colon + 1])) return std::nullopt;
    const auto label = trim(text.substr(0, colon));
    if (label.size() < 2 || std::any_of(label.begin(), label.end(), [](char32_t c) {
            return is_digit(c) || std::u32string_view(U"，,。；;、（()）").find(c) != std::u32string_view::npos;
        }))
        return std::nullopt;
    // (1、年初预算:…, 2、资金使用情况:…: a label that says what kind of money follows, no fund.)
    if (funds::kind_before(label, section_id::none, 0) != funds::kind::none || contains_any(label, {U"预算", U"资金", U"情况"}))
        return std::nullopt;
    return label;
}

// The text before an item's first amount, or nothing when it states none.
// (1.青少年管理事务工作经费。该项目财政拨入资金30万元…: a short first sentence naming the fund, then
// its money.)
std::optional<std::u32string> head_of(const tagged_line& t, std::u32string_view text) {
    const auto sentences = split_sentences(t.line.number, t.section, text);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const auto found = find_money(sentences[i]);
        if (!found.empty()) return sentences[i].printed.substr(0, found.front().where.begin);
        // Otherwise the fund is named in the sentence that states its money.
        // (甲补贴项目绩效目标完成情况综述。项目全年预算数2.03万元…: 项目 at its start is the one just named.)
        if (i > 0 || sentences[i].printed.size() > 40 || sentences.size() < 2 || find_money(sentences[1]).empty() ||
            (!contains_any(sentences[1].printed, {U"该项目", U"该资金", U"该经费", U"此项", U"本项目"}) &&
             !sentences[1].printed.starts_with(U"项目")))
            return std::nullopt;
        return sentences[i].printed;
    }
    return std::nullopt;
}

// (一)红十字事业发展工作经费绩效自评综述:项目全年预算数1290.00万元,…(二)…: a unit's projects, a
// paragraph each numbered (一)(二), in the summary of its self-evaluations. One list, whatever
// other lists (发现的问题:一是…) its paragraphs hold between.
// (The 部门决算's own wording, the same in every province: (1)信访补贴项目绩效目标完成情况综述。项目全年预算数
// 2.03万元,执行数为2.03万元,完成预算的100%。 — numbered (1), 1. or (一), the number alone on its line at times.)
std::vector<item> summary_items(const project_block& block) {
    std::vector<item> out;
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        const std::u32string_view t = block.lines[li].line.text;
        if (block.lines[li].head || !read_by_funds_reader(block.lines[li].section)) continue;
        const auto num = parse_numbering(t);
        if (!num || (num->style != numbering_style::chinese_paren && num->style != numbering_style::digit_paren &&
                     num->style != numbering_style::digit_dot && num->style != numbering_style::digit_dun))
            continue;
        std::size_t at_line = li, begin = num->length;
        // (1) alone on its line, its paragraph on the next.
        if (trim(t.substr(num->length)).empty() && li + 1 < block.lines.size()) {
            at_line = li + 1;
            begin = 0;
        }
        const std::u32string_view text = block.lines[at_line].line.text;
        if (!contains(text.substr(begin, 60), U"自评综述") && !contains(text.substr(begin, 60), U"完成情况综述")) continue;
        if (num->value != static_cast<int>(out.size()) + 1) break;
        item it;
        it.line_index = at_line;
        it.begin = begin;
        it.end = text.size();
        out.push_back(std::move(it));
        li = at_line;
    }
    return out;
}

// 教育补助项目全年预算数为36.261万元,执行数为14.261万元…。残疾人及机构培训项目全年预算数9万元,…: a
// report on several projects, each named at the start of the sentence that gives its budget. An
// item runs from its name to the next such name; at least two, naming different funds; else none.
std::vector<item> budget_sentence_items(const project_block& block) {
    std::vector<item> out;
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        const auto& t = block.lines[li];
        if (t.head || t.line.text.empty() || !read_by_funds_reader(t.section)) continue;
        const std::u32string_view text = t.line.text;
        std::vector<item> here;
        for (const std::u32string_view word : {U"全年预算数", U"年初预算数"})
            for (auto at = text.find(word); at != std::u32string_view::npos; at = text.find(word, at + word.size())) {
                // (A name is at most 40 characters: only so far back is its sentence's start looked for.)
                const std::size_t from = at > 48 ? at - 48 : 0;
                const auto stop = text.substr(from, at - from).find_last_of(U"。；;");
                if (stop == std::u32string_view::npos && from > 0) continue;
                const std::size_t begin = stop == std::u32string_view::npos ? 0 : from + stop + 1;
                const std::u32string_view name = trim(text.substr(begin, at - begin));
                if (name.empty() || name.size() > 40 || name.find_first_of(U"，,：:、") != std::u32string_view::npos ||
                    !ends_with_any(name, {U"项目", U"资金", U"经费"}) || !names_a_fund(name) || fund_key(name).size() < 2)
                    continue;
                item it;
                it.line_index = li;
                it.begin = static_cast<std::size_t>(name.data() - text.data());
                if (std::any_of(here.begin(), here.end(), [&](const item& o) { return o.begin == it.begin; })) continue;
                here.push_back(std::move(it));
            }
        std::sort(here.begin(), here.end(), [](const item& a, const item& b) { return a.begin < b.begin; });
        for (std::size_t k = 0; k < here.size(); ++k) {
            here[k].end = k + 1 < here.size() ? here[k + 1].begin : text.size();
            out.push_back(std::move(here[k]));
        }
    }
    if (out.size() < 2) out.clear();
    return out;
}

// Line `li` of a block, whole, as an item of the fund `name` a heading above it named; `money_here`
// is set when the line states an amount.
item whole_line_item(const tagged_line& t, std::size_t li, const std::u32string& name, const std::u32string& key,
                     bool& money_here) {
    item it;
    it.line_index = li;
    it.end = t.line.text.size();
    it.name = name;
    it.key = key;
    it.source = true;
    for (const auto& sentence : split_sentences(t.line.number, t.section, t.line.text))
        money_here = money_here || !find_money(sentence).empty();
    return it;
}

// How deep a numbering style heads: 一、 1, （一） 2, 1． and 1、 3; 0 for any other.
int heading_rank(numbering_style s) {
    switch (s) {
    case numbering_style::chinese_dun: case numbering_style::chinese_dot: return 1;
    case numbering_style::chinese_paren: return 2;
    case numbering_style::digit_dot: case numbering_style::digit_dun: return 3;
    default: return 0;
    }
}

// 项目一：耕地保护项目 (its number) or 项目名称：耕地保护项目 (numbered by its place, `next`): a project's
// heading with a label instead of a numbering. The number and the title; nothing when the line is no such
// heading.
std::optional<std::pair<int, std::u32string_view>> labelled_heading(std::u32string_view text, int next) {
    text = trim(text);
    for (const std::u32string_view label : {U"项目名称：", U"项目名称:"})
        if (text.starts_with(label)) return std::pair{next, trim(text.substr(label.size()))};
    if (text.size() > 3 && text.starts_with(U"项目") && (text[3] == U'：' || text[3] == U':'))
        if (const int n = chinese_number(text[2]); n > 0) return std::pair{n, trim(text.substr(4))};
    return std::nullopt;
}

// (一)馆藏档案全文数字化转化经费项目 … (二)馆藏档案日常维护项目 …: a unit's projects as the headings of its
// report, numbered in order — (一)(二), or 一、二、, 1.2., or labelled 项目一：, 项目名称： — each titled by a fund
// rather than a standard section; the lines under each heading, up to the next heading of its level or above,
// are its items. (Under a 一、 or a labelled heading, the standard sections of a lower level are the project's
// own.) At least two, each stating money of its own; else none.
std::vector<item> heading_items(const project_block& block) {
    std::vector<item> out;
    int headings = 0, with_money = 0;
    int list_rank = -1;  // the rank of the list's headings once the first is found (0: labelled)
    bool money_here = false;
    std::u32string name, key;
    const auto close = [&] {
        if (money_here) ++with_money;
        money_here = false;
    };
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        const auto& t = block.lines[li];
        const std::u32string_view text = t.line.text;
        // (The section reader takes such a line for a paragraph: its title is no standard one.)
        const auto num = t.head ? std::optional<numbering>(t.head->num) : parse_numbering(text);
        const int rank = num ? heading_rank(num->style) : 0;
        const auto labelled = num || t.head ? std::nullopt : labelled_heading(text, headings + 1);
        if (t.head || rank > 0 || labelled) {
            std::u32string_view title =
                labelled ? labelled->second : t.head ? std::u32string_view(t.head->title) : trim(text.substr(num->length));
            // 1.2021年第一批…基础设施建设项目,通过项目的实施,…: a project's name run into its paragraph, up to the first
            // comma, ending in 项目 or 工程; the line is the project's too.
            const auto comma = title.find_first_of(U"，,");
            const bool run_in = !t.head && !labelled && rank > 0 && comma != std::u32string_view::npos &&
                                ends_with_any(title.substr(0, comma), {U"项目", U"工程"}) &&
                                title.substr(0, comma).find_first_of(U"。；;：:") == std::u32string_view::npos;
            if (run_in) title = title.substr(0, comma);
            const int value = labelled ? labelled->first : num ? num->value : 0;
            const int this_rank = labelled ? 0 : rank;
            // ((一)中央资金 (二)省级资金: levels of one project's money, its tranches — no fund's key is left.)
            const bool fund = (labelled || rank > 0) && (list_rank < 0 || this_rank == list_rank) &&
                              (!t.head || t.head->id == section_id::none) && value == headings + 1 && title.size() <= 40 &&
                              title.find_first_of(U"，,。；;：:") == std::u32string_view::npos && names_a_fund(title) &&
                              fund_key(title).size() >= 2;
            if (fund) {
                close();
                ++headings;
                list_rank = this_rank;
                name = title;
                key = fund_key(name);
                if (run_in && read_by_funds_reader(t.section)) out.push_back(whole_line_item(t, li, name, key, money_here));
                continue;
            }
            if (t.head) {
                // (A standard section of a lower level under a 一、 or a labelled heading is the project's own.)
                const bool inside = headings > 0 && (list_rank == 0 || (list_rank == 1 && rank > 1));
                if (!inside) {
                    close();
                    if (headings > 0) break;  // the projects' headings end where another begins
                    continue;
                }
                continue;
            }
            // (A (三) line that names no fund is a paragraph of the project before it.)
        }
        if (headings == 0 || t.head || text.empty() || !read_by_funds_reader(t.section)) continue;
        out.push_back(whole_line_item(t, li, name, key, money_here));
    }
    close();
    if (headings < 2 || with_money < 2) return {};
    return out;
}

// 涉及两类项目,分别是:土壤污染防治类和大气污染防治类。 / 土壤污染防治类:…下达…资金共1737万元 / 大气污染防治类:…: kinds
// of project announced by name, then paragraphs each led by one of the names and a colon — a project each. A
// paragraph with no lead after a led one goes on with it, up to the next heading.
std::vector<item> announced_items(const project_block& block) {
    std::vector<std::u32string> names;
    std::size_t from = block.lines.size();
    for (std::size_t li = 0; li < block.lines.size() && names.empty(); ++li) {
        const std::u32string_view text = block.lines[li].line.text;
        auto at = text.find(U"分别是");
        if (at == std::u32string_view::npos) at = text.find(U"分别为");
        if (at == std::u32string_view::npos) continue;
        // (The sentence counts what it names: 两类项目, 3个项目, 两项.)
        if (!contains_any(text.substr(at >= 12 ? at - 12 : 0, std::min<std::size_t>(at, 12)), {U"类", U"个项目", U"项"})) continue;
        std::u32string_view list = text.substr(at + 3);
        if (!list.empty() && (list.front() == U'：' || list.front() == U':')) list.remove_prefix(1);
        list = list.substr(0, std::min(list.size(), list.find_first_of(U"。；;")));
        std::vector<std::u32string> found;
        for (std::size_t b = 0; b <= list.size();) {
            std::size_t e = b;
            while (e < list.size() && std::u32string_view(U"和、及与，,").find(list[e]) == std::u32string_view::npos) ++e;
            const auto name = trim(list.substr(b, e - b));
            if (name.size() < 2 || name.size() > 20 || std::any_of(name.begin(), name.end(), is_digit)) {
                found.clear();
                break;
            }
            found.emplace_back(name);
            b = e + 1;
        }
        if (found.size() >= 2 && found.size() <= 10) {
            names = std::move(found);
            from = li + 1;
        }
    }
    if (names.empty()) return {};
    std::vector<item> out;
    std::vector<bool> with_money(names.size());
    std::optional<std::size_t> current;
    for (std::size_t li = from; li < block.lines.size(); ++li) {
        const auto& t = block.lines[li];
        if (t.head) {
            current.reset();
            continue;
        }
        const std::u32string_view text = t.line.text;
        if (const auto colon = text.find_first_of(U"：:"); colon != std::u32string_view::npos && colon <= 21) {
            const auto lead = trim(text.substr(0, colon));
            const auto k = std::find(names.begin(), names.end(), lead);
            if (k != names.end()) current = static_cast<std::size_t>(k - names.begin());
        }
        if (!current || text.empty() || !read_by_funds_reader(t.section)) continue;
        bool money_here = false;
        out.push_back(whole_line_item(t, li, names[*current], fund_key(names[*current]), money_here));
        with_money[*current] = with_money[*current] || money_here;
    }
    if (std::count(with_money.begin(), with_money.end(), true) < 2) return {};
    std::unordered_set<std::u32string> keys;
    for (const auto& it : out) keys.insert(it.key);
    if (keys.size() < 2 || keys.contains(U"")) return {};
    return out;
}

// 二、部门资金基本情况 / (二)追加预算安排及支出情况 / (三)专项资金安排及支出情况 / (四)其他资金收支及结转结余使用
// 情况: a department's money by kind, each kind under a heading of its own that says what was arranged
// and spent — a project each, named by the kind. (一)年初部门预算安排及支出情况 is the department's own
// budget, its basic spending: no project.
std::vector<item> money_kind_items(const project_block& block) {
    static constexpr std::u32string_view endings[] = {U"安排及支出情况", U"安排及使用情况", U"安排及执行情况",
                                                      U"收支及结转结余使用情况"};
    std::vector<item> out;
    int kinds = 0, with_money = 0;
    bool open = false, money_here = false;
    std::u32string name, key;
    const auto close = [&] {
        if (open && money_here) ++with_money;
        open = money_here = false;
    };
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        const auto& t = block.lines[li];
        const std::u32string_view text = t.line.text;
        const auto num = t.head ? std::optional<numbering>(t.head->num) : parse_numbering(text);
        const bool level_two = num && num->style == numbering_style::chinese_paren;
        if (level_two || (num && num->style == numbering_style::chinese_dun)) {
            close();
            if (!level_two) continue;
            const std::u32string_view title = t.head ? std::u32string_view(t.head->title) : trim(text.substr(num->length));
            for (const auto ending : endings) {
                if (!title.ends_with(ending) || title.size() <= ending.size()) continue;
                const auto kind = title.substr(0, title.size() - ending.size());
                if (kind.starts_with(U"年初") || contains(kind, U"基本支出")) break;
                open = true;
                ++kinds;
                name = std::u32string(kind);
                key = fund_key(name);
                break;
            }
            continue;
        }
        if (!open || text.empty()) continue;
        out.push_back(whole_line_item(t, li, name, key, money_here));
    }
    close();
    if (kinds < 2 || with_money < 2) return {};
    return out;
}

// 今年我县支持学前教育项目发展资金1293.5万元,…到位率100%。 / 国培计划项目,…经费369万元,…: a unit's
// funds stated a paragraph each, with no marker. Runs of such paragraphs one after another in
// one section, each naming a fund before its first amount and saying where its money came
// from; any other paragraph ends a run.
std::vector<std::vector<item>> paragraph_runs(const project_block& block) {
    std::vector<std::vector<item>> runs;
    std::vector<item> current;
    section_id section = section_id::none;
    // …合计7505万元,已支出2171.13万元。其中: then a paragraph per part (收到省交通事业发展保障支出520万元,…):
    // after a line that ends with 其中, a paragraph saying where its money came from names a part even
    // without a fund word.
    bool after_qizhong = false;
    const auto close = [&] {
        if (current.size() >= 2) runs.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        const auto& t = block.lines[li];
        if (t.line.text.empty()) continue;
        // (The line that leads the parts states the whole: no part of the run.)
        if (ends_with_any(trim(t.line.text), {U"其中：", U"其中:"}) && read_by_funds_reader(t.section)) {
            close();
            after_qizhong = true;
            continue;
        }
        const std::u32string_view text = t.line.text;
        const auto head = t.head || !read_by_funds_reader(t.section) ? std::nullopt : head_of(t, text);
        item it;
        if (head) {
            it.line_index = li;
            it.end = text.size();
            it.name = fund_name(*head);
            it.key = fund_key(it.name);
            it.source = states_a_source(*head, text);
        }
        // The fund is named within two clauses of its money, and the money is stated, not
        // estimated (…加工项目,经…批准立项,同意启动…,项目实施时间预计需5年至10年,总经费约需800万元: a
        // plan's history, not a fund's allocation).
        const auto clauses = head ? std::count_if(head->begin(), head->end(), [](char32_t c) { return c == U'，' || c == U','; }) : 0;
        const std::u32string_view last_clause =
            head ? std::u32string_view(*head).substr(std::min(head->find_last_of(U"，,") + 1, head->size())) : std::u32string_view();
        const bool names_its_fund = head && it.source && it.key.size() >= 2 && (names_a_fund(it.name) || after_qizhong) &&
                                    clauses <= 2 && !contains_any(last_clause, {U"约", U"预计", U"需", U"计划"});
        if (!names_its_fund || (!current.empty() && t.section != section)) close();
        if (!names_its_fund) {
            after_qizhong = false;
            continue;
        }
        it.part_after_qizhong = after_qizhong;
        section = t.section;
        current.push_back(std::move(it));
    }
    close();
    return runs;
}

// A sentence of the whole that speaks of all the listed money (以上资金, 上述资金) and says it came,
// or was spent, in full.
struct whole_claim {
    bool arrived = false, used = false;
    std::size_t line = 0;
    std::u32string words;
};
whole_claim whole_claims(const project_block& parent) {
    whole_claim out;
    for (const auto& t : parent.lines) {
        if (t.head || t.line.text.empty()) continue;
        for (const auto& s : split_sentences(t.line.number, t.section, t.line.text)) {
            if (!contains_any(s.masked, {U"以上资金", U"上述资金", U"以上项目资金", U"上述项目资金"}) || !find_money(s).empty()) continue;
            const bool arrived = contains_any(s.masked, {U"全部到位", U"足额到位", U"全部拨付至", U"全额拨付至", U"全部拨付到"});
            const bool used = contains_any(s.masked, {U"全部投入", U"全部使用", U"全部支出", U"已全部支付", U"支付完毕", U"使用完毕"});
            if (!arrived && !used) continue;
            out.arrived = out.arrived || arrived;
            out.used = out.used || used;
            out.line = s.line;
            out.words = s.printed;
        }
    }
    return out;
}

// A part of the whole's spending named by what it paid for (养老机构运营补贴48万).
struct named_part {
    std::u32string name;
    money amount;
    std::size_t line = 0;
    std::u32string sentence, printed;
};

// 共支付省级福利彩票公益金113万元,其中支付养老机构运营补贴48万、社会工作服务站建设15万元、村级互助幸福院50万元:
// spending stated for the whole, then its parts by name, adding up to it to the fen.
std::vector<named_part> named_spending_parts(const project_block& parent) {
    std::vector<named_part> out;
    for (const auto& t : parent.lines) {
        if (t.head || t.line.text.empty()) continue;
        for (const auto& s : split_sentences(t.line.number, t.section, t.line.text)) {
            const auto found = find_money(s);
            const std::u32string_view m = s.masked;
            const auto qizhong = m.find(U"其中");
            if (found.size() < 3 || qizhong == std::u32string_view::npos || found[0].where.end > qizhong ||
                found[1].where.begin < qizhong || !found[0].amount)
                continue;
            const auto lead = m.substr(0, found[0].where.begin);
            if (!contains_any(lead, {U"支付", U"支出", U"使用", U"执行"}) || contains_any(lead, {U"下达", U"到位", U"安排"})) continue;
            std::vector<named_part> parts;
            money sum;
            std::size_t from = qizhong + 2;
            for (std::size_t j = 1; j < found.size(); ++j) {
                if (!found[j].amount || found[j].per_capita) break;
                std::u32string_view name = trim(m.substr(from, found[j].where.begin - from));
                while (!name.empty() && std::u32string_view(U"、，,：:；; ").find(name.front()) != std::u32string_view::npos)
                    name.remove_prefix(1);
                for (const std::u32string_view verb : {U"支付", U"支出", U"用于", U"拨付"})
                    if (name.starts_with(verb)) name.remove_prefix(verb.size());
                parts.push_back({std::u32string(trim(name)), *found[j].amount, s.line, s.printed, found[j].printed});
                sum += *found[j].amount;
                from = found[j].where.end;
            }
            if (parts.size() >= 2 && sum == *found[0].amount) out.insert(out.end(), parts.begin(), parts.end());
        }
    }
    return out;
}

// How many characters two names share from their start.
std::size_t shared_start(std::u32string_view a, std::u32string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
}

// 老年人福利项目1个 → 老年人福利项目: a list's count of projects after the name is not part of it.
std::u32string_view without_count(std::u32string_view name) {
    if (!name.ends_with(U"个")) return name;
    std::size_t end = name.size() - 1;
    while (end > 0 && (is_digit(name[end - 1]) || std::u32string_view(U"一二两三四五六七八九十").find(name[end - 1]) != std::u32string_view::npos))
        --end;
    return end >= 2 && end < name.size() - 1 ? name.substr(0, end) : name;
}

// The listed funds' names in order, each with its place in the list: looked up by prefix in log time, so that
// a page of thousands of funds and lines costs its length, not their product.
using sorted_names = std::vector<std::pair<std::u32string_view, std::size_t>>;
sorted_names names_of(const std::vector<project_block>& funds) {
    sorted_names out;
    for (std::size_t k = 0; k < funds.size(); ++k) out.emplace_back(funds[k].name, k);
    std::sort(out.begin(), out.end());
    return out;
}

// 老年人福利项目:支持农村养老服务设施建设…支出102万元: a line led by a listed fund's name and a colon, telling
// that fund's own money — the lead is the name, or one of them starts the other, four characters at least.
// nullopt when its lead names no fund, or more than one.
std::optional<std::size_t> fund_leading(std::u32string_view text, const sorted_names& names) {
    const auto colon = text.find_first_of(U":：");
    if (colon == std::u32string_view::npos || colon < 4 || colon > 30) return std::nullopt;
    const auto lead = trim(text.substr(0, colon));
    if (lead.size() < 4) return std::nullopt;
    std::optional<std::size_t> found;
    const auto take = [&](std::size_t k) {
        if (found && *found != k) return false;
        found = k;
        return true;
    };
    // Names the lead starts (at most two looked at: a second is one too many).
    auto it = std::lower_bound(names.begin(), names.end(), std::pair{lead, std::size_t{0}});
    for (int n = 0; n < 2 && it != names.end() && it->first.starts_with(lead); ++n, ++it)
        if (!take(it->second)) return std::nullopt;
    // Names that start the lead: its prefixes of four characters and more.
    for (std::size_t len = 4; len < lead.size(); ++len) {
        const auto prefix = lead.substr(0, len);
        const auto at = std::lower_bound(names.begin(), names.end(), std::pair{prefix, std::size_t{0}});
        if (at != names.end() && at->first == prefix && !take(at->second)) return std::nullopt;
    }
    return found;
}

}  // namespace
}  // namespace component_lists

namespace {

// A component of `parent`: its unit, title and year, no text yet.
project_block component_of(const project_block& parent) {
    project_block c;
    c.unit_line = parent.unit_line;
    c.unit = parent.unit;
    c.title_line = parent.title_line;
    c.fiscal_year = parent.fiscal_year;
    c.component = true;
    c.component_of = parent.name;
    return c;
}

}  // namespace

std::optional<component_split> split_components(const project_block& block) {
    using namespace component_lists;
    // A department's table of basic data lists its projects a row each (业务工作经费 | 224.55 | 600.58 | 600.58).
    // (经费控制情况(万元) may be a line the title took.)
    const auto names_wan = [](const text_line& l) { return contains(l.text, U"万元"); };
    const bool unit_above = std::any_of(block.name_lines.begin(), block.name_lines.end(), names_wan) ||
                            std::any_of(block.extra_title_lines.begin(), block.extra_title_lines.end(), names_wan);
    auto rows = read_base_data_rows(block.lines, unit_above);
    if (rows.empty()) rows = read_project_table_rows(block.lines, unit_above);
    if (!rows.empty()) {
        component_split out;
        out.parent = block;
        out.department_projects = true;
        for (auto& r : rows) {
            project_block c = component_of(block);
            c.name = r.name;
            c.name_lines.push_back(text_line{r.line, r.row});
            c.first_line = c.last_line = r.line;
            c.table_row = std::move(r);
            out.components.push_back(std::move(c));
        }
        return out;
    }
    // Items that name a fund before an amount of their own, each with its fund's index
    // (funds numbered in the order first named).
    std::vector<std::pair<item, std::size_t>> funds_items;
    std::unordered_map<std::u32string, std::size_t> index_of;
    bool any_list = false, incomplete = false, department_projects = false;
    // Each item to its fund, funds numbered in the order first named; false when there is none.
    const auto take_items = [&](const std::vector<item>& items) {
        for (const auto& it : items) {
            const auto [k, added] = index_of.try_emplace(it.key, index_of.size());
            funds_items.emplace_back(it, k->second);
        }
        return !items.empty();
    };
    // (summaries: the 部门决算's paragraphs, each a project whatever words its name holds.)
    const auto take_list = [&](std::vector<item>& list, bool summaries = false) {
        // 共下达…资金15.4235亿元。主要包含三大方面:一是…资金9.9162亿元。二是…: the sentence that leads
        // the list says where the money came from, for each item (not when it says what it paid for).
        const std::u32string_view first_line = block.lines[list.front().line_index].line.text;
        // (项目支出 and 预算支出 name the kind of money, not what it paid for.)
        std::u32string lead(first_line.substr(0, list.front().begin));
        for (const std::u32string_view kind_of_money : {U"项目支出", U"预算支出"})
            for (auto at = lead.find(kind_of_money); at != std::u32string::npos; at = lead.find(kind_of_money, at))
                lead.replace(at, kind_of_money.size(), U"项目");
        // (2.旅游市场…专项资金561.95万元,实施项目9个,分别为:(1)…经费130万元。: the lead states the money
        // the items divide.)
        // (The lead ends with the first item's marker: 分别为:(1).)
        const std::u32string_view lead_end = std::u32string_view(lead).substr(lead.size() > 10 ? lead.size() - 10 : 0);
        const bool divides_money = contains(lead, U"万元") && contains_any(lead_end, {U"分别为：", U"分别为:", U"分别是：", U"分别是:"});
        const bool lead_source = (contains_any(lead, {U"下达", U"安排", U"分配", U"争取", U"申报", U"批复", U"预算"}) ||
                                  divides_money) &&
                                 !contains_any(lead, {U"用于", U"支出", U"使用", U"支付"});
        // 2、项目支出 / (1)免费开放项目支出251384.66元,…: a department's projects, each listed by what it
        // spent, under the heading of the department's project spending.
        const bool project_spending = list.front().line_index > 0 && [&] {
            // (The first item starts its line: its marker is all the lead holds.)
            const std::u32string_view own = trim(lead);
            if (const auto n = parse_numbering(own); !own.empty() && !(n && n->length >= own.size())) return false;
            const std::u32string_view above = trim(block.lines[list.front().line_index - 1].line.text);
            const auto n = parse_numbering(above);
            const std::u32string_view words = n ? trim(above.substr(n->length)) : above;
            return words == U"项目支出" || words == U"项目支出情况";
        }();
        // (A list whose figures a site hid, 点击查看>>, cannot be read item by item.)
        if (std::any_of(list.begin(), list.end(), [&](const item& it) {
                return contains(std::u32string_view(block.lines[it.line_index].line.text).substr(it.begin, it.end - it.begin),
                                U"点击查看");
            }))
            return;
        std::vector<item> named, unnamed;
        std::size_t unfigured = 0;  // items that name no figure
        for (auto& it : list) {
            const auto& t = block.lines[it.line_index];
            const std::u32string_view text = std::u32string_view(t.line.text).substr(it.begin, it.end - it.begin);
            auto head = head_of(t, text);
            // (项目二:乙车间建设项目资金,项目全年预算数*,执行数*元,完成预算的80%: amounts masked, the project named.)
            if (!head && it.labelled) head = std::u32string(text.substr(0, std::min(text.size(), text.find_first_of(U"，,。；;"))));
            if (!head) {
                ++unfigured;
                continue;
            }
            const auto label = summaries ? std::nullopt : item_label(text);
            it.name = label ? std::u32string(*label) : fund_name(*head);
            it.key = fund_key(it.name);
            // 其他资金117.7万元 beside 县级财政衔接资金39.3万元: where the money came from, not a fund — unless
            // it states its own budget, spending and rate (…;其他资金预算2.364万元,执行数为2.364万元,…).
            if (!it.several_figures && (it.key == U"其他" || it.key == U"其它" || it.key == U"自筹" || it.key == U"地方" ||
                                        it.key == U"社会"))
                continue;
            // 档案管理支出30万元: a later item may name a fund already listed without 资金.
            it.source = states_a_source(*head, text) || (lead_source && !says_what_it_paid_for(*head)) || project_spending ||
                        (label && !find_levels(text).empty());
            it.spent = project_spending;
            it.own_level = level_words(*head);
            it.spends = spending_at(text.substr(std::min(head->size(), text.size()))) != std::u32string_view::npos;
            if (it.key.size() < 2) continue;
            // (二是学前教育支出，即…资金、…经费等: a class of the budget that holds funds, named as such.)
            const bool names_its_funds = namely_at(*head) != std::u32string_view::npos;
            if (!summaries && !it.several_figures && !it.part_after_qizhong && !names_a_fund(it.name) && !names_its_funds &&
                !label && !index_of.contains(it.key)) {
                if (it.source && it.name.size() <= 40) unnamed.push_back(it);
                continue;
            }
            named.push_back(it);
        }
        keep_levels_apart(named);
        std::unordered_set<std::u32string> distinct;
        for (const auto& it : named)
            if (it.source) distinct.insert(it.key);
        // 五是安排农业社会化服务56.7万元 in a list of funds: money stated for an item that names no
        // fund word is that item's fund too.
        if (distinct.size() >= 2) {
            for (auto& it : unnamed) named.push_back(std::move(it));
            std::sort(named.begin(), named.end(), [](const item& a, const item& b) {
                return std::tie(a.line_index, a.begin) < std::tie(b.line_index, b.begin);
            });
        }
        // A list names funds when at least two of its items name different ones, each saying
        // where its money came from.
        if (distinct.size() < 2) {
            // A later list may still speak of funds an earlier list named.
            for (const auto& it : named)
                if (const auto k = index_of.find(it.key); k != index_of.end()) funds_items.emplace_back(it, k->second);
            return;
        }
        any_list = true;
        incomplete = incomplete || unfigured > 0;
        department_projects = department_projects || project_spending;
        take_items(named);
    };
    for (auto& list : lists_of(block)) take_list(list);
    if (auto summaries = summary_items(block); summaries.size() >= 2) take_list(summaries, true);
    // With no list marked, a department's money by kind under headings of its own.
    if (!any_list) department_projects = any_list = take_items(money_kind_items(block));
    // With no list marked, the unit's projects as headings of their own.
    if (!any_list) any_list = take_items(heading_items(block));
    // With no list marked, kinds of project announced by name, then paragraphs led by the names.
    if (!any_list) any_list = take_items(announced_items(block));
    // With no list marked, projects each named before the budget its sentence gives.
    if (!any_list)
        if (auto named = budget_sentence_items(block); !named.empty()) take_list(named);
    // With no list marked, paragraphs that each name a fund and its money, one after another.
    if (!any_list)
        for (auto& run : paragraph_runs(block)) take_list(run);
    if (!any_list) return std::nullopt;

    component_split out;
    out.parent = block;
    out.incomplete = incomplete;
    out.department_projects = department_projects;
    // The parent keeps each line up to its first listed fund.
    std::vector<std::size_t> cut(block.lines.size(), std::u32string::npos);
    for (const auto& [it, fund] : funds_items) cut[it.line_index] = std::min(cut[it.line_index], it.begin);
    std::vector<tagged_line> kept;
    for (std::size_t li = 0; li < block.lines.size(); ++li) {
        tagged_line t = block.lines[li];
        if (cut[li] != std::u32string::npos) {
            // Back over the marker of the first listed item.
            std::size_t at = cut[li];
            const auto markers = markers_in(t.line.text);
            for (const auto& m : markers)
                if (m.at + m.length == at) at = m.at;
            t.line.text.resize(at);
            while (!t.line.text.empty() && (t.line.text.back() == U' ' || t.line.text.back() == U'：' || t.line.text.back() == U':'))
                t.line.text.pop_back();
            if (t.line.text.empty()) continue;
        }
        kept.push_back(std::move(t));
    }
    out.parent.lines = std::move(kept);
    // 以上资金已经全部拨付至我会,并已全部投入到项目之中: said of all the listed funds.
    const auto whole = whole_claims(out.parent);

    out.components.assign(index_of.size(), component_of(block));
    for (auto& c : out.components) {
        c.whole_arrived = whole.arrived;
        c.whole_used = whole.used;
        c.whole_claim_line = whole.line;
        c.whole_claim = whole.words;
    }
    for (const auto& [it, fund] : funds_items) {
        project_block& c = out.components[fund];
        const auto& source = block.lines[it.line_index];
        tagged_line t;
        t.line.number = source.line.number;
        t.line.text = source.line.text.substr(it.begin, it.end - it.begin);
        // (A department's project listed by its spending is read as under a heading of spending.)
        t.section = it.spent ? section_id::funds_use : source.section;
        if (c.lines.empty()) {
            c.name = std::u32string(without_count(it.name));
            c.name_lines.push_back(t.line);
            c.first_line = t.line.number;
        }
        c.last_line = t.line.number;
        c.lines.push_back(std::move(t));
    }
    // A later line led by one fund's name and a colon is that fund's (…二、项目资金使用情况 老年人福利项目:…支出102万元).
    // Its listed item then states what the fund was given (项目安排情况:…老年人福利项目1个,金额108万元), read as in a
    // funds paragraph beside the fund's own paragraph, which states what became of it.
    std::vector<tagged_line> parent_lines;
    std::vector<std::size_t> listed_lines(out.components.size());
    for (std::size_t k = 0; k < out.components.size(); ++k) listed_lines[k] = out.components[k].lines.size();
    const auto names = names_of(out.components);
    for (auto& t : out.parent.lines) {
        const auto k = t.head ? std::nullopt : fund_leading(t.line.text, names);
        if (!k) {
            parent_lines.push_back(std::move(t));
            continue;
        }
        project_block& c = out.components[*k];
        c.last_line = std::max(c.last_line, t.line.number);
        c.lines.push_back(std::move(t));
    }
    out.parent.lines = std::move(parent_lines);
    for (std::size_t k = 0; k < out.components.size(); ++k) {
        auto& lines = out.components[k].lines;
        if (lines.size() == listed_lines[k]) continue;
        for (std::size_t i = 0; i < listed_lines[k]; ++i)
            if (!funds::is_funds_section(lines[i].section)) lines[i].section = section_id::application;
    }
    // Each named part of the whole's spending goes to the one fund whose name starts as it does
    // (four characters at least: 养老机构运营补贴 → 养老机构运营补贴项目).
    for (const auto& part : named_spending_parts(out.parent)) {
        project_block* match = nullptr;
        std::size_t matches = 0;
        for (auto& c : out.components)
            if (shared_start(part.name, c.name) >= 4) {
                match = &c;
                ++matches;
            }
        if (matches != 1 || match->named_used) continue;
        match->named_used = part.amount;
        match->named_used_line = part.line;
        match->named_used_sentence = part.sentence;
        match->named_used_words = part.printed;
    }
    return out;
}

void add_component(component_sums& sums, const project_reading& component) {
    money amount, arrived;
    for (const auto& t : component.model.tranches) {
        amount += t.amount;
        arrived += t.arrived.value_or(t.amount);
    }
    sums.amount += amount;
    sums.arrived += arrived;
    if (sums.largest < amount) sums.largest = amount;
    const std::u32string name = to_u32(component.model.name);
    sums.parts.push_back(name + U" " + to_u32(format_wan(amount)) + U"万元");
    const auto& e = component.model.execution;
    if (e && e->used) {
        sums.used_by_all = sums.used_by_all.value_or(money{}) + *e->used;
        sums.used_parts.push_back(name + U" " + to_u32(format_wan(*e->used)) + U"万元");
        sums.used_each.push_back(*e->used);
    } else {
        sums.every_used = false;
    }
    if (e && (e->carried_forward || e->surplus)) {
        const money left = e->carried_forward.value_or(money{}) + e->surplus.value_or(money{});
        sums.left += left;
        sums.left_parts.push_back(name + U" " + to_u32(format_wan(left)) + U"万元");
    } else {
        sums.every_left = false;
    }
}

namespace component_lists {
namespace {

// The first source of `field` among the records: where the parent states the figure.
const field_source* first_source(std::span<const x_record> records, std::string_view field) {
    for (const auto& x : records)
        for (const auto& s : x.sources)
            if (s.field == field) return &s;
    return nullptr;
}

// The parent's figure `stated` for the whole against the components' `sum`: a note when
// they agree, a stated total (JX-S006) when they do not.
void check_whole(funds_reading& parent, const field_source* where, const money& stated, const money& sum,
                 const std::vector<std::u32string>& parts, std::string_view what, bool incomplete) {
    if (stated == sum || !where) {
        parent.notes.push_back(std::string(what) + " stated for the whole, " + format_wan(stated) +
                               "万元, equals the sum of its component funds; it is not money of its own");
        return;
    }
    if (incomplete) {
        parent.notes.push_back(std::string(what) + " stated for the whole, " + format_wan(stated) + "万元, is not compared with " +
                               "the sum of its component funds, " + format_wan(sum) + "万元: the list names an item "
                               "without a figure (the text may be cut); it is not money of its own");
        return;
    }
    stated_total t;
    t.line = where->line;
    t.sentence = where->sentence;
    t.printed = where->value;
    t.total = stated;
    t.parts = parts;
    t.sum = sum;
    parent.totals.push_back(std::move(t));
    parent.notes.push_back(std::string(what) + " stated for the whole, " + format_wan(stated) + "万元, differs from the sum of " +
                           "its component funds, " + format_wan(sum) + "万元 (JX-S006); it is not money of its own");
}

// One of the parent's allocations equals the funds' sum and every other is an item of a list of
// allocations (another allocation comes from its sentence): the one is the whole, the others
// money named beside it. (共下达90万元 … 共应到位80万元, one sentence each, are two statements of
// the whole, each checked.)
bool whole_beside_items(const funds_reading& parent, const money& sum) {
    // A sentence (restated on another line too) known by its length and its ends: a bounded
    // comparison each, however long a list's sentence is.
    using sentence_key = std::tuple<std::size_t, std::u32string_view, std::u32string_view>;
    std::map<sentence_key, std::size_t> allocations_in;
    std::vector<std::optional<sentence_key>> sentence_of(parent.tranches.size());
    for (std::size_t i = 0; i < parent.tranches.size(); ++i)
        if (const auto* s = first_source({&parent.tranche_x[i], 1}, "amount"); s && !s->sentence.empty()) {
            const std::u32string_view t = s->sentence;
            const std::size_t ends = std::min<std::size_t>(t.size(), 32);
            sentence_of[i] = sentence_key{t.size(), t.substr(0, ends), t.substr(t.size() - ends)};
            ++allocations_in[*sentence_of[i]];
        }
    bool whole = false;
    for (std::size_t i = 0; i < parent.tranches.size(); ++i) {
        if (parent.tranches[i].amount == sum) whole = true;
        else if (!sentence_of[i] || allocations_in[*sentence_of[i]] < 2) return false;
    }
    return whole;
}

// A note on the parent's allocation `i`, which is not checked against its funds' sum: why.
void not_compared(funds_reading& parent, std::size_t i, std::string_view why) {
    const auto* where = first_source({&parent.tranche_x[i], 1}, "amount");
    parent.notes.push_back("the money allocated, " + format_wan(parent.tranches[i].amount) + "万元" +
                           (where ? " (line " + std::to_string(where->line) + ")" : std::string()) + ", " + std::string(why));
}

// A disposition the parent's text names without an amount (资金结转) was taken as the rest of its
// money; that money is the funds', so is any rest of it.
void drop_rests_of_whole(funds_reading& parent) {
    if (!parent.exec) return;
    using ex = jixiao::execution;
    for (const auto& [name, slot] : {std::pair{"carried_forward", &ex::carried_forward}, std::pair{"reduced", &ex::reduced},
                                      std::pair{"recovered", &ex::recovered}, std::pair{"surplus", &ex::surplus}}) {
        const std::string_view field = name;  // (a lambda may not capture a structured binding in clang 14)
        const auto stated_as_rest = [&](const field_source& src) {
            return src.field == field && std::none_of(src.value.begin(), src.value.end(), is_digit);
        };
        auto& sources = parent.execution_x.sources;
        if (!((*parent.exec).*slot) || std::none_of(sources.begin(), sources.end(), stated_as_rest)) continue;
        ((*parent.exec).*slot).reset();
        std::erase_if(sources, stated_as_rest);
        parent.notes.push_back(std::string(field) + " named without an amount is the rest of the money its component funds "
                                                    "hold, not of the whole: left out");
    }
}

}  // namespace
}  // namespace component_lists

void reconcile_funds(funds_reading& parent, const component_sums& sums) {
    using namespace component_lists;
    std::u32string listed;
    for (const auto& p : sums.parts) listed += (listed.empty() ? U"" : U"、") + p;
    parent.notes.push_back("its paragraphs list " + std::to_string(sums.parts.size()) + " component funds (" + utf8(listed) +
                           "), each read as a project of its own after this one");
    if (sums.department_projects) {
        // The department's income and basic spending are no sum of its projects: nothing to compare.
        if (!parent.tranches.empty() || (parent.exec && parent.exec->used))
            parent.notes.push_back("the funds are the department's projects, listed under its project spending; the money the "
                                   "department's own text states (its income, its spending) is not their whole: not compared "
                                   "with them, and not money of a project");
        parent.tranches.clear();
        parent.tranche_x.clear();
        if (parent.exec) parent.exec->used.reset();
        std::erase_if(parent.execution_x.sources, [](const field_source& s) { return s.field == "used"; });
        return;
    }
    if (!parent.tranches.empty()) {
        money amount, arrived;
        bool all_arrived = true;
        for (const auto& t : parent.tranches) {
            amount += t.amount;
            if (t.arrived) arrived += *t.arrived;
            else all_arrived = false;
        }
        if (amount == sums.amount) {
            check_whole(parent, first_source(parent.tranche_x, "amount"), amount, sums.amount, sums.parts, "the money allocated", sums.incomplete);
        } else if (whole_beside_items(parent, sums.amount)) {
            // 批复…5565万元。追加…17万元、…9万元: one statement is the whole the funds add up to; the
            // others are items of a list beside it, which the listed funds do not settle.
            for (std::size_t i = 0; i < parent.tranches.size(); ++i) {
                if (parent.tranches[i].amount == sums.amount) {
                    check_whole(parent, nullptr, sums.amount, sums.amount, sums.parts, "the money allocated", sums.incomplete);
                    continue;
                }
                not_compared(parent, i, "is stated beside the whole its component funds add up to; it is not compared with them "
                                        "and is not money of its own");
            }
        } else {
            // 共下达90万元 … 共应到位80万元: each statement of the whole is checked on its own.
            // (…湾沚区16.2万元 among items the list did not make funds: less than one fund alone, it
            // is no statement of the whole.)
            for (std::size_t i = 0; i < parent.tranches.size(); ++i) {
                if (parent.tranches[i].amount < sums.largest) {
                    not_compared(parent, i, "is less than one component fund alone: no statement of the whole, not compared with "
                                            "them and not money of its own");
                    continue;
                }
                check_whole(parent, first_source({&parent.tranche_x[i], 1}, "amount"), parent.tranches[i].amount, sums.amount,
                            sums.parts, "the money allocated", sums.incomplete);
            }
        }
        if (all_arrived && arrived != amount && !(arrived < sums.largest))
            check_whole(parent, first_source(parent.tranche_x, "arrived"), arrived, sums.arrived, sums.parts,
                        "the money that arrived", sums.incomplete);
        parent.tranches.clear();
        parent.tranche_x.clear();
        drop_rests_of_whole(parent);
    }
    if (parent.exec && parent.exec->used) {
        // 一是…发放补助金14.261万元 after the funds 教育补助项目 (执行数14.261万元) and another: what one fund
        // spent, told again, is no statement of the whole.
        const bool one_funds = sums.used_each.size() >= 2 && *parent.exec->used != sums.used_by_all &&
                               std::find(sums.used_each.begin(), sums.used_each.end(), *parent.exec->used) != sums.used_each.end();
        if (one_funds) {
            parent.notes.push_back("the money used stated in the whole's text, " + format_wan(*parent.exec->used) +
                                   "万元, is what one component fund used: not compared with their sum, not money of its own");
        } else if (sums.every_used && sums.used_by_all) {
            check_whole(parent, first_source({&parent.execution_x, 1}, "used"), *parent.exec->used, *sums.used_by_all,
                        sums.used_parts, "the money used", sums.incomplete);
        } else {
            parent.notes.push_back("the money used stated for the whole, " + format_wan(*parent.exec->used) +
                                   "万元, is not compared: not every component fund states its own; it is not money of its own");
        }
        parent.exec->used.reset();
        std::erase_if(parent.execution_x.sources, [](const field_source& s) { return s.field == "used"; });
    }
    // 截止2024年底,全县资金结转结余79万元 after each fund's 结余资金…结转下年: what the whole has left is what its funds
    // carried forward or left, added up — no money of its own; checked against their sum (JX-S006).
    if (parent.exec)
        for (const bool carried : {true, false}) {
            auto& left = carried ? parent.exec->carried_forward : parent.exec->surplus;
            if (!left) continue;
            const std::string name = carried ? "carried_forward" : "surplus";
            // (Where not every fund states its own, the whole's figure stays its own statement, as before.)
            if (!sums.every_left || sums.left_parts.size() < 2) continue;
            check_whole(parent, first_source({&parent.execution_x, 1}, name), *left, sums.left, sums.left_parts,
                        "the money left (carried forward or surplus)", sums.incomplete);
            left.reset();
            std::erase_if(parent.execution_x.sources, [&](const field_source& s) { return s.field == name; });
        }
}

void take_whole_claims(funds_reading& fund, const project_block& block) {
    if (fund.tranches.empty()) return;
    money available;
    for (std::size_t i = 0; i < fund.tranches.size(); ++i) {
        auto& t = fund.tranches[i];
        if (block.whole_arrived && !t.arrived) {
            t.arrived = t.amount;
            fund.tranche_x[i].add("arrived", block.whole_claim, block.whole_claim_line, block.whole_claim);
            fund.tranche_x[i].note("arrived = amount: the project the fund is listed under says all its funds came (" +
                                   in_quotes(block.whole_claim) + ")");
        }
        available += t.arrived ? *t.arrived : t.amount;
    }
    if (block.named_used && !(fund.exec && fund.exec->used)) {
        if (!fund.exec) fund.exec = jixiao::execution{};
        fund.exec->used = *block.named_used;
        fund.execution_x.add("used", block.named_used_words, block.named_used_line, block.named_used_sentence);
        fund.execution_x.note("used = " + format_wan(*block.named_used) + "万元: the project the fund is listed under "
                              "breaks its spending down by its funds' names, this one's among them");
    }
    if (block.whole_used && !(fund.exec && fund.exec->used)) {
        if (!fund.exec) fund.exec = jixiao::execution{};
        fund.exec->used = available;
        fund.execution_x.add("used", block.whole_claim, block.whole_claim_line, block.whole_claim);
        fund.execution_x.note("used = available (" + format_wan(available) + "万元): the project the fund is listed under "
                              "says all its funds were spent (" + in_quotes(block.whole_claim) + ")");
    }
}

}  // namespace jixiao::ingest
