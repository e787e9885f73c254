// The jixiao/1 reader on the seed and on valid documents: what it reads into the model.
#include "../support/helpers.hpp"
#include "io_test_support.hpp"

#include <jixiao/embedded.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using jixiao::testing::book;
using jixiao::testing::project_book;
using jixiao::testing::read_error;

namespace {
using jixiao::testing::yuan;
}  // namespace

TEST_CASE("the seed report book reads: unit, year, scheme, 9 projects in order") {
    const document d = read_document_file(jixiao::testing::seed_path());
    CHECK(d.unit == "攀枝花市仁和区人力资源和社会保障局");
    CHECK(d.region == "四川省攀枝花市仁和区");
    CHECK(d.fiscal_year == 2023);
    REQUIRE(d.scheme);
    CHECK(d.scheme->preset == scheme_preset::mof_2020);
    CHECK_FALSE(d.scheme->reverse);
    REQUIRE(d.projects.size() == 9);
    const char* ids[] = {"p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09"};
    for (std::size_t i = 0; i < 9; ++i) CHECK(d.projects[i].id == ids[i]);
    CHECK(d.projects[1].name == "困难群众社会保险代缴资金");
}

TEST_CASE("the seed's policy tree reads with its nested rest, in document order") {
    const document d = read_document_file(jixiao::testing::seed_path());
    REQUIRE(d.policies.size() == 1);
    const policy& p = d.policies[0];
    CHECK(p.id == "sc-resident-pension-subsidy");
    CHECK(p.reference == "川社险办〔2021〕26号");
    CHECK(p.valid_from == date(2021, 1, 1));
    CHECK(p.valid_to == date(2025, 12, 31));
    CHECK(p.standard.fen() == 10000);
    REQUIRE(p.categories.size() == 2);
    CHECK(p.categories[0].first == "general");
    CHECK(p.categories[1].first == "former_registered_poor");
    const share_node& general = p.categories[0].second;
    REQUIRE(general.shares.size() == 1);
    CHECK(general.shares[0].first == level::provincial);
    CHECK(general.shares[0].second == ratio(1, 2));
    REQUIRE(general.rest);
    REQUIRE(general.rest->shares.size() == 2);
    CHECK(general.rest->shares[0].first == level::municipal);
    CHECK(general.rest->shares[0].second == ratio(7, 20));
    CHECK(general.rest->shares[1].first == level::district);
    CHECK(general.rest->shares[1].second == ratio(13, 20));
    CHECK_FALSE(general.rest->rest);
    CHECK_FALSE(p.categories[1].second.rest);
    CHECK(p.x.json.starts_with(R"({"notes":["The policy is not printed as a table;)"));
}

TEST_CASE("the seed's amounts, dates and tranches read to the fen") {
    const document d = read_document_file(jixiao::testing::seed_path());
    const project& p01 = d.projects[0];
    REQUIRE(p01.tranches.size() == 1);
    CHECK(p01.tranches[0].level == level::district);
    CHECK(p01.tranches[0].source == fund_source::current_year);
    CHECK(p01.tranches[0].amount.fen() == 90000000);
    CHECK(p01.tranches[0].arrived == yuan("900000.00"));
    CHECK_FALSE(p01.tranches[0].arrival_date);
    REQUIRE(p01.execution);
    CHECK(p01.execution->used == money());
    CHECK(p01.execution->reduced == yuan("900000"));
    REQUIRE(p01.execution->reported_rate);
    CHECK(p01.execution->reported_rate->value == ratio::zero());
    CHECK(p01.execution->reported_rate->decimals == 0);
    CHECK(p01.execution->reported_rate->text == "0%");
    CHECK(p01.execution->deviation == "因财政资金紧张");
    CHECK(p01.basis.size() == 3);
    CHECK(p01.basis[2] == "攀仁委办〔2022〕38 号");
    CHECK(p01.problems == std::vector<std::string>{"高层次人才待遇无法及时兑现，在一定程度上影响高层次人才队伍的稳定。"});
    CHECK_FALSE(p01.budget);

    const project& p02 = d.projects[1];
    REQUIRE(p02.budget);
    CHECK(p02.budget->initial == yuan("700000.00"));
    CHECK_FALSE(p02.budget->adjusted);
    REQUIRE(p02.tranches.size() == 2);
    CHECK(p02.tranches[0].level == level::provincial);
    CHECK(p02.tranches[0].amount == yuan("108200.00"));
    CHECK(p02.tranches[1].amount == yuan("442500.00"));
    CHECK(p02.execution->used == yuan("550700.00"));
    CHECK(p02.problems == std::vector<std::string>{});  // present and empty, not absent

    const project& p03 = d.projects[2];
    CHECK(p03.tranches[0].source == fund_source::prior_year);
    CHECK(p03.tranches[0].year == 2022);
    CHECK(p03.tranches[0].document == "川财社发〔2022〕144号");
    CHECK(p03.tranches[0].amount == yuan("40000.00"));

    const project& p04 = d.projects[3];
    REQUIRE(p04.execution->items.size() == 2);
    CHECK(p04.execution->items[0].purpose == "档案整理和数字化管理");
    CHECK(p04.execution->items[0].amount == yuan("20000.00"));
    CHECK(p04.execution->items[1].amount == yuan("11200.00"));

    const project& p05 = d.projects[4];
    CHECK(p05.tranches[0].arrival_date == date(2023, 12, 31));
    CHECK(p05.execution->carried_forward == yuan("14100.00"));
}

TEST_CASE("the seed's cost sharing and indicators read") {
    const document d = read_document_file(jixiao::testing::seed_path());
    const project& p02 = d.projects[1];
    REQUIRE(p02.cost_sharing);
    CHECK(p02.cost_sharing->policy == "sc-resident-pension-subsidy");
    CHECK(p02.cost_sharing->total == 7109);
    CHECK(p02.cost_sharing->by_category.empty());
    REQUIRE(p02.indicators.size() == 1);
    const indicator& i = p02.indicators[0];
    CHECK(i.level1 == indicator_level1::output);
    CHECK(i.level2 == indicator_level2::quantity);
    CHECK(i.name == "代缴人数");
    CHECK(i.unit == "人");
    CHECK(i.op == comparison::at_least);
    CHECK(i.target == quantity(7000));
    CHECK(i.actual == quantity(7109));
    CHECK(i.weight == points(50));
    CHECK_FALSE(i.rating);
    CHECK_FALSE(i.not_applicable);
    CHECK(d.projects[8].indicators.size() == 1);
    for (std::size_t k : {0, 2, 3, 4, 5, 6, 7}) CHECK(d.projects[k].indicators.empty());
}

TEST_CASE("the embedded report book reads to the same model as the seed file") {
    const document embedded = read_document(embedded_report_book(), embedded_report_book_name);
    CHECK(embedded == read_document_file(jixiao::testing::seed_path()));
    CHECK(embedded.projects.size() == 9);
}

TEST_CASE("the README's example project reads: share tree, headcounts, three kinds of indicator") {
    const std::string json = R"({
      "format": "jixiao/1", "unit": "u", "region": "r", "fiscal_year": 2023,
      "scheme": {"preset": "sc-2023", "reverse": "linear", "cap_execution": false, "execution_weight": "20", "score_decimals": 0},
      "policies": [{"id": "pol", "standard": "100",
                    "categories": {"general": {"provincial": "50%", "rest": {"municipal": "0.35", "district": "13/20"}},
                                   "poor": {"municipal": "35%", "district": "65%"}}}],
      "projects": [{
        "id": "p02", "name": "困难群众社会保险代缴资金",
        "budget": {"initial": "70万", "adjusted": "55.07万"},
        "tranches": [{"level": "provincial", "source": "current_year", "amount": "10.82万", "arrived": "10.82万",
                      "arrival_date": "2023-11-20", "document": "文号"},
                     {"level": "district", "source": "prior_year", "year": 2022, "amount": 442500}],
        "execution": {"used": "55.07万", "items": [{"purpose": "代缴养老保险费", "amount": "55.07万"}],
                      "reported_rate": "66.67%", "deviation": "d"},
        "cost_sharing": {"policy": "pol", "headcount": {"total": 7109, "by_category": {"general": 2164, "poor": 0}}},
        "indicators": [
          {"level1": "output", "level2": "quantity", "name": "代缴人数", "unit": "人", "op": ">=", "target": "7000",
           "actual": 7109, "weight": "50", "reported_score": "49.5", "deviation": "偏差"},
          {"level1": "effect", "level2": "social", "name": "应保尽保", "weight": 30, "rating": "partial", "score": "20"},
          {"level1": "satisfaction", "name": "满意度", "unit": "%", "op": "<=", "target": "90", "not_applicable": true, "weight": "10"}
        ],
        "problems": ["p"], "suggestions": [],
        "reported": {"execution_score": "10", "total": "95.5"}
      }]
    })";
    const document d = read_document(json, "book.json");
    CHECK(d.scheme->preset == scheme_preset::sc_2023);
    CHECK(d.scheme->reverse == reverse_formula::linear);
    CHECK(d.scheme->cap_execution == false);
    CHECK(d.scheme->execution_weight == points(20));
    CHECK(d.scheme->score_decimals == 0);
    const share_node& general = d.policies[0].categories[0].second;
    CHECK(general.rest->shares[0].second == ratio(7, 20));
    CHECK(general.rest->shares[1].second == ratio(13, 20));
    const project& p = d.projects[0];
    CHECK(p.budget->adjusted == yuan("550700"));
    CHECK(p.tranches[0].arrival_date == date(2023, 11, 20));
    CHECK(p.tranches[1].source == fund_source::prior_year);
    CHECK(p.tranches[1].year == 2022);
    CHECK(p.tranches[1].amount == yuan("442500.00"));  // a JSON integer is whole yuan
    CHECK_FALSE(p.tranches[1].arrived);
    CHECK(p.execution->items[0].amount == yuan("550700"));
    CHECK(p.execution->reported_rate->value == ratio(6667, 10000));
    CHECK(p.execution->reported_rate->decimals == 2);
    CHECK(p.cost_sharing->by_category == std::vector<std::pair<std::string, std::int64_t>>{{"general", 2164}, {"poor", 0}});
    CHECK(p.indicators[0].actual == quantity(7109));
    CHECK(p.indicators[0].reported_score == points::parse("49.5"));
    CHECK(p.indicators[0].deviation == "偏差");
    CHECK(p.indicators[1].weight == points(30));
    CHECK(p.indicators[1].rating == rating::partial);
    CHECK(p.indicators[1].score == points(20));
    CHECK_FALSE(p.indicators[2].level2);
    CHECK(p.indicators[2].op == comparison::at_most);
    CHECK(p.indicators[2].not_applicable);
    CHECK_FALSE(p.indicators[2].actual);
    CHECK(p.suggestions == std::vector<std::string>{});
    CHECK(p.reported->execution_score == points(10));
    CHECK(p.reported->total == points::parse("95.5"));
}

TEST_CASE("amounts read in every form money::parse accepts, to the same fen") {
    // The reader reads the common spellings itself, without big numbers; it must agree with money::parse.
    for (const std::string text : {"0", "0.00", "7", "108200", "108200.5", "108200.50", "10.82万", "0.000001万",
                                   "1.234567万", "90万", "007", "999999999999999999", "9999999999999999.99",
                                   "999999999999.999999万", "12345678901234567890", "108,200.50", "10.82万元",
                                   "108200元", "１０８，２００．５", "¥1,409.50", " 90万 ", "+3.5"}) {
        CAPTURE(text);
        const document d = read_document(project_book(R"("budget": {"initial": ")" + text + "\"}"));
        CHECK(d.projects[0].budget->initial == money::parse(text));
    }
}

TEST_CASE("reported_rate keeps the precision it was printed with") {
    const auto rate = [](std::string_view text) {
        return *read_document(project_book(R"("execution": {"reported_rate": ")" + std::string(text) + "\"}"))
                    .projects[0]
                    .execution->reported_rate;
    };
    // Percent form: its own decimals.
    CHECK(rate("0%").decimals == 0);
    CHECK(rate("66.67%").value == ratio(6667, 10000));
    CHECK(rate("66.67%").decimals == 2);
    CHECK(rate("66.670%").decimals == 3);
    CHECK(rate("１００％").decimals == 0);
    // Fraction form: two decimals fewer as a percent, never below 0.
    CHECK(rate("0.35").value == ratio(7, 20));
    CHECK(rate("0.35").decimals == 0);
    CHECK(rate("0.6667").decimals == 2);
    CHECK(rate("0.5").decimals == 0);
    CHECK(rate("1").decimals == 0);
    // A fraction is exact.
    CHECK(rate("2/3").value == ratio(2, 3));
    CHECK_FALSE(rate("2/3").decimals);
    CHECK(rate("2/3").text == "2/3");
}

TEST_CASE("a UTF-8 byte order mark is skipped") {
    // Windows editors write one; RFC 8259 lets a parser ignore it.
    const std::string json = "\xEF\xBB\xBF" + book("");
    CHECK(read_document(json, "book.json").fiscal_year == 2023);
    // Positions after it are counted as the user's editor shows them, without the mark.
    CHECK(read_error("\xEF\xBB\xBF{\"format\" \"jixiao/1\"}") ==
          "book.json:1:11: malformed JSON: unexpected '\"' (expected \":\" after the key)");
}

TEST_CASE("optional keys stay absent, and absent is not zero") {
    const document d = read_document(project_book(R"("execution": {"used": "0"})"));
    CHECK_FALSE(d.unit);
    CHECK_FALSE(d.scheme);
    CHECK(d.policies.empty());
    const project& p = d.projects[0];
    CHECK_FALSE(p.budget);
    CHECK_FALSE(p.cost_sharing);
    CHECK_FALSE(p.problems);
    CHECK(p.execution->used == money());
    CHECK_FALSE(p.execution->carried_forward);
    CHECK(read_document(book("")).projects.empty());
}

TEST_CASE("keys may be written with escapes") {
    const document d = read_document(R"({"\u0066ormat": "jixiao/1", "fiscal_year": 2023, "projects": [], "unit": "\u4ec1\u548c"})");
    CHECK(d.unit == "仁和");
}

TEST_CASE("read_document_file names the file when it cannot be read") {
    CHECK_THROWS_WITH((void)read_document_file("no-such-dir/book.json"),
                      "no-such-dir/book.json: cannot be read: no such file (expected a jixiao/1 document file)");
    CHECK_THROWS_WITH((void)read_document_file(JIXIAO_SOURCE_DIR),
                      doctest::Contains(": cannot be read: is a directory, not a file (expected a jixiao/1 document file)"));
    try {
        (void)read_document_file("no-such-dir/book.json");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.describe(language::zh) == "no-such-dir/book.json: 无法读取：文件不存在（应为 jixiao/1 文档文件）");
        CHECK(e.where().file == "no-such-dir/book.json");
    }
}

TEST_CASE("errors in a file read with read_document_file start with the file name") {
    const std::string path = "read_document_test_bad.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\n  \"format\": \"jixiao/1\",\n  \"fiscal_year\": 2023,\n  \"projects\": [\n";
    }
    CHECK_THROWS_WITH((void)read_document_file(path),
                      "read_document_test_bad.json:5:1: malformed JSON: the text ends inside the array opened at 4:15 "
                      "(expected \"]\"; is the file truncated?)");
    std::remove(path.c_str());
}
