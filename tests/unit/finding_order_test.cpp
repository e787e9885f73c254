// Paths of findings: a project's path, and their reading order (by rule, then by
// path with indices as numbers).
#include <jixiao/finding.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using jixiao::compare_paths;

TEST_CASE("paths compare their indices as numbers") {
    CHECK(compare_paths("projects[0].tranches[2]", "projects[0].tranches[10]") < 0);
    CHECK(compare_paths("projects[10]", "projects[9].name") > 0);
    CHECK(compare_paths("projects[3].execution", "projects[3].execution") == 0);
    CHECK(compare_paths("projects[3]", "projects[3].execution") < 0);
    CHECK(compare_paths("projects[1].a", "projects[1].b") < 0);
    CHECK(compare_paths("", "projects") < 0);
    // Leading zeros do not change a number's place; the shorter spelling comes first.
    CHECK(compare_paths("x[007]", "x[8]") < 0);
    CHECK(compare_paths("x[1]", "x[01]") < 0);
    // Numbers longer than any integer type still compare.
    CHECK(compare_paths("x[99999999999999999999999]", "x[100000000000000000000000]") < 0);
    // Non-ASCII text compares byte by byte.
    CHECK(compare_paths("categories.一般", "categories.脱贫") < 0);
}

TEST_CASE("findings sort by rule, then by path in reading order") {
    const auto at = [](std::string rule, std::string path) {
        jixiao::finding f;
        f.rule = std::move(rule);
        f.where.path = std::move(path);
        return f;
    };
    std::vector<jixiao::finding> findings{at("JX-F007", "projects[0].tranches[10]"), at("JX-F007", "projects[0].tranches[2]"),
                                          at("JX-F001", "projects[12]"), at("JX-F001", "projects[2]")};
    std::stable_sort(findings.begin(), findings.end(), jixiao::finding_order);
    std::vector<std::string> order;
    for (const auto& f : findings) order.push_back(f.rule + " " + f.where.path);
    CHECK(order == std::vector<std::string>{"JX-F001 projects[2]", "JX-F001 projects[12]", "JX-F007 projects[0].tranches[2]",
                                            "JX-F007 projects[0].tranches[10]"});
}

TEST_CASE("a project's path, and the paths below it") {
    CHECK(jixiao::project_path(3) == "projects[3]");
    CHECK(jixiao::project_path(3, "execution.used") == "projects[3].execution.used");
    CHECK(jixiao::project_path(0, "basis[2]") == "projects[0].basis[2]");
    CHECK(jixiao::project_path(12, "[0]") == "projects[12][0]");
}
