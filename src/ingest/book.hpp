#pragma once
// Splitting a report book into projects. Each project starts with its header:
//
//   攀枝花市仁和区人力资源和社会保障局        ← unit line (optional)
//   2023年度项目支出绩效自评报告              ← report title: the fiscal year
//   社保公共服务能力建设资金                  ← title lines: the project's name,
//   （企保全国统筹绩效管理）                  ←   a bracketed sub-title joins it
//   一、项目概况                              ← the first heading ends the header

#include "ingest/table_row.hpp"
#include "ingest/lines.hpp"
#include "ingest/sections.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jixiao::ingest {

struct report_title {
    int year = 0;  // 0: not printed
    std::u32string unit;  // a unit name printed on the same line before the year, if any
    std::u32string name;  // a project name printed inside it: 2023年度XX项目支出绩效自评报告 → XX项目
};

// `2023年度项目支出绩效自评报告`, `XX局2023年度…自评报告`, `XX局2022项目绩效自评报告（XX项目）`,
// `XX中学专项资金绩效自评价报告` (no year: `year` 0), 自评总结报告, 单位自评报告.
[[nodiscard]] std::optional<report_title> parse_report_title(std::u32string_view line);

// The unit a line names, if it names one: short, no sentence punctuation, ending
// like an organisation (局, 委员会, 中心, 政府, …). 单位名称：/填报单位： and （盖章）
// around it are dropped.
[[nodiscard]] std::optional<std::u32string> unit_of(std::u32string_view line);
[[nodiscard]] inline bool looks_like_unit(std::u32string_view line) { return unit_of(line).has_value(); }

struct project_block {
    std::optional<text_line> unit_line;
    std::u32string unit;  // from the unit line or the report title's prefix; empty if neither
    text_line title_line;
    int fiscal_year = 0;
    std::vector<text_line> name_lines;   // the title lines used for the name
    std::vector<text_line> extra_title_lines;  // further title lines, not part of the name
    std::u32string name;
    std::vector<tagged_line> lines;      // the body, sectioned
    std::size_t first_line = 0;
    std::size_t last_line = 0;
    bool component = false;       // a fund listed in another project's paragraphs (components.hpp),
    std::u32string component_of;  // that project's name (empty when it has none)
    // What that project says of all its funds (以上资金已经全部拨付至我会,并已全部投入到项目之中): a
    // fund that states no arrival (no use) of its own arrived (was used) in full. Its line and words.
    bool whole_arrived = false, whole_used = false;
    std::size_t whole_claim_line = 0;
    std::u32string whole_claim;
    // That project's spending broken down by its funds' names (共支付…113万元,其中支付养老机构运营补贴48万、
    // …): this fund's part, when one names it. Its line and sentence.
    std::optional<money> named_used;
    std::size_t named_used_line = 0;
    std::u32string named_used_sentence, named_used_words;
    bool untitled = false;  // no report title: the text starts at a heading (an excerpt may start late)
    bool loose = false;     // no title, heading or form: a line names it, its text has no sections
    bool named_after_file = false;  // loose, and no line names it: the whole text, named after the file
    std::optional<table_project_row> table_row;  // a project of a table of a unit's projects: its figures
};

struct book_layout {
    std::vector<text_line> preamble;  // before the first project (附件3, cover lines)
    std::vector<project_block> projects;
};

// The year a book with no year in its title evaluates, from the years its text names:
// 2024年度 weighs 4, 2024年 2, a date (2025年6月) 1, a year inside a document's title or
// reference (《…2025年…》, 〔2025〕) nothing; the heaviest, the earlier of a tie (a
// report is written after its year); else the first year named; nullopt when none is.
[[nodiscard]] std::optional<int> year_evaluated(const std::vector<text_line>& lines);

// Run-in headings are put on lines of their own, a title split over two lines is
// joined and a title at the start of the first sentence is cut off it first. With no
// title at all the book is one project from its first level-1 heading, named
// `fallback_name` (the file's name).
[[nodiscard]] book_layout split_book(const std::vector<text_line>& lines, std::u32string_view fallback_name = {});

// A book with no report title and no standard heading whose first lines name it
// (彭水自治县2024年度…服务项目绩效自评表, a checklist rather than a report): one project from
// that line, its body without sections — only amounts whose own words say what they are
// are read. With no such line among the first twelve, a text with numbered sections of its
// own (一、…) is read whole the same way, named `fallback_name`; otherwise empty.
[[nodiscard]] book_layout split_loose_book(const std::vector<text_line>& lines, std::u32string_view fallback_name);

}  // namespace jixiao::ingest
