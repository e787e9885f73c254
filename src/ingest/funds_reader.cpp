// Reading a project's money from its sentences: tranches (下达 / 到位), the
// budget, and what became of the money (使用 / 结转 / 结余 / 追减 / 收回).
//
// Every amount in sections 一（一） and 二（一） is classified by the word nearest
// before it in its clause (下达资金4万元 → allocated, 使用资金0万元 → used), else by
// the word after it (4万元到位 → arrived), else by the amount before it in the same
// sentence (省级10万元、市级5万元), else by the sub-section it is in (1．资金计划及到位
// → allocated, 2．资金使用 → used). Amounts elsewhere are not funds figures.
#include "ingest/reading.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/funds.hpp>

#include <algorithm>
#include <map>

namespace jixiao::ingest {
namespace {

enum class kind {
    none,
    allocation,        // 下达 / 划拨 / 安排
    prior_allocation,  // 上年结转资金 (money that came in from last year)
    arrival,           // 到位
    used,              // 使用 / 支出 / 支付
    item,              // 用于A2万元
    carried_forward,   // 结转
    surplus,           // 结余
    reduced,           // 追减 / 调减
    recovered,         // 收回
    budget_initial,    // 年初预算
    budget_adjusted,   // 调整后预算 / 全年预算
    remainder,         // 剩余X万元, with nothing said about it
};

struct keyword_group {
    kind k;
    std::vector<std::u32string_view> words;
};

const std::vector<keyword_group>& keyword_groups() {
    static const std::vector<keyword_group> groups{
        {kind::allocation, {U"下达", U"下拨", U"划拨", U"拨付", U"拨款", U"安排", U"批复", U"分配", U"追加", U"争取", U"投入"}},
        {kind::arrival, {U"到位", U"到账", U"收到", U"拨入"}},
        {kind::used, {U"使用", U"支出", U"支付", U"执行", U"花费", U"兑现", U"发放", U"开支", U"用去", U"报销", U"列支"}},
        {kind::item, {U"用于"}},
        {kind::carried_forward, {U"结转"}},
        {kind::surplus, {U"结余"}},
        {kind::reduced, {U"追减", U"调减", U"核减"}},
        {kind::recovered, {U"收回", U"缴回", U"上缴", U"上交", U"退回"}},
        // 预算数 alone is not a word here: it is inside 调整后预算数 as well as 年初预算数.
        {kind::budget_initial, {U"年初预算", U"年初安排"}},
        {kind::budget_adjusted, {U"调整后预算", U"全年预算", U"调整预算", U"调整后", U"调整为"}},
    };
    return groups;
}

const std::vector<std::u32string_view> used_all_phrases{U"全部完成支付", U"已全部支付", U"全部支付完毕", U"已支付完毕",
                                                        U"全部使用完毕", U"已全部使用", U"已使用完毕", U"全部用完",
                                                        U"已全部支出", U"全部支出完毕", U"已全部拨付"};

bool is_funds_section(section_id s) {
    return s == section_id::application || within(s, section_id::funds);
}
bool is_budget_section(section_id s) { return read_by_funds_reader(s); }

// Money that came over from earlier years: 上年结转资金, 2022年结转资金.
bool is_prior_year_carry_over(std::u32string_view seg, std::size_t carry_at, int fiscal_year) {
    const auto before = seg.substr(0, carry_at);
    if (ends_with_any(before, {U"上年", U"上年度", U"上一年度", U"以前年度", U"往年", U"历年", U"上年度的", U"上年的"}))
        return true;
    if (before.size() >= 5 && before.back() == U'年') {
        const auto y = before.substr(before.size() - 5, 4);
        if (std::all_of(y.begin(), y.end(), is_digit)) {
            const int year = static_cast<int>((y[0] - U'0') * 1000 + (y[1] - U'0') * 100 + (y[2] - U'0') * 10 + (y[3] - U'0'));
            return year < fiscal_year;
        }
    }
    return false;
}

// The kind named by the word that ends last in `seg`.
kind kind_before(std::u32string_view seg, section_id section, int fiscal_year) {
    kind best = kind::none;
    std::size_t best_end = 0;
    bool found = false;
    for (const auto& g : keyword_groups()) {
        for (auto w : g.words) {
            const auto at = seg.rfind(w);
            if (at == std::u32string_view::npos) continue;
            const std::size_t end = at + w.size();
            if (!found || end > best_end || (end == best_end && g.k == kind::budget_adjusted)) {
                found = true;
                best_end = end;
                best = g.k;
                if (g.k == kind::carried_forward && is_prior_year_carry_over(seg, at, fiscal_year)) best = kind::prior_allocation;
                if (g.k == kind::allocation && (w == U"拨付" || w == U"拨款") && within(section, section_id::funds_use))
                    best = kind::used;
            }
        }
    }
    return best;
}

bool negated_before(std::u32string_view text, std::size_t at);

// The kind named by the first word after the amount (4万元到位, 2万元结转下年).
// Negated: 30万元尚未到位 is money allocated that has not arrived; 30万元未使用 is a
// remainder whose fate the clause does not give.
kind kind_after(std::u32string_view after) {
    kind best = kind::none;
    std::size_t best_at = after.size();
    for (const auto& g : keyword_groups()) {
        if (g.k == kind::allocation || g.k == kind::item || g.k == kind::budget_initial || g.k == kind::budget_adjusted)
            continue;
        for (auto w : g.words) {
            const auto at = after.find(w);
            if (at != std::u32string_view::npos && at < best_at) {
                best_at = at;
                best = g.k;
            }
        }
    }
    if (best != kind::none && negated_before(after, best_at)) {
        if (best == kind::arrival) return kind::allocation;
        if (best == kind::used) return kind::remainder;
    }
    return best;
}

// 尚未到位, 无结转结余, 资金未能到位: a negation within the few characters before the word.
bool negated_before(std::u32string_view text, std::size_t at) {
    const auto before = text.substr(at >= 4 ? at - 4 : 0, at >= 4 ? 4 : at);
    return contains_any(before, {U"未", U"没有", U"无", U"不存在"});
}

std::optional<int> year_in(std::u32string_view seg) {
    std::optional<int> year;
    for (std::size_t i = 0; i + 4 < seg.size(); ++i) {
        if ((i > 0 && is_digit(seg[i - 1])) || seg[i + 4] != U'年') continue;
        bool ok = true;
        int y = 0;
        for (std::size_t k = i; k < i + 4; ++k) {
            if (!is_digit(seg[k])) { ok = false; break; }
            y = y * 10 + static_cast<int>(seg[k] - U'0');
        }
        if (ok && y >= 1990 && y <= 2100) year = y;
    }
    return year;
}

bool allocating_title(std::u32string_view title) {
    return title.empty() || contains_any(title, {U"下达", U"下拨", U"拨付", U"分配", U"安排", U"追加", U"预算"});
}

std::u32string strip_purpose(std::u32string_view s) {
    s = trim(s);
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::u32string_view w : {U"其中", U"主要用于", U"分别用于", U"用于", U"包括", U"：", U":", U"、", U"，"}) {
            if (s.starts_with(w)) { s.remove_prefix(w.size()); s = trim(s); again = true; }
        }
        for (std::u32string_view w : {U"共计", U"合计", U"资金", U"金额", U"共", U"计", U"为", U"约", U"的"}) {
            if (s.ends_with(w) && s.size() > w.size()) { s.remove_suffix(w.size()); s = trim(s); again = true; }
        }
    }
    return std::u32string(s);
}

struct mention {
    std::size_t sentence = 0;
    money_mention m;
    kind k = kind::none;
    std::u32string_view seg;   // the clause text before it (masked)
    std::u32string_view after; // the clause text after it (masked)
    std::optional<level> explicit_level;
    std::u32string level_word;
    bool part = false;         // after 其中: a part of the amount before it
    bool total = false;        // followed by 其中 parts
    bool bound = false;
    std::string reason_zh, reason_en;  // why it stayed unbound
};

struct draft_tranche {
    tranche t;
    bool level_explicit = false;
    bool carry_over = false;  // 上年结转资金: already in hand, it does not arrive this year
    std::size_t first_sentence = 0;
    std::vector<std::size_t> mentions;  // indexes into the mention list
    x_record x;
};

std::string fmt_money(const money& m) { return format_wan(m) + "万元"; }

class funds_reader {
public:
    funds_reader(const std::vector<sentence>& sentences, const reading_context& context)
        : sentences_(sentences), context_(context) {}

    funds_reading read() {
        classify();
        read_allocations();
        read_arrivals();
        read_arrival_statements();
        drop_totals();
        read_budget();
        read_execution();
        finish();
        return std::move(out_);
    }

private:
    const std::vector<sentence>& sentences_;
    const reading_context& context_;
    std::vector<mention> mentions_;
    std::vector<draft_tranche> tranches_;
    funds_reading out_;

    const sentence& of(const mention& m) const { return sentences_[m.sentence]; }

    void classify() {
        for (std::size_t si = 0; si < sentences_.size(); ++si) {
            const sentence& s = sentences_[si];
            const bool funds = is_funds_section(s.section);
            if (!funds && !is_budget_section(s.section)) continue;
            const auto found = find_money(s);
            std::size_t prev_end = 0;
            kind prev = kind::none;
            bool items_mode = false;
            for (std::size_t j = 0; j < found.size(); ++j) {
                mention m;
                m.sentence = si;
                m.m = found[j];
                const std::u32string_view masked = s.masked;
                m.seg = clause_before(masked, m.m.where.begin, prev_end);
                const std::size_t next = j + 1 < found.size() ? found[j + 1].where.begin : masked.size();
                m.after = clause_after(masked, m.m.where.end, next);
                prev_end = m.m.where.end;
                if (m.m.per_capita) {
                    m.reason_zh = "这是人均标准（每人每年的金额），不是项目资金；若有分担政策，可作为其人均标准";
                    m.reason_en = "a per-capita standard (per person and year), not an amount of the project's money; "
                                  "a cost-sharing policy may need it as its standard";
                    mentions_.push_back(std::move(m));
                    continue;
                }
                if (!m.m.amount) {
                    m.reason_zh = "金额精确到分以下，不能作为资金数";
                    m.reason_en = "the amount is finer than one fen and cannot be a funds figure";
                    mentions_.push_back(std::move(m));
                    continue;
                }
                if (const auto levels = find_levels(m.seg); !levels.empty()) {
                    m.explicit_level = levels.back().value;
                    m.level_word = std::u32string(m.seg.substr(levels.back().at, levels.back().length));
                }
                // 其中：省级资金80万元 — 其中 may sit before a colon, outside the clause.
                const auto between = masked.substr(j == 0 ? 0 : found[j - 1].where.end,
                                                   m.m.where.begin - (j == 0 ? 0 : found[j - 1].where.end));
                m.part = contains_any(between, {U"其中", U"包括"});
                kind k = kind_before(m.seg, s.section, context_.fiscal_year);
                if (k == kind::none) {
                    k = kind_after(m.after);
                    if (k == kind::none && contains_any(m.seg, {U"剩余", U"余下", U"其余", U"尚余"})) k = kind::remainder;
                }
                if (m.part && (prev == kind::used || prev == kind::item) && (k == kind::none || k == kind::used))
                    k = kind::item;
                if (k == kind::none) {
                    if (items_mode) k = kind::item;
                    else if (prev != kind::none && prev != kind::remainder) k = prev;
                    else if (within(s.section, section_id::funds_use)) k = kind::used;
                    else if (funds) k = kind::allocation;
                }
                if (m.part && !mentions_.empty() && mentions_.back().sentence == si &&
                    (mentions_.back().k == kind::allocation || mentions_.back().k == kind::arrival) && k == mentions_.back().k)
                    mentions_.back().total = true;
                if (!funds && k != kind::budget_initial && k != kind::budget_adjusted) k = kind::none;
                if (k == kind::item) items_mode = true;
                m.k = k;
                prev = k;
                mentions_.push_back(std::move(m));
            }
        }
    }

    // The level of money named in a sentence without a level word next to it:
    // level words elsewhere in the sentence (not next to another amount), then
    // the project's default.
    std::pair<level, std::string> sentence_level(const mention& m, x_record& x, const std::string& field) {
        const sentence& s = of(m);
        std::u32string masked = s.masked, folded = s.folded;
        for (const auto& other : mentions_) {
            if (other.sentence != m.sentence) continue;
            const std::size_t b = static_cast<std::size_t>(other.seg.data() - of(other).masked.data());
            std::fill(masked.begin() + static_cast<std::ptrdiff_t>(b), masked.begin() + static_cast<std::ptrdiff_t>(other.m.where.end), U' ');
            std::fill(folded.begin() + static_cast<std::ptrdiff_t>(b), folded.begin() + static_cast<std::ptrdiff_t>(other.m.where.end), U' ');
        }
        std::optional<level_word> w = best_level(masked);
        if (!w) w = best_level(folded);
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

    draft_tranche& new_tranche(const mention& m) {
        draft_tranche d;
        d.first_sentence = m.sentence;
        d.t.amount = *m.m.amount;
        d.t.source = fund_source::current_year;
        if (m.explicit_level) {
            d.t.level_ = *m.explicit_level;
            d.level_explicit = true;
            d.x.add("level", m.level_word, of(m));
        } else {
            auto [lvl, why] = sentence_level(m, d.x, "level");
            d.t.level_ = lvl;
            d.x.note(why);
        }
        tranches_.push_back(std::move(d));
        return tranches_.back();
    }

    bool compatible(const draft_tranche& d, const mention& m) const {
        return !m.explicit_level || !d.level_explicit || d.t.level_ == *m.explicit_level;
    }

    void set_arrived_from_after(draft_tranche& d, const mention& m) {
        // 10.82万元全部到位 / 尚未到位
        for (std::u32string_view w : {U"到位", U"到账"}) {
            const auto at = m.after.find(w);
            if (at == std::u32string_view::npos) continue;
            if (contains(m.after.substr(0, at), U"部分")) {
                d.x.note("the text says only part of it arrived (" + in_quotes(m.after) + ") and gives no figure; arrived left out");
                return;
            }
            const bool negated = negated_before(m.after, at);
            d.t.arrived = negated ? money{} : d.t.amount;
            d.x.add("arrived", std::u32string(m.after.substr(0, at + w.size())), of(m));
            return;
        }
    }

    void read_allocations() {
        for (std::size_t i = 0; i < mentions_.size(); ++i) {
            mention& m = mentions_[i];
            if (m.k != kind::allocation && m.k != kind::prior_allocation) continue;
            const sentence& s = of(m);
            // The same money stated again in another sentence (下达资金1.41万元 … 1.41万元已下达).
            draft_tranche* d = nullptr;
            for (auto& t : tranches_)
                if (t.first_sentence != m.sentence && t.t.amount == *m.m.amount && compatible(t, m)) d = &t;
            if (!d) d = &new_tranche(m);
            d->mentions.push_back(i);
            m.bound = true;
            d->x.add("amount", m.m.printed, s);
            if (m.explicit_level && !d->level_explicit) {
                d->t.level_ = *m.explicit_level;
                d->level_explicit = true;
                d->x.add("level", m.level_word, s);
            }
            if (const auto year = year_in(m.seg); year && !d->t.year) {
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
        }
    }

    void read_arrivals() {
        for (std::size_t i = 0; i < mentions_.size(); ++i) {
            mention& m = mentions_[i];
            if (m.k != kind::arrival) continue;
            const sentence& s = of(m);
            const money a = *m.m.amount;
            draft_tranche* d = nullptr;
            // 下达资金10万元，到位8万元: the allocation just before it in the sentence.
            if (i > 0 && mentions_[i - 1].sentence == m.sentence && mentions_[i - 1].k == kind::allocation && !m.part) {
                for (auto& t : tranches_)
                    if (std::find(t.mentions.begin(), t.mentions.end(), i - 1) != t.mentions.end() && !t.t.arrived &&
                        compatible(t, m))
                        d = &t;
            }
            if (!d)
                for (auto& t : tranches_)
                    if (!d && !t.t.arrived && t.t.amount == a && compatible(t, m) && t.first_sentence != m.sentence) d = &t;
            if (!d) {
                std::vector<draft_tranche*> open;
                for (auto& t : tranches_)
                    if (!t.t.arrived && compatible(t, m) && t.first_sentence != m.sentence) open.push_back(&t);
                if (open.size() == 1) {
                    d = open.front();
                } else if (open.size() >= 2) {
                    money sum;
                    for (auto* t : open) sum += t->t.amount;
                    if (sum == a && !m.explicit_level) {
                        for (auto* t : open) {
                            t->t.arrived = t->t.amount;
                            t->x.add("arrived", m.m.printed, s);
                            t->x.note("arrived in full: the text gives one arrival total " + utf8(m.m.printed) +
                                      " for all tranches");
                        }
                        m.bound = true;
                        continue;
                    }
                }
            }
            if (!d) {
                // 到位资金90万元 with no allocated figure before: the money that arrived is the tranche.
                d = &new_tranche(m);
                d->x.add("amount", m.m.printed, s);
                d->x.note("amount: the text gives only the money that arrived (" + in_quotes(m.seg) + utf8(m.m.printed) +
                          "), no separate allocated figure");
            }
            d->mentions.push_back(i);
            d->t.arrived = a;
            d->x.add("arrived", m.m.printed, s);
            if (m.explicit_level && !d->level_explicit) {
                d->t.level_ = *m.explicit_level;
                d->level_explicit = true;
                d->x.add("level", m.level_word, s);
            }
            m.bound = true;
        }
    }

    // Sentences about arrival: 2023年12月底资金到位, 中央资金3月15日到位，县级资金6月到位,
    // 省级资金80万元于5月20日到位. A clause that names no amount speaks of the tranches
    // at the level it names (all tranches if it names none); a date goes to the
    // tranche whose amount it follows, or to those its clause speaks of.
    void read_arrival_statements() {
        for (std::size_t si = 0; si < sentences_.size(); ++si) {
            const sentence& s = sentences_[si];
            if (!is_funds_section(s.section)) continue;
            const std::u32string_view t = s.masked;
            if (!contains_any(t, {U"到位", U"到账"})) continue;
            const auto dates = find_dates(s, context_.fiscal_year);

            std::vector<std::size_t> here;  // mentions in this sentence
            for (std::size_t i = 0; i < mentions_.size(); ++i)
                if (mentions_[i].sentence == si && mentions_[i].m.amount && !mentions_[i].m.per_capita) here.push_back(i);

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
                std::vector<std::size_t> in_clause;
                for (auto h : here)
                    if (mentions_[h].m.where.begin >= clause_begin && mentions_[h].m.where.begin < i) in_clause.push_back(h);
                const auto date_between = [&](std::size_t from, std::size_t to) -> const date_mention* {
                    const date_mention* found = nullptr;
                    for (const auto& dm : dates)
                        if (dm.where.begin >= from && dm.where.end <= to) found = &dm;
                    return found;
                };
                if (!in_clause.empty()) {
                    for (auto h : in_clause) {
                        const auto& m = mentions_[h];
                        // Up to the clause of the first 到位 after the amount, and not past the next amount.
                        const auto it = std::find(here.begin(), here.end(), h);
                        const std::size_t next = it + 1 != here.end() ? mentions_[*(it + 1)].m.where.begin : t.size();
                        std::size_t arrival = t.find(U"到位", m.m.where.end);
                        arrival = std::min(arrival, t.find(U"到账", m.m.where.end));
                        if (arrival == std::u32string_view::npos || arrival >= next) continue;
                        std::size_t to = arrival;
                        while (to < t.size() && !is_clause_mark(t[to])) ++to;
                        const auto seg_begin = static_cast<std::size_t>(m.seg.data() - t.data());
                        const date_mention* date = date_between(m.m.where.end, std::min(to, next));
                        if (!date) date = date_between(seg_begin, m.m.where.begin);
                        if (!date) continue;
                        for (auto& d : tranches_)
                            if (std::find(d.mentions.begin(), d.mentions.end(), h) != d.mentions.end()) set_date(d, *date, s);
                    }
                    continue;
                }
                if (at == std::u32string_view::npos) continue;
                const bool negated = negated_before(clause, at);
                const bool partial = contains(clause.substr(0, at), U"部分");
                const auto w = best_level(clause);
                const bool about_carry_over = contains_any(clause, {U"结转", U"上年"});
                std::vector<draft_tranche*> targets;
                for (auto& d : tranches_)
                    if ((!w || w->tier > 2 || d.t.level_ == w->value) && d.carry_over == about_carry_over)
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

    void set_date(draft_tranche& d, const date_mention& date, const sentence& s) {
        if (d.t.arrival_date) return;
        d.t.arrival_date = date.day;
        d.x.add("arrival_date", date.printed, s);
        if (!date.day_printed)
            d.x.note("arrival_date " + to_string(date.day) + " from " + in_quotes(date.printed) +
                     ": the day is not printed, the last day the wording allows is taken");
    }

    // 下达资金55.07万元，其中省级10.82万元、区级44.25万元: the total is not a tranche of its own.
    void drop_totals() {
        for (std::size_t k = 0; k < tranches_.size();) {
            const auto& d = tranches_[k];
            money others;
            std::size_t count = 0;
            for (std::size_t o = 0; o < tranches_.size(); ++o)
                if (o != k) { others += tranches_[o].t.amount; ++count; }
            bool is_total = count >= 2 && !d.level_explicit && others == d.t.amount;
            if (!is_total) {
                for (auto mi : d.mentions) is_total = is_total || mentions_[mi].total;
                is_total = is_total && count >= 2 && others == d.t.amount;
            }
            if (!is_total) { ++k; continue; }
            // A total that arrived in full means its parts did.
            if (d.t.arrived && *d.t.arrived == d.t.amount)
                for (std::size_t o = 0; o < tranches_.size(); ++o)
                    if (o != k && !tranches_[o].t.arrived) tranches_[o].t.arrived = tranches_[o].t.amount;
            for (auto mi : d.mentions) mentions_[mi].bound = true;
            std::string where;
            for (auto mi : d.mentions) where += (where.empty() ? "" : ", ") + std::string("line ") + std::to_string(of(mentions_[mi]).line);
            out_.notes.push_back("the text states a total of " + fmt_money(d.t.amount) + " (" + where +
                                 ") that equals the sum of the tranches; it is not a tranche of its own");
            tranches_.erase(tranches_.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }

    void read_budget() {
        for (auto& m : mentions_) {
            if (m.k != kind::budget_initial && m.k != kind::budget_adjusted) continue;
            if (!out_.budget) out_.budget.emplace();
            auto& slot = m.k == kind::budget_initial ? out_.budget->initial : out_.budget->adjusted;
            const char* field = m.k == kind::budget_initial ? "initial" : "adjusted";
            if (slot && *slot != *m.m.amount) {
                m.reason_zh = std::string("另一处已给出") + (m.k == kind::budget_initial ? "年初预算数 " : "调整后预算数 ") +
                              fmt_money(*slot) + "，与此处不同";
                m.reason_en = std::string("a different ") + field + " budget (" + fmt_money(*slot) + ") is given elsewhere";
                continue;
            }
            slot = *m.m.amount;
            out_.budget_x.add(field, m.m.printed, of(m));
            m.bound = true;
        }
    }

    void read_execution() {
        execution e;
        bool any = false;
        x_record& x = out_.execution_x;
        std::optional<money> used;
        std::map<kind, money> explicit_amounts;
        const auto field_name = [](kind k) -> const char* {
            switch (k) {
            case kind::carried_forward: return "carried_forward";
            case kind::surplus: return "surplus";
            case kind::reduced: return "reduced";
            case kind::recovered: return "recovered";
            default: return "used";
            }
        };
        for (auto& m : mentions_) {
            const money a = m.m.amount.value_or(money{});
            switch (m.k) {
            case kind::used:
                if (!used || *used == a) {  // the same figure stated twice is one figure
                    x.add("used", m.m.printed, of(m));
                    used = a;
                    m.bound = true;
                } else {
                    m.reason_zh = "另一处已给出使用资金 " + fmt_money(*used) + "，与此处不同";
                    m.reason_en = "a different used figure (" + fmt_money(*used) + ") is given elsewhere";
                }
                any = true;
                break;
            case kind::item: {
                use_item item;
                item.purpose = utf8(strip_purpose(of(m).printed.substr(static_cast<std::size_t>(m.seg.data() - of(m).masked.data()),
                                                                        m.seg.size())));
                item.amount = a;
                // 其中省级10.82万元: a split of the used money by level, not a purpose.
                if (!m.level_word.empty() && (item.purpose == utf8(m.level_word) || item.purpose.empty())) {
                    x.add("used", m.m.printed, of(m));
                    x.note("used includes " + utf8(m.m.printed) + " of " + utf8(m.level_word) +
                           " money (line " + std::to_string(of(m).line) + "); a split by level, not an itemised use");
                    m.bound = true;
                    break;
                }
                x.add("items[" + std::to_string(e.items.size()) + "].amount", m.m.printed, of(m));
                e.items.push_back(std::move(item));
                m.bound = true;
                any = true;
                break;
            }
            case kind::carried_forward:
            case kind::surplus:
            case kind::reduced:
            case kind::recovered: {
                auto it = explicit_amounts.find(m.k);
                if (it == explicit_amounts.end() || it->second == a) {
                    explicit_amounts[m.k] = a;
                    x.add(field_name(m.k), m.m.printed, of(m));
                    m.bound = true;
                } else {
                    m.reason_zh = std::string("另一处已给出不同的数额（") + fmt_money(it->second) + "）";
                    m.reason_en = std::string("a different ") + field_name(m.k) + " figure (" + fmt_money(it->second) +
                                  ") is given elsewhere";
                }
                any = true;
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
        }

        // Clauses that name no amount: 剩余资金财政已追减, 项目资金结转到2024年使用, 已全部完成支付.
        bool used_all = false;
        struct claim {
            kind k;
            const sentence* s;
            std::u32string clause;  // as printed
        };
        std::vector<claim> rest_claims;
        std::map<kind, claim> zero_claims;
        std::u32string used_all_phrase;
        const sentence* used_all_sentence = nullptr;
        for (std::size_t si = 0; si < sentences_.size(); ++si) {
            const sentence& s = sentences_[si];
            if (!is_funds_section(s.section)) continue;
            const std::u32string_view t = s.masked;
            std::size_t start = 0;
            for (std::size_t i = 0; i <= t.size(); ++i) {
                if (i < t.size() && !is_clause_mark(t[i])) continue;
                const auto clause = t.substr(start, i - start);
                const std::size_t clause_begin = start;
                start = i + 1;
                bool has_amount = false;
                for (const auto& m : mentions_)
                    has_amount = has_amount || (m.sentence == si && m.m.where.begin >= clause_begin && m.m.where.begin < i);
                if (has_amount) continue;
                const std::u32string printed_clause(trim(std::u32string_view(s.printed).substr(clause_begin, clause.size())));
                for (auto p : used_all_phrases) {
                    if (!contains(clause, p)) continue;
                    used_all = true;
                    used_all_phrase = printed_clause;
                    used_all_sentence = &s;
                    any = true;
                }
                const struct { kind k; std::vector<std::u32string_view> words; } dispositions[] = {
                    {kind::carried_forward, {U"结转"}},
                    {kind::surplus, {U"结余"}},
                    {kind::reduced, {U"追减", U"调减", U"核减"}},
                    {kind::recovered, {U"收回", U"缴回", U"上缴"}},
                };
                for (const auto& dsp : dispositions) {
                    for (auto w : dsp.words) {
                        const auto at = clause.find(w);
                        if (at == std::u32string_view::npos) continue;
                        if (dsp.k == kind::carried_forward && is_prior_year_carry_over(clause, at, context_.fiscal_year)) continue;
                        any = true;
                        if (negated_before(clause, at)) zero_claims.insert_or_assign(dsp.k, claim{dsp.k, &s, printed_clause});
                        else rest_claims.push_back({dsp.k, &s, printed_clause});
                        break;
                    }
                }
            }
        }

        // Reported rate (完成预算的0%) and the reason for a shortfall (因财政资金紧张).
        for (const auto& s : sentences_) {
            if (!is_funds_section(s.section)) continue;
            for (const auto& p : find_percents(s)) {
                const auto seg = clause_before(s.masked, p.where.begin);
                if (!contains_any(seg, {U"执行率", U"完成预算", U"预算执行", U"支出率", U"使用率", U"支出进度", U"完成率"})) continue;
                if (e.reported_rate) continue;
                e.reported_rate = reported_percentage{p.value, p.decimals, utf8(p.printed)};
                x.add("reported_rate", p.printed, s);
                any = true;
            }
        }

        if (!any) return;
        funds_summary f;
        for (const auto& d : tranches_) f.available += arrived_amount(d.t);

        if (!used && !e.items.empty()) {
            money sum;
            for (const auto& item : e.items) sum += item.amount;
            used = sum;
            x.note("used " + fmt_money(sum) + " = the sum of the itemised uses (no separate used figure is printed)");
        }
        if (used_all) {
            if (!used) {
                used = f.available;
                x.add("used", used_all_phrase, *used_all_sentence);
                x.note("used = available (" + fmt_money(f.available) + "): " + in_quotes(used_all_phrase));
            } else if (*used != f.available) {
                x.note("the text says " + in_quotes(used_all_phrase) + " but the used figure " + fmt_money(*used) +
                       " differs from the money available, " + fmt_money(f.available));
            }
        }
        e.used = used;
        for (const auto& [k, a] : explicit_amounts) {
            switch (k) {
            case kind::carried_forward: e.carried_forward = a; break;
            case kind::surplus: e.surplus = a; break;
            case kind::reduced: e.reduced = a; break;
            case kind::recovered: e.recovered = a; break;
            default: break;
            }
        }
        for (const auto& [k, c] : zero_claims) {
            auto& slot = k == kind::carried_forward ? e.carried_forward
                       : k == kind::surplus         ? e.surplus
                       : k == kind::reduced         ? e.reduced
                                                    : e.recovered;
            if (!slot) {
                slot = money{};
                x.add(field_name(k), c.clause, *c.s);
            }
        }
        // One disposition named without an amount takes the remainder.
        std::vector<claim> open_claims;
        for (const auto& c : rest_claims)
            if (!explicit_amounts.count(c.k) &&
                std::none_of(open_claims.begin(), open_claims.end(), [&](const claim& o) { return o.k == c.k; }))
                open_claims.push_back(c);
        if (open_claims.size() == 1) {
            const kind k = open_claims.front().k;
            const sentence* s = open_claims.front().s;
            const std::u32string& clause = open_claims.front().clause;
            money rest = f.available - used.value_or(money{});
            for (const auto& [ek, a] : explicit_amounts) rest -= a;
            auto& slot = k == kind::carried_forward ? e.carried_forward
                       : k == kind::surplus         ? e.surplus
                       : k == kind::reduced         ? e.reduced
                                                    : e.recovered;
            if (rest.is_negative()) {
                x.note(std::string(field_name(k)) + ": the text names it without an amount, and nothing is left over (" +
                       fmt_money(rest) + ")");
            } else {
                slot = rest;
                x.add(field_name(k), clause, *s);
                x.note(std::string(field_name(k)) + " " + fmt_money(rest) + " = the remainder (available " +
                       fmt_money(f.available) + " less what else is accounted for): " + in_quotes(clause) +
                       " names no amount");
            }
        } else if (open_claims.size() > 1) {
            std::string names;
            for (const auto& c : open_claims) names += (names.empty() ? "" : ", ") + std::string(field_name(c.k));
            x.note("the text names " + names + " without amounts; the remainder cannot be split between them, so they are left out");
        }
        // The reason the text gives for money left unused: 因财政资金紧张.
        if (used.value_or(money{}) < f.available) {
            for (const auto& s : sentences_) {
                if (!is_funds_section(s.section) || e.deviation) continue;
                const std::u32string_view t = s.masked;
                std::size_t start = 0;
                for (std::size_t i = 0; i <= t.size() && !e.deviation; ++i) {
                    if (i < t.size() && !is_clause_mark(t[i])) continue;
                    const auto clause = trim(t.substr(start, i - start));
                    const std::size_t b = static_cast<std::size_t>(clause.data() - t.data());
                    start = i + 1;
                    if (clause.starts_with(U"因") || clause.starts_with(U"由于") || clause.starts_with(U"受")) {
                        const auto printed = s.printed.substr(b, clause.size());
                        e.deviation = utf8(printed);
                        x.add("deviation", printed, s);
                    }
                }
            }
        }
        // Fields the text does not mention are 0, as the hand transcription does, so that
        // available = used + carried_forward + reduced + recovered + surplus is explicit.
        std::string unprinted;
        for (auto [slot, name] : {std::pair{&e.used, "used"}, std::pair{&e.carried_forward, "carried_forward"},
                                  std::pair{&e.reduced, "reduced"}, std::pair{&e.recovered, "recovered"},
                                  std::pair{&e.surplus, "surplus"}}) {
            if (*slot) continue;
            *slot = money{};
            unprinted += (unprinted.empty() ? "" : ", ") + std::string(name);
        }
        if (!unprinted.empty()) x.note("not mentioned in the text, given as 0: " + unprinted);
        out_.exec = std::move(e);
    }

    void finish() {
        for (auto& d : tranches_) {
            out_.tranches.push_back(d.t);
            out_.tranche_x.push_back(std::move(d.x));
        }
        for (const auto& m : mentions_) {
            if (m.bound) continue;
            const sentence& s = of(m);
            unbound_amount u;
            u.line = s.line;
            u.section = s.section;
            u.sentence = s.printed;
            u.printed = m.m.printed;
            u.reason_zh = m.reason_zh;
            u.reason_en = m.reason_en;
            if (u.reason_en.empty()) {
                u.reason_zh = "它不在资金段落（一（一）、二（一）），也未写明是预算数";
                u.reason_en = "it is not in a funds paragraph (一（一）, 二（一）) and is not named as a budget figure";
            }
            out_.unbound.push_back(std::move(u));
        }
    }
};

}  // namespace

funds_reading read_funds(const std::vector<sentence>& sentences, const reading_context& context) {
    return funds_reader(sentences, context).read();
}

}  // namespace jixiao::ingest
