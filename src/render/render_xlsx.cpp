// The Excel workbook: a summary sheet, one sheet per project laid out like the
// printed 自评表 (the grid of render_grid.hpp: merged cells, borders, number
// formats, column widths for Chinese text, A4 landscape one page wide), and a
// findings sheet. Written with libxlsxwriter.
//
// Numbers (decision): figures are written as Excel numbers, so that a bureau
// can sum and check them, but only from jixiao's exact decimal text, never
// from arithmetic on doubles: the text ("55.07", a percentage moved two places
// to the fraction "1.0000") is converted once by std::from_chars, correctly
// rounded, to the double nearest to it — exactly the number Excel stores when
// a clerk types "55.07". libxlsxwriter writes that double with 16 significant
// digits ("%.16G"), and for any decimal of at most 15 significant digits the
// text it writes reads back as the same double (it may print 8.03 as
// 8.029999999999999, which Excel reads as the double of 8.03). So every cell
// holds the displayed figure exactly as Excel can hold it, and its number
// format shows exactly the places of the text. A figure with more than 15
// significant digits (amounts beyond 10^13 万元) cannot be held by a double
// and is written as text instead.
#include <jixiao/render.hpp>

#include "render/display_width.hpp"
#include "render/inert_text.hpp"
#include "render/render_form.hpp"
#include "render/render_grid.hpp"
#include "render/render_xlsx.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <random>
#include <string_view>

namespace jixiao {
namespace detail {

// The double nearest to an exact decimal text of at most 15 significant
// digits ("-1234.50"); nullopt for anything else. See the comment at the top.
std::optional<double> excel_number(std::string_view text) {
    std::size_t i = text.starts_with('-') ? 1 : 0;
    std::size_t digits = 0, significant = 0, points = 0;
    bool leading = true;
    for (std::size_t k = i; k < text.size(); ++k) {
        const char c = text[k];
        if (c == '.') {
            if (++points > 1 || k == i || k + 1 == text.size()) return std::nullopt;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        ++digits;
        if (leading && c == '0') continue;
        leading = false;
        ++significant;
    }
    if (digits == 0 || significant > 15) return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// "100.00" (percent) → "1.0000" (fraction): the decimal point moved two places left, as text.
std::string percent_to_fraction(std::string_view percent) {
    const bool negative = percent.starts_with('-');
    if (negative) percent.remove_prefix(1);
    const std::size_t point = percent.find('.');
    std::string digits(percent.substr(0, point));
    std::size_t decimals = 0;
    if (point != std::string_view::npos) {
        digits += percent.substr(point + 1);
        decimals = percent.size() - point - 1;
    }
    decimals += 2;
    if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    digits.insert(digits.size() - decimals, 1, '.');
    return (negative ? "-" : "") + digits;
}

// A sheet name Excel accepts: at most 31 characters (UTF-16 units, so a
// character outside the BMP counts two), none of []:*?/\ (replaced by _), no
// line breaks, not starting or ending with an apostrophe, and unique among
// `taken` without regard to ASCII case ("History" is reserved by Excel). A
// clash gets " (2)", " (3)" … within the 31.
std::string sheet_name(std::string_view wanted, sheet_names& taken) {
    std::vector<std::string> chars;  // one UTF-8 character each
    std::vector<int> units;
    for (std::size_t pos = 0; pos < wanted.size();) {
        const std::size_t start = pos;
        const auto cp = next_code_point(wanted, pos);
        if (!cp) { ++pos; continue; }  // bad UTF-8: dropped
        std::string ch(wanted.substr(start, pos - start));
        if (*cp < 0x20 || *cp == 0x7F || *cp == 0xFFFE || *cp == 0xFFFF) ch = " ";
        // A sheet name is an ST_Xstring too: a literal _xHHHH_ keeps its underscore escaped.
        else if (*cp == '_') {
            std::size_t ignored = 0;
            if (xml_text(wanted.substr(start, 7), ignored).starts_with("_x005F_")) ch = "_x005F_";
        }
        else if (std::string_view("[]:*?/\\").find(static_cast<char>(*cp)) != std::string_view::npos && *cp < 0x80) ch = "_";
        // (The escape counts as written: libxlsxwriter checks the 31 on the text it is given.)
        units.push_back(ch == "_x005F_" ? 7 : *cp >= 0x10000 ? 2 : 1);
        chars.push_back(std::move(ch));
    }
    const auto trim = [&] {
        while (!chars.empty() && (chars.front() == "'" || chars.front() == " ")) {
            chars.erase(chars.begin());
            units.erase(units.begin());
        }
        while (!chars.empty() && (chars.back() == "'" || chars.back() == " ")) {
            chars.pop_back();
            units.pop_back();
        }
    };
    const auto joined = [&](int limit) {
        std::string out;
        int used = 0;
        for (std::size_t k = 0; k < chars.size() && used + units[k] <= limit; ++k) {
            out += chars[k];
            used += units[k];
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\'')) out.pop_back();
        return out;
    };
    const auto lower = [](std::string s) {
        for (auto& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    };
    const auto free = [&](const std::string& name) {
        return !name.empty() && lower(name) != "history" && !taken.lowered.contains(lower(name));
    };
    trim();
    if (chars.empty()) {
        chars = {"S", "h", "e", "e", "t"};
        units = {1, 1, 1, 1, 1};
    }
    const std::string whole = joined(31);
    std::string name = whole;
    // The next suffix to try is remembered per name: 2 000 projects of one name take linear time.
    int& n = taken.next_suffix.try_emplace(lower(whole), 2).first->second;
    while (!free(name)) {
        const std::string suffix = " (" + std::to_string(n++) + ")";
        name = joined(31 - static_cast<int>(suffix.size())) + suffix;
    }
    taken.lowered.insert(lower(name));
    return name;
}

namespace {

class workbook_writer {
public:
    workbook_writer(const report_form& report, const std::string& path, const std::string& shown_path)
        : report_(report), labels_(labels_for(report.lang)), shown_path_(shown_path) {
        lxw_workbook_options options{};
        book_ = workbook_new_opt(path.c_str(), &options);
        if (!book_) fail(LXW_ERROR_CREATING_XLSX_FILE);
    }
    ~workbook_writer() {
        if (book_) lxw_workbook_free(book_);  // only after an error: frees it without writing the file
    }
    workbook_writer(const workbook_writer&) = delete;
    workbook_writer& operator=(const workbook_writer&) = delete;

    void write() {
        sheet_names taken;
        const std::string summary = sheet_name(labels_.summary_sheet, taken);
        const std::string findings = sheet_name(labels_.findings_sheet, taken);
        std::vector<std::string> project_sheets;
        for (const auto& p : report_.projects) project_sheets.push_back(sheet_name(p.id + " " + p.name, taken));

        write_summary(add_sheet(summary));
        for (std::size_t i = 0; i < report_.projects.size(); ++i)
            write_form(add_sheet(project_sheets[i]), report_.projects[i]);
        write_findings(add_sheet(findings));

        const lxw_error closed = workbook_close(book_);
        book_ = nullptr;
        if (closed != LXW_NO_ERROR) fail(closed);
    }

private:
    [[noreturn]] void fail(lxw_error e) const {
        throw error({"无法写入 Excel 文件 " + shown_path_ + "：" + lxw_strerror(e),
                     "cannot write the Excel file " + shown_path_ + ": " + lxw_strerror(e)},
                    location{shown_path_, 0, 0, {}});
    }
    void check(lxw_error e) const {
        if (e != LXW_NO_ERROR) fail(e);
    }

    lxw_worksheet* add_sheet(const std::string& name) {
        lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
        if (!sheet) fail(LXW_ERROR_SHEETNAME_ALREADY_USED);
        return sheet;
    }

    // ---- formats ----

    // The number format that shows exactly the places of `number`: "#,##0.00", "0.00%", "0".
    static std::string number_format(const cell& c, std::string_view number) {
        const std::size_t point = number.find('.');
        std::size_t places = point == std::string_view::npos ? 0 : number.size() - point - 1;
        if (c.kind == cell_kind::percent) places = places >= 2 ? places - 2 : 0;
        std::string f = c.kind == cell_kind::wan ? "#,##0" : "0";
        if (places > 0) f += "." + std::string(places, '0');
        if (c.kind == cell_kind::percent) f += "%";
        return f;
    }

    lxw_format* format(grid_style style, const std::string& number_format = {}) {
        const std::string key = std::to_string(static_cast<int>(style)) + "|" + number_format;
        if (auto it = formats_.find(key); it != formats_.end()) return it->second;
        lxw_format* f = workbook_add_format(book_);
        format_set_font_name(f, "宋体");
        format_set_font_size(f, 11);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        switch (style) {
        case grid_style::title:
            format_set_bold(f);
            format_set_font_size(f, 16);
            format_set_align(f, LXW_ALIGN_CENTER);
            break;
        case grid_style::subtitle: format_set_align(f, LXW_ALIGN_CENTER); break;
        case grid_style::header:
            format_set_bold(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_text_wrap(f);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_bg_color(f, 0xF1F1F1);
            break;
        case grid_style::label:
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_text_wrap(f);
            format_set_border(f, LXW_BORDER_THIN);
            break;
        case grid_style::text:
            format_set_align(f, LXW_ALIGN_LEFT);
            format_set_text_wrap(f);
            format_set_border(f, LXW_BORDER_THIN);
            break;
        case grid_style::number:
            format_set_align(f, LXW_ALIGN_RIGHT);
            format_set_border(f, LXW_BORDER_THIN);
            if (!number_format.empty()) format_set_num_format(f, number_format.c_str());
            break;
        case grid_style::note:
            format_set_font_size(f, 9);
            format_set_align(f, LXW_ALIGN_LEFT);
            format_set_text_wrap(f);
            break;
        }
        formats_.emplace(key, f);
        return f;
    }

    // ---- cells ----

    // Writes one cell (merged when it spans), a figure as a number when it can be one.
    void put(lxw_worksheet* sheet, std::size_t row, std::size_t col, std::size_t rows, std::size_t cols, const cell& c,
             grid_style style) {
        const auto r = static_cast<lxw_row_t>(row);
        const auto k = static_cast<lxw_col_t>(col);
        std::optional<double> number;
        std::string number_text;
        if (c.has_number()) {
            number_text = c.kind == cell_kind::percent ? percent_to_fraction(c.number) : c.number;
            number = excel_number(number_text);
        }
        // A figure too long for a double is written as text, right-aligned like the numbers.
        lxw_format* f = number ? format(grid_style::number, number_format(c, number_text))
                               : format(c.has_number() ? grid_style::number : style);
        // Only characters XML can hold, and no _xHHHH_ read back as another character.
        const std::string text = xml_text(c.text, replaced_);
        if (rows > 1 || cols > 1)
            check(worksheet_merge_range(sheet, r, k, static_cast<lxw_row_t>(row + rows - 1),
                                        static_cast<lxw_col_t>(col + cols - 1), number ? "" : text.c_str(), f));
        if (number) check(worksheet_write_number(sheet, r, k, *number, f));
        else if (rows == 1 && cols == 1) {
            if (text.empty()) check(worksheet_write_blank(sheet, r, k, f));
            else check(worksheet_write_string(sheet, r, k, text.c_str(), f));
        }
    }

    // Column widths in Excel's character units (a CJK character counts two),
    // from the widest single-column cell, within [min, max]; longer text wraps.
    static std::vector<double> widths(const std::vector<std::vector<std::string>>& columns, std::size_t min,
                                      std::size_t max) {
        std::vector<double> out;
        for (const auto& column : columns) {
            std::size_t w = min;
            for (const auto& text : column) {
                std::size_t start = 0;
                while (start <= text.size()) {
                    const std::size_t end = std::min(text.find('\n', start), text.size());
                    w = std::max(w, display_width(std::string_view(text).substr(start, end - start)) + 2);
                    start = end + 1;
                }
            }
            out.push_back(static_cast<double>(std::min(w, max)));
        }
        return out;
    }

    // Lines `text` takes in a cell `width` characters wide.
    static std::size_t lines(const std::string& text, double width) {
        const auto w = static_cast<std::size_t>(width > 2 ? width - 1 : 1);
        std::size_t n = 0, start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::size_t dw = display_width(std::string_view(text).substr(start, end - start));
            n += std::max<std::size_t>(1, (dw + w - 1) / w);
            start = end + 1;
        }
        return n;
    }

    void set_columns(lxw_worksheet* sheet, const std::vector<double>& widths) {
        for (std::size_t c = 0; c < widths.size(); ++c)
            check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr));
    }

    // Rows whose wrapped text needs more than one line get the height for it (Excel does not grow merged cells).
    void set_heights(lxw_worksheet* sheet, const std::vector<grid_cell>& cells, const std::vector<double>& widths) {
        std::map<std::size_t, std::size_t> needed;
        for (const auto& c : cells) {
            if (c.rows != 1 || c.content.has_number() || c.style == grid_style::title) continue;
            double width = 0;
            for (std::size_t k = c.col; k < c.col + c.cols && k < widths.size(); ++k) width += widths[k];
            needed[c.row] = std::max(needed[c.row], lines(c.content.text, width));
        }
        for (const auto& [row, n] : needed)
            if (n > 1) check(worksheet_set_row(sheet, static_cast<lxw_row_t>(row), 15.0 * static_cast<double>(n), nullptr));
    }

    void page_setup(lxw_worksheet* sheet) {
        worksheet_set_landscape(sheet);
        worksheet_set_paper(sheet, 9);  // A4
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_center_horizontally(sheet);
    }

    // ---- sheets ----

    void write_form(lxw_worksheet* sheet, const project_form& p) {
        const form_grid grid = grid_of(p, report_);
        std::vector<std::vector<std::string>> columns(form_grid::columns);
        for (const auto& c : grid.cells)
            if (c.cols == 1 && c.style != grid_style::note) columns[c.col].push_back(c.content.text);
        std::vector<double> w = widths(columns, 8, 30);
        w[0] = std::min(w[0], 12.0);  // block labels wrap: 项目资金 / （万元）
        w[8] = std::max(w[8], 24.0);  // room for the deviation reason
        set_columns(sheet, w);
        for (const auto& c : grid.cells) put(sheet, c.row, c.col, c.rows, c.cols, c.content, c.style);
        check(worksheet_set_row(sheet, 0, 27, nullptr));
        set_heights(sheet, grid.cells, w);
        page_setup(sheet);
    }

    void write_table(lxw_worksheet* sheet, const std::vector<std::string>& headings,
                     const std::vector<std::vector<cell>>& rows) {
        std::vector<std::vector<std::string>> columns(headings.size());
        for (std::size_t c = 0; c < headings.size(); ++c) {
            put(sheet, 0, c, 1, 1, text_cell(headings[c]), grid_style::header);
            columns[c].push_back(headings[c]);
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                put(sheet, r + 1, c, 1, 1, rows[r][c], grid_style::text);
                columns[c].push_back(rows[r][c].text);
            }
        set_columns(sheet, widths(columns, 6, 50));
        worksheet_freeze_panes(sheet, 1, 0);
        page_setup(sheet);
    }

    void write_summary(lxw_worksheet* sheet) {
        const form_labels& l = labels_;
        std::vector<std::vector<cell>> rows;
        const auto counts = [](const std::vector<finding>& findings) {
            evaluation_summary s;
            for (const auto& f : findings) s.count(f);
            return s;
        };
        for (const auto& p : report_.projects) {
            const evaluation_summary s = counts(p.findings);
            const funds_row& total = p.funds.front();
            rows.push_back({text_cell(p.id), text_cell(p.name), total.adjusted, total.used, total.rate, total.score,
                            p.total_score, text_cell(p.grade), count_cell(s.errors), count_cell(s.warnings),
                            count_cell(s.infos)});
        }
        const evaluation_summary d = counts(report_.findings);
        rows.push_back({text_cell(l.document_level), text_cell(""), text_cell(""), text_cell(""), text_cell(""),
                        text_cell(""), text_cell(""), text_cell(""), count_cell(d.errors), count_cell(d.warnings),
                        count_cell(d.infos)});
        const auto& s = report_.summary;
        rows.push_back({text_cell(fmt::format(fmt::runtime(l.all_projects), s.projects)), text_cell(""), text_cell(""),
                        text_cell(""), text_cell(""), text_cell(""), text_cell(""), text_cell(""),
                        count_cell(s.errors), count_cell(s.warnings), count_cell(s.infos)});
        write_table(sheet, {l.project_id, l.project_name, l.budget_wan, l.used_wan, l.rate, l.execution_score, l.total,
                            l.grade, l.errors, l.warnings, l.infos},
                    rows);
    }

    void write_findings(lxw_worksheet* sheet) {
        const form_labels& l = labels_;
        const language lang = report_.lang;
        std::vector<std::vector<cell>> rows;
        const auto add = [&](const std::string& id, const std::string& name, const finding& f) {
            rows.push_back({text_cell(id), text_cell(name), text_cell(severity_word(f.severity, lang)),
                            text_cell(f.rule), text_cell(f.path), text_cell(f.expected.value_or("")),
                            text_cell(f.actual.value_or("")), text_cell(f.difference.value_or("")),
                            text_cell(f.message.in(lang))});
        };
        for (const auto& p : report_.projects)
            for (const auto& f : p.findings) add(p.id, p.name, f);
        for (const auto& f : report_.findings) add(l.document_level, "", f);
        write_table(sheet, {l.project_id, l.project_name, l.severity, l.rule, l.path, l.expected, l.found,
                            l.difference, l.message},
                    rows);
        if (!rows.empty()) check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows.size()), 8));
    }

    const report_form& report_;
    const form_labels& labels_;
    std::string shown_path_;
    lxw_workbook* book_ = nullptr;
    std::map<std::string, lxw_format*> formats_;

public:
    std::size_t replaced_ = 0;  // characters XML cannot hold, replaced by U+FFFD
};

}  // namespace
}  // namespace detail

namespace detail {

std::size_t write_workbook(const document& doc, const evaluation& result, language lang, const std::string& path,
                           const std::string& shown_path) {
    const report_form report = build_report(doc, result, lang);
    workbook_writer writer(report, path, shown_path);
    writer.write();
    return writer.replaced_;
}

}  // namespace detail

std::size_t write_xlsx(const document& doc, const evaluation& result, language lang, const std::string& path) {
    // Written beside the target, under a short name (any target name fits the
    // system's limit), and renamed over it when complete: a failure leaves
    // nothing half-written.
    const std::filesystem::path target(path);
    std::random_device random;
    const std::string partial =
        (target.parent_path() / (".jixiao-" + std::to_string(random()) + ".partial")).string();
    try {
        const std::size_t replaced = detail::write_workbook(doc, result, lang, partial, path);
        std::filesystem::rename(partial, path);
        return replaced;
    } catch (const std::filesystem::filesystem_error& e) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw error({"无法写入 Excel 文件 " + path + "：" + e.code().message(),
                     "cannot write the Excel file " + path + ": " + e.code().message()},
                    location{path, 0, 0, {}});
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

}  // namespace jixiao
