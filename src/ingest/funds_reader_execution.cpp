// Reading a project's budget and what became of its money: used, itemised uses,
// carried forward, surplus, reduced, recovered, the reported rate and the reason
// for money left unused. Amounts the reader could not place are reported (JX-S005).
#include "ingest/funds_reader.hpp"
#include "ingest/limits.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/funds.hpp>

#include <algorithm>
#include <numeric>
#include <map>

namespace jixiao::ingest {
namespace funds {

namespace {
// Begins the note of execution figures the text leaves out; the names follow, ", " between.
constexpr std::string_view left_out_note = "not stated in the text, left out (unknown, not 0): ";

// 专户-年初预算数0元, 单位年初预算数0元 after 资金总额-年初预算数1810000元: the budget table's rows by
// source, flattened into lines.
// 上年结转资金支出 (-1), 本年资金支出 (+1): whose money the spending in the last clause of `seg` is, last year's
// carried over or this year's; 0 when the clause does not say.
int spending_source(std::u32string_view seg) {
    const auto clause = last_clause(seg);
    if (contains_any(clause, {U"上年结转", U"上年度结转", U"以前年度结转", U"结转资金"})) return -1;
    if (contains_any(clause, {U"本年资金", U"本年度资金", U"当年资金", U"本年下达", U"当年下达", U"本年预算"})) return 1;
    return 0;
}

bool budget_of_a_source(std::u32string_view clause) {
    const auto c = trim(clause);
    return c.starts_with(U"单位") || contains_any(c, {U"专户", U"财政资金", U"财政拨款", U"其他资金", U"自筹", U"上年结转"});
}

// (二)用于支持竞技体育资助项目301.8万元。其中:1.用于体育赛事组织299.8万元。2.用于支持赛事参赛2万元: the items right
// after an item that add up to it are its breakdown, no spending of their own. Folded only where that makes the
// items add up to what was spent (a list that already does, or still does not, is left as read), and looked for a
// few dozen items ahead at most.
money sum_of_items(const std::vector<use_item>& items) {
    return std::accumulate(items.begin(), items.end(), money{}, [](const money& s, const use_item& i) { return s + i.amount; });
}

void fold_item_breakdowns(execution& e, x_record& x, const money& used) {
    if (e.items.size() < 3 || sum_of_items(e.items) == used) return;
    std::vector<bool> part(e.items.size());
    for (std::size_t i = 0; i + 2 < e.items.size(); ++i) {
        money sum;
        std::size_t k = i + 1;
        for (; k < e.items.size() && k - i <= 32 && sum < e.items[i].amount; ++k) sum += e.items[k].amount;
        if (sum != e.items[i].amount || k < i + 3) continue;
        for (std::size_t p = i + 1; p < k; ++p) part[p] = true;
        i = k - 1;
    }
    std::vector<use_item> kept;
    std::vector<std::size_t> new_index(e.items.size());
    for (std::size_t i = 0; i < e.items.size(); ++i)
        if (!part[i]) {
            new_index[i] = kept.size();
            kept.push_back(e.items[i]);
        }
    if (kept.size() == e.items.size() || sum_of_items(kept) != used) return;
    // The folded items' sources go with them; the others' are numbered anew.
    std::vector<field_source> sources;
    for (auto& src : x.sources) {
        if (!src.field.starts_with("items[")) {
            sources.push_back(std::move(src));
            continue;
        }
        const auto close = src.field.find(']');
        const std::size_t i = std::stoul(src.field.substr(6, close - 6));
        if (i >= part.size() || part[i]) continue;
        src.field = "items[" + std::to_string(new_index[i]) + src.field.substr(close);
        sources.push_back(std::move(src));
    }
    x.sources = std::move(sources);
    x.note(std::to_string(e.items.size() - kept.size()) +
           " itemised uses listed right after another that they add up to are its breakdown, not counted again");
    e.items = std::move(kept);
}
}  // namespace

void funds_reader::read_budget() {
    for (auto& m : mentions_) {
        if (m.k != kind::budget_initial && m.k != kind::budget_adjusted) continue;
        // 年初预算县级资金1887.85万元 after 县级配套1887.85万元: one level's share of the money, stated
        // again — not the project's budget.
        // (When the project has money of other levels; a project of one level's money has that as its budget.)
        if (m.explicit_level &&
            std::any_of(tranches_.begin(), tranches_.end(), [&](const draft_tranche& t) {
                return t.level_explicit && t.t.level == *m.explicit_level && t.t.amount == *m.m.amount;
            }) &&
            std::any_of(tranches_.begin(), tranches_.end(), [&](const draft_tranche& t) { return t.t.level != *m.explicit_level; })) {
            m.reason_zh = "这是" + std::string(vocabulary(*m.explicit_level).zh) + "资金的预算，即前文已读的那笔资金，不是项目的预算数";
            m.reason_en = "the budget of the " + std::string(vocabulary(*m.explicit_level).id) +
                          " money, a tranche already read, not the project's budget";
            continue;
        }
        if (!out_.budget) out_.budget.emplace();
        auto& slot = m.k == kind::budget_initial ? out_.budget->initial : out_.budget->adjusted;
        const char* field = m.k == kind::budget_initial ? "initial" : "adjusted";
        if (slot && *slot != *m.m.amount && budget_of_a_source(m.seg)) {
            m.reason_zh = "这是某一资金来源（财政资金、专户、单位资金等）的预算数，不是项目的预算数";
            m.reason_en = "the budget of one source of the money (财政资金, 专户, 单位…), not the project's";
            continue;
        }
        if (slot && *slot != *m.m.amount) {
            m.reason_zh = std::string("另一处已给出") + (m.k == kind::budget_initial ? "年初预算数 " : "调整后预算数 ") +
                          fmt_money(*slot) + "，与此处不同";
            m.reason_en = std::string("a different ") + field + " budget (" + fmt_money(*slot) + ") is given elsewhere";
            if (same_scope(m)) m.other = *slot;
            m.field = std::string("budget.") + field;
            continue;
        }
        slot = *m.m.amount;
        out_.budget_x.add(field, m.m, of(m));
        if (m.after_cut)
            out_.budget_x.note("adjusted budget = " + fmt_money(*m.m.amount) + ", what line " + std::to_string(of(m).line) +
                               " says is left after the cut (allocated less reduced)");
        m.bound = true;
    }
    // (The budget left after a cut says nothing of the budget set at the start of the year.)
    const bool only_after_cut = out_.budget && !out_.budget->initial &&
                                std::none_of(mentions_.begin(), mentions_.end(), [](const mention& m) {
                                    return m.bound && !m.after_cut && (m.k == kind::budget_initial || m.k == kind::budget_adjusted);
                                });
    if (!out_.budget || only_after_cut) budget_named_by_allocation();
}

// 该项目2020年度资金预算253.7万元 / 预算安排83300万元: the money the text allocates in words that
// call it the budget is the budget too, when no budget is named otherwise and every such
// amount is the whole of what was allocated. (下达…预算资金 is the allocation's verb: not this.)
void funds_reader::budget_named_by_allocation() {
    money allocated{};
    for (const auto& d : tranches_) allocated = allocated + d.t.amount;
    const mention* from = nullptr;
    for (const auto& m : mentions_) {
        if (m.k != kind::allocation || !m.bound || m.part || m.listed || m.breakdown_part || !names_the_budget(m.seg) ||
            contains_any(m.seg, {U"下达", U"下拨", U"拨付", U"到位", U"收到", U"分配"}))
            continue;
        // (安排…预算资金: the allocation's verb before the word; 预算安排 is the budget's own.)
        if (const auto arranged = m.seg.find(U"安排"); arranged != std::u32string_view::npos && arranged < m.seg.rfind(U"预算"))
            continue;
        if (*m.m.amount != allocated) return;
        if (!from) from = &m;
    }
    if (!from || tranches_.empty()) return;
    // 2022年初…资金预算安排300.7万元: the budget set at the start of the year; so is one the text
    // then says was cut (申报…预算资金147.5万元，年中预算调减0.695万元).
    const bool cut = std::any_of(mentions_.begin(), mentions_.end(), [](const mention& m) { return m.k == kind::reduced; });
    const bool initial = (contains(from->seg, U"年初") || cut) && !contains(from->seg, U"调整");
    if (!out_.budget) out_.budget.emplace();
    auto& slot = initial ? out_.budget->initial : out_.budget->adjusted;
    if (slot) return;
    slot = *from->m.amount;
    out_.budget_x.add(initial ? "initial" : "adjusted", from->m, of(*from));
    out_.budget_x.note(std::string(initial ? "initial" : "adjusted") + " budget = the allocation " +
                       fmt_money(*from->m.amount) + ", which line " + std::to_string(of(*from).line) +
                       " calls the budget; no budget is named otherwise");
}

namespace {

// 另支付 / 另外 / 此外 / 还支付: an amount besides the one already stated.
bool additional(std::u32string_view clause_before) {
    for (std::u32string_view w : {U"另", U"此外", U"还支付", U"还使用", U"追加"})
        if (clause_before.find(w) != std::u32string_view::npos) return true;
    return false;
}

// 截至2019年8月底,已拨付资金1677.26万元: the date a figure stands at (2019年8月底), named after 截至 or
// 截止 within the 40 characters before it; empty when none is. (A bounded look: a sentence of
// thousands of amounts is not searched back to its start for each.)
std::u32string_view cut_off_date(std::u32string_view sentence, std::size_t amount_at) {
    const auto before = sentence.substr(amount_at > 40 ? amount_at - 40 : 0, std::min<std::size_t>(amount_at, 40));
    std::optional<std::size_t> word;  // where the last 截至 or 截止 starts
    for (const std::u32string_view w : {U"截至", U"截止"})
        if (const auto at = before.rfind(w); at != std::u32string_view::npos && (!word || at > *word)) word = at;
    if (!word) return {};
    auto date = before.substr(*word + 2);
    if (date.starts_with(U"到") || date.starts_with(U"至")) date.remove_prefix(1);
    return trim(date.substr(0, date.find_first_of(U"，,；;。")));
}

// 9月7日拨100万元: the day a payment was made, the last 9月7日 (or 9月) within the 30 characters of the
// clause before the amount; empty when none is.
std::u32string_view payment_day(std::u32string_view clause) {
    if (clause.size() > 30) clause.remove_prefix(clause.size() - 30);
    std::u32string_view day;
    for (std::size_t i = 0; i < clause.size(); ++i) {
        if (clause[i] != U'月' || i == 0 || !is_digit(clause[i - 1])) continue;
        std::size_t begin = i;
        while (begin > 0 && i - begin < 2 && is_digit(clause[begin - 1])) --begin;
        std::size_t end = i + 1;
        while (end < clause.size() && end - i <= 2 && is_digit(clause[end])) ++end;
        end = end > i + 1 && end < clause.size() && clause[end] == U'日' ? end + 1 : i + 1;
        day = clause.substr(begin, end - begin);
    }
    return day;
}

// 当年安排支出276.288万元: spending planned (安排), not spending done (实际).
bool spending_planned(const mention& m) { return contains(m.seg, U"安排") && !contains(m.seg, U"实际"); }

const char* field_name(kind k) {
    switch (k) {
    case kind::carried_forward: return "carried_forward";
    case kind::surplus: return "surplus";
    case kind::reduced: return "reduced";
    case kind::recovered: return "recovered";
    default: return "used";
    }
}

std::optional<money>& slot_of(execution& e, kind k) {
    switch (k) {
    case kind::carried_forward: return e.carried_forward;
    case kind::surplus: return e.surplus;
    case kind::reduced: return e.reduced;
    case kind::recovered: return e.recovered;
    default: return e.used;
    }
}

// Calls `f(clause, begin, end)` for each clause of `t` (split at ，；：、。 …).
template <class F>
void for_each_clause(std::u32string_view t, F&& f) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i) {
        if (i < t.size() && !is_clause_mark(t[i])) continue;
        f(t.substr(start, i - start), start, i);
        start = i + 1;
    }
}

}  // namespace

void funds_reader::read_execution() {
    execution_draft d;
    read_execution_figures(d);
    read_unstated_dispositions(d);
    read_reported_rate(d);
    if (!d.any) return;  // the text says nothing about the use of the money
    money available;
    for (const auto& t : tranches_) available += arrived_amount(t.t);
    // 2024年…结转资金合计680.315万元 in the book of 2024, with 233.64万元 spent: the money carried in
    // from last year (a prior-year tranche of that amount), stated again — carried forward with what
    // was spent it would be more than there was.
    if (const auto cf = d.amounts.find(kind::carried_forward); cf != d.amounts.end() && d.used &&
                                                               *d.used + cf->second > available &&
                                                               std::any_of(tranches_.begin(), tranches_.end(), [&](const draft_tranche& t) {
                                                                   return t.t.source == fund_source::prior_year && t.t.amount == cf->second;
                                                               })) {
        out_.execution_x.note("the " + fmt_money(cf->second) + " named 结转 is the money carried in from the year before (a "
                              "prior-year tranche of that amount): with what was spent it would be more than there was, so "
                              "it is not read as carried forward");
        out_.execution_x.sources.erase(std::remove_if(out_.execution_x.sources.begin(), out_.execution_x.sources.end(),
                                                      [](const auto& src) { return src.field == "carried_forward"; }),
                                       out_.execution_x.sources.end());
        d.amounts.erase(cf);
    }
    settle_execution(d, available);
    read_deviation(d, available);
    // Unknown is not zero: a field the text does not mention stays absent. Only `used`
    // is 0 when the other figures stated already account for all the money available
    // (项目资金结转到2024年使用: nothing was spent).
    money stated;
    for (const auto* slot : {&d.e.used, &d.e.carried_forward, &d.e.reduced, &d.e.recovered, &d.e.surplus})
        if (*slot) stated += **slot;
    if (!d.e.used && !tranches_.empty() && available.is_positive() && stated == available) {
        d.e.used = money{};
        out_.execution_x.note("used 0: not mentioned, and the figures stated account for all the money available");
    }
    std::string unprinted;
    for (auto [slot, name] : {std::pair{&d.e.used, "used"}, std::pair{&d.e.carried_forward, "carried_forward"},
                              std::pair{&d.e.reduced, "reduced"}, std::pair{&d.e.recovered, "recovered"},
                              std::pair{&d.e.surplus, "surplus"}})
        if (!*slot) unprinted += (unprinted.empty() ? "" : ", ") + std::string(name);
    if (!unprinted.empty()) out_.execution_x.note(std::string(left_out_note) + unprinted);
    out_.exec = std::move(d.e);
}

namespace {
// Where money came from, not what it paid for: 地方资金, 其他资金, 自筹资金 ….
// (The purpose comes without its 资金.)
bool names_a_source(std::string_view purpose) {
    if (purpose.ends_with("资金")) purpose.remove_suffix(std::string_view("资金").size());
    for (const std::string_view w : {"地方", "其他", "自筹", "财政", "上级", "本级", "配套", "上年结转", "当年", "本年"})
        if (purpose == w) return true;
    return false;
}
}  // namespace

// Amounts named as used, itemised, carried forward, surplus, reduced or recovered.
// The same figure stated twice is one figure; a different second figure is left for
// a reviewer (JX-S005) rather than guessed between.
void funds_reader::read_execution_figures(execution_draft& d) {
    x_record& x = out_.execution_x;
    // The levels whose spending one sentence states one after another (州级…28800元于11月10日发放,
    // 省级…17280元于12月18日发放): together they are what was used.
    std::vector<level> used_levels;
    std::size_t used_sentence = 0;
    const mention* used_by = nullptr;  // where the used figure read was stated
    std::vector<std::u32string_view> used_days;  // the days of the payments added into it (9月1日, 9月7日)
    bool summed_sources = false;  // last year's money's spending and this year's, added up
    // The sentence and used figure the payments below it were last counted for, and their count.
    std::optional<std::pair<std::size_t, money>> payments_counted;
    std::ptrdiff_t listed_payments = 0;
    // An allocation before the mention in its sentence (mentions come in the text's order).
    bool allocation_before = false;
    std::size_t sentence = 0;
    // What the funds sections say was used, against which spending told in passing elsewhere
    // (已申请专项债券资金支付9600万元 in 一、项目基本情况) is weighed.
    std::vector<money> funds_used;
    for (const auto& m : mentions_)
        if (m.k == kind::used && is_funds_section(of(m).section)) funds_used.push_back(m.m.amount.value_or(money{}));
    for (auto& m : mentions_) {
        const money a = m.m.amount.value_or(money{});
        if (m.sentence != sentence) allocation_before = false;
        sentence = m.sentence;
        const bool allocation = m.k == kind::allocation;
        switch (m.k) {
        case kind::used: {
            d.any = true;
            // A background section's spending that the funds sections do not state is other money
            // (a bond, the whole works): the funds sections tell this project's use.
            if (!funds_used.empty() && !is_funds_section(of(m).section) &&
                std::find(funds_used.begin(), funds_used.end(), a) == funds_used.end()) {
                m.reason_zh = "这是资金段落以外顺带提到的支出，资金段落另有使用数";
                m.reason_en = "spending mentioned in passing outside the funds sections, which state their own";
                m.field = "execution.used";
                break;
            }
            // One sentence's spending in parts told apart — by the day paid (9月1日拨…160万元,9月7日拨100万元) or
            // by level (州级…28800元于11月10日发放,省级…17280元于12月18日发放): the parts add up to what was used.
            const auto add_part = [&](std::string_view told_apart) {
                x.add("used", m.m, of(m));
                d.used = *d.used + a;
                x.note("used " + fmt_money(*d.used) + " = the " + std::string(told_apart) + " (line " +
                       std::to_string(of(m).line) + "), added up");
                m.bound = true;
            };
            if (const auto day = payment_day(m.seg); d.used && !used_days.empty() && m.sentence == used_sentence && !day.empty() &&
                                                     std::find(used_days.begin(), used_days.end(), day) == used_days.end()) {
                used_days.push_back(day);
                add_part("payments one sentence states on different days");
                break;
            }
            if (const auto lv = m.explicit_level; d.used && lv && !used_levels.empty() && m.sentence == used_sentence &&
                                              std::find(used_levels.begin(), used_levels.end(), *lv) == used_levels.end()) {
                used_levels.push_back(*lv);
                add_part("spending of each level one sentence states");
                break;
            }
            // 上年结转资金支出20万元，本年资金支出80万元: last year's money and this year's, spent side by side.
            if (const auto source = spending_source(m.seg); d.used && used_by && m.sentence == used_sentence && source != 0 &&
                                                             spending_source(used_by->seg) == -source && !summed_sources) {
                summed_sources = true;
                add_part("spending of last year's money and of this year's one sentence states");
                break;
            }
            // 当年安排支出276.288万元,当年实际支出219.488万元: the spending planned, then in the same sentence
            // what was actually spent — the use is the second.
            if (d.used && *d.used != a && used_by && used_by->sentence == m.sentence && spending_planned(*used_by) &&
                used_levels.size() <= 1 && contains(m.seg, U"实际")) {
                std::erase_if(x.sources, [](const auto& src) { return src.field == "used"; });
                x.add("used", m.m, of(m));
                x.note("used " + fmt_money(a) + ", what was actually spent (实际); the " + fmt_money(*d.used) +
                       " before it in the sentence (line " + std::to_string(of(m).line) + ") is the spending planned (安排)");
                d.used = a;
                m.bound = true;
                used_by = &m;
                break;
            }
            if (d.used && *d.used != a) {
                // 截至2018年底…已拨付…1651.53万元；截至2019年8月底,已拨付资金1677.26万元: the figure at a later
                // date, not the same figure restated with another value (JX-S007).
                const auto date = cut_off_date(of(m).masked, m.m.where.begin);
                const auto date_before = used_by ? cut_off_date(of(*used_by).masked, used_by->m.where.begin) : std::u32string_view();
                const bool other_date = !date.empty() && !date_before.empty() && date != date_before;
                m.reason_zh = other_date ? "这是另一日期（截至" + utf8(date) + "）的使用资金，前文已给出截至" + utf8(date_before) +
                                               "的 " + fmt_money(*d.used)
                                         : "另一处已给出使用资金 " + fmt_money(*d.used) + "，与此处不同";
                m.reason_en = other_date ? "the money used at another date (截至" + utf8(date) + "); the text gave " +
                                               fmt_money(*d.used) + " at 截至" + utf8(date_before)
                                         : "a different used figure (" + fmt_money(*d.used) + ") is given elsewhere";
                // 另支付…: a payment besides the one stated, not the same figure restated
                // (JX-S007); whether it belongs in `used` is for a reviewer (JX-S005).
                // (支付A补助经费19.536万元,B84.5万元,C4.51万 after 共支出182.564万元: payments listed in one
                // sentence, each less than what was used, are its parts, not it restated.)
                // (Counted once a sentence and used figure: a sentence may hold thousands of payments.)
                if (payments_counted != std::pair{m.sentence, *d.used}) {
                    payments_counted = std::pair{m.sentence, *d.used};
                    const auto [first, last] = mentions_of(m.sentence);
                    listed_payments = std::count_if(mentions_.begin() + static_cast<std::ptrdiff_t>(first),
                                                    mentions_.begin() + static_cast<std::ptrdiff_t>(last), [&](const mention& o) {
                                                        return o.k == kind::used && o.m.amount && *o.m.amount < *d.used;
                                                    });
                }
                const bool one_of_payments = a < *d.used && m.sentence != used_sentence && listed_payments >= 2;
                if (!additional(m.seg) && same_scope(m) && !other_date && !one_of_payments) m.other = *d.used;
                m.field = "execution.used";
                break;
            }
            x.add("used", m.m, of(m));
            d.used = a;
            m.bound = true;
            used_by = &m;
            summed_sources = false;
            used_days.clear();
            if (const auto day = payment_day(m.seg); !day.empty()) used_days.push_back(day);
            used_levels.clear();
            if (m.explicit_level) used_levels.push_back(*m.explicit_level);
            used_sentence = m.sentence;
            break;
        }
        case kind::item: {
            d.any = true;
            m.bound = true;
            const auto seg_begin = static_cast<std::size_t>(m.seg.data() - of(m).masked.data());
            use_item item;
            item.purpose = utf8(strip_purpose(std::u32string_view(of(m).printed).substr(seg_begin, m.seg.size())));
            item.amount = a;
            // 其中省级10.82万元: a split of the used money by level, not a purpose; 其中…地方资金98.6万元，
            // 其他资金859.6万元: by source.
            const bool by_level = !m.level_word.empty() && (item.purpose == utf8(m.level_word) || item.purpose.empty());
            if (by_level || names_a_source(item.purpose)) {
                x.add("used", m.m, of(m));
                x.note("used includes " + utf8(m.m.printed) + " of " + (by_level ? utf8(m.level_word) : item.purpose) +
                       " money (line " + std::to_string(of(m).line) + "); a split by " + (by_level ? "level" : "source") +
                       ", not an itemised use");
                break;
            }
            if (d.e.items.size() == max_items_per_project)
                refuse_beyond(max_items_per_project,
                              {"一个项目的文字列出了", "项支出明细", "没有哪份自评报告的一个项目列出这么多项",
                               "one project's text itemises", "uses of its money",
                               "no self-evaluation report itemises one project's spending that finely"},
                              of(m).line);
            x.add("items[" + std::to_string(d.e.items.size()) + "].amount", m.m, of(m));
            d.e.items.push_back(std::move(item));
            // (该项目为…提前下达资金项目,用于A1.065万元,B2.1万元: uses named after an allocation whose amount is not
            // printed are what the money is for too; so are they after money passed on, 将该笔资金下拨至某旗,用于实施…(723万元).)
            const auto before_item = std::u32string_view(of(m).masked).substr(0, seg_begin);
            const bool allocated_unprinted = contains_any(before_item, {U"下达", U"批复", U"下拨"}) &&
                                             !contains_any(before_item, {U"支出", U"支付", U"使用", U"拨付", U"发放", U"执行"});
            d.items_planned = d.items_planned && (allocation_before || allocated_unprinted);
            // (…大型修缮44.3万元(其中:…;承启小 — the project's text ends mid-sentence: the list may go on.)
            d.items_cut = d.items_cut || breaks_off_in(m.sentence);
            break;
        }
        case kind::carried_forward:
        case kind::surplus:
        case kind::reduced:
        case kind::recovered: {
            d.any = true;
            const auto it = d.amounts.find(m.k);
            if (it != d.amounts.end() && it->second != a) {
                m.reason_zh = "另一处已给出不同的数额（" + fmt_money(it->second) + "）";
                m.reason_en = std::string("a different ") + field_name(m.k) + " figure (" + fmt_money(it->second) +
                              ") is given elsewhere";
                if (same_scope(m)) m.other = it->second;
                m.field = std::string("execution.") + field_name(m.k);
                break;
            }
            d.amounts[m.k] = a;
            x.add(field_name(m.k), m.m, of(m));
            m.bound = true;
            break;
        }
        case kind::remainder:
            if (m.reason_en.empty()) {
                m.reason_zh = "这是余下未用的钱，文中未说明去向（结转、结余、追减或收回）";
                m.reason_en = "money left unused whose fate (carried forward, surplus, reduced or recovered) is not stated";
            }
            break;
        default:
            break;
        }
        allocation_before = allocation_before || allocation;
    }
}

namespace {
// 5个项目…: a count of projects before the word, so the clause speaks of some of them.
bool some_projects_before(std::u32string_view text) {
    const auto at = text.find(U"个项目");
    return at != std::u32string_view::npos && at > 0 &&
           (is_digit(text[at - 1]) || std::u32string_view(U"两二三四五六七八九十").find(text[at - 1]) != std::u32string_view::npos);
}
}  // namespace

// Clauses that name no amount: 剩余资金财政已追减, 项目资金结转到2024年使用,
// 已全部完成支付, 无结转结余, 其余的在后续…中发放.
void funds_reader::read_unstated_dispositions(execution_draft& d) {
    struct words {
        kind k;
        std::vector<std::u32string_view> list;
    };
    static const words dispositions[] = {
        {kind::carried_forward, {U"结转", U"余款安排下年", U"安排下年", U"留待下年", U"下年度继续使用", U"下年继续使用"}},
        {kind::surplus, {U"结余", U"节余"}},
        {kind::reduced, {U"追减", U"调减", U"核减"}},
        {kind::recovered, {U"收回", U"缴回", U"上缴"}},
    };
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        const sentence& s = sentences_[si];
        if (!funds_here(s.section) && !is_budget_section(s.section)) continue;
        if (is_bare_label(s.masked)) continue;
        // The sentence's mentions in printed order: the next one past each clause is the first to check.
        std::size_t next_mention = mentions_of(si).first;
        const std::size_t last_mention = mentions_of(si).second;
        for_each_clause(s.masked, [&](std::u32string_view clause, std::size_t begin, std::size_t end) {
            while (next_mention < last_mention && mentions_[next_mention].m.where.begin < begin) ++next_mention;
            if (next_mention < last_mention && mentions_[next_mention].m.where.begin < end) return;
            if (contains_any(clause, {U"上年结转", U"上年度结转", U"上年结余", U"年初结转", U"以前年度结转"})) return;
            // (三、资金结转结余情况: a heading's topic, no claim of what became of the money.)
            if (ends_with_any(trim(clause), {U"情况", U"情况分析", U"情况说明"})) return;
            const std::u32string printed(trim(std::u32string_view(s.printed).substr(begin, clause.size())));
            for (auto phrase : used_all_phrases) {
                const auto at = clause.find(phrase);
                if (at == std::u32string_view::npos || negated_before(clause, at)) continue;
                // (已全部拨付到位, 已全部拨付至项目单位: paid over to where it is spent, not spent.)
                if (phrase.ends_with(U"拨付") && starts_with_any(clause.substr(at + phrase.size()), {U"到", U"至", U"给", U"下"})) continue;
                d.used_all = disposition_claim{kind::used, &s, printed};
                d.any = true;
            }
            // 项目目前未实施,资金未使用: the money, all of it, not spent (not 部分资金未使用, 资金未使用完).
            if (contains_any(clause, {U"资金未使用", U"资金尚未使用", U"资金未支出", U"资金尚未支出", U"资金未支付", U"资金尚未支付"}) &&
                !contains_any(clause, {U"部分", U"剩余", U"结余", U"余下", U"其余", U"尚余", U"未使用完", U"未支出完", U"未支付完",
                                       U"完毕", U"全部"})) {
                d.used_none = disposition_claim{kind::used, &s, printed};
                d.any = true;
            }
            // 其余的在后续检测扑杀中发放: the rest is kept to be paid out later, carried forward.
            if (contains_any(clause, {U"其余", U"剩余", U"余款", U"余下", U"尚余"}) && contains(clause, U"后续") &&
                contains_any(clause, {U"发放", U"使用", U"支付", U"支出"}) && !negated_before(clause, clause.find(U"后续"))) {
                d.any = true;
                d.rest_claims.push_back({kind::carried_forward, &s, printed});
                return;
            }
            for (const auto& dsp : dispositions) {
                for (auto w : dsp.list) {
                    const auto at = clause.find(w);
                    if (at == std::u32string_view::npos) continue;
                    if (dsp.k == kind::carried_forward && is_prior_year_carry_over(clause, at, context_.fiscal_year)) continue;
                    // 直补到人后结余的资金,由县市区政府统筹安排: 结余的 names a kind of money a rule speaks
                    // of, not money the project has left.
                    const bool attributive = at + w.size() < clause.size() && clause[at + w.size()] == U'的';
                    if (attributive && !negated_before(clause, at)) continue;
                    // 结转-渝财教[2020]75号…: which document's money was carried over into the year, a
                    // source named before its document, not what became of this year's.
                    if (at + w.size() < clause.size() &&
                        std::u32string_view(U"-－—–《").find(clause[at + w.size()]) != std::u32string_view::npos)
                        continue;
                    // 5个项目指标结转: what became of some of the projects' money, not of the rest of it.
                    if (!negated_before(clause, at) && some_projects_before(clause.substr(0, at))) continue;
                    d.any = true;
                    if (negated_before(clause, at)) d.zero_claims.insert_or_assign(dsp.k, disposition_claim{dsp.k, &s, printed});
                    else d.rest_claims.push_back({dsp.k, &s, printed});
                    break;
                }
            }
        });
    }
}

// …已全额划转至各街道并执行发放，发放率100%: the rate money was paid out at. Not an
// indicator's 发放准确率 or 社会化发放率: 发放率 stands at the start of its clause or after 资金
// (and, as the caller checks, in a sentence that states money: a goal's 发放率100% is a target).
namespace {
bool paid_out_rate(std::u32string_view seg) {
    seg = trim(seg);
    for (const std::u32string_view w : {U"为", U"达到", U"达", U"是"})
        if (seg.ends_with(w)) seg = trim(seg.substr(0, seg.size() - w.size()));
    if (!seg.ends_with(U"发放率")) return false;
    seg.remove_suffix(3);
    return seg.empty() || seg.ends_with(U"资金");
}
// 占已发行债券金额60%, 占年度预算的95%: a share of the money (not 占总投资, a share of a whole works).
bool share_of_the_money(std::u32string_view seg) {
    seg = trim(seg);
    // (已支出85万元，占比85%: the share, of the money the sentence allocated.)
    if (seg == U"占比" || seg == U"占比为" || seg == U"占比达") return true;
    if (!seg.starts_with(U"占")) return false;
    if (seg.ends_with(U"的")) seg.remove_suffix(1);
    return ends_with_any(seg, {U"预算", U"资金", U"金额", U"经费", U"预算数", U"资金总额", U"预算资金", U"计划资金"}) &&
           !contains(seg, U"投资");
}
// The words before 到位率 say money is what arrives: none (，到位率100%), or a word for money (资金, 经费,
// 预算, 补助, 拨款) or for when (按时) right before it.
bool money_arrives(std::u32string_view before) {
    before = trim(before);
    if (before.empty() || is_clause_mark(before.back()) || is_digit(before.back())) return true;
    return ends_with_any(before, {U"资金", U"資金", U"经费", U"經費", U"预算", U"補助", U"补助", U"拨款", U"款项", U"按时", U"及时", U"元", U"万"});
}
}  // namespace

// 完成预算的0%, 预算执行率为83.33%, 到位率40%: what the text claims, checked later
// (JX-F004, JX-F012), never used. A work 完成率 (施工完成率100%) is not the execution rate.
void funds_reader::read_reported_rate(execution_draft& d) {
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        const sentence& s = sentences_[si];
        // (1.援建…健身器材618.97元,项目支出进度100%: one item's own rate, not the project's.)
        bool item_line = false;
        for (auto [i, last] = mentions_of(si); i < last && !item_line; ++i)
            item_line = mentions_[i].k == kind::item && mentions_[i].item_number > 0;
        if (item_line) continue;
        std::optional<bool> states_money;  // found at most once per sentence
        for (const auto& p : find_percents(s)) {
            const auto seg = clause_before(s.masked, p.where.begin);
            // (其中,投入目标:…财政资金到位率100%,使用率100%: what was aimed at.)
            if (under_target_label(s.masked, p.where.begin)) continue;
            // 资金使用率大于95%的得满分: a scoring rule's threshold, not the rate the project reached.
            const auto after = std::u32string_view(s.masked).substr(p.where.end);
            // (预算执行率未达到100%: what it fell short of, no rate it reached.)
            if (ends_with_any(trim(seg), {U"大于", U"高于", U"不低于", U"低于", U"小于", U"≥", U">=", U">", U"<", U"未达到", U"未达",
                                          U"没有达到", U"不足", U"未超过"}) ||
                after.starts_with(U"的得") || after.starts_with(U"以上的") || after.starts_with(U"得满分") ||
                after.starts_with(U"的，得") || after.starts_with(U"的,得") || after.starts_with(U"的扣"))
                continue;
            std::size_t arrival = last_word_end(seg, {U"到位率", U"到位比例", U"到账率"});
            std::size_t arrival_from =
                arrival == std::u32string_view::npos ? arrival : std::min(seg.rfind(U"到位", arrival - 2), seg.rfind(U"到账", arrival - 2));
            // (资金到位80%: 到位 right before the percent gives the rate as well.)
            if (arrival == std::u32string_view::npos) {
                auto close = trim(seg);
                for (const std::u32string_view w : {U"为", U"达", U"了", U"达到"})
                    if (close.ends_with(w)) close.remove_suffix(w.size());
                if (close.ends_with(U"到位")) {
                    arrival = seg.size();
                    arrival_from = static_cast<std::size_t>(close.data() - seg.data()) + close.size() - 2;
                }
            }
            std::size_t executed = last_word_end(seg, execution_rate_words);
            if (arrival != std::u32string_view::npos && (executed == std::u32string_view::npos || arrival > executed)) {
                if (out_.arrival_rate) continue;
                // (5000吨稻谷…储备到位率100%, 人员到位率: goods or people in place, an indicator — not money.)
                if (!money_arrives(seg.substr(0, arrival_from))) continue;
                out_.arrival_rate = reported_percentage{p.value, p.decimals, utf8(p.printed)};
                out_.arrival_rate_source = field_source{"reported_arrival_rate", p.printed, s.line, excerpt_around(s.printed, p.printed, p.where.begin)};
                continue;
            }
            // 实际使用7880万元,占已发行债券金额60%: the share of the money that was spent.
            if (executed == std::u32string_view::npos && share_of_the_money(seg)) {
                const auto [first, last] = mentions_of(si);
                std::optional<kind> before;
                for (auto i = first; i < last && mentions_[i].m.where.end <= p.where.begin; ++i) before = mentions_[i].k;
                if (before == kind::used) executed = seg.size();
            }
            if (executed == std::u32string_view::npos && paid_out_rate(seg)) {
                if (!states_money) states_money = !find_money(s).empty();
                if (*states_money) executed = seg.size();
            }
            if (executed == std::u32string_view::npos || d.e.reported_rate) continue;
            d.e.reported_rate = reported_percentage{p.value, p.decimals, utf8(p.printed)};
            out_.execution_x.add("reported_rate", p.printed, s, p.where.begin);
            d.any = true;
        }
    }
}

void funds_reader::settle_execution(execution_draft& d, const money& available) {
    x_record& x = out_.execution_x;
    execution& e = d.e;
    if (d.used) fold_item_breakdowns(e, x, *d.used);
    const money items_sum = sum_of_items(e.items);
    // Items read that are not the spending's items, said why (their sources go with them).
    const auto drop_items = [&](const std::string& why) {
        x.note(why);
        std::erase_if(x.sources, [](const auto& src) { return src.field.starts_with("items["); });
        e.items.clear();
    };
    // 共下达…2272万元,…;用于直发直补资金609.22万元、…: items listed in the sentence that allocates the
    // money say what it is for, not what was spent.
    if (!d.used && !e.items.empty() && d.items_planned) {
        x.note("the items listed after the money allocated, in its sentence, say what it is for: no used figure is taken "
               "from them");
    } else if (d.used && !e.items.empty() && d.items_cut && items_sum < *d.used) {
        // 我单位…项目支出决算为150万元,其中:…大型修缮44.3万元(其中:…;承启小: the text breaks off in the list
        // of what the money paid for; the items read are not all of them (JX-F008 would weigh a part).
        drop_items("the text breaks off in the list of what the " + fmt_money(*d.used) +
                   " used paid for: its items as far as they are printed are not read, the list being incomplete");
    } else if (d.used && !e.items.empty() && d.items_planned && items_sum != *d.used) {
        // 安排…85.8万元。其中,用于…项目80万元,已支付0万元: what the money allocated is for, not the parts of
        // what was spent; they are not weighed against it (JX-F008).
        std::string listed;
        for (const auto& item : e.items) listed += (listed.empty() ? "" : ", ") + item.purpose + " " + fmt_money(item.amount);
        drop_items("the items listed after the money allocated, in its sentence, say what it is for (" + listed +
                   "), not what the " + fmt_money(*d.used) + " used paid for: they are not read as its items");
    } else if (!d.used && !e.items.empty()) {
        d.used = items_sum;
        x.note("used " + fmt_money(items_sum) + " = the sum of the itemised uses (no separate used figure is printed)");
    }
    if (d.used_all && !tranches_.empty()) {
        if (!d.used) {
            d.used = available;
            x.add("used", d.used_all->clause, *d.used_all->from);
            x.note("used = available (" + fmt_money(available) + "): " + in_quotes(d.used_all->clause));
        } else if (*d.used != available) {
            x.note("the text says " + in_quotes(d.used_all->clause) + " but the used figure " + fmt_money(*d.used) +
                   " differs from the money available, " + fmt_money(available));
        }
    }
    if (d.used_none && !d.used && !d.used_all && !tranches_.empty()) {
        d.used = money{};
        x.add("used", d.used_none->clause, *d.used_none->from);
        x.note("used = 0: " + in_quotes(d.used_none->clause) + " says none of the money was spent");
    }
    e.used = d.used;
    for (const auto& [k, a] : d.amounts) slot_of(e, k) = a;
    for (const auto& [k, c] : d.zero_claims) {
        auto& slot = slot_of(e, k);
        if (slot) continue;
        slot = money{};
        x.add(field_name(k), c.clause, *c.from);
    }
    // One disposition named without an amount takes the remainder; two cannot share it.
    std::vector<disposition_claim> open;
    for (const auto& c : d.rest_claims)
        if (!d.amounts.count(c.k) &&
            std::none_of(open.begin(), open.end(), [&](const disposition_claim& o) { return o.k == c.k; }))
            open.push_back(c);
    if (open.size() > 1) {
        std::string names;
        for (const auto& c : open) names += (names.empty() ? "" : ", ") + std::string(field_name(c.k));
        x.note("the text names " + names + " without amounts; the remainder cannot be split between them, so they are left out");
        return;
    }
    if (open.empty()) return;
    const auto& c = open.front();
    // 剩余资金结转 with no used figure: the remainder of an unknown is unknown. 项目资金结转到
    // 2024年使用 speaks of all of the project's money.
    const bool whole = !contains_any(c.clause, {U"剩余", U"余款", U"余下", U"其余", U"尚余", U"结余资金"});
    if (!d.used && !whole) {
        x.note(std::string(field_name(c.k)) + ": the text names it without an amount (" + in_quotes(c.clause) +
               ") and does not state what was used, so the remainder is unknown; left out");
        return;
    }
    if (tranches_.empty()) return;  // nothing stated to take a remainder of
    money rest = available - d.used.value_or(money{});
    for (const auto& [k, a] : d.amounts) rest -= a;
    // (结余资金15万元，已上缴财政 with 85 used of 100: the clause speaks of the 结余 already counted; a
    // remainder of nothing is no figure.)
    if (!rest.is_positive()) {
        x.note(std::string(field_name(c.k)) + ": the text names it without an amount, and nothing is left over (" +
               fmt_money(rest) + ")");
        return;
    }
    slot_of(e, c.k) = rest;
    x.add(field_name(c.k), c.clause, *c.from);
    x.note(std::string(field_name(c.k)) + " " + fmt_money(rest) + " = the remainder (available " + fmt_money(available) +
           " less what else is accounted for): " + in_quotes(c.clause) + " names no amount");
}

// The reason the text gives for money left unused: a clause opening with 因/由于/受
// (因财政资金紧张), else the clause right after the execution rate saying what was not
// done (未及时发放). Read only when some money was indeed left unused.
void funds_reader::read_deviation(execution_draft& d, const money& available) {
    if (d.used.value_or(money{}) >= available) return;
    for (const auto& s : sentences_) {
        if (!funds_here(s.section)) continue;
        for_each_clause(s.masked, [&](std::u32string_view clause, std::size_t, std::size_t) {
            if (d.e.deviation) return;
            clause = trim(clause);
            if (!clause.starts_with(U"因") && !clause.starts_with(U"由于") && !clause.starts_with(U"受")) return;
            // (受益农户13户, 受助对象…: those the money is for, no reason.)
            if (starts_with_any(clause, {U"受益", U"受助", U"受惠", U"受理", U"受训", U"受众", U"受让"})) return;
            const auto b = static_cast<std::size_t>(clause.data() - s.masked.data());
            const auto printed = std::u32string_view(s.printed).substr(b, clause.size());
            d.e.deviation = utf8(printed);
            out_.execution_x.add("deviation", printed, s);
        });
        if (d.e.deviation) return;
    }
    // …实际执行率为72.03%，2023年秋季学期未及时发放: the clause right after the rate says what
    // was not done, wherever the sentence stands.
    for (const auto& s : sentences_) {
        bool after_rate = false;
        for_each_clause(s.masked, [&](std::u32string_view clause, std::size_t, std::size_t) {
            if (d.e.deviation) return;
            const bool rate_here = contains(clause, U"执行率");
            if (after_rate && !rate_here &&
                contains_any(clause, {U"未及时", U"未能", U"尚未", U"未完成", U"滞后", U"延迟", U"推迟", U"未全部"})) {
                clause = trim(clause);
                const auto b = static_cast<std::size_t>(clause.data() - s.masked.data());
                const auto printed = std::u32string_view(s.printed).substr(b, clause.size());
                d.e.deviation = utf8(printed);
                out_.execution_x.add("deviation", printed, s);
                return;
            }
            after_rate = rate_here;
        });
        if (d.e.deviation) return;
    }
}

void funds_reader::finish() {
    for (auto mi : misprints_) {
        const mention& m = mentions_[mi];
        out_.misprints.push_back({of(m).line, excerpt_around(of(m).printed, m.m.printed, m.m.where.begin), m.m.printed});
    }
    // In the order the text first names them (a tranche read from its arrival, 收到中央下达…, is
    // made after those read from allocations).
    const auto first_named = [&](const draft_tranche& d) {
        return d.mentions.empty() ? mentions_.size() : *std::min_element(d.mentions.begin(), d.mentions.end());
    };
    std::stable_sort(tranches_.begin(), tranches_.end(),
                     [&](const draft_tranche& a, const draft_tranche& b) { return first_named(a) < first_named(b); });
    for (auto& d : tranches_) {
        out_.tranches.push_back(d.t);
        out_.tranche_x.push_back(std::move(d.x));
    }
    std::size_t same_run = 0;  // unbound amounts before this one in its line, for the same reason
    for (const auto& m : mentions_) {
        if (m.bound) continue;
        const sentence& s = of(m);
        unbound_amount u;
        u.line = s.line;
        u.section = s.section;
        u.printed = m.m.printed;
        u.reason_zh = m.reason_zh;
        u.reason_en = m.reason_en;
        u.other = m.other;
        u.value = m.m.amount;
        u.field = m.field;
        if (u.reason_en.empty()) {
            u.reason_zh = "它不在资金段落（一（一）、二（一）），也未写明是预算数";
            u.reason_en = "it is not in a funds paragraph (一（一）, 二（一）) and is not named as a budget figure";
        }
        const auto* before = out_.unbound.empty() ? nullptr : &out_.unbound.back();
        same_run = before && same_unbound_run(*before, u) ? same_run + 1 : 0;
        if (same_run < unbound_named_per_line || u.other) u.sentence = excerpt_around(s.printed, m.m.printed, m.m.where.begin);
        out_.unbound.push_back(std::move(u));
    }
}

}  // namespace funds

funds_reading read_funds(const std::vector<sentence>& sentences, const reading_context& context) {
    return funds::funds_reader(sentences, context).read();
}

void now_stated(x_record& execution_x, std::string_view field) {
    for (auto it = execution_x.notes.begin(); it != execution_x.notes.end(); ++it) {
        if (!it->starts_with(funds::left_out_note)) continue;
        std::string rest;
        const std::string_view list = std::string_view(*it).substr(funds::left_out_note.size());
        for (std::size_t from = 0; from <= list.size();) {
            const auto comma = std::min(list.find(", ", from), list.size());
            if (const auto name = list.substr(from, comma - from); name != field) rest += (rest.empty() ? "" : ", ") + std::string(name);
            from = comma + 2;
        }
        if (rest.empty()) execution_x.notes.erase(it);
        else *it = std::string(funds::left_out_note) + rest;
        return;
    }
}

}  // namespace jixiao::ingest
