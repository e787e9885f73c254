// The ingester's small pieces: line cleaning, numbering and headings, report
// titles, and the figures found in sentences (amounts, dates, documents, quantities).
#include "ingest/book.hpp"
#include "ingest/figures.hpp"
#include "ingest/funds_words.hpp"
#include "ingest/lines.hpp"
#include "ingest/sections.hpp"
#include "ingest/unicode.hpp"

#include "ingest_support.hpp"

#include <doctest/doctest.h>

// Its own namespace: helpers and using-directives of this file stay its own when a
// unity build compiles test sources together.
namespace ingest_text_test {

using namespace jixiao::ingest;
using ingest_test::wan;

namespace {
std::string u8(std::u32string_view s) { return to_utf8(s); }
sentence one_sentence(std::string_view text, section_id section = section_id::funds) {
    auto all = split_sentences(1, section, to_u32(text));
    REQUIRE(all.size() == 1);
    return all.front();
}
}  // namespace

TEST_CASE("cleaning a line removes Word's export artefacts and keeps the text as printed") {
    CHECK(u8(clean_line(U"[bookmark: _GoBack]根据《通知》")) == "根据《通知》");
    CHECK(u8(clean_line(U"\t（一）资金计划\t")) == "（一）资金计划");
    CHECK(u8(clean_line(U"　　建成１个。　")) == "建成１个。");  // U+3000 trimmed, full-width digits kept
    CHECK(u8(clean_line(U"发放宣传资料 1万余份")) == "发放宣传资料 1万余份");
    CHECK(u8(clean_line(U"甲\t乙\u200B丙\u00A0")) == "甲 乙丙");
    const auto lines = clean_lines("a\r\nb\rc\n\nd\n");
    REQUIRE(lines.size() == 5);
    CHECK(lines[2].number == 3);
    CHECK(u8(lines[2].text) == "c");
    CHECK(u8(lines[3].text).empty());
    CHECK(lines[4].number == 5);
}

namespace {
// Lines as a PDF's text gives them: each paragraph cut every 36 characters (72 columns).
// The lines of one paragraph, each 72 columns, none ending its sentence.
constexpr std::u32string_view cut1 = U"为贯彻落实乡村振兴战略，巩固拓展脱贫攻坚成果，根据上级文件要求，我县统筹";
constexpr std::u32string_view cut2 = U"安排衔接推进乡村振兴补助资金，用于支持产业发展、基础设施建设和就业帮扶等";
constexpr std::u32string_view cut3 = U"方面，项目由县农业农村局组织实施，按照合同约定分期支付，截至年底已支付";
constexpr std::u32string_view cut4 = U"全部款项，项目已完工并通过验收，群众满意度较高，达到了预期目标，效果明显";
std::vector<text_line> wrapped(std::initializer_list<std::u32string_view> texts) {
    std::vector<text_line> lines;
    for (const auto t : texts) lines.push_back({lines.size() + 1, std::u32string(t)});
    return lines;
}
}  // namespace

TEST_CASE("a PDF's lines, cut at the page's width, are joined into their paragraphs; across a page's footer too") {
    auto lines = wrapped({U"一、基本情况",
                          cut1,
                          cut2,
                          U"方面，项目由县农业农村局组织实施。",
                          U"（一）项目资金情况",
                          U"2023年共下达衔接资金1234.56万元，其中中央资金1000万元，省级资金234.56万",
                          U"",
                          U"- 2 -",
                          U"",
                          U"元，实际到位1234.56万元，到位率100%。截至2023年12月31日，已支出1100万元",
                          U"，执行率89.1%，结余资金134.56万元。",
                          U"项目按计划实施，完成产业发展项目12个，改善村内道路15公里，带动脱贫户增收",
                          U"，群众满意度达到95%以上，达到了预期的绩效目标。"});
    const auto w = join_wrapped_lines(lines);
    CHECK(w.width == 72);
    REQUIRE(w.paragraphs.size() == 3);
    CHECK(w.paragraphs[0] == std::pair<std::size_t, std::size_t>{2, 4});
    CHECK(w.paragraphs[1] == std::pair<std::size_t, std::size_t>{6, 11});  // the footer - 2 - and its blank lines skipped
    CHECK(w.paragraphs[2] == std::pair<std::size_t, std::size_t>{12, 13});
    CHECK(u8(lines[5].text) ==
          "2023年共下达衔接资金1234.56万元，其中中央资金1000万元，省级资金234.56万元，实际到位1234.56万元，"
          "到位率100%。截至2023年12月31日，已支出1100万元，执行率89.1%，结余资金134.56万元。");
    for (const std::size_t i : {2, 3, 6, 7, 8, 9, 10, 12}) CHECK(lines[i].text.empty());  // numbers kept, text moved
    CHECK(lines[10].number == 11);
    CHECK(u8(lines[0].text) == "一、基本情况");
    CHECK(u8(lines[4].text) == "（一）项目资金情况");
}

// What pdftotext gives of a report: the sentence 其中中央资金…省级资金234.56万|元 runs over a page's footer.
TEST_CASE("a book taken out of a PDF is read as its paragraphs, with a note saying its lines were joined") {
    const std::string book =
        "某县2023年度乡村振兴衔接资金项目绩效自评报告\n一、基本情况\n"
        "为贯彻落实乡村振兴战略，巩固拓展脱贫攻坚成果，根据上级文件要求，我县统筹\n"
        "安排衔接推进乡村振兴补助资金，用于支持产业发展、基础设施建设和就业帮扶等\n"
        "方面，项目由县农业农村局组织实施。\n（一）项目资金情况\n"
        "2023年共下达衔接资金1234.56万元，其中中央资金1000万元，省级资金234.56万\n\n- 2 -\n\n"
        "元，实际到位1234.56万元，到位率100%。截至2023年12月31日，已支出1100万元\n"
        "，执行率89.1%，结余资金134.56万元。\n二、绩效目标完成情况\n"
        "项目按计划实施，完成产业发展项目12个，改善村内道路15公里，带动脱贫户增收\n"
        "，群众满意度达到95%以上，达到了预期的绩效目标。\n";
    const auto r = jixiao::ingest_report_book(book, "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("1000"));
    CHECK(p.tranches[1].amount == wan("234.56"));
    CHECK(p.tranches[1].level == jixiao::level::provincial);
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("1100"));
    CHECK(p.execution->surplus == wan("134.56"));
    CHECK(r.doc.x.json.find("the text breaks its paragraphs into lines of 72 columns") != std::string::npos);
    CHECK(r.doc.x.json.find("3 paragraphs, the first lines 3–5") != std::string::npos);
}

TEST_CASE("lines are left as they are unless most long ones break off at one width") {
    // A web page: every paragraph one line, of any length.
    auto web = wrapped({U"一、基本情况",
                        U"2023年共下达衔接资金1234.56万元，其中中央资金1000万元，省级资金234.56万元，实际到位1234.56万元",
                        U"截至2023年12月31日，已支出1100万元，执行率89.1%，结余资金134.56万元，剩余资金结转下年使用",
                        U"项目按计划实施，完成产业发展项目12个，改善村内道路15公里，带动脱贫户增收，群众满意度达到95%",
                        U"为贯彻落实乡村振兴战略，巩固拓展脱贫攻坚成果，根据上级文件要求，我县统筹安排衔接推进乡村振兴补助资金，用于支持产业发展"});
    const auto before = web;
    CHECK(join_wrapped_lines(web).width == 0);
    for (std::size_t i = 0; i < web.size(); ++i) CHECK(web[i].text == before[i].text);

    // A document site's notes above a PDF's text are wider than its page; a few do not hide the page
    // (预防控制重大疾病项目, https://mdjjksjc.com/html/2024/0529/8133036032006074.shtm: four such notes, then lines of
    // 77 columns).
    auto site = wrapped({U"- 1、本文档共10页，可阅读全部内容。本站所有内容均由合作方或网友上传，本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺，文档内容仅供研究参考。",
                         U"- 2、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等，请点击版权申诉，也可以打举报电话，我们将及时处理，请您谅解并支持我们的工作，谢谢合作。",
                         cut1,
                         cut2,
                         cut3,
                         cut4,
                         U"。"});
    const auto s = join_wrapped_lines(site);
    CHECK(s.width == 72);
    REQUIRE(s.paragraphs.size() == 1);
    CHECK(s.paragraphs[0] == std::pair<std::size_t, std::size_t>{3, 7});

    // The same width, but a blank line and no footer: the paragraph ends there; cells (|) are never joined.
    auto gaps = wrapped({cut1,
                         cut2,
                         U"",
                         U"二、绩效目标完成情况",
                         U"项目按计划实施，完成产业发展项目12个，改善村内道路15公里，带动脱贫户增收",
                         U"年度资金总额 | 120 | 150 | 135 | 10 | 90% | 9",
                         cut1,
                         U"安排衔接推进乡村振兴补助资金。"});
    const auto g = join_wrapped_lines(gaps);
    CHECK(g.width == 72);
    REQUIRE(g.paragraphs.size() == 2);
    CHECK(g.paragraphs[0] == std::pair<std::size_t, std::size_t>{1, 2});
    CHECK(g.paragraphs[1] == std::pair<std::size_t, std::size_t>{7, 8});
    CHECK(u8(gaps[3].text) == "二、绩效目标完成情况");
    CHECK(u8(gaps[5].text) == "年度资金总额 | 120 | 150 | 135 | 10 | 90% | 9");
    CHECK(u8(gaps[4].text).ends_with("带动脱贫户增收"));

    // 第2页 共5页 is a footer as well; a line of text between is none.
    auto pages = wrapped({cut1,
                          U"第 2 页 共 5 页",
                          cut2,
                          cut3,
                          cut4,
                          U"。"});
    const auto p = join_wrapped_lines(pages);
    REQUIRE(p.paragraphs.size() == 1);
    CHECK(p.paragraphs[0] == std::pair<std::size_t, std::size_t>{1, 6});
    CHECK(pages[1].text.empty());
    CHECK(u8(pages[0].text).ends_with("效果明显。"));
}

TEST_CASE("figures fold to ASCII one character for one, so spans carry over") {
    CHECK(u8(fold_figures(U"１２．５万元")) == "12.5万元");
    CHECK(u8(fold_figures(U"１，２００元")) == "1,200元");
    CHECK(u8(fold_figures(U"1．资金计划")) == "1．资金计划");  // numbering, not a decimal point
    CHECK(u8(fold_figures(U"完成９０％")) == "完成90%");
    CHECK(fold_figures(U"１２．５万元").size() == std::u32string(U"１２．５万元").size());
    // A year written out in Chinese, as title pages print it; not other numbers in words.
    CHECK(u8(fold_figures(U"二〇二三年度自评报告")) == "2023年度自评报告");
    CHECK(u8(fold_figures(U"二0一九年、二零二零年")) == "2019年、2020年");
    CHECK(u8(fold_figures(U"三〇〇〇年，一二三四年，十二年，一九八五年")) == "三〇〇〇年，一二三四年，十二年，一九八五年");
    CHECK(fold_figures(U"二〇二三年").size() == std::u32string(U"二〇二三年").size());
}

TEST_CASE("numbering variants are recognised with their style and value") {
    struct expect {
        std::u32string_view line;
        numbering_style style;
        int value;
        std::string printed;
        bool extra;
    };
    const expect cases[] = {
        {U"一、项目概况", numbering_style::chinese_dun, 1, "一、", false},
        {U"十二、其他", numbering_style::chinese_dun, 12, "十二、", false},
        {U"（一）资金", numbering_style::chinese_paren, 1, "（一）", false},
        {U"(三)资金", numbering_style::chinese_paren, 3, "(三)", false},
        {U"（一）、资金", numbering_style::chinese_paren, 1, "（一）、", true},
        {U"（2） 项目效益情况", numbering_style::digit_paren, 2, "（2）", false},
        {U"(2)项目", numbering_style::digit_paren, 2, "(2)", false},
        {U"1．资金计划及到位", numbering_style::digit_dot, 1, "1．", false},
        {U"2.资金使用", numbering_style::digit_dot, 2, "2.", false},
        {U"1、 项目概况", numbering_style::digit_dun, 1, "1、", false},
        {U"２．资金使用", numbering_style::digit_dot, 2, "２．", false},
        {U"一．项目概况", numbering_style::chinese_dot, 1, "一．", false},
        {U"③完成", numbering_style::circled, 3, "③", false},
        // (A year after the mark is no decimal: 1.2021年第一批…项目, https://www.hhyy.gov.cn/info/3381/243851.htm.)
        {U"1.2021年第一批涉农资金项目", numbering_style::digit_dot, 1, "1.", false},
    };
    for (const auto& c : cases) {
        CAPTURE(u8(c.line));
        const auto n = parse_numbering(c.line);
        REQUIRE(n);
        CHECK(n->style == c.style);
        CHECK(n->value == c.value);
        CHECK(u8(n->printed) == c.printed);
        CHECK(n->extra_mark == c.extra);
    }
    for (std::u32string_view not_numbered : {U"2023年12月底资金到位", U"1.41万元", U"1.2021万元", U"1.5年", U"一是加强管理", U"十分重要",
                                             U"（企保全国统筹绩效管理）", U"无"}) {
        CAPTURE(u8(not_numbered));
        CHECK_FALSE(parse_numbering(not_numbered));
    }
    CHECK(u8(standard_numbering(1, 4)) == "四、");
    CHECK(u8(standard_numbering(2, 3)) == "（三）");
    CHECK(u8(standard_numbering(3, 2)) == "2．");
    CHECK(u8(chinese_number(20)) == "二十");
}

TEST_CASE("headings are matched by their key words, tolerating variants and wrong numbering") {
    using S = section_id;
    const auto id = [](std::u32string_view line, S open1 = S::none, S open2 = S::none) {
        const auto h = recognise_heading(line, open1, open2);
        return h ? h->id : S::none;
    };
    CHECK(id(U"一、项目概况") == S::overview);
    CHECK(id(U"1、 项目概况") == S::overview);  // another level's style, but the title word for word
    CHECK(id(U"（一）项目资金申报及批复情况。", S::overview) == S::application);
    CHECK(id(U"（三）项目资金申报相符性。", S::overview) == S::consistency);
    CHECK(id(U"（3） 项目资金申报相符性。", S::overview) == S::consistency);
    CHECK(id(U"2．计划实现的具体绩效目标（定性和定量目标）以及项目实施进度计划等。", S::overview, S::goal) == S::goal_targets);
    CHECK(id(U"二、项目实施及管理情况") == S::implementation);
    CHECK(id(U"（一）资金计划、到位及使用情况。", S::implementation) == S::funds);
    CHECK(id(U"（一）资金到位及使用情况", S::implementation) == S::funds);
    CHECK(id(U"1．资金计划及到位。", S::implementation, S::funds) == S::funds_arrival);
    CHECK(id(U"2． 资金使用。", S::implementation, S::funds) == S::funds_use);
    CHECK(id(U"（三）项目组织实施情况。", S::implementation) == S::organisation);
    CHECK(id(U"三、项目绩效情况", S::implementation) == S::performance);
    CHECK(id(U"（2） 项目效益情况", S::performance) == S::effect);
    CHECK(id(U"（一）存在的问题。", S::performance) == S::problems);  // 四 missing: still a problems heading
    // 五、存在主要问题 (https://dyrmt.com/article-147233-21.html), 三、存在问题及改进措施: the problems at level 1.
    CHECK(id(U"五、存在主要问题", S::performance) == S::issues);
    CHECK(id(U"三、存在问题及改进措施", S::performance) == S::issues);
    CHECK(id(U"（二）存在问题", S::issues) == S::problems);
    CHECK(id(U"相关建议", S::issues) == S::suggestions);                  // unnumbered, word for word
    CHECK(id(U"一、项目基本情况") == S::overview);
    CHECK(id(U"三、项目绩效目标完成情况", S::implementation) == S::performance);
    CHECK(id(U"（一）项目产出情况", S::performance) == S::completion);
    CHECK(id(U"（二）项目实施效果", S::performance) == S::effect);
    CHECK(id(U"四、存在的问题及改进建议", S::performance) == S::issues);
    CHECK(id(U"（二）改进建议", S::issues) == S::suggestions);
    // Body text, not headings.
    CHECK(id(U"1.部分资金到位较晚，影响项目进度。", S::issues) == S::none);
    CHECK(id(U"2.项目管理人员不足。", S::issues) == S::none);
    CHECK(id(U"按照目标完成各项任务。", S::implementation) == S::none);
    CHECK(id(U"1.社会效益明显", S::performance) == S::none);  // level-3 style, not a standard title
    CHECK(id(U"无", S::issues) == S::none);
    CHECK(id(U"2.资金使用", S::performance) == S::none);  // a level-3 title outside its section
}

TEST_CASE("report title lines give the fiscal year and a unit printed before it") {
    const auto t = parse_report_title(U"2023年度项目支出绩效自评报告");
    REQUIRE(t);
    CHECK(t->year == 2023);
    CHECK(t->unit.empty());
    CHECK(parse_report_title(U"2023年度专项目支出绩效自评报告")->year == 2023);
    CHECK(parse_report_title(U"２０２４年度部门项目支出绩效自评报告")->year == 2024);
    const auto with_unit = parse_report_title(U"某市某区教育局2023年度项目支出绩效自评报告");
    REQUIRE(with_unit);
    CHECK(u8(with_unit->unit) == "某市某区教育局");
    CHECK_FALSE(parse_report_title(U"根据2023年度项目支出绩效自评报告的要求，我局认真开展自评。"));
    // The years a project runs (龙游县, http://www.longyou.gov.cn/art/2024/6/26/art_1514523_59216471.html) name no
    // fiscal year: the text gives it.
    const auto span = parse_report_title(U"2022-2025某县幼儿园提升改造项目资金绩效自评报告");
    REQUIRE(span);
    CHECK(span->year == 0);
    CHECK(parse_report_title(U"2022至2025年某县幼儿园提升改造项目绩效自评报告")->year == 0);
    // A title without a year is a title (other provinces print them so); the year is found elsewhere.
    const auto no_year = parse_report_title(U"项目支出绩效自评报告");
    REQUIRE(no_year);
    CHECK(no_year->year == 0);
    CHECK(no_year->unit.empty());
    CHECK(u8(parse_report_title(U"2023年度小型水库维修养护项目支出绩效自评报告")->name) == "小型水库维修养护项目");
    CHECK(parse_report_title(U"2023年度项目支出绩效自评报告")->name.empty());
    CHECK(parse_report_title(U"2023年度部门项目支出绩效自评报告")->name.empty());
    // The project's name before the year (an Inner Mongolia park, http://m.cdsnjd.com/zt/xdncy/dt/2023/0306/18745.html).
    const auto named_first = parse_report_title(U"某市国家现代农业产业园项目2022年度绩效自评报告");
    REQUIRE(named_first);
    CHECK(u8(named_first->name) == "某市国家现代农业产业园项目");
    CHECK(named_first->unit.empty());
    CHECK(u8(parse_report_title(U"某县财政局2022年度绩效自评报告")->unit) == "某县财政局");
    // The use of a fund before the year (a 临河区 page: 强制扑杀补助资金支付2023年度绩效自评报告).
    const auto use_first = parse_report_title(U"强制扑杀补助资金支付2023年度绩效自评报告");
    CHECK(u8(use_first->name) == "强制扑杀补助资金支付");
    CHECK(use_first->unit.empty());
    CHECK(u8(parse_report_title(U"某县资金支付中心2023年度绩效自评报告")->unit) == "某县资金支付中心");
    // A PDF's copy spaces the year off its 年 (上海市审计局, http://www.baogao8.com/p-126691.html).
    const auto spaced = parse_report_title(U"2018 年某市审计局审计专项工作经费绩效自评报告");
    REQUIRE(spaced);
    CHECK(spaced->year == 2018);
    CHECK(u8(spaced->name) == "某市审计局审计专项工作经费");
    // A unit's report on all its projects (https://m.001doc.com/doc/1156605.html).
    CHECK(parse_report_title(U"2022年度项目支出绩效自评总报告")->year == 2022);
    CHECK(parse_report_title(U"《某局2022年度项目支出绩效自评总报告")->unit == U"某局");
    CHECK(parse_report_title(U"《2022年度项目支出绩效自评总报告")->unit.empty());
    // A portal's field label before the title and its table's bars after it
    // (https://rsj.xlgl.gov.cn/rsj/zwgk/zfxxgk/fdzdgknr/tjxx/2023061414213527102/index.shtml).
    const auto labelled = parse_report_title(U"标题:某盟城乡居民基本养老保险补助资金2022年度绩效自评报告 | |||");
    REQUIRE(labelled);
    CHECK(u8(labelled->name) == "某盟城乡居民基本养老保险补助资金");
    CHECK(u8(parse_report_title(U"概述：某县某局2022年度绩效自评报告")->unit) == "某县某局");
    // A transfer payment's name before the year (https://www.tjjz.gov.cn/ztzl/jzczzjzdjc/202108/t20210823_5548899.html).
    const auto transfer = parse_report_title(U"某市雪亮工程转移支付2020年度绩效自评报告");
    CHECK(u8(transfer->name) == "某市雪亮工程转移支付");
    CHECK(transfer->unit.empty());
    // A unit's special fund (https://m.777doc.com/doc-4659561.html).
    const auto fund = parse_report_title(U"某镇学校2017年度专项资金绩效自评报告");
    CHECK(u8(fund->name) == "某镇学校专项资金");
    CHECK(u8(fund->unit) == "某镇学校");
    CHECK(u8(*unit_of(U"单位名称：某县（区）水利局（盖章）")) == "某县（区）水利局");
    CHECK(looks_like_unit(U"攀枝花市仁和区人力资源和社会保障局"));
    CHECK(looks_like_unit(U"某县农业农村局"));
    CHECK_FALSE(looks_like_unit(U"无"));
    CHECK_FALSE(looks_like_unit(U"结合工作实际，确保待遇及时兑现。"));
}

TEST_CASE("amounts: 万元, 元 and 亿元, with separators and full-width digits, exactly") {
    const auto s = one_sentence("下达资金１０．８２万元、356,000元和1.5亿元，另有0.5元。");
    const auto found = find_money(s);
    REQUIRE(found.size() == 4);
    CHECK(*found[0].amount == wan("10.82"));
    CHECK(u8(found[0].printed) == "１０．８２万元");
    CHECK(*found[1].amount == jixiao::money::parse("356000"));
    CHECK(*found[2].amount == jixiao::money::from_fen(15000000000LL));
    CHECK(*found[3].amount == jixiao::money::from_fen(50));
    CHECK_FALSE(found[0].per_capita);
    // 千元, as some units keep accounts (it was no unit, and the money went unseen, not even a JX-S005 note).
    const auto thousands = find_money(one_sentence("下达资金1000千元，实际支出900.55千元。"));
    REQUIRE(thousands.size() == 2);
    CHECK(*thousands[0].amount == wan("100"));
    CHECK(*thousands[1].amount == jixiao::money::parse("900550"));
}

// A PDF copy that broke decimals with a space (https://m.001doc.com/doc/1156605.html: 预算35. 3万元):
// read as one amount before a unit, and only there (第1. 2项 stays two numbers).
TEST_CASE("amounts: 35. 3万元 with a space after the point is one amount") {
    const auto s = one_sentence("预算35. 3万元，实际支付35. 3万元，第1. 2项完成。");
    const auto found = find_money(s);
    REQUIRE(found.size() == 2);
    CHECK(*found[0].amount == wan("35.3"));
    CHECK(u8(found[0].printed) == "35. 3万元");
    CHECK(*found[1].amount == wan("35.3"));
}

TEST_CASE("a per-capita standard is recognised, and a figure finer than a fen has no amount") {
    const auto a = find_money(one_sentence("最低标准（100元/人/年）政府代缴"));
    REQUIRE(a.size() == 1);
    CHECK(a[0].per_capita);
    const auto b = find_money(one_sentence("每人每年100元人均缴费标准"));
    REQUIRE(b.size() == 1);
    CHECK(b[0].per_capita);
    const auto c = find_money(one_sentence("支出0.001元"));
    REQUIRE(c.size() == 1);
    CHECK_FALSE(c[0].amount);
    CHECK(find_money(one_sentence("发放宣传资料 1万余份")).empty());
}

TEST_CASE("amounts inside a document's title are not the project's figures") {
    const auto s = one_sentence("根据《关于下达100万元补助资金的通知》（某财〔2023〕1号），下达资金20万元。");
    const auto found = find_money(s);
    REQUIRE(found.size() == 1);
    CHECK(*found[0].amount == wan("20"));
}

TEST_CASE("dates: a printed day, or the last day the wording allows") {
    const auto dates = find_dates(one_sentence("2023年12月底资金到位，2023年11月20日到位，3月中旬、6月到位，2024年底"), 2023);
    REQUIRE(dates.size() == 5);
    CHECK(jixiao::to_string(dates[0].day) == "2023-12-31");
    CHECK_FALSE(dates[0].day_printed);
    CHECK(u8(dates[0].printed) == "2023年12月底");
    CHECK(jixiao::to_string(dates[1].day) == "2023-11-20");
    CHECK(dates[1].day_printed);
    CHECK(jixiao::to_string(dates[2].day) == "2023-03-20");
    CHECK(jixiao::to_string(dates[3].day) == "2023-06-30");
    CHECK(jixiao::to_string(dates[4].day) == "2024-12-31");
    CHECK(find_dates(one_sentence("2023年项目资金4万元到位"), 2023).empty());
    const auto feb = find_dates(one_sentence("2024年2月底到位"), 2024);
    REQUIRE(feb.size() == 1);
    CHECK(jixiao::to_string(feb[0].day) == "2024-02-29");
}

TEST_CASE("documents: 《title》（文号）, the 文号 inside the title brackets, spaces kept as printed") {
    const auto s = one_sentence(
        "根据《四川省社会保险管理局关于进一步做好政府代缴工作的通知（川社险办〔2021〕26号）、"
        "《攀枝花市人力资源和社会保障局关于印发＜二十一条人社政策＞的通知》（攀人社发〔2023〕84号）和（攀仁委办〔2022〕38 号）及川财社发［2022］144号文件，下达资金。");
    REQUIRE(s.documents.size() == 4);
    CHECK(u8(s.documents[0].number) == "川社险办〔2021〕26号");
    CHECK(u8(s.documents[0].title) == "四川省社会保险管理局关于进一步做好政府代缴工作的通知");
    CHECK(u8(s.documents[1].number) == "攀人社发〔2023〕84号");
    CHECK(u8(s.documents[1].issuer) == "攀人社发");
    CHECK(s.documents[1].year == 2023);
    CHECK(u8(s.documents[1].serial) == "84");
    CHECK(u8(s.documents[1].title) == "攀枝花市人力资源和社会保障局关于印发＜二十一条人社政策＞的通知");
    CHECK(u8(s.documents[2].number) == "攀仁委办〔2022〕38 号");
    CHECK(s.documents[2].title.empty());
    CHECK(u8(s.documents[3].number) == "川财社发［2022］144号");  // 及 is not part of the issuer
    // Titles and numbers are blanked out for reading the sentence's own words.
    CHECK(s.masked.find(U"下达资金") != std::u32string::npos);
    CHECK(s.masked.find(U"二十一条") == std::u32string::npos);
}

TEST_CASE("quantities: unit, 以上/不少于 as at least, 以下 as at most, approximate figures marked") {
    const auto q = find_quantities(one_sentence("按预估7000人以上，不少于2000亩，控制在5%，发放宣传资料 1万余份，189483人次，3个月，2023年"));
    REQUIRE(q.size() == 5);
    CHECK(q[0].value == jixiao::quantity(7000));
    CHECK(u8(q[0].unit) == "人");
    CHECK(q[0].op == jixiao::comparison::at_least);
    CHECK(q[1].op == jixiao::comparison::at_least);
    CHECK(u8(q[1].unit) == "亩");
    CHECK(q[2].op == jixiao::comparison::at_most);
    CHECK(u8(q[2].unit) == "%");
    CHECK(q[3].value == jixiao::quantity(10000));
    CHECK(q[3].approximate);
    CHECK(u8(q[4].unit) == "人次");
    CHECK_FALSE(q[4].op);
}

// 质保金10万元待质保期满后支付: 待 before the spending verb says it is still to come — but not the 待 inside 接待,
// 招待, 对待 or 待遇 (用于接待支出 is money spent).
TEST_CASE("money still awaited: 待 and 将于 as words of their own") {
    using jixiao::ingest::funds::awaited_before;
    CHECK(awaited_before(U"待项目验收后"));
    CHECK(awaited_before(U"将于2024年"));
    CHECK_FALSE(awaited_before(U"用于接待"));
    CHECK_FALSE(awaited_before(U"用于人员待遇"));
    CHECK_FALSE(awaited_before(U"招待费"));
}

TEST_CASE("level words: 省级 names a level, 区财政 a finance body, 攀枝花市财政局 only an issuer") {
    const auto best = best_level(U"攀枝花市财政局关于下达2023年省级财政社保资金");
    REQUIRE(best);
    CHECK(best->value == jixiao::level::provincial);
    CHECK(best->tier == 1);
    const auto issuer = best_level(U"攀枝花市财政局关于下达资金");
    REQUIRE(issuer);
    CHECK(issuer->value == jixiao::level::municipal);
    CHECK(issuer->tier == 3);
    CHECK(best_level(U"区财政计划划拨预算资金")->value == jixiao::level::district);
    CHECK(best_level(U"县级配套")->value == jixiao::level::district);
    CHECK(best_level(U"中央下达")->value == jixiao::level::central);
    CHECK(best_level(U"县（区）级财政安排")->value == jixiao::level::district);
    CHECK_FALSE(best_level(U"下达资金"));
    // 自治区财政 is the province's finance: the 区财政 starting inside it is no district's (it was chosen, and the
    // money of 5 provinces read as a county's).
    const auto autonomous = find_levels(U"自治区财政补助资金");
    REQUIRE(autonomous.size() == 1);
    CHECK(autonomous[0].value == jixiao::level::provincial);
    CHECK(find_levels(U"自治区财政下达，县财政配套").back().value == jixiao::level::district);
}

// A book without a title (a tender site's copy of a 长泰区 lottery-fund report,
// https://bid.jszhaobiao.com/projectinfo-detail-314766026.html): its text names 2025 in a document's title and in dates,
// 2024 as the year the money came; a monthly table (南湖新区, 2016) names its year in dates.
TEST_CASE("the year a book without one in its title evaluates") {
    const auto year = [](const char* text) { return year_evaluated(clean_lines(text)); };
    CHECK(year("| 发布日期: | 2025年6月27日 |\n根据《关于2025年彩票公益金的通知》(某财﹝2025﹞2号),2024年省财政下达资金440万元。\n"
               "长泰区2024年彩票公益金项目资金440万元。\n截至2025年6月已拨付100.6万元。\n") == 2024);
    CHECK(year("报告日期:2017年 7月 15日\n2016年1月城乡低保\n2016年2月城乡低保\n") == 2016);
    CHECK(year("2023年度某项目资金，2024年3月下达。\n") == 2023);
    CHECK(year("《关于下达2022年资金的通知》\n") == 2022);  // only a quoted year: the first named
    // A year in Chinese numerals is a year; a date in them (二〇二〇年三月, the report's) says least.
    CHECK(year("二〇一九年度养老服务补助资金\n某县民政局\n二〇二〇年三月\n二〇二〇年三月\n") == 2019);
    CHECK(year("二〇一九年养老服务补助资金下达10万元。\n二〇二〇年三月\n二〇二〇年三月\n") == 2019);
    CHECK_FALSE(year("没有年份的文字。\n"));
}

// A town's village-running fund (湖南 桃江, http://taojiang.gov.cn/26501/26502/content_1685266.html): its
// goals list levels to reach and per-village standards, and 做到账实相符 says the books agree —
// none of them is money allocated or arrived. What was paid is the only figure.
TEST_CASE("goals' levels to reach, per-village standards and 做到账实相符 are no money") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某镇2021年度村级组织运转经费项目支出绩效自评报告\n一、项目基本情况\n（一）项目单位基本情况\n"
        "我镇2021年村管费支付共392.47万元,用于15个行政村及1个社区完成各项工作任务。\n"
        "（二）项目绩效目标设立情况\n在上级财政统筹安排下,合理有效使用各项支出费用,做到账实相符。\n其具体绩效目标如下:\n"
        "1、村支书年工资总额达到34406元、副支书和村主任达到支书的90%;\n"
        "2、村级公务经费按人口数10元每户拨付,不足3万的村按3万元拨付;\n3、服务群众专项经费村均达10000元;\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.tranches.empty());
    REQUIRE(p.execution);
    CHECK(p.execution->used == money::parse("392.47万"));
    // Stated as money elsewhere, the same words still read: 资金已到账 is arrival.
    const auto arrived = ingest_report_book(
        "某镇2021年度某项目支出绩效自评报告\n一、项目基本情况\n下达资金30万元,资金已全部到账,做到账实相符。\n", "t.txt");
    REQUIRE(arrived.doc.projects.at(0).tranches.size() == 1);
    CHECK(arrived.doc.projects[0].tranches[0].arrived == money::parse("30万"));
    const auto books_agree = ingest_report_book(
        "某镇2021年度某项目支出绩效自评报告\n一、项目基本情况\n下达资金30万元,做到账实相符。\n", "t.txt");
    REQUIRE(books_agree.doc.projects.at(0).tranches.size() == 1);
    CHECK_FALSE(books_agree.doc.projects[0].tranches[0].arrived);
}

// A county's forest tending (西畴县, https://xczw.gov.cn/zfxxgk/fdzdgknr/czzjzdjc/content_32708): the rate per mu in
// brackets after each part is a standard, not another part of the total.
TEST_CASE("a rate per unit of the works (每亩197元) is a standard, not a part of the money") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某县林草局2021年度森林抚育项目支出绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n"
        "县财政局拨付资金200万元,其中,直接补助费197万元(每亩197元),间接费用3万元(每亩3元)。\n",
        "t.txt");
    const auto& p = r.doc.projects.at(0);
    money total;
    for (const auto& t : p.tranches) total += t.amount;
    CHECK(total == money::parse("200万"));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S006");
    // The unit before 每年 (芜湖, 每村每年补助 4400 元) is still the unit.
    const auto village = ingest_report_book(
        "某县林草局2021年度某项目支出绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n"
        "每村每年补助 4400 元,分配至甲县93万元。\n", "t.txt");
    REQUIRE(village.doc.projects.at(0).tranches.size() == 1);
    CHECK(village.doc.projects[0].tranches[0].amount == money::parse("93万"));
    // …with a name between (遵化市, https://www.kunmingchi.com/archives/p4q58rogpw8pmom7ewb9.html: 每名残疾人专职委员每年工作补贴为 500 元).
    const auto person = ingest_report_book(
        "某县林草局2021年度某项目支出绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n"
        "每名残疾人专职委员每年工作补贴为 500 元,市财政安排资金21.7万元。\n", "t.txt");
    REQUIRE(person.doc.projects.at(0).tranches.size() == 1);
    CHECK(person.doc.projects[0].tranches[0].amount == money::parse("21.7万"));
    // 每年 is no unit of the works: a year's money (每年安排资金50万元) is money.
    const auto yearly = ingest_report_book(
        "某县林草局2021年度某项目支出绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n每年安排资金50万元。\n", "t.txt");
    REQUIRE(yearly.doc.projects.at(0).tranches.size() == 1);
    CHECK(yearly.doc.projects[0].tranches[0].amount == money::parse("50万"));
}

// A district's watershed project (四川 巴中, http://bzqzf.gov.cn/public/6596941/11657073.html): money the project obtained, stated in its
// overview; what the works cost in all is no allocation, nor a loan a beneficiary obtained.
TEST_CASE("获得…资金2000万元 is money allocated; 获得贷款 and 总投资 are not") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某区2023年度小流域综合治理项目绩效自评报告\n某区地处四川省东北部。2023年,某区申报实施了某小流域综合治理项目,"
        "获得中省水利发展资金2000万元。项目概算总投资3150万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    REQUIRE(r.doc.projects[0].tranches.size() == 1);
    CHECK(r.doc.projects[0].tranches[0].amount == money::parse("2000万"));
    const auto loan = ingest_report_book(
        "某区2023年度小流域综合治理项目绩效自评报告\n某区地处四川省东北部。2023年,带动农户获得贷款200万元。\n", "t.txt");
    CHECK(loan.doc.projects.at(0).tranches.empty());
}

// A district's veterans' fund (内蒙古 临河, http://www.linhe.gov.cn/html/59/24593.html): under 数量指标,
// what the indicator counts (404名…发放补助金2126.81万元) is the indicator's value, not the project's
// spending, which the funds paragraph gave (支出2310.4万元).
TEST_CASE("a sentence under an indicator's label (1.数量指标。…) states the indicator, not the money") {
    using namespace jixiao;
    const std::string funds = "某区2023年度优抚对象补助经费绩效自评报告\n一、绩效目标完成情况分析\n（一）资金投入情况分析\n"
                              "2023年收到财政资金共2330.9万元,支出2310.4万元。\n";
    const std::string head = funds + "二、绩效指标完成情况\n";
    for (const std::string& indicator : {std::string("1.数量指标。404名服务对象发放补助金2126.81万元,持续改善基本生活。\n"),
                                         std::string("数量指标:404名服务对象发放补助金2126.81万元。\n")}) {
        CAPTURE(indicator);
        const auto r = ingest_report_book(head + indicator, "t.txt");
        REQUIRE(r.doc.projects.at(0).execution);
        CHECK(r.doc.projects[0].execution->used == money::parse("2310.4万"));
        const auto& found = r.project_findings.at(0);
        CHECK(std::none_of(found.begin(), found.end(), [](const finding& f) { return f.rule == "JX-S007"; }));
    }
    // Not under such a label, in the funds paragraphs, the same spending words restate the figure with
    // another value (JX-S007).
    const auto plain = ingest_report_book(funds + "全年发放补助金2126.81万元。\n", "t.txt");
    const auto& found = plain.project_findings.at(0);
    CHECK(std::any_of(found.begin(), found.end(), [](const finding& f) { return f.rule == "JX-S007"; }));
}

// A district science association (湖南 渌口, http://www.lukou.gov.cn/c18753/20210908/i1766960.html): its only money, in a paragraph about the
// unit, is a fund named right before its amount and then what it is for.
TEST_CASE("X专项经费35万元,用于… outside the funds paragraphs is the project's money; a bare amount 用于… is not") {
    using namespace jixiao;
    const std::string head = "科普活动项目支出绩效自评报告\n某区科学技术协会\n一、绩效自评工作开展情况\n";
    const auto r = ingest_report_book(head + "某区科协现有在职干部职工9人。科普活动专项经费35万元,用于全年科普宣传及推广。\n", "t.txt",
                                      ingest_options{2020});
    REQUIRE(r.doc.projects.at(0).tranches.size() == 1);
    CHECK(r.doc.projects[0].tranches[0].amount == money::parse("35万"));
    const auto bare = ingest_report_book(head + "某区科协现有在职干部职工9人。全年35万元,用于科普宣传及推广。\n", "t.txt",
                                         ingest_options{2020});
    CHECK(bare.doc.projects.at(0).tranches.empty());
}

// A city's TV programme fund (云南 保山, http://www.bsrtv.cn/gxwm/bsrtvgkgsl/55291489.shtml): under the arrival heading, the money and then what
// of it came, in one sentence; a bare amount alone there is what came.
TEST_CASE("under 项目资金到位情况, X项目50万元,实际到位50万元 is one tranche that came in full") {
    using namespace jixiao;
    const std::string head = "某台2017年度电视专题节目制作经费项目绩效自评报告\n一、项目基本情况\n(一)项目资金情况\n1.项目资金到位情况\n";
    const auto r = ingest_report_book(head + "2017年电视专题节目制作经费项目50万元,实际到位40万元,到位率80%。\n", "t.txt");
    REQUIRE(r.doc.projects.at(0).tranches.size() == 1);
    CHECK(r.doc.projects[0].tranches[0].amount == money::parse("50万"));
    CHECK(r.doc.projects[0].tranches[0].arrived == money::parse("40万"));
    const auto alone = ingest_report_book(head + "医院自筹配套资金201.7万元。\n", "t.txt");
    REQUIRE(alone.doc.projects.at(0).tranches.size() == 1);
    CHECK(alone.doc.projects[0].tranches[0].arrived == money::parse("201.7万"));
}

// Money paid over to the unit itself is money that came: a city's guarantee-fee subsidy (安徽 芜湖,
// http://rbko.cn/Index/show/catid/14/id/15850.html), 将…资金1639.69万元拨付给我局账户 under the arrival heading; a county's grain reward
// (云南 师宗, https://ynsz.gov.cn/public/description/17340.html), 上级下达拨付我县…资金共计1534万元.
TEST_CASE("拨付给我局 after an amount and 下达拨付我县 before it say the money came") {
    using namespace jixiao;
    const auto paid_to_us = ingest_report_book(
        "某局2022年度降费奖补资金绩效自评报告\n一、绩效目标分解下达情况\n省厅下达奖补1639.69万元。\n二、绩效目标完成情况分析\n"
        "（一）资金投入情况分析\n1、项目资金到位情况分析\n市财政局于2022年7月中旬将奖补资金1639.69万元拨付给我局账户。\n",
        "t.txt");
    REQUIRE(paid_to_us.doc.projects.at(0).tranches.size() == 1);
    CHECK(paid_to_us.doc.projects[0].tranches[0].arrived == money::parse("1639.69万"));
    const auto to_county = ingest_report_book(
        "某县2020年度产粮大县奖励资金绩效自评报告\n一、基本情况\n2020年,上级下达拨付我县中央财政产粮大县奖励资金共计1534万元。\n",
        "t.txt");
    REQUIRE(to_county.doc.projects.at(0).tranches.size() == 1);
    CHECK(to_county.doc.projects[0].tranches[0].amount == money::parse("1534万"));
    CHECK(to_county.doc.projects[0].tranches[0].arrived == money::parse("1534万"));
    // Paid on to others (拨付到各担保机构) is no arrival.
    const auto onward = ingest_report_book(
        "某县2020年度产粮大县奖励资金绩效自评报告\n一、基本情况\n2020年,上级下达我县奖励资金1534万元,已拨付到各乡镇。\n", "t.txt");
    CHECK_FALSE(onward.doc.projects.at(0).tranches.at(0).arrived);
}

// A county hospital's report on an essay site (黑龙江 巴彦, http://www.p719.cn/13253803.html): its money only in the
// paragraph on the indicators, 项目资金预算386万元 with its sources, all of it arrived.
TEST_CASE("…资金预算386万元,其中中央财政资金:236万元;地方财政资金150万元,全部到位 outside the funds paragraphs") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某医院2019年度医疗服务能力提升项目绩效自评报告\n(一)项目资金情况分析。国家资金全部到位、按照要求使用。\n"
        "(二)项目绩效指标完成情况分析。\n1、产出指标完成情况分析。\n医疗服务与保障能力提升项目资金预算386万元,其中中央财政资金:236万元;地方财政资金150万元,全部到位并按照项目要求组织实施。\n",
        "t.txt");
    const auto& p = r.doc.projects.at(0);
    money amount, arrived;
    for (const auto& t : p.tranches) {
        amount += t.amount;
        arrived += t.arrived.value_or(money{});
    }
    CHECK(amount == money::parse("386万"));
    CHECK(arrived == money::parse("386万"));
}

// A city archive's two projects (云南 保山, https://baoshan.gov.cn/info/6643/4249974.htm): a plan's
// history before this year's money — what the whole plan needs (约需) and what years long past had
// (截止2013年已安排) — is no money of 2017's.
TEST_CASE("约需800万元 and 截止2013年已安排…380万元 in the book of 2017 are not the year's money") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某档案局2017年度项目绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n"
        "某档案数字化加工项目,经市人民政府2010年6月批准立项,总经费约需800万元。该项目自2011年4月启动以来,截止2013年已安排"
        "项目经费380万元。\n2017年争取到市级档案数字化转化经费项目资金42万元,用于更换服务器。\n",
        "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == money::parse("42万"));
    // The year before the book's carries money over into it: 截至2016年底结转 is this year's money.
    const auto carried = ingest_report_book(
        "某档案局2017年度项目绩效自评报告\n一、项目基本情况\n（一）项目资金申报及批复情况\n"
        "截至2016年底上年结转资金10万元。2017年下达资金42万元。\n",
        "t.txt");
    CHECK(carried.doc.projects.at(0).tranches.size() == 2);
}

// A talent station's scoring (福建 宁德, https://0477ly.com/newsdetail/news661681.html): the rule a score follows names a threshold
// rate (资金使用率大于95%的得满分), which is not the rate the project reached.
TEST_CASE("a scoring rule's threshold rate (…大于95%的得满分) is no reported rate") {
    using namespace jixiao;
    const std::string head = "某区2021年度人才驿站补助资金项目绩效自评报告\n一、项目资金情况\n本项目安排资金10万元。\n";
    for (const std::string& rule : {std::string("预算执行率本项目满分3分,得3分,得分原因为:资金使用率大于95%的得满分。\n"),
                                    std::string("执行率95%以上的得满分。\n")}) {
        CAPTURE(rule);
        const auto r = ingest_report_book(head + rule, "t.txt");
        const auto& p = r.doc.projects.at(0);
        CHECK((!p.execution || !p.execution->reported_rate));
    }
    const auto reached = ingest_report_book(head + "资金使用率达到95%。\n", "t.txt");
    REQUIRE(reached.doc.projects.at(0).execution);
    CHECK(reached.doc.projects[0].execution->reported_rate->text == "95%");
    // 存在主要问题:预算执行率未达到100% (巩义, http://gy.jiceng.zhengzhou.gov.cn/026005/8235692.jhtml): what it fell
    // short of, no rate it reached.
    for (const std::string& short_of : {std::string("存在主要问题:预算执行率未达到100%。\n"), std::string("预算执行率不足90%。\n")}) {
        CAPTURE(short_of);
        const auto r = ingest_report_book(head + short_of, "t.txt");
        const auto& p = r.doc.projects.at(0);
        CHECK((!p.execution || !p.execution->reported_rate));
    }
}

// A city's TV programme fund (云南 保山, http://www.bsrtv.cn/gxwm/bsrtvgkgsl/55291489.shtml): the
// spending by economic category, each category broken down in a bracket after it (some parts
// printed without 元, so the parts the reader finds do not add up to the category).
TEST_CASE("the bracket after a category of spending breaks it down: its amounts are not items again") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某台2017年度电视专题节目制作经费项目绩效自评报告\n一、项目基本情况\n(一)项目资金情况\n2.项目资金执行情况\n"
        "2017年项目支出50万元,其中:商品和服务支出39.98万元(其中:办公费2.25万元,差旅费11.45万元,邮电费2.40万),"
        "其他资本性支出10.02万元(其中:办公设备购置5.55万元、专用设备购置4.47万)。\n",
        "t.txt");
    const auto& e = *r.doc.projects.at(0).execution;
    CHECK(e.used == money::parse("50万"));
    REQUIRE(e.items.size() == 2);
    CHECK(e.items[0].amount == money::parse("39.98万"));
    CHECK(e.items[1].amount == money::parse("10.02万"));
}

// After a park's bond-funded works (山东 临沂, http://linyi.021cf.cn/index.php/post/186.html): a total,
// then its parts each worded by its arrival (其中专项债券到账…,抗疫特别国债到账…).
TEST_CASE("a total's parts worded by their arrival (其中中央资金到位200万元,省级资金到位100万元) are its tranches, each arrived") {
    using namespace jixiao;
    const auto r = ingest_report_book(
        "某县2020年度某项目绩效自评报告\n一、项目资金情况\n共下达资金300万元,其中中央资金到位200万元,省级资金到位100万元。\n", "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].level == level::central);
    CHECK(p.tranches[0].amount == money::parse("200万"));
    CHECK(p.tranches[0].arrived == money::parse("200万"));
    CHECK(p.tranches[1].level == level::provincial);
    CHECK(p.tranches[1].arrived == money::parse("100万"));
}

}  // namespace ingest_text_test
