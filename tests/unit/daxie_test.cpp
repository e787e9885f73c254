// 大写 amounts: the examples of the People's Bank of China's rules for filling
// in bills and vouchers, and every spelling choice
// documented at the top of src/core/daxie.cpp.
#include <jixiao/daxie.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using jixiao::money;
using jixiao::to_daxie;

namespace {
std::string daxie(std::string_view amount) { return to_daxie(money::parse(amount)); }
}  // namespace

TEST_CASE("daxie: the examples of the People's Bank of China's rules") {
    CHECK(daxie("1,409.50") == "壹仟肆佰零玖元伍角");
    CHECK(daxie("6,007.14") == "陆仟零柒元壹角肆分");
    CHECK(daxie("1,680.32") == "壹仟陆佰捌拾元零叁角贰分");
    CHECK(daxie("107,000.53") == "壹拾万柒仟元零伍角叁分");
    CHECK(daxie("16,409.02") == "壹万陆仟肆佰零玖元零贰分");
    CHECK(daxie("325.04") == "叁佰贰拾伍元零肆分");
    CHECK(daxie("0") == "零元整");
}

TEST_CASE("daxie: whole yuan end in 整") {
    CHECK(daxie("1") == "壹元整");
    CHECK(daxie("10.00") == "壹拾元整");
    CHECK(daxie("100") == "壹佰元整");
    CHECK(daxie("10000") == "壹万元整");
    CHECK(daxie("10000万") == "壹亿元整");
    CHECK(daxie("100000000") == "壹亿元整");
    CHECK(daxie("200000000") == "贰亿元整");
    CHECK(daxie("10.82万") == "壹拾万捌仟贰佰元整");
}

TEST_CASE("daxie choice: a zero run ending at 万位/亿位 before a non-zero 千位 takes no 零") {
    CHECK(daxie("107,000.53") == "壹拾万柒仟元零伍角叁分");
    CHECK(daxie("17000") == "壹万柒仟元整");
    CHECK(daxie("1,010,000,000") == "壹拾亿壹仟万元整");
    CHECK(daxie("100,101,000") == "壹亿零壹拾万壹仟元整");
}

TEST_CASE("daxie choice: a zero run that spans a whole empty group keeps its 零") {
    CHECK(daxie("100,007,000") == "壹亿零柒仟元整");
    CHECK(daxie("100,010,000") == "壹亿零壹万元整");
    CHECK(daxie("100,000,001") == "壹亿零壹元整");
}

TEST_CASE("daxie: zeros inside a number are written as one 零") {
    CHECK(daxie("100,700") == "壹拾万零柒佰元整");
    CHECK(daxie("100,001") == "壹拾万零壹元整");
    CHECK(daxie("1,001") == "壹仟零壹元整");
    CHECK(daxie("101,000,000") == "壹亿零壹佰万元整");
    CHECK(daxie("6,007.14") == "陆仟零柒元壹角肆分");
}

TEST_CASE("daxie choice: 元位 zero with a non-zero 角 or 分 is written with 零") {
    CHECK(daxie("1,680.32") == "壹仟陆佰捌拾元零叁角贰分");
    CHECK(daxie("100.50") == "壹佰元零伍角");
    CHECK(daxie("10.02") == "壹拾元零贰分");
    CHECK(daxie("1000.05") == "壹仟元零伍分");
    // 元位 not zero, 角 zero, 分 not zero: the gap at 角 takes 零.
    CHECK(daxie("16,409.02") == "壹万陆仟肆佰零玖元零贰分");
    CHECK(daxie("1.01") == "壹元零壹分");
    // Nothing missing between 元 and 角: no 零.
    CHECK(daxie("1.10") == "壹元壹角");
    CHECK(daxie("1.11") == "壹元壹角壹分");
}

TEST_CASE("daxie choice: 整 only without 角 and 分; below one yuan 零元 is left out") {
    CHECK(daxie("1,409.50") == "壹仟肆佰零玖元伍角");  // no 整 after 角
    CHECK(daxie("0.50") == "伍角");
    CHECK(daxie("0.05") == "伍分");
    CHECK(daxie("0.55") == "伍角伍分");
    CHECK(daxie("0.01") == "壹分");
}

TEST_CASE("daxie choice: negative amounts are prefixed 负") {
    CHECK(daxie("-1,409.50") == "负壹仟肆佰零玖元伍角");
    CHECK(daxie("-0.05") == "负伍分");
    CHECK(daxie("-100") == "负壹佰元整");
}

TEST_CASE("daxie: the largest amount and the 1万亿 limit") {
    CHECK(daxie("999999999999.99") == "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    CHECK(daxie("-999999999999.99") == "负玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    CHECK_THROWS_WITH(daxie("1000000000000"),
                      "amount 1000000000000.00 is too large for 大写 (its absolute value must be below 1万亿元, "
                      "1000000000000.00 yuan)");
    CHECK_THROWS_WITH(daxie("-1000000000000"),
                      "amount -1000000000000.00 is too large for 大写 (its absolute value must be below 1万亿元, "
                      "1000000000000.00 yuan)");
    try {
        (void)daxie("1000000000000.00");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(e.describe(jixiao::language::zh) ==
              "金额 1000000000000.00 元超出大写的范围（绝对值应小于 1万亿元，即 1000000000000.00 元）");
    }
}
