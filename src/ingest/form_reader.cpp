// Reading filled forms by their labels (form_reader.hpp). A form starts at its
// 项目名称 cell and runs to the next form's; inside it, each block is found by its
// heading (年初预算数 for the funds, 一级指标 for the indicators), each column by
// the heading's words, each funds row by its own label. So blank rows, a 填表人
// line, extra columns and 元 instead of 万元 read the same way.
#include "ingest/form_reader.hpp"

#include "ingest/form_cells.hpp"
#include "ingest/printed_value.hpp"
#include "ingest/xlsx_workbook.hpp"

#include <jixiao/detail/text.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace jixiao::ingest {
namespace {

using ojson = nlohmann::ordered_json;
constexpr std::size_t none = static_cast<std::size_t>(-1);

struct spot {
    std::size_t r = 0, c = 0;
    friend bool operator==(const spot&, const spot&) = default;
};

bool has_part(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }
bool has_any_part(std::string_view s, std::initializer_list<std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return has_part(s, p); });
}
bool starts_any(std::string_view s, std::initializer_list<std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return s.starts_with(p); });
}


// "0.9512" → "95.12": the point moved two places right, as text.
std::string percent_points(std::string_view fraction) {
    std::string sign;
    if (fraction.starts_with('-')) { sign = "-"; fraction.remove_prefix(1); }
    const auto point = fraction.find('.');
    std::string whole(fraction.substr(0, point));
    std::string part = point == std::string_view::npos ? "" : std::string(fraction.substr(point + 1));
    while (part.size() < 2) part += '0';
    whole += part.substr(0, 2);
    part.erase(0, 2);
    const auto nonzero = whole.find_first_not_of('0');
    whole = nonzero == std::string::npos ? "0" : whole.substr(nonzero);
    return sign + whole + (part.empty() ? "" : "." + part);
}

// The words before a printed points suffix: "产出指标（50分）" → "产出指标".
std::string without_points(std::string label) {
    for (std::string_view open : {"（", "("}) {
        const auto at = label.find(open);
        if (at != std::string::npos && at > 0) label.resize(at);
    }
    return label;
}

std::optional<indicator_level1> level1_of(std::string_view label) {
    if (has_part(label, "产出")) return indicator_level1::output;
    if (has_part(label, "效益") || has_part(label, "效果")) return indicator_level1::effect;
    if (has_part(label, "满意")) return indicator_level1::satisfaction;
    if (has_part(label, "成本")) return indicator_level1::cost;
    return std::nullopt;
}

std::optional<indicator_level2> level2_of(std::string_view label, indicator_level1 parent) {
    if (has_part(label, "经济成本")) return indicator_level2::economic_cost;
    if (has_part(label, "社会成本")) return indicator_level2::social_cost;
    if (has_part(label, "环境成本")) return indicator_level2::environmental_cost;
    if (has_part(label, "数量")) return indicator_level2::quantity;
    if (has_part(label, "质量")) return indicator_level2::quality;
    if (has_part(label, "时效")) return indicator_level2::timeliness;
    if (has_part(label, "成本") && parent == indicator_level1::output) return indicator_level2::cost;
    if (has_part(label, "经济效益")) return indicator_level2::economic;
    if (has_part(label, "社会效益")) return indicator_level2::social;
    if (has_part(label, "生态效益")) return indicator_level2::ecological;
    if (has_part(label, "可持续")) return indicator_level2::sustainability;
    if (has_part(label, "满意")) return indicator_level2::beneficiary;
    return std::nullopt;
}

// The SC form's 指标性质 column: ≥ ≤ ＝ or 定性.
struct nature {
    std::optional<comparison> op;
    bool qualitative = false;
};
std::optional<nature> nature_of(std::string_view label) {
    if (label.empty()) return std::nullopt;
    if (has_part(label, "定性")) return nature{std::nullopt, true};
    if (starts_any(label, {"≥", ">=", "＞＝", "≧", "正向", "大于等于", "不低于", ">", "＞"})) return nature{comparison::at_least, false};
    if (starts_any(label, {"≤", "<=", "＜＝", "≦", "反向", "小于等于", "不高于", "<", "＜"})) return nature{comparison::at_most, false};
    if (starts_any(label, {"=", "＝", "等于"})) return nature{comparison::equal, false};
    return std::nullopt;
}

// True when a plain decimal has more places than whole fen allow in its unit.
bool money_fraction_too_fine(std::string_view number, money_scale scale) {
    const auto point = number.find('.');
    if (point == std::string_view::npos) return false;
    const std::size_t places = number.size() - point - 1;
    return places > (scale == money_scale::wan ? 6u : 2u);
}

struct funds_columns {
    std::size_t initial = none, adjusted = none, used = none, rate = none, weight = none, score = none, reason = none;
    [[nodiscard]] std::size_t first() const {
        return std::min({initial, adjusted, used, rate, weight, score, reason});
    }
};

struct indicator_columns {
    std::size_t level1 = none, level2 = none, name = none, nature = none, target = none, unit = none, actual = none,
                weight = none, score = none, deviation = none;
};

enum class funds_row_kind { total, source, stop };
struct funds_row_label {
    funds_row_kind kind = funds_row_kind::stop;
    std::optional<fund_source> source;  // nullopt on a source row: 财政资金 (current + prior) or unstated
};

funds_row_label classify_funds_row(std::string label) {
    for (std::string_view lead : {"其中：", "其中:", "其中"})
        if (label.starts_with(lead)) { label.erase(0, lead.size()); break; }
    if (has_any_part(label, {"总额", "合计", "总计"})) return {funds_row_kind::total, std::nullopt};
    if (has_part(label, "当年财政拨款")) return {funds_row_kind::source, fund_source::current_year};
    if (has_part(label, "上年结转")) return {funds_row_kind::source, fund_source::prior_year};
    if (has_part(label, "财政专户")) return {funds_row_kind::source, fund_source::special_account};
    if (has_any_part(label, {"单位资金", "自有资金"})) return {funds_row_kind::source, fund_source::own};
    if (has_part(label, "其他资金")) return {funds_row_kind::source, fund_source::other};
    if (has_any_part(label, {"财政资金", "财政拨款", "来源未注明"})) return {funds_row_kind::source, std::nullopt};
    return {};
}

// A value read from the form, with where it came from.
struct provenance {
    ojson fields = ojson::object();
    std::vector<std::string> notes;
    extension to_x(const ojson& extra = ojson::object()) const {
        ojson out = ojson::object();
        if (!fields.empty()) out["source"] = fields;
        for (auto it = extra.begin(); it != extra.end(); ++it) out[it.key()] = it.value();
        if (!notes.empty()) out["notes"] = notes;
        if (out.empty()) return {};
        return extension{out.dump()};
    }
};

class form_reader {
public:
    form_reader(const cell_grid& grid, std::string_view source_name, ingest_result& result)
        : g_(grid), source_(source_name), result_(result) {}

    // The rows of the grid where a form's 项目名称 stands.
    std::vector<spot> form_starts() const {
        std::vector<spot> starts;
        for (std::size_t r = 0; r < rows(); ++r) {
            if (!g_.in_table(r)) continue;
            for (std::size_t c = 0; c < g_.columns(); ++c) {
                const std::string l = label(r, c);
                if (l == "项目名称" || l.starts_with("项目名称：") || l.starts_with("项目名称:")) {
                    starts.push_back({r, c});
                    break;
                }
            }
        }
        return starts;
    }

    bool has_indicator_heading(std::size_t top, std::size_t bottom) const {
        return find(top, bottom, [](const std::string& l) { return l.starts_with("一级指标"); }).has_value();
    }

    struct form_result {
        project model;
        std::optional<int> year;
        spot year_at;
        std::string layout;
        std::optional<points> execution_weight;
    };

    form_result read(spot start, std::size_t above, std::size_t bottom, std::size_t index) {
        form_result out;
        project& p = out.model;
        provenance px;
        scale_ = money_scale::wan;
        const std::string path = project_path(index);

        // Title lines above the form: the year, and which form it is.
        bool sichuan = false;
        for (std::size_t r = start.r; r-- > above;) {
            for (std::size_t c = 0; c < g_.columns(); ++c) {
                const std::string l = label(r, c);
                if (l.empty()) continue;
                if (has_any_part(l, {"510000_0013zp", "部门预算项目支出绩效自评表"})) sichuan = true;
                if (!out.year)
                    if (const auto y = form_year_in(l)) {
                        out.year = y;
                        out.year_at = {r, c};
                    }
            }
        }
        if (!out.year) {
            for (std::size_t r = start.r; r < bottom && !out.year; ++r)
                for (std::size_t c = 0; c < g_.columns() && !out.year; ++c)
                    if (const auto y = form_year_in(label(r, c))) {
                        out.year = y;
                        out.year_at = {r, c};
                    }
        }

        // 项目名称, with the project code in front on the SC form (51000021R…-name).
        const auto name = labelled(start, "项目名称");
        if (!name || trimmed(name->second).empty())
            fail(start, "“项目名称”后没有填写项目名称", "there is no project name after 项目名称");
        p.name = trimmed(name->second);
        px.fields["name"] = where(name->first, text(name->first.r, name->first.c));
        if (const auto code_split = split_code(p.name)) {
            p.code = code_split->first;
            p.name = code_split->second;
            px.fields["code"] = px.fields["name"];
        }
        if (const auto at = find(start.r, bottom, [](const std::string& l) { return starts_any(l, {"项目代码", "项目编码"}); }))
            if (const auto v = labelled(*at, "项目"))
                if (!trimmed(v->second).empty()) {
                    p.code = trimmed(v->second);
                    px.fields["code"] = where(v->first, text(v->first.r, v->first.c));
                }
        p.id = p.code && !p.code->empty() ? *p.code : ("p" + std::string(index < 9 ? "0" : "") + std::to_string(index + 1));
        read_text_field(start.r, bottom, "主管部门", p.department, "department", px);
        read_text_field(start.r, bottom, "实施单位", p.implementer, "implementer", px);

        read_goal(start.r, bottom, p, px);

        // Funds.
        const auto funds_heading = find(start.r, bottom, [](const std::string& l) { return l.starts_with("年初预算"); });
        std::size_t after_funds = start.r;
        if (funds_heading) {
            sichuan = sichuan || row_has(funds_heading->r, "调整后预算");
            after_funds = read_funds(*funds_heading, above, bottom, p, px, out, path);
        } else {
            px.notes.push_back("no funds block (a 年初预算数 heading) was found: budget and execution left out");
        }

        // Indicators.
        const auto ind_heading = find(after_funds, bottom, [](const std::string& l) { return l.starts_with("一级指标"); });
        std::size_t after_indicators = after_funds;
        if (ind_heading) {
            sichuan = sichuan || row_has(ind_heading->r, "指标性质");
            after_indicators = read_indicators(*ind_heading, bottom, p, path);
        } else {
            px.notes.push_back("no indicator block (a 一级指标 heading) was found");
        }

        // After the indicators: the SC form's conclusion, problems and measures.
        if (const auto at = find(after_indicators, bottom, [](const std::string& l) { return l.starts_with("评价结论"); }))
            if (const auto v = value_of(*at)) {
                p.conclusion = trimmed(text(v->r, v->c));
                px.fields["conclusion"] = where(*v, *p.conclusion);
            }
        read_list(after_indicators, bottom, {"存在问题", "主要问题"}, p.problems, "problems", px);
        read_list(after_indicators, bottom, {"改进措施", "改进建议", "下一步改进"}, p.suggestions, "suggestions", px);

        out.layout = sichuan ? "sc-2023" : "mof-2020";
        ojson form = where(start, text(start.r, start.c));
        form["layout"] = out.layout;
        form["money_unit"] = scale_ == money_scale::wan ? "万元" : "元";
        p.x = px.to_x({{"form", form}});
        return out;
    }

private:
    // ---- cells ------------------------------------------------------------------------

    std::size_t rows() const { return std::max(g_.rows(), g_.origins.size()); }
    std::string text(std::size_t r, std::size_t c) const {
        const auto* cell = g_.at(r, c);
        return cell ? cell->text : std::string();
    }
    std::string label(std::size_t r, std::size_t c) const { return without_spaces(text(r, c)); }
    bool blank(std::size_t r, std::size_t c) const { return label(r, c).empty(); }
    bool row_has(std::size_t r, std::string_view part) const {
        for (std::size_t c = 0; c < g_.columns(); ++c)
            if (has_part(label(r, c), part)) return true;
        return false;
    }

    template <class Pred>
    std::optional<spot> find(std::size_t from, std::size_t to, Pred pred) const {
        for (std::size_t r = from; r < to; ++r)
            for (std::size_t c = 0; c < g_.columns(); ++c) {
                const std::string l = label(r, c);
                if (!l.empty() && pred(l)) return spot{r, c};
            }
        return std::nullopt;
    }

    std::size_t right_edge(spot s) const {
        const auto* m = g_.merge_at(s.r, s.c);
        return m ? m->right : s.c;
    }
    std::size_t bottom_edge(spot s) const {
        const auto* m = g_.merge_at(s.r, s.c);
        return m ? m->bottom : s.r;
    }
    // The first filled cell right of `s` in its row.
    std::optional<spot> right_of(spot s) const {
        for (std::size_t c = right_edge(s) + 1; c < g_.columns(); ++c)
            if (!blank(s.r, c)) return spot{s.r, c};
        return std::nullopt;
    }
    // A heading's value: right of it, or (when the heading heads a column) the cell below.
    std::optional<spot> value_of(spot s) const {
        if (const auto r = right_of(s)) return r;
        const std::size_t below = bottom_edge(s) + 1;
        if (below < rows() && !blank(below, s.c)) return spot{below, s.c};
        return std::nullopt;
    }

    ojson where(spot s, std::string_view printed) const {
        ojson w = g_.where(s.r, s.c);
        w["text"] = std::string(printed);
        return w;
    }

    [[noreturn]] void fail(spot s, const std::string& zh, const std::string& en) const {
        throw error({g_.where_zh(s.r, s.c) + "：" + zh, g_.where_en(s.r, s.c) + ": " + en}, location::of_file(std::string(source_)));
    }

    void trace(const std::string& path, spot s, const std::string& printed) {
        result_.provenance.push_back({path, printed, 0, g_.where_en(s.r, s.c)});
    }

    // "51000021R000000012345-困难群众…" → code and name.
    static std::optional<std::pair<std::string, std::string>> split_code(const std::string& name) {
        std::size_t i = 0;
        while (i < name.size() && ((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'A' && name[i] <= 'Z') ||
                                   (name[i] >= 'a' && name[i] <= 'z')))
            ++i;
        if (i < 8 || std::none_of(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(i), [](char ch) { return ch >= '0' && ch <= '9'; }))
            return std::nullopt;
        for (std::string_view dash : {"-", "－", "—", "_", " "})
            if (name.compare(i, dash.size(), dash) == 0 && i + dash.size() < name.size())
                return std::pair{name.substr(0, i), trimmed(name.substr(i + dash.size()))};
        return std::nullopt;
    }

    // A label cell's value: inline after ：, or the next filled cell to the right.
    std::optional<std::pair<spot, std::string>> labelled(spot s, std::string_view label_word) const {
        const std::string raw = text(s.r, s.c);
        for (std::string_view colon : {"：", ":"}) {
            const auto at = raw.find(colon);
            if (at != std::string::npos && has_part(without_spaces(raw.substr(0, at)), label_word)) {
                const std::string rest = trimmed(raw.substr(at + colon.size()));
                if (!rest.empty()) return std::pair{s, rest};
            }
        }
        if (const auto r = right_of(s)) return std::pair{*r, text(r->r, r->c)};
        return std::nullopt;
    }

    void read_text_field(std::size_t top, std::size_t bottom, std::string_view word, std::optional<std::string>& field,
                         const char* key, provenance& px) {
        const auto at = find(top, bottom, [&](const std::string& l) { return l.starts_with(word); });
        if (!at) return;
        const auto v = labelled(*at, word);
        if (!v || trimmed(v->second).empty()) return;
        // The value must not be the next label (主管部门 | 实施单位 | … on one row, left blank).
        if (v->first.c != at->c && starts_any(label(v->first.r, v->first.c), {"实施单位", "主管部门", "项目名称", "项目代码"})) return;
        field = trimmed(v->second);
        px.fields[key] = where(v->first, text(v->first.r, v->first.c));
    }

    void read_goal(std::size_t top, std::size_t bottom, project& p, provenance& px) {
        const auto goal = find(top, bottom, [](const std::string& l) {
            return has_any_part(l, {"预期目标", "项目年度目标"}) && !has_part(l, "完成");
        });
        if (goal)
            if (const auto v = below_or_right(*goal)) {
                p.goal = trimmed(text(v->r, v->c));
                px.fields["goal"] = where(*v, *p.goal);
            }
        const auto outcome = find(top, bottom, [](const std::string& l) {
            return has_any_part(l, {"实际完成情况", "目标完成情况", "年度目标完成情况"});
        });
        if (outcome)
            if (const auto v = below_or_right(*outcome)) {
                p.outcome = trimmed(text(v->r, v->c));
                px.fields["outcome"] = where(*v, *p.outcome);
            }
        if (const auto at = find(top, bottom, [](const std::string& l) { return has_part(l, "实施内容"); }))
            if (const auto v = value_of(*at)) {
                p.content = trimmed(text(v->r, v->c));
                px.fields["content"] = where(*v, *p.content);
            }
    }

    // A column heading (预期目标 | 实际完成情况 side by side) has its text below; a row label to its right.
    std::optional<spot> below_or_right(spot s) const {
        const std::size_t below = bottom_edge(s) + 1;
        if (below < rows() && !blank(below, s.c)) {
            const std::string l = label(below, s.c);
            if (!has_any_part(l, {"绩效指标", "一级指标", "项目实施内容"})) return spot{below, s.c};
        }
        return right_of(s);
    }

    void read_list(std::size_t top, std::size_t bottom, std::initializer_list<std::string_view> words,
                   std::optional<std::vector<std::string>>& field, const char* key, provenance& px) {
        const auto at = find(top, bottom, [&](const std::string& l) { return starts_any(l, words); });
        if (!at) return;
        const auto v = value_of(*at);
        if (!v) return;
        std::vector<std::string> items;
        const std::string all = text(v->r, v->c);
        std::size_t from = 0;
        while (from <= all.size()) {
            const auto nl = all.find('\n', from);
            const std::string line = trimmed(all.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
            if (!line.empty() && !is_no_figure(without_spaces(line))) items.push_back(line);
            if (nl == std::string::npos) break;
            from = nl + 1;
        }
        if (items.empty()) return;
        field = items;
        px.fields[key] = where(*v, all);
    }

    // ---- figures ------------------------------------------------------------------------

    // The decimal text a cell holds: a stored binary number by its shortest round-trip text.
    std::optional<std::string> figure_text(spot s, bool as_percent_points = false) const {
        const auto* cell = g_.at(s.r, s.c);
        if (!cell) return std::nullopt;
        if (!cell->formula.empty())
            fail(s, "单元格是公式 " + cell->formula + "，但文件中没有它的计算结果（文件不是由电子表格软件保存的）；请用 Excel 或 WPS 打开并保存后再读",
                 "the cell holds the formula " + cell->formula + " but the file has no computed value for it (it was not saved by a "
                 "spreadsheet program); open and save it in Excel or WPS, then read it again");
        if (cell->number) {
            auto t = shortest_decimal(cell->text);
            if (!t) fail(s, "数字“" + cell->text + "”无法读取", "the number “" + cell->text + "” cannot be read");
            if (as_percent_points && cell->percent) return percent_points(*t);
            return t;
        }
        const std::string l = without_spaces(cell->text);
        if (is_no_figure(l)) return std::nullopt;
        const auto folded = detail::fold_number_text(l);  // full-width digits, ％ and ，
        return folded ? *folded : l;
    }

    std::optional<money> amount_at(spot s) const {
        const auto t = figure_text(s);
        if (!t) return std::nullopt;
        const bool has_unit = t->ends_with("元") || t->ends_with("万");
        const std::string text_to_parse = *t + (has_unit || scale_ == money_scale::yuan ? "" : "万");
        std::optional<money> amount;
        try {
            amount = money::parse(text_to_parse);
        } catch (const error& e) {
            const std::string unit = scale_ == money_scale::wan ? "万元" : "元";
            const auto* cell = g_.at(s.r, s.c);
            if (cell && cell->number && money_fraction_too_fine(*t, scale_))
                fail(s, "单元格存的数是 " + *t + "（" + unit + "，二进制浮点数，常见于公式的计算结果），不是整分的金额；请填写金额或用 ROUND(…,2) 取整",
                     "the cell stores the number " + *t + " (" + unit + ", binary floating point, as formulas often leave it), "
                     "which is not a whole number of fen; type the amount or round it with ROUND(…,2)");
            fail(s, "“" + *t + "”不能读作以" + unit + "为单位的金额（" + e.message().zh + "）",
                 "“" + *t + "” cannot be read as an amount in " + unit + " (" + e.message().en + ")");
        }
        // The form's amounts are never below zero (a cut is written as the smaller budget).
        if (amount->is_negative())
            fail(s, "金额“" + *t + "”是负数；自评表上的金额不会小于零", "the amount “" + *t + "” is negative; no amount on the form is below zero");
        return amount;
    }

    std::optional<points> points_at(spot s, const char* what_zh, const char* what_en) const {
        auto t = figure_text(s);
        if (!t) return std::nullopt;
        if (t->ends_with("分")) t->resize(t->size() - std::string_view("分").size());
        try {
            return points::parse(*t);
        } catch (const error& e) {
            fail(s, std::string(what_zh) + "“" + *t + "”不是分数（" + e.message().zh + "）",
                 std::string(what_en) + " “" + *t + "” is not a number of points (" + e.message().en + ")");
        }
    }

    // A weight (分值): what a row can score, never below zero.
    std::optional<points> weight_at(spot s, const char* what_zh, const char* what_en) const {
        const auto w = points_at(s, what_zh, what_en);
        if (w && w->is_negative())
            fail(s, std::string(what_zh) + "“" + to_string(*w) + "”是负数；分值不会小于零",
                 std::string(what_en) + " “" + to_string(*w) + "” is negative; no weight is below zero");
        return w;
    }

    std::optional<reported_percentage> percentage_at(spot s) const {
        const auto* cell = g_.at(s.r, s.c);
        auto t = figure_text(s, true);
        if (!t) return std::nullopt;
        if (t->ends_with("%")) t->pop_back();
        reported_percentage out;
        try {
            out.value = ratio::parse(*t + "%");
        } catch (const error& e) {
            fail(s, "执行率“" + *t + "”不是百分数（" + e.message().zh + "）",
                 "the execution rate “" + *t + "” is not a percentage (" + e.message().en + ")");
        }
        out.decimals = cell && cell->number && cell->decimals ? *cell->decimals : decimals_of(*t);
        // A stored number is shown as its format shows it: 1 with 0.00% is "100.00%".
        std::string shown = *t;
        if (cell && cell->number && *out.decimals > decimals_of(shown)) {
            if (decimals_of(shown) == 0) shown += '.';
            shown.append(static_cast<std::size_t>(*out.decimals - decimals_of(*t)), '0');
        }
        out.text = shown + "%";
        return out;
    }

    // ---- funds -----------------------------------------------------------------------------

    std::size_t read_funds(spot heading, std::size_t above, std::size_t bottom, project& p, provenance& px,
                           form_result& out, const std::string& path) {
        const std::size_t h = heading.r;
        funds_columns col;
        for (std::size_t c = 0; c < g_.columns(); ++c) {
            const std::string l = label(h, c);
            if (l.empty()) continue;
            if (has_part(l, "年初预算")) col.initial = c;
            else if (has_any_part(l, {"全年预算", "调整后预算"})) col.adjusted = c;
            else if (has_part(l, "执行率")) col.rate = c;
            else if (has_part(l, "执行数")) col.used = c;
            else if (has_any_part(l, {"分值", "权重"})) col.weight = c;
            else if (has_part(l, "得分")) col.score = c;
            else if (has_part(l, "原因")) col.reason = c;
        }
        const std::size_t first = col.first();

        // The rows by their labels, up to the first row that is none of them.
        struct row_spot {
            std::size_t r;
            funds_row_label kind;
            spot label_at;
        };
        std::vector<row_spot> found;
        std::size_t r = h + 1;
        for (; r < bottom; ++r) {
            std::string row_label;
            std::optional<spot> label_at;
            bool any = false;
            for (std::size_t c = 0; c < g_.columns(); ++c) {
                if (blank(r, c)) continue;
                any = true;
                if (c < first) {
                    row_label += label(r, c);
                    if (!label_at) label_at = spot{r, c};
                }
            }
            if (!any) continue;
            const auto kind = classify_funds_row(row_label);
            if (kind.kind == funds_row_kind::stop) break;
            found.push_back({r, kind, *label_at});
        }

        // The unit of the amounts: the heading row, the block's labels, then the lines above.
        std::optional<money_scale> scale;
        for (std::size_t c = 0; c < g_.columns() && !scale; ++c) scale = scale_in(label(h, c));
        for (const auto& f : found)
            for (std::size_t c = 0; c < first && !scale; ++c) scale = scale_in(label(f.r, c));
        for (std::size_t c = 0; c < std::min(first, g_.columns()) && !scale; ++c)
            for (std::size_t rr = h; rr-- > above && !scale;)
                if (const auto* m = g_.merge_at(rr, c); m && m->bottom >= h) scale = scale_in(label(rr, c));
        for (std::size_t rr = h; rr-- > above && !scale;)
            for (std::size_t c = 0; c < g_.columns() && !scale; ++c) scale = scale_in(label(rr, c));
        if (!scale) px.notes.push_back("no money unit is printed near the funds block; the amounts are read in 万元, as both layouts print them");
        scale_ = scale.value_or(money_scale::wan);

        const auto cell_at = [&](std::size_t row, std::size_t c) { return c == none ? std::optional<spot>() : std::optional<spot>(spot{row, c}); };
        const level guessed = level_from_unit(p.implementer ? *p.implementer : p.department.value_or(""));
        bool total_seen = false;
        for (const auto& f : found) {
            if (f.kind.kind == funds_row_kind::total) {
                if (total_seen) continue;
                total_seen = true;
                budget b;
                provenance bx;
                if (const auto s = cell_at(f.r, col.initial))
                    if ((b.initial = amount_at(*s))) {
                        bx.fields["initial"] = where(*s, text(s->r, s->c));
                        trace(path + ".budget.initial", *s, text(s->r, s->c));
                    }
                if (const auto s = cell_at(f.r, col.adjusted))
                    if ((b.adjusted = amount_at(*s))) {
                        bx.fields["adjusted"] = where(*s, text(s->r, s->c));
                        trace(path + ".budget.adjusted", *s, text(s->r, s->c));
                    }
                if (b.initial || b.adjusted) {
                    b.x = bx.to_x();
                    p.budget = b;
                }
                execution e;
                provenance ex;
                if (const auto s = cell_at(f.r, col.used))
                    if ((e.used = amount_at(*s))) {
                        ex.fields["used"] = where(*s, text(s->r, s->c));
                        trace(path + ".execution.used", *s, text(s->r, s->c));
                    }
                if (const auto s = cell_at(f.r, col.rate))
                    if ((e.reported_rate = percentage_at(*s))) {
                        ex.fields["reported_rate"] = where(*s, text(s->r, s->c));
                        trace(path + ".execution.reported_rate", *s, text(s->r, s->c));
                    }
                if (const auto s = cell_at(f.r, col.reason)) {
                    const std::string reason = trimmed(text(s->r, s->c));
                    if (!is_no_figure(without_spaces(reason))) {
                        e.deviation = reason;
                        ex.fields["deviation"] = where(*s, reason);
                    }
                }
                if (e.used || e.reported_rate || e.deviation) {
                    e.x = ex.to_x();
                    p.execution = e;
                }
                if (const auto s = cell_at(f.r, col.weight))
                    out.execution_weight = weight_at(*s, "执行率分值", "the execution weight");
                if (const auto s = cell_at(f.r, col.score))
                    if (const auto score = points_at(*s, "执行率得分", "the execution score")) {
                        if (!p.reported) p.reported = reported_scores{};
                        p.reported->execution_score = score;
                        reported_x_["execution_score"] = where(*s, text(s->r, s->c));
                        trace(path + ".reported.execution_score", *s, text(s->r, s->c));
                    }
                continue;
            }
            // A source row: its 全年预算数 (else 年初预算数) is the money allocated from that source.
            std::optional<spot> amount_spot;
            std::optional<money> amount;
            bool from_initial = false;
            if (const auto s = cell_at(f.r, col.adjusted)) { amount = amount_at(*s); amount_spot = s; }
            if (!amount)
                if (const auto s = cell_at(f.r, col.initial)) {
                    amount = amount_at(*s);
                    amount_spot = s;
                    from_initial = amount.has_value();
                }
            if (!amount || amount->is_zero()) continue;  // nothing from this source
            tranche t;
            t.level = guessed;
            t.source = f.kind.source;
            t.amount = *amount;
            provenance tx;
            tx.fields["amount"] = where(*amount_spot, text(amount_spot->r, amount_spot->c));
            tx.fields["row"] = where(f.label_at, text(f.label_at.r, f.label_at.c));
            if (const auto s = cell_at(f.r, col.used); s && figure_text(*s))
                tx.fields["used"] = where(*s, text(s->r, s->c));
            tx.notes.push_back(guessed_level_note(guessed));
            if (!f.kind.source)
                tx.notes.push_back("the row " + label(f.label_at.r, f.label_at.c) + " does not say one source (财政资金 is current-year and prior-year money together)");
            if (from_initial) tx.notes.push_back("全年预算数 is blank on this row: 年初预算数 is read as the amount allocated");
            t.x = tx.to_x();
            trace(path + ".tranches[" + std::to_string(p.tranches.size()) + "].amount", *amount_spot,
                  text(amount_spot->r, amount_spot->c));
            p.tranches.push_back(std::move(t));
        }
        if (!total_seen) px.notes.push_back("the funds block has no total row (年度资金总额 / 总额): budget and execution left out");
        return found.empty() ? h + 1 : found.back().r + 1;
    }

    // ---- indicators -------------------------------------------------------------------

    std::size_t read_indicators(spot heading, std::size_t bottom, project& p, const std::string& path) {
        const std::size_t h = heading.r;
        indicator_columns col;
        for (std::size_t c = 0; c < g_.columns(); ++c) {
            const std::string l = label(h, c);
            if (l.empty()) continue;
            if (l.starts_with("一级指标")) col.level1 = c;
            else if (l.starts_with("二级指标")) col.level2 = c;
            else if (l.starts_with("三级指标") || l == "指标名称") col.name = c;
            else if (has_part(l, "指标性质")) col.nature = c;
            else if (has_part(l, "指标值")) col.target = c;
            else if (has_any_part(l, {"度量单位", "计量单位"}) || l == "单位") col.unit = c;
            else if (has_part(l, "完成值")) col.actual = c;
            else if (has_any_part(l, {"分值", "权重"})) col.weight = c;
            else if (has_part(l, "得分")) col.score = c;
            else if (has_any_part(l, {"原因", "偏差", "改进措施"})) col.deviation = c;
        }
        if (col.name == none) fail(heading, "指标表头中没有“三级指标”列", "the indicator heading has no 三级指标 column");
        if (col.weight == none) fail(heading, "指标表头中没有“分值”或“权重”列", "the indicator heading has no 分值 or 权重 column");
        if (col.target == none) fail(heading, "指标表头中没有“年度指标值”或“指标值”列", "the indicator heading has no 年度指标值 / 指标值 column");
        if (col.actual == none) fail(heading, "指标表头中没有“实际完成值”或“完成值”列", "the indicator heading has no 实际完成值 / 完成值 column");

        std::optional<std::pair<std::string, spot>> level1_text, level2_text;
        std::size_t r = h + 1;
        for (; r < bottom; ++r) {
            // The first filled cell left of the names says whether the block has ended.
            std::string lead;
            spot lead_at{r, 0};
            for (std::size_t c = 0; c < g_.columns(); ++c)
                if (!blank(r, c)) {
                    lead = label(r, c);
                    lead_at = {r, c};
                    break;
                }
            if (lead.empty()) continue;
            if (starts_any(lead, {"总分", "合计", "总计", "得分合计"})) {
                read_total(r, col, p, path);
                return r + 1;
            }
            if (lead_at.c < col.name &&
                starts_any(lead, {"评价结论", "存在问题", "改进措施", "主要问题", "等级", "项目负责人", "填表人", "注："}))
                return r;
            if (blank(r, col.name)) continue;  // a row without an indicator: a note or a stray figure

            indicator ind;
            provenance ix;
            const std::string ipath = path + ".indicators[" + std::to_string(p.indicators.size()) + "]";
            // 一级/二级: the merged cell covering this row, or the last one above when left blank.
            const auto merged_text = [&](std::size_t c, std::optional<std::pair<std::string, spot>>& last) {
                if (c == none) return;
                spot s{r, c};
                if (const auto* m = g_.merge_at(r, c)) s = {m->top, m->left};
                if (!blank(s.r, s.c)) last = std::pair{text(s.r, s.c), s};
            };
            const auto previous_level1 = level1_text;
            merged_text(col.level1, level1_text);
            if (level1_text != previous_level1) level2_text.reset();
            merged_text(col.level2, level2_text);
            if (!level1_text) fail(spot{r, col.level1 == none ? col.name : col.level1}, "指标没有一级指标", "the indicator has no level-1 (一级指标)");
            const auto l1 = level1_of(without_points(without_spaces(level1_text->first)));
            if (!l1)
                fail(level1_text->second, "一级指标“" + trimmed(level1_text->first) + "”不是产出、效益、满意度或成本指标",
                     "the level-1 indicator “" + trimmed(level1_text->first) + "” is not 产出, 效益, 满意度 or 成本指标");
            ind.level1 = *l1;
            ix.fields["level1"] = where(level1_text->second, level1_text->first);
            if (level2_text) {
                ind.level2 = level2_of(without_points(without_spaces(level2_text->first)), ind.level1);
                ix.fields["level2"] = where(level2_text->second, level2_text->first);
                if (!ind.level2) ix.notes.push_back("二级指标 “" + trimmed(level2_text->first) + "” is none of the standard categories; level2 left out");
            }
            const spot name_at{r, col.name};
            ind.name = trimmed(text(r, col.name));
            ix.fields["name"] = where(name_at, ind.name);

            const spot weight_cell{r, col.weight};
            const auto weight = weight_at(weight_cell, "分值", "the weight");
            if (!weight) fail(weight_cell, "指标“" + ind.name + "”没有分值", "the indicator “" + ind.name + "” has no weight (分值)");
            ind.weight = *weight;
            ix.fields["weight"] = where(weight_cell, text(r, col.weight));
            trace(ipath + ".weight", weight_cell, text(r, col.weight));
            if (col.score != none)
                if ((ind.reported_score = points_at(spot{r, col.score}, "得分", "the score"))) {
                    ix.fields["reported_score"] = where(spot{r, col.score}, text(r, col.score));
                    trace(ipath + ".reported_score", spot{r, col.score}, text(r, col.score));
                }
            if (col.deviation != none) {
                const std::string d = trimmed(text(r, col.deviation));
                if (!is_no_figure(without_spaces(d))) {
                    ind.deviation = d;
                    ix.fields["deviation"] = where(spot{r, col.deviation}, d);
                }
            }
            read_values(r, col, ind, ix, ipath);
            ind.x = ix.to_x();
            p.indicators.push_back(std::move(ind));
        }
        return r;
    }

    void read_total(std::size_t r, const indicator_columns& col, project& p, const std::string& path) {
        std::optional<spot> at;
        if (col.score != none && !blank(r, col.score)) at = spot{r, col.score};
        if (!at)
            for (std::size_t c = g_.columns(); c-- > 0;)
                if (!blank(r, c)) { at = spot{r, c}; break; }
        if (!at) return;
        const auto total = points_at(*at, "总分", "the total");
        if (!total) return;
        if (!p.reported) p.reported = reported_scores{};
        p.reported->total = total;
        reported_x_["total"] = where(*at, text(at->r, at->c));
        trace(path + ".reported.total", *at, text(at->r, at->c));
    }

    // 指标值 / 完成值 (with 指标性质 and 度量单位 on the SC form) into op, target, actual, unit or a rating.
    void read_values(std::size_t r, const indicator_columns& col, indicator& ind, provenance& ix, const std::string& ipath) {
        const spot target_at{r, col.target}, actual_at{r, col.actual};
        const auto value_text = [&](spot s) {
            const auto* cell = g_.at(s.r, s.c);
            if (cell && cell->number) {
                const auto t = figure_text(s, true);
                return t ? *t + (cell->percent ? "%" : "") : std::string();
            }
            return trimmed(text(s.r, s.c));
        };
        const std::string target_text = value_text(target_at);
        std::string actual_text = value_text(actual_at);
        // "92.5%（达成）": a measured value with the rating it was given.
        std::optional<rating> bracketed;
        for (const auto& [word, value] : {std::pair<std::string_view, rating>{"部分达成", rating::partial},
                                          {"未达成", rating::not_achieved}, {"达成", rating::achieved}}) {
            for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
                const std::string tail = std::string(open) + std::string(word) + std::string(close);
                if (!bracketed && actual_text.size() > tail.size() && actual_text.ends_with(tail)) {
                    bracketed = value;
                    actual_text = trimmed(actual_text.substr(0, actual_text.size() - tail.size()));
                }
            }
        }
        const printed_value target = split_printed_value(target_text), actual = split_printed_value(actual_text);
        std::optional<nature> kind;
        if (col.nature != none) {
            kind = nature_of(label(r, col.nature));
            if (kind) ix.fields["op"] = where(spot{r, col.nature}, text(r, col.nature));
        }
        std::string unit;
        if (col.unit != none && !is_no_figure(label(r, col.unit))) {
            unit = trimmed(text(r, col.unit));
            ix.fields["unit"] = where(spot{r, col.unit}, unit);
        }
        if (!target_text.empty()) ix.fields["target"] = where(target_at, text(target_at.r, target_at.c));
        if (!is_no_figure(without_spaces(text(actual_at.r, actual_at.c))))
            ix.fields["actual"] = where(actual_at, text(actual_at.r, actual_at.c));

        const auto read_target = [&] {
            ind.op = kind && kind->op ? kind->op : target.op;
            if (!ind.op) {
                ind.op = comparison::at_least;
                ix.notes.push_back("the target “" + target_text + "” has no operator: read as ≥ (正向)");
            }
            if (target.strict) ix.notes.push_back("a strict > or < is read as ≥ or ≤");
            try {
                ind.target = quantity::parse(*target.number);
            } catch (const error& e) {
                fail(target_at, "指标值“" + target_text + "”无法读取（" + e.message().zh + "）",
                     "the target “" + target_text + "” cannot be read (" + e.message().en + ")");
            }
            if (unit.empty()) unit = target.unit;
            trace(ipath + ".target", target_at, target_text);
        };
        const auto read_actual = [&] {
            try {
                ind.actual = quantity::parse(*actual.number);
            } catch (const error& e) {
                fail(actual_at, "完成值“" + actual_text + "”无法读取（" + e.message().zh + "）",
                     "the actual value “" + actual_text + "” cannot be read (" + e.message().en + ")");
            }
            if (unit.empty()) unit = actual.unit;
            if (!target.unit.empty() && !actual.unit.empty() && target.unit != actual.unit)
                ix.notes.push_back("the target is in “" + target.unit + "”, the actual value in “" + actual.unit + "”");
            trace(ipath + ".actual", actual_at, actual_text);
        };

        // Not applicable: said in the actual value or in the score (不适用); the target as printed is kept.
        const std::string a = actual.text;
        const std::string score_label = col.score == none ? std::string() : label(r, col.score);
        if (a == "不适用" || a == "不涉及" || score_label == "不适用" || score_label == "不涉及") {
            ind.not_applicable = true;
            if (target.number) read_target();
            if (actual.number) read_actual();
            if (!unit.empty()) ind.unit = unit;
            return;
        }
        if (bracketed) {
            ind.rating = bracketed;
            if (target.number) read_target();
            if (actual.number) read_actual();
            if (!unit.empty()) ind.unit = unit;
            if (ind.reported_score) ind.score = ind.reported_score;
            return;
        }
        const bool qualitative = (kind && kind->qualitative) || !target.number || !actual.number;
        if (!qualitative) {
            read_target();
            read_actual();
            if (!unit.empty()) ind.unit = unit;
            return;
        }

        // Qualitative: the rating as printed, or the target's words met, or the unit's score.
        if (!unit.empty()) ind.unit = unit;
        static const std::map<std::string_view, rating> ratings{
            {"达成", rating::achieved},          {"完全达成", rating::achieved},  {"已达成", rating::achieved},
            {"部分达成", rating::partial},       {"基本达成", rating::partial},   {"未达成", rating::not_achieved},
            {"未完成", rating::not_achieved},    {"否", rating::not_achieved}};
        if (const auto it = ratings.find(a); it != ratings.end()) {
            ind.rating = it->second;
        } else if (!a.empty() && a == target.text) {
            ind.rating = rating::achieved;
        } else if (ind.reported_score && ind.weight.is_positive()) {
            const ratio share = *ratio_of(*ind.reported_score, ind.weight);
            ind.rating = share >= ratio::parse("80%") ? rating::achieved
                         : share >= ratio::parse("60%") ? rating::partial
                                                        : rating::not_achieved;
            ix.notes.push_back("the rating is read from the printed score (" + to_string(*ind.reported_score) + " of " +
                               to_string(ind.weight) + "): “" + actual_text + "” is not 达成, 部分达成 or 未达成");
        } else {
            fail(actual_at, "定性指标“" + ind.name + "”的完成值“" + actual_text + "”无法判断达成情况（应填 达成、部分达成、未达成，或填写得分）",
                 "the qualitative indicator “" + ind.name + "” has the actual value “" + actual_text +
                     "”, which says neither 达成, 部分达成 nor 未达成 (and no score is printed)");
        }
        // The unit's own judgement within the rating's band; JX-I006 reports it if it is outside.
        if (ind.reported_score) ind.score = ind.reported_score;
    }

public:
    ojson reported_x_ = ojson::object();
    money_scale scale_ = money_scale::wan;

private:
    const cell_grid& g_;
    std::string_view source_;
    ingest_result& result_;
};

}  // namespace

bool has_filled_form(const cell_grid& grid) {
    ingest_result scratch;
    const form_reader reader(grid, "", scratch);
    const auto starts = reader.form_starts();
    return !starts.empty() && reader.has_indicator_heading(starts.front().r, std::max(grid.rows(), grid.origins.size()));
}

ingest_result read_filled_forms(const std::vector<cell_grid>& grids, std::string_view source_name, std::string_view container) {
    ingest_result result;
    result.encoding = std::string(container);
    document& doc = result.doc;
    std::vector<std::string> notes;
    ojson forms = ojson::array();
    std::optional<int> year;
    std::optional<std::pair<const cell_grid*, spot>> year_from;
    std::vector<std::string> layouts;
    std::vector<std::optional<points>> execution_weights;

    for (const auto& grid : grids) {
        form_reader reader(grid, source_name, result);
        const auto starts = reader.form_starts();
        const std::size_t rows = std::max(grid.rows(), grid.origins.size());
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const std::size_t above = k == 0 ? 0 : starts[k - 1].r + 1;
            const std::size_t bottom = k + 1 < starts.size() ? starts[k + 1].r : rows;
            if (!reader.has_indicator_heading(starts[k].r, bottom)) {
                notes.push_back(grid.where_en(starts[k].r, starts[k].c) + " has 项目名称 but no 一级指标 heading below it: not read as a form");
                continue;
            }
            reader.reported_x_ = ojson::object();
            auto form = reader.read(starts[k], above, bottom, doc.projects.size());
            if (form.model.reported) {
                provenance rx;
                rx.fields = reader.reported_x_;
                form.model.reported->x = rx.to_x();
            }
            if (form.year) {
                if (!year) {
                    year = form.year;
                    year_from = std::pair{&grid, form.year_at};
                } else if (*form.year != *year) {
                    notes.push_back(grid.where_en(form.year_at.r, form.year_at.c) + " names fiscal year " + std::to_string(*form.year) +
                                    ", not " + std::to_string(*year) + " as the first form does; the document keeps " + std::to_string(*year));
                }
            }
            ojson entry = grid.where(starts[k].r, starts[k].c);
            entry["project"] = form.model.name;
            entry["layout"] = form.layout;
            forms.push_back(entry);
            layouts.push_back(form.layout);
            execution_weights.push_back(form.execution_weight);
            doc.projects.push_back(std::move(form.model));
        }
    }
    if (doc.projects.empty())
        throw error({"找不到自评表：没有一个单元格写着“项目名称”，且其下有“一级指标”表头（项目支出绩效自评表或部门预算项目支出绩效自评表）",
                     "no self-evaluation form found: no cell reads 项目名称 with a 一级指标 heading below it "
                     "(项目支出绩效自评表 or 部门预算项目支出绩效自评表)"},
                    location::of_file(std::string(source_name)));
    if (!year)
        throw error({"找不到年度：自评表上方应有“（2023年度）”这样的年度行",
                     "no fiscal year found: a line such as （2023年度） should stand above the form"},
                    location::of_file(std::string(source_name)));
    doc.fiscal_year = *year;

    // Ids unique: a project code printed twice falls back to the position.
    std::set<std::string> ids;
    for (std::size_t i = 0; i < doc.projects.size(); ++i)
        if (!ids.insert(doc.projects[i].id).second) {
            doc.projects[i].id = "p" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1);
            ids.insert(doc.projects[i].id);
        }

    // The unit: the implementer every form names, when they all name the same.
    std::optional<std::string> unit;
    bool one_unit = true;
    for (const auto& p : doc.projects) {
        const auto& u = p.implementer ? p.implementer : p.department;
        if (!u) { one_unit = false; break; }
        if (!unit) unit = u;
        else if (*unit != *u) one_unit = false;
    }
    if (one_unit && unit) doc.unit = unit;

    // The scheme: the SC preset when every form is the SC form; an execution weight other than 10 when all print it.
    scheme s;
    bool any = false;
    if (std::all_of(layouts.begin(), layouts.end(), [](const std::string& l) { return l == "sc-2023"; })) {
        s.preset = scheme_preset::sc_2023;
        any = true;
    }
    if (!execution_weights.empty() && execution_weights.front() &&
        std::all_of(execution_weights.begin(), execution_weights.end(), [&](const auto& w) { return w == execution_weights.front(); }) &&
        *execution_weights.front() != points(10)) {
        s.execution_weight = execution_weights.front();
        any = true;
    } else if (std::any_of(execution_weights.begin(), execution_weights.end(), [](const auto& w) { return w && *w != points(10); })) {
        notes.push_back("the forms print different execution weights (分值/权重 of the funds block); the scheme keeps 10");
    }
    if (any) doc.scheme = s;

    result.project_findings.resize(doc.projects.size());
    ojson x = ojson::object();
    x["ingested"] = {{"source", std::string(source_name)}, {"format", std::string(container)}, {"forms", forms}};
    if (year_from) x["ingested"]["fiscal_year"] = year_from->first->where(year_from->second.r, year_from->second.c);
    notes.push_back("read by the jixiao form reader: every figure's sheet and cell (or table, row and column) is under the x of the object it fills; "
                    "printed scores are kept as reported_score / reported, checked and never used");
    x["notes"] = notes;
    doc.x = extension{x.dump()};
    return result;
}

}  // namespace jixiao::ingest
