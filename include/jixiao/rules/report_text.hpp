#pragma once
// Report-text rules JX-S001…JX-S008. They look at the text of a report
// book, not at a jixiao/1 document, so they run inside ingest_report_book (see
// jixiao/ingest.hpp) rather than in a rule_book; this catalogue lets `jixiao rules`
// list them and lets callers check ids given to ingest_options::disabled_rules.
// The checks themselves live in src/ingest/report_text_rules.cpp, one small
// function next to each entry.

#include <jixiao/rule.hpp>

#include <vector>

namespace jixiao::rules {

// JX-S001…JX-S005, in catalogue order.
[[nodiscard]] std::vector<rule_info> report_text_rules();

}  // namespace jixiao::rules
