// Reading the worksheets of an .xlsx (SpreadsheetML) workbook into cell grids.
// Parts: xl/workbook.xml (sheet names, in order), its relationships (which part
// is which sheet), xl/sharedStrings.xml, xl/styles.xml (number formats: a percent
// format shows 0.95 as 95%) and each worksheet's sheetData and mergeCells.
#include "ingest/xlsx_workbook.hpp"

#include "ingest/ooxml_package.hpp"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>

namespace jixiao::ingest {
namespace {

// Limits of Excel itself; beyond them a file is not a workbook Excel wrote.
constexpr std::size_t max_rows = 1048576, max_columns = 16384;
// Far beyond any form; they bound the memory a hostile workbook can take.
constexpr std::size_t max_cells = 2'000'000, max_merges = 100'000;

error workbook_error(std::string_view source_name, const std::string& zh, const std::string& en) {
    return error({zh, en}, location::of_file(std::string(source_name)));
}

// ---- workbook.xml and its relationships ----------------------------------------

struct sheet_entry {
    std::string name;
    std::string relationship;
};

struct workbook_events : xml_events {
    std::vector<sheet_entry> sheets;
    void start(std::string_view name, const char** a) override {
        if (name != "sheet") return;
        const char* n = xml_attribute(a, "name");
        const char* id = xml_attribute(a, "id");
        sheets.push_back({n ? n : "", id ? id : ""});
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
};

struct relationship_events : xml_events {
    std::map<std::string, std::string> targets;  // id → target
    std::string shared_strings, styles;          // targets by type
    void start(std::string_view name, const char** a) override {
        if (name != "Relationship") return;
        const char* id = xml_attribute(a, "Id");
        const char* target = xml_attribute(a, "Target");
        const char* type = xml_attribute(a, "Type");
        if (!id || !target) return;
        targets[id] = target;
        const std::string_view t = type ? type : "";
        if (t.ends_with("/sharedStrings")) shared_strings = target;
        if (t.ends_with("/styles")) styles = target;
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
};

// A relationship target is relative to xl/ unless it starts with '/'.
std::string part_of(const std::string& target) {
    if (target.starts_with('/')) return target.substr(1);
    return "xl/" + target;
}

// ---- shared strings ----------------------------------------------------------------

// Rich text runs are joined; phonetic guides (rPh) are not part of the text.
struct shared_string_events : xml_events {
    std::vector<std::string> strings;
    std::string current;
    int in_item = 0, in_text = 0, in_phonetic = 0;
    void start(std::string_view name, const char**) override {
        if (name == "si") { ++in_item; current.clear(); }
        else if (name == "rPh") ++in_phonetic;
        else if (name == "t") ++in_text;
    }
    void end(std::string_view name) override {
        if (name == "si") { --in_item; strings.push_back(std::move(current)); current.clear(); }
        else if (name == "rPh") --in_phonetic;
        else if (name == "t") --in_text;
        if (strings.size() > max_cells) throw error({"共享字符串过多", "too many shared strings"});
    }
    void text(std::string_view chars) override {
        if (in_item && in_text && !in_phonetic) current += chars;
    }
};

// ---- styles: which cell formats are percentages, and how many decimals -------------

struct number_format {
    bool percent = false;
    std::optional<int> decimals;
};

// A format code's first section, its quoted literals and escapes left out:
// '0.00%' is a percent with 2 decimals; '0.00"%"' prints a literal % and is not.
number_format read_format_code(std::string_view code) {
    number_format f;
    bool quoted = false, after_point = false, seen_point = false;
    int decimals = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char ch = code[i];
        if (quoted) { if (ch == '"') quoted = false; continue; }
        if (ch == '"') { quoted = true; continue; }
        if (ch == '\\' || ch == '_' || ch == '*') { ++i; continue; }
        if (ch == ';') break;
        if (ch == '%') f.percent = true;
        if (ch == '.' && !seen_point) { seen_point = after_point = true; continue; }
        if (after_point) {
            if (ch == '0' || ch == '#') ++decimals;
            else after_point = false;
        }
    }
    if (seen_point || code.find_first_of("0#") != std::string_view::npos) f.decimals = decimals;
    return f;
}

number_format builtin_format(int id) {
    switch (id) {
    case 1: case 3: return {false, 0};
    case 2: case 4: return {false, 2};
    case 9: return {true, 0};
    case 10: return {true, 2};
    default: return {};
    }
}

struct style_events : xml_events {
    std::map<int, number_format> custom;
    std::vector<number_format> cell_formats;  // by the s attribute of a cell
    int in_cell_xfs = 0;
    void start(std::string_view name, const char** a) override {
        if (name == "numFmt") {
            const char* id = xml_attribute(a, "numFmtId");
            const char* code = xml_attribute(a, "formatCode");
            if (id && code) custom[std::atoi(id)] = read_format_code(code);
        } else if (name == "cellXfs") {
            ++in_cell_xfs;
        } else if (name == "xf" && in_cell_xfs) {
            const char* id = xml_attribute(a, "numFmtId");
            const int n = id ? std::atoi(id) : 0;
            const auto it = custom.find(n);
            cell_formats.push_back(it != custom.end() ? it->second : builtin_format(n));
            if (cell_formats.size() > max_cells) throw error({"单元格格式过多", "too many cell formats"});
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") --in_cell_xfs;
    }
    void text(std::string_view) override {}
};

// ---- a worksheet ------------------------------------------------------------------

// "C6" → row 5, column 2; nullopt when it is not a cell reference.
std::optional<std::pair<std::size_t, std::size_t>> parse_reference(std::string_view ref) {
    std::size_t i = 0, col = 0, row = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
        col = col * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
        if (col > max_columns) return std::nullopt;
        ++i;
    }
    if (i == 0 || i == ref.size()) return std::nullopt;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9') return std::nullopt;
        row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
        if (row > max_rows) return std::nullopt;
    }
    if (row == 0) return std::nullopt;
    return std::pair{row - 1, col - 1};
}

struct sheet_events : xml_events {
    cell_grid& grid;
    const std::vector<std::string>& shared;
    const std::vector<number_format>& formats;
    std::string_view source_name;
    std::size_t& cell_count;

    std::size_t row = 0, col = 0;
    bool row_seen = false;
    std::string type, value, inline_text, formula;
    std::optional<std::size_t> style;
    int in_value = 0, in_inline = 0, in_text = 0, in_phonetic = 0, in_cell = 0, in_formula = 0;
    std::size_t merges = 0;

    sheet_events(cell_grid& g, const std::vector<std::string>& s, const std::vector<number_format>& f,
                 std::string_view source, std::size_t& count)
        : grid(g), shared(s), formats(f), source_name(source), cell_count(count) {}

    [[noreturn]] void bad(const std::string& zh, const std::string& en) const {
        throw workbook_error(source_name, "工作表“" + grid.sheet + "”" + zh, "sheet “" + grid.sheet + "”: " + en);
    }

    void start(std::string_view name, const char** a) override {
        if (name == "row") {
            const char* r = xml_attribute(a, "r");
            if (r) {
                const long n = std::atol(r);
                if (n < 1 || static_cast<std::size_t>(n) > max_rows) bad("的行号 " + std::string(r) + " 超出范围", "row number " + std::string(r) + " is out of range");
                row = static_cast<std::size_t>(n - 1);
            } else if (row_seen) {
                ++row;
            }
            row_seen = true;
            col = static_cast<std::size_t>(-1);
        } else if (name == "c") {
            ++in_cell;
            const char* r = xml_attribute(a, "r");
            if (r) {
                const auto at = parse_reference(r);
                if (!at) bad("中有无法识别的单元格引用 " + std::string(r), "has a cell reference that cannot be read: " + std::string(r));
                row = at->first;
                col = at->second;
            } else {
                ++col;
            }
            const char* t = xml_attribute(a, "t");
            type = t ? t : "n";
            const char* s = xml_attribute(a, "s");
            style = s ? std::optional<std::size_t>(static_cast<std::size_t>(std::atol(s))) : std::nullopt;
            value.clear();
            inline_text.clear();
            formula.clear();
        } else if (name == "f" && in_cell) {
            ++in_formula;
        } else if (name == "v" && in_cell) {
            ++in_value;
        } else if (name == "is" && in_cell) {
            ++in_inline;
        } else if (name == "rPh") {
            ++in_phonetic;
        } else if (name == "t" && in_inline) {
            ++in_text;
        } else if (name == "mergeCell") {
            const char* ref = xml_attribute(a, "ref");
            if (!ref) return;
            const std::string_view range(ref);
            const auto colon = range.find(':');
            const auto first = parse_reference(range.substr(0, colon));
            const auto last = colon == std::string_view::npos ? first : parse_reference(range.substr(colon + 1));
            if (!first || !last) bad("中有无法识别的合并区域 " + std::string(ref), "has a merged range that cannot be read: " + std::string(ref));
            if (++merges > max_merges) bad("的合并区域过多", "has too many merged ranges");
            grid.merge({std::min(first->first, last->first), std::min(first->second, last->second),
                        std::max(first->first, last->first), std::max(first->second, last->second)});
        }
    }

    void end(std::string_view name) override {
        if (name == "c") {
            --in_cell;
            finish_cell();
        } else if (name == "f" && in_formula) {
            --in_formula;
        } else if (name == "v" && in_value) {
            --in_value;
        } else if (name == "is" && in_inline) {
            --in_inline;
        } else if (name == "rPh") {
            --in_phonetic;
        } else if (name == "t" && in_text) {
            --in_text;
        }
    }

    void text(std::string_view chars) override {
        if (in_value) value += chars;
        else if (in_formula) formula += chars;
        else if (in_text && !in_phonetic) inline_text += chars;
    }

    void finish_cell() {
        grid_cell cell;
        if (value.empty() && inline_text.empty() && !formula.empty()) {
            cell.formula = "=" + formula;  // no cached value: what it computes is unknown, not blank
            if (++cell_count > max_cells) bad("：单元格过多（超过 200 万个）", "too many cells (over 2 million)");
            grid.put(row, col, std::move(cell));
            return;
        }
        if (type == "s") {
            if (value.empty()) return;
            const long index = std::atol(value.c_str());
            if (index < 0 || static_cast<std::size_t>(index) >= shared.size())
                bad("单元格 " + cell_name(row, col) + " 指向不存在的共享字符串 " + value,
                    "cell " + cell_name(row, col) + " refers to shared string " + value + ", which does not exist");
            cell.text = shared[static_cast<std::size_t>(index)];
        } else if (type == "inlineStr") {
            cell.text = inline_text;
        } else if (type == "n") {
            if (value.empty()) return;  // a formatted empty cell
            cell.text = value;
            cell.number = true;
            if (style && *style < formats.size()) {
                cell.percent = formats[*style].percent;
                cell.decimals = formats[*style].decimals;
            }
        } else {
            cell.text = value;  // str (a formula's text), b (0/1), e (#DIV/0!), d (ISO date)
        }
        if (++cell_count > max_cells) bad("：单元格过多（超过 200 万个）", "too many cells (over 2 million)");
        grid.put(row, col, std::move(cell));
    }
};

std::vector<std::string> read_shared_strings(const ooxml_package& package, const std::string& part) {
    if (!package.has(part)) return {};
    shared_string_events events;
    parse_xml(package.read(part), events, part, package.source_name());
    return std::move(events.strings);
}

std::vector<number_format> read_styles(const ooxml_package& package, const std::string& part) {
    if (!package.has(part)) return {};
    style_events events;
    parse_xml(package.read(part), events, part, package.source_name());
    return std::move(events.cell_formats);
}

}  // namespace

bool is_xlsx(std::string_view bytes) {
    if (bytes.size() < 4 || bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
    try {
        const ooxml_package package(bytes, "");
        return package.has("xl/workbook.xml");
    } catch (const error&) {
        return false;
    }
}

std::vector<cell_grid> read_xlsx(std::string_view bytes, std::string_view source_name) {
    const ooxml_package package(bytes, std::string(source_name));
    workbook_events workbook;
    parse_xml(package.read("xl/workbook.xml"), workbook, "xl/workbook.xml", source_name);
    relationship_events rels;
    const std::string rels_part = "xl/_rels/workbook.xml.rels";
    if (package.has(rels_part)) parse_xml(package.read(rels_part), rels, rels_part, source_name);

    const auto shared = read_shared_strings(
        package, rels.shared_strings.empty() ? "xl/sharedStrings.xml" : part_of(rels.shared_strings));
    const auto formats = read_styles(package, rels.styles.empty() ? "xl/styles.xml" : part_of(rels.styles));

    std::vector<cell_grid> sheets;
    std::size_t cell_count = 0;
    for (const auto& entry : workbook.sheets) {
        const auto target = rels.targets.find(entry.relationship);
        if (target == rels.targets.end())
            throw workbook_error(source_name, "工作表“" + entry.name + "”在 xl/_rels/workbook.xml.rels 中没有对应的部件",
                                 "sheet “" + entry.name + "” has no part in xl/_rels/workbook.xml.rels");
        const std::string part = part_of(target->second);
        if (!part.starts_with("xl/worksheets/")) continue;  // a chart sheet or dialog sheet: no cells
        cell_grid grid;
        grid.sheet = entry.name;
        sheet_events events(grid, shared, formats, source_name, cell_count);
        parse_xml(package.read(part), events, part, source_name);
        sheets.push_back(std::move(grid));
    }
    return sheets;
}

std::optional<std::string> shortest_decimal(std::string_view stored) {
    // The only binary floating point in jixiao's reading: Excel stored this cell
    // as a double, and the double's shortest round-trip text is what the clerk typed.
    double value = 0;
    const auto [end, ec] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
    if (ec != std::errc() || end != stored.data() + stored.size() || !std::isfinite(value)) return std::nullopt;
    char buffer[400];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (written.ec != std::errc()) return std::nullopt;
    std::string text(buffer, written.ptr);
    if (text == "-0") text = "0";
    return text;
}

}  // namespace jixiao::ingest
