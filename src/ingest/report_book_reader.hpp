#pragma once
// A report book read a project at a time: what ingest_report_book builds whole, handed
// over project by project so that `lint` and `ingest` hold one project's model,
// provenance and findings at a time (README, "What jixiao promises": memory bounded by
// the input). The book's text and its division into projects are kept; every pass
// reads the projects again from them.

#include "ingest/book.hpp"

#include <jixiao/ingest.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::ingest {

// One project as read, with what ingest_result keeps of it.
struct ingested_project {
    project model;
    std::vector<figure_source> provenance;  // paths from the document: "projects[3].tranches[0].amount"
    std::vector<finding> findings;          // the report-text rules' findings about it, sorted
};

class report_book_reader {
public:
    // Decodes and divides the book; throws jixiao::error for a book with no project or no year.
    // `rules` must outlive the reader.
    report_book_reader(std::string_view bytes, std::string_view source_name, const rule_book& rules,
                       const ingest_options& options = {});

    // A filled form (.xlsx, a .docx holding the form's table, a form copied as text) is read
    // whole here; read() then hands over nothing.
    [[nodiscard]] std::optional<ingest_result>& forms() { return forms_; }
    [[nodiscard]] const std::optional<ingest_result>& forms() const { return forms_; }
    // The document without its projects: unit, fiscal year, and its x.
    [[nodiscard]] const document& head() const { return head_; }
    [[nodiscard]] const std::string& encoding() const { return encoding_; }
    [[nodiscard]] std::size_t projects() const { return projects_; }

    // Reads every project in order, each handed to `on_project` once its report-text rules
    // have run; returns the document-level findings (rules over the whole book), sorted.
    // May be called again: the projects are read anew each time.
    std::vector<finding> read(const std::function<void(ingested_project&&)>& on_project) const;

private:
    struct group {
        project_block parent;                   // a project as the book gives it
        std::vector<project_block> components;  // the funds its paragraphs list (components.hpp)
        bool list_incomplete = false;           // an item of the list names no figure (the text cut)
        bool department_projects = false;       // the funds are a department's projects (component_split)
    };
    std::string source_name_;
    const rule_book& rules_;
    std::optional<ingest_result> forms_;
    document head_;
    std::string encoding_;
    std::u32string unit_;
    std::vector<group> groups_;
    std::size_t projects_ = 0;
};

}  // namespace jixiao::ingest
