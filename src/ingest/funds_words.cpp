// The words report books use for money (see funds_words.hpp).
#include "ingest/funds_words.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>

namespace jixiao::ingest::funds {

const std::vector<keyword_group>& keyword_groups() {
    static const std::vector<keyword_group> groups{
        {kind::allocation, {U"下达", U"下拨", U"划拨", U"拨付", U"拨款", U"安排", U"批复", U"获批", U"分配", U"追加", U"争取", U"投入",
                            U"应到位", U"计划到位", U"核拨", U"统筹整合"}},
        // (决算收入38953.21万元: a department's income in its final accounts, what came.)
        // (资金已入账100万元, 已划入项目账户100万元: in the unit's account, what came; 154万元资金抵达我局账户 too.)
        // (彩票公益金收入1237万元, 转移支付资金收入2972.71万元: what the fund took in. Not 总收入: 可实现总收入15万元 is
        // what a village may earn, and a lottery notice's 公益金总收入 may put two funds' money in one sentence with
        // the levels' shares of each.)
        // (财政拨款收入合计2024.05万元: what the unit received from the treasury, in all — not 财政拨款收入1431.59万元,
        // 政府性基金预算财政拨款收入12.656万元, 合计收入为1444.25万元, whose parts are named before their sum.)
        {kind::arrival, {U"到位", U"到账", U"收到", U"拨入", U"实际到位", U"决算收入", U"入账", U"划入", U"抵达", U"公益金收入",
                         U"资金收入", U"拨款收入合计"}},
        // 共支182.564万元: 支出 cut short.
        // (预算数为15.00万元,决算数为5.00万元: the final accounts' figure, what was spent.)
        // (兑付资金 892.7 万元: paid out.)
        // (共完成农机购置补贴资金563.878万元: the subsidies paid out so far — when money is what was completed.)
        {kind::used, {U"使用", U"支出", U"支付", U"执行", U"花费", U"兑现", U"兑付", U"发放", U"开支", U"用去", U"报销", U"列支",
                      U"共支", U"决算数", U"决算金额", U"共完成", U"已完成", U"累计完成", U"支用", U"报账",
                      // (已核销85万元, 已结算85万元, 已消化85万元: spent, in the words of the accounts.)
                      U"核销", U"已结算", U"完成结算", U"已消化", U"实付", U"付款", U"结报"}},
        // 人员费用207.33万元，公用支出142.67万元: spending by economic category, items of what was used.
        {kind::item, {U"用于", U"人员费用", U"人员经费", U"公用经费", U"公用支出", U"工资福利支出", U"商品和服务支出",
                      U"资本性支出", U"对个人和家庭的补助"}},
        {kind::carried_forward, {U"结转"}},
        // (支出253.66万元，余额404元: the balance left.)
        // (节余: 结余 as some units write it.)
        // (结存15万元: the balance kept, as 余额 is.)
        {kind::surplus, {U"结余", U"节余", U"余额", U"结存"}},
        {kind::reduced, {U"追减", U"调减", U"核减"}},
        {kind::recovered, {U"收回", U"缴回", U"上缴", U"上交", U"退回", U"交回", U"缴还", U"退还"}},
        // 预算数 alone is not a word here: it is inside 调整后预算数 as well as 年初预算数.
        // (年初预算支出140204.65万元: the spending budgeted at the start of the year.)
        {kind::budget_initial, {U"年初预算", U"年初安排", U"年初批复预算", U"年初批复", U"年初预算支出"}},
        // 2020年预算飞行经费共计7952万元: the year's budget.
        // (年初预算300万元,实际预算300万元: the budget as it stood after the year's changes.)
        // (全年可执行预算合计50687.35万元: the budget that could be spent, not spending.)
        {kind::budget_adjusted, {U"调整后预算", U"全年预算", U"调整预算", U"调整后", U"调整为", U"年预算", U"实际预算", U"可执行预算"}},
    };
    return groups;
}

// (支付完毕 covers 已/全部/并支付完毕; 发放完毕 and 兑付完毕 are said of subsidies.)
const std::vector<std::u32string_view> used_all_phrases{U"全部完成支付", U"全部完成支出", U"已全部支付", U"支付完毕",
                                                        U"发放完毕", U"兑付完毕", U"已全部使用", U"全部用完",
                                                        U"已全部支出", U"全部支出完毕", U"已全部拨付", U"全部执行完毕",
                                                        U"支出完毕", U"已全额支付", U"全额支付完毕", U"全额完成支付", U"全部发放",
                                                        // (…已全部收到，并按规定使用完毕 — and 已/并/全部使用完毕; 均已按要求发放到户.)
                                                        U"使用完毕", U"发放到户", U"均已发放"};

// 积极争取省预算内基本建设投资1000万元: money striven for, not yet got (争取到, 争取资金 are got).
bool striven_for(std::u32string_view seg) {
    // (下一步将争取资金120万元: what is still to be striven for, whatever follows.)
    for (const std::u32string_view still : {U"将争取", U"拟争取", U"计划争取", U"准备争取"})
        if (contains(seg, still)) return true;
    for (const std::u32string_view effort : {U"积极争取", U"努力争取", U"力争", U"继续争取"})
        for (auto at = seg.find(effort); at != std::u32string_view::npos; at = seg.find(effort, at + 1)) {
            const auto after = seg.substr(at + effort.size());
            if (!after.starts_with(U"到") && !after.starts_with(U"资金")) return true;
        }
    return false;
}

bool paid_to_recipients(std::u32string_view seg, std::u32string_view after) {
    if (!contains_any(seg, {U"拨付", U"拨款", U"划拨"})) return false;
    // (…10.08万元(见附件)到…: a bracket right after the amount is passed over.)
    if (starts_with_any(after, {U"(", U"（"}))
        if (const auto close = after.find_first_of(U")）"); close != std::u32string_view::npos) after.remove_prefix(close + 1);
    if (!starts_with_any(after, {U"到", U"至", U"给"})) return false;
    return starts_with_any(after.substr(1), {U"补助对象", U"补贴对象", U"农户", U"户", U"个人", U"受益", U"群众", U"救助对象",
                                             U"优抚对象", U"享受对象", U"发放对象"});
}

bool compares_with_earlier_year(std::u32string_view before, std::u32string_view seg) {
    // (The comparison stands within a few words before the amount; looking no further keeps a sentence of
    // thousands of amounts from being searched again for each.)
    if (before.size() > 48) before.remove_prefix(before.size() - 48);
    std::size_t at = std::u32string_view::npos, length = 0;
    for (const std::u32string_view w : {U"与上年", U"与去年", U"与上一年", U"比上年", U"比去年", U"比上一年", U"较上年",
                                        U"较去年", U"较上一年", U"同比", U"上年同期"}) {
        const auto f = before.rfind(w);
        if (f == std::u32string_view::npos || (at != std::u32string_view::npos && f <= at)) continue;
        // (与上年结转资金20万元合计…: last year's money carried in, no comparison.)
        if (starts_with_any(before.substr(f + w.size()), {U"结转", U"结余", U"度结转", U"度结余"})) continue;
        at = f, length = w.size();
    }
    if (at == std::u32string_view::npos) return false;
    const auto since = before.substr(at + length);
    // The marker in the amount's own clause (与上年80万元相比, 比上年增加20万元), or the clause that names the
    // change right after the comparison (…相比,增加316.37万元; 与上年相比,下达资金减少20万元).
    if (since.find_first_of(U"，,；;：:") == std::u32string_view::npos) return true;
    const auto clause = trim(seg);
    return since.find_first_of(U"；;") == std::u32string_view::npos &&
           since.substr(0, since.find_first_of(U"，,")).ends_with(U"相比") &&
           contains_any(clause, {U"增加", U"减少", U"增长", U"下降", U"降低", U"提高"});
}

bool is_funds_section(section_id s) {
    return s == section_id::application || within(s, section_id::funds);
}
bool is_budget_section(section_id s) { return read_by_funds_reader(s); }

namespace {

// 2023年… at the start of `s`: four digits and 年; the year when it is one of 1990–2100.
std::optional<int> year_at_start(std::u32string_view s) {
    if (s.size() < 5 || s[4] != U'年' || !std::all_of(s.begin(), s.begin() + 4, is_digit)) return std::nullopt;
    const int y = static_cast<int>((s[0] - U'0') * 1000 + (s[1] - U'0') * 100 + (s[2] - U'0') * 10 + (s[3] - U'0'));
    if (y < 1990 || y > 2100) return std::nullopt;
    return y;
}

}  // namespace

// Money that came over from earlier years: 上年结转资金, 2022年结转资金.
bool is_prior_year_carry_over(std::u32string_view seg, std::size_t carry_at, int fiscal_year) {
    const auto before = seg.substr(0, carry_at);
    // 2024年结转2023年…项目资金: what was carried is an earlier year's.
    if (const auto year = year_at_start(seg.substr(std::min(seg.size(), carry_at + 2))); year && *year < fiscal_year)
        return true;
    // (…资金55万元,加上去年结余7.352万元,共计62.352万元: added to this year's money, last year's. 去年 alone
    // may be the writer's last year, the year the report is of.)
    if (ends_with_any(before, {U"上年", U"上年度", U"上一年度", U"以前年度", U"往年", U"历年", U"上年度的", U"上年的",
                               U"加上去年", U"加去年", U"加上去年度"}))
        return true;
    if (before.size() >= 5)
        if (const auto year = year_at_start(before.substr(before.size() - 5))) return *year < fiscal_year;
    // 2018年度农机购置补贴结余资金12.664万元 in a 2019 report: an earlier year's money, named first.
    const auto clause_start = before.find_last_of(U"，,；;。：:");
    const auto own = clause_start == std::u32string_view::npos ? before : before.substr(clause_start + 1);
    const auto year = year_in(own);
    return year && *year < fiscal_year;
}

namespace {

// 转移支付 is a kind of money (a transfer payment), not a payment, and 福利彩票公益金支出项目
// names a fund: their 支付/支出 is blanked so 中央下达…转移支付资金3万元 reads as allocated,
// not used. Positions are kept.
std::u32string without_fund_names(std::u32string_view seg) {
    std::u32string out(seg);
    // (实际转移支付1.5万元, right before its amount: paid over, a verb.)
    for (std::size_t at = out.find(U"转移支付"); at != std::u32string::npos; at = out.find(U"转移支付", at + 4))
        if (!(at + 4 == out.size() && ends_with_any(std::u32string_view(out).substr(0, at), {U"实际", U"已", U"累计", U"共"})))
            out[at + 2] = out[at + 3] = U'\u3000';
    for (std::size_t at = out.find(U"支出项目"); at != std::u32string::npos; at = out.find(U"支出项目", at + 4))
        out[at] = out[at + 1] = U'\u3000';
    // 统筹整合使用财政涉农资金303万元: the money pooled for a county's farm projects, named for how it is pooled
    // (统筹整合, an allocation); its 使用 is no spending.
    for (std::size_t at = out.find(U"整合使用"); at != std::u32string::npos; at = out.find(U"整合使用", at + 4))
        out[at + 2] = out[at + 3] = U'\u3000';
    // 红十字事业支出专项资金28万元: a fund named for the budget's class of spending (…事业支出), not
    // money spent.
    for (std::size_t at = out.find(U"事业支出"); at != std::u32string::npos; at = out.find(U"事业支出", at + 4)) {
        const auto rest = std::u32string_view(out).substr(at + 4);
        if (rest.starts_with(U"专项") || rest.starts_with(U"资金") || rest.starts_with(U"经费")) out[at + 2] = out[at + 3] = U'\u3000';
    }
    // 中央下达我市用于疫情防控的…项目转移支付预算2842.5157万元: 用于…的 says what a fund is for, in its
    // name; it is no use of the amount.
    for (std::size_t at = out.find(U"用于"); at != std::u32string::npos; at = out.find(U"用于", at + 2))
        if (out.find(U'的', at + 2) != std::u32string::npos) out[at] = out[at + 1] = U'\u3000';
    // 部门预算项目支出87.5万元, 专项预算支出2350万元: kinds of a budget, not money spent (一般公共预算支出
    // 90万元 is spending).
    // (…其中物业管理承包服务费86.0085万元、…日常支出103.9915万: the kind of costs a part of the money is for.)
    // 城乡义务教育阶段公用经费补助资金118.92万元: a fund named for the costs it pays (公用经费), not an
    // itemised cost.
    for (const std::u32string_view cost : {U"公用经费", U"人员经费"})
        for (std::size_t at = out.find(cost); at != std::u32string::npos; at = out.find(cost, at + 4)) {
            const auto rest = std::u32string_view(out).substr(at + 4);
            if (starts_with_any(rest, {U"补助", U"补贴", U"保障", U"资金", U"专项"}))
                out.replace(at, cost.size(), cost.size(), U'\u3000');
        }
    // (项目支出预算共602.6167万元: the budget for spending, not money spent.)
    for (std::size_t at = out.find(U"支出预算"); at != std::u32string::npos; at = out.find(U"支出预算", at + 4))
        out[at] = out[at + 1] = U'\u3000';
    for (const std::u32string_view kind_of_budget : {U"预算项目支出", U"专项预算支出", U"日常支出"})
        for (std::size_t at = out.find(kind_of_budget); at != std::u32string::npos; at = out.find(kind_of_budget, at + 1)) {
            const std::size_t spent = at + kind_of_budget.size() - 2;
            out[spent] = out[spent + 1] = U'\u3000';
        }
    return out;
}

}  // namespace

// The kind named by the word that ends last in `seg`.
kind kind_before(std::u32string_view original, section_id section, int fiscal_year) {
    const std::u32string blanked = without_fund_names(original);
    const std::u32string_view seg = blanked;
    kind best = kind::none;
    std::size_t best_end = 0, best_length = 0;
    bool found = false;
    for (const auto& g : keyword_groups()) {
        for (auto w : g.words) {
            const auto at = seg.rfind(w);
            if (at == std::u32string_view::npos) continue;
            const std::size_t end = at + w.size();
            // Of two words ending at one place the longer says more (应到位 / 到位).
            if (!found || end > best_end || (end == best_end && (g.k == kind::budget_adjusted || w.size() > best_length))) {
                found = true;
                best_end = end;
                best_length = w.size();
                best = g.k;
                if ((g.k == kind::carried_forward || g.k == kind::surplus) && is_prior_year_carry_over(seg, at, fiscal_year))
                    best = kind::prior_allocation;
                if (w == U"争取" && striven_for(seg.substr(at >= 2 ? at - 2 : 0))) best = kind::none;
                // 已完成拨付1000万元: paid out, not allocated. (实际下拨166万元, 共下拨…: money passed down to
                // the unit, what it had — 下拨 stays the allocation's word.)
                // (按照项目进度拨付资金80万元: paid out as the works went on.)
                if (g.k == kind::allocation && (w == U"拨付" || w == U"拨款") &&
                    (within(section, section_id::funds_use) ||
                     ends_with_any(seg.substr(0, at), {U"完成", U"已", U"累计", U"共", U"实际", U"进度"})))
                    best = kind::used;
                // 财政已拨付到单位100万元: paid over to the unit itself, which is what came.
                if (g.k == kind::allocation && w == U"拨付" &&
                    starts_with_any(seg.substr(end), {U"到单位", U"至单位", U"到我", U"至我", U"给我", U"到本单位", U"至本单位"}))
                    best = kind::arrival;
                // Allocation words that say the money came: under the arrival heading, paid over to the
                // unit (1.项目资金到位情况分析 …省级拨付我区…资金62万元) or 实际下达 (…实际下达资金2513万元，资金
                // 到位率为31%; 实际预算下达54万); anywhere, received (共收到中央下达…资金9056万元).
                if (g.k == kind::allocation) {
                    const bool paid_over = w == U"拨付" || w == U"下拨" || w == U"划拨";
                    const auto before = seg.substr(0, at);
                    // 上级下达拨付我县…资金共计1534万元: allocated and paid over to the unit itself, which is
                    // arrival. (省级拨付我区…62万元 alone, where the allocations are listed, is the allocation.)
                    const auto to = seg.substr(end);
                    if (w == U"拨付" && best != kind::used && before.ends_with(U"下达") &&
                        (to.starts_with(U"我") || to.starts_with(U"给我") || to.starts_with(U"至我") || to.starts_with(U"到我")))
                        best = kind::arrival;
                    const auto received = before.rfind(U"收到");
                    // (实际收到从上级部门分配到的…公益金总额为135968元: what was shared out, received.)
                    // (…下达我区补助资金246.2万元 under 项目资金到位情况分析: allocated to the unit itself, so come.)
                    if ((paid_over && section == section_id::funds_arrival && best == kind::allocation) ||
                        (w == U"下达" && within(section, section_id::funds_arrival) &&
                         (ends_with_any(before, {U"实际", U"实际预算"}) || starts_with_any(to, {U"我", U"给我", U"至我", U"到我"}))) ||
                        ((paid_over || w == U"下达" || w == U"分配") && received != std::u32string_view::npos &&
                         at - received <= (w == U"分配" ? 12 : 8) && !negated_before(seg, received)))
                        best = kind::arrival;
                }
                // 安排支出87.06万元: 支出 after 安排 wins anyway; 财政安排 … 用于 is an item.
            }
        }
    }
    // 结转下年使用资金83.7万元: carried into the next year, to be used then.
    if (best == kind::used && ends_with_any(seg.substr(0, best_end - best_length),
                                            {U"结转下年", U"结转下年度", U"结转下一年度", U"结转至下年", U"结转到下年",
                                             U"结转以后年度"}))
        best = kind::carried_forward;
    // 将剩余的清算资金分配到位120万元: shared out in full to those who carry the project out — money the unit
    // allocated, not money that came to it.
    if (best == kind::arrival && best_end >= 4 && seg.substr(best_end - 2, 2) == U"到位" && shared_out_at(seg, best_end - 2))
        best = kind::allocation;
    // 批复我局项目支出160万元: the spending approved, a budget granted, not money spent.
    if (best == kind::used && seg.substr(best_end - 2, 2) == U"支出") {
        std::u32string_view clause = seg.substr(0, best_end - 2);  // its clause, up to the verb
        if (const auto mark = clause.find_last_of(U"，,；;。"); mark != std::u32string_view::npos) clause.remove_prefix(mark + 1);
        if (contains(clause, U"批复") && !ends_with_any(clause, {U"已", U"实际", U"累计", U"共", U"完成"})) best = kind::allocation;
    }
    // 剩余未执行完的0.3792万元: money not spent, whose fate the sentence may give later.
    if (best == kind::used && negated_before(seg, best_end - best_length)) best = kind::remainder;
    // (累计完成产值5000万元, 已完成投资: what was completed is money spent only when the words after 完成
    // name money — 补贴资金, 经费.)
    // (…下达资金56万元,实际完成投资54.6万元 under the funds heading: what the works took of the money,
    // as its reviewer reads it; 计划完成投资 is a goal.)
    const bool invested = is_funds_section(section) &&
                          ends_with_any(trim(seg), {U"实际完成投资", U"实际完成投资额", U"已完成投资", U"已完成投资额",
                                                    U"累计完成投资", U"累计完成投资额"});
    if (best == kind::used && seg.substr(best_end - 2, 2) == U"完成" &&
        !contains_any(original.substr(best_end), {U"资金", U"经费", U"补贴", U"补助", U"支付", U"拨付", U"兑付"}) && !invested)
        best = kind::none;
    if (best == kind::none && invested) best = kind::used;
    // 收到省交通事业发展保障支出520万元: money received, the 支出 its budget class's name (not 收到资金后支出).
    if (best == kind::used) {
        const auto clause = trim(seg.substr(std::min(seg.size(), seg.find_last_of(U"，,；;。") + 1)));
        const auto verb_at = best_end - best_length;
        if (clause.starts_with(U"收到") && trim(seg.substr(best_end)).empty() && seg.substr(verb_at).starts_with(U"支出") &&
            verb_at > 0 && std::u32string_view(U"后已并共再计际均").find(seg[verb_at - 1]) == std::u32string_view::npos)
            best = kind::arrival;
    }
    // 上年结转结余资金3万元: money that came in from last year, whichever word ends last.
    if ((best == kind::surplus || best == kind::carried_forward) &&
        contains_any(seg, {U"上年结转", U"上年度结转", U"上一年度结转", U"以前年度结转", U"上年结余", U"年初结转"}))
        best = kind::prior_allocation;
    // 获得中省水利发展资金2000万元: a fund obtained, named right before its amount (not 获得贷款, 获得收益).
    if (best == kind::none)
        if (const auto got = seg.rfind(U"获得");
            got != std::u32string_view::npos && seg.size() - got <= 24 &&
            ends_with_any(trim(seg), {U"资金", U"经费", U"补助", U"奖补资金", U"补助资金"}))
            best = kind::allocation;
    return best;
}

// The kind named by the first word after the amount (4万元到位, 2万元结转下年).
// Negated: 30万元尚未到位 is money allocated that has not arrived; 30万元未使用 is a
// remainder whose fate the clause does not give.
kind kind_after(std::u32string_view original) {
    const std::u32string blanked = without_fund_names(original);
    const std::u32string_view after = blanked;
    kind best = kind::none;
    std::size_t best_at = after.size();
    for (const auto& g : keyword_groups()) {
        if (g.k == kind::allocation || g.k == kind::item || g.k == kind::budget_initial || g.k == kind::budget_adjusted)
            continue;
        for (auto w : g.words) {
            auto at = after.find(w);
            // (5.8万 预算执行率(B/A) 100%: a rate's label, the next cell's, not what the amount is. …经费236.25万元部门整体
            // 支出绩效自评表: a title's words, the kind of report, not what the amount is.)
            while (at != std::u32string_view::npos && starts_with_any(after.substr(at + w.size()), {U"率", U"绩效"}))
                at = after.find(w, at + 1);
            if (at != std::u32string_view::npos && at < best_at) {
                best_at = at;
                best = g.k;
            }
        }
    }
    // (120万元分配到位: shared out in full by the unit, as in kind_before.)
    if (best == kind::arrival && shared_out_at(after, best_at)) return kind::allocation;
    // 50万元必须于年底前拨付到位: what is to arrive by a rule is allocated, not arrived.
    if (best == kind::arrival && no_arrival_before(after, best_at)) return kind::allocation;
    if (best != kind::none && negated_before(after, best_at)) {
        if (best == kind::arrival) return kind::allocation;
        if (best == kind::used) return kind::remainder;
    }
    // (75.68万元分配至具体项目使用: shared out to the projects that will use it, in the same clause.)
    if (best == kind::used) {
        const auto lead = after.substr(0, best_at);
        if (const auto shared = lead.find(U"分配"); shared != std::u32string_view::npos &&
                                                    lead.find_first_of(U"，,；;。", shared) == std::u32string_view::npos)
            return kind::allocation;
    }
    // 剩余95.07万元拟计划支付…: money still to be spent, not spent. (质保金10万元待质保期满后支付, 10万元将于2024年
    // 支付: likewise, however far before the verb.)
    if (best == kind::used && (planned_before(after, best_at) || awaited_before(after.substr(0, best_at)))) return kind::remainder;
    // 200万元…资金严格按照规定全部用于了…建设: spent on what it names. (用于 alone, or 全部用于 without 已 or 了, may be
    // what the money is for.)
    if (best == kind::none)
        for (const std::u32string_view spent : {U"已全部用于", U"全部用于了", U"均已用于", U"已用于"})
            if (const auto at = after.find(spent); at != std::u32string_view::npos && !negated_before(after, at)) return kind::used;
    return best;
}

bool awaited_before(std::u32string_view text) {
    if (contains_any(text, {U"将于", U"将在", U"拟于", U"计划于", U"预计于"})) return true;
    // 待 as a word of its own (待验收后, 待质保期满后), not inside 接待, 招待, 期待, 对待 or 待遇.
    for (auto at = text.find(U'待'); at != std::u32string_view::npos; at = text.find(U'待', at + 1))
        if ((at == 0 || std::u32string_view(U"接招期对款优善厚虐").find(text[at - 1]) == std::u32string_view::npos) &&
            (at + 1 >= text.size() || text[at + 1] != U'遇'))
            return true;
    return false;
}

bool shared_out_at(std::u32string_view text, std::size_t at) { return at >= 2 && text.substr(at - 2, 2) == U"分配"; }

// 尚未到位, 无结转结余, 资金未能到位: a negation within the few characters before the word.
bool negated_before(std::u32string_view text, std::size_t at) {
    const auto before = text.substr(at >= 4 ? at - 4 : 0, at >= 4 ? 4 : at);
    return contains_any(before, {U"未", U"没有", U"无", U"不存在"});
}

bool planned_before(std::u32string_view text, std::size_t at) {
    const auto before = text.substr(at >= 4 ? at - 4 : 0, at >= 4 ? 4 : at);
    return contains_any(before, {U"拟", U"计划", U"预计", U"准备"});
}

bool partly_right_before(std::u32string_view text, std::size_t at) {
    const auto before = text.substr(at >= 6 ? at - 6 : 0, at >= 6 ? 6 : at);
    return contains_any(before, {U"未全部", U"未全额", U"未足额", U"没有全部", U"未完全"});
}

bool partly_before(std::u32string_view text, std::size_t at) {
    return contains(text.substr(0, at), U"部分") || partly_right_before(text, at);
}

bool no_arrival_before(std::u32string_view text, std::size_t at) {
    const auto before = text.substr(0, at);
    // (救助资金发放及时到位: paid out to people in time, not money coming to the unit.)
    auto paid = before;
    for (const std::u32string_view manner : {U"及时", U"按时", U"足额", U"全部", U"全额"})
        if (paid.ends_with(manner)) paid.remove_suffix(manner.size());
    if (ends_with_any(paid, {U"结算", U"兑付", U"发放", U"支付", U"兑现"})) return true;
    // (预算基本执行到位, 程序履行到位, 责任落实…管理到位, 护理费资金落实到位: done or in place, not money coming in.)
    if (ends_with_any(paid, {U"执行", U"履行", U"程序", U"管理", U"监管", U"责任", U"措施", U"宣传", U"整改", U"培训", U"落实"}))
        return true;
    std::size_t last = std::u32string_view::npos;
    // (建议…资金提前到位, 力争…到位: what is asked for, not what happened; 保障了资金及时到位 among a
    // group's duties: how the money is managed, not how much came.)
    for (const std::u32string_view w : {U"必须", U"务必", U"确保", U"应当", U"须于", U"须在", U"建议", U"力争", U"保障", U"保证"})
        if (const auto k = before.rfind(w); k != std::u32string_view::npos && (last == std::u32string_view::npos || k > last))
            last = k;
    return last != std::u32string_view::npos && !contains(before.substr(last), U"已");
}

bool under_target_label(std::u32string_view sentence, std::size_t at) {
    return contains_any(sentence.substr(0, at), {U"目标：", U"目标:"});
}

std::size_t namely_at(std::u32string_view text) {
    std::size_t last = std::u32string_view::npos;
    for (const std::u32string_view namely : {U"，即", U",即"})
        if (const auto at = text.rfind(namely); at != std::u32string_view::npos && (last == std::u32string_view::npos || at > last))
            last = at;
    return last;
}

bool names_listed_after_namely(std::u32string_view text, std::u32string_view seg) {
    const auto trimmed_seg = trim(seg);
    // (…、教育结余用于项目建设经费4194.23万元: the last name ends right before the amount.)
    if (seg.empty() || seg.data() <= text.data() ||
        !ends_with_any(trimmed_seg, {U"合计", U"共计", U"经费", U"资金", U"补助", U"补贴"}))
        return false;
    const auto begin = static_cast<std::size_t>(seg.data() - text.data());
    if (begin > text.size() || text[begin - 1] != U'、') return false;
    // (Looked for within a list's length: a sentence of thousands of amounts is not searched to its
    // start once for each.)
    constexpr std::size_t longest_list = 1000;
    const auto before = text.substr(begin > longest_list ? begin - longest_list : 0, std::min(begin, longest_list));
    const auto at = namely_at(before);
    return at != std::u32string_view::npos && before.find_first_of(U"。；;", at) == std::u32string_view::npos;
}

bool due_before(std::u32string_view seg) {
    std::size_t last_end = 0, last_at = std::u32string_view::npos;
    for (const auto& g : keyword_groups())
        if (g.k == kind::used)
            for (const auto w : g.words)
                if (const auto at = seg.rfind(w); at != std::u32string_view::npos && at + w.size() > last_end) {
                    last_end = at + w.size();
                    last_at = at;
                }
    return last_at != std::u32string_view::npos && last_at > 0 && seg[last_at - 1] == U'应';
}

std::u32string_view last_clause(std::u32string_view seg) {
    return trim(seg.substr(std::min(seg.size(), seg.find_last_of(U"，,；;。：:") + 1)));
}

bool spending_compared(std::u32string_view seg) {
    const auto clause = last_clause(seg);
    if (contains_any(clause, {U"节约支出", U"节省支出", U"节约开支", U"节省开支", U"减少支出", U"减少开支", U"降低支出",
                              U"增加支出", U"压减支出", U"压缩支出", U"压减开支", U"压缩开支", U"节约了支出"}) ||
        ends_with_any(clause, {U"减少", U"增加", U"增长", U"下降", U"降低", U"节约", U"节省", U"减少了", U"增加了"}))
        return true;
    return contains_any(clause, {U"上年同期", U"去年同期", U"较上年", U"比上年", U"同比", U"上年度", U"上一年度", U"上年"}) &&
           !contains_any(clause, {U"上年结转", U"上年度结转", U"上一年度结转", U"上年结余", U"上年度结余"});
}

bool not_arrived_around(std::u32string_view seg, std::u32string_view after) {
    static constexpr std::initializer_list<std::u32string_view> words{U"未到位", U"未到账", U"没有到位", U"未能到位", U"未拨付到位"};
    auto clause = last_clause(seg);
    for (const std::u32string_view noun : {U"资金", U"的资金", U"的", U"金额", U"资金为", U"为"})
        if (clause.ends_with(noun)) {
            clause.remove_suffix(noun.size());
            break;
        }
    after = trim(after);
    for (const std::u32string_view still : {U"尚", U"还", U"仍"})
        if (after.starts_with(still)) after.remove_prefix(still.size());
    return ends_with_any(clause, words) || starts_with_any(after, words);
}

bool is_bare_label(std::u32string_view sentence) {
    sentence = trim(sentence);
    for (const std::u32string_view unit : {U"（万元）", U"(万元)", U"（元）", U"(元)"})
        if (sentence.ends_with(unit)) sentence = trim(sentence.substr(0, sentence.size() - unit.size()));
    return !sentence.empty() && sentence.size() <= 8 &&
           std::none_of(sentence.begin(), sentence.end(), [](char32_t c) { return is_clause_mark(c) || is_digit(c); });
}

bool arrival_follows(std::u32string_view after) {
    const auto at = first_of(after, {U"到位", U"到账"});
    return at != std::u32string_view::npos && !negated_before(after, at) && !no_arrival_before(after, at);
}

bool says_in_all(std::u32string_view s) {
    for (auto at = s.find(U'共'); at != std::u32string_view::npos; at = s.find(U'共', at + 1))
        if (at == 0 || s[at - 1] != U'公') return true;
    return contains_any(s, {U"总额", U"总计", U"合计"});
}

bool spending_follows(std::u32string_view between) {
    // (Words that say money was spent, not a kind of spending: 商品和服务支出 names one. …项目支出18万元 and
    // …资金支出 name the money that was spent.)
    return contains_any(between, {U"执行数", U"已支出", U"实际支出", U"累计支出", U"共支出", U"已支付", U"实际支付", U"累计支付",
                                  U"已使用", U"实际使用", U"执行金额", U"项目支出", U"资金支出", U"经费支出"});
}

bool progress_follows(std::u32string_view after) {
    if (after.starts_with(U"，") || after.starts_with(U",")) after.remove_prefix(1);
    for (const std::u32string_view label : {U"支出进度", U"支付进度", U"执行进度", U"执行率"}) {
        if (!after.starts_with(label)) continue;
        after.remove_prefix(label.size());
        if (after.starts_with(U"为") || after.starts_with(U"达") || after.starts_with(U"：") || after.starts_with(U":"))
            after.remove_prefix(1);
        std::size_t digits = 0;
        while (digits < after.size() && (is_digit(after[digits]) || after[digits] == U'.')) ++digits;
        return digits > 0 && digits < after.size() && (after[digits] == U'%' || after[digits] == U'％');
    }
    return false;
}

bool names_the_budget(std::u32string_view seg) {
    seg = trim(seg);
    for (bool again = true; again;) {
        again = false;
        for (const std::u32string_view w : {U"为", U"是", U"：", U":", U"共计", U"合计", U"共", U"计"})
            if (seg.ends_with(w)) {
                seg = trim(seg.substr(0, seg.size() - w.size()));
                again = true;
            }
    }
    // (资金预算253.7万元, 预算实际安排151.12万元, 预算资金总额120000元, 年预算批复金额为900万元, 预算经费3万元.)
    return ends_with_any(seg, {U"预算数", U"预算", U"预算资金", U"预算经费", U"预算金额", U"预算安排", U"预算实际安排", U"预算总额",
                               U"预算资金总额", U"预算批复", U"预算批复金额", U"预算批复数", U"预算批复资金"});
}

bool names_income(std::u32string_view seg) {
    seg = trim(seg);
    for (const std::u32string_view w : {U"为", U"是", U"：", U":", U"共计", U"合计", U"共", U"计", U"达"})
        if (seg.ends_with(w)) {
            seg = trim(seg.substr(0, seg.size() - w.size()));
            break;
        }
    // (可实现总收入15万元, 人均收入, 增加收入: what people may earn, not the fund's money.)
    return seg.ends_with(U"收入") && !contains_any(seg, {U"可实现", U"人均", U"增收", U"增加", U"农民", U"群众", U"居民"});
}

bool insurance_fund_flows(std::u32string_view sentence) {
    return contains_any(sentence, {U"保费收入", U"保险费收入", U"基金收入"}) &&
           contains_any(sentence, {U"养老金支出", U"基金支出", U"待遇支出"});
}

bool splits_money_raised(std::u32string_view sentence) {
    return contains(sentence, U"筹集") && contains(sentence, U"公益金") && contains_any(sentence, {U"上缴", U"上解"}) &&
           contains_any(sentence, {U"留成", U"留存", U"留用"});
}

std::size_t breakdown_marker(std::u32string_view sentence) {
    // 分别为…10万元和…6万元: the sentence before gave their sum.
    // 项目经费共计163.69万。主要包括…经费33.69万；…经费各40万: the same.
    for (const std::u32string_view w : {U"具体为", U"具体是", U"分别为", U"分别是", U"主要包括", U"具体包括"})
        if (const auto at = sentence.find(w); at != std::u32string_view::npos) return at + w.size();
    const auto as_follows = sentence.find(U"如下");
    if (as_follows == std::u32string_view::npos || !contains_any(sentence.substr(0, as_follows), {U"具体", U"明细"}))
        return std::u32string_view::npos;
    return as_follows + 2;
}

bool used_next_year(std::u32string_view after, int fiscal_year) {
    for (std::u32string_view w : {U"下年", U"下一年", U"次年", U"下年度", U"以后年度"}) {
        const auto at = after.find(w);
        if (at != std::u32string_view::npos && contains_any(after.substr(at), {U"使用", U"支出", U"安排"})) return true;
    }
    const auto use = after.find(U"使用");
    if (use == std::u32string_view::npos) return false;
    const auto year = year_in(after.substr(0, use));
    return year && *year > fiscal_year;
}

namespace {
// Where the last 2022年 of `seg` starts (npos: none).
std::size_t last_year_at(std::u32string_view seg) {
    std::size_t at = std::u32string_view::npos;
    for (std::size_t i = 0; i + 4 < seg.size(); ++i)
        if ((i == 0 || !is_digit(seg[i - 1])) && year_at_start(seg.substr(i))) at = i;
    return at;
}
}  // namespace

std::optional<int> year_in(std::u32string_view seg) {
    const auto at = last_year_at(seg);
    return at == std::u32string_view::npos ? std::nullopt : year_at_start(seg.substr(at));
}

bool year_in_fund_name(std::u32string_view seg) {
    const auto at = last_year_at(seg);
    if (at == std::u32string_view::npos) return false;
    // The verb before it, in its own clause.
    const auto before = seg.substr(0, at);
    const auto clause = before.substr(std::min(before.size(), before.find_last_of(U"，,；;：:") + 1));
    if (!contains_any(clause, {U"下达", U"下拨", U"安排", U"拨付", U"分配"})) return false;
    // A fund's name after it: …年度X经费, …年X资金, not a date (2023年12月, 2023年底).
    const auto after = seg.substr(at + 5);
    return !after.empty() && !is_digit(after.front()) && !starts_with_any(after, {U"底", U"末", U"初", U"内", U"中", U"上半年", U"下半年"}) &&
           contains_any(after, {U"资金", U"经费", U"补助", U"补贴"});
}

std::optional<int> year_of_money(std::u32string_view seg) {
    const auto at = last_year_at(seg);
    if (at == std::u32string_view::npos) return std::nullopt;
    // (2020年省级财政安排…, 2024年累计申请…: a year the clause starts from, when something happened — not the
    // year the money is for.)
    const auto after = seg.substr(at + 5);
    const auto before = seg.substr(0, at);
    if (!starts_with_any(after, {U"度", U"预算", U"资金", U"专项", U"的"}) &&
        !ends_with_any(before, {U"申请", U"申报", U"下达", U"安排", U"争取", U"拨付", U"计划", U"拟", U"预计"}))
        return std::nullopt;
    return year_at_start(seg.substr(at));
}

bool allocating_title(std::u32string_view title) {
    return title.empty() || contains_any(title, {U"下达", U"下拨", U"拨付", U"分配", U"安排", U"追加", U"预算"});
}

std::u32string strip_purpose(std::u32string_view s) {
    s = trim(s);
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::u32string_view w : {U"其中", U"主要用于", U"分别用于", U"用于", U"包括", U"：", U":", U"、", U"，", U"；"}) {
            if (s.starts_with(w)) { s.remove_prefix(w.size()); s = trim(s); again = true; }
        }
        // A list's marker: ①, （2）.
        if (const auto m = list_marker_at(s, 0); m && m->length < s.size()) {
            s.remove_prefix(m->length);
            again = true;
        }
        for (std::u32string_view w : {U"共计", U"合计", U"资金", U"金额", U"共", U"计", U"为", U"约", U"的"}) {
            if (s.ends_with(w) && s.size() > w.size()) { s.remove_suffix(w.size()); s = trim(s); again = true; }
        }
    }
    return std::u32string(s);
}

bool in_open_bracket(std::u32string_view text) {
    for (std::size_t i = text.size(); i-- > 0;) {
        if (text[i] == U'）' || text[i] == U')') return false;
        if (text[i] == U'（' || text[i] == U'(') return true;
    }
    return false;
}

bool closes_bracket(std::u32string_view text) {
    for (const char32_t c : text) {
        if (c == U'（' || c == U'(') return false;
        if (c == U'）' || c == U')') return true;
    }
    return false;
}

std::size_t unbracketed(std::u32string_view text, std::u32string_view word) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == U'（' || text[i] == U'(') ++depth;
        else if ((text[i] == U'）' || text[i] == U')') && depth > 0) --depth;
        else if (depth == 0 && text.substr(i).starts_with(word)) return i;
    }
    return std::u32string_view::npos;
}

std::pair<int, std::size_t> small_number_at(std::u32string_view text, std::size_t at) {
    const auto digit = [](char32_t c) {
        return is_digit(c) ? static_cast<int>(c - U'0') : c >= U'０' && c <= U'９' ? static_cast<int>(c - U'０') : -1;
    };
    int value = 0;
    std::size_t n = 0;
    while (at + n < text.size() && n < 2 && digit(text[at + n]) >= 0) value = value * 10 + digit(text[at + n++]);
    return {value, n};
}

std::optional<list_marker> list_marker_at(std::u32string_view text, std::size_t at) {
    if (at >= text.size()) return std::nullopt;
    const char32_t c = text[at];
    if (c >= U'\u2460' && c <= U'\u2473') return list_marker{1, static_cast<int>(c - U'\u2460') + 1, true};
    if (c != U'（' && c != U'(') return std::nullopt;
    const auto [value, n] = small_number_at(text, at + 1);
    const std::size_t close = at + 1 + n;
    if (n == 0 || close >= text.size() || (text[close] != U'）' && text[close] != U')')) return std::nullopt;
    return list_marker{n + 2, value, false};
}

bool list_marker_in(std::u32string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == U'；' || text[i] == U';' || list_marker_at(text, i)) return true;
    return false;
}

}  // namespace jixiao::ingest::funds
