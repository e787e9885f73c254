// Splitting the cells of a form a copy ran together (glued_cells.hpp).
#include "ingest/glued_cells.hpp"

#include <jixiao/detail/text.hpp>
#include <jixiao/rational.hpp>

#include <algorithm>
#include <array>

namespace jixiao::ingest {
namespace {

// A decimal as a form cell prints it: no leading zero (but 0 and 0.5), no trailing point.
bool cell_number(std::string_view t) {
    if (t.empty() || t.front() == '.' || t.back() == '.' || std::count(t.begin(), t.end(), '.') > 1) return false;
    return !(t.size() > 1 && t[0] == '0' && t[1] != '.');
}

std::size_t integer_digits(std::string_view t) { return std::min(t.find('.'), t.size()); }

std::vector<glued_split> splits_of(std::string_view run, bool near) {
    std::vector<glued_split> out;
    for (std::size_t rlen = 1; rlen <= 6 && rlen + 2 <= run.size(); ++rlen) {
        const auto r = run.substr(run.size() - rlen);
        const auto rest = run.substr(0, run.size() - rlen);
        const auto rate = detail::parse_decimal(r, false);
        if (!cell_number(r) || !rate || rate->fraction() > rational(1000)) continue;
        for (std::size_t cut = 1; cut < rest.size(); ++cut) {
            const auto a = rest.substr(0, cut), b = rest.substr(cut);
            const auto da = detail::parse_decimal(a, false), db = detail::parse_decimal(b, false);
            if (!cell_number(a) || !cell_number(b) || !da || !db || da->is_zero() || da->decimals > 6 || db->decimals > 6)
                continue;
            const rational percent = db->fraction() / da->fraction() * rational(100);
            const bool fits = near ? abs(percent - rate->fraction()) <= rational::fraction(1, 10)
                                   : percent.rounded(rate->decimals, si_she_wu_ru) == rate->fraction();
            if (fits) out.push_back({std::string(a), std::string(b), std::string(r)});
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
constexpr std::array<std::string_view, 25> labels{
    "转移支付(项目)名称", "转移支付项目名称", "项目名称", "中央主管部门", "地方主管部门", "主管部门", "资金使用单位",
    "实施单位", "资金投入情况", "年初预算数", "全年预算数", "全年执行数", "预算执行率", "执行率", "分值", "得分",
    "年度资金总额", "其中:中央补助", "其中:中央财政资金", "其中:中央资金", "其中:当年财政拨款", "其中:本年财政拨款",
    "上年结转资金", "年度总体目标", "总体目标"};
// Labels of a source row that a project's name may hold (车辆购置税收入补助地方资金): a cell
// only where nothing is left over before them (after another row's figures).
constexpr std::array<std::string_view, 4> row_start_labels{"中央补助", "地方资金", "其他资金", "项目资金"};

// Labels after which a run of figures is a funds row's.
bool funds_row_label(std::string_view label) {
    return label == "年度资金总额" || label.starts_with("其中:") || label == "中央补助" || label == "地方资金" ||
           label == "其他资金" || label == "上年结转资金";
}

std::string folded(std::string_view text) {
    std::string k(text);
    for (auto [from, to] : std::array<std::pair<std::string_view, std::string_view>, 3>{{{"（", "("}, {"）", ")"}, {"：", ":"}}})
        for (auto at = k.find(from); at != std::string::npos; at = k.find(from, at + to.size())) k.replace(at, from.size(), to);
    return k;
}

bool figure_char(char c) { return (c >= '0' && c <= '9') || c == '.'; }

}  // namespace

std::optional<glued_split> split_glued_figures(std::string_view run) {
    auto exact = splits_of(run, false);
    if (exact.empty()) exact = splits_of(run, true);
    if (exact.size() != 1) return std::nullopt;
    return exact.front();
}

std::vector<std::string> unglue_cells(std::string_view text) {
    const std::string t = folded(text);
    std::vector<std::string> cells;
    std::string current;
    const auto flush = [&] {
        if (!current.empty()) cells.push_back(current);
        current.clear();
    };
    std::string_view last_label;
    for (std::size_t i = 0; i < t.size();) {
        std::string_view label;
        for (const auto l : labels)
            if (l.size() > label.size() && std::string_view(t).substr(i).starts_with(l)) label = l;
        if (label.empty() && current.empty())
            for (const auto l : row_start_labels)
                if (std::string_view(t).substr(i).starts_with(l)) label = l;
        if (!label.empty()) {
            flush();
            std::size_t end = i + label.size();
            // A heading's bracket ((A), (B/A×100%)) and a label's colon stay with it.
            if (end < t.size() && t[end] == '(' && !funds_row_label(label))
                if (const auto close = t.find(')', end); close != std::string::npos && close - end <= 24) end = close + 1;
            if (end < t.size() && t[end] == ':') ++end;
            cells.emplace_back(t.substr(i, end - i));
            last_label = label;
            i = end;
            if (funds_row_label(label)) {
                std::size_t run_end = i;
                while (run_end < t.size() && figure_char(t[run_end])) ++run_end;
                if (run_end > i && run_end < t.size() && t[run_end] == '%')
                    if (const auto s = split_glued_figures(std::string_view(t).substr(i, run_end - i))) {
                        cells.push_back(s->a);
                        cells.push_back(s->b);
                        cells.push_back(s->r + "%");
                        i = run_end + 1;
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
