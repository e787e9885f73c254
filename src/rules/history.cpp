// JX-F013 and JX-F007's chain check (rules/history.hpp). Findings belong to
// the later year; their path names both documents. Amounts as canonical yuan;
// difference = actual − expected.
#include <jixiao/detail/text.hpp>
#include <jixiao/history.hpp>
#include <jixiao/rules/history.hpp>

#include <string>

namespace jixiao::rules {

namespace {

std::string at(std::size_t index, std::string_view below) { return project_path(index, below); }

std::string year_of(const history_year& y) { return std::to_string(y.doc->fiscal_year); }

// "项目 "p04"（就业补助资金）" / "project "p04" (就业补助资金)"
localized project_words(const chain_link& c) {
    const std::string id = jixiao::detail::quote_for_message(c.id), name = jixiao::detail::quote_for_message(c.name);
    return {"项目 " + id + "（" + name + "）", "project " + id + " (" + name + ")"};
}

// Said when the later project continues the earlier one by name only.
localized by_name_words(const chain_link& c) {
    if (!c.by_name || !c.before) return {};
    const std::string old_id = jixiao::detail::quote_for_message(c.earlier_id);
    return {"（按项目名称对应，" + year_of(*c.earlier) + " 年度编号为 " + old_id + "）",
            " (matched by name; its id in " + year_of(*c.earlier) + " was " + old_id + ")"};
}

void check_f013(const chain_link& c, finding_sink& out) {
    if (!c.earlier) return;  // the first year: nothing earlier in the history to compare with
    const localized who = project_words(c);
    const std::string before_year = year_of(*c.earlier), after_year = year_of(*c.later);
    if (c.before && c.after) {
        if (!c.before->carried_out || !c.after->prior_in) return;  // a figure nobody stated
        const money expected = *c.before->carried_out, actual = *c.after->prior_in;
        if (expected == actual) return;
        const localized matched = by_name_words(c);
        out.report(c.later_path(at(c.after->index, "tranches")) + " against " +
                       c.earlier_path(at(c.before->index, "execution.carried_forward")),
                   {who.zh + matched.zh + "在 " + before_year + " 年度（" + c.earlier->name + "）结转 " +
                        to_string(expected) + " 元到下年，" + after_year + " 年度（" + c.later->name +
                        "）的上年结转资金（prior_year）合计却是 " + to_string(actual) + " 元，相差 " +
                        to_string(actual - expected) + " 元；请核对 " + before_year +
                        " 年度的 execution.carried_forward 与 " + after_year + " 年度 prior_year 资金的到位数",
                    who.en + matched.en + " carried " + to_string(expected) + " forward out of " + before_year +
                        " (" + c.earlier->name + "), but its prior-year tranches in " + after_year + " (" +
                        c.later->name + ") total " + to_string(actual) + ", a difference of " +
                        to_string(actual - expected) + "; check execution.carried_forward of " + before_year +
                        " against the arrived amounts of the prior_year tranches of " + after_year},
                   to_string(expected), to_string(actual), to_string(actual - expected));
        return;
    }
    if (c.before) {  // vanished
        if (!c.before->carried_out || !c.before->carried_out->is_positive()) return;
        const money carried = *c.before->carried_out;
        out.report(c.later_path("projects") + " against " + c.earlier_path(at(c.before->index, "execution.carried_forward")),
                   {who.zh + "在 " + before_year + " 年度（" + c.earlier->name + "）结转 " + to_string(carried) +
                        " 元到下年，但 " + after_year + " 年度（" + c.later->name +
                        "）没有这个项目（编号和名称都找不到），结转资金去向不明；请核对 " + after_year +
                        " 年度的项目清单，或该项目结转资金的去向",
                    who.en + " carried " + to_string(carried) + " forward out of " + before_year + " (" +
                        c.earlier->name + "), but " + after_year + " (" + c.later->name +
                        ") has no such project (neither its id nor its name), so nobody accounts for the money; "
                        "check the projects of " + after_year + ", or where that money went"},
                   to_string(carried), to_string(money{}), to_string(-carried));
        return;
    }
    if (!c.after->prior_in || !c.after->prior_in->is_positive()) return;
    const money prior = *c.after->prior_in;
    out.report(c.later_path(at(c.after->index, "tranches")) + " against " + c.earlier_path("projects"),
               {who.zh + "在 " + after_year + " 年度（" + c.later->name + "）有上年结转资金 " + to_string(prior) +
                    " 元，但 " + before_year + " 年度（" + c.earlier->name +
                    "）没有这个项目（编号和名称都找不到），没有哪一年结转过这笔资金；请核对 prior_year 资金的来源，"
                    "或两年的项目编号与名称",
                who.en + " shows " + to_string(prior) + " of prior-year money in " + after_year + " (" +
                    c.later->name + "), but " + before_year + " (" + c.earlier->name +
                    ") has no such project (neither its id nor its name): no earlier year carried that money; "
                    "check where the prior_year tranches came from, or the projects' ids and names in both years"},
               to_string(money{}), to_string(prior), to_string(prior));
}

void check_f007(const chain_link& c, finding_sink& out) {
    if (!c.after || !c.after->older || !c.after->older->is_positive()) return;
    const chain_year& row = *c.after;
    const money older = *row.older;
    const std::string year = std::to_string(row.fiscal_year), last = std::to_string(row.fiscal_year - 1);
    const std::string against = c.earlier && c.before
                                    ? c.earlier_path(at(c.before->index, "execution.carried_forward"))
                                    : c.later_path(at(row.index, "tranches"));
    out.report(c.later_path(at(row.index, "execution.carried_forward")) + " against " + against,
               {year + " 年度结转 " + to_string(*row.carried_out) + " 元中，有 " + to_string(older) + " 元是从 " + last +
                    " 年结转来的上年结转资金（上年结转 " + to_string(*row.prior_in) + " 元，本年使用 " +
                    to_string(*row.used) + " 元，先用旧的资金）：连续两年未用完，按财预〔2016〕18号应作为结余资金收回，"
                    "其中应结转 0.00 元；请核对 execution.carried_forward，已收回的记入 execution.recovered",
                "of the " + to_string(*row.carried_out) + " carried out of " + year + ", " + to_string(older) +
                    " came in as money carried out of " + last + " (" + to_string(*row.prior_in) + " prior-year money, " +
                    to_string(*row.used) + " used, oldest money first): unspent for two consecutive years, it is "
                    "surplus due for recovery (MOF 2016, 财预〔2016〕18号), and none of it should be carried; check "
                    "execution.carried_forward, and report what was taken back in execution.recovered"},
               to_string(money{}), to_string(older), to_string(older));
}

}  // namespace

rule jx_f013() {
    return {{"JX-F013", severity::error,
             {"相邻年度的结转资金与下年的上年结转资金不符（或项目消失、上年结转来源不明）",
              "carried forward out of a year ≠ the next year's prior-year money (or the project vanished, or its "
              "prior-year money has no source)"}},
            {},
            {},
            check_f013};
}

chain_check jx_f007_chain() { return check_f007; }

}  // namespace jixiao::rules
