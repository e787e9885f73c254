// Reading a self-evaluation form flattened into text (text_forms.hpp).
#include "ingest/text_forms.hpp"

#include "ingest/book.hpp"
#include "ingest/form_cells.hpp"
#include "ingest/glued_cells.hpp"
#include "ingest/printed_value.hpp"
#include "ingest/reading.hpp"
#include "ingest/report_text_rules.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/detail/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

namespace jixiao::ingest {
// (Named, so that a unity build's batch with the other readers' helpers stays unambiguous.)
namespace text_form {
namespace {

struct form_cell {
    std::string text;  // as printed, ends trimmed
    std::string key;   // spaces removed, full-width brackets and colons folded, no colon at the end: for labels
    std::size_t line = 0;
};

std::string key_of(std::string_view text) {
    std::string k = folded_punctuation(without_spaces(text));
    while (k.ends_with(':')) k.pop_back();
    return k;
}

// The words of a cell, split at runs of spaces: a form whose cells were joined by spaces
// into one line (項目名称 委托业务项目 主管部门 … 年度资金总额: 90 90 89.974 10 …).
void push_words(std::vector<form_cell>& cells, std::string_view text, std::size_t line) {
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) cells.push_back({word, key_of(word), line});
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == ' ' || text[i] == '\t') { flush(); ++i; continue; }
        if (text.substr(i).starts_with("\u3000")) { flush(); i += 3; continue; }
        word += text[i++];
    }
    flush();
}

// How a form's cells were copied into text.
enum class cell_marks {
    bars,   // between '|', or a line a cell
    words,  // joined by spaces
    glued,  // run together: split at the form's labels (glued_cells.hpp)
};

// gap: an empty heading cell between two headings (a merged cell copied as two), whose
// cell in each row is empty too.
enum class column { initial, adjusted, used, rate, weight, score, reason, gap, surplus };

std::optional<column> column_of(const std::string& key) {
    // (得分(20分*执行率): the score, which its formula names the rate in; 自评得分, and 执行率权重 ·
    // 执行率得分 in Chongqing's form, which names the rate's weight and score after it.)
    if (key.starts_with("得分") || key.ends_with("得分")) return column::score;
    if (key.ends_with("权重") || key == "分值" || key == "权重分值") return column::weight;
    if (key.find("执行率") != std::string::npos) return column::rate;
    if (key.starts_with("全年(调整)预算")) return column::adjusted;
    if (key.starts_with("年初预算")) return column::initial;
    // Fujian's department-wide form: 年初部门预算安排金额① · 年中调整金额② · 小计 · 年度拨付金额 ·
    // 支出实现率⑤ · 本年度结余金额⑥ · 资金结余率⑦ (③ = ① + ②, the year's budget; ④ what was paid out).
    if (key.starts_with("年初部门预算安排")) return column::initial;
    if (key == "小计") return column::adjusted;
    if (key.starts_with("年度拨付金额")) return column::used;
    if (key.starts_with("支出实现率")) return column::rate;
    if (key.starts_with("本年度结余金额")) return column::surplus;
    if (key.starts_with("年中调整金额") || key.starts_with("资金结余率")) return column::gap;
    if (key.starts_with("全年预算数") || key.starts_with("调整后预算") || key.starts_with("调整预算")) return column::adjusted;
    if (key.starts_with("全年执行数") || key.starts_with("预算执行数") || key.starts_with("执行数")) return column::used;
    // 预算数(A) · 执行数(B): a Hubei form's headings.
    if (key.starts_with("预算数")) return column::adjusted;
    // Hunan's department-wide form: 年初预算资金总额 · 实际投入资金额 · 产生差异的原因.
    if (key.starts_with("实际投入资金")) return column::used;
    if (key == "原因" || key.starts_with("偏差原因") || key == "产生差异的原因") return column::reason;
    return std::nullopt;
}

// Four digits: a year printed as a word of its own (2021 年度).
bool is_year_word(const std::string& key) {
    return key.size() == 4 && std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// 年初 | 预算数, 全年 | 执行数, 年初预算 | 数: a heading a word processor broke over two cells is one;
// so is 2021 | 年度).
std::vector<form_cell> join_split_headings(std::vector<form_cell> cells) {
    std::vector<form_cell> out;
    out.reserve(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const bool split_before = (cells[i].key == "年初" || cells[i].key == "全年") && i + 1 < cells.size() &&
                                  (cells[i + 1].key.starts_with("预算数") || cells[i + 1].key.starts_with("执行数"));
        // 年初预算 | 数: broken before its last character.
        const bool split_last = (cells[i].key == "年初预算" || cells[i].key == "全年预算" || cells[i].key == "全年执行") &&
                                i + 1 < cells.size() && cells[i + 1].key == "数";
        // ( 2021 年度): a year spaced off its 年度 in a copy read word by word.
        const bool split_year = is_year_word(cells[i].key) && i + 1 < cells.size() && cells[i + 1].key.starts_with("年度");
        // 执行率(全年 | 执行数/全年 | 预算数): a heading's bracket read word by word is the heading's.
        if (cells[i].key.find('(') != std::string::npos && cells[i].key.find(')') == std::string::npos &&
            column_of(cells[i].key)) {
            std::size_t close = i + 1;
            while (close < cells.size() && close < i + 5 && cells[close].key.find(')') == std::string::npos) ++close;
            if (close < cells.size() && close < i + 5) {
                std::string text = cells[i].text;
                for (std::size_t k = i + 1; k <= close; ++k) text += cells[k].text;
                out.push_back({text, key_of(text), cells[i].line});
                i = close;
                continue;
            }
        }
        if (split_before || split_last || split_year) {
            const std::string text = cells[i].text + cells[i + 1].text;
            out.push_back({text, key_of(text), cells[i].line});
            ++i;
            continue;
        }
        out.push_back(std::move(cells[i]));
    }
    return out;
}

// Every cell in reading order: the cells of a line between '|' (blank ones inside a row
// kept, the blank ones a row ends with dropped), or a line without '|' as one cell. By
// words, every word is a cell (blank cells are then lost); glued, each of those cells is
// split at the form's labels.
std::vector<form_cell> cells_of(const std::vector<text_line>& lines, cell_marks marks = cell_marks::bars) {
    std::vector<form_cell> cells;
    std::size_t glued_rows_left = 256;  // runs of figures split (unglue_cells)
    for (const auto& l : lines) {
        const std::string text = to_utf8(l.text);
        if (marks == cell_marks::glued) {
            for (std::size_t from = 0; from <= text.size();) {
                const auto bar = std::min(text.find('|', from), text.size());
                for (auto& c : unglue_cells(trimmed(std::string_view(text).substr(from, bar - from)), glued_rows_left))
                    cells.push_back({c, key_of(c), l.number});
                from = bar + 1;
            }
            continue;
        }
        if (marks == cell_marks::words) {
            for (std::size_t from = 0; from <= text.size();) {
                const auto bar = std::min(text.find('|', from), text.size());
                push_words(cells, std::string_view(text).substr(from, bar - from), l.number);
                from = bar + 1;
            }
            continue;
        }
        if (text.find('|') == std::string::npos) {
            if (!text.empty()) cells.push_back({text, key_of(text), l.number});
            continue;
        }
        std::vector<std::string> row;
        for (std::size_t from = 0;;) {
            const auto bar = text.find('|', from);
            row.push_back(trimmed(std::string_view(text).substr(from, bar == std::string::npos ? std::string::npos : bar - from)));
            if (bar == std::string::npos) break;
            from = bar + 1;
        }
        while (!row.empty() && row.back().empty()) row.pop_back();
        for (auto& c : row) cells.push_back({c, key_of(c), l.number});
    }
    return join_split_headings(std::move(cells));
}


bool is_form_start(const std::string& key) {
    // 转移(项目)名称: a county's copy of the transfer form that lost 支付.
    // (预算部门、单位名称, 部门(单位)名称: the department-wide form, 部门整体支出绩效自评表, whose funds rows are
    // the project form's.)
    return key == "项目名称" || key == "转移支付(项目)名称" || key == "转移支付项目名称" || key == "转移(项目)名称" ||
           key == "专项(项目)名称" || key == "专项名称" || key == "预算部门、单位名称" || key == "部门(单位)名称" ||
           // (一级预算单位名称: Hunan's department-wide form; a mirror's copy may lose its first character.)
           key == "一级预算单位名称" || key == "级预算单位名称";
}
bool is_total_label(std::string key) {
    // (年度资金总额（万元）: the unit on the total row's label instead of the funds block's heading.)
    for (std::string_view unit : {"(万元)", "(元)"})
        if (key.ends_with(unit)) key.resize(key.size() - unit.size());
    // (年度总金额: Chongqing's department-wide form.)
    return key == "年度资金总额" || key == "总额" || key == "资金总额" || key == "年度财政资金总额" || key == "财政资金小计" ||
           key == "年度总金额";
}

// A figure cell of the total row: blank (or a dash), an amount, a percentage, a number.
struct figure {
    bool blank = false;
    std::string number;     // folded decimal text, separators removed
    std::string unit;       // 万元, 万, 元 or empty
    bool percent = false;
};

std::optional<figure> figure_of(const form_cell& c) {
    figure f;
    if (is_no_figure(c.key)) {
        f.blank = true;
        return f;
    }
    const auto folded = detail::fold_number_text(c.key);
    if (!folded) return std::nullopt;
    std::string t = *folded;
    if (t.ends_with('%')) {
        f.percent = true;
        t.pop_back();
    } else {
        for (std::string_view u : {"万元", "万", "元"})
            if (t.ends_with(u)) {
                f.unit = std::string(u);
                t.resize(t.size() - u.size());
                break;
            }
    }
    // (7,00.0,77: commas that do not group the digits by three make no number; which one was meant cannot
    // be told.)
    if (t.find(',') != std::string::npos && !detail::parse_decimal(t, true)) return std::nullopt;
    std::string digits;
    bool any_digit = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char ch = t[i];
        if (ch >= '0' && ch <= '9') any_digit = true;
        else if (ch == ',') continue;
        else if (!(ch == '.' || (ch == '-' && i == 0))) return std::nullopt;
        digits += ch;
    }
    if (!any_digit) return std::nullopt;
    f.number = digits;
    return f;
}

// -5 where a form's amount is: amounts on a form are never below zero, and the JSON format takes
// none; the cell is left unread, said why.
std::string negative_note(const form_cell& c) {
    return "line " + std::to_string(c.line) + ": " + in_quotes(to_u32(c.text)) +
           " is negative, and an amount on the form never is: not read";
}

// The unit a label carries or the cell after it names, as an amount's suffix: 万 for
// 万元, 元 for 元, empty for none.
std::string unit_of(const std::string& key) {
    if (key == "元") return "元";
    const auto scale = scale_in(key);
    return !scale ? "" : *scale == money_scale::wan ? "万" : "元";
}

// 计划投资额(万元)110.00实际到位资金(万元)84.74: a label–value table whose cells a copy ran
// together. A label counts only with its unit in brackets and a figure right after it; each
// becomes two cells, the label with its unit and the figure, in the order of the text.
std::vector<form_cell> glued_label_cells(const std::vector<text_line>& lines, std::span<const std::string_view> labels) {
    std::vector<form_cell> out;
    for (const auto& l : lines) {
        const std::string key = key_of(to_utf8(l.text));
        std::vector<std::pair<std::size_t, form_cell>> found;
        for (const std::string_view label : labels) {
            for (auto at = key.find(label); at != std::string::npos; at = key.find(label, at + label.size())) {
                std::size_t k = at + label.size();
                std::string_view unit;
                for (std::string_view u : {"(万元)", "(元)"})
                    if (std::string_view(key).substr(k).starts_with(u)) unit = u;
                if (unit.empty()) continue;
                k += unit.size();
                std::size_t e = k;
                while (e < key.size() && ((key[e] >= '0' && key[e] <= '9') || key[e] == '.' || key[e] == ',')) ++e;
                if (e == k || key[k] < '0' || key[k] > '9') continue;
                const std::string figure = key.substr(k, e - k);
                found.push_back({at, form_cell{key.substr(at, k - at), key.substr(at, k - at), l.number}});
                found.push_back({k, form_cell{figure, figure, l.number}});
            }
        }
        std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& f : found) out.push_back(std::move(f.second));
    }
    return out;
}

// A row of the funds block: its label's text and figures, the cells of the figures
// under their headings, and the cell after it.
struct form_row {
    std::string text;
    std::vector<std::pair<column, std::size_t>> cells;
    std::size_t next = 0;
};

// The rows under the total row that name where the money came from.
bool is_source_label(std::string key) {
    if (key.starts_with("其中:")) key.erase(0, std::string_view("其中:").size());
    for (std::string_view label : {"本年财政拨款", "当年财政拨款", "财政拨款", "上年结转资金", "上年结转", "其他资金",
                                   "财政资金", "中央财政资金", "地方资金", "财政专户管理资金", "单位资金"})
        if (key == label) return true;
    return false;
}

struct read_form {
    project model;
    std::optional<int> year;
    std::string layout;
    std::size_t line = 0;
    std::optional<std::size_t> indicator_line;  // where its 一级指标 heading is: a table not read (JX-S009)
    std::vector<figure_source> provenance;  // paths below the project
};

class form_reading {
public:
    form_reading(const std::vector<form_cell>& cells, std::string_view source_name, std::vector<std::string>& notes)
        : cells_(cells), source_name_(source_name), notes_(notes), last_year_(cells.size() + 1) {
        // For each cell, the last year printed before it and where (one pass, however many forms).
        for (std::size_t i = 0; i < cells.size(); ++i) {
            last_year_[i + 1] = last_year_[i];
            if (const auto y = form_year_in(cells[i].key)) last_year_[i + 1] = std::pair{*y, i};
        }
    }

    // The form that starts at cells_[start] (its 项目名称) and ends before `end`.
    std::optional<read_form> read(std::size_t start, std::size_t end, std::size_t year_from) {
        if (cells_[start].key == "专项名称") return read_label_values(start, end, year_from, "sc-transfer-region");
        read_form f;
        f.line = cells_[start].line;
        auto name_at = next_filled(start + 1, end);
        if (!name_at) return std::nullopt;
        f.model.name = cells_[*name_at].text;
        // 项目名称 2020 年市级服务贸易发展资金: read word by word, a year spaced off the name it begins.
        if (is_year_word(cells_[*name_at].key) && *name_at + 1 < end && cells_[*name_at + 1].key.starts_with("年") &&
            !column_of(cells_[*name_at + 1].key)) {
            f.model.name += cells_[*name_at + 1].text;
            ++*name_at;
        }

        // The funds block: its first column heading, the headings after it, the total row's label.
        std::size_t h = *name_at + 1;
        while (h < end && !column_of(cells_[h].key)) ++h;
        // Sichuan's 项目绩效目标完成情况表 (2019): 预算执行情况(万元) | 预算数: | 312 | 执行数: | 312, a
        // label and its figure, as in the transfer form, not a heading over a column.
        if (h < end && labels_a_figure(h, end)) return read_label_values(start, end, year_from, "sc-goal-completion");
        if (h == end) {
            notes_.push_back("line " + std::to_string(f.line) + ": " + cells_[start].text + " " + in_quotes(to_u32(f.model.name)) +
                             " has no funds block (全年预算数, 全年执行数 …) after it: not read as a form");
            return std::nullopt;
        }
        std::vector<column> columns;
        std::size_t k = h;
        for (; k < end && (column_of(cells_[k].key) || cells_[k].key.empty()); ++k)
            if (const auto c = column_of(cells_[k].key)) columns.push_back(*c);
            else columns.push_back(column::gap);
        while (!columns.empty() && columns.back() == column::gap) columns.pop_back();
        std::size_t total = k;
        // (合计 | 236 | 236 under 年初预算资金总额: Hunan's department-wide form names its total row so; in a table of
        // projects 合计 heads the projects' sum, no form's.)
        const bool hunan_department = cells_[h].key.starts_with("年初预算资金总额");
        while (total < end && !is_total_label(cells_[total].key) && !(hunan_department && cells_[total].key == "合计")) ++total;
        // 年度财政 资金总额 … 预算数 (A) 执行数(B) … 285.84 285.84 100%: a form read word by word whose
        // total's label, a merged cell on the left, came before the headings; its figures follow them.
        if (total == end)
            for (std::size_t i = *name_at + 1; i < h; ++i)
                if (is_total_label(cells_[i].key)) total = i;
        if (total == end) {
            notes_.push_back("line " + std::to_string(cells_[h].line) + ": the funds block of " + in_quotes(to_u32(f.model.name)) +
                             " has no total row (年度资金总额, 总额): not read as a form");
            return std::nullopt;
        }
        // The money unit: the block's heading (项目资金（万元）, 年度预算数（万元）) or the figures' own.
        std::string block_unit;
        for (std::size_t i = *name_at; i <= total && block_unit.empty(); ++i) block_unit = unit_of(cells_[i].key);

        f.year = year_of(start, total, year_from, f);

        for (std::size_t i = *name_at + 1; i < h; ++i) {
            const auto& key = cells_[i].key;
            if (key != "主管部门" && !key.starts_with("实施单位") && key != "项目实施单位" && key != "资金使用单位") continue;
            auto value = next_filled(i + 1, h);
            // 实施单位 (盖章): the remark in brackets is not the name.
            while (value && cells_[*value].key.starts_with('(') && cells_[*value].key.ends_with(')'))
                value = next_filled(*value + 1, h);
            if (!value || column_of(cells_[*value].key)) continue;
            if (key == "主管部门" && !f.model.department) f.model.department = cells_[*value].text;
            if ((key.starts_with("实施单位") || key == "项目实施单位" || key == "资金使用单位") && !f.model.implementer)
                f.model.implementer = cells_[*value].text;
        }

        // The total row: one figure per heading, up to the first cell that is not one.
        x_record budget_x, execution_x;
        budget b;
        execution e;
        form_row total_row = row_at(total, end, columns);
        const bool row_after_label = !total_row.cells.empty();  // its cells follow the total's label
        if (total_row.cells.empty()) {
            // An .xlsx saved as text, its cells in another order: 年初预算数 (万元) 年度资金总额 其中:当年
            // 财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 …
            if (auto spread = spread_row(h, total, end)) {
                columns = std::move(spread->first);
                total_row = std::move(spread->second);
                notes_.push_back("line " + std::to_string(cells_[total].line) + ": the cells of the funds block of " +
                                 in_quotes(to_u32(f.model.name)) + " come in another order (a spreadsheet saved as "
                                 "text): its headings are read in order, then the first row of figures after them "
                                 "as the total row, aligned on its 执行率 percentage");
            }
        }
        // A row that lost a blank cell in the copy (30 | 30 | 10 | 100% | 99 under 年初预算数 · 调整预算数
        // · 全年执行数 · 分值 · 执行率 · 得分): its percentage stands under another heading. Which cell was
        // lost cannot be told, so only the percentage is read, as the rate.
        if (const auto rate_at = std::find(columns.begin(), columns.end(), column::rate); rate_at != columns.end()) {
            std::optional<std::size_t> stray;
            for (const auto& [c, i] : total_row.cells)
                if (const auto fig = figure_of(cells_[i]); fig && fig->percent && c != column::rate) stray = i;
            // Blank cells the row starts with that a split run of figures put in front
            // (年度资金总额: | | 20 | 20 | 10 | 100.00%): when dropping them puts the percentage
            // under 执行率, the rest lines up.
            std::size_t lead = 0;
            const auto blank_at = [&](std::size_t i) {
                const auto fig = figure_of(cells_[i]);
                return fig && fig->blank;
            };
            while (row_after_label && total + 1 + lead < total_row.next && blank_at(total + 1 + lead)) ++lead;
            const auto rate_column = static_cast<std::size_t>(rate_at - columns.begin());
            if (stray && lead > 0 && *stray == total + 1 + lead + rate_column) {
                std::vector<std::pair<column, std::size_t>> moved;
                for (const auto& [c, i] : total_row.cells)
                    if (const std::size_t k = i - (total + 1) - lead; k < columns.size()) moved.emplace_back(columns[k], i);
                total_row.cells = std::move(moved);
                notes_.push_back("line " + std::to_string(cells_[total].line) + ": the total row of " +
                                 in_quotes(to_u32(f.model.name)) + " starts with " + std::to_string(lead) +
                                 " blank cell(s) that put its percentage out of line; read without them");
                stray.reset();
            }
            // A row with more cells than headings before its percentage (28.1 | 28.1 | 28.1 | 28.1 | 10 |
            // 100% under 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率: a heading lost in the copy).
            // Which one cannot be told; when every reading gives each money column the same figure,
            // that figure is read.
            if (stray && row_after_label && *stray > total + 1 + rate_column) {
                const std::size_t first = total + 1, extra = *stray - first - rate_column;
                const auto amount_at = [&](std::size_t i) -> std::optional<std::pair<std::string, rational>> {
                    const auto fig = figure_of(cells_[i]);
                    if (!fig || fig->blank || fig->percent) return std::nullopt;
                    const auto d = detail::parse_decimal(fig->number, false);
                    if (!d) return std::nullopt;
                    return std::pair{fig->unit, d->fraction()};
                };
                const auto same_figure = [&](std::size_t a, std::size_t b) {
                    const auto fa = amount_at(a);
                    return fa && fa == amount_at(b);
                };
                bool agree = true;
                std::vector<std::pair<column, std::size_t>> money_cells;
                for (std::size_t c = 0; c < rate_column && agree; ++c) {
                    if (columns[c] != column::initial && columns[c] != column::adjusted && columns[c] != column::used) continue;
                    for (std::size_t k = 1; k <= extra && agree; ++k) agree = same_figure(first + c, first + c + k);
                    money_cells.emplace_back(columns[c], first + c);
                }
                if (agree && !money_cells.empty()) {
                    money_cells.emplace_back(column::rate, *stray);
                    total_row.cells = std::move(money_cells);
                    notes_.push_back("line " + std::to_string(cells_[total].line) + ": the total row of " +
                                     in_quotes(to_u32(f.model.name)) + " has " + std::to_string(extra) +
                                     " cell(s) more than its headings before 执行率 (a heading lost in the copy); every "
                                     "way of lining them up gives each money column the same figure, which is read");
                    stray.reset();
                }
            }
            if (stray) {
                total_row.cells = {{column::rate, *stray}};
                notes_.push_back("line " + std::to_string(cells_[total].line) + ": the total row of " +
                                 in_quotes(to_u32(f.model.name)) + " has its percentage under another heading than 执行率 "
                                 "(a cell lost in the copy); which cell is missing cannot be told, so only the rate is read");
            }
        }
        std::optional<money> initial, adjusted, used;
        bool unfilled_total = false;  // a total row of zeros over rows of sources with figures
        const auto amount_in = [&](std::size_t i) -> std::optional<money> {
            const figure fig = *figure_of(cells_[i]);
            if (fig.percent || fig.blank) return std::nullopt;
            std::string unit = fig.unit.empty() ? block_unit : fig.unit;
            if (unit.empty()) {
                notes_.push_back("line " + std::to_string(cells_[i].line) + ": " + in_quotes(to_u32(cells_[i].text)) +
                                 " has no unit and the funds block names none (万元, 元): not read");
                return std::nullopt;
            }
            if (unit == "万元") unit = "万";
            if (fig.number.starts_with('-')) {
                notes_.push_back(negative_note(cells_[i]));
                return std::nullopt;
            }
            try {
                return money::parse(fig.number + unit);
            } catch (const error& err) {
                throw err.in_file(std::string(source_name_)).at_line(cells_[i].line);
            }
        };
        const auto source = [&](x_record& x, const char* field, std::size_t i, const std::string& row_text) {
            x.add(field, to_u32(cells_[i].text), cells_[i].line, to_u32(row_text));
        };
        bool any_amount = false, all_zero = true;
        for (const auto& [c, i] : total_row.cells) {
            if (c != column::initial && c != column::adjusted && c != column::used) continue;
            const auto m = amount_in(i);
            if (!m) continue;
            any_amount = true;
            all_zero = all_zero && *m == money{};
            if (c == column::initial) { initial = m; source(budget_x, "initial", i, total_row.text); }
            if (c == column::adjusted) { adjusted = m; source(budget_x, "adjusted", i, total_row.text); }
            if (c == column::used) { used = m; source(execution_x, "used", i, total_row.text); }
        }
        // 年度资金总额: 0 0 0 … then 其中:本年财政拨款 90 89.974 89.974: the form's program printed
        // zeros in a total row nobody filled in; the money is in the rows of its sources.
        if (any_amount && all_zero) {
            std::optional<money> sums[3];
            x_record parts_budget_x, parts_execution_x;
            for (std::size_t at = total_row.next; at < end && is_source_label(cells_[at].key);) {
                const form_row row = row_at(at, end, columns);
                for (const auto& [c, i] : row.cells) {
                    if (c != column::initial && c != column::adjusted && c != column::used) continue;
                    const auto m = amount_in(i);
                    if (!m) continue;
                    auto& sum = sums[static_cast<int>(c)];
                    sum = sum ? *sum + *m : *m;
                    const char* field = c == column::initial ? "initial" : c == column::adjusted ? "adjusted" : "used";
                    source(c == column::used ? parts_execution_x : parts_budget_x, field, i, row.text);
                }
                at = row.next;
            }
            const bool parts_say_more = std::any_of(std::begin(sums), std::end(sums),
                                                    [](const auto& m) { return m && *m != money{}; });
            if (parts_say_more) {
                unfilled_total = true;
                initial = sums[0];
                adjusted = sums[1];
                used = sums[2];
                budget_x = std::move(parts_budget_x);
                execution_x = std::move(parts_execution_x);
                const std::string why = "the total row (line " + std::to_string(cells_[total].line) + ": " +
                                        total_row.text + ") prints 0 in every column while the rows of its sources "
                                        "(其中 本年财政拨款 …) carry figures: it was not filled in, and the figures are "
                                        "the sums of those rows";
                budget_x.note(why);
                execution_x.note(why);
            }
        }
        // (本年度结余金额: what the year left, in Fujian's department-wide form.)
        std::optional<money> surplus;
        for (const auto& [c, i] : total_row.cells)
            if (c == column::surplus)
                if (const auto m = amount_in(i)) {
                    surplus = m;
                    source(execution_x, "surplus", i, total_row.text);
                }
        if (surplus) e.surplus = surplus;
        if (initial) b.initial = initial;
        if (adjusted) b.adjusted = adjusted;
        if (used) e.used = used;
        for (const auto& [c, i] : total_row.cells) {
            if (c != column::rate || unfilled_total) continue;
            const figure fig = *figure_of(cells_[i]);
            if (!fig.unit.empty()) continue;
            // Under 执行率 a number without its % is the rate still: 0.958 a fraction (as a
            // spreadsheet stores it; its precision two places less), 99.97 a percentage.
            const auto as_fraction = ratio::try_parse(fig.number);
            const bool fraction = !fig.percent && as_fraction && *as_fraction <= ratio::one();
            const auto r = fraction ? as_fraction : ratio::try_parse(fig.number + "%");
            if (!r) continue;
            const int decimals = fraction ? std::max(0, decimals_of(fig.number) - 2) : decimals_of(fig.number);
            e.reported_rate = reported_percentage{*r, decimals, cells_[i].text};
            source(execution_x, "reported_rate", i, total_row.text);
            if (!fig.percent)
                execution_x.note("the 执行率 cell prints " + cells_[i].text + " without %: read as " +
                                 (fraction ? "a fraction (" : "a percentage (") +
                                 detail::format_fixed(r->fraction() * rational(100), decimals, si_she_wu_ru) + "%)");
        }
        if (!b.initial && !b.adjusted && !e.used && !e.reported_rate) {
            notes_.push_back("line " + std::to_string(cells_[total].line) + ": the total row of " + in_quotes(to_u32(f.model.name)) +
                             " gives no figure under its headings: not read as a form");
            return std::nullopt;
        }
        if (b.initial || b.adjusted) {
            b.x = to_extension(budget_x);
            f.model.budget = b;
            for (const auto& s : budget_x.sources)
                f.provenance.push_back({"budget." + s.field, to_utf8(s.value), s.line, to_utf8(s.sentence)});
        }
        // The money allocated: the total row's 全年预算数 (else 年初预算数), as the form reader takes a
        // source row's. The source rows are not read from text: one tranche of all the sources.
        if (const auto& amount = b.adjusted ? b.adjusted : b.initial; amount && !amount->is_zero()) {
            tranche t;
            t.level = level_from_unit(f.model.implementer ? *f.model.implementer : f.model.department.value_or(""));
            t.amount = *amount;
            const std::string field = b.adjusted ? "adjusted" : "initial";
            x_record tx;
            for (const auto& s : budget_x.sources)
                if (s.field == field) {
                    tx.sources.push_back({"amount", s.value, s.line, s.sentence});
                    f.provenance.push_back({"tranches[0].amount", to_utf8(s.value), s.line, to_utf8(s.sentence)});
                }
            tx.note(std::string("the money allocated is the total row's ") + (b.adjusted ? "全年预算数" : "年初预算数 (全年预算数 is blank)") +
                    ", all sources together: the form's rows of sources are not read from text");
            tx.note(guessed_level_note(t.level));
            t.x = to_extension(tx);
            f.model.tranches.push_back(std::move(t));
        }
        if (e.used || e.reported_rate) {
            e.x = to_extension(execution_x);
            f.model.execution = e;
            for (const auto& s : execution_x.sources)
                f.provenance.push_back({"execution." + s.field, to_utf8(s.value), s.line, to_utf8(s.sentence)});
        }
        for (std::size_t i = total; i < end && !f.indicator_line; ++i)
            // (一级 | 指标: the heading split into words by the copy; 绩效指标一级指标…: run together.)
            if (cells_[i].key.starts_with("一级指标") || cells_[i].key.starts_with("绩效指标一级指标") ||
                (cells_[i].key == "一级" && i + 1 < end && cells_[i + 1].key.starts_with("指标")))
                f.indicator_line = cells_[i].line;
        const bool sichuan = std::any_of(cells_.begin() + static_cast<std::ptrdiff_t>(h), cells_.begin() + static_cast<std::ptrdiff_t>(k),
                                         [](const form_cell& c) { return c.key.starts_with("调整后预算"); });
        const bool has_initial = std::find(columns.begin(), columns.end(), column::initial) != columns.end();
        f.layout = sichuan ? "sc-2023" : has_initial ? "mof-2020" : "transfer-payment";
        return f;
    }

private:
    // The year of the form that starts at `start`: above it, back to the previous one read, else
    // inside it up to `until`, else the year its project's name carries (2019年新型农业经营主体扶持项目).
    std::optional<int> year_of(std::size_t start, std::size_t until, std::size_t year_from, const read_form& f) {
        std::optional<int> year;
        if (last_year_[start] && last_year_[start]->second >= year_from) year = last_year_[start]->first;
        for (std::size_t i = start; i < until && !year; ++i) year = form_year_in(cells_[i].key);
        if (!year)
            if (const auto y = year_before(f.model.name, "年", 1990, 2100)) {
                year = y;
                notes_.push_back("line " + std::to_string(f.line) + ": no year line above the form; fiscal year " +
                                 std::to_string(*y) + " from the project's name " + in_quotes(to_u32(f.model.name)));
            }
        return year;
    }

    // Sichuan's transfer form (…区域绩效目标自评表): 专项名称 | 食品监管补助资金 | 中央主管部门 | … |
    // 预算执行情况 | 预算数: | 2.38 | 执行数: | 2.38 | 20 | 其中:中央补助 | 2.38 万元 | …. Each figure is
    // the cell after its label (or the label's own after its colon), in the unit the block prints
    // (万元 beside the rows of sources); the money allocated is 预算数, at the central level when
    // the 中央补助 row holds all of it.
    std::optional<read_form> read_label_values(std::size_t start, std::size_t end, std::size_t year_from, std::string layout) {
        read_form f;
        f.line = cells_[start].line;
        f.layout = std::move(layout);
        const auto name_at = next_filled(start + 1, end);
        if (!name_at) return std::nullopt;
        f.model.name = cells_[*name_at].text;
        // The funds block ends where the goals or the indicators begin.
        std::size_t block_end = *name_at + 1;
        while (block_end < end && !cells_[block_end].key.starts_with("年度目标") && !cells_[block_end].key.starts_with("年度总体目标") &&
               !cells_[block_end].key.starts_with("一级指标"))
            ++block_end;
        std::string block_unit;
        for (std::size_t i = *name_at + 1; i < block_end && block_unit.empty(); ++i) {
            block_unit = unit_of(cells_[i].key);
            if (const auto fig = figure_of(cells_[i]); block_unit.empty() && fig && !fig->unit.empty()) block_unit = fig->unit;
        }
        if (block_unit == "万元") block_unit = "万";
        // The figure of the label at `i`: after its colon, else the next filled cell.
        const auto value_of = [&](std::size_t i, std::string_view key) -> std::optional<std::pair<money, std::size_t>> {
            std::optional<std::size_t> at = next_filled(i + 1, block_end);
            const auto colon = key.find(':');
            form_cell own;
            if (colon != std::string_view::npos && colon + 1 < key.size()) {
                own = {std::string(key.substr(colon + 1)), std::string(key.substr(colon + 1)), cells_[i].line};
                at.reset();
            }
            const form_cell& c = at ? cells_[*at] : own;
            const auto fig = figure_of(c);
            if (!fig || fig->blank || fig->percent) return std::nullopt;
            std::string unit = fig->unit.empty() ? block_unit : fig->unit == "万元" ? "万" : fig->unit;
            if (unit.empty()) {
                notes_.push_back("line " + std::to_string(c.line) + ": " + in_quotes(to_u32(c.text)) +
                                 " has no unit and the form names none (万元, 元): not read");
                return std::nullopt;
            }
            if (fig->number.starts_with('-')) {
                notes_.push_back(negative_note(c));
                return std::nullopt;
            }
            try {
                return std::pair{money::parse(fig->number + unit), at ? *at : i};
            } catch (const error& err) {
                throw err.in_file(std::string(source_name_)).at_line(c.line);
            }
        };
        x_record budget_x, execution_x, tranche_x;
        budget b;
        execution e;
        std::optional<money> central;
        for (std::size_t i = *name_at + 1; i < block_end; ++i) {
            // (Its 中央主管部门 and 省级主管部门 are the ministries over the fund, not the unit's.)
            std::string_view key = cells_[i].key;
            if (key.starts_with("其中:")) key.remove_prefix(std::string_view("其中:").size());
            const std::string_view label = key.substr(0, key.find(':'));
            const bool budget_label = label == "预算数" || label == "年度预算数" || label == "全年预算数";
            const bool used_label = label == "执行数" || label == "全年执行数";
            const bool central_label = label == "中央补助";
            if (!budget_label && !used_label && !central_label) continue;
            const auto v = value_of(i, key);
            if (!v) continue;
            const std::string row = cells_[i].text + (v->second != i ? " " + cells_[v->second].text : "");
            if (budget_label && !b.adjusted) {
                b.adjusted = v->first;
                budget_x.add("adjusted", to_u32(cells_[v->second].text), cells_[v->second].line, to_u32(row));
                tranche_x.add("amount", to_u32(cells_[v->second].text), cells_[v->second].line, to_u32(row));
            } else if (used_label && !e.used) {
                e.used = v->first;
                execution_x.add("used", to_u32(cells_[v->second].text), cells_[v->second].line, to_u32(row));
            } else if (central_label && !central) {
                central = v->first;
            }
        }
        if (!b.adjusted && !e.used) {
            notes_.push_back("line " + std::to_string(f.line) + ": the form of " + in_quotes(to_u32(f.model.name)) +
                             " gives no 预算数 or 执行数: not read as a form");
            return std::nullopt;
        }
        f.year = year_of(start, block_end, year_from, f);
        if (b.adjusted) {
            b.x = to_extension(budget_x);
            f.model.budget = b;
            for (const auto& src : budget_x.sources)
                f.provenance.push_back({"budget." + src.field, to_utf8(src.value), src.line, to_utf8(src.sentence)});
            if (!b.adjusted->is_zero()) {
                tranche t;
                t.amount = *b.adjusted;
                if (central && *central == *b.adjusted) {
                    t.level = level::central;
                    tranche_x.note("level central: the form's 中央补助 row holds all of the 预算数");
                } else {
                    t.level = level_from_unit(f.model.name);
                    tranche_x.note(guessed_level_note(t.level));
                }
                tranche_x.note("the money allocated is the form's 预算数, all sources together");
                for (const auto& src : tranche_x.sources)
                    f.provenance.push_back({"tranches[0].amount", to_utf8(src.value), src.line, to_utf8(src.sentence)});
                t.x = to_extension(tranche_x);
                f.model.tranches.push_back(std::move(t));
            }
        }
        if (e.used) {
            e.x = to_extension(execution_x);
            f.model.execution = e;
            for (const auto& src : execution_x.sources)
                f.provenance.push_back({"execution." + src.field, to_utf8(src.value), src.line, to_utf8(src.sentence)});
        }
        for (std::size_t i = block_end; i < end && !f.indicator_line; ++i)
            if (cells_[i].key.starts_with("一级指标")) f.indicator_line = cells_[i].line;
        return f;
    }

    // The heading at `h` is a label with its figure after it: 预算数: | 312 (its colon printed), the
    // next cell an amount and the one after that the next label.
    bool labels_a_figure(std::size_t h, std::size_t end) const {
        const std::string& text = cells_[h].text;
        if (!(text.ends_with(":") || text.ends_with("\uFF1A")) || !cells_[h].key.starts_with("预算数") || h + 2 >= end) return false;
        const auto fig = figure_of(cells_[h + 1]);
        return fig && !fig->blank && !fig->percent && column_of(cells_[h + 2].key) == column::used;
    }

    const std::vector<form_cell>& cells_;
    std::string_view source_name_;
    std::vector<std::string>& notes_;
    std::vector<std::optional<std::pair<int, std::size_t>>> last_year_;  // [i]: the year printed last before cell i

    // The row labelled at cells_[label]: one figure per heading, up to the first cell that is not one.
    form_row row_at(std::size_t label, std::size_t end, const std::vector<column>& columns) const {
        form_row row{cells_[label].text, {}, label + 1};
        for (const column c : columns) {
            if (row.next >= end) break;
            const auto fig = figure_of(cells_[row.next]);
            if (!fig) break;
            row.text += " | " + cells_[row.next].text;
            if (!fig->blank) row.cells.emplace_back(c, row.next);
            ++row.next;
        }
        return row;
    }

    // The headings of a funds block whose labels are printed among them, and its total row:
    // the first run of figures after the last heading, one per heading. A run shorter than
    // the headings is aligned on its percentage (the 执行率 column): the cells before it are
    // the blank ones (年初预算数 not filled in).
    std::optional<std::pair<std::vector<column>, form_row>> spread_row(std::size_t h, std::size_t total,
                                                                       std::size_t end) const {
        std::vector<column> columns;
        std::size_t first = h;
        for (; first < end; ++first) {
            if (const auto c = column_of(cells_[first].key)) {
                columns.push_back(*c);
                continue;
            }
            const auto fig = figure_of(cells_[first]);
            if (fig && !fig->blank) break;
        }
        if (first == end || total >= first || columns.empty()) return std::nullopt;
        std::vector<std::size_t> run;
        for (std::size_t i = first; i < end && figure_of(cells_[i]); ++i) run.push_back(i);
        std::size_t offset = 0;
        const auto rate_column = std::find(columns.begin(), columns.end(), column::rate);
        const auto percent = std::find_if(run.begin(), run.end(), [&](std::size_t i) { return figure_of(cells_[i])->percent; });
        if (rate_column != columns.end() && percent != run.end()) {
            const auto r = static_cast<std::size_t>(rate_column - columns.begin());
            const auto p = static_cast<std::size_t>(percent - run.begin());
            if (p > r) return std::nullopt;
            offset = r - p;
        } else if (run.size() < columns.size()) {
            return std::nullopt;
        }
        form_row row{cells_[total].text, {}, first};
        for (std::size_t k = 0; k < run.size() && k + offset < columns.size(); ++k) {
            row.text += " | " + cells_[run[k]].text;
            if (!figure_of(cells_[run[k]])->blank) row.cells.emplace_back(columns[k + offset], run[k]);
            row.next = run[k] + 1;
        }
        return std::pair{std::move(columns), std::move(row)};
    }

    std::optional<std::size_t> next_filled(std::size_t from, std::size_t end) const {
        for (std::size_t i = from; i < end; ++i)
            if (!cells_[i].key.empty()) return i;
        return std::nullopt;
    }
};

std::optional<ingest_result> read_forms(const std::vector<form_cell>& cells, const std::vector<text_line>& lines,
                                        std::string_view source_name, std::string_view how, std::optional<int> given_year,
                                        const rule_info* unread_table) {
    std::vector<std::size_t> starts;
    // (部门 | 某中心: the department-wide form's name row in Anhui, right under its title and (2023年度) — a portal's
    // 部门: | 财政局 elsewhere is no form.)
    const auto department_row = [&](std::size_t i) {
        // (单位名称 | 某局: Hunan's, under its title with the fund's name in it; Chongqing's under 部门整体绩效目标自评表.)
        if (cells[i].key != "部门" && cells[i].key != "单位名称") return false;
        for (std::size_t k = i; k-- > 0 && i - k <= 3;)
            if (const auto at = cells[k].key.find("部门整体");
                at != std::string::npos && cells[k].key.find("自评表", at) != std::string::npos)
                return true;
        return false;
    };
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (is_form_start(cells[i].key) || department_row(i)) starts.push_back(i);
    if (starts.empty()) return std::nullopt;

    ingest_result result;
    document& doc = result.doc;
    std::vector<std::string> notes;
    nlohmann::ordered_json forms = nlohmann::ordered_json::array();
    form_reading reading(cells, source_name, notes);
    std::size_t year_from = 0;
    std::vector<std::string> layouts;
    std::vector<std::optional<std::size_t>> indicator_lines;  // by project
    for (std::size_t s = 0; s < starts.size(); ++s) {
        const std::size_t end = s + 1 < starts.size() ? starts[s + 1] : cells.size();
        auto f = reading.read(starts[s], end, year_from);
        if (!f) continue;
        year_from = starts[s] + 1;
        if (f->year && given_year && *f->year != *given_year)
            throw error({"自评表写明的年度 " + std::to_string(*f->year) + " 与给定的 --year " + std::to_string(*given_year) +
                             " 不符；请核对后去掉 --year 或改正它",
                         "the form names fiscal year " + std::to_string(*f->year) + ", not the --year " +
                             std::to_string(*given_year) + " given; check which is right and drop or correct --year"},
                        location{std::string(source_name), f->line});
        // No year on the form: the one given (--year), else the year the text around it speaks of
        // (as a report book's), else none can be told.
        if (!f->year && doc.projects.empty() && !given_year) {
            const auto spoken = year_evaluated(lines);
            if (!spoken)
                throw error({"找不到年度：自评表上方应有“（2023年度）”这样的年度行；或用 --year 给出年度",
                             "no fiscal year found: a line such as （2023年度） should stand above the form, or give "
                             "the year with --year"},
                            location{std::string(source_name), f->line});
            f->year = spoken;
            notes.push_back("line " + std::to_string(f->line) + ": the form prints no year; fiscal year " +
                            std::to_string(*spoken) + " is the year the text speaks of");
        }
        if (!f->year) f->year = doc.projects.empty() ? *given_year : doc.fiscal_year;
        if (doc.projects.empty()) doc.fiscal_year = *f->year;
        else if (*f->year != doc.fiscal_year)
            notes.push_back("line " + std::to_string(f->line) + ": the form names fiscal year " + std::to_string(*f->year) +
                            ", not " + std::to_string(doc.fiscal_year) + " as the first form does; the document keeps " +
                            std::to_string(doc.fiscal_year));
        const std::size_t index = doc.projects.size();
        f->model.id = project_id(index);
        for (auto& p : f->provenance) result.provenance.push_back({project_path(index, p.path), p.value, p.line, p.text});
        forms.push_back({{"line", f->line}, {"project", f->model.name}, {"layout", f->layout}});
        indicator_lines.push_back(f->indicator_line);
        layouts.push_back(f->layout);
        doc.projects.push_back(std::move(f->model));
    }
    if (doc.projects.empty()) return std::nullopt;

    // The unit: the implementer every form names, when they all name the same.
    const auto& first = doc.projects.front();
    const auto unit = first.implementer ? first.implementer : first.department;
    if (unit && std::all_of(doc.projects.begin(), doc.projects.end(), [&](const project& p) {
            return (p.implementer ? p.implementer : p.department) == unit;
        }))
        doc.unit = unit;
    if (std::all_of(layouts.begin(), layouts.end(), [](const std::string& l) { return l == "sc-2023"; })) {
        scheme sc;
        sc.preset = scheme_preset::sc_2023;
        doc.scheme = sc;
    }
    result.project_findings.resize(doc.projects.size());
    // The forms' indicator tables are not read from text: each one's indicators are unknown.
    for (std::size_t k = 0; k < indicator_lines.size() && unread_table; ++k)
        if (indicator_lines[k]) {
            finding_sink sink(*unread_table, result.project_findings[k]);
            sink.report(location(std::string(source_name), *indicator_lines[k], 0, project_path(k, "indicators")),
                        unread_indicator_table(*indicator_lines[k]));
        }
    nlohmann::ordered_json x = nlohmann::ordered_json::object();
    x["ingested"] = {{"source", std::string(source_name)}, {"format", "text form"}, {"lines", lines.size()}, {"forms", forms}};
    notes.push_back("read as self-evaluation forms flattened into text (" + std::string(how) + "): the funds block's "
                    "headings, then the total row's figures in their order; every figure's line is under the x of the object it fills");
    x["notes"] = notes;
    doc.x = extension{x.dump()};
    return result;
}

}  // namespace
}  // namespace text_form

std::optional<ingest_result> read_text_forms(const std::vector<text_line>& lines, std::string_view source_name,
                                             const rule_book& rules, std::optional<int> given_year) {
    const rule* s009 = rules.find("JX-S009");
    const rule_info* unread_table = s009 && !rules.is_disabled(s009->info.id) ? &s009->info : nullptr;
    // Cells as the lines give them, else word by word (a form joined into lines by spaces),
    // else split at the form's labels (cells run together).
    using text_form::cell_marks;
    if (auto forms = text_form::read_forms(text_form::cells_of(lines), lines, source_name, "cells between '|' or one per line",
                                           given_year, unread_table))
        return forms;
    if (auto forms = text_form::read_forms(text_form::cells_of(lines, cell_marks::words), lines, source_name,
                                           "cells joined by spaces, read word by word", given_year, unread_table))
        return forms;
    return text_form::read_forms(text_form::cells_of(lines, cell_marks::glued), lines, source_name,
                                 "cells run together, split at the form's labels and where B ÷ A gives the printed rate",
                                 given_year, unread_table);
}

table_funds read_table_funds(const std::vector<tagged_line>& body) {
    std::vector<text_line> lines;
    for (const auto& t : body) lines.push_back(t.line);
    // 金额单位：万元 printed once for the whole form (a Hebei 预算项目绩效自评表).
    std::string declared_unit;
    for (const auto& l : lines) {
        const std::string key = text_form::key_of(to_utf8(l.text));
        for (std::string_view label : {"金额单位:", "单位:"})
            if (const auto at = key.find(label); at != std::string::npos && declared_unit.empty())
                declared_unit = text_form::unit_of(key.substr(at + label.size(), std::string_view("万元").size()));
    }
    table_funds out;
    // (计划投资额 and 实际使用情况: the 2014 Hainan form's words for the planned and the used.)
    const std::array<std::pair<std::string_view, std::optional<table_figure>*>, 9> labels{
        {{"计划安排资金", &out.planned}, {"计划投资额", &out.planned}, {"实际到位资金", &out.arrived}, {"实际支出", &out.used},
         {"实际使用情况", &out.used}, {"结余", &out.surplus}, {"预算数", &out.budget}, {"到位数", &out.arrived},
         {"执行数", &out.used}}};
    std::array<std::string_view, labels.size()> label_names;
    std::transform(labels.begin(), labels.end(), label_names.begin(), [](const auto& l) { return l.first; });
    // Cells between '|' or a line a cell, else (预算数 6.84 到位数 6.84 执行数 6.84) word by word,
    // else run together (计划投资额(万元)110.00实际到位资金(万元)84.74).
    for (const int pass : {0, 1, 2}) {
        if (out.any()) break;
        const auto cells = pass == 0   ? text_form::cells_of(lines, text_form::cell_marks::bars)
                           : pass == 1 ? text_form::cells_of(lines, text_form::cell_marks::words)
                                       : text_form::glued_label_cells(lines, label_names);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const auto& key = cells[i].key;
            for (const auto& [label, slot] : labels) {
                if (!key.starts_with(label) || *slot) continue;
                // The rest of the label may only name the unit: 计划安排资金（万元）, not 实际支出情况说明.
                std::string rest = key.substr(label.size());
                std::string unit = text_form::unit_of(rest);
                if (!rest.empty() && unit.empty()) continue;
                std::size_t at = i + 1;
                if (unit.empty() && at < cells.size() && !text_form::unit_of(cells[at].key).empty() &&
                    cells[at].key.size() <= std::string_view("(万元)").size()) {
                    unit = text_form::unit_of(cells[at].key);
                    ++at;
                }
                // ((万元)18821.06: the unit and the figure in one cell.)
                std::optional<text_form::form_cell> glued_figure;
                if (unit.empty() && at < cells.size())
                    for (std::string_view u : {"(万元)", "(元)"})
                        if (cells[at].key.starts_with(u) && cells[at].key.size() > u.size()) {
                            unit = text_form::unit_of(std::string(u));
                            const std::string figure = cells[at].key.substr(u.size());
                            glued_figure = text_form::form_cell{figure, figure, cells[at].line};
                            break;
                        }
                // A form-wide unit serves the labels of that form only (预算数 / 到位数 / 执行数).
                if (unit.empty() && (label == "预算数" || label == "到位数" || label == "执行数")) unit = declared_unit;
                if (unit.empty() || at >= cells.size()) continue;
                const auto& value_cell = glued_figure ? *glued_figure : cells[at];
                const std::string row = cells[i].text + (at == i + 1 ? "" : " " + cells[i + 1].text) + " | " + cells[at].text;
                const auto fig = text_form::figure_of(value_cell);
                // (Digits, commas and a point only, yet no figure: the commas are out of place.)
                const auto folded = detail::fold_number_text(value_cell.key);
                if (!fig && folded && folded->find(',') != std::string::npos &&
                    folded->find_first_of("0123456789") != std::string::npos &&
                    folded->find_first_not_of("0123456789,.") == std::string::npos) {
                    out.malformed.push_back({value_cell.text, value_cell.line, row});
                    continue;
                }
                // (A negative figure is no amount of a form: not read.)
                if (!fig || fig->blank || fig->percent || !fig->unit.empty() || fig->number.starts_with('-')) continue;
                table_figure f;
                try {
                    f.value = money::parse(fig->number + unit);
                } catch (const error& err) {
                    throw err.at_line(cells[at].line);
                }
                f.printed = value_cell.text;
                f.line = value_cell.line;
                f.row = row;
                *slot = f;
            }
        }
    }
    return out;
}

std::optional<glued_row> read_glued_total_row(const std::vector<tagged_line>& body) {
    using namespace text_form;
    constexpr std::string_view label = "年度资金总额";
    for (const auto& t : body) {
        const std::string text = to_utf8(t.line.text);
        const auto at = text.find(label);
        if (at == std::string::npos) continue;
        const auto before = std::string_view(text).substr(0, at);
        // The transfer-payment form's columns, in 万元; the MOF form (年初预算数 first) runs
        // more cells together than can be told apart.
        if (before.find("全年预算数") == std::string_view::npos || before.find("全年执行数") == std::string_view::npos ||
            before.find("年初预算") != std::string_view::npos || before.find("万元") == std::string_view::npos)
            continue;
        std::size_t from = at + label.size();
        for (std::string_view colon : {":", "："})
            if (std::string_view(text).substr(from).starts_with(colon)) from += colon.size();
        std::size_t end = from;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
        if (end == from || end >= text.size() || text[end] != '%') continue;
        const auto split = split_glued_figures(std::string_view(text).substr(from, end - from));
        if (!split) continue;
        const auto& s = *split;
        glued_row row;
        row.adjusted = money::parse(s.a + "万");
        row.used = money::parse(s.b + "万");
        const auto rate = detail::parse_decimal(s.r, false);
        row.rate = reported_percentage{ratio(rate->fraction() / rational(100)), rate->decimals, s.r + "%"};
        row.printed_adjusted = s.a;
        row.printed_used = s.b;
        row.line = t.line.number;
        row.row = text.substr(at, end + 1 - at);
        return row;
    }
    return std::nullopt;
}

std::optional<input_table_row> read_funds_input_table(const std::vector<tagged_line>& body) {
    using namespace text_form;
    // (Most bodies have no such table: looked for before their cells are made.)
    if (std::none_of(body.begin(), body.end(), [](const tagged_line& t) { return t.line.text.find(U"统筹整合资金数") != std::u32string::npos; }))
        return std::nullopt;
    std::vector<text_line> lines;
    for (const auto& t : body) lines.push_back(t.line);
    const auto cells = cells_of(lines, cell_marks::words);
    // The headings that make the table this one, in their order.
    constexpr std::array<std::string_view, 4> headings{"统筹整合资金数", "扣除统筹整合资金后预算金额", "全年到位资金", "全年执行资金"};
    std::size_t at = 0;
    bool row_numbers = false;  // a 行次 column: each row's number before its figures
    for (const auto heading : headings) {
        while (at < cells.size() && !cells[at].key.starts_with(heading)) {
            row_numbers = row_numbers || cells[at].key == "行次";
            ++at;
        }
        if (at == cells.size()) return std::nullopt;
    }
    while (at < cells.size() && !cells[at].key.starts_with("年度资金总额")) ++at;
    if (at == cells.size()) return std::nullopt;
    const std::size_t label = at;
    const std::string unit = unit_of(cells[label].key);
    if (unit.empty()) return std::nullopt;  // the row names its 万元; a table without a unit is not read
    // A row's figures after its label (and its 行次 number), up to the first cell that is not one.
    const auto row_figures = [&](std::size_t row_label) {
        std::size_t first = row_label + 1;
        if (row_numbers && first < cells.size() && cells[first].key.size() <= 2 &&
            std::all_of(cells[first].key.begin(), cells[first].key.end(), [](char c) { return c >= '0' && c <= '9'; }))
            ++first;
        std::vector<std::pair<figure, std::size_t>> out;
        for (std::size_t i = first; i < cells.size() && out.size() < 8; ++i) {
            const auto f = figure_of(cells[i]);
            if (!f || f->blank || !f->unit.empty() || f->number.starts_with('-')) break;
            out.emplace_back(*f, i);
        }
        return out;
    };
    const auto figures = row_figures(label);
    const std::size_t n = figures.size();
    if (n != 6 && n != 7) return std::nullopt;
    const auto is_amount = [&](std::size_t k) { return !figures[k].first.percent; };
    if (!figures[n - 1].first.percent || !is_amount(n - 2) || !figures[n - 3].first.percent || !is_amount(n - 4) ||
        !is_amount(n - 5) || !is_amount(0) || (n == 7 && !is_amount(1)))
        return std::nullopt;
    const auto decimal = [&](std::size_t k) { return detail::parse_decimal(figures[k].first.number, false); };
    const auto c = decimal(n - 5), d = decimal(n - 4), e = decimal(n - 2), dc = decimal(n - 3), ec = decimal(n - 1);
    if (!c || !d || !e || !dc || !ec || !prints_as_rate(*d, *c, *dc) || !prints_as_rate(*e, *c, *ec)) return std::nullopt;
    const auto amount = [&](std::size_t k) { return money::parse(figures[k].first.number + unit); };
    const auto percentage = [](const detail::decimal_text& r, const std::string& printed) {
        return reported_percentage{ratio(r.fraction() / rational(100)), r.decimals, printed};
    };
    input_table_row out;
    try {
        out.budget = amount(n - 5);
        out.arrived = amount(n - 4);
        out.used = amount(n - 2);
        const money whole = amount(0);
        const money integrated = n == 7 ? amount(1) : money{};
        if (whole == out.budget + integrated) {
            out.whole = whole;
            out.printed_whole = cells[figures[0].second].text;
        }
    } catch (const error& err) {
        throw err.at_line(cells[label].line);
    }
    out.arrival_rate = percentage(*dc, cells[figures[n - 3].second].text);
    out.rate = percentage(*ec, cells[figures[n - 1].second].text);
    out.printed_budget = cells[figures[n - 5].second].text;
    out.printed_arrived = cells[figures[n - 4].second].text;
    out.printed_used = cells[figures[n - 2].second].text;
    out.line = cells[label].line;
    out.row = cells[label].text;
    for (std::size_t i = label + 1; i <= figures.back().second; ++i) out.row += " " + cells[i].text;
    // 其中:中央财政资金(万元) | 2 | the same figures: all of it is central money.
    for (std::size_t i = figures.back().second + 1; i < cells.size() && i < figures.back().second + 4; ++i) {
        const auto& key = cells[i].key;
        if (!key.starts_with("其中:中央财政资金") && !key.starts_with("中央财政资金")) continue;
        const auto central = row_figures(i);
        if (central.size() == n && central[n - 5].first.number == figures[n - 5].first.number) {
            out.central_row = cells[i].text;
            out.central_line = cells[i].line;
        }
        break;
    }
    return out;
}

}  // namespace jixiao::ingest
