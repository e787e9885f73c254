// The Excel workbook: a 汇总 sheet, one sheet per project laid out like the
// printed 自评表 (the grid of render_grid.hpp: merged cells, borders, number
// formats, column widths for Chinese text, row heights for wrapped text; A4 one
// page wide, the indicator headings repeated on every page, page numbers in the
// footer; the print area is the form alone, with the grade, cost sharing and
// notes below it), and a 问题清单 sheet. Written with libxlsxwriter.
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
#include <functional>
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

        lxw_worksheet* summary_sheet = add_sheet(summary);
        for (std::size_t i = 0; i < report_.projects.size(); ++i)
            write_form(add_sheet(project_sheets[i]), quoted_sheet(project_sheets[i]), report_.projects[i]);
        write_summary(summary_sheet);
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

    // A sheet name as a formula names it: quoted when it holds anything but letters and digits.
    static std::string quoted_sheet(const std::string& name) {
        std::string out = "'";
        for (const char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
        return out + "'";
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

    lxw_format* format(grid_style style, const std::string& number_format = {}, bool flagged = false) {
        const std::string key = std::to_string(static_cast<int>(style)) + "|" + number_format + (flagged ? "|!" : "");
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
        case grid_style::code:
            format_set_font_size(f, 10);
            format_set_align(f, LXW_ALIGN_LEFT);
            break;
        case grid_style::signature:
            format_set_align(f, LXW_ALIGN_LEFT);
            format_set_text_wrap(f);
            break;
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
        }
        if (flagged) format_set_bg_color(f, 0xFDE2C4);  // the cells a finding concerns
        formats_.emplace(key, f);
        return f;
    }

    // ---- cells ----

    // Writes one cell (merged when it spans), a figure as a number when it can be one.
    void put(lxw_worksheet* sheet, std::size_t row, std::size_t col, std::size_t rows, std::size_t cols, const cell& c,
             grid_style style, bool flagged = false) {
        const auto r = static_cast<lxw_row_t>(row);
        const auto k = static_cast<lxw_col_t>(col);
        std::optional<double> number;
        std::string number_text;
        if (c.has_number()) {
            number_text = c.kind == cell_kind::percent ? percent_to_fraction(c.number) : c.number;
            number = excel_number(number_text);
        }
        // A figure too long for a double is written as text, right-aligned like the numbers.
        lxw_format* f = number ? format(grid_style::number, number_format(c, number_text), flagged)
                               : format(c.has_number() ? grid_style::number : style, {}, flagged);
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

    // The width `text` wants, in Excel's character units (a CJK character counts
    // two): its widest line and a margin.
    static std::size_t wanted_width(std::string_view text) {
        std::size_t w = 0, start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            w = std::max(w, display_width(text.substr(start, end - start)) + 2);
            start = end + 1;
        }
        return w;
    }

    // Column widths (characters, as libxlsxwriter takes them) from each column's widest
    // cell, at most `max`; longer text wraps.
    static std::vector<double> capped(const std::vector<std::size_t>& widest, std::size_t max) {
        std::vector<double> out;
        for (const std::size_t w : widest) out.push_back(static_cast<double>(std::min(w, max)));
        return out;
    }

    // Column widths from the widest single-column cell, within [min, max].
    static std::vector<double> widths(const std::vector<std::vector<std::string>>& columns, std::size_t min,
                                      std::size_t max) {
        std::vector<std::size_t> widest;
        for (const auto& column : columns) {
            std::size_t w = min;
            for (const auto& text : column) w = std::max(w, wanted_width(text));
            widest.push_back(w);
        }
        return capped(widest, max);
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
            if (c.content.has_number() || c.style == grid_style::title) continue;
            if (c.rows != 1) {
                // A cell merged down several rows: its lines shared among them.
                double width = 0;
                for (std::size_t k = c.col; k < c.col + c.cols && k < widths.size(); ++k) width += widths[k];
                const std::size_t each = (lines(c.content.text, width) + c.rows - 1) / c.rows;
                for (std::size_t r = c.row; r < c.row + c.rows; ++r) needed[r] = std::max(needed[r], each);
                continue;
            }
            double width = 0;
            for (std::size_t k = c.col; k < c.col + c.cols && k < widths.size(); ++k) width += widths[k];
            needed[c.row] = std::max(needed[c.row], lines(c.content.text, width));
        }
        for (const auto& [row, n] : needed)
            if (n > 1) check(worksheet_set_row(sheet, static_cast<lxw_row_t>(row), 15.0 * static_cast<double>(n), nullptr));
    }

    // A4, one page wide, as many pages tall as it takes, numbered in the footer.
    void page_setup(lxw_worksheet* sheet, bool landscape) {
        if (landscape) worksheet_set_landscape(sheet);
        else worksheet_set_portrait(sheet);
        worksheet_set_paper(sheet, 9);  // A4
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_center_horizontally(sheet);
        worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
        check(worksheet_set_footer(sheet, report_.lang == language::zh ? "&C第 &P 页，共 &N 页" : "&CPage &P of &N"));
    }

    // "H13": a cell's name in A1 notation.
    static std::string cell_name(std::size_t row, std::size_t col) {
        std::string letters;
        for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
        return letters + std::to_string(row + 1);
    }

    // ---- sheets ----

    // The form on its own, as the print area; below it, outside the print area,
    // the grade, the cost sharing and the notes. The cells a finding concerns are
    // filled and carry the finding as a comment; places_ keeps the cell for the
    // 问题清单 sheet.
    void write_form(lxw_worksheet* sheet, const std::string& sheet_ref, const project_form& p) {
        const form_grid grid = grid_of(p, report_);
        const std::size_t width = grid.columns;
        std::vector<std::vector<std::string>> columns(width);
        for (const auto& c : grid.cells)
            if (c.cols == 1 && c.style != grid_style::signature && c.style != grid_style::code)
                columns[c.col].push_back(c.content.text);
        std::vector<double> w = widths(columns, 8, 30);
        w[0] = std::min(w[0], 12.0);                      // block labels wrap: 项目资金 / （万元）
        w[width - 1] = std::max(w[width - 1], 24.0);  // room for the reasons
        set_columns(sheet, w);

        std::map<grid_ref, std::string> comments;
        for (const auto& f : p.findings) {
            const form_place place = place_of(f, p, report_);
            const auto at = cell_of(grid, place);
            places_.push_back(at ? sheet_ref + "!" + cell_name(at->first, at->second) + " " + place.label : place.label);
            if (!at) continue;
            std::string& text = comments[*at];
            text += (text.empty() ? "" : "\n") + f.rule + " " + severity_word(f.severity, report_.lang) + "：" +
                    f.message.in(report_.lang);
        }
        for (const auto& c : grid.cells)
            put(sheet, c.row, c.col, c.rows, c.cols, c.content, c.style, comments.count({c.row, c.col}) != 0);
        for (const auto& [at, text] : comments) {
            lxw_comment_options options{};
            options.width = 360;
            options.height = 120;
            // A comment is XML text too: only characters XML can hold, and no _xHHHH_ read as another.
            const std::string safe = xml_text(text, replaced_);
            check(worksheet_write_comment_opt(sheet, static_cast<lxw_row_t>(at.first), static_cast<lxw_col_t>(at.second),
                                              safe.c_str(), &options));
        }
        set_heights(sheet, grid.cells, w);
        for (const auto& c : grid.cells)
            if (c.style == grid_style::title) check(worksheet_set_row(sheet, static_cast<lxw_row_t>(c.row), 27, nullptr));

        // Beside the form, below its print area.
        const form_labels& l = labels_;
        std::vector<grid_cell> below;
        std::size_t r = grid.rows + 1;
        const std::string colon = report_.lang == language::zh ? "：" : ": ";
        below.push_back({r++, 0, 1, width, text_cell(std::string(l.grade) + colon + p.grade), grid_style::signature});
        if (p.cost_sharing) {
            ++r;
            below.push_back({r++, 0, 1, width, text_cell(std::string(l.cost_sharing) + colon + p.cost_sharing->policy),
                             grid_style::signature});
            below.push_back({r, 0, 1, 2, text_cell(l.level), grid_style::header});
            below.push_back({r, 2, 1, 2, text_cell(l.expected_share), grid_style::header});
            below.push_back({r, 4, 1, 2, text_cell(l.reported_share), grid_style::header});
            below.push_back({r++, 6, 1, 2, text_cell(l.difference), grid_style::header});
            for (const auto& row : p.cost_sharing->rows) {
                below.push_back({r, 0, 1, 2, text_cell(row.level), grid_style::label});
                below.push_back({r, 2, 1, 2, row.expected, grid_style::number});
                below.push_back({r, 4, 1, 2, row.reported, grid_style::number});
                below.push_back({r++, 6, 1, 2, row.difference, grid_style::number});
            }
        }
        ++r;
        for (std::size_t i = 0; i < p.notes.size(); ++i)
            below.push_back({r++, 0, 1, width,
                             text_cell((i == 0 ? std::string(l.notes) + colon : std::string()) + std::to_string(i + 1) +
                                       ". " + p.notes[i]),
                             grid_style::signature});
        for (const auto& c : below) put(sheet, c.row, c.col, c.rows, c.cols, c.content, c.style);
        set_heights(sheet, below, w);

        check(worksheet_print_area(sheet, 0, 0, static_cast<lxw_row_t>(grid.rows - 1), static_cast<lxw_col_t>(width - 1)));
        if (grid.indicator_header)
            check(worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(*grid.indicator_header),
                                        static_cast<lxw_row_t>(*grid.indicator_header)));
        page_setup(sheet, false);
    }

    // A table under `top` lines of title: headings (repeated on every printed
    // page), then `count` rows, each made by `row(r)` when it is needed — once for
    // the column widths, once to be written — so that a table of 20 000 findings is
    // never held twice over; row heights fit their wrapped text.
    void write_table(lxw_worksheet* sheet, const std::vector<std::string>& top, const std::vector<std::string>& headings,
                     std::size_t count, const std::function<std::vector<cell>(std::size_t)>& row, std::size_t min,
                     std::size_t max) {
        const std::size_t first = top.empty() ? 0 : top.size() + 1;
        std::vector<std::size_t> widest(headings.size(), min);  // as widths() measures, a row at a time
        const auto measure = [&](std::size_t c, const std::string& text) { widest[c] = std::max(widest[c], wanted_width(text)); };
        for (std::size_t c = 0; c < headings.size(); ++c) measure(c, headings[c]);
        for (std::size_t r = 0; r < count; ++r) {
            const std::vector<cell> cells = row(r);
            for (std::size_t c = 0; c < cells.size() && c < widest.size(); ++c) measure(c, cells[c].text);
        }
        const std::vector<double> w = capped(widest, max);
        set_columns(sheet, w);
        std::vector<grid_cell> heads;
        for (std::size_t i = 0; i < top.size(); ++i)
            heads.push_back({i, 0, 1, headings.size(), text_cell(top[i]), i == 0 ? grid_style::title : grid_style::subtitle});
        for (std::size_t c = 0; c < headings.size(); ++c)
            heads.push_back({first, c, 1, 1, text_cell(headings[c]), grid_style::header});
        for (const auto& c : heads) put(sheet, c.row, c.col, c.rows, c.cols, c.content, c.style);
        set_heights(sheet, heads, w);
        std::vector<grid_cell> line;
        for (std::size_t r = 0; r < count; ++r) {
            line.clear();
            std::vector<cell> cells = row(r);
            for (std::size_t c = 0; c < cells.size(); ++c)
                line.push_back({first + 1 + r, c, 1, 1, std::move(cells[c]), grid_style::text});
            for (const auto& c : line) put(sheet, c.row, c.col, c.rows, c.cols, c.content, c.style);
            set_heights(sheet, line, w);
        }
        if (!top.empty()) check(worksheet_set_row(sheet, 0, 27, nullptr));
        worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(first + 1), 0);
        check(worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(first), static_cast<lxw_row_t>(first)));
        page_setup(sheet, true);
    }

    // 汇总: title, unit and year; per project its money (万元), rate, scores and
    // counts of findings; the document's findings; and the totals of money and counts.
    void write_summary(lxw_worksheet* sheet) {
        const form_labels& l = labels_;
        const bool zh = report_.lang == language::zh;
        std::vector<std::vector<cell>> rows;
        const auto counts = [](const std::vector<finding>& findings) {
            evaluation_summary s;
            for (const auto& f : findings) s.count(f);
            return s;
        };
        money budget, used, carried;
        for (const auto& p : report_.projects) {
            const evaluation_summary s = counts(p.findings);
            const funds_row& total = p.funds.front();
            budget += p.exact_funds.budget;
            used += p.exact_funds.used;
            carried += p.exact_funds.carried_forward;
            rows.push_back({text_cell(p.id), text_cell(p.name), total.adjusted, total.used,
                            wan_cell(p.exact_funds.carried_forward), total.rate, total.score, p.total_score,
                            text_cell(p.grade), count_cell(s.errors), count_cell(s.warnings), count_cell(s.infos)});
        }
        const evaluation_summary d = counts(report_.findings);
        rows.push_back({text_cell(l.document_level), text_cell(""), text_cell(""), text_cell(""), text_cell(""),
                        text_cell(""), text_cell(""), text_cell(""), text_cell(""), count_cell(d.errors),
                        count_cell(d.warnings), count_cell(d.infos)});
        const auto& s = report_.summary;
        rows.push_back({text_cell(fmt::format(fmt::runtime(l.all_projects), s.projects)), text_cell(""),
                        wan_cell(budget), wan_cell(used), wan_cell(carried), text_cell(""), text_cell(""), text_cell(""),
                        text_cell(""), count_cell(s.errors), count_cell(s.warnings), count_cell(s.infos)});
        const std::string year = std::to_string(report_.fiscal_year);
        std::vector<std::string> top{zh ? year + "年度项目支出绩效自评汇总" : "Project expenditure performance self-evaluation summary, " + year,
                                     (zh ? "单位：" : "Unit: ") + (report_.unit.empty() ? std::string() : report_.unit) +
                                         (zh ? "    年度：" + year + "    金额单位：万元"
                                             : "    Year: " + year + "    Amounts in 10,000 yuan")};
        write_table(sheet, top,
                    {l.project_id, l.project_name, l.budget_wan, l.used_wan, l.carried_wan, l.rate, l.execution_score,
                     l.total, l.grade, l.errors, l.warnings, l.infos},
                    rows.size(), [&](std::size_t r) { return rows[r]; }, 6, 40);
    }

    // 问题清单: every finding in the clerk's words (级别 in words, the sheet and
    // cell of the form, amounts with their 万元), and its JSON path for tool users.
    void write_findings(lxw_worksheet* sheet) {
        const form_labels& l = labels_;
        const language lang = report_.lang;
        // Finding k of the projects, then of the document: (project, finding).
        std::vector<std::pair<const project_form*, const finding*>> all;
        for (const auto& p : report_.projects)
            for (const auto& f : p.findings) all.emplace_back(&p, &f);
        for (const auto& f : report_.findings) all.emplace_back(nullptr, &f);
        const auto row = [&](std::size_t k) -> std::vector<cell> {
            const auto [p, f] = all[k];
            const std::string place = p && k < places_.size() ? places_[k] : std::string();
            return {text_cell(p ? p->id : std::string(l.document_level)), text_cell(p ? p->name : std::string()),
                    text_cell(severity_word(f->severity, lang)), text_cell(f->rule), text_cell(place),
                    text_cell(clerk_figure(*f, f->expected, lang)), text_cell(clerk_figure(*f, f->actual, lang)),
                    text_cell(clerk_figure(*f, f->difference, lang)), text_cell(f->message.in(lang)),
                    text_cell(f->where.to_string())};
        };
        write_table(sheet, {},
                    {l.project_id, l.project_name, l.severity, l.rule, l.form_place, l.expected, l.found, l.difference,
                     l.message, l.json_path},
                    all.size(), row, 6, 50);
        if (!all.empty()) check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(all.size()), 9));
    }

    const report_form& report_;
    const form_labels& labels_;
    std::string shown_path_;
    lxw_workbook* book_ = nullptr;
    std::map<std::string, lxw_format*> formats_;
    std::vector<std::string> places_;  // per finding of the projects, in order: where it is on the form

public:
    std::size_t replaced_ = 0;  // characters XML cannot hold, replaced by U+FFFD
};

}  // namespace
}  // namespace detail

namespace detail {

workbook_size size_of_workbook(const report_form& report) {
    constexpr std::uint64_t summary_columns = 12, findings_columns = 10, below_form = 16;
    workbook_size size;
    size.cells = (report.projects.size() + 8) * summary_columns + (report.findings.size() + 1) * findings_columns;
    for (const auto& p : report.projects) {
        size.cells += grid_places(p, report) + below_form + p.notes.size() + p.findings.size() * findings_columns;
        size.comments += p.findings.size();
    }
    return size;
}

std::size_t write_workbook(const evaluated& e, const render_options& options, const std::string& path,
                           const std::string& shown_path, std::uint64_t max_bytes) {
    const report_form report = build_report(e, options.lang, options.form);
    if (const workbook_size size = size_of_workbook(report); max_bytes != 0 && size.bytes() > max_bytes) {
        constexpr std::uint64_t mib = std::uint64_t{1} << 20;
        const std::string need = std::to_string((size.bytes() + mib - 1) / mib), allowed = std::to_string(max_bytes / mib),
                          cells = std::to_string(size.cells);
        throw error({"--format xlsx 的工作簿（" + cells + " 个单元格）写出前整个留在内存中，约需 " + need +
                         " MiB，超过这份输入允许的 " + allowed + " MiB；请改用 --format csv 或 html",
                     "--format xlsx: the workbook (" + cells + " cells) is held in memory until it is written, about " +
                         need + " MiB, more than the " + allowed + " MiB this input allows; use --format csv or html instead"},
                    location{shown_path, 0, 0, {}});
    }
    workbook_writer writer(report, path, shown_path);
    writer.write();
    return writer.replaced_;
}

}  // namespace detail

std::size_t write_xlsx(const evaluated& e, const std::string& path, const render_options& options) {
    // Written beside the target, under a short name (any target name fits the
    // system's limit), and renamed over it when complete: a failure leaves
    // nothing half-written.
    const std::filesystem::path target(path);
    std::random_device random;
    const std::string partial =
        (target.parent_path() / (".jixiao-" + std::to_string(random()) + ".partial")).string();
    try {
        const std::size_t replaced = detail::write_workbook(e, options, partial, path);
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
