#pragma once
// The JX-S checks over report text (the catalogue is jixiao/rules/report_text.hpp).

#include "ingest/reading.hpp"

#include <jixiao/ingest.hpp>
#include <jixiao/rule.hpp>

#include <vector>

namespace jixiao::ingest {

// JX-S009's message: the indicator table at `line` was not read.
[[nodiscard]] localized unread_indicator_table(std::size_t line);

// What a project check sees: the text as laid out, and what was read from it
// (report_project_text::text, jixiao/ingest.hpp).
struct project_text {
    const project_block& block;
    const project_reading& reading;
    std::size_t index;  // position in the document

    [[nodiscard]] std::string path(std::string_view below = {}) const { return project_path(index, below); }
};

// What a book check sees of each project (report_text::text): its name and the documents
// it cites — no more, so that a book of many projects is checked without holding them.
struct cited_project {
    std::string name;
    std::vector<citation> citations;
};
struct book_text {
    const std::vector<cited_project>& projects;
};

// Reports one rule's findings at a line of the book and a JSON path.
class text_sink {
public:
    text_sink(finding_sink& out, std::string_view source) : out_(out), source_(source) {}
    void report(std::size_t line, std::string path, localized message, std::optional<std::string> expected = std::nullopt,
                std::optional<std::string> actual = std::nullopt, std::optional<std::string> difference = std::nullopt) {
        out_.report(location(std::string(source_), line, 0, std::move(path)), std::move(message), std::move(expected),
                    std::move(actual), std::move(difference));
    }

private:
    finding_sink& out_;
    std::string_view source_;
};

}  // namespace jixiao::ingest
