// Completing a project's headcount by category: given, subtracted or inferred.

#include <jixiao/multiprecision.hpp>
#include <jixiao/headcount.hpp>

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/share_tree.hpp>
#include <jixiao/split.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

namespace detail {

std::string describe_number(const rational& x) {
    if (auto exact = format_exact(x, 0, 4)) return *exact;
    return "≈" + format_fixed(x, 2, rounding::half_away_from_zero);
}

std::string describe_yuan(const rational& fen) {
    if (auto exact = format_exact(fen / rational(100), 2, 6)) return *exact;
    return "≈" + format_fixed(fen / rational(100), 2, rounding::half_away_from_zero);
}

std::string join_names(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

headcount_completion incomplete_headcount(localized why) {
    headcount_completion out;
    out.problem = std::move(why);
    return out;
}

}  // namespace detail

headcount_completion complete_headcount(const policy& pol, const cost_sharing& sharing,
                                                             const std::vector<level_amount>& reported) {
    using detail::join_names;
    // Given counts and the categories without one, in policy order.
    std::vector<std::optional<std::int64_t>> given(pol.categories.size());
    for (const auto& [name, persons] : sharing.by_category) {
        std::size_t c = 0;
        while (c < pol.categories.size() && pol.categories[c].first != name) ++c;
        if (c == pol.categories.size())
            throw error({"政策 " + pol.id + " 没有类别 " + name, "policy " + pol.id + " has no category " + name});
        if (given[c])
            return detail::incomplete_headcount({"类别 " + name + " 的人数给了两次，无法确定用哪一个",
                                       "category " + name + " is given two headcounts; which one holds is unclear"});
        if (persons < 0)
            return detail::incomplete_headcount({"类别 " + name + " 的人数为 " + std::to_string(persons) + "，人数不能为负",
                                       "category " + name + " has " + std::to_string(persons) +
                                           " persons; a headcount cannot be negative"});
        given[c] = persons;
    }
    cpp_int given_sum = 0;
    std::vector<std::size_t> missing;
    std::vector<std::string> missing_names;
    for (std::size_t c = 0; c < given.size(); ++c) {
        if (given[c]) {
            given_sum += *given[c];
        } else {
            missing.push_back(c);
            missing_names.push_back(pol.categories[c].first);
        }
    }
    if (pol.categories.empty())
        return detail::incomplete_headcount({"政策 " + pol.id + " 没有定义任何类别，无法分担", "policy " + pol.id +
                                                                                    " defines no category to share"});

    headcount_completion out;
    const auto fill = [&](std::size_t c, std::int64_t persons) { given[c] = persons; };
    const auto finish = [&](headcount_method method) {
        out.method = method;
        for (std::size_t c = 0; c < given.size(); ++c) out.counts.emplace_back(pol.categories[c].first, *given[c]);
        return out;
    };

    if (!sharing.total) {
        if (missing.empty()) return finish(headcount_method::given);
        return detail::incomplete_headcount(
            {"类别 " + join_names(missing_names, "、") + " 没有人数，也没有总人数（headcount.total），无法补全各类别人数",
             (missing.size() == 1 ? "category " + missing_names[0] + " has" : "categories " + join_names(missing_names, ", ") + " have") +
                 " no headcount and there is no total (headcount.total) to complete " +
                 (missing.size() == 1 ? "it" : "them") + " from"});
    }
    const std::int64_t total = *sharing.total;
    if (total < 0)
        return detail::incomplete_headcount({"总人数为 " + std::to_string(total) + "，人数不能为负",
                                   "the total headcount is " + std::to_string(total) + "; it cannot be negative"});
    const cpp_int remaining = cpp_int(total) - given_sum;
    if (remaining < 0)
        return detail::incomplete_headcount(
            {"by_category 中各类别人数合计 " + given_sum.str() + " 人，比总人数 " + std::to_string(total) + " 人多 " +
                 cpp_int(-remaining).str() + " 人；没有能与总人数相符的划分，请核对 headcount",
             "the categories in by_category sum to " + given_sum.str() + " persons, " + cpp_int(-remaining).str() +
                 " more than the total of " + std::to_string(total) + "; no split fits, check headcount"});
    if (missing.empty()) {
        if (remaining == 0) return finish(headcount_method::given);
        return detail::incomplete_headcount(
            {"by_category 中各类别人数合计 " + given_sum.str() + " 人，与总人数 " + std::to_string(total) + " 人不符，相差 " +
                 remaining.str() + " 人；请核对 headcount",
             "the categories in by_category sum to " + given_sum.str() + " persons but the total is " +
                 std::to_string(total) + ", " + remaining.str() + " fewer; check headcount"});
    }
    const auto rest = static_cast<std::int64_t>(remaining);  // 0 ≤ rest ≤ total
    // Nobody left: every missing category has no persons, however many there are.
    if (rest == 0 || missing.size() == 1) {
        for (std::size_t c : missing) fill(c, c == missing.front() ? rest : 0);
        return finish(headcount_method::subtracted);
    }
    if (missing.size() > 2)
        return detail::incomplete_headcount(
            {"类别 " + join_names(missing_names, "、") + " 都没有人数；仅凭总人数最多能推算两个类别，请在 by_category 中再给出 " +
                 std::to_string(missing.size() - 2) + " 个类别的人数",
             "categories " + join_names(missing_names, ", ") + " have no headcount; a total can complete at most two, so give " +
                 std::to_string(missing.size() - 2) + " more in by_category"});

    // Two unknowns a + b = rest: the first reported level, in level order, whose
    // per-person shares differ between them gives the second equation.
    const std::size_t a = missing[0], b = missing[1];
    const std::string& name_a = pol.categories[a].first;
    const std::string& name_b = pol.categories[b].first;
    const auto shares_a = effective_shares(pol.categories[a].second);
    const auto shares_b = effective_shares(pol.categories[b].second);
    const rational standard = detail::fen_fraction(pol.standard);
    const level_amount* against = nullptr;
    for (const auto& r : reported)
        if (!standard.is_zero() && share_of(shares_a, r.level) != share_of(shares_b, r.level)) {
            against = &r;
            break;
        }
    if (!against)
        return detail::incomplete_headcount(
            {"类别 " + name_a + " 与 " + name_b + " 都没有人数，而项目报告资金的各级对这两类人员的人均分担额都相同，无法推算；请在 "
                                                 "by_category 中给出其中一类的人数",
             "categories " + name_a + " and " + name_b +
                 " have no headcount, and every level the project has tranches at pays the same per person for both, "
                 "so they cannot be told apart; give one of them in by_category"});

    const level at = against->level;
    const std::string level_zh(vocabulary(at).zh), level_en(to_string(at));
    const rational per_a = standard * share_of(shares_a, at).fraction();  // fen per person
    const rational per_b = standard * share_of(shares_b, at).fraction();
    rational known = per_b * rational(rest);
    for (std::size_t c = 0; c < given.size(); ++c)
        if (given[c])
            known += standard * share_of(effective_shares(pol.categories[c].second), at).fraction() * rational(*given[c]);
    const rational target = detail::fen_fraction(against->amount);
    const rational slope = per_a - per_b;  // fen more per person counted in a instead of b
    const rational solution = (target - known) / slope;

    // The level's amount after allocation lies within one fen of its exact
    // value, so only counts whose exact amount does can reproduce the report.
    const rational reach = rational(1) / abs(slope);
    cpp_int low = round_to_integer(solution - reach, rounding::floor) + 1;
    cpp_int high = round_to_integer(solution + reach, rounding::ceiling) - 1;
    if (low < 0) low = 0;
    if (high > rest) high = rest;
    const std::string equation_zh = level_zh + "资金 " + to_string(against->amount) + " 元：" + level_zh + "对 " + name_a +
                                    " 每人分担 " + detail::describe_yuan(per_a) + " 元、对 " + name_b + " 每人分担 " +
                                    detail::describe_yuan(per_b) + " 元，两类共 " + std::to_string(rest) + " 人";
    const std::string equation_en = "the " + level_en + " funds of " + to_string(against->amount) + " with " +
                                    detail::describe_yuan(per_a) + " per person of " + name_a + " and " +
                                    detail::describe_yuan(per_b) + " per person of " + name_b + ", " +
                                    std::to_string(rest) + " persons in both";
    if (high - low + 1 > detail::max_inference_candidates)
        return detail::incomplete_headcount(
            {"按" + equation_zh + "；两类人员的人均分担额仅相差 " + detail::describe_yuan(abs(slope)) +
                 " 元，报告的资金分不清两类人数；请在 by_category 中给出其中一类的人数",
             "from " + equation_en + ": the per-person shares differ by only " + detail::describe_yuan(abs(slope)) +
                 ", too little to tell the categories apart; give one of them in by_category"});

    std::vector<std::int64_t> fits;
    for (cpp_int n = low; n <= high && fits.size() < 2; ++n) {
        const auto persons_a = static_cast<std::int64_t>(n);
        headcount_map counts;
        for (std::size_t c = 0; c < given.size(); ++c)
            counts.emplace_back(pol.categories[c].first,
                                c == a ? persons_a : c == b ? rest - persons_a : *given[c]);
        if (split_cost(pol, counts).amount(at) == against->amount) fits.push_back(persons_a);
    }
    if (fits.empty()) {
        const bool in_range = solution.sign() >= 0 && solution <= rational(rest);
        const std::string x = detail::describe_number(solution);
        return detail::incomplete_headcount(
            {"按" + equation_zh + "，解得 " + name_a + " = " + x + " 人，" +
                 (in_range ? "不是整数" : "超出 0…" + std::to_string(rest) + " 的范围") +
                 "；没有整数人数的划分与报告的资金相符，请核对" + level_zh + "资金，或在 by_category 中给出人数",
             "solving for " + equation_en + " gives " + name_a + " = " + x +
                 (in_range ? ", not a whole number" : ", outside 0…" + std::to_string(rest)) +
                 "; no whole-number split fits the reported funds, check the " + level_en +
                 " tranches or give by_category"});
    }
    if (fits.size() > 1)
        return detail::incomplete_headcount(
            {"按" + equation_zh + "，" + name_a + " = " + std::to_string(fits[0]) + " 与 " + std::to_string(fits[1]) +
                 " 人都与报告的资金相符，无法确定；请在 by_category 中给出其中一类的人数",
             "from " + equation_en + ", both " + name_a + " = " + std::to_string(fits[0]) + " and " +
                 std::to_string(fits[1]) + " fit the reported funds; give one of them in by_category"});
    fill(a, fits[0]);
    fill(b, rest - fits[0]);
    out.solved_against = at;
    return finish(headcount_method::inferred);
}

}  // namespace jixiao
