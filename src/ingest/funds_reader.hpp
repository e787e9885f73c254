#pragma once
// Reading a project's money from its sentences (read_funds in reading.hpp): the
// reader's working state, shared by funds_reader_tranches.cpp (what was allocated and
// arrived) and funds_reader_execution.cpp (the budget and what became of the money).

#include "ingest/funds_words.hpp"
#include "ingest/reading.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::ingest::funds {

// Beyond this many tranches in one project the text is refused (new_tranche).
inline constexpr std::size_t max_tranches_per_project = 1000;
// Beyond this many itemised uses in one project the text is refused (read_execution_figures):
// each keeps its sentence as provenance, and 20 000 of them took 101 MB.
inline constexpr std::size_t max_items_per_project = 1000;

struct mention {
    std::size_t sentence = 0;
    money_mention m;
    kind k = kind::none;
    std::u32string_view seg;   // the clause text before it (masked)
    std::u32string_view after; // the clause text after it (masked)
    std::optional<level> explicit_level;
    std::u32string level_word;
    std::size_t level_at = 0;  // where level_word is printed in the sentence
    bool part = false;         // after 其中: a part of the amount before it
    bool listed = false;       // 其中 is earlier in its sentence: one of a list of parts
    bool summed = false;       // 共计/合计/总计 since the amount before it: a sum of what was listed
    bool marked = false;       // a list marker (①, （2）, ；) since the amount before it: an item of a list
    bool total = false;        // followed by 其中 parts
    int item_number = 0;       // the first amount of a numbered item (1、档案整理费5万元): its number
    bool breakdown_part = false;  // a line of a breakdown of money stated before (具体为, a bracket that adds up)
    bool earlier_spending = false;  // 2023年完成支付… in the book of 2024: what an earlier year spent
    bool bracketed = false;    // in a bracket opened after another amount: (当年资金3904.82万元, 上年结转…)
    // 中央和省级…资金9.5418亿元: the levels whose money one amount puts together (empty: one level or none).
    std::vector<level> joint_levels;
    bool included = false;     // in a bracket led by 含 or 包括 right after another amount: money it includes, not all of it
    bool arrived_part = false; // 共下达300万元,其中中央资金到位200万元: a part of the total, named by what came
    bool applied = false;      // 申请资金120万元: money applied for, its amount before any word that it was granted
    bool after_cut = false;    // 下达111万元…调减40万元，全年实际下达71万元: the budget left after the cut
    bool bound = false;
    std::string reason_zh, reason_en;  // why it stayed unbound
    std::optional<money> other;        // a different value of the same figure, stated before (JX-S007)
    std::string field;
};

struct draft_tranche {
    tranche t;
    bool level_explicit = false;
    bool carry_over = false;  // 上年结转资金: already in hand, it does not arrive this year
    std::size_t first_sentence = 0;
    std::vector<std::size_t> mentions;  // indexes into the mention list
    x_record x;
};

inline std::string fmt_money(const money& m) { return format_wan(m) + "万元"; }

// A clause that names a disposition but no amount: 剩余资金财政已追减, 无结转结余.
struct disposition_claim {
    kind k = kind::none;
    const sentence* from = nullptr;
    std::u32string clause;  // as printed
};

// What the text says became of the money, before it is settled into an execution.
struct execution_draft {
    execution e;
    std::optional<money> used;
    std::map<kind, money> amounts;                  // 结转资金2万元, 结余20000元 …
    std::vector<disposition_claim> rest_claims;     // named without an amount: takes the remainder
    std::map<kind, disposition_claim> zero_claims;  // 无结转结余: printed as none
    std::optional<disposition_claim> used_all;      // 已全部完成支付
    std::optional<disposition_claim> used_none;     // 项目目前未实施,资金未使用: nothing spent
    bool any = false;                               // the text says anything about it at all
    bool items_planned = true;                      // every item follows an allocation in its sentence
    bool items_cut = false;                         // the text breaks off in the sentence listing them
};

class funds_reader {
public:
    funds_reader(const std::vector<sentence>& sentences, const reading_context& context)
        : sentences_(sentences), context_(context) {}
    funds_reading read();

private:
    const std::vector<sentence>& sentences_;
    const reading_context& context_;
    std::vector<mention> mentions_;
    // The mentions of sentence i are mentions_[first_mention_[i]] up to first_mention_[i + 1],
    // in the order they are printed.
    std::vector<std::size_t> first_mention_;
    std::vector<draft_tranche> tranches_;
    static constexpr std::size_t no_tranche = static_cast<std::size_t>(-1);
    std::vector<std::size_t> tranche_of_;  // by mention: its tranche's index in tranches_, or no_tranche
    std::map<std::size_t, std::optional<level_word>> sentence_levels_;  // sentence_level's finding, by sentence
    std::vector<std::size_t> misprints_;  // mentions read from a misprinted unit (35.5万地)
    funds_reading out_;

    const sentence& of(const mention& m) const { return sentences_[m.sentence]; }
    // The project's text breaks off in sentence i: its last, ended by no stop (…大型修缮44.3万元(其中:…;承启小).
    bool breaks_off_in(std::size_t i) const;
    std::pair<std::size_t, std::size_t> mentions_of(std::size_t sentence) const {
        return {first_mention_[sentence], first_mention_[sentence + 1]};
    }
    // Where amounts default to the project's money: the funds sections, or, in a book
    // that has none (a template without 资金计划、到位及使用), wherever money is written.
    bool funds_here(section_id s) const {
        return is_funds_section(s) || (context_.no_funds_section && is_budget_section(s));
    }
    void classify();
    // (一)资助全民健身活动136万元；(二)援建场地603.447万元… after 总支出996.8182万元: numbered lines
    // whose first amounts add up to the spending stated before them are what it paid for.
    void numbered_uses();
    // …当期发生支出56916443.49元。其中,基本支出为50167398.51元,…;项目支出为6749044.98元: a sentence opened by
    // 其中 whose amounts add up to the spending stated right before it lists its parts.
    void parts_of_spending();
    // 专项资金的使用。公务船艇维修35800元,渔政执法办公经费12200元,共计48000元: under a heading on what
    // the money was used for, amounts with no verb that add up to the 共计 after them are what it paid
    // for, and the 共计 is what was spent.
    void summed_uses();
    // A figure that differs from one stated before is that figure restated with another value
    // (JX-S007) only when it speaks of the same money: not in a sentence about one level's
    // share (县级资金1887.85万元，随月发放1692.02万元) nor a bracketed part of another amount.
    // (A part listed after 其中 — 其中：财政拨款项目支出15万元 — is a part of the figure, not it again.)
    bool same_scope(const mention& m) const {
        if (m.explicit_level || m.bracketed || m.part || m.listed) return false;
        // (Whether a sentence names a level is looked up once: a sentence may hold thousands of amounts.)
        if (names_a_level_.size() != sentences_.size()) names_a_level_.assign(sentences_.size(), -1);
        auto& names = names_a_level_[m.sentence];
        if (names < 0) names = find_levels(of(m).masked).empty() ? 0 : 1;
        return names == 0;
    }
    mutable std::vector<signed char> names_a_level_;  // per sentence: -1 not yet looked up, 0 no level word, 1 one
    // The level of money named in a sentence without a level word next to it:
    // level words elsewhere in the sentence (not next to another amount), then
    // the project's default.
    std::pair<level, std::string> sentence_level(const mention& m, x_record& x, const std::string& field);
    draft_tranche& new_tranche(const mention& m);
    // 第二批经费295万元于下达到位后… after 545万元，分别于…下达第一笔250万元、第二批295万元: a part of a
    // breakdown stated again is still that part, no tranche of its own. Says why in `m`.
    bool restates_a_part(mention& m) const;
    // 原天保工程区国有林管护补助444.2万元 after 下达…资金921.25万元,包含国家公园外原天保工程区国有林管护补助、
    // …森林防火补助: money named as one of what an allocation stated before includes (its list names no
    // money) is a part of it, no tranche of its own. Says why in `m`.
    bool named_part_of_earlier(mention& m) const;
    void bind(draft_tranche& d, std::size_t mention);
    bool compatible(const draft_tranche& d, const mention& m) const;
    void set_arrived_from_after(draft_tranche& d, const mention& m);
    void read_allocations();
    void read_arrivals();
    // Sentences about arrival: 2023年12月底资金到位, 中央资金3月15日到位，县级资金6月到位,
    // 省级资金80万元于5月20日到位. A clause that names no amount speaks of the tranches
    // at the level it names (all tranches if it names none); a date goes to the
    // tranche whose amount it follows, or to those its clause speaks of.
    void read_arrival_statements();
    void set_date(draft_tranche& d, const date_mention& date, const sentence& s);
    // 下达资金55.07万元，其中省级10.82万元、区级44.25万元: the total is not a tranche of its own.
    void initial_budget_before_additions();
    void drop_totals();
    // 2023年下达1465万元 … 2023年完成支付784.685万元 … 结转2023年…680.315万元 in the book of 2024: the
    // earlier year's allocation is history; what it left (1465 − 784.685) is this year's money.
    void drop_spent_history();
    // 全年共下拨中央和省级…资金9.5418亿元 where the text states each level's money elsewhere: a total
    // across levels, not money of its own.
    void drop_joint_level_totals();
    void read_budget();
    void budget_named_by_allocation();
    void budget_as_tranche();
    void read_execution();
    void read_execution_figures(execution_draft& d);
    void read_unstated_dispositions(execution_draft& d);
    void read_reported_rate(execution_draft& d);
    void settle_execution(execution_draft& d, const money& available);
    void read_deviation(execution_draft& d, const money& available);
    void finish();
};

}  // namespace jixiao::ingest::funds
