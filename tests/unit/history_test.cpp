// Several years of one unit (history.hpp): JX-F013 on the carry-forward chain,
// JX-F007 from the chain (oldest money spent first) against hand-worked
// figures, what makes documents a history, and the companion example set.

#include "../support/helpers.hpp"
#include <jixiao/history.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;

namespace {

using jixiao::testing::yuan;

document year_of(int year, std::string unit = "示例县测试局") {
    document d;
    d.unit = std::move(unit);
    d.fiscal_year = year;
    return d;
}

// A project with prior-year money `prior` ("" for none) and current-year money
// `current`; `used` and `carried` stated unless "" (absent).
project make_project(std::string id, std::string name, std::string_view prior, std::string_view current,
                     std::string_view used, std::string_view carried, std::string_view recovered = "0") {
    project p;
    p.id = std::move(id);
    p.name = std::move(name);
    if (!prior.empty()) {
        tranche t;
        t.source = fund_source::prior_year;
        t.amount = yuan(prior);
        p.tranches.push_back(t);
    }
    tranche t;
    t.source = fund_source::current_year;
    t.amount = yuan(current);
    p.tranches.push_back(t);
    p.execution = execution{};
    if (!used.empty()) p.execution->used = yuan(used);
    if (!carried.empty()) p.execution->carried_forward = yuan(carried);
    p.execution->reduced = yuan("0");
    p.execution->recovered = yuan(recovered);
    p.execution->surplus = yuan("0");
    return p;
}

history_evaluation history_of(const std::vector<const document*>& docs, const rule_book& rules = default_rule_book()) {
    std::vector<named_document> named;
    for (const document* d : docs) named.push_back({std::to_string(d->fiscal_year) + ".json", d});
    return evaluate_history(named, rules);
}

std::vector<finding> with_rule(const std::vector<finding>& findings, std::string_view rule) {
    std::vector<finding> out;
    for (const auto& f : findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

// Every finding of `rule` in a year, its projects' and the document's.
std::vector<finding> all_of(const history_year& year, std::string_view rule) {
    std::vector<finding> out = with_rule(year.result.findings, rule);
    for (const auto& p : year.result.projects)
        for (const auto& f : with_rule(p.findings, rule)) out.push_back(f);
    return out;
}

void check_figures(const finding& f, std::string_view path, std::string_view expected, std::string_view actual,
                   std::string_view difference) {
    CHECK(f.where.path == path);
    CHECK(f.expected == std::optional<std::string>(expected));
    CHECK(f.actual == std::optional<std::string>(actual));
    CHECK(f.difference == std::optional<std::string>(difference));
}

// 2022: p01 gets 100000, uses 60000, carries 40000. 2023: p01 shows `prior` as prior-year money.
struct two_years {
    document y2022 = year_of(2022), y2023 = year_of(2023);
    explicit two_years(std::string_view prior) {
        y2022.projects.push_back(make_project("p01", "就业创业补助资金", "", "100000", "60000", "40000"));
        const money spent = yuan(prior) + yuan("100000");
        y2023.projects.push_back(make_project("p01", "就业创业补助资金", prior, "100000", to_string(spent), "0"));
    }
    [[nodiscard]] history_evaluation run(const rule_book& rules = default_rule_book()) const {
        return history_of({&y2023, &y2022}, rules);  // any order
    }
};

}  // namespace

// ---- JX-F013 -----------------------------------------------------------------------

TEST_CASE("JX-F013 is in the catalogue, after JX-F012, with a chain check only") {
    const rule_book book = default_rule_book();
    const rule* r = book.find("JX-F013");
    REQUIRE(r != nullptr);
    CHECK(r->info.severity == severity::error);
    CHECK(static_cast<bool>(r->check_chain));
    CHECK_FALSE(static_cast<bool>(r->check_project));
    CHECK(&book.rules()[12] == r);
    CHECK(book.rules()[11].info.id == "JX-F012");
    CHECK(book.rules()[10].info.id == "JX-F011");
    CHECK(static_cast<bool>(book.find("JX-F007")->check_chain));
}

TEST_CASE("JX-F013 stays quiet when what one year carried out arrives as the next year's prior-year money") {
    const two_years t("40000");
    const auto h = t.run();
    REQUIRE(h.years.size() == 2);
    CHECK(h.years[0].doc->fiscal_year == 2022);
    CHECK(h.years[1].name == "2023.json");
    CHECK(all_of(h.years[0], "JX-F013").empty());
    CHECK(all_of(h.years[1], "JX-F013").empty());
    CHECK(all_of(h.years[1], "JX-F007").empty());
}

TEST_CASE("JX-F013 fires when the prior-year money differs from what was carried out") {
    const two_years t("30000");
    const auto h = t.run();
    const auto found = with_rule(h.years[1].result.projects[0].findings, "JX-F013");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity::error);
    check_figures(found[0], "2023.json: projects[0].tranches against 2022.json: projects[0].execution.carried_forward",
                  "40000.00", "30000.00", "-10000.00");
    CHECK(found[0].message.en ==
          "project \"p01\" (\"就业创业补助资金\") carried 40000.00 forward out of 2022 (2022.json), but its prior-year "
          "tranches in 2023 (2023.json) total 30000.00, a difference of -10000.00; check execution.carried_forward of "
          "2022 against the arrived amounts of the prior_year tranches of 2023");
    CHECK(found[0].message.zh ==
          "项目 \"p01\"（\"就业创业补助资金\"）在 2022 年度（2022.json）结转 40000.00 元到下年，2023 年度（2023.json）"
          "的上年结转资金（prior_year）合计却是 30000.00 元，相差 -10000.00 元；请核对 2022 年度的 "
          "execution.carried_forward 与 2023 年度 prior_year 资金的到位数");
    CHECK(h.years[1].result.summary.errors == 1);
    CHECK(all_of(h.years[0], "JX-F013").empty());
}

TEST_CASE("JX-F013 compares the prior-year money that arrived, and fires when more came than was carried") {
    two_years t("40000");
    t.y2023.projects[0].tranches[0].arrived = yuan("45000");
    t.y2023.projects[0].execution->used = yuan("145000");
    const auto found = all_of(t.run().years[1], "JX-F013");
    REQUIRE(found.size() == 1);
    check_figures(found[0], "2023.json: projects[0].tranches against 2022.json: projects[0].execution.carried_forward",
                  "40000.00", "45000.00", "5000.00");
}

TEST_CASE("JX-F013 fires when a project carried nothing and shows prior-year money the next year") {
    two_years t("40000");
    t.y2022.projects[0].execution->used = yuan("100000");
    t.y2022.projects[0].execution->carried_forward = yuan("0");
    const auto found = all_of(t.run().years[1], "JX-F013");
    REQUIRE(found.size() == 1);
    check_figures(found[0], "2023.json: projects[0].tranches against 2022.json: projects[0].execution.carried_forward",
                  "0.00", "40000.00", "40000.00");
}

TEST_CASE("JX-F013 fires when a project vanishes with money carried, and stays quiet when it carried none") {
    document y2022 = year_of(2022), y2023 = year_of(2023);
    y2022.projects.push_back(make_project("p01", "就业创业补助资金", "", "100000", "100000", "0"));
    y2022.projects.push_back(make_project("p02", "文物保护维修经费", "", "200000", "120000", "80000"));
    y2022.projects.push_back(make_project("p03", "公益性岗位补贴", "", "50000", "50000", "0"));
    y2023.projects.push_back(make_project("p01", "就业创业补助资金", "", "100000", "100000", "0"));
    const auto h = history_of({&y2022, &y2023});
    const auto found = all_of(h.years[1], "JX-F013");
    REQUIRE(found.size() == 1);
    REQUIRE(h.years[1].result.findings.size() == 1);  // the later year's document-level findings
    check_figures(found[0], "2023.json: projects against 2022.json: projects[1].execution.carried_forward", "80000.00",
                  "0.00", "-80000.00");
    CHECK(found[0].message.en ==
          "project \"p02\" (\"文物保护维修经费\") carried 80000.00 forward out of 2022 (2022.json), but 2023 (2023.json) "
          "has no such project (neither its id nor its name), so nobody accounts for the money; check the projects of "
          "2023, or where that money went");
}

TEST_CASE("JX-F013 fires on prior-year money that no earlier year carried, and stays quiet on a new project without any") {
    document y2022 = year_of(2022), y2023 = year_of(2023);
    y2022.projects.push_back(make_project("p01", "就业创业补助资金", "", "100000", "100000", "0"));
    y2023.projects.push_back(make_project("p01", "就业创业补助资金", "", "100000", "100000", "0"));
    y2023.projects.push_back(make_project("p05", "旅游宣传推广经费", "50000", "150000", "200000", "0"));
    y2023.projects.push_back(make_project("p06", "农村公路养护资金", "", "150000", "150000", "0"));
    const auto h = history_of({&y2022, &y2023});
    const auto found = all_of(h.years[1], "JX-F013");
    REQUIRE(found.size() == 1);
    CHECK(with_rule(h.years[1].result.projects[1].findings, "JX-F013").size() == 1);
    check_figures(found[0], "2023.json: projects[1].tranches against 2022.json: projects", "0.00", "50000.00",
                  "50000.00");
}

TEST_CASE("JX-F013 matches a project by name when its id changed") {
    document y2022 = year_of(2022), y2023 = year_of(2023);
    y2022.projects.push_back(make_project("p01", "其他项目", "", "10000", "10000", "0"));
    y2022.projects.push_back(make_project("q03", "公共图书馆免费开放补助", "", "400000", "370000", "30000"));
    y2023.projects.push_back(make_project("w03", "公共图书馆免费开放补助", "30000", "400000", "430000", "0"));
    y2023.projects.push_back(make_project("p01", "其他项目", "", "10000", "10000", "0"));
    SUBCASE("the same amount: quiet, neither vanished nor from nowhere") {
        const auto h = history_of({&y2022, &y2023});
        CHECK(all_of(h.years[1], "JX-F013").empty());
        REQUIRE(h.chains.size() == 2);
        CHECK(h.chains[1].id == "w03");
        CHECK(h.chains[1].years.size() == 2);
    }
    SUBCASE("a different amount: the finding says it was matched by name") {
        y2023.projects[0].tranches[0].amount = yuan("20000");
        y2023.projects[0].execution->used = yuan("420000");
        const auto found = all_of(history_of({&y2022, &y2023}).years[1], "JX-F013");
        REQUIRE(found.size() == 1);
        check_figures(found[0],
                      "2023.json: projects[0].tranches against 2022.json: projects[1].execution.carried_forward",
                      "30000.00", "20000.00", "-10000.00");
        CHECK(found[0].message.en.find("(matched by name; its id in 2022 was \"q03\")") != std::string::npos);
    }
}

TEST_CASE("JX-F013 matches by id before name") {
    document y2022 = year_of(2022), y2023 = year_of(2023);
    y2022.projects.push_back(make_project("p01", "培训补贴", "", "10000", "5000", "5000"));
    y2022.projects.push_back(make_project("p02", "培训补贴", "", "10000", "8000", "2000"));
    y2023.projects.push_back(make_project("p02", "培训补贴", "2000", "10000", "12000", "0"));
    y2023.projects.push_back(make_project("p09", "培训补贴", "5000", "10000", "15000", "0"));
    const auto h = history_of({&y2022, &y2023});
    CHECK(all_of(h.years[1], "JX-F013").empty());
}

TEST_CASE("chain_history from the years' heads and chain entries alone: the chain evaluate_history gives") {
    document y2022 = year_of(2022), y2023 = year_of(2023);
    y2022.projects.push_back(make_project("p01", "培训补贴", "", "10000", "5000", "5000"));
    y2022.projects.push_back(make_project("q03", "公共图书馆免费开放补助", "", "400000", "370000", "30000"));
    y2022.projects.push_back(make_project("p07", "已结束项目", "", "8000", "6000", "2000"));
    y2023.projects.push_back(make_project("w03", "公共图书馆免费开放补助", "20000", "400000", "420000", "0"));
    y2023.projects.push_back(make_project("p01", "培训补贴", "5000", "10000", "15000", "0"));
    const auto whole = history_of({&y2022, &y2023});

    // What a reader of one project at a time keeps: the heads, and an entry per project.
    std::vector<history_year> heads;
    std::vector<std::vector<chain_entry>> entries;
    std::vector<document> kept;
    kept.reserve(2);
    for (const document* d : {&y2022, &y2023}) {
        document head = *d;
        head.projects.clear();
        kept.push_back(std::move(head));
        entries.emplace_back();
        for (std::size_t i = 0; i < d->projects.size(); ++i)
            entries.back().push_back({chain_row(d->projects[i], d->fiscal_year, i), d->projects[i].id, d->projects[i].name});
    }
    for (std::size_t k = 0; k < kept.size(); ++k) heads.push_back({std::to_string(kept[k].fiscal_year) + ".json", &kept[k], {}});
    const history_chains chains = chain_history(heads, entries, default_rule_book());

    REQUIRE(chains.years.size() == 2);
    REQUIRE(chains.years[1].projects.size() == 2);
    // w03 continues q03 by name and got 20 000 of the 30 000 carried; p07 vanished with 2 000.
    REQUIRE(chains.years[1].projects[0].size() == 1);
    CHECK(chains.years[1].projects[0][0] == with_rule(whole.years[1].result.projects[0].findings, "JX-F013").at(0));
    CHECK(chains.years[1].projects[0][0].message.en.find("its id in 2022 was \"q03\"") != std::string::npos);
    CHECK(chains.years[1].projects[1].empty());
    REQUIRE(chains.years[1].findings.size() == 1);
    CHECK(chains.years[1].findings[0] == with_rule(whole.years[1].result.findings, "JX-F013").at(0));
    CHECK(chains.years[1].findings[0].where.path == "2023.json: projects against 2022.json: projects[2].execution.carried_forward");
    for (std::size_t k = 0; k < 2; ++k)
        for (std::size_t i = 0; i < entries[k].size(); ++i)
            CHECK(chains.chain_of(k, i) == whole.years[k].result.projects[i].chain);
    CHECK(chains.chain_of(1, 0).size() == 2);
    CHECK(chains.chains.size() == whole.chains.size());
}

TEST_CASE("JX-F013 stays quiet on figures nobody stated") {
    SUBCASE("an unstated carried_forward is no claim of 0") {
        two_years t("30000");
        t.y2022.projects[0].execution->carried_forward.reset();
        const auto h = t.run();
        CHECK(all_of(h.years[1], "JX-F013").empty());
        CHECK_FALSE(h.years[0].result.projects[0].chain[0].carried_out.has_value());
    }
    SUBCASE("a vanished project whose carried_forward is unstated") {
        document y2022 = year_of(2022), y2023 = year_of(2023);
        y2022.projects.push_back(make_project("p02", "文物保护维修经费", "", "200000", "120000", ""));
        CHECK(all_of(history_of({&y2022, &y2023}).years[1], "JX-F013").empty());
    }
    SUBCASE("a tranche of the later year whose source is not stated") {
        two_years t("30000");
        t.y2023.projects[0].tranches[1].source.reset();
        const auto h = t.run();
        CHECK(all_of(h.years[1], "JX-F013").empty());
        CHECK_FALSE(h.years[1].result.projects[0].chain[1].prior_in.has_value());
    }
}

TEST_CASE("one year alone never raises JX-F013") {
    document y2023 = year_of(2023);
    y2023.projects.push_back(make_project("p05", "旅游宣传推广经费", "50000", "150000", "200000", "0"));
    CHECK(with_rule(evaluate(y2023).projects[0].findings, "JX-F013").empty());
    const auto h = history_of({&y2023});
    CHECK(all_of(h.years[0], "JX-F013").empty());
    const two_years t("30000");  // each year of a mismatched pair, alone
    for (const document* d : {&t.y2022, &t.y2023}) CHECK(with_rule(evaluate(*d).projects[0].findings, "JX-F013").empty());
}

TEST_CASE("JX-F013 and JX-F007 are switched off by id like any rule") {
    rule_book rules = default_rule_book();
    rules.disable("JX-F013");
    const two_years t("30000");
    CHECK(all_of(t.run(rules).years[1], "JX-F013").empty());
    CHECK(all_of(t.run().years[1], "JX-F013").size() == 1);
}

// ---- JX-F007 from the chain ------------------------------------------------------------

namespace {
// One year, 2023, of one project: prior-year money, new money, used, carried, recovered.
history_evaluation one_year(std::string_view prior, std::string_view current, std::string_view used,
                            std::string_view carried, std::string_view recovered = "0",
                            const rule_book& rules = default_rule_book()) {
    static document d;
    d = year_of(2023);
    d.projects.push_back(make_project("p01", "乡村文化广场建设资金", prior, current, used, carried, recovered));
    return history_of({&d}, rules);
}
std::optional<money> older_of(const history_evaluation& h) { return h.years.back().result.projects[0].chain.back().older; }
}  // namespace

TEST_CASE("JX-F007 from the chain: used consumes the prior-year money first") {
    SUBCASE("100000 came in, 30000 used, 50000 new, 120000 carried: 70000 of it is old") {
        const auto h = one_year("100000", "50000", "30000", "120000");
        CHECK(older_of(h) == yuan("70000"));
        const auto found = all_of(h.years[0], "JX-F007");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == severity::warning);
        check_figures(found[0], "2023.json: projects[0].execution.carried_forward against 2023.json: projects[0].tranches",
                      "0.00", "70000.00", "70000.00");
        CHECK(found[0].message.en ==
              "of the 120000.00 carried out of 2023, 70000.00 came in as money carried out of 2022 (100000.00 "
              "prior-year money, 30000.00 used, oldest money first): unspent for two consecutive years, it is surplus "
              "due for recovery (MOF 2016, 财预〔2016〕18号), and none of it should be carried; check "
              "execution.carried_forward, and report what was taken back in execution.recovered");
    }
    SUBCASE("used covers the prior-year money: what is carried is new, quiet") {
        const auto h = one_year("100000", "200000", "250000", "50000");
        CHECK(older_of(h) == yuan("0"));
        CHECK(all_of(h.years[0], "JX-F007").empty());
    }
    SUBCASE("used falls short by one fen: one fen is old") {
        const auto h = one_year("100000", "50000", "99999.99", "50000.01");
        CHECK(older_of(h) == yuan("0.01"));
        const auto found = all_of(h.years[0], "JX-F007");
        REQUIRE(found.size() == 1);
        CHECK(found[0].actual == std::optional<std::string>("0.01"));
    }
    SUBCASE("recovered money is the old money: 70000 recovered leaves only new money carried") {
        const auto h = one_year("100000", "50000", "30000", "50000", "70000");
        CHECK(older_of(h) == yuan("0"));
        CHECK(all_of(h.years[0], "JX-F007").empty());
    }
    SUBCASE("old money beyond what is carried: only what is carried counts") {
        const auto h = one_year("100000", "0", "10000", "40000", "50000");
        CHECK(older_of(h) == yuan("40000"));
    }
    SUBCASE("no prior-year money: nothing old") {
        CHECK(older_of(one_year("", "100000", "0", "100000")) == yuan("0"));
    }
    SUBCASE("used not stated: no age, quiet") {
        const auto h = one_year("100000", "50000", "", "120000");
        CHECK_FALSE(older_of(h).has_value());
        CHECK(all_of(h.years[0], "JX-F007").empty());
    }
}

TEST_CASE("JX-F007 from the chain over three years, worked by hand") {
    // 2022: 500000 new, 300000 used, 200000 carried (all new).
    // 2023: 200000 in, 400000 new; 350000 used eats the 200000 first; 250000 carried, all 2023 money.
    // 2024: 250000 in, 100000 new; 100000 used leaves 150000 of 2023's money; 250000 carried, 150000 of it old.
    document y2022 = year_of(2022), y2023 = year_of(2023), y2024 = year_of(2024);
    y2022.projects.push_back(make_project("p01", "乡村文化广场建设资金", "", "500000", "300000", "200000"));
    y2023.projects.push_back(make_project("p01", "乡村文化广场建设资金", "200000", "400000", "350000", "250000"));
    y2024.projects.push_back(make_project("p01", "乡村文化广场建设资金", "250000", "100000", "100000", "250000"));
    const auto h = history_of({&y2024, &y2022, &y2023});
    REQUIRE(h.chains.size() == 1);
    const auto& rows = h.chains[0].years;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == chain_year{2022, 0, yuan("0"), yuan("300000"), yuan("200000"), yuan("0")});
    CHECK(rows[1] == chain_year{2023, 0, yuan("200000"), yuan("350000"), yuan("250000"), yuan("0")});
    CHECK(rows[2] == chain_year{2024, 0, yuan("250000"), yuan("100000"), yuan("250000"), yuan("150000")});
    CHECK(h.years[2].result.projects[0].chain == rows);
    CHECK(h.years[1].result.projects[0].chain.size() == 2);
    CHECK(all_of(h.years[0], "JX-F007").empty());
    CHECK(all_of(h.years[1], "JX-F007").empty());
    const auto found = all_of(h.years[2], "JX-F007");
    REQUIRE(found.size() == 1);
    check_figures(found[0],
                  "2024.json: projects[0].execution.carried_forward against 2023.json: projects[0].execution.carried_forward",
                  "0.00", "150000.00", "150000.00");
    for (const auto& y : h.years) CHECK(all_of(y, "JX-F013").empty());
}

TEST_CASE("with history, JX-F007 is decided from the chain, not the tranche year") {
    // A tranche marked as allocated in 2020, still carried in 2023: alone, the year field fires JX-F007.
    document y2023 = year_of(2023);
    y2023.projects.push_back(make_project("p01", "乡村文化广场建设资金", "", "100000", "60000", "40000"));
    y2023.projects[0].tranches[0].year = 2020;
    CHECK(with_rule(evaluate(y2023).projects[0].findings, "JX-F007").size() == 1);
    // In a history the chain says no prior-year money came in, so none of it is old.
    CHECK(all_of(history_of({&y2023}).years[0], "JX-F007").empty());
    rule_book rules = default_rule_book();
    rules.disable("JX-F007");
    CHECK(all_of(one_year("100000", "50000", "30000", "120000", "0", rules).years[0], "JX-F007").empty());
    CHECK(with_rule(history_of({&y2023}, rules).years[0].result.projects[0].findings, "JX-F007").empty());
    CHECK(with_rule(evaluate(y2023, rules).projects[0].findings, "JX-F007").empty());
}

// ---- what a history is --------------------------------------------------------------

TEST_CASE("a history is one unit's consecutive years, each once") {
    document a = year_of(2022), b = year_of(2023), c = year_of(2024), other = year_of(2023, "另一单位");
    document b_again = year_of(2023), no_unit = year_of(2023);
    no_unit.unit.reset();
    CHECK_THROWS_WITH(history_of({&a, &other}),
                      doctest::Contains("the documents are of different units (\"示例县测试局\" and \"另一单位\""));
    CHECK_THROWS_WITH(history_of({&a, &c}), doctest::Contains("the years are not consecutive: 2022.json is 2022 and "
                                                              "the next is 2024; without 2023 the carry-forward chain "
                                                              "cannot be checked across the gap"));
    CHECK_THROWS_WITH(history_of({&b, &b_again}), doctest::Contains("fiscal year 2023 is given twice"));
    CHECK_THROWS_WITH(history_of({&a, &no_unit}), doctest::Contains("the document names no unit"));
    CHECK_THROWS_WITH((void)evaluate_history({}), doctest::Contains("a history needs at least one document"));
    CHECK(history_of({&c, &a, &b}).years[2].doc == &c);
}

TEST_CASE("group_histories: by unit, a gap starts a new history, no unit stands alone, a year twice gives no chain") {
    document a22 = year_of(2022), a23 = year_of(2023), a25 = year_of(2025), b23 = year_of(2023, "乙单位");
    document b24 = year_of(2024, "乙单位"), loose = year_of(2023);
    loose.unit.reset();
    const std::vector<named_document> docs{{"b24", &b24}, {"a23", &a23}, {"loose", &loose},
                                           {"a25", &a25}, {"b23", &b23}, {"a22", &a22}};
    const auto groups = group_histories(docs);
    CHECK(groups == std::vector<std::vector<std::size_t>>{{4, 0}, {5, 1}, {2}, {3}});
    document a23_again = year_of(2023);
    CHECK(group_histories({{"a22", &a22}, {"a23", &a23}, {"b23", &b23}, {"again", &a23_again}, {"b24", &b24}}) ==
          std::vector<std::vector<std::size_t>>{{0}, {1}, {2, 4}, {3}});
}

// ---- the companion example set ---------------------------------------------------------

TEST_CASE("the example history: exactly the chain findings a reviewer finds by hand, and none in each year alone") {
    const std::filesystem::path dir = std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/history";
    std::vector<document> docs;
    for (const char* year : {"2024", "2022", "2023"})
        docs.push_back(read_document_file((dir / ("qingshan-" + std::string(year) + ".json")).string()));
    std::vector<named_document> named;
    for (const auto& d : docs) named.push_back({std::to_string(d.fiscal_year) + ".json", &d});
    const auto h = evaluate_history(named);
    REQUIRE(h.years.size() == 3);
    CHECK(all_of(h.years[0], "JX-F013").empty());
    CHECK(all_of(h.years[0], "JX-F007").empty());
    const auto f013 = all_of(h.years[1], "JX-F013");
    REQUIRE(f013.size() == 3);  // document-level first, then by project
    check_figures(f013[0], "2023.json: projects against 2022.json: projects[3].execution.carried_forward", "80000.00",
                  "0.00", "-80000.00");  // q04 vanished
    check_figures(f013[1], "2023.json: projects[1].tranches against 2022.json: projects[1].execution.carried_forward",
                  "20000.00", "15000.00", "-5000.00");  // q02 short
    check_figures(f013[2], "2023.json: projects[3].tranches against 2022.json: projects", "0.00", "50000.00",
                  "50000.00");  // q05 from nowhere; w03 continues q03 by name
    CHECK(all_of(h.years[1], "JX-F007").empty());
    CHECK(all_of(h.years[2], "JX-F013").empty());
    const auto f007 = all_of(h.years[2], "JX-F007");
    REQUIRE(f007.size() == 1);
    check_figures(f007[0],
                  "2024.json: projects[0].execution.carried_forward against 2023.json: projects[0].execution.carried_forward",
                  "0.00", "150000.00", "150000.00");
    for (const auto& d : docs) {
        const evaluation alone = evaluate(d);
        for (const auto& p : alone.projects) {
            CHECK(with_rule(p.findings, "JX-F013").empty());
            CHECK(with_rule(p.findings, "JX-F007").empty());
        }
    }
}
