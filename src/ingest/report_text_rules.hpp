#pragma once
// The JX-S checks over report text (the catalogue is jixiao/rules/report_text.hpp).

#include "ingest/reading.hpp"

#include <jixiao/ingest.hpp>
#include <jixiao/rule.hpp>

#include <vector>

namespace jixiao::ingest {

// What a project check sees: the text as laid out, and what was read from it.
struct project_text {
    const project_block& block;
    const project_reading& reading;
    std::size_t index;  // position in the document

    [[nodiscard]] std::string path(std::string_view below = {}) const { return project_path(index, below); }
};

// Collects the findings of one rule, with their lines.
class text_sink {
public:
    text_sink(const rule_info& info, std::vector<text_finding>& out) : info_(info), out_(out) {}
    void report(std::size_t line, std::string path, localized message, std::optional<std::string> expected = std::nullopt,
                std::optional<std::string> actual = std::nullopt, std::optional<std::string> difference = std::nullopt) {
        out_.push_back({finding{info_.id, info_.severity, std::move(path), std::move(expected), std::move(actual),
                                std::move(difference), std::move(message)},
                        line});
    }

private:
    const rule_info& info_;
    std::vector<text_finding>& out_;
};

using project_text_check = void (*)(const project_text&, text_sink&);
using book_text_check = void (*)(const std::vector<project_reading>&, text_sink&);

struct text_rule {
    rule_info info;
    project_text_check check_project = nullptr;
    book_text_check check_book = nullptr;
};

// JX-S001…JX-S008 with their checks, in catalogue order.
[[nodiscard]] const std::vector<text_rule>& text_rules();

}  // namespace jixiao::ingest
