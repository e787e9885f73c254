// Finding figures in sentences.
#include "ingest/figures.hpp"

#include "ingest/unicode.hpp"

#include <jixiao/detail/text.hpp>

#include <algorithm>
#include <array>

namespace jixiao::ingest {
namespace {

bool is_open_year_bracket(char32_t c) {
    return c == U'〔' || c == U'[' || c == U'【' || c == U'［' || c == U'﹝' || c == U'（' || c == U'(' || c == U'〖';
}
bool is_close_year_bracket(char32_t c) {
    return c == U'〕' || c == U']' || c == U'】' || c == U'］' || c == U'﹞' || c == U'）' || c == U')' || c == U'〗';
}
bool is_issuer_char(char32_t c) {
    return is_ideograph(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

// Words that precede a 文号 in a sentence but are not part of its issuer prefix.
constexpr std::array<std::u32string_view, 14> lead_words{U"根据", U"按照", U"依据", U"依照", U"参照", U"遵照", U"执行",
                                                         U"通过", U"文件", U"以及", U"及", U"和", U"与", U"按"};

// The 文号 whose year bracket opens at `open`: 〔2022〕144号, with spaces tolerated
// before 号 (攀仁委办〔2022〕38 号). Returns its end, or 0 when it is not one.
std::size_t document_number_end(std::u32string_view t, std::size_t open, int& year, std::u32string& serial) {
    if (open + 6 > t.size() || !is_open_year_bracket(t[open])) return 0;
    int y = 0;
    for (std::size_t k = open + 1; k < open + 5; ++k) {
        if (!is_digit(t[k])) return 0;
        y = y * 10 + static_cast<int>(t[k] - U'0');
    }
    if (!is_close_year_bracket(t[open + 5])) return 0;
    std::size_t j = open + 6;
    while (j < t.size() && is_space(t[j])) ++j;
    const std::size_t digits_from = j;
    while (j < t.size() && is_digit(t[j])) ++j;
    if (j == digits_from || j - digits_from > 5) return 0;
    const std::size_t digits_to = j;
    while (j < t.size() && is_space(t[j])) ++j;
    if (j >= t.size() || t[j] != U'号') return 0;
    year = y;
    serial = std::u32string(t.substr(digits_from, digits_to - digits_from));
    return j + 1;
}

// Whether a 文号 (issuer then year bracket) starts at `from`.
bool document_number_at(std::u32string_view t, std::size_t from) {
    std::size_t k = from;
    while (k < t.size() && k - from < 12 && is_issuer_char(t[k])) ++k;
    if (k == from) return false;
    int year = 0;
    std::u32string serial;
    return document_number_end(t, k, year, serial) != 0;
}

constexpr std::array<std::u32string_view, 50> quantity_units{
    U"平方公里", U"平方米", U"立方米", U"人次", U"户次", U"场次", U"公里", U"千米", U"小时", U"学时", U"课时",
    U"人", U"户", U"个", U"家", U"场", U"次", U"份", U"套", U"件", U"项", U"台", U"所", U"座", U"处", U"册",
    U"本", U"批", U"期", U"班", U"名", U"位", U"天", U"篇", U"条", U"宗", U"起", U"例", U"张", U"辆", U"间",
    U"栋", U"株", U"吨", U"米", U"亩", U"笔", U"支", U"块", U"盏"};

struct level_entry {
    std::u32string_view word;
    level value;
    int tier;
};
// 自治区 is a province (广西、内蒙古…): its 区 is no district's; an autonomous prefecture's 州级 (云南、
// 湖南湘西、四川凉山…) is a city's level.
constexpr std::array<level_entry, 27> level_entries{{
    {U"自治区级", level::provincial, 1}, {U"自治区本级", level::provincial, 1}, {U"自治区", level::provincial, 2},
    {U"中央", level::central, 1},        {U"县（区）级", level::district, 1}, {U"区（县）级", level::district, 1},        {U"省级", level::provincial, 1},    {U"省本级", level::provincial, 1},
    {U"市级", level::municipal, 1},      {U"市本级", level::municipal, 1},   {U"区县级", level::district, 1},
    {U"县区级", level::district, 1},     {U"区级", level::district, 1},      {U"县级", level::district, 1},
    {U"区本级", level::district, 1},     {U"县本级", level::district, 1},    {U"乡镇级", level::township, 1},
    {U"镇级", level::township, 1},       {U"乡级", level::township, 1},      {U"省财政", level::provincial, 2},
    {U"州级", level::municipal, 1},      {U"州本级", level::municipal, 1},
    {U"市财政", level::municipal, 2},    {U"区财政", level::district, 2},    {U"县财政", level::district, 2},
    {U"乡镇财政", level::township, 2},   {U"镇财政", level::township, 2},
}};

bool designation_follows(std::u32string_view after) {
    for (const std::u32string_view w : {U"文物", U"重点", U"示范", U"非物质", U"非遗", U"自然保护", U"森林公园", U"风景名胜",
                                        U"湿地", U"龙头", U"传承人", U"贫困县", U"保护单位", U"专精特新", U"标准化", U"文明"})
        if (after.starts_with(w)) return true;
    return false;
}

// Reads a decimal number at `i` (digits, 3-digit comma groups, a fraction).
// Returns its end; `text` gets the digits with commas removed.
std::size_t read_number(std::u32string_view t, std::size_t i, std::string& text) {
    std::size_t j = i;
    text.clear();
    while (j < t.size()) {
        if (is_digit(t[j])) {
            text += static_cast<char>(t[j]);
            ++j;
        } else if (t[j] == U',' && !text.empty() && j + 3 < t.size() && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
                   is_digit(t[j + 3]) && (j + 4 >= t.size() || !is_digit(t[j + 4]))) {
            j += 1;  // thousands separator
        } else {
            break;
        }
    }
    // 18 189万元, 2 100.5万元: a printed book's space between groups of three digits, read only
    // when the figure ends at a unit of money (表2 100 stays two numbers).
    if (j > i && j - i <= 3 && text.size() == j - i) {
        const auto group_at = [&](std::size_t k) {
            return k + 3 < t.size() && (t[k] == U' ' || t[k] == U'\u00A0' || t[k] == U'\u2009' || t[k] == U'\u202F') &&
                   is_digit(t[k + 1]) && is_digit(t[k + 2]) && is_digit(t[k + 3]) && (k + 4 >= t.size() || !is_digit(t[k + 4]));
        };
        std::size_t k = j;
        while (group_at(k)) k += 4;
        std::size_t e = k;
        if (e + 1 < t.size() && t[e] == U'.' && is_digit(t[e + 1])) {
            ++e;
            while (e < t.size() && is_digit(t[e])) ++e;
        }
        if (k > j && e < t.size() && (t[e] == U'万' || t[e] == U'元' || t[e] == U'亿')) {
            for (std::size_t d = j; d < k; ++d)
                if (is_digit(t[d])) text += static_cast<char>(t[d]);
            j = k;
        }
    }
    if (j + 1 < t.size() && t[j] == U'.' && is_digit(t[j + 1])) {
        text += '.';
        ++j;
        while (j < t.size() && is_digit(t[j])) text += static_cast<char>(t[j++]);
    } else if (!text.empty() && j + 2 < t.size() && t[j] == U'.' && t[j + 1] == U' ' && is_digit(t[j + 2])) {
        // 35. 3万元: a copy from a PDF broke the decimal with a space; read only before a unit.
        std::size_t k = j + 2;
        while (k < t.size() && is_digit(t[k])) ++k;
        if (k < t.size() && (t[k] == U'万' || t[k] == U'元' || t[k] == U'%' || t[k] == U'亿')) {
            text += '.';
            for (std::size_t d = j + 2; d < k; ++d) text += static_cast<char>(t[d]);
            j = k;
        }
    }
    return j;
}

// 100 0000元: a copy broke a number with a space (the groups are not of three digits, so
// read_number did not join them). Digits with a leading zero are no figure of their own, and
// where the figure begins cannot be told. (10 0%, 90 90万元 stay two cells of a flattened form.)
bool split_from_digits(std::u32string_view t, std::size_t i) {
    if (i + 1 >= t.size() || t[i] != U'0' || !is_digit(t[i + 1])) return false;
    std::size_t k = i;
    while (k > 0 && (t[k - 1] == U' ' || t[k - 1] == U'\u00A0' || t[k - 1] == U'\u2009' || t[k - 1] == U'\u202F')) --k;
    return k < i && i - k <= 2 && k > 0 && is_digit(t[k - 1]);
}

bool number_starts_at(std::u32string_view t, std::size_t i) {
    if (!is_digit(t[i])) return false;
    if (i == 0) return true;
    const char32_t p = t[i - 1];
    return !is_digit(p) && p != U'.' && p != U',' && !(p >= U'A' && p <= U'Z') && !(p >= U'a' && p <= U'z');
}

std::optional<rational> decimal_value(const std::string& text) {
    const auto d = detail::parse_decimal(text, false);
    if (!d) return std::nullopt;
    return d->fraction();
}

}  // namespace

bool is_clause_mark(char32_t c) {
    switch (c) {
    case U'，': case U'；': case U'：': case U'、': case U'。': case U'！': case U'？':
    case U',': case U';': case U':': case U'!': case U'?':
        return true;
    default:
        return false;
    }
}

// No clause a person writes runs longer; a text of thousands of amounts and no comma would
// otherwise be walked back to its start once for each.
constexpr std::size_t longest_clause = 300;

std::u32string_view clause_before(std::u32string_view text, std::size_t at, std::size_t floor) {
    std::size_t b = at;
    floor = std::max(floor, at > longest_clause ? at - longest_clause : 0);
    while (b > floor && !is_clause_mark(text[b - 1])) --b;
    return text.substr(b, at - b);
}

std::u32string_view clause_after(std::u32string_view text, std::size_t at, std::size_t ceiling) {
    std::size_t e = at;
    const std::size_t limit = std::min({ceiling, text.size(), at + longest_clause});
    while (e < limit && !is_clause_mark(text[e])) ++e;
    return text.substr(at, e - at);
}

std::size_t last_word_end(std::u32string_view text, std::initializer_list<std::u32string_view> words) {
    std::size_t best = std::u32string_view::npos;
    for (auto w : words) {
        const auto at = text.rfind(w);
        if (at == std::u32string_view::npos) continue;
        const std::size_t end = at + w.size();
        if (best == std::u32string_view::npos || end > best) best = end;
    }
    return best;
}

std::vector<span> find_titles(std::u32string_view t) {
    std::vector<span> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] != U'《') continue;
        std::size_t end = t.size();
        for (std::size_t j = i + 1; j < t.size(); ++j) {
            const char32_t c = t[j];
            if (c == U'》') { end = j + 1; break; }
            if (c == U'《') { end = j; break; }
            if ((c == U'（' || c == U'(') && document_number_at(t, j + 1)) { end = j; break; }
            if (c == U'。') { end = j; break; }
        }
        out.push_back({i, end});
        i = end - 1;
    }
    return out;
}

std::vector<cited_document> find_documents(std::u32string_view t, const std::vector<span>& titles) {
    std::vector<cited_document> out;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!is_open_year_bracket(t[i])) continue;
        cited_document d;
        const std::size_t end = document_number_end(t, i, d.year, d.serial);
        if (end == 0) continue;
        std::size_t b = i;
        while (b > 0 && i - b < 12 && is_issuer_char(t[b - 1])) --b;
        // Drop words such as 根据 that only introduce the citation.
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (auto w : lead_words) {
                if (i - b > w.size() + 1 && t.substr(b, w.size()) == w) {
                    b += w.size();
                    stripped = true;
                }
            }
        }
        d.where = {b, end};
        d.number = std::u32string(t.substr(b, end - b));
        d.issuer = std::u32string(t.substr(b, i - b));
        for (const auto& ti : titles) {
            if (ti.end > b) continue;
            std::size_t k = ti.end;
            while (k < b && (t[k] == U'（' || t[k] == U'(' || is_space(t[k]))) ++k;
            if (k != b) continue;
            const bool closed = t[ti.end - 1] == U'》';
            d.title = std::u32string(t.substr(ti.begin + 1, (closed ? ti.end - 1 : ti.end) - ti.begin - 1));
        }
        out.push_back(std::move(d));
        i = end - 1;
    }
    return out;
}

std::vector<sentence> split_sentences(std::size_t line, section_id section, std::u32string_view printed) {
    std::vector<sentence> out;
    std::size_t start = 0;
    // …其他资金859.6万元2023年支出2310.4万元: a year right after an amount starts a sentence whose
    // full stop the text lost.
    const auto year_after_amount = [&](std::size_t i) {
        if (i == 0 || printed[i - 1] != U'元' || i + 4 >= printed.size() || printed[i + 4] != U'年') return false;
        for (std::size_t k = i; k < i + 4; ++k)
            if (!is_digit(printed[k])) return false;
        return i + 5 >= printed.size() || !is_digit(printed[i + 5]);
    };
    for (std::size_t i = 0; i <= printed.size(); ++i) {
        const bool lost_stop = i < printed.size() && year_after_amount(i);
        const bool end_here = i == printed.size() || printed[i] == U'。' || printed[i] == U'！' || printed[i] == U'？' ||
                              printed[i] == U'!' || printed[i] == U'?' || lost_stop;
        if (!end_here) continue;
        const std::size_t stop = i == printed.size() || lost_stop ? i : i + 1;
        const auto piece = trim(printed.substr(start, stop - start));
        start = stop;
        if (piece.empty()) continue;
        sentence s;
        s.line = line;
        s.section = section;
        s.printed = std::u32string(piece);
        s.folded = fold_figures(piece);
        s.titles = find_titles(s.folded);
        s.documents = find_documents(s.folded, s.titles);
        s.masked = s.folded;
        for (const auto& ti : s.titles) std::fill(s.masked.begin() + static_cast<std::ptrdiff_t>(ti.begin),
                                                   s.masked.begin() + static_cast<std::ptrdiff_t>(ti.end), mask_char);
        for (const auto& d : s.documents)
            std::fill(s.masked.begin() + static_cast<std::ptrdiff_t>(d.where.begin),
                      s.masked.begin() + static_cast<std::ptrdiff_t>(d.where.end), mask_char);
        // 做到账实相符: the books agree with what is held, no money arriving (到账).
        for (const std::u32string_view phrase : {U"账实相符", U"账账相符", U"账表相符", U"账证相符"})
            for (auto at = s.masked.find(phrase); at != std::u32string::npos; at = s.masked.find(phrase, at + phrase.size()))
                std::fill(s.masked.begin() + static_cast<std::ptrdiff_t>(at),
                          s.masked.begin() + static_cast<std::ptrdiff_t>(at + phrase.size()), mask_char);
        // 其他资金(包括结转结余资金、利息收入)551万元: a bracket saying what the name before an amount
        // covers is no word of its own about that amount (not carried forward, not a surplus).
        for (std::size_t at = 0; at < s.masked.size(); ++at) {
            if (s.masked[at] != U'(' && s.masked[at] != U'（') continue;
            const auto inside = std::u32string_view(s.masked).substr(at + 1, 40);
            const auto close = inside.find_first_of(U")）");
            if (close == std::u32string_view::npos) continue;
            const std::size_t after = at + 1 + close + 1;
            const auto words = inside.substr(0, close);
            if (after >= s.masked.size() || !is_digit(s.masked[after]) ||
                !(words.starts_with(U"包括") || words.starts_with(U"包含") || words.starts_with(U"含")) ||
                std::any_of(words.begin(), words.end(), [](char32_t c) { return is_digit(c); }))
                continue;
            std::fill(s.masked.begin() + static_cast<std::ptrdiff_t>(at), s.masked.begin() + static_cast<std::ptrdiff_t>(after),
                      mask_char);
            at = after - 1;
        }
        out.push_back(std::move(s));
    }
    return out;
}

namespace {

// 每亩, 每卷(册), 每平方米 right before an amount: what one unit of something costs or gets. Not
// 每年 (每年安排50万元 is a year's money), and not across a clause mark or another number.
// (每村每年补助4400元, 每名残疾人专职委员每年工作补贴为500元: the unit may stand before 每年, a
// name between.)
bool per_unit_before(std::u32string_view before) {
    for (std::size_t at = before.find(U'每'); at != std::u32string_view::npos; at = before.find(U'每', at + 1)) {
        if (at + 1 >= before.size() || before[at + 1] == U'年') continue;
        const auto rest = before.substr(at + 1);
        if (std::none_of(rest.begin(), rest.end(), [](char32_t c) { return is_clause_mark(c) || is_digit(c); })) return true;
    }
    return false;
}

// 云南大学、滇池学院各分配65万元: what each of those named gets, not one sum of money.
bool each_before(std::u32string_view before) {
    for (const std::u32string_view verb : {U"", U"分配", U"安排", U"下达", U"补助", U"奖励", U"拨付", U"下拨", U"投入"})
        if (before.ends_with(verb) && before.substr(0, before.size() - verb.size()).ends_with(U'各')) return true;
    return false;
}

// 执行数1032849.44(含中央资金689139.31万元,地方资金332524.99万元,其他资金11185.14万元): a figure printed
// without its unit, followed by a bracket of parts in 万元 that add up to it exactly — its unit is
// theirs. Only then; the caller reports it (JX-S008).
// (补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元: so is one printed in 元 whose parts after
// 其中, to the end of the sentence, are in 万元 and add up to it — `after_qizhong`.)
bool unit_from_parts(std::u32string_view t, std::size_t after, const std::string& digits, bool after_qizhong = false) {
    std::u32string_view parts;
    if (after_qizhong) {
        if (after >= t.size() || (t[after] != U'，' && t[after] != U',') || !t.substr(after + 1).starts_with(U"其中")) return false;
        parts = t.substr(after + 1, 240);
    } else {
        if (after >= t.size() || (t[after] != U'(' && t[after] != U'（')) return false;
        const auto inside = t.substr(after + 1, 240);
        const auto close = inside.find_first_of(U")）");
        if (close == std::u32string_view::npos) return false;
        parts = inside.substr(0, close);
        if (!parts.starts_with(U"含") && !parts.starts_with(U"其中")) return false;
    }
    const auto whole = detail::parse_decimal(digits, false);
    if (!whole || whole->decimals > 6) return false;
    rational sum;
    int count = 0;
    std::string part;
    for (std::size_t j = 0; j < parts.size(); ++j) {
        if (!number_starts_at(parts, j)) continue;
        const std::size_t end = read_number(parts, j, part);
        if (!parts.substr(end).starts_with(U"万元")) return false;  // every figure inside is in 万元
        const auto d = detail::parse_decimal(part, false);
        if (!d) return false;
        sum += d->fraction();
        ++count;
        j = end;
    }
    return count >= 2 && sum == whole->fraction();
}

// 350万 in 资金350万已全部到位 and 29.6万 in 执行数29.6万 are money; 3万余人, 1.2万亩, 5万册 are not.
bool bare_wan_is_money(std::u32string_view t, std::size_t number_begin, std::size_t after) {
    const char32_t next = after < t.size() ? t[after] : U'。';
    // (其中支付养老机构运营补贴48万、社会工作服务站建设15万元: one of a list, before its 、.)
    if (!is_clause_mark(next) && std::u32string_view(U"、已全均用于到拨下并及和与的为由主其）) ").find(next) == std::u32string_view::npos)
        return false;
    const auto clause = clause_before(t, number_begin);
    return contains_any(clause.substr(clause.size() > 12 ? clause.size() - 12 : 0),
                        {U"资金", U"经费", U"预算", U"补助", U"补贴", U"投资", U"拨款", U"下达", U"安排", U"支出", U"支付",
                         U"拨付", U"执行数", U"到位数", U"结余", U"结转"});
}

// …社会福利院58万元;救助站86万。: the last of a list of amounts in 万元 (two before it at least)
// that lost its 元 — a name and a separator since the amount before, and the clause ends after it.
bool ends_a_list_in_wan(std::u32string_view t, const std::vector<money_mention>& before, std::size_t number_begin,
                        std::size_t after) {
    const auto in_wan = [&](const money_mention& m) { return m.where.end >= 2 && t.substr(m.where.end - 2, 2) == U"万元"; };
    if (before.size() < 2 || !in_wan(before.back()) || !in_wan(before[before.size() - 2])) return false;
    if (after < t.size() && !is_clause_mark(t[after])) return false;
    const auto between = t.substr(before.back().where.end, number_begin - before.back().where.end);
    return !between.empty() && between.size() <= 20 && std::u32string_view(U"；;、，,").find(between[0]) != std::u32string_view::npos &&
           std::none_of(between.begin(), between.end(), [](char32_t c) { return is_digit(c); });
}

}  // namespace

std::vector<money_mention> find_money(const sentence& s) {
    std::vector<money_mention> out;
    const std::u32string_view t = s.masked;
    std::string digits;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!number_starts_at(t, i)) continue;
        const std::size_t number_end = read_number(t, i, digits);
        std::size_t k = number_end;
        while (k < t.size() && t[k] == U' ') ++k;
        // 80余万元, 80多万元: a round figure, kept (as such) so that a reviewer sees it.
        const bool round_before_unit = k + 1 < t.size() && (t[k] == U'余' || t[k] == U'多') &&
                                       (t.substr(k + 1).starts_with(U"万元") || t.substr(k + 1).starts_with(U"亿元") ||
                                        t.substr(k + 1).starts_with(U"元"));
        if (round_before_unit) ++k;
        int scale = 0;  // decimal places of the unit that are still whole fen
        std::size_t unit_length = 0;
        if (t.substr(k).starts_with(U"亿元")) { scale = 10; unit_length = 2; }
        else if (t.substr(k).starts_with(U"万元")) { scale = 6; unit_length = 2; }
        // (单位：千元 in some units' accounts: 1000千元 is 100万元.)
        else if (t.substr(k).starts_with(U"千元")) { scale = 5; unit_length = 2; }
        else if (t.substr(k).starts_with(U"元")) { scale = 2; unit_length = 1; }
        // 35.5万地: a character typed for 元 after 万. Read only where no measure word
        // could be meant (the list holds none), and marked so that a reviewer is told.
        bool misprint = false;
        if (unit_length == 0 && k + 1 < t.size() && t[k] == U'万' &&
            std::u32string_view(U"地圆园员原源远沅").find(t[k + 1]) != std::u32string_view::npos) {
            scale = 6;
            unit_length = 2;
            misprint = true;
        }
        // 项目批复资金350万已全部到位: 万 alone, after a clause about money and before a word
        // that no count of things starts with.
        if (unit_length == 0 && k < t.size() && t[k] == U'万' && bare_wan_is_money(t, i, k + 1)) {
            scale = 6;
            unit_length = 1;
        }
        if (unit_length == 0 && k < t.size() && t[k] == U'万' && ends_a_list_in_wan(t, out, i, k + 1)) {
            scale = 6;
            unit_length = 1;
        }
        // (A figure whose unit its bracket of parts gives: read as 万元, and reported as a misprint.)
        const bool unit_of_parts = unit_length == 0 && unit_from_parts(t, k, digits);
        if (unit_of_parts) {
            scale = 6;
            misprint = true;
        }
        if (unit_length == 0 && !unit_of_parts) { i = number_end - 1; continue; }
        // 承保面积为42.59万元亩: a measure word right after 元 — 元 typed into 万亩 — is no money. (万元人民币 is.)
        if (unit_length > 0 && t[k + unit_length - 1] == U'元' &&
            starts_with_any(t.substr(k + unit_length), {U"亩", U"头", U"只", U"羽", U"株", U"吨", U"公顷", U"平方米", U"公里"})) {
            i = k + unit_length - 1;
            continue;
        }
        // (471.23元 whose parts after 其中 are in 万元 and add up to it: 万元, reported as a misprint.)
        if (scale == 2 && unit_from_parts(t, k + unit_length, digits, true)) {
            scale = 6;
            misprint = true;
        }
        money_mention m;
        m.misprinted_unit = misprint;
        m.split_from_digits = split_from_digits(t, i);
        m.where = {i, k + unit_length};
        m.printed = s.printed.substr(i, m.where.end - i);
        // 财建〔20202185000万元: the 〕 and 号 of 财建〔2020〕218号 were lost and the amount
        // follows; where the document number ends cannot be known, so there is no amount.
        m.run_into_reference = i > 0 && std::u32string_view(U"〔[［【﹝(（").find(t[i - 1]) != std::u32string_view::npos &&
                               digits.size() > 4 && digits.find('.') == std::string::npos &&
                               (digits.starts_with("19") || digits.starts_with("20"));
        // (10-20万元 is a range: the minus follows a digit.)
        m.negative = i > 0 && std::u32string_view(U"-－−").find(t[i - 1]) != std::u32string_view::npos &&
                     (i < 2 || !is_digit(t[i - 2]));
        const auto d = detail::parse_decimal(digits, false);
        if (d && d->decimals <= scale && !m.run_into_reference) {
            std::string fen = d->digits;
            fen.append(static_cast<std::size_t>(scale - d->decimals), '0');
            if (const auto count = checked_int128::from_digits(false, fen)) m.amount = money::from_fen(*count);
        }
        const auto before = t.substr(i >= 6 ? i - 6 : 0, i >= 6 ? 6 : i);
        const auto after = t.substr(m.where.end, 3);
        // (一名学生4000元的最低资助标准: a standard per person, however worded.)
        const auto standard = t.substr(m.where.end, 6);
        m.per_capita = after.starts_with(U"/") || after.starts_with(U"／") || after.starts_with(U"每") ||
                       after.starts_with(U"人均") ||
                       contains_any(before, {U"每人", U"每户", U"人均", U"每年每", U"/人", U"生均", U"每生", U"户均", U"年均",
                                             U"月均", U"每名", U"一名", U"每位", U"村均", U"每村", U"每个村"}) ||
                       // (直接补助费197万元(每亩197元), 每卷(册)2元的标准: a rate per unit of something.)
                       per_unit_before(t.substr(i >= 20 ? i - 20 : 0, i >= 20 ? 20 : i)) || contains(before, U"亩均") ||
                       // (不足3万的村按3万元拨付: a floor each village is paid at.)
                       (before.ends_with(U"按") && contains(t.substr(m.where.end, 4), U"拨付")) ||
                       standard.starts_with(U"的最低") || standard.starts_with(U"的补助标准") ||
                       standard.starts_with(U"的资助标准") || (standard.starts_with(U"标准") && !standard.starts_with(U"标准化")) ||
                       each_before(before);
        // (约80万元, 近80万元, 80万元左右: what the text gives as round, not to the fen. 节约2万元 and 最近 are
        // words of their own.)
        const auto single_before = [&](char32_t word, std::u32string_view not_after) {
            return !before.empty() && before.back() == word &&
                   (before.size() < 2 || not_after.find(before[before.size() - 2]) == std::u32string_view::npos);
        };
        m.approximate = round_before_unit || ends_with_any(before, {U"大约", U"约计", U"将近", U"接近", U"逾"}) ||
                        single_before(U'约', U"节合签履制预公条契简特婚盟集") || single_before(U'近', U"最附邻靠亲") ||
                        t.substr(m.where.end).starts_with(U"左右");
        out.push_back(std::move(m));
        i = m.where.end - 1;
    }
    return out;
}

std::vector<percent_mention> find_percents(const sentence& s) {
    std::vector<percent_mention> out;
    const std::u32string_view t = s.masked;
    std::string digits;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!number_starts_at(t, i)) continue;
        const std::size_t number_end = read_number(t, i, digits);
        // 99.98 %: one space before the sign.
        const std::size_t end = number_end + 1 < t.size() && t[number_end] == U' ' && t[number_end + 1] == U'%' ? number_end + 1 : number_end;
        if (end >= t.size() || t[end] != U'%') { i = number_end - 1; continue; }
        if (split_from_digits(t, i)) { i = end; continue; }
        const auto d = detail::parse_decimal(digits, false);
        if (!d) continue;
        percent_mention p;
        p.where = {i, end + 1};
        p.printed = s.printed.substr(i, number_end - i) + U"%";
        p.value = ratio(d->fraction() / rational(100));
        p.decimals = d->decimals;
        out.push_back(std::move(p));
        i = end;
    }
    return out;
}

std::vector<date_mention> find_dates(const sentence& s, int fiscal_year) {
    std::vector<date_mention> out;
    const std::u32string_view t = s.masked;
    const auto read_int = [&](std::size_t& j, std::size_t max_digits) {
        int v = 0;
        const std::size_t from = j;
        while (j < t.size() && j - from < max_digits && is_digit(t[j])) v = v * 10 + static_cast<int>(t[j++] - U'0');
        return j == from ? -1 : v;
    };
    // 0 for a year outside 1990–2100 or a month outside 1–12, so that no day
    // fits and the date is skipped below (Boost's calendar throws before 1400).
    const auto last_day = [](int y, int m) {
        if (y < earliest_fiscal_year || y > latest_fiscal_year || m < 1 || m > 12) return 0;
        return static_cast<int>(boost::gregorian::gregorian_calendar::end_of_month_day(
            static_cast<unsigned short>(y), static_cast<unsigned short>(m)));
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool digit_start = number_starts_at(t, i);
        const bool year_end_word = (t.substr(i).starts_with(U"年底") || t.substr(i).starts_with(U"年末")) &&
                                   (i == 0 || !is_digit(t[i - 1]));
        if (!digit_start && !year_end_word) continue;
        int year = fiscal_year, month = 0, day = 0;
        bool day_printed = false;
        std::size_t j = i;
        if (year_end_word) {
            month = 12;
            day = 31;
            j = i + 2;
        } else {
            std::size_t k = i;
            const int first = read_int(k, 4);
            if (k - i == 4 && k < t.size() && t[k] == U'年') {
                year = first;
                ++k;
                if (t.substr(k).starts_with(U"底") || t.substr(k).starts_with(U"末")) {
                    month = 12;
                    day = 31;
                    j = k + 1;
                } else {
                    const std::size_t month_at = k;
                    month = read_int(k, 2);
                    if (month < 1 || month > 12 || k >= t.size() || t[k] != U'月') { i = month_at > i ? month_at - 1 : i; continue; }
                    j = k + 1;
                }
            } else if (k - i <= 2 && k < t.size() && t[k] == U'月' && first >= 1 && first <= 12 &&
                       (i == 0 || t[i - 1] != U'年')) {
                month = first;
                j = k + 1;
            } else {
                i = k - 1;
                continue;
            }
            if (day == 0) {
                // The day: 20日, or the last day the wording allows.
                std::size_t d = j;
                const int n = read_int(d, 2);
                const auto rest = t.substr(d);
                if (n > 0 && (rest.starts_with(U"日") || rest.starts_with(U"号"))) {
                    day = n;
                    day_printed = true;
                    j = d + 1;
                } else {
                    const auto words = t.substr(j);
                    if (words.starts_with(U"上旬")) { day = 10; j += 2; }
                    else if (words.starts_with(U"中旬")) { day = 20; j += 2; }
                    else if (words.starts_with(U"下旬")) { day = last_day(year, month); j += 2; }
                    else if (words.starts_with(U"初")) { day = 10; j += 1; }
                    else if (words.starts_with(U"中")) { day = 20; j += 1; }
                    else if (words.starts_with(U"底") || words.starts_with(U"末")) { day = last_day(year, month); j += 1; }
                    else day = last_day(year, month);
                }
            }
        }
        if (day < 1 || day > last_day(year, month)) {
            i = j - 1;
            continue;
        }
        date_mention m;
        m.where = {i, j};
        m.printed = s.printed.substr(i, j - i);
        m.day = date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
        m.day_printed = day_printed;
        out.push_back(std::move(m));
        i = j - 1;
    }
    return out;
}

std::vector<quantity_mention> find_quantities(const sentence& s) {
    std::vector<quantity_mention> out;
    const std::u32string_view t = s.masked;
    std::string digits;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!number_starts_at(t, i)) continue;
        std::size_t j = read_number(t, i, digits);
        auto value = decimal_value(digits);
        if (!value) continue;
        quantity_mention q;
        if (j < t.size() && t[j] == U'万' && !(j + 1 < t.size() && t[j + 1] == U'元')) {
            *value *= rational(10000);
            ++j;
        }
        if (j < t.size() && (t[j] == U'余' || t[j] == U'多')) {
            q.approximate = true;
            ++j;
        }
        while (j < t.size() && t[j] == U' ') ++j;
        std::u32string_view unit;
        if (j < t.size() && t[j] == U'%') {
            unit = U"%";
        } else {
            for (auto u : quantity_units)
                if (t.substr(j).starts_with(u)) { unit = u; break; }
        }
        // 3个月 is a duration, 2023年 a year: neither is a counted quantity.
        if (unit.empty() || (unit == U"个" && t.substr(j + 1).starts_with(U"月"))) {
            i = j > i ? j - 1 : i;
            continue;
        }
        j += unit.size();
        const auto after = t.substr(j);
        if (after.starts_with(U"以上") || after.starts_with(U"及以上")) {
            q.op = comparison::at_least;
            j += after.starts_with(U"及") ? 3 : 2;
        } else if (after.starts_with(U"以下") || after.starts_with(U"以内") || after.starts_with(U"及以下")) {
            q.op = comparison::at_most;
            j += after.starts_with(U"及") ? 3 : 2;
        } else if (after.starts_with(U"左右")) {
            q.approximate = true;
            j += 2;
        }
        const auto before = clause_before(t, i);
        if (!q.op) {
            if (last_word_end(before, {U"不少于", U"不低于", U"至少", U"≥", U">="}) == before.size()) q.op = comparison::at_least;
            else if (last_word_end(before, {U"不超过", U"不高于", U"控制在", U"≤", U"<="}) == before.size())
                q.op = comparison::at_most;
        }
        if (last_word_end(before, {U"约", U"近", U"大约", U"逾", U"超"}) == before.size()) q.approximate = true;
        q.where = {i, j};
        q.printed = s.printed.substr(i, j - i);
        q.value = quantity(*value);
        q.unit = std::u32string(unit);
        out.push_back(std::move(q));
        i = j - 1;
    }
    return out;
}

std::vector<level_word> find_levels(std::u32string_view text) {
    std::vector<level_word> out;
    for (const auto& e : level_entries) {
        for (auto at = text.find(e.word); at != std::u32string_view::npos; at = text.find(e.word, at + 1)) {
            int tier = e.tier;
            const std::size_t end = at + e.word.size();
            // 省级文物保护单位, 国家级重点…, 省级示范…: a rank of a site or a title, not whose money.
            if (tier == 1 && designation_follows(text.substr(end))) continue;
            // 攀枝花市财政局, 四川省财政厅: the issuing bureau, weaker evidence of the money's level.
            if (tier == 2 && end < text.size() && (text[end] == U'局' || text[end] == U'厅' || text[end] == U'委'))
                tier = 3;
            out.push_back({at, e.word.size(), e.value, tier});
        }
    }
    // A word inside a longer one (区级 in 自治区级), or starting inside one (区财政 in 自治区财政), is not a
    // level of its own.
    std::sort(out.begin(), out.end(),
              [](const level_word& a, const level_word& b) { return a.at != b.at ? a.at < b.at : a.length > b.length; });
    std::vector<level_word> kept;
    for (const auto& w : out)
        if (kept.empty() || w.at >= kept.back().at + kept.back().length) kept.push_back(w);
    return kept;
}

std::optional<level_word> best_level(std::u32string_view text) {
    std::optional<level_word> best;
    for (const auto& w : find_levels(text))
        if (!best || w.tier < best->tier) best = w;
    return best;
}

}  // namespace jixiao::ingest
