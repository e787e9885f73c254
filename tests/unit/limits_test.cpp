// The arithmetic limits (money is a checked 128-bit integer of fen that
// raises an error, never wraps): the largest amount the reader accepts and one
// fen more; headcount × standard in a split; sums over many tranches, items
// and categories. Each limit ends in jixiao::overflow_error (or, in the
// reader, jixiao::error) with a message that names the place — never in a
// wrapped value or an exception of another kind.
#include "../support/multiprecision.hpp"
#include "io_test_support.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/split.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

using namespace jixiao;
using jixiao::testing::project_book;
using jixiao::testing::read_error;

namespace {

// (2^128 − 1) fen, the largest amount; and the same plus one fen.
const std::string largest = "3402823669209384634633746074317682114.55";
const std::string one_fen_more = "3402823669209384634633746074317682114.56";
const cpp_int largest_fen("340282366920938463463374607431768211455");

std::string tranches(const std::string& first, const std::string& second) {
    return project_book(R"("tranches": [{"level": "district", "amount": ")" + first +
                        R"("}, {"level": "municipal", "amount": ")" + second + R"("}])");
}

// The message of the overflow evaluating `json` gives, or "(no overflow)".
std::string evaluation_overflow(const std::string& json) {
    const document d = read_document(json, "book.json");
    try {
        (void)evaluate(d);
    } catch (const overflow_error& e) {
        return e.describe(language::en);
    }
    return "(no overflow)";
}

}  // namespace

TEST_CASE("limits: the largest amount reads, one fen more is refused with the limit named") {
    const document d = read_document(tranches(largest, "0"), "book.json");
    CHECK(to_cpp_int(d.projects[0].tranches[0].amount.fen()) == largest_fen);
    CHECK(to_string(d.projects[0].tranches[0].amount) == largest);
    CHECK(write_document(d).find("\"amount\": \"" + largest + "\"") != std::string::npos);

    CHECK(read_error(tranches(one_fen_more, "0")) ==
          "book.json: projects[0].tranches[0].amount: \"" + one_fen_more +
              "\" is out of range (expected at most " + largest + " yuan in absolute value)");
    CHECK(read_error(tranches(one_fen_more, "0"), language::zh) ==
          "book.json: projects[0].tranches[0].amount: \"" + one_fen_more + "\" 超出可表示的金额范围（绝对值应不超过 " +
              largest + " 元）");
    // The same limit in 万元 and as whole yuan in a JSON number.
    CHECK(to_cpp_int(read_document(tranches("340282366920938463463374607431768.211455万", "0"), "b").projects[0].tranches[0].amount.fen()) ==
          largest_fen);
    CHECK(read_error(tranches("340282366920938463463374607431768.211456万", "0")).ends_with(
        "is out of range (expected at most " + largest + " yuan in absolute value)"));
    const auto whole_yuan = [](const std::string& n) {
        return project_book(R"("tranches": [{"level": "district", "amount": )" + n + "}]");
    };
    CHECK(to_cpp_int(read_document(whole_yuan("3402823669209384634633746074317682114"), "b").projects[0].tranches[0].amount.fen()) ==
          largest_fen - 55);
    CHECK(read_error(whole_yuan("3402823669209384634633746074317682115")) ==
          "book.json: projects[0].tranches[0].amount: \"3402823669209384634633746074317682115\" is out of range "
          "(expected at most " + largest + " yuan in absolute value)");
    // 41 digits and 1e40, spelled every way.
    CHECK(read_error(whole_yuan("1" + std::string(40, '0'))).ends_with("is out of range (expected at most " + largest +
                                                                      " yuan in absolute value)"));
    CHECK(read_error(tranches("1e40", "0")) ==
          "book.json: projects[0].tranches[0].amount: \"1e40\" is not an amount (expected e.g. \"108200.00\" or \"10.82万\")");
    CHECK(read_error(whole_yuan("1e40")) ==
          "book.json: projects[0].tranches[0].amount: 1e40 is a JSON number with an exponent, which is not exact "
          "(expected an amount in quotes, e.g. \"108200.00\")");
}

TEST_CASE("limits: money::parse accepts ±the largest amount and refuses one fen beyond, both signs") {
    CHECK(to_cpp_int(money::parse(largest).fen()) == largest_fen);
    CHECK(to_cpp_int(money::parse("-" + largest).fen()) == -largest_fen);
    CHECK_THROWS_WITH_AS((void)money::parse(one_fen_more),
                         ("\"" + one_fen_more + "\" is out of range (expected at most " + largest + " yuan in absolute value)").c_str(),
                         error);
    CHECK_THROWS_WITH_AS((void)money::parse("-" + one_fen_more),
                         ("\"-" + one_fen_more + "\" is out of range (expected at most " + largest + " yuan in absolute value)").c_str(),
                         error);
    const money max = money_from_fen(largest_fen);
    CHECK_THROWS_WITH_AS((void)(max + money::from_fen(1)),
                         "amount overflow in +: beyond the representable range (about ±3.4e36 yuan)", overflow_error);
    CHECK_THROWS_AS((void)(-max - money::from_fen(1)), overflow_error);
    CHECK(-max - money::from_fen(0) == money::parse("-" + largest));
    CHECK_THROWS_AS((void)(max * 2), overflow_error);
    CHECK_THROWS_AS((void)money_from_fen(largest_fen + 1), overflow_error);
}

TEST_CASE("limits: Σ tranche amounts beyond the range stops the evaluation, naming the project") {
    // Each tranche fits; their sum (allocated, available) does not.
    CHECK(evaluation_overflow(tranches(largest, "0.01")) ==
          "projects[0]: project \"p01\" cannot be evaluated: its amounts leave the range of money (amount overflow in "
          "+: beyond the representable range (about ±3.4e36 yuan)); check the project's amounts");
    CHECK(evaluation_overflow(tranches(largest, "0")) == "(no overflow)");
    // Many tranches: 1000 of a thousandth of the limit each, and one fen more.
    const cpp_int share = largest_fen / 1000;
    std::string many;
    for (int i = 0; i < 1000; ++i) many += std::string(i ? ", " : "") + R"({"level": "district", "amount": ")" + to_string(money_from_fen(share)) + R"("})";
    CHECK(evaluation_overflow(project_book(R"("tranches": [)" + many + "]")) == "(no overflow)");
    CHECK(evaluation_overflow(project_book(R"("tranches": [)" + many + R"(, {"level": "central", "amount": "1"}])")) ==
          "(no overflow)");  // 1000 × ⌊limit/1000⌋ + 1 yuan still fits: the remainder is 455 fen
    CHECK(evaluation_overflow(project_book(R"("tranches": [)" + many + R"(, {"level": "central", "amount": "5"}])")) ==
          "projects[0]: project \"p01\" cannot be evaluated: its amounts leave the range of money (amount overflow in "
          "+: beyond the representable range (about ±3.4e36 yuan)); check the project's amounts");
    // Projects are not summed with each other: two projects at the limit evaluate.
    const std::string two = jixiao::testing::book(
        R"({"id": "a", "name": "n", "tranches": [{"level": "district", "amount": ")" + largest +
        R"("}]}, {"id": "b", "name": "n", "tranches": [{"level": "district", "amount": ")" + largest + R"("}]})");
    CHECK(evaluation_overflow(two) == "(no overflow)");
}

TEST_CASE("limits: used + carried_forward + … and Σ items beyond the range stop the evaluation") {
    CHECK(evaluation_overflow(project_book(R"("execution": {"used": ")" + largest + R"(", "carried_forward": "0.01"})")) ==
          "projects[0]: project \"p01\" cannot be evaluated: its amounts leave the range of money (amount overflow in "
          "+: beyond the representable range (about ±3.4e36 yuan)); check the project's amounts");
    CHECK(evaluation_overflow(project_book(R"("execution": {"used": ")" + largest + R"(", "items": [{"purpose": "a", "amount": ")" +
                                           largest + R"("}, {"purpose": "b", "amount": "1"}]})"))
              .starts_with("projects[0]: project \"p01\" cannot be evaluated"));
}

TEST_CASE("limits: headcount × standard beyond the range, in a split and in an evaluation") {
    policy pol;
    pol.id = "big";
    pol.standard = money::parse(largest);
    share_node node;
    node.shares.emplace_back(level::district, ratio::one());
    pol.categories.emplace_back("a", node);
    pol.categories.emplace_back("b", node);
    CHECK(split_cost(pol, {{"a", 1}}).total == pol.standard);
    CHECK_THROWS_WITH_AS((void)split_cost(pol, {{"a", 2}}),
                         ("category a: 2 persons × the standard of " + largest + " is out of the range of amounts").c_str(),
                         overflow_error);
    // Each category fits; the sum of the two does not.
    CHECK_THROWS_WITH_AS((void)split_cost(pol, {{"a", 1}, {"b", 1}}),
                         ("policy big: the categories' costs sum beyond the range of amounts (on adding " + largest +
                          " for category b)").c_str(),
                         overflow_error);

    // The reader's largest headcount (15 digits) times a large standard, through evaluate.
    const std::string book = jixiao::testing::book(
        R"({"id": "p1", "name": "n", "cost_sharing": {"policy": "pol", "headcount": {"total": 999999999999999}}})",
        R"("policies": [{"id": "pol", "standard": "1e24元", "categories": {"g": {"district": "1"}}}], )");
    CHECK(read_error(book) == "book.json: policies[0].standard: \"1e24元\" is not an amount (expected e.g. \"108200.00\" or \"10.82万\")");
    const std::string fits = jixiao::testing::book(
        R"({"id": "p1", "name": "n", "cost_sharing": {"policy": "pol", "headcount": {"total": 999999999999999}}})",
        R"("policies": [{"id": "pol", "standard": "3402823669209388037457.41", "categories": {"g": {"district": "1"}}}], )");
    CHECK(evaluation_overflow(fits) == "(no overflow)");
    const std::string too_much = jixiao::testing::book(
        R"({"id": "p1", "name": "n", "cost_sharing": {"policy": "pol", "headcount": {"total": 999999999999999}}})",
        R"("policies": [{"id": "pol", "standard": "3402823669209388037457.42", "categories": {"g": {"district": "1"}}}], )");
    CHECK(evaluation_overflow(too_much) ==
          "projects[0]: project \"p1\" cannot be evaluated: its amounts leave the range of money (category g: "
          "999999999999999 persons × the standard of 3402823669209388037457.42 is out of the range of amounts); "
          "check the project's amounts");
}

TEST_CASE("limits: a total headcount beyond 64 bits is refused, not wrapped") {
    policy pol;
    pol.id = "many";
    share_node node;
    node.shares.emplace_back(level::district, ratio::one());
    pol.categories.emplace_back("a", node);
    pol.categories.emplace_back("b", node);
    constexpr std::int64_t most = std::numeric_limits<std::int64_t>::max();
    CHECK(split_cost(pol, {{"a", most}, {"b", 0}}).persons == most);
    CHECK_THROWS_WITH_AS((void)split_cost(pol, {{"a", most}, {"b", 1}}),
                         "a total headcount of 9223372036854775808 is out of range (at most 9223372036854775807 persons)",
                         overflow_error);
}
