// Every class of reader error, with its full message: where (file, then line
// and column or JSON path) and what was expected.
#include "io_test_support.hpp"

#include <jixiao/io.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using jixiao::testing::book;
using jixiao::testing::project_book;
using jixiao::testing::read_error;

TEST_CASE("malformed JSON is reported with line and column") {
    const std::string json = "{\n  \"format\": \"jixiao/1\",\n  \"fiscal_year\": 2023\n  \"projects\": []\n}\n";
    CHECK(read_error(json) ==
          "book.json:4:3: malformed JSON: unexpected '\"' (expected \",\" or \"}\"); is a comma missing before it?");
    CHECK(read_error(json, language::zh) == "book.json:4:3: JSON 格式错误：此处不应出现 '\"'（应为 \",\" 或 \"}\"）；是否缺少逗号？");
    try {
        (void)read_document(json, "book.json");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.where().line == 4);
        CHECK(e.where().column == 3);
        CHECK(e.where().path.empty());
    }
}

TEST_CASE("columns count characters, not bytes") {
    CHECK(read_error(R"({"format": "jixiao/1", "unit": "仁和区", "fiscal_year": 2023 "projects": []})") ==
          "book.json:1:59: malformed JSON: unexpected '\"' (expected \",\" or \"}\"); is a comma missing before it?");
}

TEST_CASE("a truncated file says where the unclosed string, array or object began") {
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p01", "na)") ==
          "book.json:1:75: malformed JSON: the text ends inside the string that starts at 1:72 "
          "(expected a closing \"; is the file truncated?)");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p01", "name": "n"})") ==
          "book.json:1:84: malformed JSON: the text ends inside the array opened at 1:57 "
          "(expected \"]\"; is the file truncated?)");
    CHECK(read_error(R"({"format": "jixiao/1")") ==
          "book.json:1:22: malformed JSON: the text ends inside the object opened at 1:1 "
          "(expected \"}\"; is the file truncated?)");
    CHECK(read_error(R"({"format": "jixiao/1")", language::zh) ==
          "book.json:1:22: JSON 格式错误：文本在 1:1 开始的对象中结束（缺少 }；文件是否被截断？）");
}

TEST_CASE("an empty file, or one of only spaces, is malformed") {
    CHECK(read_error("") == "book.json:1:1: malformed JSON: the text is empty (expected a JSON object)");
    CHECK(read_error(" \n ") == "book.json:2:2: malformed JSON: the text is empty (expected a JSON object)");
    CHECK(read_error("", language::zh) == "book.json:1:1: JSON 格式错误：文本为空（应为一个 JSON 对象）");
}

TEST_CASE("text that is not UTF-8 is refused where the first bad byte is") {
    // 仁 in GBK is C8 CA.
    CHECK(read_error("{\"format\": \"jixiao/1\",\n \"unit\": \"\xC8\xCA\", \"fiscal_year\": 2023, \"projects\": []}") ==
          "book.json:2:11: malformed JSON: invalid UTF-8 byte 0xC8 (expected UTF-8 text; is the file in GBK?)");
    CHECK(read_error("{\"format\": \"jixiao/1\", \"fiscal_year\": 2023, \"projects\": []}\xFF") ==
          "book.json:1:60: malformed JSON: invalid UTF-8 byte 0xFF (expected UTF-8 text; is the file in GBK?)");
    CHECK(read_error(std::string("\xFF\xFE{\0\"\0", 6)) ==
          "book.json:1:1: malformed JSON: the text is UTF-16 (expected UTF-8; save the file as UTF-8)");
}

TEST_CASE("string syntax errors: control characters, bad escapes, lone surrogates, single quotes") {
    CHECK(read_error("{\"format\": \"jixiao/1\", \"unit\": \"a\tb\"}") ==
          "book.json:1:34: malformed JSON: control character U+0009 inside a string "
          "(expected it escaped, e.g. a line break as \\n)");
    CHECK(read_error(R"({"format": "jixiao/1", "unit": "a\qb"})") ==
          "book.json:1:34: malformed JSON: invalid escape \\q in a string "
          "(expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    CHECK(read_error(R"({"format": "jixiao/1", "unit": "a\仁和"})") ==
          "book.json:1:34: malformed JSON: invalid escape \\仁 in a string "
          "(expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    CHECK(read_error(R"({"format": "jixiao/1", "unit": "\u12g4"})") ==
          "book.json:1:33: malformed JSON: invalid escape \\u12g4 in a string "
          "(expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    CHECK(read_error(R"({"format": "jixiao/1", "unit": "\ud800x"})") ==
          "book.json:1:33: malformed JSON: lone high surrogate \\ud800 in a string (expected it followed by \\uDC00–\\uDFFF)");
    CHECK(read_error(R"({"format": "jixiao/1", "unit": "\udc00"})") ==
          "book.json:1:33: malformed JSON: lone low surrogate \\udc00 in a string "
          "(expected a pair: \\uD800–\\uDBFF followed by \\uDC00–\\uDFFF)");
    CHECK(read_error("{'format': 'jixiao/1'}") ==
          "book.json:1:2: malformed JSON: unexpected \"'\" (expected a key in double quotes or \"}\"); "
          "JSON strings use double quotes");
}

TEST_CASE("bad words, bad numbers, trailing commas and trailing text") {
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "x": {"done": tru}})")) ==
          "book.json:1:99: malformed JSON: invalid word \"tru\" (expected true, false, null, or a string in double quotes)");
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "x": [01]})")) ==
          "book.json:1:91: malformed JSON: invalid number 01 (expected JSON number syntax such as 7109, -3 or 0.5, "
          "without leading zeros)");
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "x": [1.]})")) ==
          "book.json:1:91: malformed JSON: invalid number 1. (expected JSON number syntax such as 7109, -3 or 0.5, "
          "without leading zeros)");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": [],})") ==
          "book.json:1:59: malformed JSON: a comma before \"}\" (JSON allows no trailing comma)");
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "basis": ["a",]})")) ==
          "book.json:1:98: malformed JSON: a comma before \"]\" (JSON allows no trailing comma)");
    CHECK(read_error(book("") + " {}") ==
          "book.json:1:61: malformed JSON: unexpected \"{\" (expected the end of the text after the complete JSON document)");
    CHECK(read_error(book("") + "}") ==
          "book.json:1:60: malformed JSON: unexpected \"}\" (expected the end of the text after the complete JSON document)");
    CHECK(read_error(R"({"format" "jixiao/1"})") ==
          "book.json:1:11: malformed JSON: unexpected '\"' (expected \":\" after the key)");
}

TEST_CASE("the document must be a JSON object") {
    CHECK(read_error("[]") == "book.json: the document is an array (expected a jixiao/1 object: {\"format\": \"jixiao/1\", …})");
    CHECK(read_error("2023") == "book.json: the document is a number (expected a jixiao/1 object: {\"format\": \"jixiao/1\", …})");
    CHECK(read_error("[]", language::zh) == "book.json: 文档是数组（应为 jixiao/1 对象：{\"format\": \"jixiao/1\", …}）");
}

TEST_CASE("format must be jixiao/1") {
    CHECK(read_error(R"({"format": "jixiao/2", "fiscal_year": 2023, "projects": []})") ==
          "book.json: format: \"jixiao/2\" is not a supported format (expected \"jixiao/1\")");
    CHECK(read_error(R"({"format": "jixiao-evaluation/1", "fiscal_year": 2023, "projects": []})") ==
          "book.json: format: \"jixiao-evaluation/1\" is an evaluation written by jixiao, not a report book (expected \"jixiao/1\")");
    CHECK(read_error(R"({"format": 1, "fiscal_year": 2023, "projects": []})") ==
          "book.json: format: found the number 1 (expected the string \"jixiao/1\")");
}

TEST_CASE("duplicate keys in one object are refused, wherever the object is") {
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "fiscal_year": 2024, "projects": []})") ==
          "book.json: duplicate key \"fiscal_year\" (expected each key at most once in an object)");
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amount": "1", "amount": "2"}])")) ==
          "book.json: projects[0].tranches[0]: duplicate key \"amount\" (expected each key at most once in an object)");
    CHECK(read_error(project_book(R"("x": {"a": 1, "b": {"c": 1, "\u0063": 2}})")) ==
          "book.json: projects[0].x.b: duplicate key \"c\" (expected each key at most once in an object)");
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amount": "1", "amount": "2"}])"), language::zh) ==
          "book.json: projects[0].tranches[0]: 键 \"amount\" 重复（同一对象中每个键只能出现一次）");
    // In an object with many keys, too.
    std::string many = R"("x": {)";
    for (int i = 0; i < 40; ++i) many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    many += R"("k7": 0})";
    CHECK(read_error(project_book(many)) ==
          "book.json: projects[0].x: duplicate key \"k7\" (expected each key at most once in an object)");
}

TEST_CASE("duplicate category names and share levels are duplicate keys") {
    const std::string policy_start = R"("policies": [{"id": "pol", "standard": "100", "categories": )";
    CHECK(read_error(book("", policy_start + R"({"a": {"district": "1"}, "a": {"district": "1"}}}], )")) ==
          "book.json: policies[0].categories: duplicate key \"a\" (expected each key at most once in an object)");
    CHECK(read_error(book("", policy_start + R"({"a": {"district": "50%", "district": "50%"}}}], )")) ==
          "book.json: policies[0].categories.a: duplicate key \"district\" (expected each key at most once in an object)");
    CHECK(read_error(project_book(R"("cost_sharing": {"policy": "p", "headcount": {"by_category": {"a": 1, "a": 2}}})")) ==
          "book.json: projects[0].cost_sharing.headcount.by_category: duplicate key \"a\" "
          "(expected each key at most once in an object)");
}

TEST_CASE("duplicate project and policy ids name the first holder") {
    CHECK(read_error(book(R"({"id": "p01", "name": "a"}, {"id": "p02", "name": "b"}, {"id": "p01", "name": "c"})")) ==
          "book.json: projects[2].id: duplicate project id \"p01\" (expected each id once; projects[0] has it already)");
    CHECK(read_error(book(R"({"id": "p01", "name": "a"}, {"id": "p01", "name": "c"})"), language::zh) ==
          "book.json: projects[1].id: 项目编号 \"p01\" 重复（每个编号只能出现一次；projects[0] 已使用）");
    const std::string policy = R"({"id": "pol", "standard": "100", "categories": {}})";
    CHECK(read_error(book("", "\"policies\": [" + policy + ", " + policy + "], ")) ==
          "book.json: policies[1].id: duplicate policy id \"pol\" (expected each id once; policies[0] has it already)");
    CHECK(read_error(book(R"({"id": "", "name": "a"})")) ==
          "book.json: projects[0].id: an empty project id (expected a non-empty id such as \"p01\")");
}

TEST_CASE("unknown keys are refused, with the allowed keys and a likely meaning") {
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amont": "10万"}])")) ==
          "book.json: projects[0].tranches[0]: unknown key \"amont\" (did you mean \"amount\"? expected one of: level, "
          "source, year, amount, arrived, arrival_date, document, x)");
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amont": "10万"}])"), language::zh) ==
          "book.json: projects[0].tranches[0]: 未知的键 \"amont\"（是否应为 \"amount\"？应为以下之一：level、source、year、"
          "amount、arrived、arrival_date、document、x）");
    CHECK(read_error(book("", R"("comment": "hi", )")) ==
          "book.json: unknown key \"comment\" (expected one of: format, unit, region, fiscal_year, scheme, policies, "
          "projects, x)");
    CHECK(read_error(project_book(R"("execution": {"usd": "1"})")) ==
          "book.json: projects[0].execution: unknown key \"usd\" (did you mean \"used\"? expected one of: used, "
          "carried_forward, reduced, recovered, surplus, items, reported_rate, deviation, x)");
    CHECK(read_error(book("", R"("policies": [{"id": "p", "standard": "1", "categories": {"a": {"county": "1"}}}], )")) ==
          "book.json: policies[0].categories.a: unknown key \"county\" (expected one of: central, provincial, municipal, "
          "district, township, rest, x)");
}

TEST_CASE("amounts as JSON numbers: whole yuan only; fractions and exponents must be quoted") {
    const auto amount = [](std::string_view a) { return project_book(R"("tranches": [{"level": "district", "amount": )" + std::string(a) + "}]"); };
    CHECK(read_document(amount("108200")).projects[0].tranches[0].amount == money::parse("108200.00"));
    CHECK(read_error(amount("108200.5")) ==
          "book.json: projects[0].tranches[0].amount: 108200.5 is a JSON number with a fraction, which is not exact "
          "(expected an amount in quotes: \"108200.5\")");
    CHECK(read_error(amount("108200.5"), language::zh) ==
          "book.json: projects[0].tranches[0].amount: 108200.5 是带小数的 JSON 数字，不精确（应写成带引号的金额：\"108200.5\"）");
    CHECK(read_error(amount("1.082e5")) ==
          "book.json: projects[0].tranches[0].amount: 1.082e5 is a JSON number with an exponent, which is not exact "
          "(expected an amount in quotes, e.g. \"108200.00\")");
    CHECK(read_error(amount("1e40")) ==
          "book.json: projects[0].tranches[0].amount: 1e40 is a JSON number with an exponent, which is not exact "
          "(expected an amount in quotes, e.g. \"108200.00\")");
    CHECK(read_error(amount("1" + std::string(40, '0'))) ==
          "book.json: projects[0].tranches[0].amount: \"1" + std::string(40, '0') +
              "\" is out of range (expected at most 3402823669209384634633746074317682114.55 yuan in absolute value)");
    CHECK(read_error(amount("true")) ==
          "book.json: projects[0].tranches[0].amount: found true (expected an amount (e.g. \"108200.00\" or \"10.82万\"))");
    CHECK(read_error(amount("null")) ==
          "book.json: projects[0].tranches[0].amount: found null (expected an amount (e.g. \"108200.00\" or \"10.82万\"))");
}

TEST_CASE("amount strings are read by money::parse; its errors get the path") {
    const auto amount = [](std::string_view a) { return project_book(R"("tranches": [{"level": "district", "amount": ")" + std::string(a) + "\"}]"); };
    CHECK(read_error(amount("10.8.2万")) ==
          "book.json: projects[0].tranches[0].amount: \"10.8.2万\" is not an amount (expected e.g. \"108200.00\" or \"10.82万\")");
    CHECK(read_error(amount("10.8.2万"), language::zh) ==
          "book.json: projects[0].tranches[0].amount: \"10.8.2万\" 不是金额（应为 \"108200.00\" 或 \"10.82万\" 这样的形式）");
    CHECK(read_error(amount("0.001")) ==
          "book.json: projects[0].tranches[0].amount: \"0.001\" is finer than one fen (at most 2 decimals in 元, 6 in 万元); "
          "amounts are never rounded silently");
    CHECK(read_error(amount("1.2345678万")) ==
          "book.json: projects[0].tranches[0].amount: \"1.2345678万\" is finer than one fen (at most 2 decimals in 元, 6 in 万元); "
          "amounts are never rounded silently");
}

TEST_CASE("negative amounts are refused everywhere") {
    const std::string expected_tail =
        " is negative (expected 0 or more: amounts in jixiao/1 are never negative; money reduced or recovered is "
        "written as a positive amount under its own key)";
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amount": "-5"}])")) ==
          "book.json: projects[0].tranches[0].amount: \"-5\"" + expected_tail);
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amount": -5}])")) ==
          "book.json: projects[0].tranches[0].amount: -5" + expected_tail);
    for (const std::string key : {"used", "carried_forward", "reduced", "recovered", "surplus"})
        CHECK(read_error(project_book(R"("execution": {")" + key + R"(": "-90万"})")) ==
              "book.json: projects[0].execution." + key + ": \"-90万\"" + expected_tail);
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amount": "1", "arrived": "-1"}])")) ==
          "book.json: projects[0].tranches[0].arrived: \"-1\"" + expected_tail);
    CHECK(read_error(project_book(R"("execution": {"items": [{"purpose": "p", "amount": "-1"}]})")) ==
          "book.json: projects[0].execution.items[0].amount: \"-1\"" + expected_tail);
    CHECK(read_error(project_book(R"("budget": {"adjusted": "-1"})")) ==
          "book.json: projects[0].budget.adjusted: \"-1\"" + expected_tail);
    CHECK(read_error(book("", R"("policies": [{"id": "p", "standard": "-100", "categories": {}}], )")) ==
          "book.json: policies[0].standard: \"-100\"" + expected_tail);
    CHECK(read_error(project_book(R"("budget": {"initial": "-1"})"), language::zh) ==
          "book.json: projects[0].budget.initial: \"-1\" 为负数（应为 0 或正数：jixiao/1 中的金额都不为负，追减、收回等也写作正数）");
}

TEST_CASE("ratios are strings; negative shares are refused") {
    const std::string start = R"("policies": [{"id": "p", "standard": "1", "categories": {"a": )";
    CHECK(read_error(book("", start + R"({"district": 0.5}}}], )")) ==
          "book.json: policies[0].categories.a.district: found the number 0.5 (expected a ratio in quotes (e.g. \"35%\", "
          "\"0.35\" or \"7/20\"))");
    CHECK(read_error(book("", start + R"({"district": "50"}}}], )")) == "(no error)");  // 50 as a ratio; JX-C001 sees the sum
    CHECK(read_error(book("", start + R"({"district": "half"}}}], )")) ==
          "book.json: policies[0].categories.a.district: \"half\" is not a ratio (expected e.g. \"35%\", \"0.35\" or \"7/20\")");
    CHECK(read_error(book("", start + R"({"district": "-10%", "rest": {"municipal": "1"}}}}], )")) ==
          "book.json: policies[0].categories.a.district: \"-10%\" is negative (expected a share of 0 or more)");
    CHECK(read_error(book("", start + R"({"rest": {"rest": {"county": "1"}}}}}], )")) ==
          "book.json: policies[0].categories.a.rest.rest: unknown key \"county\" (expected one of: central, provincial, "
          "municipal, district, township, rest, x)");
    CHECK(read_error(project_book(R"("execution": {"reported_rate": 0.35})")) ==
          "book.json: projects[0].execution.reported_rate: found the number 0.35 (expected a rate in quotes (e.g. "
          "\"66.67%\", \"0.6667\" or \"2/3\"))");
}

TEST_CASE("points and quantities: strings or whole JSON numbers") {
    const auto indicator = [](std::string_view weight, std::string_view target) {
        return project_book(R"("indicators": [{"level1": "output", "name": "n", "op": ">=", "target": )" + std::string(target) +
                            R"(, "actual": "1", "weight": )" + std::string(weight) + "}]");
    };
    CHECK(read_error(indicator("50", "\"1\"")) == "(no error)");
    CHECK(read_error(indicator("12.5", "\"1\"")) ==
          "book.json: projects[0].indicators[0].weight: 12.5 is a JSON number with a fraction, which is not exact "
          "(expected a number of points in quotes: \"12.5\")");
    CHECK(read_error(indicator("\"-5\"", "\"1\"")) ==
          "book.json: projects[0].indicators[0].weight: \"-5\" is negative (expected 0 or more)");
    CHECK(read_error(indicator("\"fifty\"", "\"1\"")) ==
          "book.json: projects[0].indicators[0].weight: \"fifty\" is not a number of points (expected a number such as \"30\")");
    CHECK(read_error(indicator("\"50\"", "9.5")) ==
          "book.json: projects[0].indicators[0].target: 9.5 is a JSON number with a fraction, which is not exact "
          "(expected a number in quotes: \"9.5\")");
    CHECK(read_error(indicator("\"50\"", "1e3")) ==
          "book.json: projects[0].indicators[0].target: 1e3 is a JSON number with an exponent, which is not exact "
          "(expected a number in quotes, e.g. \"7109\")");
    CHECK(read_document(indicator("\"50\"", "-3")).projects[0].indicators[0].target == quantity(-3));
    CHECK(read_document(indicator("\"50\"", "\"95.5\"")).projects[0].indicators[0].target == quantity::parse("95.5"));
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "scheme": {"execution_weight": "-1"}, "projects": []})") ==
          "book.json: scheme.execution_weight: \"-1\" is negative (expected 0 or more)");
}

TEST_CASE("impossible and malformed dates") {
    const auto dated = [](std::string_view d) {
        return project_book(R"("tranches": [{"level": "district", "amount": "1", "arrival_date": )" + std::string(d) + "}]");
    };
    CHECK(read_error(dated("\"2023-02-30\"")) ==
          "book.json: projects[0].tranches[0].arrival_date: \"2023-02-30\" is not a real date: the day must be 01–28 (February 2023 has 28 days)");
    CHECK(read_error(dated("\"2023/12/31\"")) ==
          "book.json: projects[0].tranches[0].arrival_date: \"2023/12/31\" is not a date (expected YYYY-MM-DD, e.g. \"2023-12-31\")");
    CHECK(read_error(dated("\"0023-12-31\"")) ==
          "book.json: projects[0].tranches[0].arrival_date: \"0023-12-31\" has an implausible year (expected 1990–2100)");
    CHECK(read_error(dated("20231231")) ==
          "book.json: projects[0].tranches[0].arrival_date: found the number 20231231 (expected a date (e.g. \"2023-12-31\"))");
    CHECK(read_error(dated("\"2023-02-30\""), language::zh) ==
          "book.json: projects[0].tranches[0].arrival_date: \"2023-02-30\" 不是存在的日期：日应为 01–28（2023年2月有 28 天）");
}

TEST_CASE("fiscal years must be plausible whole numbers") {
    const auto year = [](std::string_view y) {
        return R"({"format": "jixiao/1", "fiscal_year": )" + std::string(y) + R"(, "projects": []})";
    };
    CHECK(read_error(year("20233")) ==
          "book.json: fiscal_year: 20233 is not a plausible fiscal year (expected a whole number from 1990 to 2100)");
    CHECK(read_error(year("1989")) ==
          "book.json: fiscal_year: 1989 is not a plausible fiscal year (expected a whole number from 1990 to 2100)");
    CHECK(read_error(year("-2023")) ==
          "book.json: fiscal_year: -2023 is not a plausible fiscal year (expected a whole number from 1990 to 2100)");
    CHECK(read_error(year("2023.0")) ==
          "book.json: fiscal_year: 2023.0 is not a plausible fiscal year (expected a whole number from 1990 to 2100)");
    CHECK(read_error(year("99999999999999999999")) ==
          "book.json: fiscal_year: 99999999999999999999 is not a plausible fiscal year (expected a whole number from 1990 to 2100)");
    CHECK(read_error(year("\"2023\"")) ==
          "book.json: fiscal_year: found the string \"2023\" (expected a year without quotes, e.g. 2023)");
    CHECK(read_error(year("20233"), language::zh) ==
          "book.json: fiscal_year: 20233 不是合理的财政年度（应为 1990–2100 之间的整数）");
    CHECK(read_document(year("1990")).fiscal_year == 1990);
    CHECK(read_document(year("2100")).fiscal_year == 2100);
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "amount": "1", "year": 3000}])")) ==
          "book.json: projects[0].tranches[0].year: 3000 is not a plausible fiscal year (expected a whole number from 1990 to 2100)");
}

TEST_CASE("score_decimals is a whole number from 0 to 6") {
    const auto decimals = [](std::string_view d) {
        return R"({"format": "jixiao/1", "fiscal_year": 2023, "scheme": {"score_decimals": )" + std::string(d) +
               R"(}, "projects": []})";
    };
    CHECK(read_document(decimals("6")).scheme->score_decimals == 6);
    CHECK(read_error(decimals("7")) == "book.json: scheme.score_decimals: 7 is out of range (expected a whole number from 0 to 6)");
    CHECK(read_error(decimals("-1")) == "book.json: scheme.score_decimals: -1 is out of range (expected a whole number from 0 to 6)");
    CHECK(read_error(decimals("1.5")) == "book.json: scheme.score_decimals: 1.5 is out of range (expected a whole number from 0 to 6)");
    CHECK(read_error(decimals("\"2\"")) ==
          "book.json: scheme.score_decimals: found the string \"2\" (expected a whole number from 0 to 6)");
}

TEST_CASE("headcounts are whole JSON numbers, 0 or more") {
    const auto total = [](std::string_view n) {
        return project_book(R"("cost_sharing": {"policy": "p", "headcount": {"total": )" + std::string(n) + "}}");
    };
    CHECK(read_document(total("0")).projects[0].cost_sharing->total == 0);
    CHECK(read_error(total("-3")) ==
          "book.json: projects[0].cost_sharing.headcount.total: -3 is not a headcount (expected a whole number of people, 0 or more, e.g. 7109)");
    CHECK(read_error(total("7109.5")) ==
          "book.json: projects[0].cost_sharing.headcount.total: 7109.5 is not a headcount (expected a whole number of people, 0 or more, e.g. 7109)");
    CHECK(read_error(total("\"7109\"")) ==
          "book.json: projects[0].cost_sharing.headcount.total: found the string \"7109\" (expected a headcount: a whole number without quotes, e.g. 7109)");
    CHECK(read_error(total("1000000000000000")) ==
          "book.json: projects[0].cost_sharing.headcount.total: 1000000000000000 is too large for a headcount (expected a number of people, e.g. 7109)");
    CHECK(read_document(total("999999999999999")).projects[0].cost_sharing->total == 999999999999999);
}

TEST_CASE("unknown enumeration values list the allowed ones") {
    CHECK(read_error(project_book(R"("tranches": [{"level": "county", "amount": "1"}])")) ==
          "book.json: projects[0].tranches[0].level: \"county\" is not a level (expected one of: central, provincial, municipal, district, township)");
    CHECK(read_error(project_book(R"("tranches": [{"level": "county", "amount": "1"}])"), language::zh) ==
          "book.json: projects[0].tranches[0].level: \"county\" 不是有效的级次（应为以下之一：central、provincial、municipal、district、township）");
    CHECK(read_error(project_book(R"("tranches": [{"level": "district", "source": "loan", "amount": "1"}])")) ==
          "book.json: projects[0].tranches[0].source: \"loan\" is not a fund source (expected one of: current_year, prior_year, special_account, own, other)");
    const auto indicator = [](std::string_view members) {
        return project_book(R"("indicators": [{"name": "n", "weight": "10", )" + std::string(members) + "}]");
    };
    CHECK(read_error(indicator(R"("level1": "outputs", "rating": "achieved")")) ==
          "book.json: projects[0].indicators[0].level1: \"outputs\" is not a level-1 category (expected one of: output, effect, satisfaction, cost)");
    CHECK(read_error(indicator(R"("level1": "output", "level2": "speed", "rating": "achieved")")) ==
          "book.json: projects[0].indicators[0].level2: \"speed\" is not a level-2 category (expected one of: quantity, quality, "
          "timeliness, cost, economic, social, ecological, sustainability, beneficiary, economic_cost, social_cost, environmental_cost)");
    CHECK(read_error(indicator(R"("level1": "output", "op": ">", "target": "1", "actual": "1")")) ==
          "book.json: projects[0].indicators[0].op: \">\" is not a comparison (expected one of: >=, <=, =)");
    CHECK(read_error(indicator(R"("level1": "output", "rating": "done")")) ==
          "book.json: projects[0].indicators[0].rating: \"done\" is not a rating (expected one of: achieved, partial, not_achieved)");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "scheme": {"preset": "mof-2021"}, "projects": []})") ==
          "book.json: scheme.preset: \"mof-2021\" is not a scoring preset (expected one of: mof-2020, sc-2023)");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "scheme": {"reverse": "log"}, "projects": []})") ==
          "book.json: scheme.reverse: \"log\" is not a reverse-indicator formula (expected one of: ratio, linear)");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "scheme": {"cap_execution": "yes"}, "projects": []})") ==
          "book.json: scheme.cap_execution: found the string \"yes\" (expected true or false)");
}

TEST_CASE("missing required keys are named, with the object's required keys") {
    CHECK(read_error(R"({"format": "jixiao/1", "projects": []})") ==
          "book.json: missing the required key \"fiscal_year\" (required here: \"format\", \"fiscal_year\", \"projects\")");
    CHECK(read_error(R"({"fiscal_year": 2023, "projects": []})") ==
          "book.json: missing the required key \"format\" (required here: \"format\", \"fiscal_year\", \"projects\")");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023})") ==
          "book.json: missing the required key \"projects\" (required here: \"format\", \"fiscal_year\", \"projects\")");
    CHECK(read_error(book(R"({"id": "p01"})")) ==
          "book.json: projects[0]: missing the required key \"name\" (required here: \"id\", \"name\")");
    CHECK(read_error(book(R"({"id": "p01"})"), language::zh) ==
          "book.json: projects[0]: 缺少必需的键 \"name\"（此处必需的键：\"id\"、\"name\"）");
    CHECK(read_error(project_book(R"("tranches": [{"level": "district"}])")) ==
          "book.json: projects[0].tranches[0]: missing the required key \"amount\" (required here: \"level\", \"amount\")");
    CHECK(read_error(project_book(R"("tranches": [{"amount": "1"}])")) ==
          "book.json: projects[0].tranches[0]: missing the required key \"level\" (required here: \"level\", \"amount\")");
    CHECK(read_error(project_book(R"("indicators": [{"level1": "output", "name": "n", "rating": "achieved"}])")) ==
          "book.json: projects[0].indicators[0]: missing the required key \"weight\" (required here: \"level1\", \"name\", \"weight\")");
    CHECK(read_error(project_book(R"("execution": {"items": [{"amount": "1"}]})")) ==
          "book.json: projects[0].execution.items[0]: missing the required key \"purpose\" (required here: \"purpose\", \"amount\")");
    CHECK(read_error(project_book(R"("cost_sharing": {"headcount": {"total": 1}})")) ==
          "book.json: projects[0].cost_sharing: missing the required key \"policy\" (required here: \"policy\")");
    CHECK(read_error(book("", R"("policies": [{"id": "p", "categories": {}}], )")) ==
          "book.json: policies[0]: missing the required key \"standard\" (required here: \"id\", \"standard\", \"categories\")");
}

TEST_CASE("an indicator is scored one way: op/target/actual, a rating, or not applicable") {
    const auto indicator = [](std::string_view members) {
        return project_book(R"("indicators": [{"level1": "output", "name": "n", "weight": "10", )" + std::string(members) + "}]");
    };
    CHECK(read_error(indicator(R"("op": ">=", "target": "1", "actual": "1")")) == "(no error)");
    CHECK(read_error(indicator(R"("rating": "achieved", "score": "9")")) == "(no error)");
    CHECK(read_error(indicator(R"("op": ">=", "target": "1", "not_applicable": true)")) == "(no error)");
    CHECK(read_error(indicator(R"("unit": "人")")) ==
          "book.json: projects[0].indicators[0]: the indicator cannot be scored (expected \"op\", \"target\" and \"actual\", "
          "or a \"rating\", or \"not_applicable\": true)");
    CHECK(read_error(indicator(R"("not_applicable": false)")) ==
          "book.json: projects[0].indicators[0]: the indicator cannot be scored (expected \"op\", \"target\" and \"actual\", "
          "or a \"rating\", or \"not_applicable\": true)");
    CHECK(read_error(indicator(R"("op": ">=", "target": "1")")) ==
          "book.json: projects[0].indicators[0]: the quantitative indicator lacks \"actual\" (expected \"op\", \"target\" and "
          "\"actual\"; or a \"rating\", or \"not_applicable\": true)");
    CHECK(read_error(indicator(R"("actual": "1")")) ==
          "book.json: projects[0].indicators[0]: the quantitative indicator lacks \"op\", \"target\" (expected \"op\", \"target\" "
          "and \"actual\"; or a \"rating\", or \"not_applicable\": true)");
    CHECK(read_error(indicator(R"("op": ">=", "target": "1", "actual": "1", "rating": "achieved")")) ==
          "book.json: projects[0].indicators[0]: the indicator has both \"actual\" and \"rating\" (expected one way to score "
          "it: \"op\", \"target\" and \"actual\", or \"rating\")");
    CHECK(read_error(indicator(R"("op": ">=", "target": "1", "actual": "1", "score": "5")")) ==
          "book.json: projects[0].indicators[0]: the indicator has \"score\" but no \"rating\" (expected \"score\" only with a "
          "qualitative \"rating\")");
    CHECK(read_error(indicator(R"("not_applicable": 1)")) ==
          "book.json: projects[0].indicators[0].not_applicable: found the number 1 (expected true or false)");
}

TEST_CASE("values of the wrong JSON type say what they are and what was expected") {
    CHECK(read_error(book(R"({"id": "p01", "name": 7})")) ==
          "book.json: projects[0].name: found the number 7 (expected a string)");
    CHECK(read_error(book(R"({"id": "p01", "name": 7})"), language::zh) ==
          "book.json: projects[0].name: 此处为数字 7（应为字符串）");
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "basis": "doc"})")) ==
          "book.json: projects[0].basis: found the string \"doc\" (expected an array of strings)");
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "basis": ["a", ["b"]]})")) ==
          "book.json: projects[0].basis[1]: found an array (expected a string)");
    CHECK(read_error(book(R"({"id": "p01", "name": "n", "budget": []})")) ==
          "book.json: projects[0].budget: found an array (expected an object)");
    CHECK(read_error(R"({"format": "jixiao/1", "fiscal_year": 2023, "projects": {}})") ==
          "book.json: projects: found an object (expected an array of projects)");
    CHECK(read_error(book("null")) == "book.json: projects[0]: found null (expected an object)");
    CHECK(read_error(book("", R"("policies": [{"id": "p", "standard": "1", "categories": []}], )")) ==
          "book.json: policies[0].categories: found an array (expected an object: category name → share tree)");
    CHECK(read_error(book(R"({"id": "p01", "name": ")" + std::string(60, 'a') + R"(" , "goal": 1, "outcome": 2})")) ==
          "book.json: projects[0].goal: found the number 1 (expected a string)");
    // Long text is cut short in messages.
    CHECK(read_error(book(R"({"id": "p01", "name": [], "goal": 1})")) == "book.json: projects[0].name: found an array (expected a string)");
    CHECK(read_error(project_book(R"("tranches": [{"level": ")" + std::string(50, 'z') + R"(", "amount": "1"}])")) ==
          "book.json: projects[0].tranches[0].level: \"" + std::string(40, 'z') +
              "…\" is not a level (expected one of: central, provincial, municipal, district, township)");
}

TEST_CASE("deep nesting is refused with a message, never a crash") {
    // The x data of a project: depth 3 (root, projects, project) + the nesting.
    std::string deep = R"("x": )" + std::string(97, '[') + std::string(97, ']');
    CHECK(read_error(project_book(deep)) == "(no error)");
    deep = R"("x": )" + std::string(100000, '[') + std::string(100000, ']');
    std::string path = "projects[0].x";
    for (int i = 0; i < 97; ++i) path += "[0]";
    CHECK(read_error(project_book(deep)) ==
          "book.json: " + path + ": objects and arrays nested deeper than 100 levels (expected at most 100)");
    CHECK(read_error(project_book(deep), language::zh) ==
          "book.json: " + path + ": 对象和数组嵌套超过 100 层（最多 100 层）");
    // Share trees nest through "rest".
    std::string tree;
    for (int i = 0; i < 200; ++i) tree += R"({"district": "0", "rest": )";
    tree += "{}" + std::string(200, '}');
    const std::string message = read_error(book("", R"("policies": [{"id": "p", "standard": "1", "categories": {"a": )" + tree + "}}], "));
    CHECK(message.starts_with("book.json: policies[0].categories.a.rest.rest.rest."));
    CHECK(message.ends_with(".rest: objects and arrays nested deeper than 100 levels (expected at most 100)"));
    // Unclosed deep nesting is malformed: the innermost open array is named.
    CHECK(read_error(std::string(1000, '[')) ==
          "book.json:1:1001: malformed JSON: the text ends inside the array opened at 1:1000 (expected \"]\"; is the file truncated?)");
}
