// The body of word/document.xml as a cell grid (docx_tables.hpp). Only w:t is
// text (deleted text and field codes are not), mc:Fallback copies are skipped,
// and a table nested in a cell adds its text to that cell.
#include "ingest/docx_tables.hpp"

#include "ingest/ooxml_package.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace jixiao::ingest {
namespace {

constexpr std::size_t max_grid_rows = 1'000'000;

enum class vertical { none, restart, proceed };

struct docx_cell {
    std::size_t col = 0, span = 1;
    vertical merge = vertical::none;
    std::string text;
};

struct body_events : xml_events {
    cell_grid& grid;
    std::size_t depth = 0;       // table nesting
    std::size_t tables = 0;      // tables seen (top level)
    std::size_t paragraphs = 0;  // paragraphs outside tables
    int skipping = 0, in_run = 0, in_text = 0;
    std::string paragraph;                       // the open paragraph outside tables
    std::vector<std::vector<docx_cell>> rows;    // the open top-level table
    std::size_t position = 0;                    // grid column of the next cell
    bool in_cell = false, cell_has_paragraph = false;

    explicit body_events(cell_grid& g) : grid(g) {}

    docx_cell* cell() { return in_cell && !rows.empty() && !rows.back().empty() ? &rows.back().back() : nullptr; }
    std::string* sink() {
        if (depth == 0) return &paragraph;
        if (auto* c = cell()) return &c->text;
        return nullptr;
    }

    void start(std::string_view name, const char** a) override {
        if (name == "Fallback") { ++skipping; return; }
        if (skipping) return;
        if (name == "tbl") {
            if (++depth == 1) rows.clear();
        } else if (name == "tr" && depth == 1) {
            rows.emplace_back();
            position = 0;
        } else if (name == "gridBefore" && depth == 1 && !in_cell) {
            if (const char* v = xml_attribute(a, "val")) position += static_cast<std::size_t>(std::max(0L, std::atol(v)));
        } else if (name == "tc" && depth == 1 && !rows.empty()) {
            rows.back().push_back({position, 1, vertical::none, {}});
            in_cell = true;
            cell_has_paragraph = false;
        } else if (name == "gridSpan" && depth == 1 && cell()) {
            if (const char* v = xml_attribute(a, "val")) cell()->span = static_cast<std::size_t>(std::clamp(std::atol(v), 1L, 1000L));
        } else if (name == "vMerge" && depth == 1 && cell()) {
            const char* v = xml_attribute(a, "val");
            cell()->merge = v && std::string_view(v) == "restart" ? vertical::restart : vertical::proceed;
        } else if (name == "p") {
            if (depth == 0) paragraph.clear();
            else if (auto* c = cell()) {
                if (cell_has_paragraph) c->text += '\n';
                cell_has_paragraph = true;
            }
        } else if (name == "r") {
            ++in_run;
        } else if (name == "t") {
            ++in_text;
        } else if (in_run) {
            if (auto* s = sink()) {
                if (name == "tab") *s += '\t';
                else if (name == "br" || name == "cr") *s += '\n';
            }
        }
    }

    void end(std::string_view name) override {
        if (name == "Fallback") { --skipping; return; }
        if (skipping) return;
        if (name == "tbl") {
            if (depth > 0 && --depth == 0) finish_table();
        } else if (name == "tc" && depth == 1 && in_cell) {
            if (auto* c = cell()) position = c->col + c->span;
            in_cell = false;
        } else if (name == "p" && depth == 0) {
            ++paragraphs;
            if (!paragraph.empty()) {
                add_row({0, paragraphs});
                grid.put(grid.origins.size() - 1, 0, {paragraph, false, false, std::nullopt, {}});
            }
            paragraph.clear();
        } else if (name == "r") {
            --in_run;
        } else if (name == "t") {
            --in_text;
        }
    }

    void text(std::string_view chars) override {
        if (skipping || in_text <= 0) return;
        if (auto* s = sink()) s->append(chars);
    }

    void add_row(docx_row_origin origin) {
        if (grid.origins.size() >= max_grid_rows)
            throw error({"文档的段落和表格行过多", "the document has too many paragraphs and table rows"});
        grid.origins.push_back(origin);
    }

    void finish_table() {
        ++tables;
        const std::size_t base = grid.origins.size();
        std::map<std::size_t, cell_range> open;  // vertical merges by left column
        const auto close = [&](std::size_t col) {
            const auto it = open.find(col);
            if (it == open.end()) return;
            if (it->second.bottom > it->second.top || it->second.right > it->second.left) grid.merge(it->second);
            open.erase(it);
        };
        for (std::size_t i = 0; i < rows.size(); ++i) {
            add_row({tables, i + 1});
            const std::size_t r = base + i;
            for (auto& c : rows[i]) {
                if (c.merge == vertical::proceed && open.count(c.col)) {
                    open[c.col].bottom = r;
                    continue;
                }
                close(c.col);
                grid.put(r, c.col, {std::move(c.text), false, false, std::nullopt, {}});
                const cell_range range{r, c.col, r, c.col + c.span - 1};
                if (c.merge == vertical::restart) open[c.col] = range;
                else if (c.span > 1) grid.merge(range);
            }
            // A column this row does not continue ends its vertical merge.
            for (auto it = open.begin(); it != open.end();) {
                const bool continued = it->second.bottom == r;
                const std::size_t col = it->first;
                ++it;
                if (!continued) close(col);
            }
        }
        for (auto it = open.begin(); it != open.end();) {
            const std::size_t col = it->first;
            ++it;
            close(col);
        }
        rows.clear();
    }
};

}  // namespace

cell_grid read_docx_body(std::string_view bytes, std::string_view source_name) {
    const ooxml_package package(bytes, std::string(source_name));
    const std::string part = "word/document.xml";
    if (!package.has(part))
        throw error({"压缩包中没有 word/document.xml：这不是 Word 文档（.docx）",
                     "the archive has no word/document.xml: it is not a Word document (.docx)"},
                    location::of_file(std::string(source_name)));
    cell_grid grid;
    body_events events(grid);
    parse_xml(package.read(part), events, part, source_name);
    return grid;
}

}  // namespace jixiao::ingest
