#pragma once
// Report-text rules JX-S001…JX-S009. They read the text of a report book (its
// sections, numbering and sentences), so they run where there is one: in
// jixiao::lint and ingest_report_book (jixiao/ingest.hpp), through the rule
// hooks check_report and check_report_project. report_rule_book() is the
// default book with these added. The checks live in
// src/ingest/report_text_rules.cpp, one small function next to each entry.

#include <jixiao/rule.hpp>

#include <vector>

namespace jixiao::rules {

/// JX-S001…JX-S009, in catalogue order.
[[nodiscard]] std::vector<rule> report_text_rules();

}  // namespace jixiao::rules
