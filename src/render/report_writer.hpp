#pragma once
// A report written a piece at a time, so that the report of a document of many
// projects is never held whole (README, "What jixiao promises": memory bounded by
// the input): the head (the title), then each project's form with what is beside
// it, then the tail (the document-level findings and the summary). The pieces in
// order are, byte for byte, the text of the whole-report renderers (render.hpp).
// Internal to jixiao.

#include "render/render_form.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace jixiao::detail {

// Where a renderer hands over the text it has so far at the end of a row of a
// long table, so that one project of 20 000 indicators or findings is not held
// whole either: the writer writes `out` away and clears it. Unset (a whole
// report), the text stays in `out`.
struct piece_drain {
    static constexpr std::size_t size = std::size_t{1} << 16;
    std::function<void(std::string&)> to;
    void operator()(std::string& out) const {
        if (to && out.size() >= size) to(out);
    }
};

class report_renderer {
public:
    virtual ~report_renderer() = default;
    // Each appends its piece to `out`. No piece looks at the text before it, so
    // `out` may be handed on and cleared between pieces.
    virtual void head(std::string& out, const report_form& report) const = 0;
    virtual void project(std::string& out, const project_form& p, const report_form& report) const = 0;
    virtual void tail(std::string& out, const report_form& report) const = 0;
    // Whether the text is read on terminals, and so goes out through
    // terminal_visible (inert_text.hpp): text and Markdown.
    [[nodiscard]] virtual bool for_terminals() const { return false; }
    piece_drain drain;  // set by a writer that streams
};

// One per format; each lives beside its whole-report renderer.
[[nodiscard]] std::unique_ptr<report_renderer> text_renderer();
[[nodiscard]] std::unique_ptr<report_renderer> markdown_renderer();
[[nodiscard]] std::unique_ptr<report_renderer> csv_renderer(bool bom);
[[nodiscard]] std::unique_ptr<report_renderer> html_renderer();
// html of `documents` documents on one page titled `title` (the years of a history).
[[nodiscard]] std::unique_ptr<report_renderer> html_pages_renderer(std::string title, std::size_t documents);
// "示例市青山区文化和旅游局 2022–2024": the page of a unit's history from `first` to `last`.
[[nodiscard]] std::string history_page_title(const std::optional<std::string>& unit, int first, int last);

// The whole report of a built report_form: head, every project, tail (for
// terminals, not yet made visible).
[[nodiscard]] inline std::string whole_report(const report_renderer& r, const report_form& report) {
    std::string out;
    r.head(out, report);
    for (const auto& p : report.projects) r.project(out, p, report);
    r.tail(out, report);
    return out;
}

}  // namespace jixiao::detail
