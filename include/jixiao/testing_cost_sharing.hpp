#pragma once
// doctest helpers for users who unit-test their province's cost-sharing
// policies (included by <jixiao/testing.hpp>). Policies, splits and
// reconciliations print through their operator<< (cost_sharing.hpp);
// CHECK_SPLIT compares a split level by level and, on failure, shows a table
// of expected and actual amounts in 元:
//
//     CHECK_SPLIT(split_cost(policy, {{"general", 2164}, {"former_registered_poor", 4945}}),
//                 {{level::provincial, "108200.00"}, {level::municipal, "210945.00"},
//                  {level::district, "391755.00"}});
//
// Every level of the split must be listed, and only those: a level left out
// of the list is a failure, so a test never passes by forgetting a level.

#include <jixiao/cost_sharing.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/money.hpp>

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::testing {

struct split_check {
    bool ok = true;
    std::string table;  // the split and a row per level: expected, actual, difference
};

// Not `detail`, which would hide jixiao::detail from other code in jixiao::testing.
namespace split_table {

[[nodiscard]] inline std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
}

}  // namespace split_table

// Compares `actual` with amounts per level written as money text ("108200.00",
// "10.82万"). The table lists the levels in level order and marks each row
// that differs with "<-- differs".
[[nodiscard]] inline split_check compare_split(const split_result& actual,
                                               std::initializer_list<std::pair<level, std::string_view>> expected) {
    split_check out;
    std::vector<std::pair<level, money>> wanted;
    for (const auto& [lvl, text] : expected) {
        for (const auto& w : wanted)
            if (w.first == lvl) throw error({"CHECK_SPLIT 中 " + std::string(to_string(lvl)) + " 列了两次",
                                             "CHECK_SPLIT lists " + std::string(to_string(lvl)) + " twice"});
        wanted.emplace_back(lvl, money::parse(text));
    }
    constexpr std::size_t width = 16;  // columns; "元" takes two columns in three bytes, hence width + 1 below
    std::string rows;
    for (level lvl : all_levels) {
        const auto got = actual.amount(lvl);
        std::optional<money> want;
        for (const auto& w : wanted)
            if (w.first == lvl) want = w.second;
        if (!got && !want) continue;
        const bool same = got && want && *got == *want;
        if (!same) out.ok = false;
        std::string row = split_table::pad(std::string(to_string(lvl)), 12) +
                          split_table::pad(want ? to_string(*want) : "(not listed)", width) +
                          split_table::pad(got ? to_string(*got) : "(no such level)", width) +
                          split_table::pad(got && want ? to_string(*got - *want) : "", width) + (same ? "" : "<-- differs");
        row.erase(row.find_last_not_of(' ') + 1);
        rows += row + "\n";
    }
    std::ostringstream header;
    header << actual << "\n"
           << split_table::pad("level", 12) << split_table::pad("expected (元)", width + 1)
           << split_table::pad("actual (元)", width + 1) << "difference\n";
    out.table = header.str() + rows;
    return out;
}

// "JX-C002 JX-C003 JX-C005": the rule ids of `findings`, in their order, so
// that CHECK(rule_ids(f) == "…") prints what was found when it fails.
[[nodiscard]] inline std::string rule_ids(const std::vector<finding>& findings) {
    std::string out;
    for (const auto& f : findings) out += (out.empty() ? "" : " ") + f.rule;
    return out;
}

// The findings of one rule.
[[nodiscard]] inline std::vector<finding> findings_of(const std::vector<finding>& findings, std::string_view rule) {
    std::vector<finding> out;
    for (const auto& f : findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

// Every finding, one per line, for a failure message.
[[nodiscard]] inline std::string findings_text(const std::vector<finding>& findings) {
    std::ostringstream out;
    for (const auto& f : findings) out << f << "\n";
    return out.str();
}

}  // namespace jixiao::testing

// On failure the message names the split checked and shows the table; a
// passing check counts as one assertion.
#define JIXIAO_CHECK_SPLIT(split, ...)                                                                   \
    do {                                                                                                \
        const auto jixiao_split_check_ = ::jixiao::testing::compare_split((split), __VA_ARGS__);         \
        if (jixiao_split_check_.ok) DOCTEST_CHECK(jixiao_split_check_.ok);                              \
        else DOCTEST_FAIL_CHECK((std::string("CHECK_SPLIT(" #split ", …) failed:\n") + jixiao_split_check_.table)); \
    } while (false)

#define JIXIAO_REQUIRE_SPLIT(split, ...)                                                                 \
    do {                                                                                                \
        const auto jixiao_split_check_ = ::jixiao::testing::compare_split((split), __VA_ARGS__);         \
        if (jixiao_split_check_.ok) DOCTEST_REQUIRE(jixiao_split_check_.ok);                            \
        else DOCTEST_FAIL((std::string("REQUIRE_SPLIT(" #split ", …) failed:\n") + jixiao_split_check_.table)); \
    } while (false)

// Short names, unless a project already has macros of these names.
#ifndef JIXIAO_TESTING_NO_SHORT_MACROS
#define CHECK_SPLIT JIXIAO_CHECK_SPLIT
#define REQUIRE_SPLIT JIXIAO_REQUIRE_SPLIT
#endif
