// Report books invented for these tests, in the seed's layout but from other bureaus,
// with other wording (下达/安排/划拨, 到位/到账, 使用/支出/支付, 结转/结余/收回/追减, 万元/元,
// 中央/省级/市级/县级) and with defects a reviewer must see.
#include "ingest_support.hpp"

#include <jixiao/funds.hpp>
#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace jixiao;
using ingest_test::rule_lines;
using ingest_test::wan;
using V = std::vector<std::string>;

namespace {

// A county agriculture bureau, FY2024: a total split 其中 by level, arrivals on
// different dates, spending itemised after 其中, the rest carried forward; a second
// project cites the same notice under another issuer prefix and uses 元 amounts.
const std::string book_a = R"(附件2
某某县农业农村局
2024年度项目支出绩效自评报告
高标准农田建设补助资金
一、项目概况
（一）项目资金申报及批复情况
依据《某某省财政厅关于提前下达2024年高标准农田建设补助资金的通知》（某财农〔2023〕88号），下达我局资金120万元，其中：省级资金80万元，市级资金40万元。
（二）项目绩效目标
新建高标准农田不少于2000亩，项目区群众满意度达到90%以上。
（三）项目资金申报相符性
申报内容与实际相符。
二、项目实施及管理情况
（一）资金计划、到位及使用情况
1.资金计划及到位
省级资金80万元于2024年5月20日到位，市级资金40万元于2024年12月底到位。
2.资金使用
截至2024年12月31日，项目支出资金100万元，预算执行率为83.33%，其中：工程建设95万元，项目管理费5万元。剩余资金20万元结转下年使用。
（二）项目财务管理情况
财务制度健全，专款专用。
（三）项目组织实施情况
按计划组织实施。
三、项目绩效情况
（一）项目完成情况
实际新建高标准农田2150亩，群众满意度95%。
（二）项目效益情况
项目区亩均增产约50公斤，带动农户增收共计300万元。
四、问题及建议
（一）存在的问题
1.部分资金到位较晚，影响项目进度。
2.项目管理人员不足。
（二）相关建议
加强资金调度。

某某县农业农村局
2024年度项目支出绩效自评报告
农村人居环境整治专项资金
一、项目概况
（一）项目资金申报及批复情况
根据《某某省财政厅关于提前下达2024年高标准农田建设补助资金的通知》（某财农发〔2023〕88号）和县政府常务会议纪要，县级财政安排资金500000元。
（二）项目绩效目标
完成村庄清洁行动，改善人居环境。
（三）项目资金申报相符性
相符。
二、项目实施及管理情况
（一）资金计划、到位及使用情况
县级资金500000元全部到位。
资金使用：实际支出420000元，结余资金30000元，年中追减50000元。
（二）项目财务管理情况
制度健全。
（三）项目组织实施情况
组织有力。
三、项目绩效情况
（一）项目完成情况
已按计划完成村庄清洁行动。
（二）项目效益情况
人居环境明显改善。
四、问题及建议
（一）存在的问题
无
（二）相关建议
无
)";

// A district education bureau, FY2023: the unit on the title line, a bracketed name,
// 元 with a thousands separator, a late arrival on a printed day, nothing used and all
// carried forward while the text claims completion; sections missing and mis-numbered.
const std::string book_b = R"(某市某区教育局2023年度项目支出绩效自评报告
（学生营养改善计划补助资金）
一、项目概况
（一）项目资金申报及批复情况
根据《某市财政局关于下达2023年学生营养改善计划补助资金的通知》（某财教〔2023〕12号），市财政下达资金356,000元。
（二）项目绩效目标
为全区学生提供营养餐，受益学生不少于3000人。
三、项目实施及管理情况
（一）资金到位及使用情况
资金于2023年12月20日全部到账。
截至年底，项目资金未使用，全部结转至2024年。
（二）项目财务管理情况
严格执行财务制度。
四、项目绩效情况
（一）项目完成情况
已全部完成营养餐配送工作，受益学生3120人。
（二）项目效益情况
学生营养状况明显改善。
)";

// A county human-resources bureau, FY2023, as Word's plain-text export on Chinese
// Windows writes it: GB18030, CRLF, a _GoBack bookmark, tabs, full-width digits and
// spaces, ASCII brackets. Central and county money, a carry-over from last year,
// spending paid out and the rest recovered by the finance bureau.
const std::string book_c =
    "附件\r\n某县人力资源和社会保障局\r\n2023年度部门项目支出绩效自评报告\r\n就业补助资金\r\n(企业吸纳就业社保补贴)\r\n"
    "一、项目概况\r\n(一)项目资金申报及批复情况\r\n"
    "[bookmark: _GoBack]根据《关于下达2023年中央就业补助资金的通知》（某人社发〔2023〕5号），中央下达资金５０万元，"
    "县级配套资金１０．５万元。另有上年结转资金3万元。\r\n"
    "(二)项目绩效目标\r\n\t补贴企业吸纳就业人数200人以上。\r\n(三)项目资金申报相符性\r\n相符。\r\n"
    "二、项目实施及管理情况\r\n\t(一)资金计划、到位及使用情况\r\n"
    "中央资金2023年3月15日到位，县级配套资金2023年6月到位。\r\n2、资金使用\r\n"
    "共支付补贴资金55万元，预算执行率86.61%。因部分企业未按时申报，剩余资金8.5万元已由财政收回。\r\n"
    "(二)项目财务管理情况\r\n财务管理规范。\r\n(三)项目组织实施情况\r\n　　按要求组织实施。\r\n"
    "三、项目绩效情况\r\n(一)项目完成情况\r\n全年补贴企业吸纳就业218人。\r\n(二)项目效益情况\r\n带动就业，稳定就业形势。\r\n"
    "四、问题及建议\r\n(一)存在的问题\r\n无。\r\n(二)相关建议\r\n无。\r\n";

// A municipal health commission, FY2023: 项目名称： on the title line, an unnumbered
// heading, （二）、, a budget printed, money that has not arrived, 无结转结余, and 30万元
// whose fate is not said.
const std::string book_d = R"(某市卫生健康委员会
2023年度项目支出绩效自评报告
项目名称：基层医疗卫生机构能力提升项目
项目概况
(一)项目资金申报及批复情况
年初预算数为200万元，调整后预算180万元。市级财政下达资金150万元，省级补助资金30万元尚未到位。
（二）、项目绩效目标
培训基层医务人员不少于500人次。
（三）项目资金申报相符性
相符。
二、项目实施及管理情况
（一）资金计划、到位及使用情况
市级资金于2023年6月30日拨付到位。
全年实际支出资金1,200,000元，资金执行率66.67%。无结转结余。尚有30万元未安排使用。
（二）项目财务管理情况
财务管理规范。
（三）项目组织实施情况
按计划实施。
三、项目绩效情况
（一）项目完成情况
已完成培训基层医务人员620人次，群众满意度92%。
（二）项目效益情况
基层服务能力提升。
四、问题及建议
（一）存在的问题
部分资金未到位。
（二）相关建议
加快资金拨付。
)";

// A water bureau whose book uses other standard-ish titles (项目基本情况, 绩效目标完成情况,
// 项目产出情况, 项目实施效果, 改进建议), a stamped unit line, the project's name inside
// the report title, 县（区）级 money, arrival by month and 结转至下年度 with an amount.
const std::string book_e = R"(单位名称：某县（区）水利局（盖章）
2023年度小型水库维修养护项目支出绩效自评报告
一、项目基本情况
（一）项目资金申报及批复情况
县（区）级财政安排维修养护资金30万元。
（二）项目绩效目标
完成小型水库维修养护8座。
（三）项目资金申报相符性
相符。
二、项目实施和管理情况
（一）资金计划、到位和使用情况
资金已于2023年4月足额到位。项目实际使用资金28万元，结转至下年度2万元。
（二）项目财务管理情况
规范。
（三）项目组织实施情况
规范。
三、项目绩效目标完成情况
（一）项目产出情况
完成维修养护小型水库8座。
（二）项目实施效果
水库安全运行。
四、存在的问题及改进建议
（一）存在的问题
无
（二）改进建议
无
)";

std::string date_of(const tranche& t) { return t.arrival_date ? to_string(*t.arrival_date) : std::string("-"); }

}  // namespace

TEST_CASE("book A (county, FY2024): a total split by level, dated arrivals, itemised spending, the rest carried forward") {
    const auto r = ingest_report_book(book_a, "book-a.txt");
    const auto& doc = r.doc;
    CHECK(doc.fiscal_year == 2024);
    CHECK(doc.unit == "某某县农业农村局");
    REQUIRE(doc.projects.size() == 2);
    const auto& p = doc.projects[0];
    CHECK(p.name == "高标准农田建设补助资金");
    // 下达我局资金120万元 is the total of the two tranches, not a tranche of its own.
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].level == level::provincial);
    CHECK(p.tranches[0].amount == wan("80"));
    CHECK(p.tranches[0].arrived == wan("80"));
    CHECK(date_of(p.tranches[0]) == "2024-05-20");
    CHECK(p.tranches[0].document == "某财农〔2023〕88号");
    CHECK(p.tranches[1].level == level::municipal);
    CHECK(p.tranches[1].amount == wan("40"));
    CHECK(date_of(p.tranches[1]) == "2024-12-31");
    CHECK(nlohmann::json::parse(p.x.json)["notes"][0] ==
          "the text states a total of 120.00万元 (line 7) that equals the sum of the tranches; it is not a tranche of its own");
    const auto& e = *p.execution;
    CHECK(e.used == wan("100"));
    REQUIRE(e.items.size() == 2);
    CHECK(e.items[0].purpose == "工程建设");
    CHECK(e.items[0].amount == wan("95"));
    CHECK(e.items[1].purpose == "项目管理费");
    CHECK(e.items[1].amount == wan("5"));
    CHECK(e.carried_forward == wan("20"));
    CHECK(e.reported_rate->text == "83.33%");
    CHECK(e.reported_rate->decimals == 2);
    CHECK(summarize_funds(p).disposed() == summarize_funds(p).available);
    // Two indicators: 亩 and a satisfaction percentage.
    REQUIRE(p.indicators.size() == 2);
    CHECK(p.indicators[0].name == "新建高标准农田");
    CHECK(p.indicators[0].unit == "亩");
    CHECK(p.indicators[0].target == quantity(2000));
    CHECK(p.indicators[0].actual == quantity(2150));
    CHECK(p.indicators[1].level1 == indicator_level1::satisfaction);
    CHECK(p.indicators[1].level2 == indicator_level2::beneficiary);
    CHECK(p.indicators[1].unit == "%");
    CHECK(p.indicators[1].target == quantity(90));
    CHECK(p.indicators[1].actual == quantity(95));
    CHECK(p.indicators[1].weight == points(10));
    CHECK(p.problems == V{"1.部分资金到位较晚，影响项目进度。", "2.项目管理人员不足。"});

    const auto& q = doc.projects[1];
    REQUIRE(q.tranches.size() == 1);
    CHECK(q.tranches[0].level == level::district);
    CHECK(q.tranches[0].amount == money::parse("500000"));
    CHECK(q.tranches[0].arrived == money::parse("500000"));
    CHECK(q.tranches[0].document == "某财农发〔2023〕88号");
    CHECK(q.execution->used == money::parse("420000"));
    CHECK(q.execution->surplus == money::parse("30000"));
    CHECK(q.execution->reduced == money::parse("50000"));
    CHECK_FALSE(q.execution->carried_forward);  // not stated: absent, not 0

    CHECK(rule_lines(r.findings) == V{"JX-S003@39"});
    CHECK(r.findings[0].where.path == "projects[1].basis[0]");
    CHECK(rule_lines(r.project_findings[0]) == V{"JX-S005@26"});
    CHECK(r.project_findings[0][0].actual == "300万元");
    CHECK(rule_lines(r.project_findings[1]).empty());  // 已按计划完成, but money was used: no JX-S004
}

TEST_CASE("book B (district, FY2023): unit on the title line, all carried forward while claiming completion") {
    const auto r = ingest_report_book(book_b, "book-b.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.unit == "某市某区教育局");
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "学生营养改善计划补助资金");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].level == level::municipal);
    CHECK(p.tranches[0].amount == money::parse("356000"));
    CHECK(p.tranches[0].arrived == money::parse("356000"));
    CHECK(date_of(p.tranches[0]) == "2023-12-20");
    CHECK(p.execution->used == money{});
    CHECK(p.execution->carried_forward == money::parse("356000"));
    CHECK_FALSE(p.problems);  // no 四、问题及建议 at all
    REQUIRE(p.indicators.size() == 1);
    CHECK(p.indicators[0].name == "受益学生");

    CHECK(rule_lines(r.project_findings[0]) ==
          V{"JX-S001@8", "JX-S001@14", "JX-S001@18", "JX-S002@8", "JX-S004@16"});
    const auto& f = r.project_findings[0];
    CHECK(f[0].expected == "（三）项目资金申报相符性");
    CHECK(f[1].expected == "（三）项目组织实施情况");
    CHECK(f[2].message.en ==
          "project “学生营养改善计划补助资金” lacks the standard section “四、问题及建议” (with all its sub-sections: "
          "（一）存在的问题、（二）相关建议), expected after line 18, at the end of the project; add it or say why it does not apply "
          "(judged against the Sichuan template of project self-evaluation reports)");
    CHECK(f[3].expected == "二、");
    CHECK(f[3].actual == "三、");
    CHECK(f[4].actual == "356000.00");
    CHECK(f[4].message.en.starts_with("line 16 claims “已全部完成” while all of the project's 35.60万元 was carried forward"));
}

TEST_CASE("book C (county, GB18030 with CRLF): central and county money, a carry-over, paid out, the rest recovered") {
    const auto r = ingest_report_book(ingest_test::encode(book_c, "GB18030"), "book-c.txt");
    CHECK(r.encoding == "GB18030");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "就业补助资金(企业吸纳就业社保补贴)");
    CHECK(p.basis == V{"某人社发〔2023〕5号"});
    REQUIRE(p.tranches.size() == 3);
    CHECK(p.tranches[0].level == level::central);
    CHECK(p.tranches[0].amount == wan("50"));
    CHECK(date_of(p.tranches[0]) == "2023-03-15");
    CHECK(p.tranches[1].level == level::district);
    CHECK(p.tranches[1].amount == wan("10.5"));
    CHECK(date_of(p.tranches[1]) == "2023-06-30");
    CHECK(p.tranches[1].arrived == wan("10.5"));
    // 上年结转资金3万元: last year's money, already in hand; no arrival statement applies to it.
    CHECK(p.tranches[2].source == fund_source::prior_year);
    CHECK(p.tranches[2].year == 2022);
    CHECK(p.tranches[2].amount == wan("3"));
    CHECK_FALSE(p.tranches[2].arrived);
    CHECK_FALSE(p.tranches[2].arrival_date);
    const auto& e = *p.execution;
    CHECK(e.used == wan("55"));
    CHECK(e.recovered == wan("8.5"));
    CHECK(e.deviation == "因部分企业未按时申报");
    CHECK(e.reported_rate->text == "86.61%");
    CHECK(summarize_funds(p).disposed() == summarize_funds(p).available);
    REQUIRE(p.indicators.size() == 1);
    CHECK(p.indicators[0].target == quantity(200));
    CHECK(p.indicators[0].actual == quantity(218));
    CHECK(rule_lines(r.project_findings[0]) == V{"JX-S002@16"});
    CHECK(r.project_findings[0][0].expected == "2．");
    CHECK(r.project_findings[0][0].actual == "2、");
    // The same book as UTF-8 reads the same.
    auto utf8 = ingest_report_book(book_c, "book-c.txt").doc;
    auto gb = r.doc;
    utf8.x = gb.x = {};
    CHECK(utf8 == gb);
}

TEST_CASE("book D (municipal): budget printed, money not arrived, 无结转结余, an unexplained remainder") {
    const auto r = ingest_report_book(book_d, "book-d.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "基层医疗卫生机构能力提升项目");
    REQUIRE(p.budget);
    CHECK(p.budget->initial == wan("200"));
    CHECK(p.budget->adjusted == wan("180"));
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].level == level::municipal);
    CHECK(p.tranches[0].amount == wan("150"));
    CHECK(p.tranches[0].arrived == wan("150"));
    CHECK(date_of(p.tranches[0]) == "2023-06-30");
    CHECK(p.tranches[1].level == level::provincial);
    CHECK(p.tranches[1].amount == wan("30"));
    CHECK(p.tranches[1].arrived == money{});  // 尚未到位
    const auto& e = *p.execution;
    CHECK(e.used == money::parse("1200000"));
    CHECK(e.carried_forward == money{});
    CHECK(e.surplus == money{});
    CHECK(e.reported_rate->text == "66.67%");
    const auto ex = nlohmann::json::parse(e.x.json);
    CHECK(ex["source"][1]["fields"]["carried_forward"] == "无结转结余");
    CHECK(rule_lines(r.project_findings[0]) == V{"JX-S002@4", "JX-S002@7", "JX-S005@14"});
    const auto& f = r.project_findings[0];
    CHECK(f[0].message.en == "line 4: heading “项目概况” has no number; the 一、/（一）/1． pattern expects “一、项目概况”");
    CHECK(f[1].actual == "（二）、");
    CHECK(f[2].actual == "30万元");
    CHECK(f[2].message.en ==
          "line 14: the amount 30万元 was not tied to any field (money left unused whose fate (carried forward, surplus, "
          "reduced or recovered) is not stated); left for a reviewer: “尚有30万元未安排使用。”");
}

TEST_CASE("book E (water bureau): other titles, a stamped unit line, the name inside the report title") {
    const auto r = ingest_report_book(book_e, "book-e.txt");
    CHECK(r.doc.unit == "某县（区）水利局");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(p.name == "小型水库维修养护项目");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].level == level::district);
    CHECK(p.tranches[0].amount == wan("30"));
    CHECK(p.tranches[0].arrived == wan("30"));
    CHECK(date_of(p.tranches[0]) == "2023-04-30");
    CHECK(p.execution->used == wan("28"));
    CHECK(p.execution->carried_forward == wan("2"));
    CHECK(p.outcome == "完成维修养护小型水库8座。\n水库安全运行。");
    CHECK(p.problems == V{});
    REQUIRE(p.indicators.size() == 1);
    CHECK(p.indicators[0].unit == "座");
    CHECK(p.indicators[0].target == quantity(8));
    CHECK(p.indicators[0].actual == quantity(8));
    CHECK(r.all_findings().empty());
}

TEST_CASE("an invented book read from a .docx gives what its text gives") {
    const auto from_text = ingest_report_book(book_a, "book-a.txt");
    const auto from_docx = ingest_report_book(ingest_test::make_docx(book_a), "book-a.docx");
    auto a = from_text.doc, b = from_docx.doc;
    a.x = b.x = {};
    CHECK(a == b);
    CHECK(ingest_test::without_file(from_docx.all_findings()) == ingest_test::without_file(from_text.all_findings()));
    CHECK(from_docx.all_findings().at(0).where.file == "book-a.docx");
}

TEST_CASE("a cover page with a report title but no sections is not a project, and the document says so") {
    const std::string cover = "某某县农业农村局\n2024年度项目支出绩效自评报告\n（汇编）\n目录\n\n";
    const auto r = ingest_report_book(cover + book_a, "book-a.txt");
    REQUIRE(r.doc.projects.size() == 2);
    CHECK(r.doc.projects[0].name == "高标准农田建设补助资金");
    CHECK(r.doc.projects[0].tranches.size() == 2);
    const auto x = nlohmann::json::parse(r.doc.x.json);
    // Lines 5–6 (a blank and 附件2, an attachment label) are not the cover's title lines.
    CHECK(x["notes"][0] == "lines 1–4 have a report title but no standard section under it; read as a cover page, not a project");
}

TEST_CASE("an indicator needs a target and an actual about the same thing") {
    ingest_test::parts p;
    p.goal = "建成分园1个。";
    p.completion = "入驻企业4个。";
    CHECK(ingest_report_book(ingest_test::report_book_text(p), "t.txt").doc.projects.at(0).indicators.empty());
    p.completion = "已建成分园1个。";
    const auto with = ingest_report_book(ingest_test::report_book_text(p), "t.txt").doc.projects.at(0).indicators;
    REQUIRE(with.size() == 1);
    CHECK(with[0].name == "建成分园");
    CHECK(with[0].target == quantity(1));
    CHECK(with[0].actual == quantity(1));
    p.goal = "做好某项工作。";  // a figure in the results with no target: no indicator
    CHECK(ingest_report_book(ingest_test::report_book_text(p), "t.txt").doc.projects.at(0).indicators.empty());
}

TEST_CASE("text with no report title and no heading is an error that says what a book starts with") {
    // No title and no section heading, and no word of a fund's money: nothing says where a project is.
    CHECK_THROWS_WITH((void)ingest_report_book("合同金额10万元。\n", "x.txt"),
                      "x.txt: no project found: a report book should have a title such as 2023年度项目支出绩效自评报告 "
                      "(…自评报告, …自评价报告) or start with a section heading such as 一、基本情况; a self-evaluation "
                      "form copied as text needs 项目名称 and a total row 年度资金总额 with figures (or 专项名称 or 项目名称 and "
                      "预算数: / 执行数: with figures and their unit)");
    // Text that accounts for a fund's use in other words (自查, 使用情况) and states money, even with a space
    // before its unit, is read whole as one project named after the file
    // (https://www.axdbkk.com/html_3/zaixiantushuguan/16724/list/4.html, a 自查报告 with no title line left).
    const auto checked = ingest_report_book("经自查，2019年免费开放专项资金到位使用情况良好。\n到位资金 10 万元，已全部使用。\n", "x.txt");
    REQUIRE(checked.doc.projects.size() == 1);
    CHECK(checked.doc.projects[0].name == "x");
    CHECK(checked.doc.fiscal_year == 2019);
    CHECK(ingest_test::allocated(checked.doc.projects[0]) == ingest_test::wan("10"));
    CHECK(ingest_test::fen(checked.doc.projects[0].execution.value().used) == "100000.00");
    // So is a paragraph on what a fund's money did, in no other words
    // (a district's note on its subsidy funds, http://www.jxliugong.cn/2023/04-03/203293.html: 上级下达…补贴资金579万元,使用补贴资金241.49万元).
    const auto fund = ingest_report_book("2018年上级下达我区中央农机购置补贴资金579万元,使用补贴资金241.49万元,受益农户184户。\n", "x.txt");
    REQUIRE(fund.doc.projects.size() == 1);
    CHECK(ingest_test::allocated(fund.doc.projects[0]) == ingest_test::wan("579"));
    CHECK(ingest_test::fen(fund.doc.projects[0].execution.value().used) == "2414900.00");
    // A heading without a title is one project (named after the file), but a year must be stated somewhere.
    CHECK_THROWS_WITH((void)ingest_report_book("一、项目概况\n到位资金10万元。\n", "x.txt"),
                      "x.txt: no fiscal year found: neither the title nor the text names a year such as 2023年; give the "
                      "report's year with --year");
}

// A town's statement of a fund's money (http://www.szmaolu.com/xlz/zdlygk/czxx/content/post_1262346.html): no
// report title, then the statement's own opening — the money, and 现将…说明如下 — right above 一、. The opening is the
// report's: its surplus was lost with the lines above the excerpt. A line above 一、 that does not open the report
// (相关阅读：…) stays the page's.
TEST_CASE("with no title, the report's opening right above 一、 (现将…如下) is the report's") {
    const std::string sections = "一、资金分配方式和依据\n按文件分配。\n二、资金使用情况\n资金用于河道整治。\n";
    const auto r = ingest_report_book("2016年某镇水利所定向财力转移支付资金\n收支情况说明\n"
                                      "2016年水利所定向财力转移支付资金收入2972.71万元,支出1589.14万元,结余1383.57万元。现将资金安排使用情况"
                                      "说明如下:\n" + sections,
                                      "x.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& e = r.doc.projects[0].execution.value();
    CHECK(ingest_test::fen(e.used) == "15891400.00");
    CHECK(ingest_test::fen(e.surplus) == "13835700.00");
    const auto page = ingest_report_book("相关阅读：2016年某所资金支出1589.14万元,结余1383.57万元。\n" + sections, "x.txt");
    CHECK_FALSE((page.doc.projects.at(0).execution && page.doc.projects.at(0).execution->used));
}

// A county's checklist (http://psx.gov.cn/zfbm_174/fzhggwyh_82690/zwgk_72016/zfxxgkml/jczwgk/wsjklyjczwgk/jhsyfw/202503/t20250319_14420965.html): no report title, no section heading and no form with
// 项目名称, but its first line names the project and the year. One project, its text without
// sections: only an amount whose own words say what it is is read.
TEST_CASE("a book without a report title or heading, named by a …绩效自评表 line, is one project") {
    const auto r = ingest_report_book(
        "某自治县2024年度中央对地方转移支付某服务项目绩效自评\n日期:2025-03-19\n"
        "某自治县2024年度中央对地方转移支付某服务项目绩效自评表\n指标名称 指标解释 记录\n"
        "资金合计(万元) 年度预算资金总额): 1084.25\n2024年下达中央补助资金668万元，已全部到位。\n"
        "预算执行率 按要求完成\n",
        "x.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2024);
    CHECK(p.name == "中央对地方转移支付某服务项目");
    CHECK(*r.doc.unit == "某自治县");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == ingest_test::wan("668"));
    CHECK(p.tranches[0].arrived == ingest_test::wan("668"));
    CHECK(r.doc.x.json.find("no report title, standard heading or form found") != std::string::npos);
}

// A department's letter to the finance bureau (福建, http://zjt.fujian.gov.cn/xxgk/zxwj/201907/t20190718_4928510.htm):
// no title, no line naming the report, sections of its own (一、评价资金范围…). The whole text is one
// project named after the file; only an amount whose own words say what it is is read.
TEST_CASE("a letter with numbered sections of its own and no title is one project named after the file") {
    const auto r = ingest_report_book(
        "某省财政厅:\n现将2018年度某专项资金绩效评价情况报送如下:\n一、评价资金范围及目标完成情况\n"
        "评价资金范围包括两个部分:一是清单管理项目资金,包含城乡环境整治78,000万元、美丽乡村建设60,000万元;二是部门业务费"
        "5,577.84万元。\n2018年下达某专项资金500万元，已全部到位。\n",
        "fujian-letter.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    CHECK(r.doc.fiscal_year == 2018);
    CHECK(p.name == "fujian-letter");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == ingest_test::wan("500"));
    CHECK(p.tranches[0].arrived == ingest_test::wan("500"));
    CHECK(r.doc.x.json.find("from line 1, read as one project named after the file") != std::string::npos);
    // Without a 一、 section, a text is read whole only when it speaks of a fund's money (资金, 经费, 补贴, 补助)
    // or its use; a sum of money in other words is no book.
    CHECK(ingest_report_book("某省财政厅:\n二、其他\n2018年下达某专项资金500万元。\n", "x.txt").doc.projects.size() == 1);
    CHECK_THROWS((void)ingest_report_book("某省财政厅:\n二、其他\n2018年合同金额500万元。\n", "x.txt"));
    // A section heading whose words read like a title (一、项目绩效评价工作情况) is no title: the paragraph
    // before it, with the money, is the text's (方城县, https://oospecies.com/2022/05-11/633053.html).
    const auto opening = ingest_report_book(
        "为支持做好动物防疫工作,2021年度中央财政和省级财政资金共下达我县动物防疫专项补助经费725.63万元。\n"
        "一、项目绩效评价工作情况\n(一)评价目的\n了解项目实施进展。\n",
        "fangcheng.txt");
    REQUIRE(opening.doc.projects.size() == 1);
    CHECK(opening.doc.projects[0].name == "fangcheng");
    REQUIRE(opening.doc.projects[0].tranches.size() == 1);
    CHECK(opening.doc.projects[0].tranches[0].amount == ingest_test::wan("725.63"));
}

// A form run into one line (宁夏 原州区, https://www.bigxun.com/view/1651813082920488962): the total's label
// before its headings, the first figure among them (全年预算数(A)300全年执行数(B)…), the others on lines
// of their own (259.45万元 / 86.5%). The headings, then the first figure after them: the budget, no more.
// A provincial fund's evaluation without sections (湖南,
// https://my-dtb.com/html/.xxgk_71033.czxx201805t20180511_5010908.html): the first money its own words name
// is the project's.
TEST_CASE("a form run into a line, its figures among its headings; a loose book: only amounts named as money are read") {
    const auto r = ingest_report_book(
        "文本内容:\n某示范推广项目绩效目标自评表(2022年度)项目总得分99分项目名称某示范项目实施单位/项目负责人某中心/某人"
        "主管部门某厅资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元\n"
        "259.45万元\n86.5%市县资金年度总体目标一是采购原种。\n",
        "x.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2022);
    CHECK(r.doc.projects[0].name == "某示范");  // 项目名称某示范|项目实施单位: the longer label wins
    REQUIRE(r.doc.projects[0].budget);
    CHECK(r.doc.projects[0].budget->adjusted == money::parse("300万"));
    CHECK_FALSE(r.doc.projects[0].execution);  // 259.45万元 stands under no heading of its own
    CHECK(r.doc.x.json.find("come in another order") != std::string::npos);

    const auto named = ingest_report_book(
        "某省某专项资金绩效自评情况\n本次评价对象为某省某专项资金16750万元,其中2000万元由省财政厅切块用于某开发资金。\n"
        "发放补贴资金300万元惠及群众。\n",
        "y.txt", ingest_options{2017});
    REQUIRE(named.doc.projects.size() == 1);
    REQUIRE(named.doc.projects[0].tranches.size() == 1);
    CHECK(named.doc.projects[0].tranches[0].amount == ingest_test::wan("16750"));
    CHECK(named.doc.x.json.find("no report title, standard heading or form found") != std::string::npos);
}

// A city bureau's page titled by its year only (东阳, http://www.dongyang.gov.cn/art/2021/10/12/art_1229468402_59490055.html):
// 2020年度绩效评价 names the year; the project is named after the file.
TEST_CASE("a loose book titled by its year only (2020年度绩效评价) is named after the file") {
    const auto r = ingest_report_book("您所在的位置: 首页\n2020年度绩效评价\n发布日期:2021-10-12\n"
                                      "项目全年预算数为1050万元,执行数为1050万元,完成预算的100%。\n",
                                      "dongyang-culture.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.fiscal_year == 2020);
    CHECK(r.doc.projects[0].name == "dongyang-culture");
    REQUIRE(r.doc.projects[0].budget);
    CHECK(r.doc.projects[0].budget->adjusted == ingest_test::wan("1050"));
    REQUIRE(r.doc.projects[0].execution);
    CHECK(r.doc.projects[0].execution->used == ingest_test::wan("1050"));  // 执行数为…: a figure named as money
    // A longer line that only names a year and 绩效 is no title: the text, which says it is about a
    // performance evaluation and states money, is read whole, named after the file.
    const auto untitled = ingest_report_book("关于2020年度绩效评价工作开展情况的说明材料汇编\n下达资金1050万元。\n", "x.txt");
    REQUIRE(untitled.doc.projects.size() == 1);
    CHECK(untitled.doc.projects[0].name == "x");
    CHECK(untitled.doc.projects[0].tranches.at(0).amount == ingest_test::wan("1050"));
    // Money in a text that speaks neither of a self-evaluation nor of a fund's money is still refused.
    CHECK_THROWS_AS((void)ingest_report_book("关于2020年度工作开展情况的说明材料汇编\n合同金额1050万元。\n", "x.txt"), jixiao::error);
    // So is a self-evaluation's text that states no money.
    CHECK_THROWS_AS((void)ingest_report_book("关于2020年度绩效评价工作开展情况的说明材料汇编\n工作开展顺利。\n", "x.txt"), jixiao::error);
}

// A form copied out of a 南湖新区 report (https://yynanhu.yueyang.gov.cn/55456/55458/55498/55503/content_1345664.html)
// whose excerpt names no year: the reader gives it.
TEST_CASE("the fiscal year the reader gives (--year) for a book that names none; a title naming another is an error") {
    const std::string no_year = "财政支出项目绩效评价自评报告\n一、项目概况\n到位资金10万元。\n";
    const auto read = ingest_report_book(no_year, "x.txt", ingest_options{2016});
    CHECK(read.doc.fiscal_year == 2016);
    // It stands before a year guessed from the text, not before a title's own.
    const auto guessed = ingest_report_book("一、项目概况\n2017年12月到位资金10万元。\n", "x.txt");
    CHECK(guessed.doc.fiscal_year == 2017);
    const auto given = ingest_report_book("一、项目概况\n2017年12月到位资金10万元。\n", "x.txt", ingest_options{2016});
    CHECK(given.doc.fiscal_year == 2016);
    // The date a report was filed says nothing of its year (a 2016 report is filed in 2017).
    CHECK_THROWS_AS((void)ingest_report_book("一、项目概况\n报告日期：2017年7月15日。到位资金10万元。\n", "x.txt"), jixiao::error);
    CHECK(ingest_report_book("某局2022年度项目支出绩效自评报告\n一、项目概况\n到位资金10万元。\n", "x.txt", ingest_options{2022})
              .doc.fiscal_year == 2022);
    CHECK_THROWS_WITH((void)ingest_report_book("某局2022年度项目支出绩效自评报告\n一、项目概况\n到位资金10万元。\n", "x.txt",
                                               ingest_options{2023}),
                      "x.txt:1: the title names fiscal year 2022, not the --year 2023 given; check which is right and drop or "
                      "correct --year");
    CHECK(lint(no_year, "x.txt", ingest_options{2016}).result.fiscal_year == 2016);
}
