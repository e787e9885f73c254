// Validation of documents built in code: the same refusals as the JSON reader,
// each naming the JSON path of the field.

#include <jixiao/validate.hpp>

#include <jixiao/calendar.hpp>
#include <jixiao/detail/text.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/scoring.hpp>

#include <set>
#include <string>

namespace jixiao {

namespace {

class checker {
public:
    void year(int y, const std::string& path) const {
        if (!fiscal_year(y).ok())
            fail(path, {"年度 " + std::to_string(y) + " 不在 " + std::to_string(earliest_fiscal_year) + "–" +
                            std::to_string(latest_fiscal_year) + " 之内（未填年度时为 0）",
                        "the year " + std::to_string(y) + " is outside " + std::to_string(earliest_fiscal_year) + "–" +
                            std::to_string(latest_fiscal_year) + " (0 when no fiscal year was set)"});
    }
    void amount(const money& m, const std::string& path) const {
        if (m.is_negative())
            fail(path, {"金额 " + to_string(m) + " 为负数（jixiao/1 中的金额应为 0 或正数）",
                        "the amount " + to_string(m) + " is negative (expected 0 or more)"});
    }
    void amount(const std::optional<money>& m, const std::string& path) const {
        if (m) amount(*m, path);
    }
    void not_negative(const points& p, const std::string& path) const {
        if (p.is_negative())
            fail(path, {"分值 " + to_string(p) + " 为负数（应为 0 或正数）", "the points " + to_string(p) +
                                                                                " are negative (expected 0 or more)"});
    }
    void persons(std::int64_t n, const std::string& path) const {
        if (n < 0)
            fail(path, {"人数 " + std::to_string(n) + " 为负数（应为 0 或正数）",
                        "the headcount " + std::to_string(n) + " is negative (expected 0 or more)"});
    }
    void day(const std::optional<date>& d, const std::string& path) const {
        if (d && d->is_special())
            fail(path, {"不是有效日期（应为 YYYY-MM-DD 这样的日期）", "not a valid date (expected e.g. 2023-12-01)"});
    }
    [[noreturn]] static void fail(const std::string& path, localized message) { throw error(std::move(message), location(path)); }
};

void check_project(const checker& c, const project& p, std::size_t index, std::set<std::string>& ids) {
    const auto at = [&](std::string_view below) { return project_path(index, below); };
    if (p.id.empty()) checker::fail(at("id"), {"项目编号为空（每个项目都需要唯一的 id）", "the project id is empty (expected a unique id)"});
    if (!ids.insert(p.id).second)
        checker::fail(at("id"), {"项目编号 " + detail::quote_for_message(p.id) + " 重复（每个项目的 id 应唯一）",
                                 "the project id " + detail::quote_for_message(p.id) + " is used twice (expected unique ids)"});
    if (p.budget) {
        c.amount(p.budget->initial, at("budget.initial"));
        c.amount(p.budget->adjusted, at("budget.adjusted"));
    }
    for (std::size_t t = 0; t < p.tranches.size(); ++t) {
        const tranche& tr = p.tranches[t];
        const std::string base = "tranches[" + std::to_string(t) + "]";
        c.amount(tr.amount, at(base + ".amount"));
        c.amount(tr.arrived, at(base + ".arrived"));
        c.day(tr.arrival_date, at(base + ".arrival_date"));
        if (tr.year) c.year(*tr.year, at(base + ".year"));
    }
    if (const auto& e = p.execution) {
        c.amount(e->used, at("execution.used"));
        c.amount(e->carried_forward, at("execution.carried_forward"));
        c.amount(e->reduced, at("execution.reduced"));
        c.amount(e->recovered, at("execution.recovered"));
        c.amount(e->surplus, at("execution.surplus"));
        for (std::size_t i = 0; i < e->items.size(); ++i)
            c.amount(e->items[i].amount, at("execution.items[" + std::to_string(i) + "].amount"));
    }
    if (const auto& s = p.cost_sharing) {
        if (s->total) c.persons(*s->total, at("cost_sharing.headcount.total"));
        for (const auto& [name, n] : s->by_category) c.persons(n, at("cost_sharing.headcount.by_category." + name));
    }
    for (std::size_t i = 0; i < p.indicators.size(); ++i)
        c.not_negative(p.indicators[i].weight, at("indicators[" + std::to_string(i) + "].weight"));
}

}  // namespace

void validate_head(const document& doc) {
    const checker c;
    c.year(doc.fiscal_year, "fiscal_year");
    if (doc.scheme) {
        if (doc.scheme->execution_weight) c.not_negative(*doc.scheme->execution_weight, "scheme.execution_weight");
        if (const auto d = doc.scheme->score_decimals; d && (*d < 0 || *d > max_score_decimals))
            checker::fail("scheme.score_decimals",
                          {"得分小数位数 " + std::to_string(*d) + " 不在 0–" + std::to_string(max_score_decimals) + " 之内",
                           "score_decimals " + std::to_string(*d) + " is outside 0–" + std::to_string(max_score_decimals)});
    }
    for (std::size_t i = 0; i < doc.policies.size(); ++i) {
        const policy& pol = doc.policies[i];
        const std::string base = "policies[" + std::to_string(i) + "]";
        c.amount(pol.standard, base + ".standard");
        c.day(pol.valid_from, base + ".valid_from");
        c.day(pol.valid_to, base + ".valid_to");
    }
}

void project_validator::check(const project& p, std::size_t index) { check_project(checker{}, p, index, ids_); }

void validate(const document& doc) {
    validate_head(doc);
    project_validator projects;
    for (std::size_t i = 0; i < doc.projects.size(); ++i) projects.check(doc.projects[i], i);
}

std::optional<error> validation_error(const document& doc) {
    try {
        validate(doc);
        return std::nullopt;
    } catch (const error& e) {
        return e;
    }
}

date make_date(int year, int month, int day) {
    try {
        // Checked before the casts: 70000 must not wrap round to a valid unsigned short.
        if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) throw std::out_of_range("date");
        return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
    } catch (const std::out_of_range&) {
        const std::string text = std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
        throw error({text + " 不是有效日期（年 1400–9999、月 1–12、日须在该月之内）",
                     text + " is not a valid date (expected a year in 1400–9999, a month 1–12 and a day of that month)"});
    }
}

}  // namespace jixiao
