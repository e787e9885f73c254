#pragma once
// Cost-sharing rules JX-C001…JX-C007 (`jixiao rules --explain` says what each
// checks and why). JX-C001 looks at the
// document's policies; the others read the project's cost_sharing_analysis
// (project_context::sharing). Tests in tests/unit/rules_cost_sharing_test.cpp.

#include <jixiao/cost_sharing.hpp>
#include <jixiao/rule.hpp>

#include <string>
#include <vector>

namespace jixiao::rules {

/// JX-C001: a policy's share node does not sum to exactly 1 (path names the node).
[[nodiscard]] rule jx_c001();

/// JX-C002: a level's reported tranche total ≠ its expected split. A level the
/// policy does not name is expected to give nothing, so its tranches fire too.
[[nodiscard]] rule jx_c002();

/// JX-C003: the split expects a positive amount from a level that reports no tranche.
[[nodiscard]] rule jx_c003();

/// JX-C004: the fiscal year lies outside the policy's validity.
[[nodiscard]] rule jx_c004();

/// JX-C005: category headcounts were inferred; the message gives the implied split.
[[nodiscard]] rule jx_c005();

/// JX-C006: headcounts are incomplete and no whole-number split fits the reported tranches.
[[nodiscard]] rule jx_c006();

/// JX-C007: the project names an unknown policy or category.
[[nodiscard]] rule jx_c007();

/// All cost-sharing rules, in catalogue order.
[[nodiscard]] std::vector<rule> cost_sharing_rules();

}  // namespace jixiao::rules
