// Share trees: soundness checks and each level's effective share.

#include <jixiao/share_tree.hpp>

#include <jixiao/document.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/ratio.hpp>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

namespace detail {

std::string describe_ratio(const ratio& r) {
    if (const auto percent = format_exact(r.fraction() * rational(100), 0, 4)) return *percent + "%";
    return to_string(r) + " (" + format_percent(r) + ")";
}

void check_share_node(const share_node& node, const std::string& path, const std::string& where_zh,
                             const std::string& where_en, std::vector<finding>& out) {
    const auto report = [&](std::string at, localized message, std::optional<std::string> expected = {},
                            std::optional<std::string> actual = {}, std::optional<std::string> difference = {}) {
        out.push_back(finding{"JX-C001", severity::error, std::move(at), std::move(expected), std::move(actual),
                              std::move(difference), std::move(message)});
    };
    ratio sum;
    std::array<bool, all_levels.size()> named{};
    for (const auto& [lvl, share] : node.shares) {
        const std::string name{to_string(lvl)};
        // A negative share could be offset by one above 100% and still sum to 1;
        // no level pays a negative part of a subsidy, so it is refused outright.
        if (share.is_negative())
            report(path + "." + name,
                   {where_zh + "：" + std::string(vocabulary(lvl).zh) + "的分担比例为 " + describe_ratio(share) +
                        "，分担比例不能为负；请核对 " + path + "." + name,
                    where_en + " gives " + name + " a negative share of " + describe_ratio(share) +
                        "; a share cannot be negative; check " + path + "." + name},
                   "≥ 0", to_string(share));
        // Two shares for one level in one node is a typo more often than intent;
        // a level that also pays in a `rest` node below is fine.
        if (named[level_rank(lvl)])
            report(path + "." + name,
                   {where_zh + "：" + std::string(vocabulary(lvl).zh) + "出现了两次；同一节点中每一级只能有一个分担比例，请合并后填写",
                    where_en + " names " + name + " twice; a node gives each level one share, so merge them"});
        named[level_rank(lvl)] = true;
        sum += share;
    }
    const ratio one = ratio::one();
    if (!node.rest) {
        if (sum != one)
            report(path,
                   {where_zh + "：各级分担比例合计 " + describe_ratio(sum) + "，应恰好为 100%，相差 " +
                        describe_ratio(sum - one) + "；请核对 " + path + " 中各级的比例",
                    where_en + ": the shares sum to " + describe_ratio(sum) + ", expected exactly 100%, a difference of " +
                        describe_ratio(sum - one) + "; check the shares in " + path},
                   "1", to_string(sum), to_string(sum - one));
        return;
    }
    // With a `rest`, the node's own shares leave rest = 1 − Σ shares for the
    // child; a rest of zero or less is a mistake (nothing or less than nothing to split).
    if (sum >= one)
        report(path,
               {where_zh + "：各级分担比例合计 " + describe_ratio(sum) + "，没有剩余部分可交给 rest 分担（应小于 100%）；请核对 " +
                    path + " 中各级的比例，或去掉 rest",
                where_en + ": the shares sum to " + describe_ratio(sum) +
                    ", which leaves nothing for `rest` to split (expected less than 100%); check the shares in " + path +
                    " or drop its rest"},
               "< 1", to_string(sum), to_string(sum - one));
    check_share_node(*node.rest, path + ".rest", where_zh + "的剩余部分（rest）", where_en + ", rest", out);
}

bool share_node_sound(const share_node& node) {
    ratio sum;
    std::array<bool, all_levels.size()> named{};
    for (const auto& [lvl, share] : node.shares) {
        if (share.is_negative() || named[level_rank(lvl)]) return false;
        named[level_rank(lvl)] = true;
        sum += share;
    }
    if (!node.rest) return sum == ratio::one();
    return sum < ratio::one() && share_node_sound(*node.rest);
}

bool policy_sound(const policy& pol) {
    for (std::size_t i = 0; i < pol.categories.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j)
            if (pol.categories[j].first == pol.categories[i].first) return false;
        if (!share_node_sound(pol.categories[i].second)) return false;
    }
    return true;
}

std::vector<finding> check_policy_under(const policy& pol, const std::string& prefix) {
    std::vector<finding> out;
    if (policy_sound(pol)) return out;
    for (std::size_t i = 0; i < pol.categories.size(); ++i) {
        const auto& [name, node] = pol.categories[i];
        const std::string path = prefix + "categories." + name;
        for (std::size_t j = 0; j < i; ++j)
            if (pol.categories[j].first == name)
                out.push_back(finding{"JX-C001", severity::error, path, {}, {}, {},
                                      {"政策 " + pol.id + " 的类别 " + name + " 出现了两次；每个类别只能有一棵分担树",
                                       "policy " + pol.id + " defines category " + name +
                                           " twice; a category has one share tree"}});
        check_share_node(node, path, "政策 " + pol.id + " 类别 " + name, "policy " + pol.id + ", category " + name,
                         out);
    }
    return out;
}

}  // namespace detail

std::vector<finding> check_policy(const policy& pol, std::size_t index) {
    return detail::check_policy_under(pol, "policies[" + std::to_string(index) + "].");
}

level_shares effective_shares(const share_node& root) {
    std::array<std::optional<ratio>, all_levels.size()> share{};
    ratio factor = ratio::one();
    for (const share_node* node = &root; node != nullptr; node = node->rest.get()) {
        ratio taken;
        for (const auto& [lvl, r] : node->shares) {
            auto& s = share[detail::level_rank(lvl)];
            s = s.value_or(ratio{}) + factor * r;
            taken += r;
        }
        factor = factor * (ratio::one() - taken);
    }
    level_shares out;
    for (level l : all_levels)
        if (const auto& s = share[detail::level_rank(l)]) out.emplace_back(l, *s);
    return out;
}

ratio share_of(const level_shares& shares, level l) {
    for (const auto& [lvl, r] : shares)
        if (lvl == l) return r;
    return ratio{};
}

std::vector<level> policy_levels(const policy& pol) {
    std::array<bool, all_levels.size()> named{};
    for (const auto& [name, root] : pol.categories)
        for (const share_node* node = &root; node != nullptr; node = node->rest.get())
            for (const auto& [lvl, r] : node->shares) named[detail::level_rank(lvl)] = true;
    std::vector<level> out;
    for (level l : all_levels)
        if (named[detail::level_rank(l)]) out.push_back(l);
    return out;
}

}  // namespace jixiao
