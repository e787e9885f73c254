// Component funds listed inline (①…；②…): one project each, the book's project keeps its
// texts and its statements about the whole are checked against them. Every passage is
// written for these tests; the pattern is the one issue #13 describes from published
// transfer-payment self-evaluations (①…应到位50万元，实际到位20万元，到位率40%；②…, numbering
// that slips from ④ to 5.).
#include "ingest/lines.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

// Its own namespace: helpers and using-directives of this file stay its own when a
// unity build compiles test sources together.
namespace ingest_components_test {

using namespace jixiao;

namespace {

money w(std::string_view wan) { return money::parse(std::string(wan) + "万"); }

// A county's welfare-lottery notice (the pattern of http://dongjiyunhe.com/gyxzf/gysyjszxhjgxx/content/
// eb3a12c3-747e-4131-a773-f0999508cef5.html): the money, its three funds listed with theirs, then under
// 二、项目资金使用情况 the given paragraphs.
std::string welfare_notice(std::string_view uses) {
    return "某县2024年度中央集中彩票公益金使用情况自评报告\n2024年度下达我县中央集中彩票公益金支持社会福利事业资金199万元。\n"
           "一、项目总体情况\n项目安排情况:全县安排3个项目,其中:老年人福利项目1个,金额108万元,资金量占比54%;残疾人福利项目1个,"
           "金额71万元,资金量占比36%;儿童福利项目1个,金额20万元,资金量占比10%;\n二、项目资金使用情况\n" +
           std::string(uses);
}

// The same notice whose funds each state what they left (the children's fund `children`), then under
// 三、资金结转结余情况 what the whole left, `total` 万元.
std::string funds_left_notice(std::string_view children, std::string_view total) {
    return welfare_notice("老年人福利项目:截止2024年底,老年人福利项目支出102万元。结余资金6万元,结转下年由该项目继续使用。\n"
                          "残疾人福利项目:截止2024年底,支出为0万元,结余资金71万元,结转下年由该项目继续使用。\n"
                          "儿童福利项目:截止2024年底,儿童福利项目支出18万元。" +
                          std::string(children) + "\n三、资金结转结余情况\n截止2024年底,某县2024年度资金结转结余" +
                          std::string(total) + "万元,\n");
}

std::string book(const std::string& arrival, const std::string& use, const std::string& allocated = "2023年共下达医疗救助补助资金80万元。") {
    return "某县医疗保障局\n2023年度医疗救助补助资金绩效自评报告\n一、绩效目标分解下达情况\n" + allocated +
           "\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n1.项目资金到位情况分析\n" + arrival +
           "\n2.项目资金执行情况分析\n" + use + "\n";
}

const std::string three_arrivals =
    "2023年共应到位资金80万元，实际到位60万元。①城乡医疗救助资金应到位50万元，实际到位30万元，到位率60%；"
    "②疾病应急救助资金应到位20万元，实际到位20万元，到位率100%；③重特大疾病保障资金应到位10万元，实际到位10万元，到位率100%。";
const std::string three_uses =
    "①城乡医疗救助资金支出35万元，执行率70%；②疾病应急救助资金支出20万元，执行率100%；③重特大疾病保障资金支出10万元，执行率100%。";

std::vector<std::string> rules_of(const std::vector<finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.rule);
    return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("component funds ①②③ become one project each, after the book's project") {
    const auto r = ingest_report_book(book(three_arrivals, three_uses), "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    const auto& parent = r.doc.projects[0];
    CHECK(parent.name == "医疗救助补助资金");
    CHECK(parent.tranches.empty());  // its 80万 is the components' total, not money of its own
    CHECK_FALSE(parent.execution);
    CHECK(parent.x.json.find("its paragraphs list 3 component funds") != std::string::npos);
    CHECK(parent.x.json.find("the money allocated stated for the whole, 80.00万元, equals the sum") != std::string::npos);

    const auto& first = r.doc.projects[1];
    CHECK(first.id == "p02");
    CHECK(first.name == "城乡医疗救助资金");
    REQUIRE(first.tranches.size() == 1);
    CHECK(first.tranches[0].amount == w("50"));
    CHECK(first.tranches[0].arrived == w("30"));
    CHECK(first.reported_arrival_rate->text == "60%");
    CHECK(first.execution->used == w("35"));
    CHECK(first.execution->reported_rate->text == "70%");
    CHECK(first.x.json.find("one of the funds listed in the paragraphs of “医疗救助补助资金”") != std::string::npos);

    CHECK(r.doc.projects[2].name == "疾病应急救助资金");
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("20"));
    CHECK(r.doc.projects[2].execution->used == w("20"));
    CHECK(r.doc.projects[3].name == "重特大疾病保障资金");
    CHECK(r.doc.projects[3].tranches.at(0).arrived == w("10"));

    // Provenance names the component's own line.
    bool sourced = false;
    for (const auto& s : r.provenance)
        sourced = sourced || (s.path == "projects[1].tranches[0].arrived" && s.line == 8 && s.value == "30万元");
    CHECK(sourced);
}

TEST_CASE("a component that paid more than arrived is seen; the others and the book's project stay quiet") {
    const auto item = lint(book(three_arrivals, three_uses), "t.txt");
    const auto& projects = item.result.projects;
    REQUIRE(projects.size() == 4);
    CHECK(has(rules_of(projects[1].findings), "JX-F001"));  // 35万 used of 30万 arrived
    for (std::size_t i : {0u, 2u, 3u}) {
        const auto rules = rules_of(projects[i].findings);
        CHECK_FALSE(has(rules, "JX-F001"));
        CHECK_FALSE(has(rules, "JX-S006"));
        CHECK_FALSE(has(rules, "JX-F012"));
    }
    // A fund's indicators are the whole's: unknown for the fund (JX-S009), not absent (no JX-I005).
    for (std::size_t i : {1u, 2u, 3u}) {
        const auto rules = rules_of(projects[i].findings);
        CHECK(has(rules, "JX-S009"));
        CHECK_FALSE(has(rules, "JX-I005"));
    }
}

TEST_CASE("the book's total that differs from its components' sum is JX-S006 on the book's project") {
    const auto item = lint(book(three_arrivals, three_uses, "2023年共下达医疗救助补助资金90万元。"), "t.txt");
    const auto& parent = item.result.projects.at(0);
    const auto s006 = std::find_if(parent.findings.begin(), parent.findings.end(),
                                   [](const finding& f) { return f.rule == "JX-S006"; });
    REQUIRE(s006 != parent.findings.end());
    CHECK(s006->expected == "900000.00");
    CHECK(s006->actual == "800000.00");
    CHECK(s006->message.zh.find("城乡医疗救助资金 50.00万元") != std::string::npos);
    CHECK(item.doc.projects.at(0).tranches.empty());
}

TEST_CASE("JX-S006 over a long list names its first twelve funds and counts the rest; its quote is cut") {
    const std::u32string circled = U"①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    std::string arrivals;
    for (std::size_t i = 0; i < 20; ++i)
        arrivals += jixiao::ingest::to_utf8(circled.substr(i, 1)) + "第" + std::to_string(i) + "号补助资金应到位1万元；";
    const auto item = lint(book(arrivals, "", "2023年共下达医疗救助补助资金100万元。"), "t.txt");
    const auto& parent = item.result.projects.at(0);
    const auto s006 = std::find_if(parent.findings.begin(), parent.findings.end(),
                                   [](const finding& f) { return f.rule == "JX-S006"; });
    REQUIRE(s006 != parent.findings.end());
    CHECK(s006->expected == "1000000.00");
    CHECK(s006->actual == "200000.00");
    CHECK(s006->message.zh.find("第11号补助资金 1.00万元 等，另有 8 项）之和为 20.00万元") != std::string::npos);
    CHECK(s006->message.zh.find("第12号补助资金") == std::string::npos);
    CHECK(s006->message.en.find("第11号补助资金 1.00万元 and 8 more) add up to 20.00万元") != std::string::npos);
    CHECK(s006->message.zh.size() < 1200);
}

// A county education bureau's summary of its projects' self-evaluations (霍邱县教育局,
// https://www.huoqiu.gov.cn/public/6600221/36423337.html): 一是…二是…, each a budget class, then after
// 即 the fund it holds or the list of them, their sum, its spending and its rate. The summary's own
// heading, (一)项目支出自评情况, sits under 一、自评工作开展情况.
TEST_CASE("一是X支出，即Y经费合计…: the fund after 即 names the item, or the class before it when 即 lists several") {
    const auto r = ingest_report_book(
        "某县教育局\n2022年度项目支出绩效自评报告\n一、自评工作开展情况\n(一)项目支出自评情况。\n"
        "2022年我单位项目支出绩效自评项目3个,一是用于其他教育管理事务支出,即乡村教师专项工作补助经费合计75万元,"
        "已于本年度支出75万元,预算完成率100%。主要用于教师补助;二是学前教育支出,即支持学前教育发展资金、"
        "公办幼儿园生均经费、教育结余用于项目建设等合计3624.71万元,已于本年度支出3624.71万元,预算完成率100%。"
        "主要用于幼儿园补助;三是高中教育支出,即公办普通高中公用经费、教育结余用于项目建设经费4194.23万元,"
        "于本年度支出4194.23万元,预算完成率100%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[0].tranches.empty());
    const std::pair<const char*, const char*> expected[] = {
        {"乡村教师专项工作补助经费", "75"}, {"学前教育支出", "3624.71"}, {"高中教育支出", "4194.23"}};
    for (std::size_t i = 0; i < 3; ++i) {
        CAPTURE(i);
        const auto& p = r.doc.projects[i + 1];
        CHECK(p.name == expected[i].first);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].amount == w(expected[i].second));
        REQUIRE(p.execution);
        CHECK(p.execution->used == w(expected[i].second));
        CHECK(p.execution->items.empty());  // 教育结余用于项目建设 is a fund's name, no use
        REQUIRE(p.execution->reported_rate);
        CHECK(p.execution->reported_rate->text == "100%");
    }
}

// (Without 即 the class is what the money was spent on: 用于学前教育支出50万元 stays an item.)
TEST_CASE("用于…支出 without 即 is still what the money paid for") {
    const auto r = ingest_report_book(
        "某县教育局\n2022年度学前教育资金绩效自评报告\n一、项目概况\n（一）项目资金申报及批复情况\n"
        "下达资金80万元,其中用于学前教育支出、教育结余用于项目建设等合计50万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& p = r.doc.projects[0];
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == w("80"));
    REQUIRE(p.execution);
    REQUIRE(p.execution->items.size() == 1);
    CHECK(p.execution->items[0].amount == w("50"));
    CHECK_FALSE(p.execution->used);  // listed in the allocation's sentence: what it is for, not spent
}

// A county civil-affairs bureau's lottery fund (民乐县, a Gansu transfer-payment self-evaluation,
// https://www.minle.gov.cn/): numbered projects, the first broken down inline after 其中.
TEST_CASE("items inline after 其中 inside a numbered fund are its breakdown, not funds of their own") {
    const auto r = ingest_report_book(
        "某县民政局\n2023年度福彩公益金绩效自评报告\n一、绩效目标分解下达情况\n2023年下达省级福彩公益金63万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "1.养老机构运营补贴项目:2023年下达省级福彩公益金48万元,其中:甲敬老院运营补贴19万元,乙敬老院运营补贴17万元,"
        "丙服务中心运营补贴12万元,到位资金48万元,资金到位率100%。\n"
        "2.社会工作服务站项目:2023年下达省级福彩公益金15万元,到位资金15万元,资金到位率100%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    const auto& first = r.doc.projects[1];
    CHECK(first.name == "养老机构运营补贴项目");
    // (The parts after 其中 add up to its 48万元 and are read as its tranches.)
    REQUIRE(first.tranches.size() == 3);
    CHECK(first.tranches[0].amount + first.tranches[1].amount + first.tranches[2].amount == w("48"));
    CHECK(first.tranches[0].arrived == w("19"));
    const auto& second = r.doc.projects[2];
    CHECK(second.name == "社会工作服务站项目");
    REQUIRE(second.tranches.size() == 1);
    CHECK(second.tranches[0].amount == w("15"));
}

// A district disabled persons' federation's report on two projects under one title (奉化区,
// https://www.fh.gov.cn/art/2023/6/14/art_1229037584_4274267.html): each project named at the start of the
// sentence that gives its 全年预算数 and 执行数, one after the other in one paragraph.
TEST_CASE("projects each named before the budget of their sentence, side by side in a paragraph, are components") {
    const auto r = ingest_report_book(
        "某区残联\n2022年度教育补助和技能培训项目绩效自评报告\n一、项目绩效基本情况\n"
        "根据年初设定的绩效目标,项目自评得分96分。教育补助项目全年预算数为36.261万元,执行数为14.261万元,"
        "因申报时间调整,剩余资金下年发放。技能培训项目全年预算数9万元,执行数为8.4万元,执行率93.33%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    const auto& first = r.doc.projects[1];
    CHECK(first.name == "教育补助项目");
    REQUIRE(first.budget);
    CHECK(first.budget->adjusted == w("36.261"));
    REQUIRE(first.execution);
    CHECK(first.execution->used == w("14.261"));
    const auto& second = r.doc.projects[2];
    CHECK(second.name == "技能培训项目");
    REQUIRE(second.budget);
    CHECK(second.budget->adjusted == w("9"));
    REQUIRE(second.execution);
    CHECK(second.execution->used == w("8.4"));
    // What one of them spent, told again under the whole's goals, is no statement of the whole (JX-S006).
    const auto linted = lint(
        "某区残联\n2022年度教育补助和技能培训项目绩效自评报告\n一、项目绩效基本情况\n"
        "教育补助项目全年预算数为36.261万元,执行数为14.261万元。技能培训项目全年预算数9万元,执行数为8.4万元。\n"
        "二、项目绩效目标完成情况\n一是惠及学生12人,发放补助金14.261万元。\n",
        "t.txt");
    REQUIRE(linted.result.projects.size() == 3);
    CHECK_FALSE(has(rules_of(linted.result.projects[0].findings), "JX-S006"));
    CHECK(linted.doc.projects[0].x.json.find("is what one component fund used") != std::string::npos);
    // One project named twice is one project, not a list.
    const auto one = ingest_report_book(
        "某区残联\n2022年度教育补助项目绩效自评报告\n一、项目绩效基本情况\n"
        "教育补助项目全年预算数为36.261万元,执行数为14.261万元。教育补助项目全年预算数已全部下达。\n",
        "t.txt");
    CHECK(one.doc.projects.size() == 1);
}

// A county culture and tourism bureau's funds in groups (井陉县,
// http://www.sjzjx.gov.cn/columns/f9a05d0a-50eb-445a-9dcf-ed365fe029da/202005/21/d36e68e0-0cfd-4ac5-bb2e-ac1e42c82e95.html):
// each group states its money and then, 分别为:, the projects it divides into, (1)… again in every group.
TEST_CASE("projects listed after 分别为: under a group that states its money are component funds, in every group") {
    const auto item = lint(
        "某县文旅局\n2019年度文旅专项资金绩效自评报告\n一、项目基本情况\n"
        "2019年,县文旅局共收到各类专项资金200万元,实施项目4个,具体情况是:\n"
        "1.公共文化服务项目资金140万元,实施项目2个,分别为:(1)晋剧团运转资金20万元。(2)2019年省级公共文化服务体系建设补助资金120万元。\n"
        "2.旅游市场开发推广专项资金60万元,实施项目2个,分别为:(1)旅游咨询服务建设点建设经费30万元。(2)地方名吃征集活动经费30万元。\n",
        "t.txt");
    const auto& doc = item.doc;
    REQUIRE(doc.projects.size() == 5);
    CHECK(doc.projects[0].tranches.empty());
    const std::pair<const char*, const char*> expected[] = {{"晋剧团运转资金", "20"},
                                                          {"2019年省级公共文化服务体系建设补助资金", "120"},
                                                          {"旅游咨询服务建设点建设经费", "30"},
                                                          {"地方名吃征集活动经费", "30"}};
    for (std::size_t i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(doc.projects[i + 1].name == expected[i].first);
        REQUIRE(doc.projects[i + 1].tranches.size() == 1);
        CHECK(doc.projects[i + 1].tranches[0].amount == w(expected[i].second));
    }
    CHECK_FALSE(has(rules_of(item.result.projects.at(0).findings), "JX-S006"));  // 200 = 20 + 120 + 30 + 30
}

// A county transport bureau's twenty projects (成安县, http://www.chengan.gov.cn/zfxxgk/view.jsp?id=15397&xxfl=0404):
// each item starts with the document that allocated it, some 提前下达 before the fund's name, one
// a 转移支付 (its 支付 no payment), and states its own rate.
TEST_CASE("funds listed after their documents (冀财建〔2019〕286号提前下达…), a 转移支付 among them, are components") {
    const auto r = ingest_report_book(
        book("项目绩效自评共计3项。\n(1)冀财建〔2019〕296号国省干线养护43万元。预算执行率100%。\n"
             "(2)冀财建〔2019〕286号提前下达2023年节能减排补助资金59万元。预算执行率100%。\n"
             "(3)冀财建〔2019〕290号提前下达2023年成品油税费改革转移支付140万元。预算执行率30%。",
             "资金按进度支付。"),
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "国省干线养护");
    CHECK(r.doc.projects[2].name == "2023年节能减排补助资金");
    CHECK(r.doc.projects[3].name == "2023年成品油税费改革转移支付");
    REQUIRE(r.doc.projects[3].tranches.size() == 1);
    CHECK(r.doc.projects[3].tranches[0].amount == w("140"));
    CHECK(r.doc.projects[3].tranches[0].document == "冀财建〔2019〕290号");
    CHECK(r.doc.projects[3].execution->reported_rate->text == "30%");
}

// A city archive's two projects (保山市档案局, https://baoshan.gov.cn/info/6643/4249974.htm): each a (一)/(二) line of
// its own under 一、项目基本情况, titled by the project, its money in the paragraphs below.
TEST_CASE("a unit's projects as (一)X项目 lines under one heading are components") {
    const std::string head = "某市档案局2017年度项目绩效自评报告\n一、项目基本情况\n";
    const auto r = ingest_report_book(head +
                                          "(一)馆藏档案数字化转化经费项目\n该项目自2011年启动。\n争取到市级数字化转化经费项目资金42万元,用于更换服务器。\n"
                                          "(二)馆藏档案日常维护项目\n按照每卷2元的标准测算,争取到市级财政资金21.44万元。\n"
                                          "二、绩效目标完成情况\n完成了目标。\n",
                                      "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "馆藏档案数字化转化经费项目");
    REQUIRE(r.doc.projects[1].tranches.size() == 1);
    CHECK(r.doc.projects[1].tranches[0].amount == w("42"));
    CHECK(r.doc.projects[2].name == "馆藏档案日常维护项目");
    REQUIRE(r.doc.projects[2].tranches.size() == 1);
    CHECK(r.doc.projects[2].tranches[0].amount == w("21.44"));
    // One such line, or lines naming levels of one fund, or lines without money of their own: one project.
    CHECK(ingest_report_book(head + "(一)馆藏档案日常维护项目\n争取到市级财政资金21.44万元。\n", "t.txt").doc.projects.size() == 1);
    const auto levels = ingest_report_book(head + "(一)中央资金\n下达资金30万元。\n(二)省级资金\n下达资金20万元。\n", "t.txt");
    REQUIRE(levels.doc.projects.size() == 1);
    CHECK(levels.doc.projects[0].tranches.size() == 2);
    CHECK(ingest_report_book(head + "(一)甲维护项目\n下达资金30万元。\n(二)乙维护项目\n按计划实施。\n", "t.txt").doc.projects.size() == 1);
}

// The same list headed 一、X项目, 1.X项目 or 项目一：X, and a 一、 project with standard sections of its own under it
// ((一)项目资金情况): one project each. They were read as one project, the second's money a second value of the
// first's (JX-S007). Found by varying how a book heads its projects, not in a collected book.
TEST_CASE("a unit's projects headed 一、X项目, 1.X项目 or 项目一：X are components too") {
    const std::string title = "某县农业局2023年度项目支出绩效自评报告\n";
    const std::string first = "下达资金100万元，实际支出90万元。\n", second = "下达资金50万元，实际支出50万元。\n";
    for (const auto& [a, b] : {std::pair{"一、耕地保护项目\n", "二、农机购置补贴项目\n"}, std::pair{"1.耕地保护项目\n", "2.农机购置补贴项目\n"},
                               std::pair{"项目一：耕地保护项目\n", "项目二：农机购置补贴项目\n"},
                               std::pair{"一、耕地保护项目\n（一）项目资金情况\n", "二、农机购置补贴项目\n（一）项目资金情况\n"}}) {
        const std::string first_head = a;  // (a copy: clang 14 captures no structured binding)
        CAPTURE(first_head);
        const auto r = ingest_report_book(title + a + first + b + second, "t.txt");
        REQUIRE(r.doc.projects.size() == 3);
        CHECK(r.doc.projects[1].name == "耕地保护项目");
        CHECK(r.doc.projects[1].execution.value().used == w("90"));
        CHECK(r.doc.projects[2].name == "农机购置补贴项目");
        CHECK(r.doc.projects[2].execution.value().used == w("50"));
        CHECK_FALSE(has(rules_of(r.all_findings()), "JX-S007"));
    }
    // Quiet: standard sections numbered 一、二、 stay the book's sections.
    const auto one = ingest_report_book(title + "一、项目资金情况\n" + first + "二、项目绩效情况\n完成耕地保护1000亩。\n", "t.txt");
    CHECK(one.doc.projects.size() == 1);
}

// A township's projects each a paragraph, numbered, its name run into it up to the first comma
// (1.2021年第一批…养殖基地建设项目,项目实施…。统筹整合使用财政涉农资金303万元,…已拨付270万元。): one project each; they were
// one project, the second's spending a second value of the first's (JX-S007). Pattern of
// https://www.hhyy.gov.cn/info/3381/243851.htm. A numbered paragraph whose words before the comma name no project stays
// the book's.
TEST_CASE("numbered paragraphs led by a project's name and a comma are components") {
    const std::string head = "某乡人民政府2021年度项目支出绩效单位自评报告\n一、基本情况\n（一）项目概况\n";
    const auto r = ingest_report_book(head +
                                          "1.2021年第一批涉农资金养殖基地建设项目,项目实施助推乡村振兴。统筹整合使用财政涉农资金303万元,"
                                          "其中项目管理费3万元,目前项目资金已拨付270万元。\n"
                                          "2.2021年第一批涉农资金基础设施建设项目,通过项目的实施提升出行条件。统筹整合使用财政涉农资金107.13万元,"
                                          "目前项目资金已拨付106.36万元。\n",
                                      "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "2021年第一批涉农资金养殖基地建设项目");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("303"));
    CHECK(r.doc.projects[1].execution.value().used == w("270"));
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("107.13"));
    CHECK(r.doc.projects[2].execution.value().used == w("106.36"));
    CHECK_FALSE(has(rules_of(r.all_findings()), "JX-S007"));
    const auto plain = ingest_report_book(head + "1.资金到位情况良好,下达资金100万元。\n2.资金使用规范,已支出90万元。\n", "t.txt");
    CHECK(plain.doc.projects.size() == 1);
}

// A city's culture transfers (芜湖, https://ct.wuhu.gov.cn/openness/public/6596641/37947951.html): numbered items, some naming funds, others only
// districts' shares (湾沚区16.2万元). A share less than one fund alone is no statement of the whole: not
// checked against the funds' sum (it gave one JX-S006 each).
TEST_CASE("amounts beside the component funds that are smaller than one of them are not checked as the whole") {
    const auto r = lint(book("1.分配甲县应急广播体系建设专项资金300万元。\n2.依据测算,给予乙区16.2万元,丙区31.2万元。\n"
                             "3.分配某剧院演出补助资金100万元。",
                             "资金已分配。", "下达资金447.4万元。"),
                        "t.txt");
    const auto& projects = r.result.projects;
    std::size_t s006 = 0;
    for (const auto& p : projects)
        for (const auto& f : p.findings) s006 += f.rule == "JX-S006";
    CHECK(s006 == 1);  // the 447.4万元 stated for the whole against the funds' 400万元
}

// 成安县's twenty projects again: 结转 named without an amount, in the book's own text, would be
// the rest of the whole's money — which the funds hold, so it is no figure of the book's project; nor is
// what "5个项目" carried, which speaks of some of the projects.
TEST_CASE("a disposition named without an amount is no rest of the whole's money once its funds are split") {
    const auto r = ingest_report_book(
        book("(1)冀财建〔2019〕296号甲道路养护资金43万元。预算执行率100%。\n(2)冀财建〔2019〕286号提前下达乙节能减排补助资金59万元。预算执行率100%。",
             "专项资金支出50万元,5个项目指标结转执行进度0。\n资金结转,执行率0。", "年初预算102万元。"),
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    const auto& whole = r.doc.projects[0];
    CHECK((!whole.execution || !whole.execution->carried_forward));
    // Without the funds, a project's 结转 with no amount is still the rest of its money.
    const auto one = ingest_report_book(book("资金已全部到位。", "专项资金支出50万元,剩余资金结转。", "下达资金102万元。"), "t.txt");
    REQUIRE(one.doc.projects.size() == 1);
    REQUIRE(one.doc.projects[0].execution);
    CHECK(one.doc.projects[0].execution->carried_forward == w("52"));
    // 5个项目…结转 alone says what became of some projects' money: no rest is taken.
    const auto some = ingest_report_book(book("资金已全部到位。", "专项资金支出50万元,5个项目指标结转执行进度0。", "下达资金102万元。"), "t.txt");
    CHECK((!some.doc.projects.at(0).execution || !some.doc.projects[0].execution->carried_forward));
}

TEST_CASE("levels of one fund (①中央资金 ②省级资金) are tranches, not component funds") {
    const auto r = ingest_report_book(
        book("①中央资金应到位50万元，实际到位50万元；②省级资金应到位20万元，实际到位20万元；③县级配套资金应到位10万元，实际到位10万元。",
             "资金支出80万元，执行率100%。"),
        "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    CHECK(r.doc.projects[0].tranches.size() == 3);
}

TEST_CASE("a list of topics (①资金到位情况 ②资金使用情况) is not a list of funds") {
    const auto r = ingest_report_book(
        book("①资金到位情况：应到位80万元，实际到位80万元；②资金使用情况：支出80万元。", "执行率100%。"), "t.txt");
    CHECK(r.doc.projects.size() == 1);
}

TEST_CASE("a list of what the money paid for (①发放补助资金 ②购置设备资金) is not a list of funds") {
    const auto r = ingest_report_book(
        book("资金已全部到位。", "①发放补助资金50万元；②购置设备资金20万元；③培训经费10万元。"), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& e = *r.doc.projects[0].execution;
    CHECK(e.used == w("80"));  // the uses are items, used their sum; no JX-S007 between them
    REQUIRE(e.items.size() == 3);
    CHECK(e.items[0].purpose == "发放补助");
    CHECK(e.items[0].amount == w("50"));
    CHECK(e.items[1].purpose == "购置设备");
    CHECK(e.items[2].purpose == "培训经费");
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S007");
    // A used total before the list stays the used figure; the list gives its items.
    const auto total = ingest_report_book(
        book("资金已全部到位。", "共支出80万元，其中：①发放补助资金50万元；②购置设备资金30万元。"), "t.txt");
    CHECK(total.doc.projects.at(0).execution->used == w("80"));
    CHECK(total.doc.projects.at(0).execution->items.size() == 2);
}

TEST_CASE("numbering that slips from ④ to 5., （1）（2） and 一是、二是 lists are read alike") {
    const auto slipped = ingest_report_book(
        book("①甲类补助资金应到位10万元；②乙类补助资金应到位20万元；③丙类补助资金应到位30万元；④丁类补助资金应到位40万元；"
             "5.戊类补助资金应到位50万元。",
             "各项资金均已支出。", "2023年共下达补助资金150万元。"),
        "t.txt");
    REQUIRE(slipped.doc.projects.size() == 6);
    CHECK(slipped.doc.projects[5].name == "戊类补助资金");
    CHECK(slipped.doc.projects[5].tranches.at(0).amount == w("50"));

    const auto paren = ingest_report_book(
        book("（1）城乡医疗救助资金到位50万元；（2）疾病应急救助资金到位30万元。", "资金已支出。", "共下达资金80万元。"), "t.txt");
    REQUIRE(paren.doc.projects.size() == 3);
    CHECK(paren.doc.projects[2].name == "疾病应急救助资金");
    CHECK(paren.doc.projects[2].tranches.at(0).amount == w("30"));

    const auto shi = ingest_report_book(
        book("一是城乡医疗救助资金到位50万元，二是疾病应急救助资金到位30万元。", "资金已支出。", "共下达资金80万元。"), "t.txt");
    REQUIRE(shi.doc.projects.size() == 3);
    CHECK(shi.doc.projects[1].name == "城乡医疗救助资金");
}

// A township's summary of its transfer-payment projects (https://ixbang.com/bid/detail/43B7A5A63182C3C6E9CBFA6309C75217.html):
// no title, a first sentence that says the self-evaluation was done, then 项目一:…项目二:… each with its budget, its
// spending and the rate; the published copy masks the amounts (预算数*元) and keeps the rates.
TEST_CASE("projects labelled 项目一:, 项目二: are one project each; a report whose amounts are masked still gives its rates") {
    const std::string opening =
        "根据财政局开展2023年度转移支付预算执行情况绩效自评工作的通知要求,某苏木人民政府开展并完成了绩效自评工作,"
        "涉及项目3个,项目绩效自评结果综述如下:\n";
    const auto r = ingest_report_book(opening +
                                          "项目一:甲嘎查集体经济项目,项目全年预算数50万元,执行数50万元,完成预算的100%。\n"
                                          "项目二:乙车间建设项目资金,项目全年预算数30万元,执行数24万元,完成预算的80%。\n"
                                          "项目三:边民补助,项目全年预算数78.5万元,执行数78.5万元,完成预算的100%。\n",
                                      "summary.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "甲嘎查集体经济项目");
    CHECK(r.doc.projects[2].name == "乙车间建设项目资金");
    REQUIRE(r.doc.projects[2].execution);
    CHECK(r.doc.projects[2].execution->used == w("24"));
    CHECK(r.doc.projects[2].execution->reported_rate.value().text == "80%");
    CHECK(r.doc.projects[3].name == "边民补助");

    const auto masked = ingest_report_book(opening +
                                               "项目一:甲嘎查集体经济项目,项目全年预算数*元,执行数*元,完成预算的100%。\n"
                                               "项目二:乙车间建设项目资金,项目全年预算数*,执行数*元,完成预算的80%。\n",
                                           "summary.txt");
    REQUIRE(masked.doc.projects.size() == 3);
    CHECK(masked.doc.projects[2].name == "乙车间建设项目资金");
    CHECK(masked.doc.projects[2].tranches.empty());  // unknown, not 0
    CHECK(masked.doc.projects[2].execution.value().reported_rate.value().text == "80%");

    // 项目一: alone is no list; a rate far from its word, with no amount, is no report of money.
    const auto one = ingest_report_book(opening + "项目一:甲嘎查集体经济项目,项目全年预算数50万元,执行数50万元,完成预算的100%。\n",
                                        "summary.txt");
    CHECK(one.doc.projects.size() == 1);
    CHECK_THROWS_AS((void)ingest_report_book(opening + "项目一:甲嘎查集体经济项目,预算执行情况良好,受益群众满意度达到95%。\n", "summary.txt"),
                    jixiao::error);
}

// A district forestry bureau's report (https://longyang.gov.cn/info/5312/9987329.htm): the circled list slips into bare digits (④…；5新一轮…),
// one item restates its amount in a bracket, and the spending list names each fund before what
// it bought (①…补助购买…物资支付21万元).
TEST_CASE("a circled list slipping into bare digits; a bracket restating an item's amount; a fund named before what it bought") {
    const auto r = ingest_report_book(
        book("①甲类补助应到位68万元，实际到位21万元，到位率30.88%；②乙类护林员补助应到位100万元，实际到位100万元，到位率100%；"
             "③丙类补助应到位40万元，实际到位10万元，到位率25%；④丁类补助应到位264万元(某区2018年丁类第三批补助资金264万)，"
             "实际未到位，到位率0%；5戊类延长期补助应到位28万元，实际到位0万元，到位率0%。",
             "①甲类补助购买防火物资支付21万元，资金执行率30.88%；②乙类护林员补助100万元，资金执行率100%；"
             "③丙类补助支付10万元，资金执行率25%。",
             "2023年共下达补助资金500万元。"),
        "t.txt");
    REQUIRE(r.doc.projects.size() == 6);
    const auto& fifth = r.doc.projects[5];
    CHECK(fifth.name == "戊类延长期补助");
    CHECK(fifth.tranches.at(0).amount == w("28"));
    const auto& fourth = r.doc.projects[4];
    REQUIRE(fourth.tranches.size() == 1);  // the bracket's 264万 is the same money
    CHECK(fourth.tranches[0].amount == w("264"));
    CHECK(fourth.tranches[0].source == fund_source::current_year);
    const auto& first = r.doc.projects[1];
    CHECK(first.name == "甲类补助");
    REQUIRE(first.execution);
    CHECK(first.execution->used == w("21"));
    // A bare digit that starts no circled list is no item: 5个 is a count.
    const auto counts = ingest_report_book(book("资金到位80万元；5个乡镇已发放。", "资金已支出。", "共下达资金80万元。"), "t.txt");
    CHECK(counts.doc.projects.size() == 1);
}

// A county archive's report of two projects side by side (沅陵县,
// http://www.yuanling.gov.cn/yuanling/c108887/201709/295edff67ef94eb3be9095a136b58129.shtml):
// 1、 and 2、 after a colon, each a fund with its money; the spending paragraph's 1、, its 2、 cut
// off, joins the fund it names; 其中国重档案10万元 is what part of the 30 is for.
TEST_CASE("funds listed 1、2、 after a colon; a later one-item list joins the fund it names; a 其中 purpose is no tranche") {
    const auto r = ingest_report_book(
        "某县档案局2016年度项目绩效报告\n一、项目概况\n主要是档案管理和县档案馆建设项目。\n二、项目资金使用及管理情况\n"
        "(一)项目资金安排落实情况:1、档案管理项目资金:2016年县财政安排30万元在当年都按时到位,其中国重档案10万元;"
        "2、县档案馆建设项目资金:2016年县财政拨款427.36万元,于2016年当年全部到位。\n"
        "(二)项目资金使用及管理情况:1、档案管理支出30万元用于:档案的日常管理、装具更换、设备购置维护等\n",
        "b.txt");
    const auto& projects = r.doc.projects;
    REQUIRE(projects.size() == 3);
    CHECK(projects[1].name == "档案管理项目资金");
    REQUIRE(projects[1].tranches.size() == 1);
    CHECK(projects[1].tranches[0].amount == w("30"));
    CHECK(projects[1].tranches[0].arrived == w("30"));
    REQUIRE(projects[1].execution);
    CHECK(projects[1].execution->used == w("30"));
    CHECK(projects[2].name == "县档案馆建设项目资金");
    REQUIRE(projects[2].tranches.size() == 1);
    CHECK(projects[2].tranches[0].amount == w("427.36"));
    CHECK(projects[2].tranches[0].arrived == w("427.36"));
}

// A unit's 总报告 on all its projects (https://m.001doc.com/doc/1156605.html): each item a named
// project with its budget, what was paid and the rate.
TEST_CASE("a unit's projects listed 1、2、 each with its money become one project each") {
    const auto r = ingest_report_book(
        "2022年度项目支出绩效自评总报告\n一、本部门项目绩效目标情况\n"
        "(一)某管理处2022年度共有2个项目:1、烈士纪念设施维修项目:预算35.3万元,2022年全年实际支付35.3万元,使用率100%。"
        "2、2022年退役军人事务专项资金项目:预算20万元,2022年全年实际支付20万元,使用率100%。\n",
        "b.txt");
    const auto& projects = r.doc.projects;
    REQUIRE(projects.size() == 3);
    CHECK(projects[1].name == "烈士纪念设施维修项目");
    REQUIRE(projects[1].execution);
    CHECK(projects[1].execution->used == w("35.3"));
    CHECK(projects[2].name == "2022年退役军人事务专项资金项目");
    CHECK(projects[2].execution->used == w("20"));
    // A single word 项目 or 工程 names no project of its own.
    const auto topics = ingest_report_book(
        "2022年度项目支出绩效自评报告\n一、基本情况\n共下达资金30万元。1、项目:下达10万元。2、工程:下达20万元。\n", "c.txt");
    CHECK(topics.doc.projects.size() == 1);
}

// A 总报告 copied off a document-sharing site (南昌, https://m.001doc.com/doc/1156605.html): each page's text
// is one line led by its page number (1、 2、 3、), each page after the first going on with the sentence
// the page before broke off; the projects follow a count of them (共有4个项目1、…项目:预算…).
TEST_CASE("a shared document's page numbers are dropped and its pages joined; 共有4个项目1、… lists the projects") {
    const std::string text =
        "《2022年度项目支出绩效自评总报告.docx》由会员分享,可在线阅读。\n"
        "1、2022年度项目支出绩效自评总报告为切实做好2022年度财政项目支出绩效评价工作,对我处2022年度项目支出绩效进行了自评。"
        "现将情况报告如下:一、本部门项目绩效目标情况(一)某管理处2022年度共有4个项目1、某设施维修项目:预算35.3万元,2022年全"
        "年实际支付35.3万元,使用率100%。具体评价范围为:墓基维修等500平方米;7座墓\n"
        "2、碑、生平简介等刻字、贴金。共支出成本35.3万元,2022年全年已实际支付35.3万元。2、2022年某专项资金项目:预算20万元,"
        "2022年全年实际支付20万元,使用率100%。共支出成本20万元。3、某集中款项目:预算20万元,2022年全年实际支付20万元,使用率100%"
        "。具体评价范围为:屋顶防水400平方米;改造更新宣传版\n"
        "3、面等600平方米,共支出成本20万元,2022年全年已实际支付20万元。4、某提升改造工程项目:预算1616万元,2022年全年实际支付"
        "1616万元,使用率100%。具体评价范围为:完成烈士纪念广场和纪念碑的建设任务,完成绿化工程。\n";
    const auto r = ingest_report_book(text, "t.txt");
    REQUIRE(r.doc.projects.size() == 5);
    CHECK(r.doc.projects[1].name == "某设施维修项目");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("35.3"));
    CHECK(r.doc.projects[1].execution->used == w("35.3"));
    CHECK(r.doc.projects[3].name == "某集中款项目");
    CHECK(r.doc.projects[3].execution->used == w("20"));
    CHECK(r.doc.projects[4].tranches.at(0).amount == w("1616"));
    CHECK(r.doc.x.json.find("lines 2, 3, 4 start with a document-sharing site's page numbers") != std::string::npos);
    // The book's project says nothing of its own against its projects.
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S007"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));

    // A numbered list whose items end their sentences is no run of pages.
    std::vector<ingest::text_line> lines{
        {1, U"1、某项目资金已全部下达，用于修缮工作，按照合同约定分期支付，截至年底已支付全部款项，项目已完工并通过验收，群众满意度较高，达到了预期目标。"},
        {2, U"2、另一项目资金已全部下达，用于设备购置，按照合同约定分期支付，截至年底已支付全部款项，项目已完工并通过验收，群众满意度较高，达到了预期目标。"}};
    CHECK(ingest::drop_page_numbers(lines).empty());
    CHECK(lines[1].text.starts_with(U"2、"));
}

// A city's farm-production fund (厦门, http://sn.xm.gov.cn/zxxgk/ml/cwgl/js/202203/t20220328_2643794.htm): the central money split into five directions, 一是…五是,
// each 安排…; 农机购置补贴 is a subsidy's name (购置 is no purchase of the project's), and 农业社会化服务
// names no fund word but is one of the list.
TEST_CASE("一是安排农机购置补贴…五是安排农业社会化服务…: each direction of a fund is a component") {
    const auto r = ingest_report_book(
        "某市2021年度农业生产发展资金绩效自评报告\n一、绩效目标分解下达情况\n(一)中央下达预算情况。2021年中央下达我市农业生产发展资金1969万元。\n"
        "(二)我市资金安排情况。具体为:一是安排农机购置补贴322万元;二是安排农业信贷担保业务奖补资金147万元;"
        "三是安排支持产业联合体发展补助40万元;四是安排支持新型农业经营主体补助1403.3万元;五是安排农业社会化服务56.7万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 6);
    CHECK(r.doc.projects[1].name == "农机购置补贴");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("322"));
    CHECK(r.doc.projects[2].name == "农业信贷担保业务奖补资金");
    CHECK(r.doc.projects[5].name == "农业社会化服务");
    CHECK(r.doc.projects[5].tranches.at(0).amount == w("56.7"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));  // 322 + 147 + 40 + 1403.3 + 56.7 = 1969
}

// A city's SME fund (广州, https://zh.feibaos.com/news/info/88538.html): the directions the money went, (1)(2)(3), the
// second named by no fund word, the third a fund with its money and what of it was spent; before them,
// (含计提工作经费20万元) in a bracket is part of the amount it follows.
TEST_CASE("(1)(2)(3) directions of a fund, one stating what was spent of it, are components; (含…) is part of the amount before") {
    const auto r = ingest_report_book(
        "某市2022年度中小微企业发展资金绩效评价报告\n一、基本情况\n(一)资金情况\n"
        "2022年度下达某市中小微企业发展资金2166.00万元。其中,下达服务体系建设400.00万元;下达贷款贴息方向1766.00万元(含计提工作经费20万元)。\n"
        "已分配资金中:(1)服务体系建设资金实际分配400.00万元,实际到位400.00万元,资金到位率为100%;"
        "(2)贷款贴息方向实际分配1746.00万元,已到位1746.00万元,资金到位率100%;(3)计提工作经费20.00万元,实际支出17.05万元,资金支出率85%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "服务体系建设资金");
    CHECK(r.doc.projects[2].name == "贷款贴息方向");
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("1746"));
    CHECK(r.doc.projects[3].name == "计提工作经费");
    CHECK(r.doc.projects[3].tranches.at(0).amount == w("20"));
    CHECK(r.doc.projects[3].execution->used == w("17.05"));
    CHECK(r.doc.projects[0].tranches.empty());  // the whole holds no money of its own

    // Without the list, the bracket's 20万元 is part of the 1766万元, no tranche: 400 + 1766 make the total.
    const auto whole = ingest_report_book(
        "某市2022年度中小微企业发展资金绩效评价报告\n一、基本情况\n(一)资金情况\n"
        "2022年度下达某市中小微企业发展资金2166.00万元,其中下达服务体系建设400.00万元,下达贷款贴息方向1766.00万元(含计提工作经费20万元)。\n",
        "t.txt");
    REQUIRE(whole.doc.projects.size() == 1);
    const auto& p = whole.doc.projects[0];
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == w("400"));
    CHECK(p.tranches[1].amount == w("1766"));
}

// An ecology bureau's projects (沐川县, http://aboutmodafinil.com/mcx/jxgl/202307/51fb78d7988a4d17b8092f9a66e4931f.shtml): what it applied for, 其中: each project's fund with its
// money, commas between — one project per fund; levels, or purposes that name no fund, stay the money's parts.
TEST_CASE("其中: A经费15万元,B经费100万元,C资金100万元 lists component funds; levels and purposes do not") {
    const auto r = ingest_report_book(
        "某县某局\n2021年度项目支出绩效自评报告\n一、项目概况\n(一)项目资金申报及批复情况。\n"
        "2021年,我单位共申报项目资金215.00万元,其中:政务运作工作经费15.00万元,环境监测经费100.00万元,"
        "生态环境专项整治行动资金100.00万元。县财政批复我单位项目资金215.00万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "政务运作工作经费");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("15"));
    CHECK(r.doc.projects[3].name == "生态环境专项整治行动资金");
    REQUIRE(r.doc.projects[3].tranches.size() == 1);  // the sentence after the list is not the last item's
    CHECK(r.doc.projects[3].tranches[0].amount == w("100"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));  // 15 + 100 + 100 = 215

    for (const char* parts : {"其中:中央资金60万元,省级资金40万元。", "其中:设备购置60万元,人员培训40万元。"}) {
        const auto one = ingest_report_book(
            std::string("某县某局2021年度项目支出绩效自评报告\n一、项目概况\n(一)项目资金情况。\n下达资金100万元,") + parts + "\n",
            "t.txt");
        CHECK(one.doc.projects.size() == 1);
    }
    // Figures a site hid (点击查看>>): the list is not read item by item.
    const auto hidden = ingest_report_book(
        "某县某局2021年度项目支出绩效自评报告\n一、项目概况\n(一)项目资金情况。\n"
        "下达给我单位资金 点击查看>> 万元,其中:天然商品林停伐管护补助 点击查看>> 万元,集体和个人商品林管护补助7.36万元,"
        "造林补助2.35万元。\n",
        "t.txt");
    CHECK(hidden.doc.projects.size() == 1);
}

// A district's welfare-lottery notice (https://www.hanbin.gov.cn/Content-2318422.html): an item of the list broken
// down in a bracket after its amount; the bracket's amounts are that item's, not items of the list.
TEST_CASE("其中: an item broken down in a bracket after its amount keeps the bracket's amounts as its own") {
    const auto r = ingest_report_book(
        "某县某局\n2021年度项目支出绩效自评报告\n一、项目概况\n(一)项目资金申报及批复情况。\n"
        "下达我区资金190万元,其中:社会公益类项目150万元(互助幸福院项目100万元、社区服务项目50万元)、儿童补助类项目40万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "社会公益类项目");
    REQUIRE(r.doc.projects[1].tranches.size() == 1);
    CHECK(r.doc.projects[1].tranches[0].amount == w("150"));
    CHECK(r.doc.projects[2].name == "儿童补助类项目");
    REQUIRE(r.doc.projects[2].tranches.size() == 1);
    CHECK(r.doc.projects[2].tranches[0].amount == w("40"));
}

// A city youth league's two projects (武威, https://www.gswuwei.gov.cn/art/2021/6/8/art_49_321019.html): 分别为: one by one with their money (a 费用 among them),
// then each project named in a sentence of its own, 该项目… giving its figures; and a county women's
// federation's (南县, https://gdntc.cn/14890/36191/36192/36202/content_1639943.html), whose lead names 项目支出, the kind of money.
TEST_CASE("分别为: A经费30万元;B费用30万元 lists funds; 1.A经费。该项目… joins the first; a lead naming 项目支出") {
    const auto r = ingest_report_book(
        "某市某团委2020年度项目支出绩效自评报告\n一、基本情况\n二、绩效目标分解下达情况\n"
        "2020年市财政共计下达单位市级项目资金60万元,涉及2个项目,分别为:青少年管理事务工作经费30万元;共青团某市第四次代表大会费用30万元。\n"
        "三、项目资金使用及管理情况\n1.青少年管理事务工作经费。该项目财政拨入资金30万元,截止2020年12月31日,支出资金30万元。\n"
        "2.共青团某市第四次代表大会费用。该项目财政拨入资金30万元,截止2020年12月31日,支出资金28万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "青少年管理事务工作经费");
    CHECK(r.doc.projects[2].name == "共青团某市第四次代表大会费用");
    REQUIRE(r.doc.projects[2].execution);
    CHECK(r.doc.projects[2].execution->used == w("28"));
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("30"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));
    // A book's project with no name of its own (named after the unit in the title): its funds'
    // indicators are its, all the same.
    CHECK(r.doc.projects[0].name == "某市某团委项目支出");
    CHECK(has(rules_of(r.project_findings.at(2)), "JX-S009"));
    CHECK(r.doc.projects[2].x.json.find("the funds listed in the paragraphs of the project before it") != std::string::npos);

    const auto women = ingest_report_book(
        "某县妇女联合会2021年度项目支出绩效评价报告\n一、项目基本情况\n(一)项目基本情况简介\n"
        "2021年项目支出主要涉及到部门预算项目,其中:妇女儿童事业发展专项经费34.5万元;婚姻调解工作经费5.8万元。\n",
        "t.txt");
    REQUIRE(women.doc.projects.size() == 3);
    CHECK(women.doc.projects[2].name == "婚姻调解工作经费");
    CHECK(women.doc.projects[2].tranches.at(0).amount == w("5.8"));
    CHECK_FALSE(women.doc.projects[2].tranches.at(0).arrived);
}

// The same federation's next paragraph (南县): 以上资金…全部拨付至我会,并已全部投入 — said of all the listed
// funds, so each one that states no arrival or use of its own came and was spent in full.
TEST_CASE("以上资金已经全部拨付…全部投入 said of the whole is said of each fund that states nothing of its own") {
    const std::string head =
        "某县妇女联合会2021年度项目支出绩效评价报告\n一、项目基本情况\n(一)项目基本情况简介\n"
        "2021年项目支出主要涉及到部门预算项目,其中:妇女儿童事业发展专项经费34.5万元;婚姻调解工作经费5.8万元。\n";
    const auto r = ingest_report_book(head + "以上资金已经全部拨付至我会,并已全部投入到项目之中。\n", "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    const auto& first = r.doc.projects[1];
    CHECK(first.tranches.at(0).arrived == w("34.5"));
    REQUIRE(first.execution);
    CHECK(first.execution->used == w("34.5"));
    CHECK(first.execution->x.json.find("says all its funds were spent") != std::string::npos);
    // A fund that states its own use keeps it.
    const auto own = ingest_report_book(head + "(二)资金使用情况\n1.妇女儿童事业发展专项经费。该项目拨入资金34.5万元,实际支出30万元。\n"
                                               "2.婚姻调解工作经费。该项目拨入资金5.8万元,实际支出5万元。\n以上资金已经全部拨付至我会。\n",
                                        "t.txt");
    REQUIRE(own.doc.projects.size() == 3);
    REQUIRE(own.doc.projects[2].execution);
    CHECK(own.doc.projects[2].execution->used == w("5"));
    CHECK(own.doc.projects[2].tranches.at(0).arrived == w("5.8"));
    // Not said of the whole (资金已全部到位 without 以上/上述): nothing passed on.
    const auto plain = ingest_report_book(head + "资金及时拨付。\n", "t.txt");
    REQUIRE(plain.doc.projects.size() == 3);
    CHECK_FALSE(plain.doc.projects[1].execution);
}

// A city's landscaping money (龙南, https://www.1wenmi.com/docdown/74067.html): 下达了 and each fund named
// before its own colon and figure (行道树养护费 a budget line named by what it pays for); 30.58 after a colon
// is a figure, not an item numbered 30.
TEST_CASE("下达了A经费:514.56万元,B费:30.58万元 lists funds, each named before its colon") {
    const auto r = ingest_report_book(
        "某市2020年度园林绿化养护经费绩效自评报告\n一、项目概况\n"
        "2020年下达了园林绿化经费:514.56万元,行道树养护费:30.58万元。对全市绿化及行道树进行养护。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "园林绿化经费");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("514.56"));
    CHECK(r.doc.projects[2].name == "行道树养护费");
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("30.58"));
    // A label and its figure (年初预算:100万元) is no fund.
    const auto labels = ingest_report_book(
        "某市2020年度园林绿化养护经费绩效自评报告\n一、项目概况\n2020年安排了年初预算:100万元,全年预算:120万元。\n", "t.txt");
    CHECK(labels.doc.projects.size() == 1);
}

// After https://www.huoqiu.gov.cn/public/6600221/26708731.html: a county's funds stated a
// paragraph each, with no marker, each with its own money and arrival rate.
TEST_CASE("paragraphs that each name a fund and its money, one after another, are component funds") {
    const std::string head = "某县2019年度学前教育专项资金绩效自评报告\n一、投入\n（二）资金落实\n";
    const auto r = ingest_report_book(
        head + "今年我县学前教育发展资金1293.5万元,其中基建设备资金1207万元,学生资助资金86.5万元,目前资金已全部落实到位,资金到位率100%。\n"
               "2019年幼师国培项目,项目资金落实到位,经费369万元,资金到位率100%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[0].tranches.empty());
    CHECK(r.doc.projects[1].name == "今年我县学前教育发展资金");
    REQUIRE(r.doc.projects[1].tranches.size() == 2);
    CHECK(r.doc.projects[1].tranches[0].amount + r.doc.projects[1].tranches[1].amount == w("1293.5"));
    CHECK(r.doc.projects[1].tranches[0].arrived == w("1207"));
    CHECK(r.doc.projects[2].name == "2019年幼师国培项目");
    REQUIRE(r.doc.projects[2].tranches.size() == 1);
    CHECK(r.doc.projects[2].tranches[0].amount == w("369"));
    CHECK(r.doc.projects[2].tranches[0].arrived == w("369"));
    REQUIRE(r.doc.projects[2].reported_arrival_rate);
    CHECK(r.doc.projects[2].reported_arrival_rate->text == "100%");

    // One fund named twice (a year before its name tells no fund apart), a level's paragraph, or a
    // paragraph between that names no fund: no split.
    for (const std::string& text :
         {std::string("2019年学前教育发展资金下达500万元。\n学前教育发展资金实际到位500万元,到位率100%。\n"),
          std::string("学前教育发展资金下达500万元。\n省级资金下达200万元,到位率100%。\n"),
          std::string("学前教育发展资金下达500万元。\n全年共支出480万元。\n幼师国培经费下达369万元。\n"),
          // A plan's history before this year's money (保山, https://baoshan.gov.cn/info/6643/4249974.htm): the
          // fund named clauses away from an estimate is no fund's allocation.
          std::string("某档案加工项目,经市人民政府2010年6月批准立项,同意启动该项工作,项目实施时间预计需5年至10年,总经费约需800万元。\n"
                      "争取到市级档案转化经费项目资金42万元,用于更换服务器。\n")}) {
        const auto quiet = ingest_report_book(head + text, "t.txt");
        CHECK(quiet.doc.projects.size() == 1);
    }
}

// After a city's street-light fund (https://dcrkj.com/wenku/rsaer/yKQW0dD3wz): a budget
// approved for one line, money added beside it, then the projects listed 1. 2. with the
// first named as 「…费预算安排资金」.
TEST_CASE("X费预算安排资金 names the fund X费; a whole stated beside other money is checked alone") {
    const std::string text =
        "某市2018年度城市维护费专项资金绩效自评报告\n一、专项资金情况\n"
        "2018年批复了路灯电费、维护费5565万元。经批准,追加照明试点工程资金9万元、路灯更换项目资金27万元。\n"
        "（二）各项目安排情况\n"
        "1. 路灯电费、维护费预算安排资金5548万元,项目实际到位资金共5548万元,项目实际使用资金共5548万元。\n"
        "2.窨井盖管控资金17万元,项目实际到位资金共17万元,项目实际使用资金共17万元。\n";
    const auto r = ingest_report_book(text, "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "路灯电费、维护费");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("5548"));
    CHECK(r.doc.projects[1].execution->used == w("5548"));
    CHECK(r.doc.projects[2].name == "窨井盖管控资金");
    CHECK(r.doc.projects[2].tranches.at(0).arrived == w("17"));
    // 5565 = 5548 + 17 is the whole; 9 and 27 are named beside it, not parts that fail to add up.
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));
    CHECK(r.doc.projects[0].x.json.find("the money allocated, 9.00万元 (line 3), is stated beside the whole") != std::string::npos);

    // With no statement equal to the funds' sum, each statement of the whole is checked.
    std::string unequal = text;
    unequal.replace(unequal.find("5565"), 4, "5566");
    const auto u = ingest_report_book(unequal, "t.txt");
    CHECK(has(rules_of(u.project_findings.at(0)), "JX-S006"));
}

// After a provincial society's page of its projects' self-evaluations (湖北, https://hbsredcross.org.cn/col42/3039):
// (一)X绩效自评综述:… a paragraph per project, with other lists (一是…二是…) between them.
TEST_CASE("(一)X绩效自评综述:… (二)Y绩效自评综述:… are the unit's projects, whatever lists lie between") {
    const auto r = ingest_report_book(
        "某会2019年度项目支出绩效自评报告\n一、项目资金情况\n"
        "(一)甲事业发展工作经费绩效自评综述:项目全年预算数1290.00万元,执行数为1206.01万元,资金执行率为93.49%。\n"
        "发现的问题及原因:一是绩效指标体系有待完善;二是个别指标目标值设置不够精确。\n"
        "(二)乙人道救助经费绩效自评综述:项目年预算批复金额为900万元,实际执行资金总额977万元,资金执行率为100%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "甲事业发展工作经费");
    CHECK(r.doc.projects[1].budget->adjusted == w("1290"));
    CHECK(r.doc.projects[1].execution->used == w("1206.01"));
    CHECK(r.doc.projects[2].name == "乙人道救助经费");
    CHECK(r.doc.projects[2].execution->used == w("977"));
    // One such paragraph is no list.
    const auto one = ingest_report_book(
        "某会2019年度项目支出绩效自评报告\n一、项目资金情况\n"
        "(一)甲事业发展工作经费绩效自评综述:项目全年预算数1290.00万元,执行数为1206.01万元。\n",
        "t.txt");
    CHECK(one.doc.projects.size() == 1);
}

// After a city's lottery-fund page (四川 乐山, mirrored at http://jnruibo.com/smzj/gsgg/202506/2ce1727ba395492196d9b248363d13db.shtml): three funds listed 1. 2. 3., each with
// its money and then what of it was used, and no word saying where the money came from.
TEST_CASE("1.A类资金675.2万元,资金使用288.2万元 … lists funds: each states its money, then what was used") {
    const auto r = ingest_report_book(
        "某市2024年度福彩公益金绩效自评报告\n一、项目概况\n2024年我市共投入中央福彩公益金870.2万元,主要用于以下三个方面:\n"
        "1.老年福利类资金675.2万元,资金使用288.2万元,部分项目正在建设中。\n"
        "2.残疾人福利类资金90万元,资金使用6.81万元。\n3.儿童福利类资金105万元,资金使用65.02万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[0].tranches.empty());
    CHECK(r.doc.projects[1].name == "老年福利类资金");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("675.2"));
    CHECK(r.doc.projects[1].execution->used == w("288.2"));
    CHECK(r.doc.projects[3].execution->used == w("65.02"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));  // 675.2 + 90 + 105 = 870.2
    // What the money bought, then what was paid: one project's purposes, not funds.
    const auto bought = ingest_report_book(
        "某市2024年度福彩公益金绩效自评报告\n一、项目概况\n"
        "1.设备购置资金60万元,已支付60万元。\n2.购买服务资金30万元,已支付30万元。\n",
        "t.txt");
    CHECK(bought.doc.projects.size() == 1);
}

// After a scenic area's lottery-fund report (安徽 九华山, https://www.jiuhuashan.gov.cn/OpennessContent/show/1653051.html): the title names the fund and its
// batch before the year; 其中: lists two funds parted by semicolons, each with its figures
// parted by commas.
TEST_CASE("其中:A公益金…,执行数…,执行率…;B资金… lists funds parted by semicolons; a batch after the fund's name in the title") {
    const auto r = ingest_report_book(
        "某风景区中央集中彩票公益金支持社会福利事业资金(第一批)2024年度绩效自评报告\n一、绩效目标完成情况分析\n（一）资金投入情况分析\n"
        "2024年度支持社会福利事业项目全年预算数为13.064万元,全年执行数为10.824万元,预算执行率为82.85%。其中:2024年中央集中"
        "彩票公益金10.7万元,2024年度执行数8.46万元,预算执行率为79.07%;其他资金预算2.364万元,2024年度执行数为2.364万元,预算"
        "执行率为100%。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[0].name == "某风景区中央集中彩票公益金支持社会福利事业资金(第一批)");
    CHECK(r.doc.projects[1].name == "2024年中央集中彩票公益金");
    CHECK(r.doc.projects[1].tranches.at(0).amount == w("10.7"));
    CHECK(r.doc.projects[1].execution->used == w("8.46"));
    CHECK(r.doc.projects[1].execution->reported_rate->text == "79.07%");
    CHECK(r.doc.projects[2].name == "其他资金");
    CHECK(r.doc.projects[2].execution->used == w("2.364"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));  // 10.7 + 2.364 = 13.064
    // A semicolon among items of one figure each is one more separator: three funds, not two.
    const auto mixed = ingest_report_book(
        "某县2024年度专项资金绩效自评报告\n一、项目概况\n2024年共下达资金20万元,其中:河道治理资金10万元、道路养护资金5万元;绿化管护资金5万元。\n", "t.txt");
    REQUIRE(mixed.doc.projects.size() == 4);
    CHECK(mixed.doc.projects[2].name == "道路养护资金");
    CHECK(mixed.doc.projects[2].tranches.at(0).amount == w("5"));
}

// A city's report on a culture fund (平凉市 2023, http://czj.pingliang.gov.cn/gzdt/tzgg/art/2024/art_08b7947ce923463b8f4fc94679378e9a.html): 其中:一般项目资金…,专项资金…,
// 绩效奖励资金…, — 专项资金 is a fund beside the others, not a level of the whole's money.
TEST_CASE("专项资金 listed beside named funds is a component of its own; 中央资金 beside them is not") {
    const auto r = ingest_report_book(
        book("资金已全部到位。", "资金按进度支付。",
             "省级下达我市某服务体系建设专项资金3020万元，其中：一般项目资金1520万元，专项资金360万元，绩效奖励资金1140万元。"),
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "一般项目资金");
    CHECK(r.doc.projects[2].name == "专项资金");
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("360"));
    CHECK(r.doc.projects[3].name == "绩效奖励资金");
    const auto levels = ingest_report_book(
        book("资金已全部到位。", "资金按进度支付。",
             "省级下达我市某服务体系建设专项资金3020万元，其中：一般项目资金1520万元，中央资金360万元，绩效奖励资金1140万元。"),
        "t.txt");
    for (const auto& p : levels.doc.projects) CHECK(p.name != "中央资金");
}

// A town's road works (安徽 新田镇, http://hqbet6881.com/OpennessContent/show/2645434.html): 县级财政衔接资金39.3万元,
// 其他资金117.7万元 say where the money came from — two sources of one project, not two funds.
TEST_CASE("其他资金 beside a level's fund is a source of the money, not a fund of its own") {
    const auto r = ingest_report_book(
        book("资金已全部到位。", "资金按进度支付。", "项目总投资157万元,其中:县级财政衔接资金39.3万元,其他资金117.7万元。"), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    money allocated;
    for (const auto& t : r.doc.projects[0].tranches) allocated += t.amount;
    CHECK(allocated == w("157"));
}

// The self-evaluation part of a 部门决算 (大英县 信访局 2021, https://dyrmt.com/article-133074-6.html), worded as every
// department's is: no report title, no 一、, a paragraph per project — (1) alone on its line at
// times — X项目绩效目标完成情况综述。项目全年预算数…万元,执行数为…万元,完成预算的…%。
TEST_CASE("a 部门决算's project summaries (X项目绩效目标完成情况综述) are a project each, whatever their names") {
    const auto r = ingest_report_book(
        "本部门按要求对2021年部门整体支出开展绩效自评，项目完成情况良好。\n1. 项目绩效目标完成情况。\n"
        "本部门在2021年度部门决算中反映“甲补贴”“乙事务(宣传费)”等2个项目绩效目标实际完成情况。\n(1)\n"
        "甲补贴项目绩效目标完成情况综述。项目全年预算数2.03万元，执行数为2.03万元，完成预算的100%。通过项目实施，保障了按时发放。\n"
        "(2)乙事务(宣传费)项目绩效目标完成情况综述。项目全年预算数5万元，执行数为4万元，完成预算的80%。\n",
        "信访局.txt");
    CHECK(r.doc.fiscal_year == 2021);
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "甲补贴");
    CHECK(r.doc.projects[1].budget.value().adjusted == w("2.03"));
    CHECK(r.doc.projects[1].execution.value().used == w("2.03"));
    CHECK(r.doc.projects[2].name == "乙事务(宣传费)");
    CHECK(r.doc.projects[2].execution.value().used == w("4"));
    CHECK(r.doc.projects[2].execution->reported_rate->text == "80%");
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S007");
    // One summary alone is one project, read as the text's.
    const auto one = ingest_report_book(
        "本部门按要求对2021年部门整体支出开展绩效自评。\n(1)甲补贴项目绩效目标完成情况综述。项目全年预算数2.03万元，执行数为2.03万元。\n",
        "信访局.txt");
    REQUIRE(one.doc.projects.size() == 1);
    CHECK(one.doc.projects[0].execution.value().used == w("2.03"));
}

// A court's department-wide report (儋州 2018, https://dzfy.hicourt.gov.cn/article/detail/2019/07/id/8388570.shtml): its projects after 其中 and a
// comma, each with its budget, spending and rate between semicolons, named by what they do
// (案件审判, 两庭及装备更新维护), the text breaking off in the last.
TEST_CASE("其中, then projects of several figures each between semicolons are components, whatever their names") {
    const auto r = ingest_report_book(
        "某法院2018年度部门整体支出绩效自评报告\n一、基本情况\n我院2018年共有4个支出项目，所有项目皆按照年初预算执行。"
        "其中，法院执行年初预算数6万元，年末结算支出6万元，项目资金支出进度比率为100%；案件审判411.95万元，年末结算支出411.95万元，"
        "项目资金支出进度比率为100%；两庭及装备更新维护195.00万元，年末结算支出195万元，项目资金支出进度比率为100%；信息系统运行维护\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "法院执行");  // 执行 before 年初预算数 is the name's
    CHECK(r.doc.projects[2].name == "案件审判");
    CHECK(r.doc.projects[2].execution.value().used == w("411.95"));
    CHECK(r.doc.projects[2].execution->reported_rate->text == "100%");
    CHECK(r.doc.projects[3].name == "两庭及装备更新维护");
    CHECK(r.doc.projects[3].execution.value().used == w("195"));
    // After 其中 and a comma, amounts of one figure each are a total's parts as before, not projects.
    const auto parts = ingest_report_book(
        "某法院2018年度部门整体支出绩效自评报告\n一、基本情况\n下达资金10万元，其中，案件审判6万元，两庭维护4万元。\n", "t.txt");
    CHECK(parts.doc.projects.size() == 1);
}

// A library's report on all its spending (施甸县图书馆 2023, https://shidian.gov.cn/info/4162/3580773.htm;
// a 部门整体支出绩效自评报告 in Yunnan's template): the department's income and basic spending under
// (三)部门整体收支情况, then its projects under 2、项目支出, each by what it spent and what that went to
// (主要用于办公费支出…元,维修(护)费…元).
TEST_CASE("a department-wide report's projects listed under 项目支出 are components; the department's own money is not their whole") {
    const std::string text =
        "某县图书馆2023年部门整体支出绩效自评报告\n一、部门基本情况\n(一)部门概况\n图书馆属于全免费开放。\n"
        "(三)部门整体收支情况\n2023年收入1451077.73元,其中:财政拨款收入1431036.77元,其他收入20040.96元。\n1、基本支出\n"
        "基本支出989312.11元,其中工资福利支出958359.61元;商品和服务支出30952.50元。\n2、项目支出\n"
        "(1)免费开放项目支出251384.66元,主要用于办公费支出34000.00元,维修(护)费61200.00元,生活补助支出116184.66元,"
        "其他资本性支出40000.00元买图书。\n"
        "(2)地方公共文化服务体系建设专项资金项目180200.00元,主要用于办公费支出16128.00元,维修(护)费103872.00元,"
        "其他商品和服务支出15340.20元,其他资本性支出44859.80元买图书。\n"
        "(3)其他就业补助支出10140.00元,用于公益性岗位人员补助。\n(四)部门预算管理制度建设情况\n加强预算管理。\n";
    const auto r = ingest_report_book(text, "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    // The department keeps no money: its income is no sum of its projects.
    CHECK(r.doc.projects[0].tranches.empty());
    CHECK(!(r.doc.projects[0].execution && r.doc.projects[0].execution->used));
    CHECK(r.doc.projects[1].name == "免费开放项目");
    CHECK(r.doc.projects[1].tranches.empty());
    CHECK(r.doc.projects[1].execution.value().used == money::parse("251384.66"));
    REQUIRE(r.doc.projects[1].execution->items.size() == 4);
    CHECK(r.doc.projects[1].execution->items[1].amount == money::parse("61200"));
    // 公共文化…项目180200.00元 under the project spending: what it spent (公共 is no 共, "in all").
    CHECK(r.doc.projects[2].name == "地方公共文化服务体系建设专项资金项目");
    CHECK(r.doc.projects[2].tranches.empty());
    CHECK(r.doc.projects[2].execution.value().used == money::parse("180200"));
    CHECK(r.doc.projects[2].execution->items.size() == 4);
    CHECK(r.doc.projects[3].execution.value().used == money::parse("10140"));
    const auto rules = rules_of(r.all_findings());
    CHECK(!has(rules, "JX-S006"));
    CHECK(!has(rules, "JX-S007"));
    CHECK(!has(rules_of(evaluate(r.doc).all_findings()), "JX-F008"));  // an evaluation rule
    // The same list under a heading that is no project spending lists no projects.
    auto other = text;
    other.replace(other.find("2、项目支出"), std::string("2、项目支出").size(), "2、其他情况");
    CHECK(ingest_report_book(other, "t.txt").doc.projects.size() == 1);
}

// Spending, then in the clause after it what it went to; the items add up, so the spending is not
// told twice (JX-S007). A clause of its own that spends (已支出) is spending still.
TEST_CASE("an amount spent, then 主要用于 items in the next clause, are the spending and its items") {
    const auto r = ingest_report_book(
        book("资金已全部到位。", "项目支出80万元,主要用于办公费支出30万元,维修费50万元。"), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& e = r.doc.projects[0].execution.value();
    CHECK(e.used == w("80"));
    REQUIRE(e.items.size() == 2);
    CHECK(e.items[0].amount == w("30"));
    CHECK(e.items[1].amount == w("50"));
    CHECK(!has(rules_of(r.all_findings()), "JX-S007"));
    const auto spent = ingest_report_book(book("资金已全部到位。", "下达资金80万元,用于医疗救助,已支出60万元。"), "t.txt");
    CHECK(spent.doc.projects[0].execution.value().used == w("60"));
    CHECK(spent.doc.projects[0].execution->items.empty());
}

// A city's provincial transport fund (http://lrobsvt.cn/bid-433046742.html): the whole received and
// spent, 其中: ending its line, then a paragraph per part, each received, spent and rated — one named
// by its budget class (省交通事业发展保障支出), which is no spending: 收到 governs it.
TEST_CASE("paragraphs after a line ending 其中: are the whole's parts, each with its own figures, whatever their names") {
    const auto r = ingest_report_book(
        book("资金已全部到位。",
             "某市收到普通公路水路建设省补助资金合计3186万元,已支出427.16万元,资金支付率13.41%。其中:\n"
             "收到普通国省道建设补助资金2666万元,已支出39万元,资金支付率1.46%。\n"
             "收到省交通事业发展保障支出520万元,已支出388.16万元,资金支付率74.65%。"),
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "普通国省道建设补助资金");
    CHECK(r.doc.projects[1].execution.value().used == w("39"));
    CHECK(r.doc.projects[2].name == "省交通事业发展保障");
    REQUIRE(r.doc.projects[2].tranches.size() == 1);
    CHECK(r.doc.projects[2].tranches[0].arrived == w("520"));  // received, not spent
    CHECK(r.doc.projects[2].execution.value().used == w("388.16"));
    const auto rules = rules_of(r.all_findings());
    CHECK(!has(rules, "JX-S007"));
    CHECK(!has(rules_of(evaluate(r.doc).all_findings()), "JX-F008"));  // an evaluation rule
    // Without 其中: the second paragraph names no fund: no list of parts.
    const auto plain = ingest_report_book(
        book("资金已全部到位。",
             "某市收到省补助资金合计3186万元,已支出427.16万元。\n收到普通国省道建设补助资金2666万元,已支出39万元。\n"
             "收到省交通事业发展保障支出520万元,已支出388.16万元。"),
        "t.txt");
    CHECK(plain.doc.projects.size() == 1);
}

// A district centre's report on all its spending (西区 2021, https://www.poiraudeau.com/zwgk/czxx/ysjxgl/4217213.shtml):
// under 二、部门资金基本情况 its money by kind, each under a heading of what was arranged and spent. The
// department's own budget ((一)年初部门预算…: its basic spending) is no kind's; the kinds are one project each.
TEST_CASE("a department's money by kind under headings of its own: one project per kind, its basic budget none") {
    const std::string head =
        "一、部门概况\n某中心是某局下属二级事业单位。\n二、部门资金基本情况\n(一)年初部门预算安排及支出情况\n"
        "1、基本支出安排及使用情况\n2021年,某中心基本支出127.31万元,主要用于工资和公用经费。\n2、部门预算项目安排及支出情况\n"
        "(二)追加预算安排及支出情况\n2021年某中心追加预算82.25万元,支出7.48万元。\n";
    const std::string tail = "(三)专项资金安排及支出情况\n2021年某中心安排专项资金5.6万元,支出 1.51万元\n"
                             "(四)其他资金收支及结转结余使用情况\n2021年某中心上年结转结余项目资金24.05万元,支出9.28万元。\n"
                             "(五)其他需要说明的情况\n三、绩效目标完成情况分析\n各项目均按要求完成。\n";
    const auto r = ingest_report_book(head + tail, "xiqu.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[0].tranches.empty());  // the department's basic spending is no kind's money
    CHECK(r.doc.projects[1].name == "追加预算");
    REQUIRE(r.doc.projects[1].tranches.size() == 1);
    CHECK(r.doc.projects[1].tranches[0].amount == money::parse("822500"));
    CHECK(r.doc.projects[1].execution.value().used == money::parse("74800"));
    CHECK(r.doc.projects[2].name == "专项资金");
    CHECK(r.doc.projects[2].execution.value().used == money::parse("15100"));
    CHECK(r.doc.projects[3].name == "其他资金");
    REQUIRE(r.doc.projects[3].tranches.size() == 1);
    CHECK(r.doc.projects[3].tranches[0].source == fund_source::prior_year);
    CHECK(!has(rules_of(r.all_findings()), "JX-S007"));  // 7.48, 1.51, 9.28: no one figure told three times
    // One kind alone is no list of kinds: the book stays one project.
    CHECK(ingest_report_book(head + "三、绩效目标完成情况分析\n完成。\n", "xiqu.txt").doc.projects.size() == 1);
}

// A county's lottery fund (民乐县 2023, http://www.gsml.gov.cn/zfxxgk/zfwj_5942/zcls/aztfl_9482/mzfpjz/202402/t20240220_1187452.html):
// three funds in numbered paragraphs, then the whole's spending broken down by their names (one part's
// 元 lost: 48万、) — each fund's part is what it spent.
TEST_CASE("the whole's spending broken down by its funds' names gives each fund its spending") {
    const std::string head =
        "某县省级彩票公益金转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n"
        "2023年下达省级福彩公益金113万元,其中养老机构运营补贴项目48万元、社会工作服务站项目建设资金15万元、村级互助幸福院项目建设资金50万元。\n"
        "二、绩效目标完成情况分析\n(一)资金投入情况分析\n"
        "1.养老机构运营补贴项目:2023年下达省级福彩公益金48万元,到位资金48万元,资金到位率100%。\n"
        "2.社会工作服务站项目:2023年下达省级福彩公益金15万元,到位资金15万元,资金到位率100%。\n"
        "3.村级互助幸福院项目:2023年下达省级福彩公益金50万元,到位资金50万元,资金到位率100%。\n"
        "(二)资金管理情况分析\n";
    const auto r = ingest_report_book(
        head + "2023年共支付省级福利彩票公益金113万元,其中支付养老机构运营补贴48万、社会工作服务站建设15万元、村级互助幸福院50万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    const auto& elderly = r.doc.projects[1];
    CHECK(elderly.name == "养老机构运营补贴项目");
    REQUIRE(elderly.execution);
    CHECK(elderly.execution->used == w("48"));
    CHECK(elderly.execution->x.json.find("breaks its spending down by its funds' names") != std::string::npos);
    REQUIRE(r.doc.projects[2].execution);
    CHECK(r.doc.projects[2].execution->used == w("15"));
    REQUIRE(r.doc.projects[3].execution);
    CHECK(r.doc.projects[3].execution->used == w("50"));
    // Parts that do not add up to the spending, or a name no fund starts with, give nothing.
    const auto uneven = ingest_report_book(
        head + "2023年共支付省级福利彩票公益金113万元,其中支付养老机构运营补贴40万元、社会工作服务站建设15万元、村级互助幸福院50万元。\n",
        "t.txt");
    REQUIRE(uneven.doc.projects.size() == 4);
    for (std::size_t i = 1; i < 4; ++i) CHECK_FALSE((uneven.doc.projects[i].execution && uneven.doc.projects[i].execution->used));
    const auto unnamed = ingest_report_book(
        head + "2023年共支付省级福利彩票公益金113万元,其中支付运营补贴48万元、建设费用15万元、维修费用50万元。\n", "t.txt");
    REQUIRE(unnamed.doc.projects.size() == 4);
    for (std::size_t i = 1; i < 4; ++i) CHECK_FALSE((unnamed.doc.projects[i].execution && unnamed.doc.projects[i].execution->used));
}

// A prefecture's emergency bureau (红河州 2020, https://www.hh.gov.cn/info/11481/669302.htm): its projects listed after 其中, one
// of them named for what its money buys (…大检查购买专家技术服务经费项目) — a project all the same, whole.
TEST_CASE("a listed project named for what its money buys is a fund of the list, its name whole") {
    const auto r = ingest_report_book(
        "某局2020年度项目支出绩效自评报告\n一、基本情况\n"
        "批复项目资金132万元。其中:安全生产月活动经费项目12万元,安全生产大检查购买专家技术服务经费项目100万元,安全生产资格考试经费项目20万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[2].name == "安全生产大检查购买专家技术服务经费项目");
    REQUIRE(r.doc.projects[2].tranches.size() == 1);
    CHECK(r.doc.projects[2].tranches[0].amount == w("100"));
    CHECK_FALSE(has(rules_of(r.project_findings.at(0)), "JX-S006"));
    // Without 项目 after it, what a fund buys is no part of its name (①森林防火补助购买森林防火物资支付21万元).
    const auto bought = ingest_report_book(
        "某局2020年度项目支出绩效自评报告\n一、基本情况\n"
        "下达资金30万元。①森林防火补助购买森林防火物资支付21万元；②护林员补助9万元。\n",
        "t.txt");
    CHECK(std::none_of(bought.doc.projects.begin(), bought.doc.projects.end(),
                       [](const project& p) { return p.name.find("购买") != std::string::npos; }));
}

// A district's farm-machinery subsidies (2018, http://www.jxliugong.cn/2023/04-03/203293.html): a paragraph per
// fund, the central one named after who allocated it (…年上级下达我区中央…资金), the two 累加 funds told apart
// only by their level, each with last year's balance added and its own spending.
TEST_CASE("funds of one name at different levels, each stating its own spending, are one project a level") {
    const std::string head = "某区2019年度农机购置补贴资金绩效自评报告\n一、基本情况\n"
                             "2019年上级下达我区中央农机购置补贴资金320万元,使用补贴资金300万元。\n";
    const auto r = ingest_report_book(head +
                                          "省级累加补贴资金40万元,加上去年结余5.5万元,共计45.5万元,使用42万元。\n"
                                          "市级累加补贴资金12万元,加上去年结余1.2万元,共计13.2万元,使用资金13万元。\n",
                                      "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    const auto& central = r.doc.projects[1];
    CHECK(central.name == "中央农机购置补贴资金");  // not 2019年上级下达我区…
    REQUIRE(central.tranches.size() == 1);
    CHECK(central.tranches[0].level == level::central);
    CHECK(central.execution.value().used == w("300"));
    const auto& provincial = r.doc.projects[2];
    CHECK(provincial.name == "省级累加补贴资金");
    REQUIRE(provincial.tranches.size() == 2);
    CHECK(provincial.tranches[0].amount == w("40"));
    CHECK(provincial.tranches[1].source == fund_source::prior_year);  // 加上去年结余: last year's money added
    CHECK(provincial.tranches[1].amount == w("5.5"));
    CHECK(provincial.execution.value().used == w("42"));
    CHECK_FALSE(provincial.execution->surplus);
    const auto& municipal = r.doc.projects[3];
    CHECK(municipal.name == "市级累加补贴资金");
    REQUIRE(municipal.tranches.size() == 2);
    CHECK(municipal.tranches[0].level == level::municipal);
    CHECK(municipal.tranches[1].amount == w("1.2"));
    CHECK(municipal.execution.value().used == w("13"));
    // Levels whose spending only the whole states stay tranches of one fund.
    const auto whole = ingest_report_book(head + "省级累加补贴资金40万元,市级累加补贴资金12万元,累加补贴资金共使用50万元。\n", "t.txt");
    REQUIRE(whole.doc.projects.size() == 3);
    REQUIRE(whole.doc.projects[2].tranches.size() == 2);
    CHECK(whole.doc.projects[2].tranches[1].level == level::municipal);
    CHECK(whole.doc.projects[2].execution.value().used == w("50"));
    // One level told twice is one fund; a balance not added to this year's money is no source of it.
    const auto again = ingest_report_book(
        head + "省级累加补贴资金40万元,去年结余5.5万元,使用38万元。\n省级累加补贴资金共计40万元,使用38万元。\n", "t.txt");
    REQUIRE(again.doc.projects.size() == 3);
    REQUIRE(again.doc.projects[2].tranches.size() == 1);
    CHECK(again.doc.projects[2].tranches[0].source == fund_source::current_year);
}

// A county's lottery funds (2021, http://www.mianxian.gov.cn/mxzf/xzsyxsf/202203/a4976ee2eb324929a54424fd3ecd022c.shtml):
// an excerpt whose first heading is lost (it opens on the welfare lottery's money, then 二、体彩公益金收支情况);
// each level's money in its own paragraph: what came, what was planned for spending (安排支出), what was
// actually spent (实际支出), and what is carried into next year (结转下年使用资金).
TEST_CASE("lottery funds by level, each with its planned and actual spending, in an excerpt that opens before 二、") {
    const std::string text =
        "2022年度,我县福彩公益金总收入200万元,其中县级福彩公益金60万元,省市转移支付福彩公益金140万元。\n"
        "县级福彩公益金本年收入60万元,上年结转县级福彩公益金40万元,当年安排下达支出100万元,当年实际支出70万元,结转下年使用资金30万元。\n"
        "2022年省市下达福彩公益金140万元,当年安排支出140万元,当年实际支出120万元,结转下年使用资金20万元。\n"
        "二、体彩公益金收支情况\n"
        "2022年度,我县体彩公益金总收入90万元,其中县级体彩公益金30万元,省级转移支付的体彩公益金60万元。\n"
        "县级体彩公益金本年收入30万元,当年实际支出30万元。\n"
        "2022年省级下达体彩公益金60万元,当年安排下达并完成支出60万元。\n";
    const auto r = ingest_report_book(text, "lottery.txt");
    REQUIRE(r.doc.projects.size() == 5);
    const auto& county = r.doc.projects[1];
    CHECK(county.name == "县级福彩公益金");  // 本年收入 is no part of the name
    REQUIRE(county.tranches.size() == 2);
    CHECK(county.tranches[0].amount == w("60"));
    CHECK(county.tranches[1].source == fund_source::prior_year);
    CHECK(county.tranches[1].amount == w("40"));
    REQUIRE(county.execution);
    CHECK(county.execution->used == w("70"));  // actual, not the 100 planned
    CHECK(county.execution->carried_forward == w("30"));
    CHECK(county.execution->x.json.find("is the spending planned") != std::string::npos);
    const auto& transferred = r.doc.projects[2];
    CHECK(transferred.name == "省市福彩公益金");
    REQUIRE(transferred.tranches.size() == 1);
    CHECK(transferred.tranches[0].amount == w("140"));
    CHECK(transferred.execution.value().used == w("120"));
    CHECK(transferred.execution->carried_forward == w("20"));
    CHECK(r.doc.projects[3].name == "县级体彩公益金");
    CHECK(r.doc.projects[3].execution.value().used == w("30"));
    CHECK(r.doc.projects[4].name == "省级体彩公益金");
    CHECK(r.doc.projects[4].execution.value().used == w("60"));
    CHECK_FALSE(has(rules_of(r.all_findings()), "JX-S007"));
    // Spending planned with no actual figure after it is what was spent (财政安排支出共计96.5万元); money above
    // an excerpt's 一、 is the page's, not the report's.
    const auto planned = ingest_report_book("相关阅读：某县2022年下达资金50万元\n一、基本情况\n2023年下达某某补助资金80万元,当年安排支出60万元。\n",
                                            "t.txt");
    REQUIRE(planned.doc.projects.size() == 1);
    REQUIRE(planned.doc.projects[0].tranches.size() == 1);
    CHECK(planned.doc.projects[0].tranches[0].amount == w("80"));
    CHECK(planned.doc.projects[0].execution.value().used == w("60"));
}

// Funds listed with their money (项目安排情况:…老年人福利项目1个,金额108万元;…), then a paragraph each, led by the
// fund's name and a colon, telling what became of it: each paragraph is its fund's (they were the book's
// project's, one spending against another: JX-S007), and the list's count (1个) is no part of the name. Pattern of
// http://dongjiyunhe.com/gyxzf/gysyjszxhjgxx/content/eb3a12c3-747e-4131-a773-f0999508cef5.html (a county's 彩票公益金
// notice). A paragraph led by a name no fund has stays the book's.
TEST_CASE("a paragraph led by a listed fund's name and a colon is that fund's") {
    const std::string text = welfare_notice(
        "老年人福利项目:截止2024年底,老年人福利项目支出102万元,资金执行率94.44%。结余资金6万元,结转下年由该项目继续使用。\n"
        "残疾人福利项目:截止2024年底,支出为0万元,资金执行率0%,结余资金71万元,结转下年由该项目继续使用。\n"
        "福利彩票项目:全县统筹安排,结余资金9万元。\n");
    const auto r = ingest_report_book(text, "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    const auto& old_age = r.doc.projects[1];
    CHECK(old_age.name == "老年人福利项目");
    REQUIRE(old_age.tranches.size() == 1);
    CHECK(old_age.tranches[0].amount == w("108"));
    CHECK(old_age.execution.value().used == w("102"));
    CHECK(old_age.execution->carried_forward == w("6"));
    CHECK(old_age.execution->reported_rate.value().text == "94.44%");
    const auto& disabled = r.doc.projects[2];
    CHECK(disabled.execution.value().used == w("0"));
    CHECK(disabled.execution->carried_forward == w("71"));
    // The children's fund has no paragraph of its own: its money is what the list gives, nothing spent is stated.
    const auto& children = r.doc.projects[3];
    CHECK(children.tranches.at(0).amount == w("20"));
    CHECK_FALSE((children.execution && children.execution->used));
    CHECK_FALSE(has(rules_of(r.all_findings()), "JX-S007"));
    CHECK(r.doc.projects[0].execution.value().surplus == w("9"));
}

// Under the use heading, an amount with no verb of its own, then in its sentence …项目支出18万元: the first is the
// money the fund had, its share (占…资金的10%) no execution rate; what was spent is the 18万. Pattern of the same
// notice as above. Where nothing after it says spent, the bare amount stays the spending.
TEST_CASE("a bare amount under the use heading, followed by what the project spent, is the money it had") {
    const auto text = [](std::string_view then) {
        return "某县2024年度彩票公益金使用情况自评报告\n下达我县彩票公益金资金20万元。\n二、项目资金使用情况\n"
               "儿童福利项目:孤儿助学工程金额20万元,占儿童福利项目资金的10%;截止2024年底," +
               std::string(then) + "\n";
    };
    const auto r = ingest_report_book(text("儿童福利项目支出18万元,资金执行率90%。结余资金2万元,结转下年由该项目继续使用。"), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    const auto& e = r.doc.projects[0].execution.value();
    CHECK(e.used == w("18"));
    CHECK(e.reported_rate.value().text == "90%");
    CHECK(e.carried_forward == w("2"));
    CHECK_FALSE(has(rules_of(r.all_findings()), "JX-S007"));
    // 商品和服务支出 names a kind of spending, not money spent: the bare amount stays what was used.
    const auto kinds = ingest_report_book(text("其中商品和服务支出18万元。"), "t.txt");
    REQUIRE(kinds.doc.projects.size() == 1);
    CHECK(kinds.doc.projects[0].execution.value().used == w("20"));
}

// A page with no title that opens by naming its kinds of project (涉及两类项目,分别是:A类和B类。), then paragraphs led
// by each name and a colon: a project each, a paragraph with no lead going on with the one before (具体情况如下:…).
// Inside, money passed on to counties for named works is what it is for, not spent (将该笔资金下拨至某旗,用于实施
// “…”(35万元)); a level word inside a quoted name (“内蒙古自治区…项目”) is no level of the money; and the whole's
// parts passed on for a purpose (将2400万元资金下拨用于…) are no money of their own. Pattern of
// http://sthjj.bynr.gov.cn/html/Information/fdzdgk/czgk/5457.html. Without the leads, it stays one project.
TEST_CASE("kinds of project announced by name, then paragraphs led by the names") {
    const auto text = [](std::string_view a, std::string_view b) {
        return "我市2023年度中央专项资金转移支付涉及两类项目,分别是:甲污染防治类和乙污染防治类。\n一、绩效目标分解下达情况\n" +
               std::string(a) +
               "2023年度,中央下达我市甲污染防治资金共100万元,我市及时将资金下拨至相关旗县。具体情况如下:\n"
               "2023年1月6日,自治区财政厅向我市下达2023年中央甲污染防治资金60万元。我市将该笔资金下拨至某旗,用于实施“某地块调查项目”"
               "(35万元)和“某应急工程项目”(25万元)。\n2023年8月1日,自治区财政厅向我市下达2023年中央甲污染防治资金40万元。我市将该笔资金"
               "下拨至某旗和某旗,“某详细调查项目”(30万元)和“内蒙古自治区某耕地安全利用项目”(10万元)。\n" +
               std::string(b) +
               "2023年度,中央下达我市乙污染防治资金共2405万元,我市及时下拨中央资金。将2400万元资金下拨用于实施清洁取暖,"
               "5万元资金下拨用于实施某改造项目。\n二、绩效情况分析\n";
    };
    const auto r = ingest_report_book(text("甲污染防治类:", "乙污染防治类:"), "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    const auto& a = r.doc.projects[1];
    CHECK(a.name == "甲污染防治类");
    CHECK(a.tranches.at(0).amount == w("100"));
    REQUIRE(a.tranches.size() == 1);
    CHECK(a.tranches[0].level == level::central);
    const bool a_used = a.execution && a.execution->used;
    CHECK_FALSE(a_used);
    const auto& b = r.doc.projects[2];
    CHECK(b.name == "乙污染防治类");
    REQUIRE(b.tranches.size() == 1);
    CHECK(b.tranches[0].amount == w("2405"));
    const bool b_used = b.execution && b.execution->used;
    CHECK_FALSE(b_used);
    // Without the leads the names head nothing: one project.
    CHECK(ingest_report_book(text("", ""), "t.txt").doc.projects.size() == 1);
}

// 分别为:A专项资金1000万元,资金直接拨付至某市财政局,由某市财政局直接支付;B经费40万元;…: words after an item's
// amount that name no money, up to the semicolon, are the item's own — the next item starts after the semicolon (its
// name was taken from them: 资金直接). Pattern of https://www.hh.gov.cn/info/11481/661402.htm. A comma followed by
// the next amount still parts the items.
TEST_CASE("an inline list's item may go on after its amount up to a semicolon") {
    const auto r = ingest_report_book("某州某局2021年度项目支出绩效自评报告\n一、项目资金情况\n"
                                      "2021年批复某局项目3个,项目资金1060万元。分别为:A市重金属污染防治专项资金1000万元,资金直接拨付至"
                                      "A市财政局,由A市财政局直接支付;2021年某州排污许可证核发经费40万元;某州环境评价经费20万元。\n",
                                      "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK(r.doc.projects[1].name == "A市重金属污染防治专项资金");
    CHECK(r.doc.projects[2].name == "2021年某州排污许可证核发经费");
    CHECK(r.doc.projects[2].tranches.at(0).amount == w("40"));
    const auto commas = ingest_report_book("某州某局2021年度项目支出绩效自评报告\n一、项目资金情况\n"
                                           "2021年批复某局项目3个,项目资金1060万元。分别为:A市重金属污染防治专项资金1000万元,某州排污许可证核发经费40万元,"
                                           "某州环境评价经费20万元。\n",
                                           "t.txt");
    REQUIRE(commas.doc.projects.size() == 4);
    CHECK(commas.doc.projects[2].name == "某州排污许可证核发经费");
}

// A county's farm-insurance subsidies (永兴县, http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57454/57462/content_3357447.html):
// kinds of insurance numbered 1、 2、, each led by its label and a colon (no fund word in it), each stating the
// levels' subsidies — a project each, its money the levels' shares. The premium in all (总保费, farmers' share
// included) is no money of the fund. A label followed by its figure (年初预算:100万元) names no fund.
TEST_CASE("numbered items led by a label and a colon, each with the levels' money, are a project each") {
    const auto r = ingest_report_book(
        "某县农业保险保费补贴2020年度绩效自评报告\n2020年度全县各险种总保费达到1367万元。\n一、绩效目标分解下达情况\n"
        "1、水稻大灾保险:全县计划承保42.59万亩,总保费1293万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37万元。\n"
        "2、油菜保险:全县计划承保8.22万亩,总保费74万元,中央财政补贴40%为29.6万元,省级财政补贴25%为18.5万元,"
        "县级财政补贴10%为7.4万元。\n",
        "t.txt");
    REQUIRE(r.doc.projects.size() == 3);
    CHECK(r.doc.projects[1].name == "水稻大灾保险");
    CHECK(r.doc.projects[1].tranches.size() == 2);
    CHECK(r.doc.projects[2].name == "油菜保险");
    REQUIRE(r.doc.projects[2].tranches.size() == 3);
    CHECK(r.doc.projects[2].tranches[2].level == level::district);
    CHECK(r.doc.projects[2].tranches[2].amount == w("7.4"));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S006");
    const auto figures = ingest_report_book("某县某资金2020年度绩效自评报告\n一、绩效目标分解下达情况\n"
                                            "1、年初预算:中央财政补贴100万元。\n2、全年预算:省级财政补贴120万元。\n",
                                            "t.txt");
    CHECK(figures.doc.projects.size() == 1);
}

// After each fund's own 结余资金…结转下年, 截止年底,全县资金结转结余79万元: what the whole has left is its funds' left-overs
// added up, no money of its own (it was the book's project's surplus), checked against their sum. Pattern of
// http://dongjiyunhe.com/gyxzf/gysyjszxhjgxx/content/eb3a12c3-747e-4131-a773-f0999508cef5.html.
TEST_CASE("the whole's money left is its funds' left-overs") {
    const auto text = [](std::string_view children) { return funds_left_notice(children, "79"); };
    const auto whole_left = [](const ingest_result& r) {
        const auto& e = r.doc.projects.at(0).execution;
        return e && (e->surplus || e->carried_forward);
    };
    const auto r = ingest_report_book(text("结余资金2万元,结转下年由该项目继续使用。"), "t.txt");
    REQUIRE(r.doc.projects.size() == 4);
    CHECK_FALSE(whole_left(r));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S006");
    // One fund states nothing left: the whole's figure stays its own statement.
    CHECK(whole_left(ingest_report_book(text(""), "t.txt")));
}

// 三、资金结转结余情况 — a heading's topic — named no amount and was read as a claim that the rest was carried forward
// (the whole's remainder, 122万, taken as carried_forward beside its funds). A clause that says so still is one.
TEST_CASE("a heading's topic (资金结转结余情况) is no claim of what became of the money") {
    const auto r = ingest_report_book(funds_left_notice("结余资金2万元,结转下年由该项目继续使用。", "77"), "t.txt");
    const auto& whole = r.doc.projects.at(0);
    CHECK_FALSE((whole.execution && whole.execution->carried_forward));
    CHECK((!whole.execution || whole.execution->x.json.find("names no amount") == std::string::npos));
    const auto claim = ingest_report_book("某县2024年度某资金绩效自评报告\n一、项目资金情况\n下达资金100万元,支出80万元。\n"
                                          "剩余资金已结转下年使用。\n",
                                          "t.txt");
    CHECK(claim.doc.projects.at(0).execution.value().carried_forward == w("20"));
}

}  // namespace ingest_components_test
