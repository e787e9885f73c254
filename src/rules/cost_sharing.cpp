// The cost sharing rules: each a small function next to its catalogue entry and its messages.

#include <jixiao/rules/cost_sharing.hpp>

#include <jixiao/cost_sharing.hpp>
#include <jixiao/rule.hpp>
#include <string>
#include <vector>

namespace jixiao::rules {

// Message pieces of the C rules; not `detail`, which would hide jixiao::detail
// from the other rules in jixiao::rules.
namespace {

// "general 2164 人、former_registered_poor 4945 人" / "general 2164, former_registered_poor 4945"
[[nodiscard]] localized persons_text(const headcount_map& counts) {
    localized out;
    for (const auto& [name, persons] : counts) {
        out.zh += (out.zh.empty() ? "" : "、") + name + " " + std::to_string(persons) + " 人";
        out.en += (out.en.empty() ? "" : ", ") + name + " " + std::to_string(persons);
    }
    return out;
}

// "省级 108200.00 元、市级 210945.00 元" / "provincial 108200.00, municipal 210945.00"
[[nodiscard]] localized levels_text(const std::vector<level_amount>& levels) {
    localized out;
    for (const auto& [lvl, amount] : levels) {
        out.zh += (out.zh.empty() ? "" : "、") + std::string(vocabulary(lvl).zh) + " " + to_string(amount) + " 元";
        out.en += (out.en.empty() ? "" : ", ") + std::string(to_string(lvl)) + " " + to_string(amount);
    }
    return out;
}

// "（general 2164 人、… × 人均 100.00 元）" / " (general 2164, … persons × 100.00)"
[[nodiscard]] localized basis_text(const split_result& split) {
    const auto persons = persons_text(split.headcount);
    return {"（" + persons.zh + "，人均 " + to_string(split.standard) + " 元）",
            " (" + persons.en + " persons × " + to_string(split.standard) + ")"};
}

// Where a level's money is: its one tranche's amount, else the tranches.
[[nodiscard]] std::string tranche_path(const project_context& c, const level_report& r) {
    if (r.tranches.size() == 1) return c.path("tranches[" + std::to_string(r.tranches.front()) + "].amount");
    return c.path("tranches");
}

[[nodiscard]] std::string tranche_list(const level_report& r) {
    std::string out;
    for (std::size_t i : r.tranches) out += (out.empty() ? "" : ", ") + ("tranches[" + std::to_string(i) + "]");
    return out;
}

}  // namespace

// JX-C001: a policy's share node does not sum to exactly 1 (path names the node).
rule jx_c001() {
    return {{"JX-C001", severity::error,
             {"政策的分担比例之和不恰好为 1", "a policy's share node does not sum to exactly 1"}},
            {},
            [](const document& doc, finding_sink& out) {
                for (std::size_t k = 0; k < doc.policies.size(); ++k)
                    for (auto& f : check_policy(doc.policies[k], k))
                        out.report(std::move(f.where), std::move(f.message), std::move(f.expected),
                                   std::move(f.actual), std::move(f.difference));
            }};
}

// JX-C002: a level's reported tranche total ≠ its expected split. A level the
// policy does not name is expected to give nothing, so its tranches fire too.
rule jx_c002() {
    return {{"JX-C002", severity::warning,
             {"某级资金与按政策应分担的数额不符", "a level's tranches differ from its share under the policy"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.sharing || !c.sharing->split) return;
                const auto& split = *c.sharing->split;
                for (const auto& rep : c.sharing->reported) {
                    const auto named = split.amount(rep.level);
                    const money expected = named.value_or(money{});
                    if (rep.amount == expected) continue;
                    const auto basis = basis_text(split);
                    const money difference = rep.amount - expected;
                    const bool more = difference.is_positive();
                    const std::string magnitude = to_string(more ? difference : -difference);
                    const std::string level_zh(vocabulary(rep.level).zh), level_en(to_string(rep.level));
                    const std::string where = tranche_list(rep);
                    localized message =
                        named ? localized{level_zh + "资金合计 " + to_string(rep.amount) + " 元，按政策 " + split.policy +
                                              " 应分担 " + to_string(expected) + " 元" + basis.zh + "，" +
                                              (more ? "多出 " : "少 ") + magnitude + " 元；请核对 " + where +
                                              " 与 cost_sharing.headcount",
                                          level_en + ": the tranches total " + to_string(rep.amount) + " but policy " +
                                              split.policy + " expects " + to_string(expected) + basis.en + ", " +
                                              magnitude + (more ? " more" : " less") + "; check " + where +
                                              " and cost_sharing.headcount"}
                              : localized{level_zh + "资金合计 " + to_string(rep.amount) + " 元，但政策 " + split.policy +
                                              " 不要求" + level_zh + "分担（应为 0.00 元）；请核对 " + where +
                                              " 的 level 或项目引用的政策",
                                          level_en + ": the tranches total " + to_string(rep.amount) + " but policy " +
                                              split.policy + " gives " + level_en +
                                              " no share (expected 0.00); check the level of " + where +
                                              " or the policy the project cites"};
                    out.report(tranche_path(c, rep), std::move(message), to_string(expected),
                               to_string(rep.amount), to_string(difference));
                }
            },
            {}};
}

// JX-C003: the split expects a positive amount from a level that reports no tranche.
rule jx_c003() {
    return {{"JX-C003", severity::warning,
             {"按政策应分担资金的一级没有下达资金", "a level the policy expects money from has no tranche"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.sharing || !c.sharing->result) return;
                const auto& split = *c.sharing->split;
                for (const auto& l : c.sharing->result->levels) {
                    if (l.reported || !l.expected.is_positive()) continue;
                    const auto basis = basis_text(split);
                    const std::string level_zh(vocabulary(l.level).zh), level_en(to_string(l.level));
                    out.report(c.path("tranches"),
                               {"按政策 " + split.policy + "，" + level_zh + "应分担 " + to_string(l.expected) + " 元" +
                                    basis.zh + "，但项目没有" + level_zh + "资金；请补录" + level_zh +
                                    "下达的资金，或核对 cost_sharing",
                                "policy " + split.policy + " expects " + to_string(l.expected) + " from " + level_en +
                                    basis.en + ", but the project has no " + level_en + " tranche; add the " +
                                    level_en + " funds or check cost_sharing"},
                               to_string(l.expected), to_string(money{}), to_string(-l.expected));
                }
            },
            {}};
}

// JX-C004: the fiscal year lies outside the policy's validity.
rule jx_c004() {
    return {{"JX-C004", severity::error, {"政策在本年度不在有效期内", "the policy is not in force in the fiscal year"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.sharing || !c.sharing->policy_index || c.sharing->in_force) return;
                const std::size_t k = *c.sharing->policy_index;
                const policy& pol = c.doc.policies[k];
                const std::string year = std::to_string(c.doc.fiscal_year);
                const std::string where = "policies[" + std::to_string(k) + "]";
                out.report(c.path("cost_sharing.policy"),
                           {"政策 " + pol.id + " 的有效期为 " + validity_text(pol) + "，" + year +
                                " 年度不在其内；请核对项目引用的政策，或 " + where + " 的 valid_from/valid_to",
                            "policy " + pol.id + " is valid " + validity_text(pol) + ", which does not reach fiscal year " +
                                year + "; check the policy the project cites, or valid_from/valid_to of " + where},
                           validity_text(pol), year);
            },
            {}};
}

// JX-C005: category headcounts were inferred; the message gives the implied split.
rule jx_c005() {
    return {{"JX-C005", severity::info,
             {"各类别人数系由某级资金推算得出", "category headcounts were inferred from a level's funds"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.sharing || !c.sharing->result || !c.sharing->result->inferred) return;
                const auto& split = *c.sharing->split;
                const level at = *c.sharing->headcount->solved_against;
                const auto persons = persons_text(split.headcount);
                const auto levels = levels_text(split.levels);
                const money from = split.amount(at).value_or(money{});
                out.report(c.path("cost_sharing.headcount"),
                           {"按" + std::string(vocabulary(at).zh) + "资金 " + to_string(from) + " 元推算各类别人数：" +
                                persons.zh + "（共 " + std::to_string(split.persons) + " 人）；据此各级应分担：" +
                                levels.zh,
                            "headcounts inferred from the " + std::string(to_string(at)) + " funds of " +
                                to_string(from) + ": " + persons.en + " (" + std::to_string(split.persons) +
                                " in all); implied split: " + levels.en},
                           std::nullopt, jixiao::detail::headcount_text(split.headcount));
            },
            {}};
}

// JX-C006: headcounts are incomplete and no whole-number split fits the reported tranches.
rule jx_c006() {
    return {{"JX-C006", severity::warning,
             {"各类别人数不全，且没有整数人数的划分与资金相符",
              "headcounts are incomplete and no whole-number split fits the tranches"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.sharing || !c.sharing->headcount || c.sharing->headcount->complete()) return;
                const auto& why = *c.sharing->headcount->problem;
                out.report(c.path("cost_sharing.headcount"),
                           {"无法补全各类别人数，不能按政策分担：" + why.zh,
                            "the headcounts cannot be completed, so there is no split: " + why.en});
            },
            {}};
}

// JX-C007: the project names an unknown policy or category.
rule jx_c007() {
    return {{"JX-C007", severity::error,
             {"项目引用了不存在的政策或类别", "the project names an unknown policy or category"}},
            [](const project_context& c, finding_sink& out) {
                if (!c.sharing) return;
                const auto& sharing = *c.proj.cost_sharing;
                if (!c.sharing->policy_index) {
                    std::string defined;
                    for (const auto& p : c.doc.policies) defined += (defined.empty() ? "" : ", ") + p.id;
                    if (defined.empty()) defined = "—";
                    out.report(c.path("cost_sharing.policy"),
                               {"项目引用的政策 " + sharing.policy + " 不在 policies 中（已定义：" + defined + "）",
                                "the project cites policy " + sharing.policy + ", which policies does not define (defined: " +
                                    defined + ")"},
                               std::nullopt, sharing.policy);
                    return;
                }
                const policy& pol = c.doc.policies[*c.sharing->policy_index];
                for (std::size_t i : c.sharing->unknown_categories) {
                    const auto& name = sharing.by_category[i].first;
                    out.report(c.path("cost_sharing.headcount.by_category." + name),
                               {"政策 " + pol.id + " 没有类别 " + name + "（它的类别有：" + jixiao::detail::category_list(pol) +
                                    "）",
                                "policy " + pol.id + " has no category " + name + " (its categories: " +
                                    jixiao::detail::category_list(pol) + ")"},
                               std::nullopt, name);
                }
            },
            {}};
}

// All cost-sharing rules, in catalogue order.
std::vector<rule> cost_sharing_rules() {
    return {jx_c001(), jx_c002(), jx_c003(), jx_c004(), jx_c005(), jx_c006(), jx_c007()};
}

}  // namespace jixiao::rules
