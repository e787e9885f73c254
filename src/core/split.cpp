// The split of a policy's cost between levels, to the fen.

#include <jixiao/multiprecision.hpp>
#include <jixiao/split.hpp>

#include <jixiao/allocate.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/share_tree.hpp>
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

namespace detail {

std::string category_list(const policy& pol) {
    std::string out;
    for (const auto& [name, node] : pol.categories) out += (out.empty() ? "" : ", ") + name;
    return out.empty() ? "—" : out;
}

std::int64_t checked_persons(const cpp_int& persons) {
    if (persons > cpp_int((std::numeric_limits<std::int64_t>::max)()))
        throw overflow_error({"总人数 " + persons.str() + " 超出可表示的范围（最多 " +
                                  std::to_string((std::numeric_limits<std::int64_t>::max)()) + " 人）",
                              "a total headcount of " + persons.str() + " is out of range (at most " +
                                  std::to_string((std::numeric_limits<std::int64_t>::max)()) + " persons)"});
    return static_cast<std::int64_t>(persons);
}

}  // namespace detail

split_result split_cost(const policy& pol, const headcount_map& counts) {
    if (const auto problems = detail::check_policy_under(pol, ""); !problems.empty())
        throw error(problems.front().message, problems.front().where);

    split_result out;
    out.policy = pol.id;
    out.standard = pol.standard;
    for (const auto& [name, node] : pol.categories) out.headcount.emplace_back(name, 0);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const std::string& name = counts[i].first;  // not a structured binding: clang 14 cannot capture one
        const std::int64_t persons = counts[i].second;
        const auto slot = std::find_if(out.headcount.begin(), out.headcount.end(),
                                       [&](const auto& c) { return c.first == name; });
        if (slot == out.headcount.end())
            throw error({"政策 " + pol.id + " 没有类别 " + name + "（它的类别有：" + detail::category_list(pol) + "）",
                         "policy " + pol.id + " has no category " + name + " (its categories: " +
                             detail::category_list(pol) + ")"});
        for (std::size_t j = 0; j < i; ++j)
            if (counts[j].first == name)
                throw error({"类别 " + name + " 的人数给了两次", "category " + name + " is given two headcounts"});
        if (persons < 0)
            throw error({"类别 " + name + " 的人数为 " + std::to_string(persons) + "，人数不能为负",
                         "category " + name + " has " + std::to_string(persons) +
                             " persons; a headcount cannot be negative"});
        slot->second = persons;
    }

    cpp_int persons = 0;
    const auto levels = policy_levels(pol);
    std::vector<exact_money> exact(levels.size(), exact_money(rational(0)));
    for (std::size_t c = 0; c < pol.categories.size(); ++c) {
        const auto& [name, count] = out.headcount[c];
        persons += count;
        money cost;
        try {
            cost = pol.standard * count;
        } catch (const overflow_error&) {
            throw overflow_error({"类别 " + name + " 的 " + std::to_string(count) + " 人 × 人均标准 " +
                                      to_string(pol.standard) + " 元超出可表示的金额范围",
                                  "category " + name + ": " + std::to_string(count) + " persons × the standard of " +
                                      to_string(pol.standard) + " is out of the range of amounts"});
        }
        // Each category's cost may fit while their sum does not: say so, rather than blame one category.
        try {
            out.total += cost;
        } catch (const overflow_error&) {
            throw overflow_error({"政策 " + pol.id + " 各类别的费用合计超出可表示的金额范围（加上类别 " + name + " 的 " +
                                      to_string(cost) + " 元时）",
                                  "policy " + pol.id + ": the categories' costs sum beyond the range of amounts (on adding " +
                                      to_string(cost) + " for category " + name + ")"});
        }
        const auto shares = effective_shares(pol.categories[c].second);
        for (std::size_t l = 0; l < levels.size(); ++l) exact[l] = exact[l] + cost * share_of(shares, levels[l]);
    }
    out.persons = detail::checked_persons(persons);
    const auto amounts = allocate_exact(exact);
    for (std::size_t l = 0; l < levels.size(); ++l) out.levels.push_back({levels[l], amounts[l]});
    return out;
}

}  // namespace jixiao
