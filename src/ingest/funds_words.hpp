#pragma once
// The words report books use for money: which figure an amount is (下达 / 到位 / 使用 /
// 用于 / 结转 / 结余 / 追减 / 收回 / 年初预算 …), negation (尚未到位), money carried over
// from earlier years (上年结转资金), and the purposes of itemised uses.

#include "ingest/reading.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::ingest::funds {

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

[[nodiscard]] const std::vector<keyword_group>& keyword_groups();
// 已全部完成支付, 已使用完毕: all the money was used.
extern const std::vector<std::u32string_view> used_all_phrases;
// The words of a rate of spending printed before its percentage (执行率, 使用比例, 支付实现率…).
inline constexpr std::initializer_list<std::u32string_view> execution_rate_words{
    U"执行率", U"完成预算", U"预算执行", U"支出率", U"使用率", U"支付率", U"支出进度", U"支付进度", U"拨付进度", U"执行进度",
    U"使用进度", U"拨付率", U"兑付率", U"支付比例", U"执行比率", U"预算完成率", U"资金完成率", U"使用完成比率",
    U"使用完成率", U"使用比例", U"支出比例", U"执行比例", U"支付实现率", U"支出实现率"};

// Section 一（一） or 二（一） (and its 1．/2． sub-sections): where the money is written.
[[nodiscard]] bool is_funds_section(section_id s);
[[nodiscard]] bool is_budget_section(section_id s);

// Money that came over from earlier years: 上年结转资金, 2022年结转资金.
[[nodiscard]] bool is_prior_year_carry_over(std::u32string_view seg, std::size_t carry_at, int fiscal_year);
// 积极争取…1000万元: money striven for, not yet got.
[[nodiscard]] bool striven_for(std::u32string_view seg);
// 本次拨付…补助资金第一批10.08万元(见附件)到补助对象“一卡通”账户: paid over to those the subsidy is for, which
// spends it (拨付 to the unit, or to the towns that pass it on, does not).
[[nodiscard]] bool paid_to_recipients(std::u32string_view seg, std::u32string_view after);
// 与上年6284.41万元相比,增加316.37万元 / 比上年增加20万元 / 同比增长…: an earlier year's figure, or the change
// from it, in a comparison — no money of this year. `before`: the sentence up to the amount; `seg`: its clause.
[[nodiscard]] bool compares_with_earlier_year(std::u32string_view before, std::u32string_view seg);
// The kind named by the word that ends last in `seg`.
[[nodiscard]] kind kind_before(std::u32string_view seg, section_id section, int fiscal_year);
// The kind named by the first word after the amount; 尚未到位 / 未使用 read as negated.
[[nodiscard]] kind kind_after(std::u32string_view after);

// The text after an amount says it is kept for use in a later year: 将作为2022年…使用,
// 安排下年使用.
[[nodiscard]] bool used_next_year(std::u32string_view after, int fiscal_year);
// 清算资金120万元分配到位: 到位 at `at` after 分配 says the unit shared the money out in full, not that it came.
[[nodiscard]] bool shared_out_at(std::u32string_view text, std::size_t at);
// 尚未到位, 无结转结余, 资金未能到位: a negation within the few characters before `at`.
[[nodiscard]] bool negated_before(std::u32string_view text, std::size_t at);
// 拟计划支付, 预计支出: what is planned, not done — 拟, 计划, 预计, 准备 within the few characters before `at`.
[[nodiscard]] bool planned_before(std::u32string_view text, std::size_t at);
// 部分到位, 暂未全部到位, 未足额拨付: the word at `at` is said of part of the money only (some came,
// how much is not said there).
// 未全部, 未足额 … in the six characters before `at` (partly_before without its 部分 anywhere before).
[[nodiscard]] bool partly_right_before(std::u32string_view text, std::size_t at);
[[nodiscard]] bool partly_before(std::u32string_view text, std::size_t at);
// The 到位 at `at` says no money arrived: 必须兑付到位, 确保资金及时足额到位 — a rule or an aim,
// unless 已 comes after it (为确保进度，资金已全部到位); 并已结算到位, 兑付到位 — money paid out.
[[nodiscard]] bool no_arrival_before(std::u32string_view text, std::size_t at);
// 投入目标:…财政资金到位率100%: a 目标: label before `at` in its sentence — what follows is aimed at.
[[nodiscard]] bool under_target_label(std::u32string_view sentence, std::size_t at);
// 学前教育支出，即支持学前教育发展资金…: where the last 即 after a comma in `text` stands (npos:
// none); what follows it names the funds, what precedes it the budget class they are in.
[[nodiscard]] std::size_t namely_at(std::u32string_view text);
// 即支持…资金、…、教育结余用于项目建设等合计: `seg` (a clause of `text`) is the last of the funds'
// names listed after 即 in its sentence, summed up (合计, 共计) or itself a fund's name (…经费).
[[nodiscard]] bool names_listed_after_namely(std::u32string_view text, std::u32string_view seg);
// 应支付贴息资金444.86万元: the last spending word of `seg` says what was due, not what was paid.
[[nodiscard]] bool due_before(std::u32string_view seg);
// The last clause of `seg` (after its last comma, semicolon, full stop or colon), trimmed.
[[nodiscard]] std::u32string_view last_clause(std::u32string_view seg);
// 为群众节约支出30万元, 较上年支出减少20万元, 上年同期支出80万元: the last clause of `seg` tells spending saved,
// a change in it, or an earlier year's — no figure of what this year spent. (上年结转资金支出 is this year's
// spending of last year's money.)
[[nodiscard]] bool spending_compared(std::u32string_view seg);
// 未到位20万元 / 20万元尚未到位: the clause before an amount (`seg`) ends on money not come, or the words after it
// (`after`) start by saying so.
[[nodiscard]] bool not_arrived_around(std::u32string_view seg, std::u32string_view after);
// 待验收后, 将于2024年 in `text` (the words between an amount and its spending verb): the spending is still to come.
[[nodiscard]] bool awaited_before(std::u32string_view text);
// The text after an amount says the money came (，全部到位并使用完毕): 到位 / 到账, neither
// negated nor under a rule.
[[nodiscard]] bool arrival_follows(std::u32string_view after);
// 结余, 实际到位资金（万元）: a form's label copied as a line of its own, which says nothing.
[[nodiscard]] bool is_bare_label(std::u32string_view sentence);
// 共, 合计, 总计 or 总额: `s` speaks of money in all. (Not the 共 of 公共文化, 公共卫生.)
[[nodiscard]] bool says_in_all(std::u32string_view s);
// ，全年执行数 / ，已支出 before the next amount: that one is what was spent (of the amount before).
[[nodiscard]] bool spending_follows(std::u32string_view between);
// 支出66.99亿元，支出进度92.7%: the amount is at once followed by the progress of the spending
// (支出进度, 支付进度, 执行进度, 执行率 and a percentage), which says it is the money spent.
[[nodiscard]] bool progress_follows(std::u32string_view after);
// The clause before an amount names the budget (经费预算数为, 预算资金共计).
[[nodiscard]] bool names_the_budget(std::u32string_view seg);
// The clause before an amount names the money that came in (公益金总收入, 本年收入为): income, not spending.
[[nodiscard]] bool names_income(std::u32string_view seg);
// 养老保险保费收入33882万元,中央补助3664万元,…,养老金支出41754万元: `sentence` gives a social insurance fund's income
// and payouts (保费收入 or 基金收入, and 养老金支出, 基金支出 or 待遇支出).
[[nodiscard]] bool insurance_fund_flows(std::u32string_view sentence);
// 筹集福利彩票公益金1149.07万元,其中上缴公益金923.27万元,县级留成225.80万元: `sentence` tells how the lottery
// money raised was split between the levels (what was sent up and what was kept).
[[nodiscard]] bool splits_money_raised(std::u32string_view sentence);
// Where a breakdown of money stated before begins (项目资金具体到位情况如下：, 具体为：):
// one past its marker, or npos.
[[nodiscard]] std::size_t breakdown_marker(std::u32string_view sentence);
// The last 2022年 in `seg`.
[[nodiscard]] std::optional<int> year_in(std::u32string_view seg);
// 下达市级2023年度标准化工作补助经费: the last year of `seg` comes after an allocating verb of its clause and
// before a fund's name — the round of the fund its name gives, not the date of the allocation.
[[nodiscard]] bool year_in_fund_name(std::u32string_view seg);
// 2024年预算安排…, 申请2024年资金, 2024年度…资金: the last year in `seg` when it names the year the money is for
// (right after a verb, or before 度/预算/资金) — not a date or the time a clause starts from.
[[nodiscard]] std::optional<int> year_of_money(std::u32string_view seg);
// A title that allocates money (关于下达…资金的通知), or no title at all.
[[nodiscard]] bool allocating_title(std::u32string_view title);
// A bracket opened in `text` and not closed in it: （其中建筑工程 after 3374.3万元.
[[nodiscard]] bool in_open_bracket(std::u32string_view text);
// `text` closes a bracket before it opens one: 万元）, … in the bracket's rest.
[[nodiscard]] bool closes_bracket(std::u32string_view text);
// The one or two digits at `at` (full-width ones too): their value and how many there are.
[[nodiscard]] std::pair<int, std::size_t> small_number_at(std::u32string_view text, std::size_t at);
// A list item's marker starting at `at`: ①…⑳, or （2） / (2).
struct list_marker {
    std::size_t length = 0;
    int number = 0;
    bool circled = false;
};
[[nodiscard]] std::optional<list_marker> list_marker_at(std::u32string_view text, std::size_t at);
// A list marker in `text`: ①…⑳, （2） / (2), or ；.
[[nodiscard]] bool list_marker_in(std::u32string_view text);
// Where `word` is first printed outside brackets, or npos.
[[nodiscard]] std::size_t unbracketed(std::u32string_view text, std::u32string_view word);
// 用于档案整理和数字化管理 → 档案整理和数字化管理.
[[nodiscard]] std::u32string strip_purpose(std::u32string_view s);

}  // namespace jixiao::ingest::funds
