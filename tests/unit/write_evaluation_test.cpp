// The jixiao-evaluation/1 writer, on evaluations made by jixiao::evaluate.
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>

#include <doctest/doctest.h>

using namespace jixiao;

namespace {

// p1 uses more than arrived (JX-F001); p2 has no money at all, so no rate.
const char* const tiny = R"({"format": "jixiao/1", "unit": "仁和区人社局", "fiscal_year": 2023, "projects": [
  {"id": "p1", "name": "项目一", "tranches": [{"level": "district", "amount": "100", "arrived": "90"}],
   "execution": {"used": "150", "carried_forward": "0.5"}},
  {"id": "p2", "name": "项目二"}
]})";

}  // namespace

TEST_CASE("an evaluation is written as the README's format section shows, in English") {
    const evaluation result = evaluate(read_document(tiny, "tiny.json"));
    CHECK(write_evaluation(result, language::en) == R"({
  "format": "jixiao-evaluation/1",
  "unit": "仁和区人社局",
  "fiscal_year": 2023,
  "projects": [
    {
      "id": "p1",
      "name": "项目一",
      "funds": {
        "budget": "100.00",
        "available": "90.00",
        "used": "150.00",
        "carried_forward": "0.50",
        "reduced": "0.00",
        "recovered": "0.00",
        "surplus": "0.00"
      },
      "execution_rate": "150.00",
      "scores": {
        "execution": "10.00",
        "indicators": null,
        "total": null,
        "grade": null
      },
      "cost_sharing": null,
      "findings": [
        {
          "rule": "JX-F001",
          "severity": "error",
          "path": "projects[0].execution.used",
          "expected": "90.00",
          "actual": "150.00",
          "difference": "60.00",
          "message": "used 150.00 exceeds the 90.00 available by 60.00; check execution.used against the tranches' arrived amounts"
        },
        {
          "rule": "JX-F003",
          "severity": "error",
          "path": "projects[0].execution",
          "expected": "90.00",
          "actual": "150.50",
          "difference": "60.50",
          "message": "funds do not balance: available 90.00, accounted for used 150.00 + carried_forward 0.50 + reduced not stated + recovered not stated + surplus not stated = 150.50 (figures not stated count as 0), 60.50 more than available; check execution against the tranches' arrived amounts"
        },
        {
          "rule": "JX-F011",
          "severity": "error",
          "path": "projects[0].execution.used",
          "expected": "100.00",
          "actual": "150.00",
          "difference": "50.00",
          "message": "used 150.00 exceeds the tranches' total (no adjusted budget given) 100.00 by 50.00 (an execution rate of 150.00%); check execution.used against the tranches' amounts"
        },
        {
          "rule": "JX-I005",
          "severity": "warning",
          "path": "projects[0].indicators",
          "expected": null,
          "actual": "0",
          "difference": null,
          "message": "the project has no performance indicators, so it has no indicator score, total or grade; a self-evaluation needs at least output and effect indicators"
        }
      ]
    },
    {
      "id": "p2",
      "name": "项目二",
      "funds": {
        "budget": "0.00",
        "available": "0.00",
        "used": null,
        "carried_forward": "0.00",
        "reduced": "0.00",
        "recovered": "0.00",
        "surplus": "0.00"
      },
      "execution_rate": null,
      "scores": {
        "execution": null,
        "indicators": null,
        "total": null,
        "grade": null
      },
      "cost_sharing": null,
      "findings": [
        {
          "rule": "JX-I005",
          "severity": "warning",
          "path": "projects[1].indicators",
          "expected": null,
          "actual": "0",
          "difference": null,
          "message": "the project has no performance indicators, so it has no indicator score, total or grade; a self-evaluation needs at least output and effect indicators"
        }
      ]
    }
  ],
  "summary": {
    "projects": 2,
    "errors": 3,
    "warnings": 2,
    "infos": 0
  }
}
)");
}

TEST_CASE("messages are written in the requested language, Chinese by default") {
    const evaluation result = evaluate(read_document(tiny, "tiny.json"));
    const std::string zh = write_evaluation(result);
    CHECK(zh.find(R"("message": "使用资金 150.00 元超过到位资金 90.00 元，多出 60.00 元；请核对 execution.used 与各笔资金的到位数")") !=
          std::string::npos);
    CHECK(zh.find(R"("severity": "error")") != std::string::npos);  // ids stay English
    CHECK(zh == write_evaluation(result, language::zh));
}

TEST_CASE("the execution rate has two decimals, rounded half away from zero") {
    const auto rate = [](std::string_view used) {
        const std::string json = R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p", "name": "n",
            "budget": {"adjusted": "3"}, "tranches": [{"level": "district", "amount": "3"}], "execution": {"used": ")" +
                                 std::string(used) + "\"}}]}";
        const std::string out = write_evaluation(evaluate(read_document(json)), language::en);
        const auto at = out.find("\"execution_rate\": ");
        return out.substr(at + 18, out.find('\n', at) - at - 19);
    };
    CHECK(rate("2") == "\"66.67\"");    // 66.666…
    CHECK(rate("1") == "\"33.33\"");    // 33.333…
    CHECK(rate("0.01") == "\"0.33\"");  // 0.333…
    CHECK(rate("0") == "\"0.00\"");
    CHECK(rate("3") == "\"100.00\"");
}

TEST_CASE("document-level findings are written after the projects, only when there are some") {
    rule_book rules = default_rule_book();
    rules.add(rule{{"JX-T001", severity::info, {"测试", "test"}},
                   {},
                   [](const document&, finding_sink& out) {
                       out.report("policies", {"没有政策", "no \"policies\"\n"}, std::nullopt, "0");
                   }});
    const evaluation result =
        evaluate(read_document(R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": []})"), rules);
    CHECK(write_evaluation(result, language::en) == R"({
  "format": "jixiao-evaluation/1",
  "unit": null,
  "fiscal_year": 2023,
  "projects": [],
  "findings": [
    {
      "rule": "JX-T001",
      "severity": "info",
      "path": "policies",
      "expected": null,
      "actual": "0",
      "difference": null,
      "message": "no \"policies\"\n"
    }
  ],
  "summary": {
    "projects": 0,
    "errors": 0,
    "warnings": 0,
    "infos": 1
  }
}
)");
}

TEST_CASE("the evaluation text is JSON that jixiao's own reader accepts as such") {
    // It is not a jixiao/1 document, and the reader recognizes it by its format.
    const std::string out = write_evaluation(evaluate(read_document(tiny)), language::zh);
    CHECK_THROWS_WITH((void)read_document(out, "out.json"),
                      "out.json: format: \"jixiao-evaluation/1\" is an evaluation written by jixiao, not a report book "
                      "(expected \"jixiao/1\")");
}
