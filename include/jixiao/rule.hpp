#pragma once
// The rule engine. A rule is a small function with an id, a severity and a
// one-line summary; it looks at one project (or at the whole document, a
// history's chain, or the text of a report book) and reports findings. The catalogue is data: the CLI lists it, users add their
// own rules and switch any rule off by id.

#include <jixiao/cost_sharing.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/scoring.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao {

struct rule_info {
    std::string id;
    jixiao::severity severity = jixiao::severity::error;
    localized summary;  // one line, for `jixiao rules`
};

/// What a project rule sees: the document, the project and what was computed about it.
struct project_context {
    const document& doc;
    const project& proj;
    std::size_t index;   // position in doc.projects
    funds_summary funds;
    score_card scores;   // scoring.hpp: execution, indicator and total scores

    /// "projects[3]" or "projects[3].execution.used"
    [[nodiscard]] std::string path(std::string_view below = {}) const { return project_path(index, below); }

    // Last, so that members added above keep their places in aggregate initialisation.
    std::optional<cost_sharing_analysis> sharing = std::nullopt;  // cost_sharing.hpp; nullopt: no cost_sharing
};

/// Collects the findings of one rule; the rule's id and severity are filled in.
class finding_sink {
public:
    finding_sink(const rule_info& info, std::vector<finding>& out) : info_(info), out_(out) {}

    void report(location where, localized message, std::optional<std::string> expected = std::nullopt,
                std::optional<std::string> actual = std::nullopt,
                std::optional<std::string> difference = std::nullopt) {
        out_.push_back(finding{info_.id, info_.severity, std::move(where), std::move(expected), std::move(actual),
                               std::move(difference), std::move(message)});
    }
    [[nodiscard]] const rule_info& rule() const noexcept { return info_; }

private:
    const rule_info& info_;
    std::vector<finding>& out_;
};

struct chain_link;      // history.hpp: a project between two consecutive years of one unit
struct report_text;     // ingest.hpp: a report book as read from its text
struct report_project_text;  // ingest.hpp: one project of a report book, as read from its text

using project_check = std::function<void(const project_context&, finding_sink&)>;
using document_check = std::function<void(const document&, finding_sink&)>;
using chain_check = std::function<void(const chain_link&, finding_sink&)>;
using report_check = std::function<void(const report_text&, finding_sink&)>;
using report_project_check = std::function<void(const report_project_text&, finding_sink&)>;

struct rule {
    rule_info info;
    project_check check_project;    // run once per project, if set
    // Run once per document, if set. It looks at the document's head (unit, year,
    // scheme, policies), never at doc.projects: a document evaluated a project at a
    // time (io.hpp, read_document_projects) has none there.
    document_check check_document;
    // Run once per project per year of a history (history.hpp), if set. A rule
    // with a chain check judges from the chain there: its project check then
    // runs only for documents evaluated alone.
    chain_check check_chain = {};
    // Run on report books only (jixiao::lint, ingest_report_book): rules that read the
    // text itself — its sections, numbering, sentences — once per book or once per project.
    report_check check_report = {};
    report_project_check check_report_project = {};
};

class rule_book {
public:
    /// Adds a rule; an id already in the book is an error (ids are how users disable rules).
    rule_book& add(rule r) {
        if (find(r.info.id))
            throw error({"规则编号重复：" + r.info.id, "duplicate rule id: " + r.info.id});
        rules_.push_back(std::move(r));
        return *this;
    }
    /// Switches a rule off; an id not in the book is an error, so a typo is not silently ignored.
    rule_book& disable(std::string_view id) {
        if (!find(id))
            throw error({"没有编号为 " + std::string(id) + " 的规则（jixiao rules 列出全部规则）",
                         "no rule has the id " + std::string(id) + " (jixiao rules lists them)"});
        if (!is_disabled(id)) disabled_.emplace_back(id);
        return *this;
    }
    [[nodiscard]] bool is_disabled(std::string_view id) const {
        return std::find(disabled_.begin(), disabled_.end(), id) != disabled_.end();
    }
    [[nodiscard]] const rule* find(std::string_view id) const {
        for (const auto& r : rules_)
            if (r.info.id == id) return &r;
        return nullptr;
    }
    [[nodiscard]] const std::vector<rule>& rules() const noexcept { return rules_; }

    void check_project(const project_context& context, std::vector<finding>& out) const {
        run(&rule::check_project, context, out);
    }
    void check_document(const document& doc, std::vector<finding>& out) const { run(&rule::check_document, doc, out); }
    void check_chain(const chain_link& link, std::vector<finding>& out) const { run(&rule::check_chain, link, out); }
    void check_report(const report_text& book, std::vector<finding>& out) const { run(&rule::check_report, book, out); }
    void check_report_project(const report_project_text& project, std::vector<finding>& out) const {
        run(&rule::check_report_project, project, out);
    }

private:
    // Every enabled rule that has the hook `check`, in catalogue order, on `subject`.
    template <class Check, class Subject>
    void run(Check rule::*check, const Subject& subject, std::vector<finding>& out) const {
        for (const auto& r : rules_) {
            if (!(r.*check) || is_disabled(r.info.id)) continue;
            finding_sink sink(r.info, out);
            (r.*check)(subject, sink);
        }
    }

    std::vector<rule> rules_;
    std::vector<std::string> disabled_;
};

}  // namespace jixiao
