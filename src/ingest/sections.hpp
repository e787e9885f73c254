#pragma once
// The standard sections of a project's self-evaluation report and the headings
// that open them: 一、/（一）/1． numbering, titles matched by their key words so
// that 资金到位及使用情况 and 资金计划、到位及使用情况 are the same sub-section.

#include "ingest/lines.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::ingest {

enum class section_id {
    none,
    overview,              // 一、项目概况
    application,           //   （一）项目资金申报及批复情况
    goal,                  //   （二）项目绩效目标
    goal_content,          //     1．项目主要内容
    goal_targets,          //     2．计划实现的具体绩效目标…
    consistency,           //   （三）项目资金申报相符性
    implementation,        // 二、项目实施及管理情况
    funds,                 //   （一）资金计划、到位及使用情况
    funds_arrival,         //     1．资金计划及到位
    funds_use,             //     2．资金使用
    financial_management,  //   （二）项目财务管理情况
    organisation,          //   （三）项目组织实施情况
    performance,           // 三、项目绩效情况
    completion,            //   （一）项目完成情况
    effect,                //   （二）项目效益情况
    issues,                // 四、问题及建议
    problems,              //   （一）存在的问题
    suggestions,           //   （二）相关建议
    closing,               // 其他需要说明的问题, 绩效自评结果拟应用和公开情况: other templates' last sections
};

struct section_info {
    section_id id = section_id::none;
    int level = 0;  // 1 一、 2 （一） 3 1．
    section_id parent = section_id::none;
    int number = 0;               // standard position among its siblings
    std::u32string_view title;    // the standard title
};

[[nodiscard]] const section_info& info(section_id id);
// Level-1 and level-2 sections in standard order (the ones JX-S001 requires).
[[nodiscard]] const std::vector<section_id>& required_sections();
// The level-1 section `id` lies in (itself for a level-1 section).
[[nodiscard]] section_id top_of(section_id id);
// True when `inner` is `outer` or lies inside it.
[[nodiscard]] bool within(section_id inner, section_id outer);

enum class numbering_style {
    none,
    chinese_dun,    // 一、   the standard level-1 form
    chinese_paren,  // （一） the standard level-2 form ((一) in ASCII brackets too)
    digit_dot,      // 1．   the standard level-3 form (1. too)
    digit_dun,      // 1、
    digit_paren,    // （1）
    chinese_dot,    // 一．
    circled,        // ①
};

struct numbering {
    numbering_style style = numbering_style::none;
    int value = 0;
    bool extra_mark = false;  // （一）、 — a mark after the closing bracket
    std::u32string printed;   // the numbering as printed, e.g. "（2）"
    std::size_t length = 0;   // characters it takes, with the spaces after it
};

// The numbering at the start of `line`, if any.
[[nodiscard]] std::optional<numbering> parse_numbering(std::u32string_view line);

// How the standard pattern numbers position `n` at `level`: 二、 / （二） / 2．
[[nodiscard]] std::u32string standard_numbering(int level, int n);
// 1 → 一, 12 → 十二.
[[nodiscard]] std::u32string chinese_number(int n);

struct heading {
    section_id id = section_id::none;
    numbering num;         // style none: the heading has no number
    std::u32string title;  // the words after the numbering, as printed
};

// Whether `line` is a heading, given the sections open before it. Titles are
// matched by key words; a title numbered in another level's style, or not
// numbered at all, must be one of the standard titles word for word, so that a
// numbered list in a paragraph is not taken for a heading.
[[nodiscard]] std::optional<heading> recognise_heading(std::u32string_view line, section_id open_level1,
                                                       section_id open_level2);

// （二）省内分解下达预算和绩效目标情况, （二）自治区分配下达资金预算情况: a section that divides the
// money stated before among those it goes to (not 一、绩效目标分解下达情况, the whole part's title).
[[nodiscard]] bool divides_money_before(std::u32string_view title);
// A heading on what the money was used for: 专项资金的使用, 资金使用情况, 经费支出明细.
[[nodiscard]] bool heads_the_uses(std::u32string_view title);

struct tagged_line {
    text_line line;
    section_id section = section_id::none;  // the innermost section the line is in
    std::optional<heading> head;            // set on heading lines
};

// The report templates JX-S001/S002 know (a book is judged against the
// template it follows, and not at all when none fits).
enum class report_layout {
    unknown,
    sichuan,   // the seed's: 一、项目概况 二、项目实施及管理情况 三、项目绩效情况 四、问题及建议
    transfer,  // transfer payments: 一、绩效目标分解下达情况 二、绩效目标完成情况分析 三、偏离绩效目标的原因…
    mof,       // MOF-style: 一、基本情况 二、绩效目标完成情况分析 / 绩效评价指标分析 …
};
[[nodiscard]] report_layout detect_layout(const std::vector<tagged_line>& lines);

// Assigns every line of a project (after its title lines) to a section. A
// sub-section whose level-1 heading is missing opens that section implicitly.
[[nodiscard]] std::vector<tagged_line> tag_sections(const std::vector<text_line>& lines);

}  // namespace jixiao::ingest
