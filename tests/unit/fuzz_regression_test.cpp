// Regression tests for what fuzzing found (tests/fuzz/). Each input is also
// in the fuzz target's corpus (tests/fuzz/corpus/<target>/regression-*), which
// ctest replays under the sanitizers.
#include "io_test_support.hpp"

#include <jixiao/io.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using jixiao::testing::project_book;

namespace {
money tranche_amount(const std::string& amount) {
    const document d = read_document(
        project_book(R"("tranches": [{"level": "district", "amount": )" + amount + "}]"), "book.json");
    return d.projects[0].tranches[0].amount;
}
}  // namespace

// fuzz_amount: the reader's fast path for plain amounts multiplied a 19th
// digit into a 64-bit integer before checking the length (signed overflow,
// undefined behaviour). 19 digits now go to money::parse.
TEST_CASE("regression: plain amounts of 19 and 20 digits read exactly") {
    CHECK(tranche_amount("\"9999999099990000000\"").fen() == cpp_int("999999909999000000000"));
    CHECK(tranche_amount("\"9999999999999999999\"") == money::parse("9999999999999999999"));
    CHECK(tranche_amount("\"99999999999999999.99\"").fen() == cpp_int("9999999999999999999"));
    CHECK(tranche_amount("\"9999999999999.999999万\"").fen() == cpp_int("9999999999999999999"));
    CHECK(tranche_amount("\"99999999999999999999\"").fen() == cpp_int("9999999999999999999900"));
    CHECK(tranche_amount("\"9999999999999999\"").fen() == cpp_int("999999999999999900"));  // 18 digits of fen: fast path
}
