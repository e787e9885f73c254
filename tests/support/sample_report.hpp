#pragma once
// A small evaluated report book for the rendering tests, built in C++: p01 and
// p02 as the seed transcribes them (p01: no indicators, nothing used; p02: one
// quantitative indicator, two provincial/district tranches of one source), and
// p03, made up to reach every part of the form: two sources, quantitative
// indicators met and missed (>= and <=), a qualitative rating with a given
// score, a not-applicable indicator (so the total is rescaled), deviation text
// with a line break, and a name with characters that need escaping in every
// format. A document-level rule adds a finding outside the projects.

#include <jixiao/evaluate.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::sample {

inline money amount(std::string_view text) { return money::parse(text); }

inline tranche make_tranche(level lvl, fund_source source, std::string_view amount_text,
                            std::optional<int> year = std::nullopt) {
    tranche t;
    t.level = lvl;
    t.source = source;
    t.amount = amount(amount_text);
    t.arrived = t.amount;
    t.year = year;
    return t;
}

inline indicator measured(indicator_level1 l1, indicator_level2 l2, std::string name, std::string unit, comparison op,
                          std::string_view target, std::string_view actual, std::string_view weight) {
    indicator i;
    i.level1 = l1;
    i.level2 = l2;
    i.name = std::move(name);
    i.unit = std::move(unit);
    i.op = op;
    i.target = quantity::parse(target);
    i.actual = quantity::parse(actual);
    i.weight = points::parse(weight);
    return i;
}

inline project p01() {
    project p;
    p.id = "p01";
    p.name = "高层次人才专项经费";
    p.goal = "对通过人才认定符合享受待遇的高层次人才及时兑现待遇。";
    p.outcome = "因财政资金紧张，使用资金0万元，剩余资金财政已追减。";
    budget b;
    b.initial = amount("90万");
    b.adjusted = amount("90万");
    p.budget = b;
    p.tranches.push_back(make_tranche(level::district, fund_source::current_year, "90万"));
    execution e;
    e.used = amount("0");
    e.reduced = amount("90万");
    e.reported_rate = reported_percentage{ratio::zero(), 0, "0%"};
    p.execution = e;
    return p;
}

inline project p02() {
    project p;
    p.id = "p02";
    p.name = "困难群众社会保险代缴资金";
    p.goal = "按预估7000人以上，每人每年100元人均缴费标准进行预算。";
    p.outcome = "实际参保人数7109人。";
    budget b;
    b.initial = amount("70万");
    p.budget = b;
    p.tranches.push_back(make_tranche(level::provincial, fund_source::current_year, "10.82万"));
    p.tranches.push_back(make_tranche(level::district, fund_source::current_year, "44.25万"));
    execution e;
    e.used = amount("55.07万");
    e.carried_forward = e.reduced = e.recovered = e.surplus = amount("0");
    p.execution = e;
    p.indicators.push_back(measured(indicator_level1::output, indicator_level2::quantity, "代缴人数", "人",
                                    comparison::at_least, "7000", "7109", "50"));
    return p;
}

inline project p03() {
    project p;
    p.id = "p03";
    p.name = "就业培训补贴 <示范> & \"试点\", 二期";
    p.goal = "开展职业技能培训1000人次，\n提高就业稳定性。";
    p.outcome = "完成培训950人次。";
    budget b;
    b.initial = amount("30万");
    b.adjusted = amount("35万");
    p.budget = b;
    p.tranches.push_back(make_tranche(level::municipal, fund_source::current_year, "30万"));
    p.tranches.push_back(make_tranche(level::district, fund_source::prior_year, "5万", 2022));
    execution e;
    e.used = amount("31.5万");
    e.carried_forward = amount("3.5万");
    p.execution = e;

    indicator trained = measured(indicator_level1::output, indicator_level2::quantity, "培训人数", "人",
                                 comparison::at_least, "1000", "950", "30");
    trained.deviation = "部分学员延期至次年参训；\n下年提前组织报名。";
    p.indicators.push_back(trained);
    p.indicators.push_back(measured(indicator_level1::output, indicator_level2::cost, "人均培训成本", "元",
                                    comparison::at_most, "300", "320", "20"));
    indicator stable;
    stable.level1 = indicator_level1::effect;
    stable.level2 = indicator_level2::social;
    stable.name = "就业稳定性";
    stable.rating = rating::partial;
    stable.score = points::parse("22");
    stable.weight = points::parse("30");
    stable.deviation = "部分学员就业后半年内离职";
    p.indicators.push_back(stable);
    indicator satisfied = measured(indicator_level1::satisfaction, indicator_level2::beneficiary, "服务对象满意度",
                                   "%", comparison::at_least, "90", "0", "10");
    satisfied.actual.reset();
    satisfied.not_applicable = true;
    p.indicators.push_back(satisfied);
    return p;
}

inline document sample_document() {
    document doc;
    doc.unit = "攀枝花市仁和区人力资源和社会保障局";
    doc.fiscal_year = 2023;
    doc.projects = {p01(), p02(), p03()};
    return doc;
}

// The shipped rules plus one document-level rule, so that the renderings show
// findings outside the projects.
inline rule_book sample_rules() {
    rule_book book = default_rule_book();
    book.add(rule{{"X-D001", severity::info, {"文档未列出分担政策", "the document lists no cost-sharing policy"}},
                  {},
                  [](const document& d, finding_sink& out) {
                      if (d.policies.empty())
                          out.report("policies", {"文档没有列出分担政策，无法核对分级分担", "the document lists no "
                                                  "cost-sharing policy, so no split can be checked"},
                                     "1", "0");
                  }});
    return book;
}

inline evaluation sample_evaluation(const document& doc) { return evaluate(doc, sample_rules()); }

}  // namespace jixiao::sample
