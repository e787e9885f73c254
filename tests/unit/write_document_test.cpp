// The canonical jixiao/1 writer, and read/write round trips.
#include "io_test_support.hpp"

#include <jixiao/embedded.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using jixiao::testing::book;
using jixiao::testing::project_book;

namespace {

// write → read → write gives the same bytes; read → write → read the same model.
void check_round_trip(const std::string& json) {
    const document first = read_document(json, "book.json");
    const std::string written = write_document(first);
    const document second = read_document(written, "written.json");
    CHECK(second == first);
    CHECK(write_document(second) == written);
}

// Every key of the format, in an order other than the canonical one, with
// values in non-canonical spellings.
const std::string every_key = R"({"projects": [{"x": {"p": 1}, "reported": {"x": [], "total": "95.50", "execution_score": 10},
  "suggestions": ["s"], "problems": [], "indicators": [
    {"x": {}, "deviation": "d", "reported_score": "49.5", "score": "20", "rating": "partial", "weight": 30,
     "name": "应保尽保", "level2": "social", "level1": "effect"},
    {"weight": "10", "not_applicable": true, "target": "90", "op": "<=", "unit": "%", "name": "满意度", "level1": "satisfaction"},
    {"actual": 7109, "target": "7000.0", "op": "=", "name": "n", "level1": "output", "weight": "1/3", "not_applicable": false}],
  "cost_sharing": {"x": 1, "headcount": {"x": 2, "by_category": {"x": 3, "poor": 4945, "general": 2164}, "total": 7109}, "policy": "pol"},
  "execution": {"x": null, "deviation": "因财政资金紧张", "reported_rate": "0.6667", "items": [{"x": true, "amount": 1, "purpose": "p"}],
                "surplus": "0", "recovered": "0.5", "reduced": "90万", "carried_forward": "1.41万", "used": "55.07万元"},
  "tranches": [{"x": "t", "document": "文号", "arrival_date": "2023-12-31", "arrived": "10.82万", "amount": "108,200",
                "year": 2022, "source": "prior_year", "level": "provincial"}],
  "budget": {"x": 0, "adjusted": "55.07万", "initial": 700000},
  "outcome": "o", "goal": "g", "basis": ["a", "b"], "name": "困难群众社会保险代缴资金", "id": "p02"}],
 "policies": [{"x": {"n": "1.50"}, "categories": {"x": [1], "general": {"x": "g", "rest": {"district": "0.65", "municipal": "7/20"},
   "provincial": "50%"}, "third": {"township": "1/3", "central": "2/3"}}, "standard": "100", "valid_to": "2025-12-31",
   "valid_from": "2021-01-01", "reference": "川社险办〔2021〕26号", "title": "t", "id": "pol"}],
 "scheme": {"x": {}, "score_decimals": 0, "execution_weight": 10, "cap_execution": false, "reverse": "linear", "preset": "sc-2023"},
 "fiscal_year": 2023, "region": "r", "unit": "u", "format": "jixiao/1", "x": {"top": [1.50, -0, 1e10, "\u00e9\/"]}})";

}  // namespace

TEST_CASE("the canonical form: the canonical key order, canonical values, x as stored") {
    const std::string expected = R"({
  "format": "jixiao/1",
  "unit": "u",
  "region": "r",
  "fiscal_year": 2023,
  "scheme": {
    "preset": "sc-2023",
    "reverse": "linear",
    "cap_execution": false,
    "execution_weight": "10",
    "score_decimals": 0,
    "x": {}
  },
  "policies": [
    {
      "id": "pol",
      "title": "t",
      "reference": "川社险办〔2021〕26号",
      "valid_from": "2021-01-01",
      "valid_to": "2025-12-31",
      "standard": "100.00",
      "categories": {
        "general": {
          "provincial": "50%",
          "rest": {
            "district": "65%",
            "municipal": "35%"
          },
          "x": "g"
        },
        "third": {
          "township": "1/3",
          "central": "2/3"
        },
        "x": [1]
      },
      "x": {"n":"1.50"}
    }
  ],
  "projects": [
    {
      "id": "p02",
      "name": "困难群众社会保险代缴资金",
      "basis": [
        "a",
        "b"
      ],
      "goal": "g",
      "outcome": "o",
      "budget": {
        "initial": "700000.00",
        "adjusted": "550700.00",
        "x": 0
      },
      "tranches": [
        {
          "level": "provincial",
          "source": "prior_year",
          "year": 2022,
          "amount": "108200.00",
          "arrived": "108200.00",
          "arrival_date": "2023-12-31",
          "document": "文号",
          "x": "t"
        }
      ],
      "execution": {
        "used": "550700.00",
        "carried_forward": "14100.00",
        "reduced": "900000.00",
        "recovered": "0.50",
        "surplus": "0.00",
        "items": [
          {
            "purpose": "p",
            "amount": "1.00",
            "x": true
          }
        ],
        "reported_rate": "66.67%",
        "deviation": "因财政资金紧张",
        "x": null
      },
      "cost_sharing": {
        "policy": "pol",
        "headcount": {
          "total": 7109,
          "by_category": {
            "poor": 4945,
            "general": 2164,
            "x": 3
          },
          "x": 2
        },
        "x": 1
      },
      "indicators": [
        {
          "level1": "effect",
          "level2": "social",
          "name": "应保尽保",
          "weight": "30",
          "rating": "partial",
          "score": "20",
          "reported_score": "49.5",
          "deviation": "d",
          "x": {}
        },
        {
          "level1": "satisfaction",
          "name": "满意度",
          "unit": "%",
          "op": "<=",
          "target": "90",
          "not_applicable": true,
          "weight": "10"
        },
        {
          "level1": "output",
          "name": "n",
          "op": "=",
          "target": "7000",
          "actual": "7109",
          "weight": "1/3"
        }
      ],
      "problems": [],
      "suggestions": [
        "s"
      ],
      "reported": {
        "execution_score": "10",
        "total": "95.5",
        "x": []
      },
      "x": {"p":1}
    }
  ],
  "x": {"top":[1.50,-0,1e10,"\u00e9\/"]}
}
)";
    CHECK(write_document(read_document(every_key, "book.json")) == expected);
    check_round_trip(every_key);
}

TEST_CASE("the seed round-trips: equal model, identical bytes") {
    check_round_trip(jixiao::testing::read_text_file(jixiao::testing::seed_path()));
    check_round_trip(std::string(embedded_report_book()));
    const std::string canonical = write_document(read_document(embedded_report_book()));
    CHECK(canonical.starts_with("{\n  \"format\": \"jixiao/1\",\n  \"unit\": \"攀枝花市仁和区人力资源和社会保障局\",\n"));
    CHECK(canonical.find("\"amount\": \"108200.00\"") != std::string::npos);
    CHECK(canonical.ends_with("}\n"));
}

TEST_CASE("hand-built documents round-trip") {
    check_round_trip(every_key);
    check_round_trip(book(""));
    check_round_trip(project_book(R"("execution": {"reported_rate": "2/3"})"));
    check_round_trip(project_book(R"("execution": {"reported_rate": "1"})"));
    check_round_trip(project_book(R"("execution": {"reported_rate": "100.000%"})"));
    check_round_trip(project_book(R"("execution": {"reported_rate": "0.123456789"})"));
    check_round_trip(project_book(R"("execution": {}, "budget": {}, "cost_sharing": {"policy": "p", "headcount": {}})"));
    check_round_trip(project_book(R"("cost_sharing": {"policy": "p", "headcount": {"by_category": {"x": 1}}})"));
    check_round_trip(project_book(R"("indicators": [{"level1": "cost", "level2": "environmental_cost", "name": "n",
        "op": ">=", "target": "1/3", "actual": "-0.5", "weight": "0.01"}])"));
    check_round_trip(book(R"({"id": "a\"b\\c\u0001\n\t", "name": "仁和 \u2028 😀"})"));
    check_round_trip(book("", R"("policies": [{"id": "p", "standard": "0.01", "categories": {"a": {"rest": {"rest": {"rest": {"district": "1"}}}}}}], )"));
    check_round_trip(book("", R"("scheme": {}, )"));
}

TEST_CASE("x data is kept as written, minified: numbers and strings keep their spelling") {
    const std::string json = project_book(R"("x": {
        "amount": 1.50, "big": 1E+400, "neg": -0.0, "text": "\u4ec1\u548c \"q\" \/ \\",
        "nested": [ { "a" : [ ] , "b" : { } }, null, true, false ],
        "\u006bey": "escaped key spelling is kept"
      })");
    const document d = read_document(json);
    CHECK(d.projects[0].x.json ==
          R"({"amount":1.50,"big":1E+400,"neg":-0.0,"text":"\u4ec1\u548c \"q\" \/ \\","nested":[{"a":[],"b":{}},null,true,false],"\u006bey":"escaped key spelling is kept"})");
    const std::string written = write_document(d);
    CHECK(written.find(R"("x": {"amount":1.50,"big":1E+400,)") != std::string::npos);
    check_round_trip(json);
}

TEST_CASE("x is allowed in every object of the format") {
    const document d = read_document(every_key);
    CHECK(d.x.json == R"({"top":[1.50,-0,1e10,"\u00e9\/"]})");
    CHECK(d.scheme->x.json == "{}");
    CHECK(d.policies[0].x.json == R"({"n":"1.50"})");
    CHECK(d.policies[0].categories_x.json == "[1]");
    CHECK(d.policies[0].categories[0].second.x.json == "\"g\"");
    const project& p = d.projects[0];
    CHECK(p.x.json == R"({"p":1})");
    CHECK(p.budget->x.json == "0");
    CHECK(p.tranches[0].x.json == "\"t\"");
    CHECK(p.execution->x.json == "null");
    CHECK(p.execution->items[0].x.json == "true");
    CHECK(p.cost_sharing->x.json == "1");
    CHECK(p.cost_sharing->headcount_x.json == "2");
    CHECK(p.cost_sharing->by_category_x.json == "3");
    CHECK(p.indicators[0].x.json == "{}");
    CHECK(p.indicators[1].x.empty());
    CHECK(p.reported->x.json == "[]");
    // "x" is never a category name.
    CHECK(p.cost_sharing->by_category.size() == 2);
    CHECK(d.policies[0].categories.size() == 2);
}

TEST_CASE("shares are written as a percent when exact to 6 decimals, else as a fraction") {
    const auto share = [](std::string_view text) {
        const std::string json = book("", R"("policies": [{"id": "p", "standard": "1", "categories": {"a": {"district": ")" +
                                                std::string(text) + R"("}}}], )");
        const std::string written = write_document(read_document(json));
        const auto at = written.find("\"district\": \"");
        return written.substr(at + 13, written.find('"', at + 13) - at - 13);
    };
    CHECK(share("0.35") == "35%");
    CHECK(share("7/20") == "35%");
    CHECK(share("1") == "100%");
    CHECK(share("0") == "0%");
    CHECK(share("1/8") == "12.5%");
    CHECK(share("0.00000001") == "0.000001%");
    CHECK(share("0.000000001") == "1/1000000000");
    CHECK(share("1/3") == "1/3");
    CHECK(share("３５％") == "35%");
}

TEST_CASE("reported rates are written at the precision they were read with") {
    const auto rate = [](std::string_view text) {
        const std::string written =
            write_document(read_document(project_book(R"("execution": {"reported_rate": ")" + std::string(text) + "\"}")));
        const auto at = written.find("\"reported_rate\": \"");
        return written.substr(at + 18, written.find('"', at + 18) - at - 18);
    };
    CHECK(rate("0%") == "0%");
    CHECK(rate("66.67%") == "66.67%");
    CHECK(rate("66.670%") == "66.670%");
    CHECK(rate("0.6667") == "66.67%");
    CHECK(rate("0.5") == "50%");
    CHECK(rate("1") == "100%");
    CHECK(rate("2/3") == "2/3");
    CHECK(rate("4/4") == "1/1");  // exact stays exact
}

TEST_CASE("strings are escaped per RFC 8259; UTF-8 is written as is") {
    document d;
    d.fiscal_year = 2023;
    d.unit = std::string("a\"b\\c\n\t\r\b\f\x01\x1f") + "\x7f仁和";
    const std::string written = write_document(d);
    CHECK(written == "{\n  \"format\": \"jixiao/1\",\n  \"unit\": \"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\x7f仁和\",\n"
                     "  \"fiscal_year\": 2023,\n  \"projects\": []\n}\n");
    CHECK(read_document(written).unit == d.unit);
}

TEST_CASE("bytes that are not UTF-8 in a model are written as U+FFFD, so the output stays valid") {
    document d;
    d.fiscal_year = 2023;
    d.unit = "a\xFF" "b\xE4\xBB";
    const std::string written = write_document(d);
    CHECK(written.find("\"unit\": \"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\"") != std::string::npos);
    CHECK(read_document(written).unit == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("a model built in code writes and reads back equal") {
    document d;
    d.unit = "单位";
    d.fiscal_year = 2024;
    share_node inner;
    inner.shares = {{level::municipal, ratio(7, 20)}, {level::district, ratio(13, 20)}};
    share_node top;
    top.shares = {{level::provincial, ratio(1, 2)}};
    top.rest = std::make_shared<const share_node>(inner);
    policy p;
    p.id = "pol";
    p.standard = money::parse("100");
    p.categories = {{"general", top}};
    d.policies.push_back(p);
    project pr;
    pr.id = "p1";
    pr.name = "项目";
    tranche t;
    t.level = level::provincial;
    t.amount = money::parse("-0.01");  // the model can hold it; the reader would refuse it
    pr.tranches.push_back(t);
    indicator i;
    i.name = "n";
    i.weight = points(90);
    i.rating = rating::achieved;
    pr.indicators.push_back(i);
    d.projects.push_back(pr);
    const std::string written = write_document(d);
    CHECK(written.find("\"amount\": \"-0.01\"") != std::string::npos);
    d.projects[0].tranches[0].amount = money::parse("123456789012345678901234.56");  // beyond 64 bits
    const std::string big = write_document(d);
    CHECK(big.find("\"amount\": \"123456789012345678901234.56\"") != std::string::npos);
    CHECK(read_document(big) == d);
}
