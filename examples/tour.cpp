// The library tour of the README, compiled and run by ctest: every snippet the
// README shows is the body of one test case here (between the "tour:" markers),
// so a snippet that stops compiling or stops giving the values it claims fails
// the build or the test.

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <jixiao/jixiao.hpp>
#include <jixiao/testing.hpp>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The README's example document: one project of 攀枝花市仁和区人社局, 2023.
constexpr std::string_view book_json = R"({
  "format": "jixiao/1",
  "unit": "攀枝花市仁和区人力资源和社会保障局",
  "fiscal_year": 2023,
  "policies": [
    {
      "id": "sc-resident-pension-subsidy",
      "reference": "川社险办〔2021〕26号",
      "valid_from": "2021-01-01", "valid_to": "2025-12-31",
      "standard": "100",
      "categories": {
        "general": {"provincial": "50%", "rest": {"municipal": "35%", "district": "65%"}},
        "former_registered_poor": {"municipal": "35%", "district": "65%"}
      }
    }
  ],
  "projects": [
    {
      "id": "p02",
      "name": "困难群众社会保险代缴资金",
      "budget": {"initial": "70万", "adjusted": "55.07万"},
      "tranches": [
        {"level": "provincial", "source": "current_year", "amount": "10.82万", "arrived": "10.82万",
         "arrival_date": "2023-11-20"},
        {"level": "district", "source": "current_year", "amount": "44.25万"}
      ],
      "execution": {
        "used": "55.07万", "carried_forward": "0", "reduced": "0", "recovered": "0", "surplus": "0",
        "items": [{"purpose": "代缴养老保险费", "amount": "55.07万"}],
        "reported_rate": "100%"
      },
      "cost_sharing": {"policy": "sc-resident-pension-subsidy",
                       "headcount": {"total": 7109, "by_category": {"general": 2164}}},
      "indicators": [
        {"level1": "output", "level2": "quantity", "name": "代缴人数", "unit": "人",
         "op": ">=", "target": "7000", "actual": "7109", "weight": "50"},
        {"level1": "effect", "level2": "social", "name": "困难群体应保尽保", "weight": "30",
         "rating": "achieved"},
        {"level1": "satisfaction", "level2": "beneficiary", "name": "服务对象满意度", "unit": "%",
         "op": ">=", "target": "90", "not_applicable": true, "weight": "10"}
      ]
    }
  ]
})";

std::vector<std::string> rule_ids(const jixiao::evaluation& e) {
    std::vector<std::string> ids;
    for (const auto& f : e.findings) ids.push_back(f.rule);
    for (const auto& p : e.projects)
        for (const auto& f : p.findings) ids.push_back(f.rule);
    return ids;
}

}  // namespace

// tour: house rule
// A unit's own rule: money that was used must be itemised.
jixiao::rule items_required() {
    return {{"HOUSE-001", jixiao::severity::warning,
             {"使用了资金却没有支出明细", "money was used but no spending items are listed"}},
            [](const jixiao::project_context& c, jixiao::finding_sink& out) {
                if (!c.funds.used.is_positive()) return;
                if (c.proj.execution && !c.proj.execution->items.empty()) return;
                const std::string used = to_string(c.funds.used);
                out.report(c.path("execution.items"),
                           {"使用资金 " + used + " 元，但没有列出支出明细（execution.items）",
                            "used " + used + " but lists no spending items (execution.items)"},
                           "items", "none");
            },
            {}};
}
// tour: end

TEST_CASE("tour: reading a document") {
    // tour: reading
    // From text (errors name "book.json" and the JSON path), from a file, or the embedded book.
    const jixiao::document doc = jixiao::read_document(book_json, "book.json");
    // const jixiao::document doc = jixiao::read_document_file("book.json");
    const jixiao::document seed =
        jixiao::read_document(jixiao::embedded_report_book(), jixiao::embedded_report_book_name);

    CHECK(doc.fiscal_year == 2023);
    CHECK(doc.projects.at(0).tranches.at(0).amount == jixiao::money::parse("108200"));
    CHECK(seed.projects.size() == 9);

    try {
        (void)jixiao::read_document(R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": [
            {"id": "p1", "name": "n", "tranches": [{"level": "district", "amount": "10.8.2万"}]}]})",
                                    "bad.json");
        FAIL("a malformed amount was accepted");
    } catch (const jixiao::error& e) {
        std::cout << e.describe(jixiao::language::en) << '\n';
        // bad.json: projects[0].tranches[0].amount: "10.8.2万" is not an amount (expected e.g. "108200.00" or "10.82万")
        CHECK(e.where().path == "projects[0].tranches[0].amount");
    }
    // tour: end
}

TEST_CASE("tour: evaluating") {
    const jixiao::document doc = jixiao::read_document(book_json, "book.json");
    // tour: evaluating
    const jixiao::evaluation result = jixiao::evaluate(doc);
    for (const auto& p : result.projects) {
        std::cout << p.id << ' ' << p.name << ": total " << jixiao::format_score(*p.scores.total, 2) << ", grade "
                  << to_string(*p.scores.grade) << '\n';
        for (const auto& f : p.findings)
            std::cout << "  " << f.rule << ' ' << to_string(f.severity) << ": " << f.message.en << '\n';
    }
    const auto& p02 = result.projects.at(0);
    CHECK(*p02.scores.execution == jixiao::points(10));
    CHECK(*p02.scores.total == jixiao::points(100));  // 90 of the 90 applicable points, on a 100-point scale
    CHECK(*p02.scores.grade == jixiao::grade::excellent);
    CHECK(result.summary.warnings == 2);  // JX-C002 (district) and JX-C003 (municipal)
    CHECK(rule_ids(result) == std::vector<std::string>{"JX-C002", "JX-C003"});

    std::cout << jixiao::write_evaluation(result, jixiao::language::en);  // jixiao-evaluation/1
    // tour: end
}

TEST_CASE("tour: the funds summary") {
    const jixiao::document doc = jixiao::read_document(book_json, "book.json");
    // tour: funds
    const jixiao::funds_summary funds = jixiao::summarize_funds(doc.projects.at(0));
    CHECK(to_string(funds.allocated) == "550700.00");  // Σ tranche amounts
    CHECK(to_string(funds.available) == "550700.00");  // Σ arrived; a tranche without `arrived` counts its amount
    CHECK(to_string(funds.budget) == "550700.00");     // the adjusted budget: the execution rate's denominator
    CHECK_FALSE(funds.budget_from_tranches);
    CHECK(funds.disposed() == funds.available);         // used + carried_forward + reduced + recovered + surplus
    CHECK(*funds.execution_rate == jixiao::ratio::one());
    CHECK(jixiao::format_wan(funds.used) == "55.07");
    // tour: end
}

TEST_CASE("tour: a house rule") {
    // tour: house rule use
    jixiao::rule_book book = jixiao::default_rule_book();
    book.add(items_required());

    jixiao::document doc = jixiao::read_document(book_json, "book.json");
    CHECK(jixiao::evaluate(doc, book).projects[0].findings.size() == 2);  // itemised: only JX-C002, JX-C003

    doc.projects[0].execution->items.clear();
    const auto result = jixiao::evaluate(doc, book);
    const auto& found = result.projects[0].findings;
    const auto it = std::find_if(found.begin(), found.end(), [](const auto& f) { return f.rule == "HOUSE-001"; });
    REQUIRE(it != found.end());
    CHECK(it->message.en == "used 550700.00 but lists no spending items (execution.items)");

    book.disable("HOUSE-001");  // as `--disable` does; an id not in the book is an error
    CHECK(jixiao::evaluate(doc, book).projects[0].findings.size() == 2);
    // tour: end
}

// tour: policy test
// A province's policy, defined in C++ and tested with doctest
// (include <jixiao/testing.hpp> so that failures print jixiao's values).
jixiao::policy pension_subsidy() {
    jixiao::share_node city_and_district;
    city_and_district.shares = {{jixiao::level::municipal, jixiao::ratio::parse("35%")},
                                {jixiao::level::district, jixiao::ratio::parse("65%")}};
    jixiao::share_node general;
    general.shares = {{jixiao::level::provincial, jixiao::ratio::parse("50%")}};
    general.rest = std::make_shared<const jixiao::share_node>(city_and_district);

    jixiao::policy p;
    p.id = "sc-resident-pension-subsidy";
    p.valid_from = jixiao::date(2021, 1, 1);
    p.valid_to = jixiao::date(2025, 12, 31);
    p.standard = jixiao::money::parse("100");  // per person-year
    p.categories = {{"general", general}, {"former_registered_poor", city_and_district}};
    return p;
}

TEST_CASE("the pension subsidy splits one general person 50 / 17.50 / 32.50") {
    const jixiao::policy p = pension_subsidy();
    CHECK(jixiao::check_policy(p, 0).empty());  // every node sums to exactly 1
    CHECK_SPLIT(jixiao::split_cost(p, {{"general", 1}}),
                {{jixiao::level::provincial, "50.00"}, {jixiao::level::municipal, "17.50"}, {jixiao::level::district, "32.50"}});
}
// tour: end

TEST_CASE("tour: splitting and reconciling") {
    const jixiao::document doc = jixiao::read_document(book_json, "book.json");
    const jixiao::policy policy = pension_subsidy();
    // tour: split
    // 7109 persons: 2164 general, 4945 former registered poor, 100 元 a person.
    const jixiao::split_result split =
        jixiao::split_cost(policy, {{"general", 2164}, {"former_registered_poor", 4945}});
    CHECK(to_string(split.total) == "710900.00");
    CHECK(to_string(*split.amount(jixiao::level::provincial)) == "108200.00");
    CHECK(to_string(*split.amount(jixiao::level::municipal)) == "210945.00");
    CHECK(to_string(*split.amount(jixiao::level::district)) == "391755.00");

    // What the project's tranches give per level, and the two side by side.
    const auto reported = jixiao::report_by_level(doc.projects.at(0));
    const jixiao::cost_sharing_result sharing = jixiao::reconcile(split, reported, /*inferred=*/false);
    for (const auto& [level, expected, got, difference] : sharing.levels)
        std::cout << to_string(level) << ": expected " << to_string(expected) << ", reported "
                  << (got ? to_string(*got) : "—") << '\n';
    // provincial: expected 108200.00, reported 108200.00
    // municipal: expected 210945.00, reported —
    // district: expected 391755.00, reported 442500.00
    CHECK_FALSE(sharing.levels[1].reported.has_value());
    CHECK(to_string(*sharing.levels[2].difference) == "50745.00");
    // tour: end
}

// A report book as a unit writes it: the seed's layout, with section 四 left out.
constexpr std::string_view report_txt =
    "某区民政局\n2023年度项目支出绩效自评报告\n困难群众救助资金\n一、项目概况\n（一）项目资金申报及批复情况\n"
    "区级财政下达资金10万元。\n（二）项目绩效目标\n做好救助工作。\n（三）项目资金申报相符性\n相符。\n"
    "二、项目实施及管理情况\n（一）资金计划、到位及使用情况\n1．资金计划及到位\n资金已全部到位。\n2．资金使用\n"
    "使用资金10万元。\n（二）项目财务管理情况\n制度健全。\n（三）项目组织实施情况\n按计划实施。\n三、项目绩效情况\n"
    "（一）项目完成情况\n按要求完成各项工作。\n（二）项目效益情况\n群众满意。\n";

TEST_CASE("tour: linting a report book") {
    const std::string_view bytes = report_txt;
    // tour: lint
    jixiao::rule_book rules = jixiao::report_rule_book();  // the evaluation's rules and JX-S001…
    rules.disable("JX-S002");                               // any rule, by id
    const jixiao::evaluated linted = jixiao::lint(bytes, "report.txt", rules);
    for (const auto& f : linted.result.all_findings())
        std::cout << f.where.to_string() << ' ' << f.rule << ' ' << f.message.en << '\n';  // report.txt:25 JX-S001 …
    // tour: end
    // The evaluation's finding (the book states no indicators) and the text's, in one list.
    const auto all = linted.result.all_findings();
    REQUIRE(all.size() == 2);
    CHECK(all[0].rule == "JX-I005");
    CHECK(all[0].where == jixiao::location("projects[0].indicators"));
    CHECK(all[1].rule == "JX-S001");
    CHECK(all[1].where == jixiao::location("report.txt", 25, 0, "projects[0]"));
    CHECK(linted.result.summary.warnings == 2);
}

TEST_CASE("tour: the rule book") {
    // tour: rule book
    const jixiao::rule_book book = jixiao::default_rule_book();
    for (const auto& r : book.rules())
        std::cout << r.info.id << ' ' << to_string(r.info.severity) << ' ' << r.info.summary.en << '\n';

    const jixiao::rule_explanation* why = jixiao::explain_rule("JX-F007");
    REQUIRE(why != nullptr);
    std::cout << why->checks.en << '\n' << why->source.en << '\n';  // … 财预〔2016〕18号 …
    CHECK(book.find("JX-F007")->info.severity == jixiao::severity::warning);
    CHECK_THROWS_AS(jixiao::rule_book(book).disable("JX-F999"), jixiao::error);  // a typo is not ignored
    // tour: end
}
