// Reading a project's money from its sentences: tranches (下达 / 到位), the
// budget, and what became of the money (使用 / 结转 / 结余 / 追减 / 收回).
//
// Every amount in sections 一（一） and 二（一） is classified by the word nearest
// before it in its clause (下达资金4万元 → allocated, 使用资金0万元 → used), else by
// the word after it (4万元到位 → arrived), else by the amount before it in the same
// sentence (省级10万元、市级5万元), else by the sub-section it is in (1．资金计划及到位
// → allocated, 2．资金使用 → used). Amounts elsewhere are not funds figures.
//
// This file: classifying the amounts, and the tranches — what was allocated, at
// which level, by which document, and when it arrived.
#include "ingest/funds_reader.hpp"
#include "ingest/limits.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <span>

namespace jixiao::ingest::funds {

namespace {

// 支出防火物资采购 before an amount: the verb, then what the money bought — an item, not the total.
bool names_what_was_bought(std::u32string_view seg) {
    std::size_t end = std::u32string_view::npos;
    for (const std::u32string_view verb : {U"支出", U"使用", U"支付"})
        if (const auto at = seg.rfind(verb); at != std::u32string_view::npos && (end == std::u32string_view::npos || at + verb.size() > end))
            end = at + verb.size();
    if (end == std::u32string_view::npos) return false;
    const auto name = trim(seg.substr(end));
    if (name.size() < 2 || contains_any(name, {U"资金", U"经费", U"金额", U"共", U"合计", U"总计", U"为", U"数"})) return false;
    return std::none_of(name.begin(), name.end(), [](char32_t c) { return is_digit(c) || is_clause_mark(c); });
}

// 购买变压器一套18.8万元, 建厂房…12.08万元: a clause that names what the money bought or built, and
// no money of its own (建设资金 is a fund, 购置补贴 a subsidy).
bool names_a_purchase(std::u32string_view seg) {
    seg = trim(seg);
    if (const auto n = parse_numbering(seg)) seg = trim(seg.substr(n->length));
    return starts_with_any(seg, {U"购买", U"购置", U"采购", U"增设", U"新建", U"修建", U"改建", U"建"}) &&
           !contains_any(seg, {U"资金", U"经费", U"补助", U"补贴", U"预算", U"下达", U"到位", U"支出", U"使用", U"支付"});
}

// 图书采购支出, 报刊支出: what a payment was for, named before its verb, and nothing else (not 项目支出,
// 资金支出, 累计支出, a level's 省级资金支出).
bool purpose_before_spending(std::u32string_view seg) {
    seg = trim(seg);
    if (!seg.ends_with(U"支出")) return false;
    auto purpose = seg.substr(0, seg.size() - 2);
    if (const auto mark = purpose.find_last_of(U"，,；;、：:"); mark != std::u32string_view::npos) purpose.remove_prefix(mark + 1);
    // (2017年图书采购支出: the year it was spent in is no part of what for.)
    if (purpose.size() > 5 && purpose[4] == U'年' && std::all_of(purpose.begin(), purpose.begin() + 4, is_digit))
        purpose.remove_prefix(purpose.size() > 5 && purpose[5] == U'度' ? 6 : 5);
    return purpose.size() >= 2 && find_levels(purpose).empty() &&
           !contains_any(purpose, {U"资金", U"经费", U"项目", U"共", U"合计", U"总", U"实际", U"累计", U"已", U"全年", U"本年",
                                   U"当年", U"年度", U"预算", U"财政", U"专项"}) &&
           std::none_of(purpose.begin(), purpose.end(), [](char32_t c) { return is_digit(c); });
}

// (含超录补贴资金1.68万元、…, 包括…: a bracket that names some of the money before it, not all.)
bool opens_with_inclusion(std::u32string_view bracket_text) {
    return starts_with_any(bracket_text, {U"含", U"包括", U"包含"});
}

// 中央248.73万元(2023年结转95.43万元,2024年下达153.3万元): a bracket right after an amount whose
// amounts add up to it breaks that amount down. So does one of two or more amounts each smaller
// than it that do not add up (中央279万元(…奖励扶助81万元,…特别扶助161万元)): the text
// contradicts itself (JX-S006), and its parts are still no money of their own. For each amount:
// where such a bracket opens after it (npos if none), and whether it is an amount inside one.
struct bracket_breakdowns {
    std::vector<std::size_t> opens_at;
    std::vector<std::size_t> owner;  // for an amount inside such a bracket, the amount it breaks down; else npos
    std::vector<bool> short_of;      // for an amount so broken down, whether its parts do not add up to it
};

bracket_breakdowns breakdowns_in_brackets(std::u32string_view masked, const std::vector<money_mention>& found) {
    bracket_breakdowns b{std::vector<std::size_t>(found.size(), std::u32string_view::npos),
                         std::vector<std::size_t>(found.size(), std::u32string_view::npos), std::vector<bool>(found.size())};
    for (std::size_t j = 0; j + 1 < found.size(); ++j) {
        if (!found[j].amount) continue;
        std::size_t open = found[j].where.end;
        while (open < masked.size() && is_space(masked[open])) ++open;
        if (open >= masked.size() || (masked[open] != U'（' && masked[open] != U'(')) continue;
        std::size_t close = open + 1;
        while (close < masked.size() && masked[close] != U'）' && masked[close] != U')' && masked[close] != U'（' &&
               masked[close] != U'(')
            ++close;
        if (close >= masked.size() || masked[close] == U'（' || masked[close] == U'(') continue;
        money sum;
        std::size_t k = j + 1, n = 0;
        bool each_smaller = true;
        for (; k < found.size() && found[k].where.end <= close && found[k].amount; ++k, ++n) {
            sum += *found[k].amount;
            each_smaller = each_smaller && *found[k].amount < *found[j].amount;
        }
        // (One amount equal to it — 应到位2640万元(…第三批补助资金2640万) — names the same money.)
        if (n < 1 || (k < found.size() && found[k].where.begin < close)) continue;
        if (sum != *found[j].amount) {
            // (含…, 其中…: some parts named, not all.)
            const auto inner = masked.substr(open + 1, close - open - 1);
            if (n < 2 || !each_smaller || opens_with_inclusion(inner) || contains(inner, U"其中")) continue;
            b.short_of[j] = true;
        }
        b.opens_at[j] = open;
        for (std::size_t i = j + 1; i < k; ++i) b.owner[i] = j;
    }
    return b;
}

// 69.807万元(含超录补贴资金1.68万元、超录报废补贴资金6.6万元): for each amount, whether it is in a bracket led by
// 含 or 包括 that opens right after the amount before (or goes on such a bracket's list). One pass: a
// sentence may hold thousands of amounts.
std::vector<bool> included_in_brackets(std::u32string_view masked, const std::vector<money_mention>& found) {
    std::vector<bool> out(found.size());
    for (std::size_t j = 1; j < found.size(); ++j) {
        const std::size_t from = found[j - 1].where.end;
        const auto between = masked.substr(from, found[j].where.begin - from);
        if (const auto open = between.find_last_of(U"（("); open != std::u32string_view::npos)
            out[j] = trim(between.substr(0, open)).empty() && opens_with_inclusion(between.substr(open + 1)) &&
                     !contains_any(between.substr(open), {U"）", U")"});
        else
            out[j] = out[j - 1] && !contains_any(between, {U"）", U")"});
    }
    return out;
}

// Amount o and the parts in the bracket after it that do not add up to it, as a total for JX-S006.
stated_total bracket_total(const sentence& s, const std::vector<money_mention>& found, const bracket_breakdowns& b,
                           std::size_t o) {
    stated_total t{s.line, s.printed, found[o].printed, *found[o].amount, {}, money{}};
    for (std::size_t i = o + 1; i < found.size() && b.owner[i] == o; ++i) {
        t.parts.push_back(found[i].printed);
        t.sum += *found[i].amount;
    }
    return t;
}

// 当年资金, 上年结转资金, 中央资金, 2023年下达…: a part's words that name where money came from
// (a level, a year, a carry-over), not what it paid for.
bool names_where_money_came_from(std::u32string_view seg) {
    return !find_levels(seg).empty() || year_in(seg) ||
           contains_any(seg, {U"结转", U"结余", U"当年", U"本年", U"上年", U"以前年度", U"自筹", U"配套", U"财政拨款",
                              U"债券", U"专项债", U"社会资金", U"其他资金"});
}

// …资金用于公租房保障和棚户区改造共计128.79亿元,其中,中央财政专项资金49.24亿元,中央预算内基建投资65.50亿元,
// 省级财政安排补助资金14.05亿元: amount j, then right after it 其中 and the places its money came from,
// adding up to it.
bool sources_add_up_after(std::u32string_view masked, const std::vector<money_mention>& found, std::size_t j,
                          std::size_t first_qizhong) {
    if (!found[j].amount || first_qizhong == std::u32string_view::npos || first_qizhong < found[j].where.end) return false;
    const auto between = masked.substr(found[j].where.end, first_qizhong - found[j].where.end);
    const auto separator = [](char32_t c) { return std::u32string_view(U"，, ").find(c) != std::u32string_view::npos; };
    if (!std::all_of(between.begin(), between.end(), separator)) return false;
    money sum;
    std::size_t n = 0;
    for (std::size_t i = j + 1; i < found.size() && sum < *found[j].amount; ++i, ++n) {
        const auto words = clause_before(masked, found[i].where.begin, found[i - 1].where.end);
        if (!found[i].amount || !names_where_money_came_from(words)) return false;
        sum += *found[i].amount;
    }
    return n >= 2 && sum == *found[j].amount;
}

// 1.数量指标。… or 数量指标:…: text led by a kind of indicator (its number before it), or that
// label alone.
bool under_indicator_label(std::u32string_view text) {
    constexpr std::u32string_view labels[] = {U"数量指标", U"质量指标", U"时效指标", U"成本指标", U"产出指标", U"效益指标"};
    text = trim(text);
    while (!text.empty() && (is_digit(text.front()) || std::u32string_view(U".．、（）() ").find(text.front()) != std::u32string_view::npos))
        text.remove_prefix(1);
    for (const auto l : labels)
        if (text.starts_with(l) || (text.size() <= 12 && text.ends_with(l))) return true;
    return false;
}

}  // namespace

funds_reading funds_reader::read() {
    classify();
    numbered_uses();
    parts_of_spending();
    summed_uses();
    read_allocations();
    read_arrivals();
    read_arrival_statements();
    initial_budget_before_additions();
    drop_totals();
    drop_spent_history();
    drop_joint_level_totals();
    read_budget();
    budget_as_tranche();
    read_execution();
    finish();
    return std::move(out_);
}

namespace {
// ,用于支付… right after an amount: what the money is for.
bool for_a_purpose(std::u32string_view rest) {
    if (rest.starts_with(U"，") || rest.starts_with(U",")) rest.remove_prefix(1);
    return rest.starts_with(U"用于");
}
}  // namespace

void funds_reader::classify() {
    // Totals a sentence printed as the sum of the allocations before it (A；B；C；合计T): a later
    // sentence whose amounts add up to T again (其中，约束性任务T1，指导性任务T2) divides the same
    // money another way, and is no money of its own.
    std::vector<money> summed_totals;
    // Money allocated or arrived in the sentences read so far (not the parts of a total).
    std::set<money> stated_amounts;  // (a set: a book of thousands of sentences looks each sum up once)
    std::optional<money> funds_whole;  // the largest total allocated so far in the funds paragraphs (or a book without sections)
    // A breakdown opened by a marker that names no amount (具体如下：): its section and the total.
    struct open_list {
        section_id section;
        money total;
        std::optional<level> total_level;  // the level the total names (中央…资金15.4235亿元)
    };
    std::optional<open_list> open_breakdown;
    // The largest allocation of the last sentence before `si` that names an amount, when it is in
    // the same section and at most one sentence without amounts lies between.
    const auto largest_allocation_before = [&](std::size_t si) -> std::optional<open_list> {
        std::size_t before = si;
        while (before > 0 && si - before < 2 && first_mention_[before] == first_mention_[before - 1] &&
               sentences_[before - 1].section == sentences_[si].section)
            --before;
        if (before == 0 || sentences_[before - 1].section != sentences_[si].section) return std::nullopt;
        std::optional<open_list> largest;
        for (std::size_t i = first_mention_[before - 1]; i < first_mention_[before]; ++i)
            if (mentions_[i].k == kind::allocation && mentions_[i].m.amount && (!largest || largest->total < *mentions_[i].m.amount))
                largest = open_list{sentences_[si].section, *mentions_[i].m.amount, mentions_[i].explicit_level};
        return largest;
    };
    // Each sentence's amounts, found once; and those the project prints in 万元 (全年预算数2089元 beside
    // 预算资金合计2089万元 drops a 万).
    std::vector<std::vector<money_mention>> found_in;
    found_in.reserve(sentences_.size());
    std::set<money> in_wan;
    for (const auto& s : sentences_) {
        found_in.push_back(find_money(s));
        for (const auto& f : found_in.back())
            if (f.amount && f.printed.ends_with(U"万元")) in_wan.insert(*f.amount);
    }
    const money below_wan = money::parse("10000");
    std::optional<money> largest_allocation_in_book;
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        const sentence& s = sentences_[si];
        // (A book without sections has no place where money is written: all of it reads so.)
        const bool funds = funds_here(s.section) && !context_.loose;
        // Outside the sections where money is written (the goal, the outcome, the
        // problems) an amount is the project's money only when its clause says so.
        const bool narrative = context_.loose || (!funds && !is_budget_section(s.section));
        // 物资储备90万元，高于控制指标20万元: indicator values and targets, never funds.
        // (1.数量指标。404名服务对象发放补助金2126.81万元: a sentence under an indicator's label, on
        // its line, states the indicator's value.)
        const bool under_indicator = under_indicator_label(s.masked) ||
                                     (si > 0 && sentences_[si - 1].line == s.line && sentences_[si - 1].masked.size() <= 16 &&
                                      under_indicator_label(sentences_[si - 1].masked));
        const bool indicator =
            under_indicator || contains_any(s.masked, {U"控制指标", U"目标值", U"指标值", U"指标为", U"年度指标"});
        const bool masked_figures = contains(s.masked, U"点击查看");
        const auto& found = found_in[si];
        // Where 其中 is first printed outside brackets: an amount after it is one of a list of
        // parts (一批3374.3万元（其中建筑工程3292万元）… 合计6222.4万元 is not).
        const std::size_t first_qizhong = unbracketed(s.masked, U"其中");
        // The first colon after the sentence's first amount.
        std::size_t list_colon = std::u32string_view::npos;
        if (!found.empty())
            for (const std::u32string_view c : {U"：", U":"})
                list_colon = std::min(list_colon, s.masked.find(c, found.front().where.end));
        first_mention_.push_back(mentions_.size());
        // 项目资金具体到位情况如下：A项目到位资金629.5万元；… — the lines of a breakdown of
        // money stated before (in this sentence or the one before it), not money of their own.
        // …控制数为545万元，分别于2020年1月下达第一笔经费250万元，9月下达第二批295万元: the batches
        // of the amount just stated (分别于 only after an amount of the same sentence).
        std::size_t breakdown_from = breakdown_marker(s.masked);
        bool amount_before_only = false;
        if (const auto at = s.masked.find(U"分别于"); breakdown_from == std::u32string_view::npos && at != std::u32string_view::npos) {
            breakdown_from = at + 3;
            amount_before_only = true;
        }
        // 一是高水平医院建设项目，安排…420000万元 after 安排…509774.5万元。政策任务4个，具体如下：: the
        // parts the total before was divided into, each no more than that total — the lines after a
        // marker that names no amount (具体如下：), or an enumeration (一是…) right after the total.
        const bool amounts_above = std::any_of(found.begin(), found.end(), [&](const money_mention& f) {
            return open_breakdown && f.amount && open_breakdown->total < *f.amount;
        });
        if (open_breakdown && (open_breakdown->section != s.section || amounts_above ||
                               (found.empty() && breakdown_marker(s.masked) == std::u32string_view::npos && !s.divides_money)))
            open_breakdown.reset();
        // Under （二）省内分解下达预算…, the money stated before divided among those it goes to: the
        // largest amount allocated so far is the total its lines break down.
        if (!open_breakdown && s.divides_money && !found.empty() && !stated_amounts.empty() && !amounts_above &&
            std::none_of(found.begin(), found.end(), [&](const money_mention& f) { return f.amount && *stated_amounts.rbegin() < *f.amount; }))
            open_breakdown = open_list{s.section, *stated_amounts.rbegin(), std::nullopt};
        if (found.empty() && si > 0 && breakdown_marker(s.masked) != std::u32string_view::npos)
            if (const auto total = largest_allocation_before(si); total) open_breakdown = total;
        // (区直文博系统项目有：一是布达拉宫管理处，下达…9378万元: 一是 after the colon of a lead.)
        const auto first_item = [&]() -> bool {
            for (const std::u32string_view w : {U"一是", U"其一"}) {
                const auto at = s.masked.find(w);
                if (at == std::u32string_view::npos || found.empty() || at > found.front().where.begin) continue;
                if (at == 0 || s.masked[at - 1] == U'：' || s.masked[at - 1] == U':') return true;
            }
            return false;
        };
        std::optional<money> enumerated_below;
        std::optional<level> enumerated_level;  // the level the total they break down names
        if (breakdown_from == std::u32string_view::npos && !found.empty()) {
            if (open_breakdown) {
                enumerated_below = open_breakdown->total;
                enumerated_level = open_breakdown->total_level;
            } else if (first_item()) {
                // 二是…, 三是… go on with the list.
                if (const auto total = largest_allocation_before(si)) {
                    open_breakdown = total;
                    enumerated_below = total->total;
                    enumerated_level = total->total_level;
                }
            }
            if (enumerated_below) breakdown_from = 0;
        }
        const bool breaks_down =
            breakdown_from != std::u32string_view::npos &&
            (enumerated_below || (!found.empty() && found.front().where.begin < breakdown_from) ||
             (!amount_before_only && si > 0 && sentences_[si - 1].section == s.section && first_mention_[si] > first_mention_[si - 1]));
        // The level the total a breakdown divides names, when the total is in a sentence before.
        // (主要包括：一是…8万元。二是…2万元: a marker before 一是 opens a list that goes on.)
        std::optional<level> breakdown_level = enumerated_level;
        if (breaks_down && !enumerated_below && !(!found.empty() && found.front().where.begin < breakdown_from))
            if (const auto total = largest_allocation_before(si)) {
                breakdown_level = total->total_level;
                if (!open_breakdown && first_item()) open_breakdown = total;
            }
        bracket_breakdowns brackets = breakdowns_in_brackets(s.masked, found);
        const std::vector<bool> included = included_in_brackets(s.masked, found);
        bool divides_again = false, restates_earlier = false;
        if (found.size() >= 2 && (!summed_totals.empty() || !stated_amounts.empty())) {
            money sum;
            bool all = true;
            for (const auto& f : found) {
                if (!f.amount) { all = false; break; }
                sum += *f.amount;
            }
            divides_again = all && std::find(summed_totals.begin(), summed_totals.end(), sum) != summed_totals.end();
            // 第一批补助资金844万元于…下达，第二批补助资金600万元于…下达 after 实际到账1444万元: the batches
            // that money came in, stated again, not money of their own.
            restates_earlier = all && !divides_again && stated_amounts.count(sum) > 0;
        }
        money allocated_before;  // in this sentence, for summed_totals
        // Found once per sentence (a sentence of thousands of amounts would otherwise be searched
        // once for each): where it says the money is of all the years, whether it names the year,
        // and where it last lists parts (其中) outside brackets.
        std::size_t all_years_at = std::u32string_view::npos;
        for (const std::u32string_view w : {U"截至目前", U"截止目前", U"截至今年", U"累计争取", U"累计获批"})
            all_years_at = std::min(all_years_at, s.masked.find(w));
        const bool names_the_year = year_in(s.masked) == context_.fiscal_year;
        // (截止目前,中央分配资金404.148万元,使用资金90.379万元,资金使用比例22.36%: a progress notice's money to date
        // beside the share of it used — the year's money, not all the project's years.)
        const bool states_use_rate = contains_any(s.masked, execution_rate_words) || contains(s.masked, U"结算比例");
        std::size_t last_parts_at = std::u32string_view::npos;
        {
            const std::u32string_view text = s.masked;
            int depth = 0;
            for (std::size_t at = 0; at < text.size(); ++at) {
                const char32_t c = text[at];
                if (c == U'（' || c == U'(') ++depth;
                else if ((c == U'）' || c == U')') && depth > 0) --depth;
                else if (depth == 0 && text.substr(at, 2) == U"其中") last_parts_at = at;
            }
        }
        std::vector<kind> kinds(found.size(), kind::none);  // as each amount was read
        std::optional<money> first_allocation;  // the sentence's first allocated amount
        money reduced_before;                   // and what it says was cut (调减) since
        std::size_t prev_end = 0;
        kind prev = kind::none;
        // 其中 opening this sentence lists the parts of the last amount of the sentence before, in
        // the same section.
        // (…资金(重特大自然灾害救灾)9.9162亿元。含自然灾害生活救助资金2.7609亿元、…: 含 and 包括 too.)
        const auto opening = trim(s.masked);
        const bool parts_of_previous = !mentions_.empty() && mentions_.back().sentence + 1 == si &&
                                       sentences_[si - 1].section == s.section &&
                                       (opening.starts_with(U"其中") || opening.starts_with(U"包括") ||
                                        (opening.starts_with(U"含") && !opening.starts_with(U"含量")));
        // …投入…经费预算10441万元。其中，中央转移支付资金8353万元…: those parts are of that amount's
        // kind, worded or not.
        const bool parts_inherit =
            parts_of_previous && (mentions_.back().k == kind::allocation || mentions_.back().k == kind::arrival);
        if (parts_inherit) prev = mentions_.back().k;
        // 总投资7万元。其中场所装修4800元…: the parts of an amount the sentence before left unread (what
        // the works cost in all) are no money of the project either.
        const bool parts_of_unread =
            parts_of_previous && mentions_.back().k == kind::none && !mentions_.back().reason_en.empty();
        bool items_mode = false;
        // 建厂房…建设12.08万元;购买变压器一套18.8万元;…;共计40.83万元: a sentence that lists, clause by
        // clause, what the money bought — at least two such — lists items of what was spent.
        std::size_t purchases = 0;
        // (A clause here runs from the last comma or semicolon: 建厂房、酒窖及…建设12.08万元 is one.)
        const auto purchase_clause = [&](std::size_t begin, std::size_t end) {
            std::u32string_view t = std::u32string_view(s.masked).substr(begin, end - begin);
            if (const auto mark = t.find_last_of(U"，,；;。"); mark != std::u32string_view::npos) t.remove_prefix(mark + 1);
            return t;
        };
        std::vector<bool> purchase(found.size());
        for (std::size_t j = 0, end = prev_end; j < found.size(); end = found[j].where.end, ++j)
            if (names_a_purchase(purchase_clause(std::min(end, found[j].where.begin), found[j].where.begin))) {
                purchase[j] = true;
                ++purchases;
            }
        // Found once a sentence, not once an amount (a sentence of thousands of amounts is read in its length):
        // where the first goal's, indicator's or effect's label ends; whether the list after 其中 goes on to money
        // worded of its own; the largest allocation so far, of each level and of any.
        std::size_t first_label_end = std::u32string_view::npos;
        for (const std::u32string_view label : {U"目标：", U"目标:", U"实际完成：", U"实际完成:", U"效益：", U"效益:", U"指标：", U"指标:"})
            if (const auto at = s.masked.find(label); at != std::u32string::npos) first_label_end = std::min(first_label_end, at + label.size());
        const bool worded_after_qizhong =
            first_qizhong != std::u32string_view::npos &&
            contains_any(std::u32string_view(s.masked).substr(first_qizhong), {U"下达", U"安排", U"拨付", U"到位", U"批复", U"支出"});
        const bool raised_and_split = splits_money_raised(s.masked);
        const bool insurance_fund = insurance_fund_flows(s.masked);
        // The amount right before 其中 (the whole its list breaks down) and where its mention is kept.
        std::size_t whole = found.size(), whole_mention = std::numeric_limits<std::size_t>::max();
        if (first_qizhong != std::u32string_view::npos)
            for (std::size_t j = 0; j < found.size() && found[j].where.end <= first_qizhong; ++j) whole = j;
        std::optional<money> largest_allocation;
        std::array<std::optional<money>, all_levels.size()> largest_allocation_of{};
        // 第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3552.83万元: the amounts listed after
        // 分别 that add up to the amount before it say what it went to, no money of their own.
        std::vector<bool> shared_by_purpose(found.size());
        for (std::size_t j = 1; j < found.size(); ++j) {
            const auto lead = std::u32string_view(s.masked).substr(found[j - 1].where.end, found[j].where.begin - found[j - 1].where.end);
            if (!found[j - 1].amount || !contains_any(lead, {U"分别支持", U"分别用于", U"分别安排", U"分别补助"})) continue;
            money sum;
            std::size_t k = j;
            // (A list of 64 shares at most: a sentence of thousands of amounts is not summed from each.)
            for (; k < found.size() && k - j < 64 && found[k].amount && sum < *found[j - 1].amount; ++k) sum += *found[k].amount;
            if (sum != *found[j - 1].amount || k == j + 1) continue;
            for (std::size_t p = j; p < k; ++p) shared_by_purpose[p] = true;
            j = k - 1;
        }
        // 商品和服务支出39.98万元(其中:办公费2.25万元,…): the bracket after an item is its breakdown.
        std::size_t item_breakdown_end = 0;
        for (std::size_t j = 0; j < found.size(); ++j) {
            if (j == whole) whole_mention = mentions_.size();
            mention m;
            m.sentence = si;
            m.m = found[j];
            const std::u32string_view masked = s.masked;
            m.seg = clause_before(masked, m.m.where.begin, prev_end);
            // 省级资金：40万元 — the label before a colon right before the amount is its clause.
            if (const auto colon = m.m.where.begin; m.seg.empty() && colon > prev_end + 1 &&
                                                    (masked[colon - 1] == U'：' || masked[colon - 1] == U':'))
                m.seg = clause_before(masked, colon - 1, prev_end);
            const std::size_t next = j + 1 < found.size() ? found[j + 1].where.begin : masked.size();
            // An amount broken down in a bracket: what follows it is the bracket's, not its own.
            m.after = clause_after(masked, m.m.where.end, std::min(next, brackets.opens_at[j]));
            // 乙经费5万元〈结余15万元已上缴财政〉: the words in a bracket right after an amount that holds an
            // amount of its own are that amount's.
            if (j + 1 < found.size() && m.m.where.end < masked.size() &&
                std::u32string_view(U"(（〈【［[").find(masked[m.m.where.end]) != std::u32string_view::npos)
                if (const auto close = masked.find_first_of(U")）〉】］]", m.m.where.end);
                    close != std::u32string::npos && found[j + 1].where.begin < close)
                    m.after = {};
            // 中央资金60万元到位60万元: words that run into the next amount, with no mark between, are that
            // amount's (its verb), not what this one is.
            const bool runs_into_next = j + 1 < found.size() && !m.after.empty() && m.m.where.end + m.after.size() == next;
            if (runs_into_next) m.after = {};
            prev_end = m.m.where.end;
            // An amount left unread, with why (a JX-S005 note for a reviewer).
            const auto unread = [&](std::string zh, std::string en) {
                m.reason_zh = std::move(zh);
                m.reason_en = std::move(en);
                mentions_.push_back(std::move(m));
            };
            const auto unread_bracketed_part = [&] {
                unread("这是前一项支出在括号中列出的明细，不另计", "part of the item before it, broken down in brackets, not "
                                                                   "counted again");
            };
            if (m.m.misprinted_unit) misprints_.push_back(mentions_.size());
            if (shared_by_purpose[j]) {
                m.breakdown_part = true;
                unread("这是前一金额“分别”用于各项目的部分，合计等于它，不另计为一笔资金",
                       "a share of the amount before it, listed after 分别 by what it went to; the shares add up to it, "
                       "so they are no money of their own");
                continue;
            }
            // 年内调整预算-101251.44万元: a signed change (a cut), not a budget, allocation or spending of that size.
            if (m.m.negative) {
                unread("这是带负号的金额（一笔调减或差额），不是预算、下达或使用的资金数",
                       "an amount printed with a minus sign (a cut or a difference), not a budget, allocation or spending");
                continue;
            }
            // 实际配套到位资金104880.14万元,超规模配套83909.14万元: by how much one figure exceeds another, a
            // difference, not money of its own.
            if (ends_with_any(trim(m.seg), {U"超规模配套", U"超规模", U"超额配套", U"超出", U"超支", U"多出", U"超计划"}) ||
                starts_with_any(trim(m.seg), {U"超规模", U"超出", U"超支"})) {
                unread("这是超出的差额，不是另一笔资金", "by how much one figure exceeds another: a difference, not money of its own");
                continue;
            }
            if (m.m.where.begin < item_breakdown_end) {
                unread_bracketed_part();
                continue;
            }
            // 下达给我单位资金 点击查看>> 万元，其中：…7.36万元，…点击查看>> 万元: a mirror site hid some of
            // the sentence's figures; the ones it shows are parts of a whole nobody can read.
            if (masked_figures) {
                unread("同一句中有被网站隐藏的金额（点击查看），能看到的只是其中一部分，不作为资金数",
                       "the site hid some of the sentence's figures (点击查看); the ones shown are parts of a whole "
                       "that cannot be read, so no funds figure");
                continue;
            }
            if (indicator) {
                unread("句中是指标值或目标值（控制指标、目标值），不是项目资金",
                       "the sentence states an indicator's value or target (控制指标, 目标值), not the project's money");
                continue;
            }
            // 2023年度县本级预算安排的衔接资金为64万元,2024年度县本级预算安排的衔接资金为76万元: last
            // year's figure set beside this year's in the same words, for comparison.
            if (j + 1 < found.size() && context_.fiscal_year > 0)
                if (const auto y = year_in(m.seg); y && *y < context_.fiscal_year) {
                    const auto later = clause_before(masked, found[j + 1].where.begin, m.m.where.end);
                    const auto without_year = [](std::u32string_view seg) {
                        std::u32string out;
                        for (const char32_t c : trim(seg))
                            if (!is_digit(c)) out += c;
                        return out;
                    };
                    if (year_in(later) == context_.fiscal_year && without_year(later) == without_year(m.seg)) {
                        unread("这是上一年度的同类数额，与本年度的并列比较，不是本年度的资金",
                               "last year's figure set beside this year's in the same words, for comparison; not "
                               "this year's money");
                        continue;
                    }
                }
            // 预计发放妇女创业就业贷款1.67亿元: what the money is expected to bring about, a target.
            // (总经费约需800万元: what the whole plan needs, an estimate too.)
            if (const auto expected = std::min(m.seg.find(U"预计"), m.seg.find(U"约需"));
                expected != std::u32string_view::npos && !contains_any(m.seg.substr(expected), {U"已", U"实际"})) {
                unread("这是预计的数额（目标），不是已发生的资金", "an expected figure (a target), not money that moved");
                continue;
            }
            // 其具体绩效目标如下:1、村支书年工资总额达到34406元: in the project's goals, a level to reach.
            if (within(s.section, section_id::goal) && ends_with_any(trim(m.seg), {U"达到", U"达"}) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是绩效目标中要达到的数额（目标值），不是项目资金",
                       "an amount the project's goals aim to reach (a target), not the project's money");
                continue;
            }
            // 资金缺口20万元: money lacking, which the project did not have.
            if (ends_with_any(trim(m.seg), {U"缺口", U"资金缺口", U"缺口为", U"资金缺口为", U"尚缺", U"尚缺资金"})) {
                unread("这是资金缺口（尚缺的钱），不是项目已有的资金", "a shortfall (money lacking), not money the project had");
                continue;
            }
            // 单笔支出超过5万元的须集体研究, 对支出1万元以上的项目进行公示: a threshold a rule names, not a figure.
            if (const auto rest = std::u32string_view(masked).substr(m.m.where.end);
                (starts_with_any(rest, {U"以上", U"以下", U"以内", U"及以上", U"及以下"}) &&
                 starts_with_any(rest.substr(rest.starts_with(U"及") ? 3 : 2), {U"的", U"须", U"需", U"应", U"要"})) ||
                (rest.starts_with(U"的") &&
                 ends_with_any(trim(m.seg), {U"超过", U"不超过", U"低于", U"高于", U"不低于", U"达到", U"满", U"在"}))) {
                unread("这是规定中的限额（超过…的、…以上的），不是项目的资金数",
                       "a threshold a rule names (超过…的, …以上的), not an amount of the project's money");
                continue;
            }
            // 项目合同造价76.84万元, 结算审核造价为819931.72元: what the works cost, not money
            // allocated, arrived or paid (a clause that says it was paid is read as paid).
            // (审计结算金额88万元: what the works were settled at, likewise.)
            if (ends_with_any(trim(m.seg), {U"造价", U"造价为", U"合同价", U"中标价", U"合同金额", U"中标金额", U"合同价款",
                                            U"采购金额", U"采购金额为", U"采购预算", U"结算金额", U"结算金额为", U"结算价",
                                            U"审定金额", U"审定金额为", U"结算审定金额"}) ||
                (contains_any(m.seg, {U"造价", U"合同价", U"中标价"}) && kind_before(m.seg, s.section, context_.fiscal_year) == kind::none)) {
                unread("这是工程造价、合同或采购金额，不是下达、到位或使用的资金",
                       "the cost, contract or procurement price of the works, not money allocated, arrived or used");
                continue;
            }
            // (项目总投资19万元,通过统筹整合财政涉农资金据实拨付: the public money the works are paid from, named after
            // the amount, up to the next — the investment is that money. Looked at a few characters at most.)
            const auto funded_after = [&] {
                auto rest = std::u32string_view(masked).substr(m.m.where.end, next - m.m.where.end);
                rest = rest.substr(0, std::min<std::size_t>(rest.size(), 40));
                return contains_any(rest, {U"通过统筹整合", U"资金来源为", U"资金来源于", U"资金解决", U"全部由财政"});
            };
            // 项目总投资约13.34亿元: what the works cost in all, not money allocated to the project — unless
            // the sentence lists where it comes from (总投资39.27万元，其中：中央财政衔接资金39万元…) or says it
            // was granted (县级批复总投资3374.3万元). (…改造项目投资估算67,463.91万元: the estimate, likewise.)
            if (ends_with_any(trim(m.seg), {U"总投资", U"总投资约", U"总投资为", U"计划总投资", U"估算投资", U"概算投资",
                                            U"估算总投资", U"概算总投资", U"投资估算", U"投资估算为", U"投资概算",
                                            U"投资概算为", U"工程概算", U"工程概算为", U"概算金额"}) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none && !funded_after() &&
                // (总投资6.54亿元,债券金额总24075万元,其中…: a 其中 after another amount lists that one's parts.)
                (last_parts_at == std::u32string_view::npos || last_parts_at < m.m.where.end ||
                 (j + 1 < found.size() && found[j + 1].where.begin < last_parts_at &&
                  s.masked.substr(m.m.where.end, found[j + 1].where.begin - m.m.where.end).find(U"其中") == std::u32string_view::npos))) {
                unread("这是工程的总投资，不是下达给项目的资金",
                       "the total investment of the works, not money allocated to the project");
                continue;
            }
            // 信贷需求18.97亿元, 申贷金额10.705亿元: credit a unit asks banks for, not the project's money.
            if (contains_any(m.seg, {U"信贷", U"申贷", U"贷款需求", U"融资需求"}) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是向银行申请的信贷或融资，不是项目资金", "credit or financing asked of banks, not the project's money");
                continue;
            }
            // 从奖励资金31714万元中分配20977.80万元用于…: the pool the money was taken from, not money of the project.
            if (m.seg.rfind(U"从") != std::u32string_view::npos && m.seg.size() - m.seg.rfind(U"从") <= 16 &&
                starts_with_any(std::u32string_view(masked).substr(m.m.where.end), {U"中", U"里"})) {
                unread("这是从中分出资金的总盘子，不是项目的资金", "the pool money was taken from (从…中), not money of the project");
                continue;
            }
            // 21个项目评为一等,涉及资金656.93万元, 敏感涉密项目0个,涉及资金0万元: the money of projects counted by their
            // grade or kind, in a department's summary of its self-evaluations — no allocation. (实施项目3个,涉及资金300万元
            // states the money.)
            if (ends_with_any(trim(m.seg), {U"涉及资金", U"涉及资金为"}) &&
                contains_any(std::u32string_view(masked).substr(0, m.m.where.begin), {U"评为", U"涉密项目"})) {
                unread("这是按自评等级或类别统计的项目涉及资金，不是下达的资金",
                       "the money of projects counted by their grade or kind (…评为一等,涉及资金), not money allocated");
                continue;
            }
            // 总保费1293.45万元,中央财政补贴47.5%为614.39万元…: the premium the insured pay in all, farmers' share
            // included, not the subsidy fund's money (its shares, by level, are).
            if (ends_with_any(trim(m.seg), {U"总保费", U"总保费为", U"总保费达到", U"总保费达", U"保费总额", U"保费总额为",
                                            U"总保险", U"总保险为"}) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是保险的总保费（含农户自缴部分），不是补贴资金", "the insurance premium in all (what the insured pay "
                                                                     "included), not the subsidy fund's money");
                continue;
            }
            // 核实补贴资金563.848万元,资金兑付276.398万元: the subsidies whose claims were checked, a step on
            // the way to paying them, not money allocated.
            if (contains_any(m.seg, {U"核实", U"审核通过", U"审定补贴"}) && kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是核实（审核）的补贴数额，是兑付前的一步，不是下达的资金",
                       "the subsidies checked (核实) before they are paid, not money allocated");
                continue;
            }
            // 估算总投资4,613万元,工程概算4,236.812万元,预算3,671.57万元,中标价3,227.99万元: among what the
            // works are estimated and contracted to cost, 预算 is the works' budget, not money allocated.
            if (ends_with_any(trim(m.seg), {U"预算", U"预算为"}) && trim(m.seg).size() <= 4 &&
                contains_any(s.masked, {U"总投资", U"概算", U"中标价", U"造价"}) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是工程估算、概算、预算和中标价中的预算，是工程的造价，不是下达的资金",
                       "the works' budget among their estimate, contract and bid prices, not money allocated");
                continue;
            }
            // 100万元 on a line of its own: a table's cell, whose row and column the text does not
            // keep (a label-value table is read as a table).
            if (found.size() == 1 && trim(s.masked) == std::u32string_view(s.masked).substr(m.m.where.begin, m.m.where.end - m.m.where.begin)) {
                unread("这是单独成行的金额（表格的一格），看不出它是哪一项", "an amount alone on its line (a table's cell): "
                                                                          "nothing says what it is");
                continue;
            }
            if (m.m.per_capita) {
                unread("这是人均标准（每人每年的金额），不是项目资金；若有分担政策，可作为其人均标准",
                       "a per-capita standard (per person and year), not an amount of the project's money; "
                       "a cost-sharing policy may need it as its standard");
                continue;
            }
            if (m.m.approximate) {
                unread("这是约数（约、近、余、多、左右），不是确切的金额，不作为资金数",
                       "a round figure (约, 近, 余, 多, 左右), not an exact amount: no funds figure");
                continue;
            }
            if (m.m.split_from_digits) {
                unread("数字之前隔一个空格还有数字（如“100 0000元”），看不出金额从哪里开始，不作为资金数",
                       "digits stand a space before the number (as in 100 0000元): where the amount begins cannot be "
                       "told, so it is no funds figure");
                continue;
            }
            if (m.m.run_into_reference) {
                unread("数字紧接在文号的“〔年份”之后（文号的“〕…号”缺失），无法分清文号和金额，不作为资金数",
                       "the number runs on from a document reference's 〔year (its 〕…号 are missing): where the "
                       "reference ends and the amount begins cannot be told, so it is no funds figure");
                continue;
            }
            if (!m.m.amount) {
                unread("金额精确到分以下，不能作为资金数",
                       "the amount is finer than one fen and cannot be a funds figure");
                continue;
            }
            if (m.m.printed.ends_with(U"元") && !m.m.printed.ends_with(U"万元") && !m.m.printed.ends_with(U"亿元") &&
                !m.m.printed.ends_with(U"千元") &&
                !m.m.per_capita && *m.m.amount < below_wan && m.m.amount->is_positive() && in_wan.contains(*m.m.amount * 10000)) {
                unread("同一数字在别处以万元给出（" + utf8(m.m.printed.substr(0, m.m.printed.size() - 1)) +
                           "万元），此处的“元”疑为“万元”之误；不作为资金数，请核对",
                       "the same number is printed elsewhere in 万元 (" + utf8(m.m.printed.substr(0, m.m.printed.size() - 1)) +
                           "万元): 元 here is likely a misprint of 万元; not read as a funds figure, to be checked");
                continue;
            }
            // 对周王、新田…共十个乡镇分别补助7万元: what each of several got, the same for all — a share of money
            // stated as a whole, not money of its own. (分别下达10万元、20万元, 分别为3万元和10万元 and 分别为甲经费
            // 10万元、乙经费15万元 list each its own: read on.)
            const auto listed_after = [&](std::size_t a) {  // another amount follows amount a in a list
                return a + 1 < found.size() && starts_with_any(trim(std::u32string_view(masked).substr(found[a].where.end,
                                                                                                   found[a + 1].where.begin - found[a].where.end)),
                                                               {U"、", U"和", U"及", U"与"});
            };
            if (const auto each = m.seg.rfind(U"分别"); each != std::u32string_view::npos &&
                !starts_with_any(m.seg.substr(each), {U"分别于", U"分别为", U"分别是"}) && !listed_after(j) &&
                !(j > 0 && listed_after(j - 1))) {
                unread("“分别”之后的金额是几个对象各自得到的数额，是前文资金的分配，不另计为一笔资金",
                       "after 分别, the amount each of several recipients got: a share of money stated as a whole, not money "
                       "of its own");
                continue;
            }
            if (divides_again) {
                unread("这些金额合计等于前文已由各笔资金相加得出的合计数，是同一笔钱的另一种分法，不另计",
                       "these amounts add up to a total the text already gave as the sum of its allocations: the same "
                       "money divided another way, not money of its own");
                continue;
            }
            // Parts that do not add up break down only money allocated or arrived: items of spending
            // are weighed against it (JX-F008), and the parts of money not read — 总投资 — are the money.
            const auto owner = brackets.owner[j];
            const bool owner_short = owner != std::u32string_view::npos && brackets.short_of[owner];
            if (owner_short && kinds[owner] != kind::allocation && kinds[owner] != kind::arrival &&
                kinds[owner] != kind::prior_allocation)
                brackets.owner[j] = std::u32string_view::npos;
            // 实际支出503.8232万元(业务工作经费29.1465万元、专项经费474.6767万元): money used, broken down by
            // what it paid for — its items, not money of its own.
            if (const auto o = brackets.owner[j];
                o != std::u32string_view::npos && kinds[o] == kind::used && !names_where_money_came_from(m.seg)) {
                unread_bracketed_part();
                continue;
            }
            // (Money used, broken down by source — 共发放3957.55万元(当年资金3904.82万元,上年结转资金52.73万元) —
            // says where it came from: read on.)
            if (const auto o = brackets.owner[j]; o != std::u32string_view::npos && kinds[o] != kind::used && kinds[o] != kind::item) {
                m.breakdown_part = true;
                if (brackets.short_of[o]) {
                    if (o + 1 == j) out_.totals.push_back(bracket_total(s, found, brackets, o));
                    unread("括号中所列金额是括号前金额的分项，合计与之不符（见 JX-S006），不另计为一笔资金",
                           "the amounts in the bracket after an amount break it down but do not add up to it (JX-S006); "
                           "they are not money of their own");
                    continue;
                }
                unread("括号中所列金额合计等于括号前的金额，是它的组成或同一笔钱，不另计为一笔资金",
                       "the amounts in the bracket after an amount add up to it: they break it down (or name the same "
                       "money) and are not money of their own");
                continue;
            }
            // (…和“内蒙古自治区…受污染耕地安全利用项目”(165万元): a level word inside quotation marks is a name's,
            // not whose money it is.)
            auto levels = find_levels(m.seg);
            std::erase_if(levels, [&](const auto& l) {
                const auto open = m.seg.rfind(U'“', l.at);
                return open != std::u32string_view::npos && m.seg.substr(open, l.at - open).find(U'”') == std::u32string_view::npos;
            });
            if (!levels.empty()) {
                m.explicit_level = levels.back().value;
                m.level_word = std::u32string(m.seg.substr(levels.back().at, levels.back().length));
                m.level_at = static_cast<std::size_t>(m.seg.data() - masked.data()) + levels.back().at;
                // (中央和省级, 中央、省级, 省及市级: two levels joined, the money of both.)
                if (levels.size() >= 2) {
                    const auto& a = levels[levels.size() - 2];
                    const auto& b = levels.back();
                    const auto joiner = m.seg.substr(a.at + a.length, b.at - (a.at + a.length));
                    if (a.value != b.value &&
                        (joiner.empty() || joiner == U"和" || joiner == U"及" || joiner == U"与" || joiner == U"、"))
                        m.joint_levels = {a.value, b.value};
                }
            }
            // 其中：省级资金80万元 — 其中 may sit before a colon, outside the clause.
            const auto between = masked.substr(j == 0 ? 0 : found[j - 1].where.end,
                                               m.m.where.begin - (j == 0 ? 0 : found[j - 1].where.end));
            m.part = contains_any(between, {U"其中", U"包括", U"含"});
            // 年度资金40.83万元,本年度财政拨款40.83万元: the form's lines copied into a sentence, the year's
            // money, then what of it the budget gave — a part without 其中.
            if (!m.part && j > 0 && !mentions_.empty() && mentions_.back().sentence == si &&
                contains_any(m.seg, {U"当年财政拨款", U"本年度财政拨款", U"本年财政拨款"}) &&
                contains_any(mentions_.back().seg, {U"年度资金", U"资金总额"}))
                m.part = true;
            m.bracketed = j > 0 && in_open_bracket(between);
            m.included = included[j];
            // …资金440万元，已分配下达到项目建设单位：A项目资金140万元、B…: a colon after an amount opens its list.
            const bool after_list_colon = list_colon != std::u32string_view::npos && list_colon < m.m.where.begin;
            m.listed = (first_qizhong != std::u32string_view::npos && first_qizhong + 2 <= m.m.where.begin) || after_list_colon;
            m.summed = contains_any(between, {U"共计", U"合计", U"总计"});
            // 批复总投资3374.3万元（其中建筑工程3292万元）, 贴息方向1766.00万元(含计提工作经费20万元): the only
            // amount in a bracket after another, named by no level, is what part of that one is for, not
            // money of its own.
            // (A bracket that names a kind of money, （含上年结转50万元）, is read as that.)
            if (m.part && j > 0 && !m.explicit_level && in_open_bracket(between) && contains_any(between, {U"其中", U"含"}) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none &&
                closes_bracket(masked.substr(m.m.where.end, next - m.m.where.end))) {
                unread("括号中“其中”所列的是前一金额的组成部分（用途），不是另一笔资金",
                       "in brackets after another amount, 其中 names what part of that amount is for, "
                       "not money of its own");
                continue;
            }
            kind k = kind_before(m.seg, s.section, context_.fiscal_year);
            if (k == kind::allocation && paid_to_recipients(m.seg, m.after)) k = kind::used;
            // 市文化馆下拨至我镇文化站免费开放经费4.56万元: passed down to the unit itself, money that came to it (as
            // 拨付给我局账户 after an amount is).
            if (k == kind::allocation && contains_any(m.seg, {U"拨至我", U"拨到我", U"拨给我", U"拨付至我", U"拨付到我", U"拨付给我",
                                                              U"拨入我"}))
                k = kind::arrival;
            // 二、本级体育彩票公益金使用情况 2023年拨入州教体局体育彩票公益金320.90万元,支出320.90万元: under the spending
            // heading, money paid into a body named by the text (not 我…), less than the money stated before, is the part
            // of it passed to the body that spends it — no money of its own.
            if (k == kind::arrival && within(s.section, section_id::funds_use) && largest_allocation_in_book &&
                *m.m.amount < *largest_allocation_in_book) {
                const auto in = m.seg.rfind(U"拨入");
                if (in != std::u32string_view::npos && m.seg.substr(in + 2).find(U'我') == std::u32string_view::npos &&
                    contains_any(m.seg.substr(in + 2), {U"局", U"委", U"中心", U"部门", U"单位"})) {
                    unread("这是拨入具体使用部门的资金，是前文所述资金的一部分，不另计为一笔资金",
                           "money paid into the body that spends it, a part of the money stated before, not money of its own");
                    continue;
                }
            }
            // 累计补贴农户1246户,补贴机具1329台(套),补贴金额160.882万元: after what was subsidised, counted, the
            // subsidies' sum is what was paid out.
            const bool subsidies_paid = [&] {
                if (k != kind::none || !ends_with_any(trim(m.seg), {U"补贴金额", U"补助金额", U"补贴资金", U"补贴金额为", U"补助金额为"}))
                    return false;
                const auto before = masked.substr(0, m.m.where.begin);
                return contains_any(before.substr(before.size() > 64 ? before.size() - 64 : 0),
                                    {U"累计补贴", U"已补贴", U"共补贴", U"累计补助", U"已补助", U"共补助"});
            }();
            if (subsidies_paid) k = kind::used;
            // 下达资金100万元，已到位80万元，未到位20万元 (尚有20万元未到位): money not come, a part of what the sentence
            // allocated before it — no tranche, and nothing that came. (市级…下达150万元，省级补助资金30万元尚未到位:
            // another level's money is a tranche of its own that has not come.)
            const auto& largest_before =
                m.explicit_level ? largest_allocation_of[static_cast<std::size_t>(*m.explicit_level)] : largest_allocation;
            // (下达资金100万元。截至年底，尚有20万元未到位。: in the same paragraph, a sentence after it too — a few
            // amounts back at most.)
            const auto allocated_in_paragraph = [&] {
                std::optional<money> largest;
                for (std::size_t b = mentions_.size(), looked = 0; b-- > 0 && looked < 16; ++looked) {
                    if (sentences_[mentions_[b].sentence].line != s.line) break;
                    if (mentions_[b].k == kind::allocation && mentions_[b].explicit_level == m.explicit_level &&
                        (!largest || *largest < *mentions_[b].m.amount))
                        largest = *mentions_[b].m.amount;
                }
                return largest;
            };
            const auto allocated_earlier = j > 0 ? largest_before : allocated_in_paragraph();
            if ((k == kind::arrival || k == kind::none) && allocated_earlier && *m.m.amount < *allocated_earlier &&
                not_arrived_around(m.seg, m.after)) {
                unread("这是尚未到位的资金，是前文下达资金的一部分，不另计为一笔资金",
                       "money not (yet) come, a part of the money allocated before it: no tranche of its own");
                continue;
            }
            // 预期目标：补贴资金100万元；实际完成：补贴资金90万元 / 社会效益：…发放工资50万元: after a goal's, an
            // indicator's or an effect's label in its sentence, an amount named by no verb of money coming (or by
            // spending, or by a use: 预期目标:用于康复补贴1.065万元) is what the goal aims at or what the effect came to,
            // not the project's money.
            if ((k == kind::none || k == kind::used || k == kind::item) && first_label_end <= m.m.where.begin) {
                unread("这是绩效目标、指标或效益中的数额，不是项目资金", "a figure of a goal, an indicator or an effect, not the project's money");
                continue;
            }
            // 共销售各类福利彩票3855.55万元, 体育彩票销售额53659.6868万元: what was sold, of which the fund is a share.
            if (contains(m.seg, U"销售")) {
                unread("这是销售额，不是资金", "what was sold, not money of the fund");
                continue;
            }
            // (…机关事业养老保险保费收入33882万元,中央补助3664万元,地方财政配套资金11800万元,机关事业养老金支出41754万元: the
            // insurance fund's year, whose subsidies the project may pay a part of — not the project's money.)
            if (insurance_fund) {
                unread("这是社会保险基金的收支，不是本项目的资金", "a social insurance fund's income and payouts, not the project's money");
                continue;
            }
            // 筹集福利彩票公益金1149.07万元,其中上缴公益金923.27万元,县级留成225.80万元: the lottery money raised in
            // the county and how it was split between the levels. What was sent up is no money given back, and the
            // fund's own money is told by its income (总收入), which the share kept is only a part of.
            if (raised_and_split) {
                unread("这是筹集的彩票公益金及其在上缴与留成之间的分配，不是本项资金的收支",
                       "the lottery money raised and how it was split between what was sent up and what was kept: "
                       "not this fund's money coming or going");
                continue;
            }
            // 预计总投资7450万元,其中中央财政资金6000万元…, 中标价为2472551.80元,其中:建安工程费1783575.80元…: the
            // parts of an amount left unread in the same sentence (an estimate, a contract price) are no money either.
            if (j > whole && whole_mention < mentions_.size() && mentions_[whole_mention].k == kind::none &&
                !mentions_[whole_mention].reason_en.empty() && (m.part || m.listed) &&
                kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是前面未计入项目资金的金额（如预计数、中标价）在“其中”后列出的组成部分，同样不计",
                       "a part, listed after 其中, of an amount before it that is not counted as the project's money (an "
                       "estimate, a contract price), so not counted either");
                continue;
            }
            if (compares_with_earlier_year(masked.substr(0, m.m.where.begin), m.seg)) {
                unread("这是与上年比较的数额：上年的数或增减额，不是本年的资金",
                       "a figure of a comparison with an earlier year (that year's, or the change), not this year's money");
                continue;
            }
            if (k == kind::none && striven_for(m.seg)) {
                unread("这是正在争取的资金（积极争取…），尚未得到，不是项目资金",
                       "money striven for (积极争取…), not yet got: not the project's money");
                continue;
            }
            // 即支持…资金、…、教育结余用于项目建设等合计3624.71万元: the last of the funds' names listed after
            // 即 and summed up; its 用于 is the name's.
            if (k == kind::item && names_listed_after_namely(masked, m.seg)) k = kind::none;
            // (…资金用于公租房保障和棚户区改造共计128.79亿元,其中,中央财政专项资金49.24亿元,…: the money for a
            // purpose, broken down by where it came from — not an item of its spending.)
            if (k == kind::item && j == 0 && sources_add_up_after(masked, found, j, first_qizhong)) k = kind::allocation;
            // …实际支出4,573,732.68元,节约3,226,267.32元: what the budget saved, right after what was
            // spent, is money left unspent. (节约 alone is no such word: 为企业节约成本200万元 is an effect.)
            const bool saved_after_use = j > 0 && kinds[j - 1] == kind::used && k == kind::none &&
                                         ends_with_any(trim(m.seg), {U"节约", U"节约资金", U"节约了"});
            if (saved_after_use) k = kind::surplus;
            // 地方匹配859.6万元, 县级配套50万元: matching money put in, when nothing else names it
            // (实际到位市级配套资金4.4万元 says it came; under the arrival heading, it is what came).
            // (Not in a bracket after another amount: 发放补助资金2734.6万元，(县级整合、配套资金1290.6万元)
            // says what part of that is the county's.)
            if (k == kind::none && !within(s.section, section_id::funds_arrival) && !in_open_bracket(between) &&
                ends_with_any(trim(m.seg), {U"配套", U"匹配", U"配套资金", U"匹配资金"}))
                k = kind::allocation;
            // 2023年完成支付784.685万元 in the 2024 book of a two-year project: what an earlier year spent.
            if (k == kind::used && context_.fiscal_year > 0)
                if (const auto y = year_in(m.seg); y && *y < context_.fiscal_year) {
                    m.earlier_spending = true;
                    unread("这是" + std::to_string(*y) + "年支出的资金，不是本年度的使用数",
                           "money spent in " + std::to_string(*y) + ", not in the year evaluated");
                    continue;
                }
            if (k == kind::used && spending_compared(m.seg)) {
                unread("这是节约、增减或以前年度的支出（节约支出、较上年减少、上年同期等），不是本年度的使用数",
                       "spending saved, a change in spending, or an earlier year's (节约支出, 较上年减少, 上年同期…), "
                       "not what this year spent");
                continue;
            }
            if (k == kind::used && due_before(m.seg)) {
                unread("这是应支付（应发放）的数额，既不是下达的资金，也不是已使用的资金",
                       "an amount due to be paid (应支付), neither money allocated nor money used");
                continue;
            }
            // …剩余未执行完的0.3792万元…，将作为我校2022年…经费使用: kept for next year's use.
            // (Read within 200 characters: a sentence of thousands of amounts would otherwise be read
            // to its end once for each.)
            const auto kept = [&] { return used_next_year(masked.substr(m.m.where.end, 200), context_.fiscal_year); };
            // 未支出的15万元已由财政收回, 余额15万元结转下年使用: money left over, whose fate the words after it give.
            // (结余资金6万元,结转下年由该项目继续使用: what was left, carried into next year — not 结余…已上缴, which
            // reviewers read apart.)
            const auto settle_left = [&](kind was) {
                if (was == kind::remainder && kept()) return kind::carried_forward;
                if (was == kind::surplus) {
                    // (Up to the next amount, and a few characters at most: a sentence of thousands stays linear.)
                    std::u32string_view then = std::u32string_view(masked).substr(m.m.where.end);
                    then = then.substr(0, std::min<std::size_t>({then.size(), next - m.m.where.end, 12}));
                    while (!then.empty() && (is_clause_mark(then.front()) || then.front() == U' ')) then.remove_prefix(1);
                    if (starts_with_any(then, {U"结转下", U"结转至下", U"结转到下", U"结转以后", U"已结转下", U"全部结转下", U"并结转下"}))
                        return kind::carried_forward;
                    // (年末结余228.07万元,为项目支出结转: what it is, named after it — carried forward.)
                    if (then.starts_with(U"为")) {
                        const auto clause = then.substr(0, std::min(then.size(), then.find_first_of(U"，,；;。")));
                        if (clause.ends_with(U"结转") || clause.ends_with(U"结转资金")) return kind::carried_forward;
                    }
                }
                if (was != kind::remainder && !(was == kind::surplus && ends_with_any(trim(m.seg), {U"余额", U"资金余额"})))
                    return was;
                const kind then = kind_after(m.after);
                return then == kind::recovered || then == kind::reduced || then == kind::carried_forward ? then : was;
            };
            k = settle_left(k);
            if (parts_of_unread && (m.part || m.listed) && kind_before(m.seg, s.section, context_.fiscal_year) == kind::none) {
                unread("这是前一句中未计入项目资金的金额（如总投资）的组成部分，同样不计",
                       "a part of an amount the sentence before does not count as the project's money (a total investment), "
                       "so not counted either");
                continue;
            }
            // (不含需2018年结算资金32万元): money the text says is left out of the figure before it.
            if (j > 0 && contains(between, U"不含")) {
                unread("这是前文金额不包含的部分（不含…），不另计为资金", "money the amount before it excludes (不含…), not money of its own");
                continue;
            }
            // 省级补助资金32万元纳入2018年预算 in the book of 2017: money moved into a later year's
            // budget, which this year neither received nor spent.
            if (const auto after = clause_after(masked, m.m.where.end, next); after.starts_with(U"纳入") || after.starts_with(U"列入"))
                if (const auto y = year_in(after.substr(0, 12)); y && context_.fiscal_year > 0 && *y > context_.fiscal_year) {
                    unread("这笔资金纳入了以后年度的预算，本年度既未到位也未使用",
                           "money moved into a later year's budget: this year neither received nor spent it");
                    continue;
                }
            if (narrative) {
                // 发放金额38069.17万元 in an effect paragraph is narrative; 资金3万元已全部到位 is not.
                // …剩余未执行完的0.1万元将作为2024年资助经费使用: money kept for next year, named after it.
                // (自治区补助300万元 259.45万元: the words before another amount are not this one's.)
                const auto seg_at = static_cast<std::size_t>(m.seg.data() - masked.data());
                const auto own = j > 0 && found[j - 1].where.end > seg_at ? between : m.seg;
                // (执行数为1050万元: a form's figure named in a sentence is money too.)
                // (…未于拨付,实际拨付114万元: money paid out, by its verb.)
                // (其中专项债券到账2.1亿元: a special bond's money.)
                // (项目执行金额2856.63万元: what the budget's execution came to.)
                const bool about_money = saved_after_use || subsidies_paid ||
                                         contains_any(own, {U"资金", U"经费", U"预算", U"补助", U"总支出", U"实际支出", U"执行数", U"执行金额",
                                                            U"支出数", U"到位数", U"实际拨付", U"已拨付", U"债券", U"国债"}) ||
                                         (k == kind::carried_forward && contains_any(s.masked, {U"资金", U"经费"})) ||
                                         // (支出66.99亿元，支出进度92.7%: spending with its progress right after it.)
                                         (k == kind::used && progress_follows(std::u32string_view(masked).substr(m.m.where.end))) ||
                                         // (In a book without sections, 全年累计到位10800万元: what came is money; 安排我局
                                         // 11000万元: so is what was given to the unit itself.)
                                         (context_.loose && k == kind::arrival) ||
                                         // (2018年结余10.899万元 in the loose book of 2019: money carried in.)
                                         (context_.loose && k == kind::prior_allocation) ||
                                         (context_.loose && k == kind::allocation &&
                                          contains_any(own, {U"我局", U"我单位", U"我委", U"我院", U"我校", U"我中心", U"我站",
                                                             U"我所", U"我区", U"我县", U"我市", U"我镇", U"我乡"})) ||
                                         // (共计152万元资金全部支付到位: the amount of money, named right after it.)
                                         (k == kind::none && starts_with_any(std::u32string_view(masked).substr(m.m.where.end),
                                                                             {U"资金", U"经费"}));
                if (k == kind::none) k = kind_after(m.after);
                // In a book without sections, the first money its own words name (评价对象为…专项资金
                // 16750万元) is the project's; a bare 259.45万元 is not.
                // (…受益农户13户,…享受中央财政补贴资金6.33万元: what those it is for received, not money the unit had.)
                if (k == kind::none && context_.loose && about_money && j == 0 && !m.m.per_capita &&
                    !contains_any(m.seg, {U"享受", U"受益"}))
                    k = kind::allocation;
                // The project's money wherever the text says so: a fund named right before its amount,
                // then what it is for (科普活动专项经费35万元,用于全年科普宣传), or its budget (…项目资金预算
                // 386万元,其中中央财政资金236万元…).
                if (k == kind::none && j == 0 && !m.m.per_capita) {
                    const auto named = trim(m.seg);
                    const auto after_amount = std::u32string_view(masked).substr(m.m.where.end);
                    if ((ends_with_any(named, {U"专项经费", U"专项资金", U"补助资金", U"项目资金", U"工作经费", U"公益金"}) &&
                         (after_amount.starts_with(U"，用于") || after_amount.starts_with(U",用于"))) ||
                        ends_with_any(named, {U"资金预算", U"经费预算"}))
                        k = kind::allocation;
                }
                // 三、政策效果 … 安排直达资金11948万元作为县级财力保障…预算 after the funds paragraphs (or, in a book
                // without sections, the text before) stated the total (下达…直达资金共计62539.49万元): money arranged
                // for a purpose, a use of the total, not money of its own.
                std::u32string_view purpose = std::u32string_view(masked).substr(m.m.where.end);
                if (purpose.starts_with(U"，") || purpose.starts_with(U",")) purpose.remove_prefix(1);
                if (k == kind::allocation && funds_whole && *m.m.amount < *funds_whole &&
                    starts_with_any(purpose, {U"作为", U"用于", U"主要用于"})) {
                    unread("它在资金段落以外，是资金段落所述资金中安排作某一用途的部分，不是另一笔资金",
                           "outside the funds paragraphs, the part of the money they state arranged for one purpose, "
                           "not money of its own");
                    continue;
                }
                if (!about_money || k == kind::none || k == kind::item || k == kind::remainder) {
                    unread("它不在资金段落中，读作叙述中的数字而非项目资金",
                           "it is outside the funds paragraphs and reads as narrative, not as the project's money");
                    continue;
                }
            }
            if (k == kind::none) {
                k = kind_after(m.after);
                // (总投资212.89万元,其中…99.49万元,…99.49万元,剩余13.91万元为县财政资金: among the listed parts, the rest is
                // the money the words after it name.)
                if (k == kind::none && contains_any(m.seg, {U"剩余", U"余下", U"其余", U"尚余"}))
                    k = !(m.listed && trim(m.after).starts_with(U"为") && contains(m.after, U"资金")) ? kind::remainder
                        : prev == kind::arrival                                                         ? kind::arrival
                                                                                                        : kind::allocation;
            }
            k = settle_left(k);
            // 共计592万元，其中…下达240万元；…下达40万元；…结转24万元；…: among the sources a total is
            // listed by, 结转 is money carried in from before, not carried out.
            if (k == kind::carried_forward && m.listed && (prev == kind::allocation || prev == kind::prior_allocation))
                k = kind::prior_allocation;
            // 本年度收到第二批补助2.5万元、提前下达补助3.5万元: 收到 governs the list; 提前下达补助
            // names the tranche that came.
            if (k == kind::allocation && prev == kind::arrival && j > 0 && between.starts_with(U"、") &&
                !contains_any(between, {U"，", U",", U"；", U";"}))
                k = kind::arrival;
            // 项目资金用于购买ICU设备：血液净化设备35万元、有创呼吸机34万元…: a list whose lead says
            // what the money paid for is of items.
            if (k == kind::none && j == 0) {
                const auto seg_begin = static_cast<std::size_t>(m.seg.data() - masked.data());
                // (…用于疫情防控的…项目(简称:雪亮工程)转移支付预算2842.5157万元: a colon inside brackets
                // leads no list.)
                const auto lead = seg_begin > 0 ? clause_before(masked, seg_begin - 1) : std::u32string_view();
                if (seg_begin > 0 && (masked[seg_begin - 1] == U'：' || masked[seg_begin - 1] == U':') &&
                    contains_any(lead, {U"用于", U"支出明细", U"用途"}) && !in_open_bracket(lead))
                    k = kind::item;
            }
            if (k == kind::none && purchases >= 2 && purchase[j]) k = kind::item;
            const bool worded = k != kind::none;  // a word in its own clause says what it is
            // 2016年预算额度1300万元，其中省妇联本级300万元，对下级妇联支付1000万元: the shares of a budget
            // stated before 其中 (what part goes where), neither money of their own nor spending.
            // (其中：中央配套4.68万元，省级配套1.76万元: levels' shares are the money's tranches.)
            if (first_qizhong < m.m.where.begin && !m.explicit_level && (k == kind::none || k == kind::used || k == kind::allocation ||
                                                                         k == kind::budget_adjusted || k == kind::budget_initial)) {
                bool of_budget = false;
                for (std::size_t b = 0; b < j; ++b)
                    if (found[b].where.begin < first_qizhong && (kinds[b] == kind::budget_adjusted || kinds[b] == kind::budget_initial))
                        of_budget = true;
                if (of_budget) {
                    unread("这是前文预算数的一部分（其中所列的分配），不另计为资金，也不是支出",
                           "a share of the budget stated before 其中, neither money of its own nor spending");
                    continue;
                }
            }
            if (m.part && (prev == kind::used || prev == kind::item) && (k == kind::none || k == kind::used))
                k = kind::item;
            // ①发放补助资金50万元；②购置设备资金20万元: a list of what the money paid for. Each is an
            // item (used is their sum), the first too once the second shows it is a list.
            m.marked = list_marker_in(between);
            if (j == 0)
                if (const auto n = parse_numbering(masked); n && n->style != numbering_style::none) m.item_number = n->value;
            // (…;增设发酵池十二个3.2万元;共计40.83万元: the sum after the items is what was spent, below.)
            if (m.marked && !m.summed && !mentions_.empty() && mentions_.back().sentence == si && (k == kind::none || k == kind::used) &&
                (prev == kind::used || prev == kind::item)) {
                if (prev == kind::used && mentions_.back().marked && mentions_.back().k == kind::used)
                    mentions_.back().k = kind::item;
                if (mentions_.back().k == kind::item) k = kind::item;
            }
            // 图书采购支出2 万元、报刊支出1 万元: spending listed by what it paid for, each with its verb, is
            // items (used is their sum), not one figure told twice.
            if (j > 0 && k == kind::used && !mentions_.empty() && mentions_.back().sentence == si &&
                mentions_.back().k == kind::used && between.starts_with(U"、") && purpose_before_spending(between) &&
                purpose_before_spending(mentions_.back().seg)) {
                mentions_.back().k = kind::item;
                kinds[j - 1] = kind::item;
                k = kind::item;
            }
            // 免费开放项目支出251384.66元,主要用于…办公费支出34000.00元,维修(护)费61200.00元: what was spent (or
            // given), then in the amount's own clause what it went to, item by item. (…50万元,用于X,已支出30万元
            // spends in a clause of its own.)
            if (j > 0 && (k == kind::none || k == kind::used) && (prev == kind::used || prev == kind::allocation) &&
                !mentions_.empty() && mentions_.back().sentence == si) {
                const auto mark = between.find_last_of(U"，,；;");
                if (contains(mark == std::u32string_view::npos ? between : between.substr(mark), U"用于")) k = kind::item;
            }
            // 累计支出防火物资采购9.50万元,森林防火宣传资料印刷费用7.75万元,扑火队员开支30.75万元: the verb, then
            // what the money went to, item by item, each amount after its name.
            if (j > 0 && (k == kind::none || k == kind::used) && !mentions_.empty() && mentions_.back().sentence == si &&
                (between.starts_with(U"，") || between.starts_with(U",")) && !says_in_all(between)) {
                if (mentions_.back().k == kind::used && names_what_was_bought(mentions_.back().seg)) mentions_.back().k = kind::item;
                if (mentions_.back().k == kind::item) k = kind::item;
            }
            // …、便携式超声系统110万元，共计401.7万元: the sum of the items is what was used.
            if (k == kind::none && m.summed && prev == kind::item) k = kind::used;
            // (下达资金30万元,带动产值16万元: what the money brought about is no money of the project; so is
            // the investment in works it aims at, 年度完成固定资产投资20亿元以上.)
            const bool effect = contains_any(between, {U"带动", U"产值", U"增收", U"节约", U"受益", U"拉动", U"撬动",
                                                       U"固定资产投资", U"社会投资", U"社会资本"});
            // (…受益13147户,拉动农户(农业生产组织)投入资金6.36亿元: what others put in because of it, though 投入 is
            // a word of money allocated.)
            const bool drawn_in = k == kind::allocation && contains_any(m.seg, {U"带动", U"拉动", U"撬动", U"吸引"});
            if ((k == kind::none && effect) || drawn_in) {
                unread("这是资金带来的效益（带动、产值、增收等），不是项目资金",
                       "what the money brought about (带动, 产值, 增收…), not money of the project");
                continue;
            }
            // 2022年结转资金20万元，2023年预算资金80万元: this year's budget listed after last year's carry-over, as the
            // other source of the money — a tranche, not the project's budget (which the two make together).
            if ((k == kind::budget_adjusted || k == kind::budget_initial) && j > 0 && prev == kind::prior_allocation &&
                mentions_.back().sentence == si && !m.part && starts_with_any(between, {U"，", U",", U"、", U"；", U";"}) &&
                (contains_any(m.seg, {U"本年", U"当年"}) || (context_.fiscal_year > 0 && year_in(m.seg) == context_.fiscal_year)))
                k = kind::allocation;
            // 实际完成85万元: completed — spending or works done, the text does not say which; no money allocated.
            if (k == kind::none && ends_with_any(trim(m.seg), {U"完成", U"完成了"})) {
                unread("这是“完成”的数额，未说明是支出还是完成的工作量，不作为资金数",
                       "an amount 完成 (completed): whether spending or work done the text does not say, so no funds figure");
                continue;
            }
            if (k == kind::none) {
                const auto clause_after_it = clause_after(masked, m.m.where.end, next);
                if (items_mode) k = kind::item;
                // (县级资金40万元到位30万元 after 中央资金60万元到位60万元, 县级资金40万元，已支出40万元 after …已支出50万元:
                // the money, then what of it came or was spent — not one more of what came or was spent.)
                else if ((runs_into_next || (j + 1 < found.size() && next - m.m.where.end <= 8)) && funds && !m.part && !contains(m.seg, U"预算") &&
                         (arrival_follows(masked.substr(m.m.where.end, next - m.m.where.end)) ||
                          spending_follows(masked.substr(m.m.where.end, next - m.m.where.end))))
                    k = kind::allocation;
                // (…上年结转资金10万元,其他资金0万元: other money is no carry-over from last year.)
                // (2022年度结余…91.6294万元,2023年本年留成46.6784万元: this year's money after last year's.)
                else if (prev == kind::prior_allocation &&
                         (contains_any(m.seg, {U"其他资金", U"本年", U"当年"}) ||
                          (context_.fiscal_year > 0 && year_in(m.seg) == context_.fiscal_year)))
                    k = kind::allocation;
                // (预算飞行经费共计9799.2万元,其中中央补助资金7814万元,省级补助资金1985.2万元: a budget's shares by
                // level are the money's tranches, the levels' allocations.)
                else if ((prev == kind::budget_adjusted || prev == kind::budget_initial) && m.part && m.explicit_level)
                    k = kind::allocation;
                else if (prev != kind::none && prev != kind::remainder) k = prev;
                // 将奖补资金1639.69万元拨付给我局账户: paid over to the unit, which is what came.
                else if (contains_any(clause_after_it, {U"拨付给我", U"拨付至我", U"拨付到我", U"拨入我"}))
                    k = kind::arrival;
                // 项目资金共2179万元，…已完成拨付2113.63万元: with no verb, a total restates the money, it is not spent.
                // 市级资金4万元，全部到位并使用完毕: the money that is then said to have come.
                // 1.项目资金到位情况分析。医院自筹配套资金201.7万元。: under the arrival heading, what came.
                // (将资金76178万元全部分配下达 names its verb after it: an allocation; 电视专题节目制作经费项目50万元,
                // 实际到位50万元: the money, then what of it came.)
                else if (within(s.section, section_id::funds_arrival) && !m.part &&
                         !says_in_all(m.seg) &&
                         !contains_any(clause_after_it, {U"下达", U"分配", U"安排", U"拨付"}) &&
                         !(j + 1 < found.size() && arrival_follows(masked.substr(m.m.where.end, next - m.m.where.end))))
                    k = kind::arrival;
                // 2.预算资金来源及使用情况 (1)预算安排情况 经费预算数为16万元: the budget, not what was spent.
                else if (within(s.section, section_id::funds_use) && names_the_budget(m.seg))
                    k = kind::budget_adjusted;
                // (二、公益金支出情况 …公益金总收入622.43万元,支出316.81万元: under the spending heading, the income
                // named before the spending — the fund's money, not what was spent.)
                else if (within(s.section, section_id::funds_use) && names_income(m.seg))
                    k = kind::allocation;
                // (…10万元项目资金2017年内已经支: the text breaks off in the sentence that would say what the bare amount
                // is; it says nothing.)
                else if (within(s.section, section_id::funds_use) && !clause_after_it.empty() && breaks_off_in(si))
                    k = kind::none;
                // (专项资金144.53万元,全年执行数133.53万元: the money, then what of it was spent.)
                // (…基金50万元,用于支付修建…厕所: the money and what it is for, not what was spent.)
                else if (within(s.section, section_id::funds_use))
                    k = says_in_all(m.seg) ||
                                (clause_after_it.empty() && for_a_purpose(masked.substr(m.m.where.end, next - m.m.where.end))) ||
                                arrival_follows(masked.substr(m.m.where.end, next - m.m.where.end)) ||
                                (j + 1 < found.size() && !contains(m.seg, U"预算") &&
                                 spending_follows(masked.substr(m.m.where.end, next - m.m.where.end)))
                            ? kind::allocation
                            : kind::used;
                // 此专项经费预算数70万元,全年执行数70万元: the budget the spending after it is weighed against.
                else if (funds && names_the_budget(m.seg) && trim(m.seg).ends_with(U"预算数") &&
                         contains(std::u32string_view(masked).substr(m.m.where.end), U"执行数"))
                    k = kind::budget_adjusted;
                else if (funds) k = kind::allocation;
                // (申请资金2元 after 申请资金1元: a list's applications are applications too.)
                m.applied = k == kind::allocation && contains_any(m.seg, {U"申请", U"申报"});
            }
            // 中央下达我市…资金共24047万元。…将2.4亿元资金下拨用于实施清洁取暖,47万元资金下拨用于…: in the funds paragraphs
            // too, less than the whole, passed on for a purpose right after its amount, is a use of the whole.
            if (funds && k == kind::allocation && funds_whole && *m.m.amount < *funds_whole && !m.explicit_level &&
                starts_with_any(std::u32string_view(masked).substr(m.m.where.end), {U"资金下拨用于", U"下拨用于", U"资金用于"})) {
                unread("这是前文资金总额中下拨作某一用途的部分，不是另一笔资金",
                       "a part of the whole stated before, passed on for one purpose, not money of its own");
                continue;
            }
            // 2024年预算安排资金120万元, 申请2024年资金 in the book of 2023: money for a later year, not this one's.
            if (k == kind::allocation && context_.fiscal_year > 0)
                if (const auto y = year_of_money(m.seg); y && *y > context_.fiscal_year) {
                    unread("这是" + std::to_string(*y) + "年的资金，不是本年度的资金",
                           "money for " + std::to_string(*y) + ", not for the year evaluated");
                    continue;
                }
            // (Arrivals that add up to the allocation say it came; items what it paid for: read on.)
            // (其中 parts and a level's money are the total's tranches: read on.)
            // (Under a heading that divides the money stated before — （二）省内资金安排、分解下达… —
            // 下达各市县中央…资金39565.55万元 names the central money it passes on: the same money.)
            if (restates_earlier && k == kind::allocation && !m.part && !m.listed && (!m.explicit_level || s.divides_money) &&
                !parts_inherit) {
                unread("这些金额合计等于前文已给出的一笔下达或到位资金，是它的分批或明细，不另计",
                       "these amounts add up to money allocated or arrived that the text stated before: its batches or "
                       "parts, not money of their own");
                continue;
            }
            // A line that names its level (中央资金60万元) is the level's money, read as such — unless the
            // total it breaks down names that level too (中央…资金15.4235亿元…一是中央…资金(重特大…)9.9162亿元);
            // under （三）市县资金安排、分解下达…, so is money named by its source (市县下达资金2040.56万元).
            const bool own_source = s.divides_money && contains_any(m.seg, {U"市县", U"本级", U"配套", U"自筹", U"地方"});
            if (breaks_down && m.m.where.begin >= breakdown_from && !m.summed && !own_source &&
                (!enumerated_below || !(*enumerated_below < *m.m.amount)) &&
                (k == kind::allocation || k == kind::arrival || k == kind::budget_adjusted || (k == kind::used && !worded)) &&
                (!m.explicit_level || m.explicit_level == breakdown_level ||
                 (!enumerated_below && j > 0 && m.explicit_level == mentions_[first_mention_[si]].explicit_level &&
                  found.front().where.begin < breakdown_from))) {
                m.breakdown_part = true;
                unread("这是前文资金的明细（“具体…如下”之后所列的一项），不另计为一笔资金",
                       "a line of the breakdown of money stated before (listed after 具体…如下), not money of its own");
                continue;
            }
            // 其中于80万元洪涝灾害资金…分配如下 after 预算数180万元,全年执行数180万元: a part of money stated
            // before, which the sentence before, ending on what was spent, does not name again.
            // (…中央直达资金规模72.30亿元,支出66.99亿元…。其中,市本级管理的中央财政直达资金总额为34.25亿元: a
            // level named again, the level of the money allocated before.)
            const auto level_of_before = [&] {
                const auto last_allocated = std::find_if(mentions_.rbegin(), mentions_.rend(),
                                                         [](const mention& x) { return x.k == kind::allocation; });
                return !m.explicit_level ||
                       (last_allocated != mentions_.rend() && last_allocated->explicit_level == m.explicit_level);
            };
            if (j == 0 && parts_of_previous && !parts_inherit && k == kind::allocation && level_of_before() &&
                !stated_amounts.empty() && *m.m.amount < *stated_amounts.rbegin()) {
                unread("这是前文资金中的一部分（其中…），不另计为一笔资金", "a part (其中…) of money stated before, not money of its own");
                continue;
            }
            // (…预算10441万元。其中，中央转移支付资金8353万元…: the total may end the sentence before.)
            const bool parts_of_last = !mentions_.empty() && (mentions_.back().sentence == si || (j == 0 && parts_of_previous));
            // (本年总收入44.47万元,其中上年结转36.97万元: the year's money holds last year's carry-over.)
            if (m.part && parts_of_last &&
                (mentions_.back().k == kind::allocation || mentions_.back().k == kind::arrival) &&
                (k == mentions_.back().k || (mentions_.back().k == kind::allocation && k == kind::prior_allocation)))
                mentions_.back().total = true;
            // (…通知下达老年人福利90.79万元、养老服务5.74万元: outside the funds paragraphs a list's verb
            // still governs the names it lists, each followed by its amount and nothing else.)
            const bool listed_after_verb =
                j > 0 && prev == kind::allocation && mentions_.back().sentence == si && !m.part &&
                (between.starts_with(U"、") || between.starts_with(U"，") || between.starts_with(U",")) && between.size() <= 14 &&
                std::none_of(between.begin() + 1, between.end(), [](char32_t c) { return is_digit(c) || c == U'，' || c == U','; }) &&
                !contains_any(between, {U"实现", U"完成", U"收入", U"投资"});
            // (共安排资金130万元，其中中央资金100万元、省级资金20万元…: outside the funds paragraphs too, a level's
            // part of the worded money before it in the sentence is of that money's kind.)
            // (Not when the list goes on to money worded of its own: …其中中央财政资金30.9万元,县财政配套资金30.9万元,
            // 2021年度中央下达资金61.8万元.)
            const bool level_part_of_worded = m.part && m.explicit_level && j > 0 && mentions_.back().sentence == si &&
                                              (prev == kind::allocation || prev == kind::arrival) &&
                                              first_qizhong != std::u32string_view::npos && !worded_after_qizhong;
            if (!funds && !worded && k != kind::budget_initial && k != kind::budget_adjusted && !(parts_inherit && m.part) &&
                !listed_after_verb && !level_part_of_worded)
                k = kind::none;
            // (…its level too: 中央…下达A 90.79万元、B 5.74万元.)
            if (listed_after_verb && !worded && !m.explicit_level && mentions_.back().explicit_level) {
                m.explicit_level = mentions_.back().explicit_level;
                m.level_word = mentions_.back().level_word;
                m.level_at = mentions_.back().level_at;
            }
            // (中央资金60万元，已支出50万元；县级资金40万元，已支出40万元: what a level's money right before it spent
            // is that level's spending; the levels' spending then adds up.)
            if (k == kind::used && !m.explicit_level && j > 0 && prev == kind::allocation && mentions_.back().sentence == si &&
                mentions_.back().explicit_level && !m.part && !says_in_all(m.seg) && between.size() <= 8) {
                m.explicit_level = mentions_.back().explicit_level;
                m.level_word = mentions_.back().level_word;
                m.level_at = mentions_.back().level_at;
            }
            if (k == kind::item) items_mode = true;
            // 下达111万元…，调减40万元，全年实际下达71万元: what is left after the cut is the year's
            // budget (全年预算数), no allocation of its own. (JX-F002 and JX-F009 net the cut out.)
            if (k == kind::allocation && first_allocation && reduced_before.is_positive() && !m.part &&
                *m.m.amount == *first_allocation - reduced_before) {
                k = kind::budget_adjusted;
                m.after_cut = true;
            }
            // 截至目前，该项目向上争取并成功获批…资金7.8亿元: what the project got over all its years, not
            // this year's allocation (unless the sentence dates it in the year: 截至2023年底累计下达…).
            if (k == kind::allocation && context_.fiscal_year > 0 && all_years_at < m.m.where.begin && !names_the_year &&
                !states_use_rate) {
                unread("这是项目历年累计的资金，不是本年度下达的资金",
                       "money the project got over all its years so far, not this year's allocation");
                continue;
            }
            // 截止2013年已安排项目经费380万元 in the book of 2017: what years before the last one had.
            if ((k == kind::allocation || k == kind::prior_allocation) && context_.fiscal_year > 0)
                if (const auto until = std::min(m.seg.find(U"截止"), m.seg.find(U"截至")); until != std::u32string_view::npos)
                    if (const auto y = year_in(m.seg.substr(until, 8)); y && *y < context_.fiscal_year - 1) {
                        unread("这是更早年份（截至" + std::to_string(*y) + "年）累计的资金，不是本年度的资金",
                               "money of earlier years (up to " + std::to_string(*y) + "), not this year's");
                        continue;
                    }
            // 共下达资金300万元,其中中央资金到位200万元,省级资金到位100万元: the total's parts, each worded
            // by its arrival, are its allocations, and each came. (下达…20万元，其中专项资金20万元…全部到位:
            // all of it is no part; it says the money came.)
            if (k == kind::arrival && m.part && first_allocation && *m.m.amount < *first_allocation) {
                k = kind::allocation;
                m.arrived_part = true;
            }
            if (k == kind::allocation && !first_allocation) first_allocation = *m.m.amount;
            if (k == kind::allocation && m.summed && allocated_before.is_positive() && *m.m.amount == allocated_before)
                summed_totals.push_back(*m.m.amount);
            else if (k == kind::allocation && !m.part) allocated_before += *m.m.amount;
            if (k == kind::reduced && first_allocation) reduced_before += *m.m.amount;
            if ((k == kind::allocation || k == kind::arrival) && !m.part && !m.listed) stated_amounts.insert(*m.m.amount);
            if ((funds || context_.loose) && k == kind::allocation && !m.part &&
                (m.total || contains_any(m.seg, {U"共计", U"合计", U"总计", U"总额"}) || trim(m.seg).ends_with(U"资金共")) &&
                (!funds_whole || *funds_whole < *m.m.amount))
                funds_whole = *m.m.amount;
            if (k == kind::item) {
                const auto rest = std::u32string_view(masked).substr(m.m.where.end);
                // (乙经费5万元（结余15万元已上缴财政）: what became of money left, no breakdown.)
                const kind opening = rest.size() > 1 ? kind_before(rest.substr(1, 4), s.section, 0) : kind::none;
                if ((rest.starts_with(U"（") || rest.starts_with(U"(")) && opening != kind::surplus &&
                    opening != kind::carried_forward && opening != kind::recovered) {
                    const auto close = rest.find_first_of(U"）)");
                    item_breakdown_end = m.m.where.end + (close == std::u32string_view::npos ? rest.size() : close);
                }
            }
            m.k = k;
            prev = k;
            kinds[j] = k;
            if (k == kind::allocation && m.m.amount) {
                const auto larger = [&](std::optional<money>& slot) {
                    if (!slot || *slot < *m.m.amount) slot = *m.m.amount;
                };
                larger(largest_allocation);
                larger(largest_allocation_in_book);
                if (m.explicit_level) larger(largest_allocation_of[static_cast<std::size_t>(*m.explicit_level)]);
            }
            mentions_.push_back(std::move(m));
        }
    }
    first_mention_.push_back(mentions_.size());
    tranche_of_.assign(mentions_.size(), no_tranche);
}

// The items are each numbered line's first amount, numbered from 1 on without a gap, and their sum
// must be the spending to the fen: a list that adds up to something else is not taken for it. The
// amounts after the first in a line are that item's own breakdown, left to a reviewer.
void funds_reader::numbered_uses() {
    for (std::size_t u = 0; u < mentions_.size(); ++u) {
        const mention& total = mentions_[u];
        // (The spending a list follows is the last of its sentence, but for what was left —
        // 支出总额为57296.97元,结余78671.03元: one look ahead per sentence at most.)
        if (total.k != kind::used || !total.m.amount || !within(of(total).section, section_id::funds)) continue;
        const auto sentence_end = mentions_of(total.sentence).second;
        bool last_spent = true;
        for (std::size_t later = u + 1; later < sentence_end && last_spent; ++later)
            last_spent = mentions_[later].k == kind::surplus || mentions_[later].k == kind::carried_forward;
        if (!last_spent) continue;
        std::vector<std::size_t> firsts;
        money sum;
        for (std::size_t si = total.sentence + 1; si < sentences_.size() && sum < *total.m.amount; ++si) {
            const auto [b, e] = mentions_of(si);
            if (b == e) continue;
            const mention& f = mentions_[b];
            if (f.item_number != static_cast<int>(firsts.size()) + 1 || !f.m.amount || f.m.per_capita ||
                !within(of(f).section, section_id::funds) ||
                (f.k != kind::used && f.k != kind::none && f.k != kind::item))
                break;
            firsts.push_back(b);
            sum += *f.m.amount;
        }
        if (firsts.size() < 2 || sum != *total.m.amount) continue;
        for (const std::size_t b : firsts) {
            mentions_[b].k = kind::item;
            // Its purpose is the whole line before the amount, without the numbering
            // ((二)援建和维护公共体育场地、设施支出: not only what follows the 、).
            const std::u32string_view masked = of(mentions_[b]).masked;
            if (const auto n = parse_numbering(masked); n && n->length <= mentions_[b].m.where.begin)
                mentions_[b].seg = masked.substr(n->length, mentions_[b].m.where.begin - n->length);
            const auto [first, last] = mentions_of(mentions_[b].sentence);
            for (std::size_t i = first + 1; i < last; ++i) {
                mention& inner = mentions_[i];
                if (inner.k != kind::used && inner.k != kind::none && inner.k != kind::item) continue;
                inner.k = kind::none;
                inner.reason_zh = "这是第" + std::to_string(mentions_[b].item_number) + "项支出的明细，不另计";
                inner.reason_en = "part of item " + std::to_string(mentions_[b].item_number) + "'s spending, not counted again";
            }
        }
        u = firsts.back();
    }
}

// Only when they add up to it to the fen: parts that leave some of it out (其中于80万元…分配如下 of 180万元)
// say what some of the money did, and reading them as items would set them against the whole (JX-F008).
void funds_reader::parts_of_spending() {
    for (std::size_t si = 1; si < sentences_.size(); ++si) {
        const auto [b, e] = mentions_of(si);
        const auto [pb, pe] = mentions_of(si - 1);
        if (b == e || pb == pe || sentences_[si - 1].section != sentences_[si].section) continue;
        const mention& total = mentions_[pe - 1];
        if (total.k != kind::used || !total.m.amount || !trim(sentences_[si].masked).starts_with(U"其中")) continue;
        money sum;
        bool spending = true;
        for (std::size_t i = b; i < e && spending; ++i) {
            const mention& m = mentions_[i];
            spending = m.m.amount && !m.m.per_capita && m.reason_en.empty() &&
                       (m.k == kind::used || m.k == kind::item || m.k == kind::none);
            if (spending) sum += *m.m.amount;
        }
        if (!spending || e - b < 2 || sum != *total.m.amount) continue;
        for (std::size_t i = b; i < e; ++i) mentions_[i].k = kind::item;
    }
}

void funds_reader::summed_uses() {
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        if (!sentences_[si].under_use_heading) continue;
        const auto [b, e] = mentions_of(si);
        if (e - b < 3) continue;
        const mention& total = mentions_[e - 1];
        if (!total.summed || !total.m.amount) continue;
        money sum;
        bool items = true;
        for (std::size_t i = b; i + 1 < e && items; ++i) {
            const mention& m = mentions_[i];
            items = m.m.amount && !m.m.per_capita && !m.part && !m.summed && m.reason_en.empty() &&
                    (m.k == kind::none || m.k == kind::item || m.k == kind::allocation || m.k == kind::used) &&
                    !contains_any(m.seg, {U"下达", U"拨付", U"安排", U"到位", U"预算"});
            if (items) sum += *m.m.amount;
        }
        if (!items || sum != *total.m.amount) continue;
        for (std::size_t i = b; i + 1 < e; ++i) mentions_[i].k = kind::item;
        mentions_[e - 1].k = kind::used;
    }
}

// The level of money named in a sentence without a level word next to it:
// level words elsewhere in the sentence (not next to another amount), then
// the project's default.
std::pair<level, std::string> funds_reader::sentence_level(const mention& m, x_record& x, const std::string& field) {
    const sentence& s = of(m);
    // The same for every amount of the sentence: found once (a long sentence of many
    // amounts would otherwise be copied and searched once for each).
    auto cached = sentence_levels_.find(m.sentence);
    if (cached == sentence_levels_.end()) {
        std::u32string masked = s.masked, folded = s.folded;
        const auto [first, last] = mentions_of(m.sentence);
        for (std::size_t i = first; i < last; ++i) {
            const mention& other = mentions_[i];
            const std::size_t b = static_cast<std::size_t>(other.seg.data() - s.masked.data());
            std::fill(masked.begin() + static_cast<std::ptrdiff_t>(b), masked.begin() + static_cast<std::ptrdiff_t>(other.m.where.end), U' ');
            std::fill(folded.begin() + static_cast<std::ptrdiff_t>(b), folded.begin() + static_cast<std::ptrdiff_t>(other.m.where.end), U' ');
        }
        std::optional<level_word> found = best_level(masked);
        if (!found) found = best_level(folded);
        cached = sentence_levels_.emplace(m.sentence, found).first;
    }
    const std::optional<level_word>& w = cached->second;
    if (w) {
        const auto word = s.printed.substr(w->at, w->length);
        x.add(field, word, s);
        return {w->value, "level " + std::string(vocabulary(w->value).id) + " from " + in_quotes(word) + " in line " +
                              std::to_string(s.line) + " (no level word next to the amount)"};
    }
    const auto& d = context_.fallback;
    if (d.line != 0) x.add(field, d.word, d.line, d.sentence);
    return {d.value, "level " + std::string(vocabulary(d.value).id) + ": no level word in the sentence; " + d.why};
}

draft_tranche& funds_reader::new_tranche(const mention& m) {
    // Matching what a sentence says against the tranches read so far costs time in
    // their number; no report gives a project that many (41 published books give at
    // most 14), so a text that would is refused rather than read for minutes.
    if (tranches_.size() == max_tranches_per_project)
        refuse_beyond(max_tranches_per_project,
                      {"一个项目的文字写出了", "笔下达或到位的资金", "没有哪份自评报告的一个项目有这么多笔资金",
                       "one project's text states", "allocations or arrivals of money",
                       "no self-evaluation report gives one project that many"},
                      of(m).line);
    draft_tranche d;
    d.first_sentence = m.sentence;
    d.t.amount = *m.m.amount;
    d.t.source = fund_source::current_year;
    if (m.explicit_level) {
        d.t.level = *m.explicit_level;
        d.level_explicit = true;
        d.x.add("level", m.level_word, of(m), m.level_at);
    } else {
        auto [lvl, why] = sentence_level(m, d.x, "level");
        d.t.level = lvl;
        d.x.note(why);
    }
    tranches_.push_back(std::move(d));
    return tranches_.back();
}

bool funds_reader::restates_a_part(mention& m) const {
    for (const auto& earlier : mentions_) {
        if (&earlier == &m) break;
        if (!earlier.breakdown_part || earlier.m.amount != m.m.amount || earlier.sentence == m.sentence) continue;
        m.reason_zh = "前文已把这笔钱列为某笔资金的明细（" + fmt_money(*m.m.amount) + "），此处重述，不另计";
        m.reason_en = "the text listed this money (" + fmt_money(*m.m.amount) +
                      ") as a line of a breakdown before; stated again, it is no tranche of its own";
        return true;
    }
    return false;
}

namespace {
// 包含A、B、C项目。 after an amount: the names listed (no amount among them), else none.
std::vector<std::u32string_view> names_included_after(std::u32string_view rest) {
    std::size_t at = std::u32string_view::npos, word = 0;
    // (,包含…: the clause right after it.)
    for (const std::u32string_view w : {U"包含", U"包括"})
        if (const auto f = rest.substr(0, 2 + w.size()).find(w); f < at) at = f, word = w.size();
    if (at == std::u32string_view::npos) return {};
    rest.remove_prefix(at + word);
    // (A list of a few names: a sentence of thousands is not split again for each amount after it.)
    rest = rest.substr(0, std::min<std::size_t>(rest.find_first_of(U"。；;"), 256));
    std::vector<std::u32string_view> names;
    while (!rest.empty()) {
        const auto end = std::min(rest.find_first_of(U"、，,"), rest.size());
        auto name = trim(rest.substr(0, end));
        for (const std::u32string_view tail : {U"等", U"项目", U"资金"})
            if (name.ends_with(tail)) name.remove_suffix(tail.size());
        if (name.find_first_of(U"0123456789") != std::u32string_view::npos) return {};  // money among them
        if (!name.empty()) names.push_back(name);
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return names.size() >= 2 ? names : std::vector<std::u32string_view>{};
}
}  // namespace

bool funds_reader::named_part_of_earlier(mention& m) const {
    auto clause = m.seg;
    for (const std::u32string_view tail : {U"资金", U"经费", U"共计", U"共", U"为"})
        if (clause.ends_with(tail)) clause.remove_suffix(tail.size());
    for (const auto& t : tranches_) {
        if (t.mentions.empty() || t.first_sentence == m.sentence || !(*m.m.amount < t.t.amount)) continue;
        const mention& total = mentions_[t.mentions.front()];
        const auto& text = of(total).masked;
        for (const auto name : names_included_after(std::u32string_view(text).substr(total.m.where.end))) {
            // The name's last six characters or more (the whole name when shorter) end the clause.
            std::size_t common = 0;
            while (common < name.size() && common < clause.size() &&
                   name[name.size() - 1 - common] == clause[clause.size() - 1 - common])
                ++common;
            if (common < std::min<std::size_t>(6, name.size())) continue;
            m.reason_zh = "这是前文" + fmt_money(t.t.amount) + "所包含的“" + utf8(name) + "”一项，不另计为一笔资金";
            m.reason_en = "one of what the " + fmt_money(t.t.amount) + " stated before includes (" + utf8(name) +
                          "), no tranche of its own";
            return true;
        }
    }
    return false;
}

bool funds_reader::breaks_off_in(std::size_t i) const {
    return i + 1 == sentences_.size() &&
           !ends_with_any(trim(sentences_[i].printed), {U"。", U"！", U"？", U"!", U"?", U".", U"”", U"）", U")", U"；", U";"});
}

void funds_reader::bind(draft_tranche& d, std::size_t mention) {
    d.mentions.push_back(mention);
    tranche_of_[mention] = static_cast<std::size_t>(&d - tranches_.data());
}

bool funds_reader::compatible(const draft_tranche& d, const mention& m) const {
    return !m.explicit_level || !d.level_explicit || d.t.level == *m.explicit_level;
}

void funds_reader::set_arrived_from_after(draft_tranche& d, const mention& m) {
    // 10.82万元全部到位 / 尚未到位
    for (std::u32string_view w : {U"到位", U"到账"}) {
        const auto at = m.after.find(w);
        if (at == std::u32string_view::npos) continue;
        if (no_arrival_before(m.after, at)) return;  // 必须于年底前拨付到位: a rule, not a fact
        if (shared_out_at(m.after, at)) return;
        if (partly_before(m.after, at)) {
            d.x.note("the text says only part of it arrived (" + in_quotes(m.after) + ") and gives no figure; arrived left out");
            return;
        }
        const bool negated = negated_before(m.after, at);
        d.t.arrived = negated ? money{} : d.t.amount;
        d.x.add("arrived", std::u32string(m.after.substr(0, at + w.size())), of(m),
                static_cast<std::size_t>(m.after.data() - of(m).masked.data()));
        return;
    }
}

void funds_reader::read_allocations() {
    // 项目申请资金120万元，实际下达资金100万元: what was applied for, when the text states other money allocated
    // or come (neither this amount nor adding up to it), is not money the project had.
    // (Summed and sorted once: a text of thousands of applications is not walked once for each.)
    std::vector<money> stated;
    money stated_sum{};
    for (const auto& m : mentions_)
        if ((m.k == kind::allocation || m.k == kind::prior_allocation || m.k == kind::arrival) && !m.applied &&
            m.reason_en.empty() && m.m.amount) {
            stated.push_back(*m.m.amount);
            stated_sum = stated_sum + *m.m.amount;
        }
    std::sort(stated.begin(), stated.end());
    const auto stated_otherwise = [&](const money& applied) {
        return !stated.empty() && stated_sum != applied && !std::binary_search(stated.begin(), stated.end(), applied);
    };
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
        mention& m = mentions_[i];
        if (m.k != kind::allocation && m.k != kind::prior_allocation) continue;
        if (m.applied && stated_otherwise(*m.m.amount)) {
            m.reason_zh = "这是申请的资金数，文中另有下达或到位的资金";
            m.reason_en = "the money applied for; the text states what was allocated or came";
            continue;
        }
        const sentence& s = of(m);
        // The same money stated again in another sentence (下达资金1.41万元 … 1.41万元已下达).
        draft_tranche* d = nullptr;
        // (Items of a numbered list — 1、档案整理费5万元 … 2、宣传费5万元 — are each money of their own.)
        const auto other_item = [&](const draft_tranche& t) {
            return m.item_number != 0 && !t.mentions.empty() && mentions_[t.mentions.front()].item_number != 0 &&
                   mentions_[t.mentions.front()].item_number != m.item_number;
        };
        for (auto& t : tranches_)
            if (t.first_sentence != m.sentence && t.t.amount == *m.m.amount && compatible(t, m) && !other_item(t)) d = &t;
        const bool restated = d != nullptr;
        if (!d && (restates_a_part(m) || named_part_of_earlier(m))) continue;
        if (!d) d = &new_tranche(m);
        bind(*d, i);
        m.bound = true;
        d->x.add("amount", m.m, s);
        if (m.explicit_level && !d->level_explicit) {
            d->t.level = *m.explicit_level;
            d->level_explicit = true;
            d->x.add("level", m.level_word, s, m.level_at);
        }
        // A restatement dates its sentence (2020年12月14日…下达投资计划共计30.9万元, an advance
        // allocation of this year's money): the year of the money is the first statement's.
        // (下达市级2023年度标准化工作补助经费200万元 in the book of 2024: a year after the verb, in the fund's name,
        // names the round of the fund, not the year the money was allocated.)
        if (const auto year = year_in(m.seg); year && !d->t.year && !(restated && d->t.source == fund_source::current_year) &&
                                              !(context_.fiscal_year > 0 && *year < context_.fiscal_year && year_in_fund_name(m.seg))) {
            d->t.year = *year;
            std::u32string printed;
            for (char c : std::to_string(*year)) printed += static_cast<char32_t>(c);
            d->x.add("year", printed + U"年", s);
        }
        if (m.k == kind::prior_allocation) {
            d->carry_over = true;
            d->t.source = fund_source::prior_year;
            if (!d->t.year && contains_any(m.seg, {U"上年", U"上一年度"})) d->t.year = context_.fiscal_year - 1;
            d->x.note("source prior_year: the text calls it money carried over from an earlier year (" + in_quotes(m.seg) + ")");
        }
        if (d->t.year && *d->t.year < context_.fiscal_year) {
            d->t.source = fund_source::prior_year;
            if (m.k != kind::prior_allocation)
                d->x.note("source prior_year: allocated in " + std::to_string(*d->t.year) + ", before the fiscal year " +
                          std::to_string(context_.fiscal_year));
        }
        if (!d->t.document) {
            for (const auto& doc : s.documents) {
                if (doc.where.end > m.m.where.begin || !allocating_title(doc.title)) continue;
                d->t.document = utf8(doc.number);
                d->x.add("document", doc.number, s);
            }
        }
        if (!d->t.arrived) set_arrived_from_after(*d, m);
        if (!d->t.arrived && m.arrived_part) {
            d->t.arrived = d->t.amount;
            d->x.add("arrived", m.m, s);
            d->x.note("arrived = amount: a part of the total before it, named by what came (" + in_quotes(m.seg) +
                      utf8(m.m.printed) + ")");
        }
    }
}

void funds_reader::read_arrivals() {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
        mention& m = mentions_[i];
        if (m.k != kind::arrival) continue;
        const sentence& s = of(m);
        const money a = *m.m.amount;
        draft_tranche* d = nullptr;
        // 下达资金10万元，到位8万元: the allocation just before it in the sentence — or, when that one is
        // less than what arrived, the nearest before it that is not (计划投入资金1476万元,(其中中央补助
        // 资金982万元、省级494万元),实际到账1444万元: the parts a bracket lists are passed over).
        std::size_t before = i;  // the mention before this one is that allocation
        bool at_least = false;   // found one that is not less than what arrived
        // (Back over a few amounts at most: a sentence of thousands would otherwise be walked once for each.)
        constexpr std::size_t looked_back = 8;
        for (std::size_t b = i; b > 0 && i - b < looked_back && mentions_[b - 1].sentence == m.sentence; --b)
            if (mentions_[b - 1].k == kind::allocation && !(*mentions_[b - 1].m.amount < a)) {
                at_least = tranche_of_[b - 1] != no_tranche;
                if (at_least) before = b;
                break;
            }
        if (!at_least)
            while (before > 0 && i - before < looked_back && mentions_[before - 1].sentence == m.sentence &&
                   mentions_[before - 1].breakdown_part)
                --before;
        // (下达…20万元，其中专项资金20万元…全部到位: a part that is all of it is the allocation's arrival.)
        if (before > 0 && mentions_[before - 1].sentence == m.sentence && mentions_[before - 1].k == kind::allocation &&
            (!m.part || *mentions_[before - 1].m.amount == a) && tranche_of_[before - 1] != no_tranche) {
            auto& t = tranches_[tranche_of_[before - 1]];
            if (!t.t.arrived && compatible(t, m)) d = &t;
        }
        if (!d)
            for (auto& t : tranches_)
                if (!d && !t.t.arrived && t.t.amount == a && compatible(t, m) && t.first_sentence != m.sentence) d = &t;
        if (!d) {
            std::vector<draft_tranche*> open;
            for (auto& t : tranches_)
                if (!t.t.arrived && compatible(t, m) && t.first_sentence != m.sentence) open.push_back(&t);
            // The one open tranche, unless the figure is more than it or names money of
            // another source (医院自筹配套资金201.7万元 after 下达200万元): a tranche of its own.
            if (open.size() == 1 && a <= open.front()->t.amount && !contains_any(m.seg, {U"自筹", U"配套"})) {
                d = open.front();
            } else if (open.size() >= 2) {
                money sum;
                for (auto* t : open) sum += t->t.amount;
                if (sum == a && !m.explicit_level) {
                    for (auto* t : open) {
                        t->t.arrived = t->t.amount;
                        t->x.add("arrived", m.m, s);
                        t->x.note("arrived in full: the text gives one arrival total " + utf8(m.m.printed) +
                                  " for all tranches");
                    }
                    m.bound = true;
                    continue;
                }
            }
        }
        // 收到中央下达…1372.7万元 in the summary, then 收到财政资金共2330.9万元，其中：中央资金1372.7万元…
        // under the funds heading: the same arrival stated again in another section.
        // (…收到资金合计149.63万元 in the same section: a total of what came, stated again.)
        const bool more_money = contains_any(m.seg, {U"第二批", U"第三批", U"追加", U"另", U"再次", U"补充"});
        const bool restated_total = contains_any(m.seg, {U"合计", U"共计", U"总计"});
        if (!d && !more_money)
            for (std::size_t k = 0; k < tranches_.size() && !d; ++k) {
                auto& t = tranches_[k];
                if (!t.t.arrived || *t.t.arrived != a || t.t.amount != a || !compatible(t, m) || t.mentions.empty() ||
                    t.first_sentence == m.sentence || (of(mentions_[t.mentions.front()]).section == s.section && !restated_total))
                    continue;
                if (std::any_of(t.mentions.begin(), t.mentions.end(), [&](std::size_t mi) { return mentions_[mi].sentence == m.sentence; }))
                    continue;
                bind(t, i);
                t.x.add("arrived", m.m, s);
                t.x.note("the arrival of " + fmt_money(a) + " is stated again in line " + std::to_string(s.line) +
                         "; the same money, not another tranche");
                m.bound = true;
                d = &t;
            }
        if (m.bound) continue;
        // 省级资金8万元已于12月20日到位 in another section, after 到位省级资金10万元: the same
        // arrival stated again with another value (JX-S007), not a tranche of its own — unless
        // the sentence says it is more money (第二批, 追加, 另).
        if (!d && m.explicit_level && !more_money) {
            for (std::size_t k = 0; k < tranches_.size(); ++k) {
                const auto& t = tranches_[k];
                if (!t.t.arrived || *t.t.arrived == a || t.t.level != *m.explicit_level || !t.level_explicit) continue;
                if (of(mentions_[t.mentions.front()]).section == s.section) continue;
                m.reason_zh = "另一处已给出这笔" + std::string(vocabulary(t.t.level).zh) + "资金的到位数 " +
                              fmt_money(*t.t.arrived) + "，与此处不同";
                m.reason_en = "a different arrival of this " + std::string(vocabulary(t.t.level).id) + " money (" +
                              fmt_money(*t.t.arrived) + ") is given elsewhere";
                m.other = *t.t.arrived;
                m.field = "tranches[" + std::to_string(k) + "].arrived";
                break;
            }
            if (m.other) continue;
        }
        // 下达资金100万元，3月到位60万元，9月到位40万元 (or 第一批…第二批…): one allocation's money, come in batches
        // that add up to what arrived — in the allocation's sentence, or said to be more (第二批, 再次).
        if (!d && !m.part)
            for (auto& t : tranches_) {
                if (!t.t.arrived || !(*t.t.arrived < t.t.amount) || t.t.amount - *t.t.arrived < a || !compatible(t, m) ||
                    (t.first_sentence != m.sentence && !more_money))
                    continue;
                bind(t, i);
                t.t.arrived = *t.t.arrived + a;
                t.x.add("arrived", m.m, s);
                t.x.note("arrived " + fmt_money(*t.t.arrived) + ": the money came in batches (line " + std::to_string(s.line) +
                         "), added up");
                m.bound = true;
                break;
            }
        if (m.bound) continue;
        if (!d && restates_a_part(m)) continue;
        if (!d) {
            // 到位资金90万元 with no allocated figure before: the money that arrived is the tranche.
            d = &new_tranche(m);
            d->x.add("amount", m.m, s);
            d->x.note("amount: the text gives only the money that arrived (" + in_quotes(m.seg) + utf8(m.m.printed) +
                      "), no separate allocated figure");
        }
        bind(*d, i);
        d->t.arrived = a;
        d->x.add("arrived", m.m, s);
        if (m.explicit_level && !d->level_explicit) {
            d->t.level = *m.explicit_level;
            d->level_explicit = true;
            d->x.add("level", m.level_word, s, m.level_at);
        }
        m.bound = true;
    }
}

// Sentences about arrival: 2023年12月底资金到位, 中央资金3月15日到位，县级资金6月到位,
// 省级资金80万元于5月20日到位. A clause that names no amount speaks of the tranches
// at the level it names (all tranches if it names none); a date goes to the
// tranche whose amount it follows, or to those its clause speaks of.
namespace {
// Under 项目资金到位情况分析, where the text says the money came in full (资金已全部拨付,
// 全部下达某医院); npos when it does not.
std::size_t came_in_full_at(std::u32string_view text) {
    return first_of(text, {U"已全部拨付", U"全部拨付到位", U"已拨付到", U"全部下达"});
}
}  // namespace

void funds_reader::read_arrival_statements() {
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        const sentence& s = sentences_[si];
        if (!funds_here(s.section) || is_bare_label(s.masked)) continue;
        const std::u32string_view t = s.masked;
        if (!contains_any(t, {U"到位", U"到账", U"全部收到", U"全额收到", U"足额收到"}) &&
            !(s.section == section_id::funds_arrival && contains_any(t, {U"拨付", U"全部下达"})))
            continue;
        const auto dates = find_dates(s, context_.fiscal_year);

        std::vector<std::size_t> here;  // mentions in this sentence
        const auto [first, last] = mentions_of(si);
        for (std::size_t i = first; i < last; ++i)
            if (mentions_[i].m.amount && !mentions_[i].m.per_capita) here.push_back(i);
        // Where 到位 / 到账 are printed, in order: the first after an amount is found by search.
        std::vector<std::size_t> arrival_words;
        // (分配到位: shared out by the unit, not come to it.)
        for (std::size_t i = 0; i + 1 < t.size(); ++i)
            if ((t[i] == U'到' && (t[i + 1] == U'位' || t[i + 1] == U'账')) && !shared_out_at(t, i))
                arrival_words.push_back(i);
        std::size_t next_here = 0;  // the first of `here` not in a clause already read

        // Clause by clause: a clause with amounts dates the tranches read from them (the
        // date after an amount, up to the next one, else in the clause before it); a
        // clause without amounts speaks of the tranches at the level it names.
        std::size_t start = 0;
        for (std::size_t i = 0; i <= t.size(); ++i) {
            if (i < t.size() && !is_clause_mark(t[i])) continue;
            const auto clause = t.substr(start, i - start);
            const std::size_t clause_begin = start;
            start = i + 1;
            std::size_t at = clause.find(U"到位");
            if (at == std::u32string_view::npos) at = clause.find(U"到账");
            // (我单位已全部收到: received in full, as 全部到位 says — the money, not 收到通知.)
            if (at == std::u32string_view::npos)
                for (const std::u32string_view whole : {U"全部收到", U"全额收到", U"足额收到"})
                    if (const auto w = clause.find(whole); w != std::u32string_view::npos && at == std::u32string_view::npos) {
                        const auto what = trim(clause.substr(w + whole.size()));
                        if (what.empty() || starts_with_any(what, {U"资金", U"款项", U"经费", U"拨款", U"上述资金", U"该笔"})) at = w + 2;
                    }
            // Under 项目资金到位情况分析, 资金已全部拨付 says the money came (拨付 to the unit).
            if (at == std::u32string_view::npos && s.section == section_id::funds_arrival &&
                came_in_full_at(clause) != std::u32string_view::npos)
                at = clause.find(U"拨付");
            const std::size_t clause_first = next_here;  // here[clause_first…] are in this clause
            while (next_here < here.size() && mentions_[here[next_here]].m.where.begin < i) ++next_here;
            const std::span<const std::size_t> in_clause(here.data() + clause_first, next_here - clause_first);
            // The last date within [from, to) (find_dates gives them in order, apart).
            const auto date_between = [&](std::size_t from, std::size_t to) -> const date_mention* {
                auto it = std::upper_bound(dates.begin(), dates.end(), to,
                                           [](std::size_t end, const date_mention& dm) { return end < dm.where.end; });
                if (it == dates.begin()) return nullptr;
                --it;
                return it->where.begin >= from ? &*it : nullptr;
            };
            if (!in_clause.empty()) {
                for (std::size_t k = 0; k < in_clause.size(); ++k) {
                    const std::size_t h = in_clause[k];
                    const auto& m = mentions_[h];
                    draft_tranche* own = tranche_of_[h] == no_tranche ? nullptr : &tranches_[tranche_of_[h]];
                    // Up to the clause of the first 到位 after the amount, and not past the next amount.
                    const std::size_t after_here = clause_first + k + 1;
                    const std::size_t next = after_here < here.size() ? mentions_[here[after_here]].m.where.begin : t.size();
                    if (s.section == section_id::funds_arrival) {
                        const auto tail = t.substr(m.m.where.end, std::min(next, i) - m.m.where.end);
                        const auto paid = came_in_full_at(tail);
                        if (own && !own->t.arrived && paid != std::u32string_view::npos && !no_arrival_before(tail, paid)) {
                            own->t.arrived = own->t.amount;
                            own->x.add("arrived", s.printed.substr(clause_begin, clause.size()), s);
                            own->x.note("arrived = amount: under the arrival heading, " + in_quotes(tail) +
                                        " says the money came in full");
                        }
                    }
                    const auto word = std::lower_bound(arrival_words.begin(), arrival_words.end(), m.m.where.end);
                    if (word == arrival_words.end() || *word >= next) continue;
                    const std::size_t arrival = *word;
                    std::size_t to = arrival;
                    while (to < next && !is_clause_mark(t[to])) ++to;
                    const auto seg_begin = static_cast<std::size_t>(m.seg.data() - t.data());
                    const date_mention* date = date_between(m.m.where.end, std::min(to, next));
                    if (!date) date = date_between(seg_begin, m.m.where.begin);
                    if (date && own) set_date(*own, *date, s);
                }
                continue;
            }
            if (at == std::u32string_view::npos) continue;
            // 项目资金到位情况分析, 资金到位及使用情况: a heading or a topic, not a statement that
            // the money arrived; 到位率80% gives a rate (reported_arrival_rate), not arrived = amount.
            const auto after = clause.substr(at + 2);
            // (资金到位80%: a rate as well; 资金到位100% says it all came.)
            const auto rate_after = after.substr(starts_with_any(after, {U"为", U"达", U"了"}) ? 1 : 0);
            if (after.starts_with(U"情况") || after.starts_with(U"及") ||
                ((after.starts_with(U"率") || after.starts_with(U"比例") || (!rate_after.empty() && is_digit(rate_after.front()))) &&
                 !contains(after, U"100%")))
                continue;
            // (到位资金支付率为95.02%: the rate at which the money that came was paid out, not a word
            // on whether it came.)
            if (after.starts_with(U"资金") &&
                starts_with_any(after.substr(2), {U"支付率", U"执行率", U"使用率", U"的支付率", U"的执行率", U"的使用率"}))
                continue;
            // (投入目标:…财政资金到位率100%: a target.)
            if (after.starts_with(U"率") && under_target_label(t, clause_begin + at)) continue;
            if (no_arrival_before(clause, at)) continue;
            // (资金暂未全部到位: some came, how much is not said.)
            const bool partial = partly_before(clause, at);
            const bool negated = !partial && negated_before(clause, at);
            // (资金未能及时到位，形成跨年到位: late, not missing, and in the next year — how much came
            // in the year is not said.)
            const auto just_before = clause.substr(at >= 4 ? at - 4 : 0, at >= 4 ? 4 : at);
            if ((negated && contains_any(just_before, {U"及时", U"按时", U"准时"})) || contains(just_before, U"跨年")) continue;
            const auto w = best_level(clause);
            const bool about_carry_over = contains_any(clause, {U"结转", U"上年"});
            // (总投资150万元,其中财政资金100万元,自筹资金50万元,财政资金已全部到位: the public money came, of the
            // unit's own nothing is said — and the other way round; nor of the total, which holds both.)
            const auto own_money = [](std::u32string_view text) { return contains_any(text, {U"自筹", U"自有", U"社会资金"}); };
            const auto subject = clause.substr(0, at);
            const bool says_own = own_money(subject), says_public = !says_own && contains(subject, U"财政");
            const auto is_own = [&](const draft_tranche& d) {
                return std::any_of(d.mentions.begin(), d.mentions.end(), [&](std::size_t mi) { return own_money(mentions_[mi].seg); });
            };
            std::vector<draft_tranche*> targets;
            for (auto& d : tranches_)
                if ((!w || w->tier > 2 || d.t.level == w->value) && d.carry_over == about_carry_over &&
                    !((says_own || says_public) &&
                      (is_own(d) != says_own ||
                       std::any_of(d.mentions.begin(), d.mentions.end(), [&](std::size_t mi) { return mentions_[mi].total; }))))
                    targets.push_back(&d);
            const auto printed = s.printed.substr(clause_begin, clause.size());
            const date_mention* date = date_between(clause_begin, i);
            if (!date && dates.size() == 1 && here.empty()) date = &dates.front();
            for (auto* d : targets) {
                if (!d->t.arrived) {
                    if (partial) {
                        d->x.note("the text says only part of it arrived (" + in_quotes(printed) +
                                  ") and gives no figure; arrived left out");
                    } else {
                        d->t.arrived = negated ? money{} : d->t.amount;
                        d->x.add("arrived", printed, s);
                        if (!negated)
                            d->x.note("arrived = amount: " + in_quotes(printed) +
                                      " says the money arrived and names no smaller figure");
                    }
                }
                if (date && !negated) set_date(*d, *date, s);
            }
        }
    }
}

void funds_reader::set_date(draft_tranche& d, const date_mention& date, const sentence& s) {
    if (d.t.arrival_date) return;
    d.t.arrival_date = date.day;
    d.x.add("arrival_date", date.printed, s);
    if (!date.day_printed)
        d.x.note("arrival_date " + to_string(date.day) + " from " + in_quotes(date.printed) +
                 ": the day is not printed, the last day the wording allows is taken");
}

// 下达资金55.07万元，其中省级10.82万元、区级44.25万元: the total is not a tranche of its own.
// A total followed by its parts is never one, whether or not they add up; when they
// do not, the text contradicts itself (JX-S006).
void funds_reader::drop_spent_history() {
    for (std::size_t k = 0; k < tranches_.size(); ++k) {
        const auto& earlier = tranches_[k];
        if (earlier.t.source != fund_source::prior_year || earlier.carry_over) continue;
        for (const auto& spent : mentions_) {
            if (!spent.earlier_spending || !spent.m.amount || *spent.m.amount >= earlier.t.amount) continue;
            const money left = earlier.t.amount - *spent.m.amount;
            const bool carried_in = std::any_of(tranches_.begin(), tranches_.end(), [&](const draft_tranche& t) {
                return &t != &earlier && t.t.source == fund_source::prior_year && t.t.amount == left;
            });
            if (!carried_in) continue;
            out_.notes.push_back("the text gives an earlier year's allocation of " + fmt_money(earlier.t.amount) + ", " +
                                 fmt_money(*spent.m.amount) + " of it spent that year (line " + std::to_string(of(spent).line) +
                                 "), and the " + fmt_money(left) + " left as carried in: only that is this year's money");
            for (auto mi : earlier.mentions) mentions_[mi].bound = true;
            tranches_.erase(tranches_.begin() + static_cast<std::ptrdiff_t>(k));
            return;
        }
    }
}

void funds_reader::drop_joint_level_totals() {
    for (std::size_t k = 0; k < tranches_.size();) {
        const auto& d = tranches_[k];
        mention* joint = d.mentions.size() == 1 ? &mentions_[d.mentions.front()] : nullptr;
        if (!joint || joint->joint_levels.empty()) {
            ++k;
            continue;
        }
        mention& m = *joint;
        const bool each_stated = std::all_of(m.joint_levels.begin(), m.joint_levels.end(), [&](level l) {
            return std::any_of(tranches_.begin(), tranches_.end(), [&](const draft_tranche& other) {
                return &other != &d && other.level_explicit && other.t.level == l &&
                       std::none_of(other.mentions.begin(), other.mentions.end(),
                                    [&](std::size_t mi) { return mentions_[mi].sentence == m.sentence; });
            });
        });
        if (!each_stated) {
            ++k;
            continue;
        }
        m.bound = false;
        m.reason_zh = "这是几级资金合在一起的数额，文中另有各级资金分别的数额，不另计";
        m.reason_en = "a total of several levels' money, which the text states level by level elsewhere: not money of its own";
        out_.notes.push_back("the text states " + fmt_money(d.t.amount) + " (line " + std::to_string(of(m).line) +
                             ") as the money of several levels together, and each level's money elsewhere: the total is "
                             "not a tranche of its own");
        tranches_.erase(tranches_.begin() + static_cast<std::ptrdiff_t>(k));
    }
}

namespace {
// 中央…资金440万元：A项目140万元、B项目300万元: the level a total names is its parts' where they name none.
void take_level_of_total(const draft_tranche& total, draft_tranche& part, std::size_t line) {
    if (!total.level_explicit || part.level_explicit || part.t.level == total.t.level) return;
    part.x.note("level " + std::string(vocabulary(total.t.level).id) + ", not " + std::string(vocabulary(part.t.level).id) +
                ": the level of the total it is part of (line " + std::to_string(line) + ")");
    part.t.level = total.t.level;
}
}  // namespace

void funds_reader::drop_totals() {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
        mention& m = mentions_[i];
        if (!m.total || !m.m.amount) continue;
        stated_total t;
        t.line = of(m).line;
        t.sentence = excerpt_around(of(m).printed, m.m.printed, m.m.where.begin);
        t.printed = m.m.printed;
        t.total = *m.m.amount;
        std::size_t first_part = i + 1;  // (a standard between may put it further on)
        // (…预算资金合计2089万元。其中省内安排…312万元,中央安排…1777万元: the parts in the sentence after.)
        const std::size_t parts_sentence = i + 1 < mentions_.size() && mentions_[i + 1].sentence == m.sentence + 1 &&
                                                   mentions_[i + 1].part
                                               ? m.sentence + 1
                                               : m.sentence;
        for (std::size_t j = i + 1; j < mentions_.size() && mentions_[j].sentence == parts_sentence; ++j) {
            const mention& part = mentions_[j];
            // (直接补助费197万元(每亩197元),间接费用3万元: a standard between the parts is none of them; nor is what
            // one part went to, 第一批资金9910万元,分别支持A项目3000万元…;第二批资金7437万元.)
            if (part.m.per_capita || part.breakdown_part) continue;
            // (年度资金总额50万元,其中当年财政拨款40万元,上年结转资金10万元: the year's money holds what came
            // over from last year.)
            const bool same_kind = part.k == m.k || (m.k == kind::allocation && part.k == kind::prior_allocation);
            // (…下达6.5万元,合计下达…13.5万元: the total said again ends its parts.)
            if (!same_kind || !part.m.amount || part.total || part.summed) break;
            if (t.parts.empty()) first_part = j;
            t.parts.push_back(part.m.printed);
            t.sum += *part.m.amount;
        }
        // 中央补贴资金69.807万元(含超录补贴资金1.68万元、…6.6万元): what the money includes, named in a bracket
        // after it, need not be all of it. Short of it, the total stands and the parts are no money beside it
        // (no contradiction, JX-S006).
        // (共安排100万元(含上年结转30万元、追加50万元): money carried in from last year among them names a
        // source of its own; that is read as before.)
        const auto parts_begin = mentions_.begin() + static_cast<std::ptrdiff_t>(first_part);
        const auto parts_end = parts_begin + static_cast<std::ptrdiff_t>(t.parts.size());
        // (…共10585万元,其中:造林与生态修复2014万元,…,林业种苗15万元,森林: the text breaks off in the list of
        // parts; those printed are some of the money, the total stands.)
        const bool list_cut = breaks_off_in(parts_sentence);
        if (!t.parts.empty() && t.sum < t.total &&
            std::all_of(parts_begin, parts_end, [&](const mention& p) { return (p.included || list_cut) && p.k == kind::allocation; })) {
            for (std::size_t j = first_part; j < first_part + t.parts.size(); ++j) {
                if (const auto pj = tranche_of_[j]; pj != no_tranche && pj != tranche_of_[i] && tranches_[pj].mentions.size() == 1)
                    tranches_[pj].mentions.clear();  // dropped below
                mentions_[j].bound = true;
            }
            out_.notes.push_back("the text names " + fmt_money(t.sum) + " (line " + std::to_string(t.line) + ") as included in " +
                                 fmt_money(t.total) + " (含…): some of that money, not tranches of their own");
            m.bound = true;
            continue;
        }
        // The total's tranche becomes the rest of it beside its one part (all arrived when the total did).
        const auto keep_rest = [&](std::size_t ti, std::size_t pj, const std::string& less) {
            tranche& whole = tranches_[ti].t;
            const bool all_arrived = whole.arrived && *whole.arrived == whole.amount;
            whole.amount = t.total - t.sum;
            if (all_arrived) {
                whole.arrived = whole.amount;
                if (!tranches_[pj].t.arrived) tranches_[pj].t.arrived = tranches_[pj].t.amount;
            }
            tranches_[ti].x.note("amount = " + fmt_money(t.total) + " − " + fmt_money(t.sum) + ": the total (line " +
                                 std::to_string(t.line) + ") less " + less);
            m.bound = true;
        };
        // 本年总收入44.47万元,其中上年结转36.97万元: the one part is last year's carry-over, so the rest of
        // the total, not printed, is this year's money; the total is no tranche beside them.
        if (t.parts.size() == 1 && t.sum < t.total && mentions_[first_part].k == kind::prior_allocation) {
            const auto ti = tranche_of_[i], pj = tranche_of_[first_part];
            if (ti != no_tranche && pj != no_tranche && ti != pj && tranches_[ti].mentions.size() == 1) {
                keep_rest(ti, pj, "the part of it carried over from last year; the rest is this year's money");
                continue;
            }
        }
        // 共下达资金300万元，其中中央资金200万元: the one part is one level's money, so the rest of the
        // total, not printed, is money whose level the text does not say; the total is no tranche beside
        // its part.
        // (…其中中央投入资金279万元(…81万元,…161万元),自治区投入资金85万元…: more parts after a bracket; not so.)
        const auto more_money_after = [&](std::size_t after) {
            for (std::size_t j = after + 1; j < mentions_.size() && mentions_[j].sentence == mentions_[after].sentence; ++j)
                if (mentions_[j].k == kind::allocation || mentions_[j].k == kind::prior_allocation) return true;
            return false;
        };
        if (t.parts.size() == 1 && t.sum < t.total && mentions_[first_part].explicit_level &&
            mentions_[first_part].k == kind::allocation && m.k == kind::allocation &&
            (!m.explicit_level || m.explicit_level != mentions_[first_part].explicit_level) && !more_money_after(first_part)) {
            const auto ti = tranche_of_[i], pj = tranche_of_[first_part];
            if (ti != no_tranche && pj != no_tranche && ti != pj && tranches_[ti].mentions.size() == 1 &&
                tranches_[pj].mentions.size() == 1) {
                keep_rest(ti, pj, "its one part of " + std::string(vocabulary(*mentions_[first_part].explicit_level).zh) +
                                      " money; the rest is money whose level the text does not state");
                continue;
            }
        }
        // 30万元…，其中国重档案10万元: one part named by what it is for, not by a level, is
        // what part of the money goes to, not money of its own.
        if (t.parts.size() == 1 && t.sum < t.total) {
            const std::size_t j = first_part;
            if (const auto pj = tranche_of_[j]; !mentions_[j].explicit_level && pj != no_tranche && pj != tranche_of_[i] &&
                                                tranches_[pj].mentions.size() == 1) {
                tranches_[pj].mentions.clear();  // dropped below
                mentions_[j].bound = true;
                out_.notes.push_back("the text names " + fmt_money(t.sum) + " (line " + std::to_string(t.line) + ") as part of " +
                                     fmt_money(t.total) + " (其中) for a purpose, not a level: it is not a tranche of its own");
            }
            continue;
        }
        // 年度资金40.83万元,其中本年度财政拨款40.83万元: one part that is all of it names where the whole
        // came from; it is the same money, not a tranche beside it. (When a later section restates the
        // whole and it joined the part's tranche, that one stays and the whole's own goes.)
        if (t.parts.size() == 1 && t.sum == t.total) {
            const std::size_t j = first_part;
            const auto pj = tranche_of_[j], ti = tranche_of_[i];
            if (pj != no_tranche && ti != no_tranche && pj != ti && tranches_[pj].t.source == tranches_[ti].t.source) {
                const bool only_parts = std::all_of(tranches_[pj].mentions.begin(), tranches_[pj].mentions.end(),
                                                    [&](std::size_t k) { return mentions_[k].part; });
                if (only_parts || tranches_[ti].mentions.size() == 1) {
                    tranches_[only_parts ? pj : ti].mentions.clear();  // dropped below
                    mentions_[j].bound = true;
                    out_.notes.push_back("the text names " + fmt_money(t.sum) + " (line " + std::to_string(t.line) +
                                         ") as all of the " + fmt_money(t.total) +
                                         " stated before it: the same money, not a tranche of its own");
                    m.bound = true;
                    continue;
                }
            }
        }
        if (t.parts.size() < 2 && !(t.parts.size() == 1 && t.sum == t.total)) continue;
        // The total is not a tranche, whether or not its parts add up to it (other money
        // stated elsewhere, 此外预拨资金53.15万元, does not make it one): the parts are what
        // the text breaks it into.
        // A total stated before (下达…共计5404万元 … 共下达5404万元，其中A900万元、B…) whose parts
        // here add up to it, each money of its own stated nowhere else, is as much their sum.
        const auto parts_fresh = [&] {
            for (std::size_t j = i + 1; j < i + 1 + t.parts.size(); ++j)
                if (const auto pj = tranche_of_[j]; pj == no_tranche || tranches_[pj].mentions.size() != 1) return false;
            return true;
        };
        const auto ti = tranche_of_[i];
        // (项目预算资金150万元。其中:…项目3个,项目资金150万元,…补助资金0.24万元: a part as large as the
        // total joined its tranche.)
        const bool part_is_whole = ti != no_tranche && [&] {
            for (std::size_t j = i + 1; j < i + 1 + t.parts.size() && j < mentions_.size(); ++j)
                if (tranche_of_[j] == ti) return true;
            return false;
        }();
        // 计划投入资金1476万元,(其中中央982万元、省级494万元),实际到账1444万元: what arrived is known
        // for the whole only, so the whole is the tranche and its parts are not.
        const bool arrived_in_part = ti != no_tranche && tranches_[ti].t.arrived && *tranches_[ti].t.arrived != tranches_[ti].t.amount;
        if (arrived_in_part && !tranches_[ti].mentions.empty() && t.parts.size() >= 2 && t.sum == t.total) {
            for (std::size_t j = i + 1; j < i + 1 + t.parts.size(); ++j) {
                if (const auto pj = tranche_of_[j]; pj != no_tranche && pj != ti) tranches_[pj].mentions.clear();  // dropped below
                mentions_[j].bound = true;
            }
            out_.notes.push_back("the text states a total of " + fmt_money(t.total) + " (line " + std::to_string(t.line) +
                                 ") with its parts, and how much of the whole arrived (" +
                                 fmt_money(*tranches_[ti].t.arrived) + "): the total is the tranche, the parts are not "
                                 "tranches of their own");
        } else if (part_is_whole && t.sum != t.total) {
            // The parts do not add up (JX-S006) and one of them is all of the total: the total stands,
            // the other parts are no money beside it.
            for (std::size_t j = i + 1; j < i + 1 + t.parts.size(); ++j)
                if (const auto pj = tranche_of_[j]; pj != no_tranche && pj != ti && tranches_[pj].mentions.size() == 1) {
                    tranches_[pj].mentions.clear();  // dropped below
                    mentions_[j].bound = true;
                }
            out_.notes.push_back("the text states a total of " + fmt_money(t.total) + " (line " + std::to_string(t.line) +
                                 ") with parts, one of them as large as the total, that add up to " + fmt_money(t.sum) +
                                 "; the total is read, the parts are not tranches of their own");
        } else if (ti != no_tranche && !tranches_[ti].mentions.empty() && t.parts.size() >= 2 &&
            (tranches_[ti].mentions.front() == i || (t.sum == t.total && parts_fresh()))) {
            const draft_tranche& whole = tranches_[ti];
            // A total that arrived in full means its parts did; the level it names is theirs where
            // they name none.
            for (std::size_t j = i + 1; j < mentions_.size() && mentions_[j].sentence == parts_sentence; ++j)
                if (const auto pj = tranche_of_[j]; pj != no_tranche && pj != ti) {
                    if (whole.t.arrived && *whole.t.arrived == whole.t.amount && !tranches_[pj].t.arrived)
                        tranches_[pj].t.arrived = tranches_[pj].t.amount;
                    take_level_of_total(whole, tranches_[pj], of(mentions_[whole.mentions.front()]).line);
                }
            out_.notes.push_back(t.sum == t.total ? "the text states a total of " + fmt_money(t.total) + " (line " +
                                                        std::to_string(t.line) +
                                                        ") that equals the sum of the tranches; it is not a tranche of its own"
                                                  : "the text states a total of " + fmt_money(t.total) + " (line " +
                                                        std::to_string(t.line) + ") whose parts add up to " +
                                                        fmt_money(t.sum) + "; the parts are read as the tranches");
            tranches_[ti].mentions.clear();  // dropped below
        } else if (ti != no_tranche && !tranches_[ti].mentions.empty() && t.parts.size() >= 2 && t.sum != t.total &&
                   parts_fresh()) {
            // Stated before and again here, the total stands; its parts do not add up to it (JX-S006)
            // and are no money beside it.
            for (std::size_t j = i + 1; j < i + 1 + t.parts.size(); ++j) {
                tranches_[tranche_of_[j]].mentions.clear();  // dropped below
                mentions_[j].bound = true;
            }
            out_.notes.push_back("the text states a total of " + fmt_money(t.total) + " twice (line " + std::to_string(t.line) +
                                 "), the second time with parts that add up to " + fmt_money(t.sum) +
                                 "; the total is read, the parts are not tranches of their own");
        }
        m.bound = true;
        if (t.sum != t.total) out_.totals.push_back(std::move(t));
    }
    std::erase_if(tranches_, [](const draft_tranche& d) { return d.mentions.empty(); });

    for (std::size_t k = 0; k < tranches_.size();) {
        const auto& d = tranches_[k];
        money others;
        std::size_t count = 0;
        bool others_unlevelled = true;  // none of the others names a level other than this one's
        for (std::size_t o = 0; o < tranches_.size(); ++o)
            if (o != k) {
                others += tranches_[o].t.amount;
                ++count;
                others_unlevelled = others_unlevelled && (!tranches_[o].level_explicit || tranches_[o].t.level == d.t.level);
            }
        // 中央下达…592万元 after five documents' 240 + 40 + 24 + 280 + 8 named by no other level: their total.
        bool is_total = count >= 2 && (!d.level_explicit || others_unlevelled) && others == d.t.amount;
        // 上年结转2万元，中央下达3万元，…1.5万元、…1.5万元: this year's 3万 is the total of the
        // two this-year tranches of its level, whatever came over from last year.
        if (!is_total) {
            money same;
            std::size_t same_count = 0;
            bool one_level = true;
            for (std::size_t o = 0; o < tranches_.size(); ++o) {
                if (o == k || tranches_[o].t.source != d.t.source || tranches_[o].carry_over != d.carry_over) continue;
                same += tranches_[o].t.amount;
                ++same_count;
                one_level = one_level && tranches_[o].t.level == d.t.level;
            }
            is_total = same_count >= 2 && same_count < count && one_level && same == d.t.amount;
        }
        if (!is_total) {
            // 共计下达…3580.69万元 after the list it sums.
            for (auto mi : d.mentions)
                is_total = is_total || mentions_[mi].total || mentions_[mi].summed;
            // …1883万元。其中，A 47万元，B 50万元…: every other tranche was read after 其中.
            bool others_are_parts = count >= 2;
            for (std::size_t o = 0; o < tranches_.size(); ++o)
                if (o != k)
                    for (auto mi : tranches_[o].mentions) others_are_parts = others_are_parts && mentions_[mi].listed;
            // 自治区下达…资金共33832.24万元,中央资金27853万元,自治区资金5643万元,各县筹集资金336.24万元: a sum (共)
            // and, after it in its sentence, every other tranche: the levels' money it adds up, whatever level
            // its issuer names.
            bool sum_of_its_sentence = count >= 2 && d.mentions.size() == 1 &&
                                       contains_any(mentions_[d.mentions.front()].seg, {U"共", U"合计", U"总计"});
            for (std::size_t o = 0; o < tranches_.size() && sum_of_its_sentence; ++o)
                if (o != k)
                    for (auto mi : tranches_[o].mentions)
                        sum_of_its_sentence = sum_of_its_sentence && mi > d.mentions.front() &&
                                              mentions_[mi].sentence == mentions_[d.mentions.front()].sentence;
            is_total = (is_total || others_are_parts || sum_of_its_sentence) && count >= 2 && others == d.t.amount;
        }
        // 省级配套1165.84万元 …, then 下达省级第一批指标1080万元 … 第二批85.84万元: a level's
        // money stated, then the batches it came in.
        bool level_batches = false;
        if (!is_total && d.level_explicit && !d.mentions.empty()) {
            money same;
            std::size_t batches = 0;
            bool later = true;
            for (std::size_t o = 0; o < tranches_.size(); ++o) {
                const auto& t = tranches_[o];
                if (o == k || t.t.level != d.t.level || !t.level_explicit || t.t.source != d.t.source || t.carry_over != d.carry_over)
                    continue;
                same += t.t.amount;
                ++batches;
                later = later && !t.mentions.empty() && t.mentions.front() > d.mentions.front();
            }
            level_batches = batches >= 2 && later && same == d.t.amount;
        }
        // One of the parts a 其中 lists is never their total (50 = 30 + 20 among 30, 50, 20).
        bool a_part = !d.mentions.empty();
        for (auto mi : d.mentions) a_part = a_part && mentions_[mi].listed;
        if (a_part) is_total = false;
        // (A part of one list may be the total of the batches of its level.)
        is_total = is_total || level_batches;
        if (!is_total) { ++k; continue; }
        // A total that arrived in full means its parts did; the level it names is theirs
        // where they name none (中央…资金440万元：A项目140万元、B项目300万元).
        for (std::size_t o = 0; o < tranches_.size(); ++o) {
            if (o == k) continue;
            if (d.t.arrived && *d.t.arrived == d.t.amount && !tranches_[o].t.arrived) tranches_[o].t.arrived = tranches_[o].t.amount;
            take_level_of_total(d, tranches_[o], of(mentions_[d.mentions.front()]).line);
        }
        for (auto mi : d.mentions) mentions_[mi].bound = true;
        std::string where;
        for (auto mi : d.mentions) where += (where.empty() ? "" : ", ") + std::string("line ") + std::to_string(of(mentions_[mi]).line);
        out_.notes.push_back("the text states a total of " + fmt_money(d.t.amount) + " (" + where +
                             ") that equals the sum of the tranches; it is not a tranche of its own");
        tranches_.erase(tranches_.begin() + static_cast<std::ptrdiff_t>(k));
    }
    tranche_of_.clear();  // tranches were dropped: the index is not used after this
}

// 年初预算100万元，年中追加20万元: the added money is added to the budget set at the start of the year, and
// that budget is money the project had as well. When every allocation read is such an addition, the initial
// budget is a tranche before them (one amount, not already a tranche): the project had 120, not 20.
void funds_reader::initial_budget_before_additions() {
    // (A sum after them, 共计120万元, is dropped as their total below.)
    bool added = false;
    for (const auto& d : tranches_) {
        if (d.carry_over || d.t.source != fund_source::current_year || d.mentions.empty()) return;
        const mention& m = mentions_[d.mentions.front()];
        if (contains(m.seg, U"追加")) added = true;
        else if (!m.summed) return;
    }
    if (!added) return;
    const mention* initial = nullptr;
    for (const auto& m : mentions_) {
        if (m.k != kind::budget_initial || !m.m.amount || m.part || m.listed || m.breakdown_part || !funds_here(of(m).section)) continue;
        if (initial && *initial->m.amount != *m.m.amount) return;
        if (!initial) initial = &m;
    }
    if (!initial) return;
    for (const auto& d : tranches_)
        if (d.t.amount == *initial->m.amount) return;
    // (Made at the end, then moved to the front: it comes first in the text. The index by mention follows.)
    const std::size_t addition = std::find_if(tranches_.begin(), tranches_.end(), [&](const draft_tranche& t) {
                                     return contains(mentions_[t.mentions.front()].seg, U"追加");
                                 })->mentions.front();
    new_tranche(*initial);
    std::rotate(tranches_.begin(), std::prev(tranches_.end()), tranches_.end());
    for (auto& t : tranche_of_)
        if (t != no_tranche) ++t;
    draft_tranche& d = tranches_.front();
    bind(d, static_cast<std::size_t>(initial - mentions_.data()));
    d.x.add("amount", initial->m, of(*initial));
    d.x.note("amount = the initial budget " + fmt_money(d.t.amount) + ": the text adds money to it (" + in_quotes(mentions_[addition].seg) +
             "), so it is money the project had too");
}

// 该项目年初预算资金为16万元，全部为市级财政资金，2017年度资金全部到位: the text gives the
// budget, no allocation, and says the money arrived in full. The budget is then the money
// that came: one tranche of it, at the level the sentence names, arrived in full.
// 该项目2018年预算7,800,000.00元,实际支出4,573,732.68元 (no word on arrival): the budget is the money
// allocated, as a form's 全年预算数 is, and what arrived is not known. Not where the text says the
// money did not all come (资金未全部到位): what the project had is then not known either.
void funds_reader::budget_as_tranche() {
    if (!tranches_.empty() || !out_.budget) return;
    const sentence* arrived_in_full = nullptr;
    std::u32string_view said;
    for (const auto& s : sentences_) {
        if (!funds_here(s.section)) continue;
        // (部分 found once per sentence: a hostile run of 到位 costs its length, not its square.)
        const auto partly_from = s.masked.find(U"部分");
        for (const std::u32string_view w : {U"到位", U"到账"})
            for (auto at = s.masked.find(w); at != std::u32string::npos; at = s.masked.find(w, at + 1))
                if (negated_before(s.masked, at) || partly_from < at || partly_right_before(s.masked, at)) return;
        if (arrived_in_full) continue;
        for (const std::u32string_view w : {U"全部到位", U"足额到位", U"均已到位", U"已到位", U"全额到位"}) {
            const auto at = s.masked.find(w);
            if (at == std::u32string::npos || negated_before(s.masked, at) || no_arrival_before(s.masked, at)) continue;
            arrived_in_full = &s;
            said = std::u32string_view(s.printed).substr(at, w.size());
            break;
        }
    }
    // The budget's own mention: the adjusted budget's if it has one, else the initial one's.
    const mention* from = nullptr;
    for (const auto want : {kind::budget_adjusted, kind::budget_initial})
        for (const auto& m : mentions_)
            if (!from && m.k == want && m.bound) from = &m;
    if (!from) return;
    draft_tranche& d = new_tranche(*from);
    d.x.add("amount", from->m, of(*from));
    d.mentions.push_back(static_cast<std::size_t>(from - mentions_.data()));
    if (!arrived_in_full) {
        d.x.note("amount = the budget " + fmt_money(d.t.amount) + ": the text states no allocation (a form's 全年预算数 is "
                 "read the same way); what arrived it does not say");
        return;
    }
    d.t.arrived = d.t.amount;
    d.x.add("arrived", said, *arrived_in_full);
    d.x.note("amount = the budget " + fmt_money(d.t.amount) + ": the text states no allocation, and " + in_quotes(said) +
             " (line " + std::to_string(arrived_in_full->line) + ") says the money arrived in full");
}

}  // namespace jixiao::ingest::funds
