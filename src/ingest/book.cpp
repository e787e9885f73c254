// Splitting a report book into projects.
#include "ingest/book.hpp"

#include "ingest/unicode.hpp"

namespace jixiao::ingest {
namespace {

bool has_sentence_punctuation(std::u32string_view s) {
    return contains_any(s, {U"，", U"。", U"；", U"：", U",", U";", U":", U"！", U"？"});
}

// A wholly bracketed line: （企保省级统筹绩效管理）.
bool is_bracketed(std::u32string_view s) {
    return s.size() >= 2 && (s.front() == U'（' || s.front() == U'(') && (s.back() == U'）' || s.back() == U')');
}

// 项目名称：X → X; a name printed wholly in brackets, （X）, → X.
std::u32string name_from_title_line(std::u32string_view s) {
    for (std::u32string_view prefix : {U"项目名称：", U"项目名称:", U"项目名称"})
        if (s.starts_with(prefix)) return std::u32string(trim(s.substr(prefix.size())));
    if (is_bracketed(s)) return std::u32string(trim(s.substr(1, s.size() - 2)));
    return std::u32string(s);
}

// Title lines: the lines after the report title up to the first heading. Blank
// lines are skipped; a sentence (it has a comma or full stop) is body text.
constexpr std::size_t max_title_lines = 4;

}  // namespace

std::optional<report_title> parse_report_title(std::u32string_view raw) {
    raw = trim(raw);
    const std::u32string folded = fold_figures(raw);
    const std::u32string_view line = folded;
    if (line.size() > 80 || contains_any(line, {U"，", U"。", U","})) return std::nullopt;
    auto at = line.find(U"自评报告");
    if (at == std::u32string_view::npos) at = line.find(U"自评价报告");
    if (at == std::u32string_view::npos) return std::nullopt;
    // What follows the title word is at most a short remark: （汇总）, 2.
    const auto tail = line.substr(line.find(U'告', at) + 1);
    if (tail.size() > 8) return std::nullopt;
    for (std::size_t i = 0; i + 4 < at; ++i) {
        if (!is_digit(line[i]) || (i > 0 && is_digit(line[i - 1]))) continue;
        if (!is_digit(line[i + 1]) || !is_digit(line[i + 2]) || !is_digit(line[i + 3]) || line[i + 4] != U'年') continue;
        const int year = static_cast<int>((line[i] - U'0') * 1000 + (line[i + 1] - U'0') * 100 +
                                          (line[i + 2] - U'0') * 10 + (line[i + 3] - U'0'));
        if (year < 1990 || year > 2100) return std::nullopt;
        report_title t;
        t.year = year;
        auto prefix = trim(raw.substr(0, i));
        if (prefix.starts_with(U"关于")) prefix = {};
        t.unit = std::u32string(prefix);
        // Between 年度 and 绩效自评报告: 项目支出 (the report's kind) or a project's name.
        std::size_t from = i + 5;
        if (from < line.size() && line[from] == U'度') ++from;
        auto middle = trim(raw.substr(from, at - from));
        for (std::u32string_view tail : {U"绩效", U"支出", U"项目支出", U"部门"})
            if (middle.ends_with(tail)) middle.remove_suffix(tail.size());
        for (std::u32string_view tail : {U"绩效", U"支出"})
            if (middle.ends_with(tail)) middle.remove_suffix(tail.size());
        const bool generic = middle.empty() || middle == U"项目" || middle == U"专项目" || middle == U"部门项目" ||
                             middle == U"专项" || middle == U"专项资金" || middle == U"部门";
        if (!generic) t.name = std::u32string(middle);
        return t;
    }
    return std::nullopt;
}

std::optional<std::u32string> unit_of(std::u32string_view s) {
    s = trim(s);
    for (std::u32string_view label : {U"单位名称：", U"单位名称:", U"填报单位：", U"填报单位:", U"单位：", U"单位:"})
        if (s.starts_with(label)) s = trim(s.substr(label.size()));
    for (std::u32string_view stamp : {U"（盖章）", U"(盖章)", U"（章）"})
        if (s.ends_with(stamp)) s = trim(s.substr(0, s.size() - stamp.size()));
    if (s.size() < 3 || s.size() > 40 || has_sentence_punctuation(s)) return std::nullopt;
    if (parse_numbering(s)) return std::nullopt;
    if (!ends_with_any(s, {U"局", U"委员会", U"委", U"办公室", U"办", U"厅", U"院", U"中心", U"站", U"所", U"政府",
                           U"部", U"会", U"队", U"处", U"馆", U"校", U"公司", U"集团", U"街道", U"街道办事处",
                           U"镇", U"乡", U"社", U"署", U"室"}))
        return std::nullopt;
    return std::u32string(s);
}

book_layout split_book(const std::vector<text_line>& lines) {
    // 1. The report-title lines; each starts a project.
    std::vector<std::size_t> starts;  // indexes into `lines`
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (parse_report_title(lines[i].text)) starts.push_back(i);

    book_layout book;
    if (starts.empty()) return book;

    // 2. The unit line before each title, if it looks like a unit.
    std::vector<std::optional<std::size_t>> unit_at(starts.size());
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t floor = k == 0 ? 0 : starts[k - 1] + 1;
        for (std::size_t j = starts[k]; j > floor;) {
            --j;
            if (lines[j].text.empty()) continue;
            if (looks_like_unit(lines[j].text)) unit_at[k] = j;
            break;
        }
    }
    // A unit line without a telling suffix is still one when another project names the same unit.
    for (std::size_t k = 0; k < starts.size(); ++k) {
        if (unit_at[k]) continue;
        const std::size_t floor = k == 0 ? 0 : starts[k - 1] + 1;
        for (std::size_t j = starts[k]; j > floor;) {
            --j;
            if (lines[j].text.empty()) continue;
            for (std::size_t m = 0; m < starts.size(); ++m)
                if (unit_at[m] && lines[*unit_at[m]].text == lines[j].text && !recognise_heading(lines[j].text, {}, {}))
                    unit_at[k] = j;
            break;
        }
    }

    const auto block_start = [&](std::size_t k) { return unit_at[k] ? *unit_at[k] : starts[k]; };
    for (std::size_t i = 0; i < block_start(0); ++i)
        if (!lines[i].text.empty()) book.preamble.push_back(lines[i]);

    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t begin = block_start(k);
        const std::size_t end = k + 1 < starts.size() ? block_start(k + 1) : lines.size();
        project_block p;
        const auto title = parse_report_title(lines[starts[k]].text);
        p.title_line = lines[starts[k]];
        p.fiscal_year = title->year;
        if (unit_at[k]) {
            p.unit_line = lines[*unit_at[k]];
            p.unit = unit_of(lines[*unit_at[k]].text).value_or(lines[*unit_at[k]].text);
        }
        if (!title->unit.empty()) p.unit = title->unit;
        p.first_line = lines[begin].number;

        std::size_t i = starts[k] + 1;
        std::vector<text_line> title_lines;
        for (; i < end; ++i) {
            const auto& text = lines[i].text;
            if (text.empty()) continue;
            if (recognise_heading(text, section_id::none, section_id::none) ||
                has_sentence_punctuation(name_from_title_line(text)) || title_lines.size() == max_title_lines)
                break;
            title_lines.push_back(lines[i]);
        }
        // No title line: the name may be inside the report title (2023年度XX项目支出绩效自评报告).
        if (title_lines.empty() && !title->name.empty()) {
            p.name = title->name;
            p.name_lines.push_back(lines[starts[k]]);
        }
        for (std::size_t t = 0; t < title_lines.size(); ++t) {
            const auto& text = title_lines[t].text;
            if (t == 0) {
                p.name = name_from_title_line(text);
                p.name_lines.push_back(title_lines[t]);
            } else if (is_bracketed(text) && p.extra_title_lines.empty()) {
                p.name += text;
                p.name_lines.push_back(title_lines[t]);
            } else {
                p.extra_title_lines.push_back(title_lines[t]);
            }
        }
        std::vector<text_line> body(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                    lines.begin() + static_cast<std::ptrdiff_t>(end));
        while (!body.empty() && body.back().text.empty()) body.pop_back();
        p.last_line = body.empty() ? (title_lines.empty() ? p.title_line.number : title_lines.back().number)
                                   : body.back().number;
        p.lines = tag_sections(body);
        book.projects.push_back(std::move(p));
    }
    return book;
}

}  // namespace jixiao::ingest
