// Splitting the cells of a form a copy ran together (glued_cells.hpp).
#include "ingest/glued_cells.hpp"

#include "ingest/form_cells.hpp"

#include <jixiao/detail/text.hpp>
#include <jixiao/rational.hpp>

#include <algorithm>
#include <array>

namespace jixiao::ingest {
// (Named, so that a unity build's batch with the other readers' helpers stays unambiguous.)
namespace glued {
namespace {

// A decimal as a form cell prints it: no leading zero (but 0 and 0.5), no trailing point.
bool cell_number(std::string_view t) {
    if (t.empty() || t.front() == '.' || t.back() == '.' || std::count(t.begin(), t.end(), '.') > 1) return false;
    return !(t.size() > 1 && t[0] == '0' && t[1] != '.');
}

std::size_t integer_digits(std::string_view t) { return std::min(t.find('.'), t.size()); }

bool rate_fits(const detail::decimal_text& a, const detail::decimal_text& b, const detail::decimal_text& rate, bool near) {
    if (!near) return prints_as_rate(b, a, rate);
    if (a.is_zero()) return false;
    return abs(b.fraction() / a.fraction() * rational(100) - rate.fraction()) <= rational::fraction(1, 10);
}

// No amount of a form is longer than this as printed (a trillion 万元 with six decimals).
constexpr std::size_t longest_amount = 20;

// The MOF form's total row run together before its %: 年初预算数 (may be blank), 全年预算数,
// 全年执行数, 分值 (a whole number up to 100) and 执行率 — the amounts of a size, the rate
// that of 执行数 ÷ 全年预算数. Every such cut, as cells. The rate and the weight are cut off
// the end first and the amounts' lengths kept close, so a hostile run costs little.
std::vector<std::vector<std::string>> mof_cuts(std::string_view run, bool near) {
    std::vector<std::vector<std::string>> out;
    const auto number = [](std::string_view t) { return cell_number(t) ? detail::parse_decimal(t, false) : std::nullopt; };
    const auto close_in_size = [](std::string_view x, std::string_view y) {
        const auto dx = integer_digits(x), dy = integer_digits(y);
        return (dx > dy ? dx - dy : dy - dx) <= 1;
    };
    for (const bool with_initial : {true, false}) {
        for (std::size_t rlen = 1; rlen <= 6 && rlen < run.size(); ++rlen)
            for (std::size_t wlen = 1; wlen <= 3 && wlen + rlen < run.size(); ++wlen) {
                const auto amounts = run.substr(0, run.size() - rlen - wlen);
                const auto weight = run.substr(amounts.size(), wlen), rate = run.substr(run.size() - rlen);
                const auto w = number(weight), r = number(rate);
                if (!w || !r || w->decimals != 0 || w->is_zero() || w->fraction() > rational(100)) continue;
                const std::size_t n = amounts.size();
                // The amounts' lengths: b's, then a's within 8 of it (decimals aside, of a size),
                // the initial budget's the rest (none without one); none longer than a form prints.
                for (std::size_t lb = 1; lb <= longest_amount && lb < n; ++lb) {
                    for (std::size_t la = lb > 8 ? lb - 8 : 1; la <= lb + 8 && la <= longest_amount && la + lb <= n; ++la) {
                        const std::size_t li = n - la - lb;
                        if (with_initial ? (li == 0 || li > longest_amount) : li != 0) continue;
                        const auto initial = amounts.substr(0, li), a = amounts.substr(li, la), b = amounts.substr(li + la);
                        // Cheap tests on the text first: cells as printed, amounts of a size.
                        if (!cell_number(a) || !cell_number(b) || !close_in_size(a, b)) continue;
                        if (with_initial && (!cell_number(initial) || !close_in_size(initial, a))) continue;
                        const auto da = number(a), db = number(b);
                        if (!da || !db || da->decimals > 6 || db->decimals > 6) continue;
                        if (with_initial) {
                            const auto di = number(initial);
                            if (!di || di->decimals > 6) continue;
                        }
                        if (!rate_fits(*da, *db, *r, near)) continue;
                        out.push_back({std::string(initial), std::string(a), std::string(b), std::string(weight),
                                       std::string(rate) + "%"});
                    }
                }
            }
        // Of several cuts, a weight the form's schemes use (10, 20: a multiple of 5), then the
        // fewest decimals (593.27|593.27|448.64|10|76, not 593.2|7593.27|448.6410|7|6).
        if (out.size() > 1)
            std::erase_if(out, [&](const std::vector<std::string>& c) { return std::stoi(c[3]) % 5 != 0; });
        if (out.size() > 1) {
            const auto decimals = [](const std::vector<std::string>& c) {
                std::size_t count = 0;
                for (const auto& part : c)
                    if (const auto dot = part.find('.'); dot != std::string::npos) count += part.size() - dot - 1;
                return count;
            };
            std::size_t fewest = decimals(out.front());
            for (const auto& c : out) fewest = std::min(fewest, decimals(c));
            std::erase_if(out, [&](const std::vector<std::string>& c) { return decimals(c) != fewest; });
        }
        if (!out.empty()) return out;
    }
    return out;
}

std::vector<glued_split> splits_of(std::string_view run, bool near) {
    std::vector<glued_split> out;
    for (std::size_t rlen = 1; rlen <= 6 && rlen + 2 <= run.size(); ++rlen) {
        const auto r = run.substr(run.size() - rlen);
        const auto rest = run.substr(0, run.size() - rlen);
        const auto rate = detail::parse_decimal(r, false);
        if (!cell_number(r) || !rate || rate->fraction() > rational(1000)) continue;
        for (std::size_t cut = 1; cut < rest.size(); ++cut) {
            const auto a = rest.substr(0, cut), b = rest.substr(cut);
            if (a.size() > longest_amount || b.size() > longest_amount) continue;
            const auto da = detail::parse_decimal(a, false), db = detail::parse_decimal(b, false);
            if (!cell_number(a) || !cell_number(b) || !da || !db || da->is_zero() || da->decimals > 6 || db->decimals > 6)
                continue;
            if (rate_fits(*da, *db, *rate, near)) out.push_back({std::string(a), std::string(b), std::string(r)});
        }
    }
    if (out.size() > 1)
        std::erase_if(out, [](const glued_split& s) {
            const auto da = integer_digits(s.a), db = integer_digits(s.b);
            return (da > db ? da - db : db - da) > 1;
        });
    return out;
}

// Labels and headings of the transfer-payment and MOF forms, after the key folding of
// the form reader (ASCII brackets and colons): the longest that starts at a place wins.
// (一级指标: where the indicator table begins, which the reader reports unread, JX-S009.)
constexpr std::array<std::string_view, 37> labels{
    "转移支付(项目)名称", "转移支付项目名称", "转移(项目)名称", "专项(项目)名称", "项目名称", "自治区主管部门", "省级主管部门",
    "中央主管部门", "地方主管部门", "主管部门", "资金使用单位", "项目实施单位", "实施单位", "项目类别", "资金投入情况",
    "预算执行情况", "年初预算数", "全年预算数", "全年执行数", "预算数", "执行数", "预算执行率", "执行率", "分值", "得分",
    "年度资金总额", "年度财政资金总额", "其中:中央补助", "其中:中央财政资金", "其中:中央财政补助", "其中:中央资金",
    "其中:当年财政拨款", "其中:本年财政拨款", "上年结转资金", "年度总体目标", "总体目标", "一级指标"};
// Labels of a source row that a project's name may hold (车辆购置税收入补助地方资金): a cell
// only where nothing is left over before them (after another row's figures).
constexpr std::array<std::string_view, 4> row_start_labels{"中央补助", "地方资金", "其他资金", "项目资金"};

// Labels after which a run of figures is a funds row's.
bool funds_row_label(std::string_view label) {
    return label == "年度资金总额" || label == "年度财政资金总额" || label.starts_with("其中:") || label == "中央补助" || label == "地方资金" ||
           label == "其他资金" || label == "上年结转资金";
}

bool figure_char(char c) { return (c >= '0' && c <= '9') || c == '.'; }

// No row of a form runs more than this together (a hostile run would cost time in its square).
constexpr std::size_t longest_run = 48;

// 50万元47.6895.00%: the first amount ends at its unit, so only the second and the rate are cut,
// the rate within one point of B ÷ A (a form that truncates, or misprints, is still read; the
// rules then report the rate). One cut, or none.
std::optional<std::pair<std::string, std::string>> split_after_unit(std::string_view a, std::string_view rest) {
    if (a.size() > longest_amount || rest.size() > longest_run) return std::nullopt;
    const auto da = cell_number(a) ? detail::parse_decimal(a, false) : std::nullopt;
    if (!da || da->is_zero()) return std::nullopt;
    std::optional<std::pair<std::string, std::string>> found;
    for (std::size_t rlen = 1; rlen <= 6 && rlen < rest.size(); ++rlen) {
        const auto b = rest.substr(0, rest.size() - rlen), r = rest.substr(rest.size() - rlen);
        const auto db = cell_number(b) ? detail::parse_decimal(b, false) : std::nullopt;
        const auto dr = cell_number(r) ? detail::parse_decimal(r, false) : std::nullopt;
        if (!db || !dr || db->decimals > 6) continue;
        const rational percent = db->fraction() / da->fraction() * rational(100);
        if (abs(percent - dr->fraction()) > rational(1)) continue;
        if (found) return std::nullopt;
        found = std::pair{std::string(b), std::string(r)};
    }
    return found;
}

}  // namespace
}  // namespace glued

std::optional<glued_split> split_glued_figures(std::string_view run) {
    if (run.size() > glued::longest_run) return std::nullopt;
    auto exact = glued::splits_of(run, false);
    if (exact.empty()) exact = glued::splits_of(run, true);
    if (exact.size() != 1) return std::nullopt;
    return exact.front();
}

std::vector<std::string> split_glued_row(std::string_view run) {
    if (run.size() > glued::longest_run) return {};
    if (const auto s = split_glued_figures(run)) return {s->a, s->b, s->r + "%"};
    for (const bool near : {false, true})
        if (auto cuts = glued::mof_cuts(run, near); !cuts.empty()) return cuts.size() == 1 ? cuts.front() : std::vector<std::string>{};
    return {};
}

std::vector<std::string> unglue_cells(std::string_view text, std::size_t& rows_left) {
    // Spaces inside a run-together form are the copy's (年初 预算数, 年度财政 资金总额).
    std::string t = folded_punctuation(text);
    std::erase_if(t, [](char c) { return c == ' ' || c == '\t'; });
    std::vector<std::string> cells;
    std::string current;
    const auto flush = [&] {
        if (!current.empty()) cells.push_back(current);
        current.clear();
    };
    for (std::size_t i = 0; i < t.size();) {
        std::string_view label;
        for (const auto l : glued::labels)
            if (l.size() > label.size() && std::string_view(t).substr(i).starts_with(l)) label = l;
        if (label.empty() && current.empty())
            for (const auto l : glued::row_start_labels)
                if (std::string_view(t).substr(i).starts_with(l)) label = l;
        if (!label.empty()) {
            flush();
            std::size_t end = i + label.size();
            // A heading's bracket ((A), (B/A×100%)) and a label's colon stay with it.
            if (end < t.size() && t[end] == '(' && !glued::funds_row_label(label))
                if (const auto close = t.find(')', end); close != std::string::npos && close - end <= 24) end = close + 1;
            if (end < t.size() && t[end] == ':') ++end;
            cells.emplace_back(t.substr(i, end - i));
            i = end;
            if (glued::funds_row_label(label) && rows_left > 0) {
                --rows_left;
                std::size_t run_end = i;
                while (run_end < t.size() && glued::figure_char(t[run_end])) ++run_end;
                // 年度资金总额50万元47.6895.00%: the first amount printed with its unit.
                const std::string_view unit = std::string_view(t).substr(run_end).starts_with("万元") ? "万元" : "";
                std::size_t rest_end = run_end + unit.size();
                while (!unit.empty() && rest_end < t.size() && glued::figure_char(t[rest_end])) ++rest_end;
                if (run_end > i && !unit.empty() && rest_end > run_end + unit.size() && rest_end < t.size() && t[rest_end] == '%')
                    if (const auto cut = glued::split_after_unit(std::string_view(t).substr(i, run_end - i),
                                                                 std::string_view(t).substr(run_end + unit.size(), rest_end - run_end - unit.size()))) {
                        cells.push_back(t.substr(i, run_end - i) + std::string(unit));
                        cells.push_back(cut->first);
                        cells.push_back(cut->second + "%");
                        i = rest_end + 1;
                        continue;
                    }
                if (run_end > i && run_end < t.size() && t[run_end] == '%')
                    if (auto row = split_glued_row(std::string_view(t).substr(i, run_end - i)); !row.empty()) {
                        for (auto& c : row) cells.push_back(std::move(c));
                        i = run_end + 1;
                        // The score after the rate (…100%20): a whole number of at most three digits.
                        std::size_t score_end = i;
                        while (score_end < t.size() && score_end - i < 3 && t[score_end] >= '0' && t[score_end] <= '9') ++score_end;
                        if (score_end > i && (score_end == t.size() || !glued::figure_char(t[score_end]))) {
                            cells.emplace_back(t.substr(i, score_end - i));
                            i = score_end;
                        }
                    }
            }
            continue;
        }
        current += t[i++];
    }
    flush();
    return cells;
}

}  // namespace jixiao::ingest
