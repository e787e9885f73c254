// What the cells of a filled form say (form_cells.hpp).
#include "ingest/form_cells.hpp"

#include <jixiao/detail/text.hpp>
#include <jixiao/rational.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace jixiao::ingest {

std::string trimmed(std::string_view s) {
    std::string out(s);
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = out.find_last_not_of(" \t\r\n");
    out = out.substr(first, last - first + 1);
    constexpr std::string_view ideographic_space = "\u3000";
    while (out.starts_with(ideographic_space)) out.erase(0, ideographic_space.size());
    while (out.ends_with(ideographic_space)) out.resize(out.size() - ideographic_space.size());
    return out;
}

std::string folded_punctuation(std::string_view text) {
    std::string k(text);
    for (auto [from, to] : std::array<std::pair<std::string_view, std::string_view>, 3>{{{"（", "("}, {"）", ")"}, {"：", ":"}}})
        for (auto at = k.find(from); at != std::string::npos; at = k.find(from, at + to.size())) k.replace(at, from.size(), to);
    return k;
}

bool is_no_figure(std::string_view text) {
    // 未说明 / not stated: what jixiao's own forms print for a figure the report does not state.
    static constexpr std::array<std::string_view, 14> marks{"", "—", "——", "-", "--", "－", "–", "/", "／", "\\", "无", "不适用",
                                                            "未说明", "notstated"};
    return std::find(marks.begin(), marks.end(), text) != marks.end();
}

std::optional<int> year_before(std::string_view s, std::string_view word, int lowest, int highest) {
    const auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    for (auto at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
        if (at < 4 || (at > 4 && digit(s[at - 5]))) continue;
        const auto digits = s.substr(at - 4, 4);
        if (!std::all_of(digits.begin(), digits.end(), digit)) continue;
        const int year = std::stoi(std::string(digits));
        if (year >= lowest && year <= highest) return year;
    }
    return std::nullopt;
}

std::optional<int> form_year_in(std::string_view text) {
    const auto folded = detail::fold_number_text(text);
    if (!folded) return std::nullopt;
    return year_before(*folded, "年度", 1900, 2099);
}

std::optional<money_scale> scale_in(std::string_view label) {
    if (label.find("万元") != std::string_view::npos) return money_scale::wan;
    for (std::string_view yuan : {"（元）", "(元)", "单位：元", "单位:元", "单位：人民币元", "单位:人民币元"})
        if (label.find(yuan) != std::string_view::npos) return money_scale::yuan;
    return std::nullopt;
}

int decimals_of(std::string_view number) {
    const auto point = number.find('.');
    return point == std::string_view::npos ? 0 : static_cast<int>(number.size() - point - 1);
}

level level_from_unit(std::string_view name) {
    const auto has = [&](std::initializer_list<std::string_view> parts) {
        return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return name.find(p) != std::string_view::npos; });
    };
    if (has({"县", "区"}) && !has({"自治区"})) return level::district;
    if (has({"乡", "镇", "街道"})) return level::township;
    if (has({"市", "州", "盟"})) return level::municipal;
    if (has({"省", "厅", "自治区"})) return level::provincial;
    if (has({"部", "国家", "中央"})) return level::central;
    return level::district;
}

std::string guessed_level_note(level guessed) {
    return "the form gives no government level; " + std::string(to_string(guessed)) +
           " is taken from the name of the 实施单位/主管部门";
}

bool prints_as_rate(const detail::decimal_text& part, const detail::decimal_text& whole, const detail::decimal_text& rate) {
    if (whole.is_zero()) return false;
    return (part.fraction() / whole.fraction() * rational(100)).rounded(rate.decimals, si_she_wu_ru) == rate.fraction();
}

}  // namespace jixiao::ingest
