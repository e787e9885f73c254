// The ways report books word their money, one variant per row: what was allocated,
// when it arrived, and what became of it.
#include "ingest_support.hpp"

#include <jixiao/funds.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace jixiao;
using ingest_test::allocated;
using ingest_test::fen;
using ingest_test::parts;
using ingest_test::report_book_text;
using ingest_test::wan;

namespace {

project read(const parts& p) {
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    return r.doc.projects[0];
}


// The money allocated, in fen, when section 一（一） reads the given text.
std::string allocated_by(const std::string& application) {
    parts p;
    p.application = application;
    return to_string(allocated(read(p)));
}

// A book of one project whose funds paragraph (一、项目资金情况) is `paragraph`.
ingest_result funds_paragraph(const std::string& paragraph) {
    return ingest_report_book("某县2023年度某专项资金绩效自评报告\n一、项目资金情况\n" + paragraph + "\n", "t.txt");
}

// What that book's project used (its execution must be stated).
std::optional<money> used_of(const std::string& paragraph) {
    return funds_paragraph(paragraph).doc.projects.at(0).execution.value().used;
}

// How many of `found` are of `rule`.
std::ptrdiff_t count_rule(const std::vector<finding>& found, std::string_view rule) {
    return std::count_if(found.begin(), found.end(), [&](const finding& f) { return f.rule == rule; });
}

// 下达资金100万元，实际支出90万元。 then `text`: the book read with `text` adding no money and no second value (no
// JX-S007); its findings are returned for more checks.
std::vector<finding> read_beside_100_and_90(const std::string& text) {
    const auto r = funds_paragraph("下达资金100万元，实际支出90万元。" + text);
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("100"));
    CHECK(p.execution.value().used == wan("90"));
    CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
    return r.all_findings();
}

}  // namespace

TEST_CASE("what became of the money: 使用/支付/支出, 结转/结余/收回/追减, with and without amounts, 万元 and 元") {
    struct row {
        std::string use;
        std::string used, carried_forward, surplus, reduced, recovered;
    };
    // A figure the text does not state stays absent ("-"), never 0.00: unknown is not zero.
    const row rows[] = {
        {"使用资金8万元，结转资金2万元。", "80000.00", "20000.00", "-", "-", "-"},
        // 共支 for 共支出 (盐边县, https://nnzhiyuan.cn/article/82224.html: 公共文化服务专项资金共支182.564万元).
        {"某专项资金共支8万元，结转资金2万元。", "80000.00", "20000.00", "-", "-", "-"},
        {"已支付6万元，剩余资金财政已收回。", "60000.00", "-", "-", "-", "40000.00"},
        {"资金已全部使用。", "100000.00", "-", "-", "-", "-"},
        // 到位资金117万元,已全部完成支出 (元阳县, https://www.hhyy.gov.cn/info/3381/243941.htm).
        {"资金已全部完成支出。", "100000.00", "-", "-", "-", "-"},
        {"项目支出80000元，结余20000元。", "80000.00", "-", "20000.00", "-", "-"},
        {"因项目调整，使用资金3万元，剩余资金年底追减。", "30000.00", "-", "-", "70000.00", "-"},
        {"项目资金全部结转下年使用。", "0.00", "100000.00", "-", "-", "-"},
        {"使用资金9万元，无结转结余资金，1万元已调减。", "90000.00", "0.00", "0.00", "10000.00", "-"},
        {"用于购置设备6万元、培训4万元。", "100000.00", "-", "-", "-", "-"},
        // A 临河区 culling-subsidy page (mirrored, see ingest_decode_test): the rest is to be paid later.
        {"目前发放64500元，其余的在后续检测扑杀中发放。", "64500.00", "35500.00", "-", "-", "-"},
        {"目前发放64500元，后续将加强资金管理。", "64500.00", "-", "-", "-", "-"},
        // 结余的资金 in a rule of how the money is handed out (湖南, https://fhmsmk.com/html/.tslm_71715zjglfzjgl201806t20180619_5035164.html, a
        // resettlement fund's evaluation): a kind of money, not money left over.
        {"使用资金8万元，直补到人后结余的资金，由县政府统筹安排。", "80000.00", "-", "-", "-", "-"},
        {"使用资金10万元，没有结余的资金。", "100000.00", "-", "0.00", "-", "-"},
        // Each level's money paid out in one sentence (泸西县, https://www.lx.gov.cn/, a village
        // family-planning stipend): together what was used; one level twice is no such split.
        {"州级补助资金6万元于2020年11月10日发放,省级补助资金4万元于2020年12月18日发放。", "100000.00", "-", "-", "-", "-"},
        {"省级补助资金6万元于11月10日发放,省级补助资金4万元于12月18日发放。", "60000.00", "-", "-", "-", "-"},
        // The final accounts' figure beside the budget (大英县, a railway-side clean-up project,
        // https://dyrmt.com/article-150275-17.html): what was spent.
        {"该项目2020年预算数为10.00 万元,决算数为5.00万元。", "50000.00", "-", "-", "-", "-"},
        // 兑付 is paying out (弥勒市, a rural-housing subsidy, http://www.hhml.gov.cn/zfxxgk_15889/fdzdgknr/zdlyxxgk/czxxgk/jxgl/202404/t20240412_685766.html).
        {"2023年度农村危房改造兑付资金 8 万元。", "80000.00", "-", "-", "-", "-"},
        // Budget words no collected book has used yet, read as their kind: 交回, 缴还 and 退还 give money back.
        {"已使用7万元，剩余3万元已交回财政。", "70000.00", "-", "-", "-", "30000.00"},
        {"使用资金9万元，剩余1万元已缴还国库。", "90000.00", "-", "-", "-", "10000.00"},
        {"使用资金9万元，1万元已退还财政。", "90000.00", "-", "-", "-", "10000.00"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.use);
        parts p;
        p.use = r.use;
        const auto proj = read(p);
        REQUIRE(proj.execution);
        const auto& e = *proj.execution;
        CHECK(fen(e.used) == r.used);
        CHECK(fen(e.carried_forward) == r.carried_forward);
        CHECK(fen(e.surplus) == r.surplus);
        CHECK(fen(e.reduced) == r.reduced);
        CHECK(fen(e.recovered) == r.recovered);
    }
}

TEST_CASE("a reason for money left unused is the deviation; none is read when all was used") {
    parts p;
    p.use = "因财政资金紧张，使用资金3万元，剩余资金年底追减。";
    CHECK(read(p).execution->deviation == "因财政资金紧张");
    p.use = "因工作需要，使用资金10万元。";
    CHECK_FALSE(read(p).execution->deviation);
}

TEST_CASE("州级 is an autonomous prefecture's level, a city's") {
    parts p;
    p.application = "州级补助资金6万元，省级配套补助资金4万元。";
    const auto proj = read(p);
    REQUIRE(proj.tranches.size() == 2);
    CHECK(proj.tranches[0].level == level::municipal);
    CHECK(proj.tranches[0].amount == wan("6"));
    CHECK(proj.tranches[1].level == level::provincial);
}

TEST_CASE("what arrived and when: 全部到位, partial arrival, 未到位, dates to the day or the month") {
    struct row {
        std::string application, arrival;
        std::string amount, arrived, date;
    };
    const row rows[] = {
        {"区级财政下达资金10万元。", "2023年11月20日到位。", "100000.00", "100000.00", "2023-11-20"},
        {"区级财政下达资金10万元。", "资金于2023年12月底全部到位。", "100000.00", "100000.00", "2023-12-31"},
        {"区级财政下达资金10万元，到位8万元。", "无。", "100000.00", "80000.00", "-"},
        {"区级财政下达资金10万元。", "实际到位资金8万元。", "100000.00", "80000.00", "-"},
        {"区级财政下达资金10万元。", "资金尚未到位。", "100000.00", "0.00", "-"},
        {"区级财政下达资金10万元。", "资金部分到位。", "100000.00", "-", "-"},
        {"区级财政下达资金10万元。", "省级资金已到位。", "100000.00", "-", "-"},  // another level's statement
        {"区级财政下达资金10万元。", "资金于9月到账。", "100000.00", "100000.00", "2023-09-30"},
        {"暂无。", "到位资金10万元。", "100000.00", "100000.00", "-"},
        {"区级财政下达资金10万元。", "区级资金10万元，于2023年10月8日全部到位。", "100000.00", "100000.00", "2023-10-08"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.application);
        CAPTURE(r.arrival);
        parts p;
        p.application = r.application;
        p.arrival = r.arrival;
        const auto proj = read(p);
        REQUIRE(proj.tranches.size() == 1);
        const auto& t = proj.tranches[0];
        CHECK(to_string(t.amount) == r.amount);
        CHECK(fen(t.arrived) == r.arrived);
        CHECK((t.arrival_date ? to_string(*t.arrival_date) : std::string("-")) == r.date);
    }
}

TEST_CASE("allocation: levels, the allocating year and document, money from earlier years") {
    parts p;
    p.application = "根据《关于下达2022年某资金的通知》（某财〔2022〕3号），2022年下达资金4万元，市级配套资金1万元。";
    p.arrival = "2023年项目资金4万元到位，市级资金2023年5月到位。";
    p.use = "使用资金5万元。";
    const auto proj = read(p);
    REQUIRE(proj.tranches.size() == 2);
    const auto& a = proj.tranches[0];
    CHECK(a.level == level::district);  // no level word in the sentence but 市级 is another amount's: the project's default
    CHECK(a.year == 2022);
    CHECK(a.source == fund_source::prior_year);
    CHECK(a.document == "某财〔2022〕3号");
    CHECK(a.arrived == wan("4"));
    CHECK_FALSE(a.arrival_date);  // only the year printed
    const auto& b = proj.tranches[1];
    CHECK(b.level == level::municipal);
    CHECK(b.source == fund_source::current_year);
    CHECK(b.document == "某财〔2022〕3号");
    CHECK(b.arrived == wan("1"));
    REQUIRE(b.arrival_date);
    CHECK(to_string(*b.arrival_date) == "2023-05-31");
    const auto x = nlohmann::json::parse(a.x.json);
    CHECK(x["notes"][0] == "level district: no level word in the sentence; the unit “某区民政局” is taken to be at the district "
                           "level (no level word in section 一（一） or in the name)");
}

// A district's video-surveillance transfer (蓟州区, https://www.tjjz.gov.cn/ztzl/jzczzjzdjc/202108/t20210823_5548899.html):
// what the fund is for, 用于…的, inside its name, and a colon inside its bracket (简称:…), say nothing
// of the amount.
TEST_CASE("用于…的 in a fund's name, and a colon in a bracket, leave the amount allocated") {
    CHECK(allocated_by("2020年中央下达我市用于疫情防控的公共视频监控建设项目转移支付预算2842.5157万元。") == "28425157.00");
    CHECK(allocated_by("2020年中央下达我市用于疫情防控的公共视频监控建设项目(简称:雪亮工程)转移支付预算2842.5157万元。") ==
          "28425157.00");
    // (用于 with no 的 after it still says what the money paid for: no allocation of its own.)
    parts p;
    p.application = "下达资金10万元。";
    p.use = "资金用于购置设备:监控设备6万元、服务器4万元。";
    const auto proj = read(p);
    REQUIRE(proj.execution);
    CHECK(proj.execution->items.size() == 2);
}

TEST_CASE("a budget printed as 年初预算 / 调整后预算 fills budget; in the goal section too") {
    parts p;
    p.application = "年初预算12万元，区级财政下达资金10万元。";
    auto proj = read(p);
    REQUIRE(proj.budget);
    CHECK(proj.budget->initial == wan("12"));
    CHECK_FALSE(proj.budget->adjusted);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("10"));
    p.application = "区级财政下达资金10万元，全年预算数调整为10万元。";
    proj = read(p);
    REQUIRE(proj.budget);
    CHECK(proj.budget->adjusted == wan("10"));
    // 实际预算 (重庆, a school's 自评结果, https://wap.qianlima.com/zb/detail/20230815_368034370.html:
    // 年初预算300万元,实际预算300万元,全年执行300万元): the adjusted budget.
    p.application = "年初预算12万元，实际预算10万元，区级财政下达资金10万元。";
    proj = read(p);
    REQUIRE(proj.budget);
    CHECK(proj.budget->initial == wan("12"));
    CHECK(proj.budget->adjusted == wan("10"));
}

TEST_CASE("a total printed with 其中 parts is not a tranche; the parts are") {
    parts p;
    p.application = "下达资金共计10万元，其中：省级6万元、区级4万元。";
    p.arrival = "资金已全部到位。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 2);
    CHECK(proj.tranches[0].level == level::provincial);
    CHECK(proj.tranches[0].amount == wan("6"));
    CHECK(proj.tranches[0].arrived == wan("6"));
    CHECK(proj.tranches[1].level == level::district);
    CHECK(proj.tranches[1].amount == wan("4"));
    CHECK(r.all_findings().empty());  // the total is accounted for, not an unbound amount
}

// A road project approved in three batches, each with what its construction costs in brackets
// (https://or2.xixipi.tk/baogao/6505890.html, 临城县): the bracketed 其中 names a use of the batch's
// money, and the 合计 after them is their total — three tranches, nothing counted twice.
TEST_CASE("a bracketed 其中 after an amount is a use of it; the 合计 of the batches is their total") {
    parts p;
    p.application = "该项目分三批实施，一批项目县级批复总投资3374.3万元（其中建筑工程3292万元），二批项目县级批复总投资"
                    "2069.51万元（其中建筑工程1975.775万元），三批项目县级批复投资778.59万元（其中建筑工程757.44万元），"
                    "合计批复总投资6222.4万元（其中建筑工程6025.215万元）。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 3);
    CHECK(proj.tranches[0].amount == wan("3374.3"));
    CHECK(proj.tranches[1].amount == wan("2069.51"));
    CHECK(proj.tranches[2].amount == wan("778.59"));
    std::vector<std::string> unplaced;
    for (const auto& f : r.all_findings())
        if (f.rule == "JX-S005") unplaced.push_back(f.actual.value_or(""));
    CHECK(unplaced == std::vector<std::string>{"3292万元", "1975.775万元", "757.44万元", "6025.215万元"});
}

// The bracket that names a kind of money is read as that money
// (https://www.hh.gov.cn/info/11481/1179592.htm: （含1个年初结转结余项目50万元）).
TEST_CASE("a bracketed part that names a kind of money stays that money") {
    parts p;
    p.application = "年初批复预算资金985万元（其中上年结转资金50万元）。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    bool prior_year = false;
    for (const auto& t : proj.tranches) prior_year = prior_year || (t.source == fund_source::prior_year && t.amount == wan("50"));
    CHECK(prior_year);
}

// A Yunnan township school's report (https://yncn.gov.cn/info/4112/9028340.htm): 公用经费 names the fund
// (城乡义务教育阶段公用经费补助资金), not an itemised cost; 公用经费 right before an amount is one.
TEST_CASE("公用经费补助资金 is a fund's name; 公用经费…万元 is a cost of the spending") {
    parts p;
    p.application = "区级财政下达资金10万元。";
    p.arrival = "2023年我校收到上级下达城乡义务教育阶段公用经费补助资金118.92万元。";
    p.use = "全年发放108.61万元。";
    const auto fund = ingest_report_book(report_book_text(p), "t.txt").doc.projects.at(0);
    REQUIRE(fund.execution);
    CHECK(fund.execution->used == wan("108.61"));
    CHECK(fund.execution->items.empty());
    p.use = "使用资金10万元，其中人员经费6万元，公用经费4万元。";
    const auto costs = ingest_report_book(report_book_text(p), "t.txt").doc.projects.at(0);
    REQUIRE(costs.execution);
    CHECK(costs.execution->items.size() == 2);
}

// A Hainan school's 2016 report (http://www.sunntoy.com/news_show.php?id=324): 350万 without 元, and what
// was used given by economic category (人员费用, 公用支出) — the categories are items, used their sum.
TEST_CASE("350万 without 元 after a clause about money; spending by economic category is itemised use") {
    parts p;
    p.application = "项目批复资金350万已全部到位，属于省财政下拨资金。";
    p.use = "此项目资金统筹安排使用，人员费用207.33万元，公用支出142.67万元。";
    p.completion = "惠及学生3万余人，发放资料1.2万册。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("350"));
    CHECK(proj.tranches[0].arrived == wan("350"));
    CHECK(proj.tranches[0].level == level::provincial);
    REQUIRE(proj.execution);
    CHECK(proj.execution->used == wan("350"));
    REQUIRE(proj.execution->items.size() == 2);
    CHECK(proj.execution->items[0].purpose == "人员费用");
    CHECK(proj.execution->items[0].amount == wan("207.33"));
    CHECK(proj.execution->items[1].purpose == "公用支出");
    CHECK(proj.execution->items[1].amount == wan("142.67"));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S005");  // 3万余人, 1.2万册 are no amounts at all
    // The last of a list in 万元 that lost its 元 (巴彦淖尔 2023, http://mzj.bynr.gov.cn/tzgg/202406/t20240621_598094.html: …社会福利院58万元;救助站86万。)
    // is in 万元 too; its parts then add up to the total (no JX-S006).
    parts q;
    q.application = "中央财政下达资金194万元，其中，甲县50万元；乙院58万元；救助站86万。";
    const auto listed = ingest_report_book(report_book_text(q), "t.txt");
    CHECK(allocated(listed.doc.projects.at(0)) == wan("194"));
    for (const auto& f : listed.all_findings()) CHECK(f.rule != "JX-S006");
    // With one amount in 万元 before it, not a list: 受益群众3万 is not taken for money.
    CHECK(allocated_by("中央财政下达资金50万元；受益群众3万。") == "500000.00");
    // The first of a list that lost its 元, after a word of money (民乐县 2023,
    // http://www.gsml.gov.cn/zfxxgk/zfwj_5942/zcls/aztfl_9482/mzfpjz/202402/t20240220_1187452.html: …运营补贴48万、…);
    // after no such word (受益群众3万、) it is a count.
    CHECK(allocated_by("下达资金113万元，其中养老机构运营补贴48万、服务站建设15万元、幸福院50万元。") == "1130000.00");
    CHECK(allocated_by("下达资金50万元；受益群众3万、困难户2万户。") == "500000.00");
}

// 保山市关心下一代工作委员会, 2017 (https://baoshan.gov.cn/info/6643/4250064.htm): the budget, the level
// of all of it, and 资金全部到位 — no allocation sentence. The budget is the money that came.
TEST_CASE("a budget the text says arrived in full is the project's tranche; not when it did not all arrive") {
    parts p;
    p.application = "该项目年初预算资金为16万元，全部为市级财政资金，2017年度资金全部到位。";
    p.arrival = "按时到位。";
    p.use = "2017年，财政预算项目资金16万元，支付16万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("16"));
    CHECK(proj.tranches[0].arrived == wan("16"));
    CHECK(proj.tranches[0].level == level::municipal);
    CHECK(proj.budget->initial == wan("16"));
    CHECK(proj.execution->used == wan("16"));
    CHECK(proj.tranches[0].x.json.find("amount = the budget 16.00万元") != std::string::npos);

    for (const char* said : {"资金未全部到位。", "资金部分到位。"}) {
        parts q;
        q.application = "该项目年初预算资金为16万元，全部为市级财政资金。";
        q.arrival = said;
        const auto s = ingest_report_book(report_book_text(q), "t.txt");
        CHECK(s.doc.projects.at(0).tranches.empty());
    }
    // With no word on arrival (上海市审计局, http://www.baogao8.com/p-126691.html: 该项目2018年预算…元,实际支出…元),
    // the budget is the money allocated, as a form's 全年预算数 is; what arrived is not known.
    for (const char* said : {"资金已拨付。", "按规定管理。"}) {
        parts q;
        q.application = "该项目年初预算资金为16万元，全部为市级财政资金。";
        q.arrival = said;
        const auto s = ingest_report_book(report_book_text(q), "t.txt");
        const auto& ts = s.doc.projects.at(0).tranches;
        REQUIRE(ts.size() == 1);
        CHECK(ts[0].amount == wan("16"));
        CHECK_FALSE(ts[0].arrived);
        CHECK(ts[0].x.json.find("what arrived it does not say") != std::string::npos);
    }
}

// A Hainan town's 衔接资金 report (https://www.pincai.com/article/3413228.htm): a total with its
// levels, money besides it in the next sentence, and later an arrival total restating both.
TEST_CASE("a total whose parts add up is no tranche even when other money is stated; so is its restatement") {
    parts p;
    p.application = "2022年我镇获得财政衔接资金共1077.56万元，其中：中央专项衔接资金630.2万元，省级专项衔接资金"
                    "429.36万元，市级资金18万元。此外，预拨资金53.15万元。";
    p.arrival = "2022年我镇项目资金共到位1130.71万元，其中：财政衔接资金1077.56万元，预拨资金53.15万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 4);
    CHECK(proj.tranches[0].level == level::central);
    CHECK(proj.tranches[0].amount == wan("630.2"));
    CHECK(proj.tranches[0].arrived == wan("630.2"));  // the total arrived in full, so did its parts
    CHECK(proj.tranches[1].amount == wan("429.36"));
    CHECK(proj.tranches[2].amount == wan("18"));
    CHECK(proj.tranches[3].amount == wan("53.15"));
    CHECK(proj.tranches[3].arrived == wan("53.15"));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S006");  // both totals add up
}

// 昌宁县珠街彝族乡中心学校 2023 (昌宁县教育体育局's portal, 绩效自评报告, 2024-03-26): the reason for a low
// rate is the clause after it, in the paragraph on timeliness.
TEST_CASE("the clause after a low execution rate that says what was not done is the deviation") {
    parts p;
    p.arrival = "资金已全部到位。";
    p.use = "实际发放7.2万元，实际执行率为72%。";
    p.completion = "时效指标：实际执行率为72%，秋季学期补助未及时发放。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& e = r.doc.projects.at(0).execution;
    REQUIRE(e);
    CHECK(e->deviation == "秋季学期补助未及时发放");
    const auto linted = lint(report_book_text(p), "t.txt");
    for (const auto& f : linted.result.projects.at(0).findings) CHECK(f.rule != "JX-F005");

    parts q = p;  // all used: no deviation to read
    q.use = "实际发放10万元，实际执行率为100%。";
    q.completion = "时效指标：实际执行率为100%，未及时发放的情况已整改。";
    CHECK_FALSE(ingest_report_book(report_book_text(q), "t.txt").doc.projects.at(0).execution->deviation);
}

// A Chongqing district's disaster-relief funds (https://cqstl.gov.cn/bm/qnyncw_71113/zwgk_70831/
// fdzdgknr_70834/qtgknr/202304/t20230419_11893150.html): the management paragraph says the towns
// must pay the money out within a month — a rule, not a statement that it arrived.
TEST_CASE("到位 under a rule or an aim (必须…到位, 确保…到位) is no arrival; with 已 after it, it is") {
    for (const char* said : {"各镇街在收到资金1个月内必须兑付到位。", "确保资金及时足额到位。", "资金须于年底前拨付到位。"}) {
        CAPTURE(said);
        parts p;
        p.application = "共下达我区中央救灾资金555万元。";
        p.arrival = said;
        const project proj = read(p);
        REQUIRE(proj.tranches.size() == 1);
        CHECK(proj.tranches[0].amount == wan("555"));
        CHECK_FALSE(proj.tranches[0].arrived.has_value());
    }
    parts p;
    p.application = "共下达我区中央救灾资金555万元。";
    p.arrival = "为确保项目顺利实施，资金已全部到位。";
    const project proj = read(p);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].arrived == wan("555"));
}

// A provincial disaster-relief report (湖南, 2020; https://yjt.hunan.gov.cn/yjt/xxgk/czxx/202104/t20210415_16469344.html) whose document
// references lost their 〕 and 号, so each runs into its amount: 财建〔20202185000万元.
TEST_CASE("a number run into a document reference's 〔year is no amount; the totals beside it are read") {
    parts p;
    p.application = "2020年中央下达救灾资金76178万元，具体为：财建〔20202185000万元，财建〔202026310000万元。";
    p.arrival = "资金已全部到位。";
    p.use = "";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("76178"));
    std::size_t unreadable = 0;
    for (const auto& f : r.all_findings())
        if (f.rule == "JX-S005" && f.message.zh.find("文号") != std::string::npos) ++unreadable;
    CHECK(unreadable == 2);
    // The province's own share, named in a bracket of the breakdown, and the sum of both levels:
    // central 76178 and provincial 2000, their 合计 78178 no money of its own.
    p.arrival = "将中央救灾资金76178万元全部分配下达，具体为：湘财预〔20201275000万元，湘财预〔2020143 12000万元"
                "（含省级配套资金2000万元）。中央和省级合计分配下达资金78178万元。";
    const auto both = read(p);
    REQUIRE(both.tranches.size() == 2);
    CHECK(both.tranches[0].level == level::central);
    CHECK(both.tranches[0].amount == wan("76178"));
    CHECK(both.tranches[1].level == level::provincial);
    CHECK(both.tranches[1].amount == wan("2000"));
    // A reference closed as printed is no such number: 某财〔2022〕3号 stays a document.
    p.application = "根据某财〔2020〕218号，下达资金5000万元。";
    CHECK(read(p).tranches.at(0).amount == wan("5000"));
}

// A provincial forest-fire aviation report (云南, 2020; http://yjglt.yn.gov.cn/html/2021/ysgk_0421/25860.html): the year's
// budget, then what actually came under the arrival heading, and its arrival rate.
TEST_CASE("2020年预算…经费 is the year's budget; 实际下达 under the arrival heading is what came") {
    parts p;
    p.application = "财政部安排补助资金2513万元。";
    p.arrival = "2020年预算飞行经费共计7952万元，财政部实际下达资金2513万元，资金到位率为31%。";
    p.use = "实际执行2513万元，执行率100%。";
    const auto proj = read(p);
    REQUIRE(proj.budget);
    CHECK(proj.budget->adjusted == wan("7952"));
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("2513"));
    CHECK(proj.tranches[0].arrived == wan("2513"));
    CHECK(proj.execution->used == wan("2513"));
    // 实际预算下达 as well (随州 2017, http://www.suizhou.gov.cn/zwgk/xxgk/czzj/czyjs/bmjs/2017_6031/202001/t20200112_721729.shtml:
    // 预算金额54.41万元,实际预算下达54万).
    p.arrival = "该项目资金2020年预算金额7952万元,实际预算下达2513万。";
    CHECK(read(p).tranches.at(0).arrived == wan("2513"));
    // Outside the arrival heading, 实际下达 is an allocation.
    parts q;
    q.application = "财政部实际下达资金2513万元。";
    q.arrival = "资金到位率为100%。";
    const auto alloc = read(q);
    CHECK(alloc.tranches.at(0).amount == wan("2513"));
    // 下达我区 under the arrival heading: allocated to the unit itself, so come (a district's 危房改造 report,
    // http://m.6lm99.com/OpennessContent/show/3073299.html: 2023年共下达我区补助资金246.2万元 under 1、项目资金到位情况分析).
    parts r;
    r.application = "2023年共下达补助资金246.2万元。";
    r.arrival = "2023年共下达我区补助资金246.2万元。";
    CHECK(read(r).tranches.at(0).arrived == wan("246.2"));
    // Quiet: 下达 to others under that heading says nothing of what came here.
    r.arrival = "2023年共下达各乡镇补助资金246.2万元。";
    CHECK_FALSE(read(r).tranches.at(0).arrived);
}

// A town's 衔接资金 report (海南 儋州, https://www.pincai.com/article/3413228.htm): the money
// that came, then 具体到位情况如下 and a list by sub-project (cut off in the copy).
TEST_CASE("the lines after 具体…如下 break down money stated before; a line naming its level is that level's money") {
    parts p;
    p.application = "2022年我镇获得财政衔接资金共1077.56万元。";
    p.arrival = "2022年我镇项目资金共到位1077.56万元。项目资金具体到位情况如下：某休闲农庄建设项目到位资金629.5万元；";
    p.use = "";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("1077.56"));
    CHECK(proj.tranches[0].arrived == wan("1077.56"));
    bool noted = false;
    for (const auto& f : r.all_findings())
        noted = noted || (f.rule == "JX-S005" && f.message.zh.find("明细") != std::string::npos);
    CHECK(noted);
    // 具体为 followed by levels: the levels' money, as before.
    p.application = "下达资金共计100万元，具体为：中央资金60万元，省级资金40万元。";
    p.arrival = "资金已全部到位。";
    const auto levels = read(p);
    REQUIRE(levels.tranches.size() == 2);
    CHECK(levels.tranches[0].level == level::central);
    CHECK(levels.tranches[0].amount == wan("60"));
    CHECK(levels.tranches[1].level == level::provincial);
    CHECK(levels.tranches[1].amount == wan("40"));
    // No money before it: 具体如下 opens the list, whose lines are the money.
    p.application = "项目资金具体安排如下：下达资金30万元。";
    CHECK(read(p).tranches.at(0).amount == wan("30"));
}

// A 长泰区 lottery-fund report (https://bid.jszhaobiao.com/projectinfo-detail-314766026.html):
// the central total, a colon, and what each building project got, adding up to it.
TEST_CASE("a total, a colon and the amounts it was divided into: the parts are the tranches, at the total's level") {
    parts p;
    p.application = "中央专项彩票公益金项目资金440万元，项目资金已经分配下达到项目建设单位：甲项目资金140万元、"
                    "乙项目资金140万元、丙项目资金160万元。";
    p.use = "";
    const auto proj = read(p);
    REQUIRE(proj.tranches.size() == 3);
    for (const auto& t : proj.tranches) CHECK(t.level == level::central);
    CHECK(proj.tranches[2].amount == wan("160"));
    CHECK(allocated(proj) == wan("440"));
    // Labels before a colon are no list: 中央资金：60万元；省级资金：40万元 stay the levels' money.
    p.application = "中央资金：60万元；省级资金：40万元。";
    const auto labelled = read(p);
    REQUIRE(labelled.tranches.size() == 2);
    CHECK(labelled.tranches[0].level == level::central);
    CHECK(labelled.tranches[1].level == level::provincial);
}

// A 兵团 division's farm-machinery report (http://crossfitfinalpush.com/baogao/6594694.html): last year's 结余 named by its year
// first, a source of this year's money, not what was left this year.
TEST_CASE("2022年度…结余资金 in a 2023 book is money from an earlier year, not a surplus") {
    parts p;
    p.application = "预算数60万元，其中包括兵团补贴农机购置补贴资金60万元，2022年度农机购置补贴结余资金12.664万元。";
    p.use = "";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    bool prior = false;
    for (const auto& t : proj.tranches) prior = prior || (t.source == fund_source::prior_year && t.amount == wan("12.664"));
    CHECK(prior);
    CHECK((!proj.execution || !proj.execution->surplus));
}

// A county's old-age subsidy report (岐山县, http://www.qishan.gov.cn/col13539/col13578/col13579/col17075/202411/t20241111_881358.html): the province's share among the levels,
// then the two batches it came in, each in a sentence of its own.
TEST_CASE("a level's money, then the batches it came in: the batches are the tranches") {
    parts p;
    p.application = "各级财政共下达资金4186.49万元，其中省级配套1165.84万元、市级配套1132.8万元、县级配套1887.85万元。";
    p.arrival = "2023年3月14日下达省级第一批指标1080万元，已全部随月发放；2023年12月26日下达省级第二批资金指标85.84万元，未支付。";
    p.use = "";
    const auto proj = read(p);
    std::vector<std::string> provincial;
    for (const auto& t : proj.tranches)
        if (t.level == level::provincial) provincial.push_back(to_string(t.amount));
    CHECK(provincial == std::vector<std::string>{"10800000.00", "858400.00"});
    CHECK(allocated(proj) == wan("4186.49"));
    // Batches that do not add up to it leave the level's figure as it is.
    p.arrival = "2023年3月14日下达省级第一批指标1000万元；2023年12月26日下达省级第二批资金指标85.84万元。";
    std::size_t provincial_count = 0;
    for (const auto& t : read(p).tranches) provincial_count += t.level == level::provincial;
    CHECK(provincial_count == 3);
}

// A special-bond project (临沂, http://linyi.021cf.cn/index.php/post/186.html): the bonds' money is named by
// 债券 / 国债, not 资金, in a sentence outside the funds paragraphs.
TEST_CASE("专项债券 / 抗疫特别国债 outside the funds paragraphs are the project's money") {
    parts p;
    p.use = "资金按规定管理使用。";
    p.effect = "项目总投资3亿元,其中专项债券到账2000万元,抗疫特别国债到账400万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    // (After the 10万元 the book's application section allocates.)
    const auto& ts = r.doc.projects.at(0).tranches;
    REQUIRE(ts.size() == 3);
    CHECK(ts[1].amount == wan("2000"));
    CHECK(ts[1].arrived == wan("2000"));
    CHECK(ts[2].amount == wan("400"));
    CHECK(ts[2].arrived == wan("400"));
    // Without 债券, the same figures are narrative.
    parts q;
    q.use = "资金按规定管理使用。";
    q.effect = "项目总投资3亿元,其中一期到账2000万元,二期到账400万元。";
    CHECK(ingest_report_book(report_book_text(q), "t.txt").doc.projects.at(0).tranches.size() == 1);
}

// A city audit office's field-work money (上海, http://www.baogao8.com/p-126691.html): 节约, right after
// what was spent, is what the budget left unspent; 节余 is 结余 as some units write it.
TEST_CASE("节约 after the money spent is the surplus; 节余 is 结余; 节约成本 is an effect") {
    parts p;
    p.use = "实际支出8万元,节约2万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    REQUIRE(r.doc.projects.at(0).execution);
    CHECK(r.doc.projects.at(0).execution->used == wan("8"));
    CHECK(r.doc.projects.at(0).execution->surplus == wan("2"));
    parts q;
    q.use = "使用资金8万元,节余资金2万元。";
    const auto s = ingest_report_book(report_book_text(q), "t.txt");
    CHECK(s.doc.projects.at(0).execution->surplus == wan("2"));
    parts e;
    e.use = "使用资金10万元。";
    e.effect = "项目实施后为企业节约成本2万元。";
    const auto t = ingest_report_book(report_book_text(e), "t.txt");
    CHECK_FALSE(t.doc.projects.at(0).execution->surplus);
}

// A county Red Cross (沅江, http://yuanjiang.gov.cn/21144/21155/content_1444299.html): 红十字事业支出专项资金 names a fund by the budget's class of
// spending; 下达 it is allocated, not spent.
TEST_CASE("…事业支出专项资金 names a fund; its money allocated is not money spent") {
    parts p;
    p.application = "2020财政下达红十字事业支出专项资金28万元。";
    p.use = "资金按规定管理使用。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.tranches.size() == 1);
    CHECK(proj.tranches[0].amount == wan("28"));
    CHECK((!proj.execution || !proj.execution->used));
    parts q;
    q.use = "已支出专项资金8万元。";
    CHECK(ingest_report_book(report_book_text(q), "t.txt").doc.projects.at(0).execution->used == wan("8"));
}

// A village's farm project (西平县, http://xiping.gov.cn/portal/zwgk/gsgg/webinfo/2022/08/1661645417488589.htm):
// 项目目前未实施,资金未使用 — none of the money spent, a stated 0; part of it unused says nothing of the whole.
TEST_CASE("资金未使用 with no amount says nothing was spent; 部分资金未使用 does not") {
    parts p;
    p.use = "项目资金共10万元,项目目前未实施,资金未使用。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& proj = r.doc.projects.at(0);
    REQUIRE(proj.execution);
    REQUIRE(proj.execution->used);
    CHECK(proj.execution->used->is_zero());
    CHECK(proj.execution->x.json.find("says none of the money was spent") != std::string::npos);
    for (const char* some : {"项目资金共10万元,部分资金未使用。", "项目资金共10万元,资金未使用完。"}) {
        parts q;
        q.use = some;
        const auto s = ingest_report_book(report_book_text(q), "t.txt");
        const auto& e = s.doc.projects.at(0).execution;
        CHECK((!e || !e->used));
    }
}

// A city supply co-op's fund (六安, https://gxs.luan.gov.cn/public/6608491/8660521.html): 实际拨付114万元 in the paragraph on the
// outcome names money paid out by its verb, with no 资金 beside it.
TEST_CASE("实际拨付…万元 outside the funds paragraphs is money paid out") {
    parts p;
    p.use = "资金按规定管理使用。";
    p.effect = "两项合计20万元,其中一个项目完成进度滞后未于拨付,实际拨付14万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    REQUIRE(r.doc.projects.at(0).execution);
    CHECK(r.doc.projects.at(0).execution->used == wan("14"));
}

// A 双高计划 mid-term report printed in a book (https://www.daowen.com/book/content/242444001/5100286.html, 预算总资金18 189万元): a space
// between groups of three digits, read as one figure only where it ends at a unit of money.
TEST_CASE("18 189万元: digits grouped by spaces before a unit of money are one figure") {
    parts p;
    p.application = "区级财政下达资金1 010.5万元。";
    p.use = "使用资金1 010.5万元。";
    const auto proj = read(p);
    CHECK(to_string(allocated(proj)) == "10105000.00");
    REQUIRE(proj.execution);
    CHECK(fen(proj.execution->used) == "10105000.00");
    // Not before a unit: 表2 100 is a table's number and then another number.
    CHECK(allocated_by("区级财政下达资金10万元，见表2 100。") == "100000.00");
    // A group of two or four digits is no group.
    CHECK(allocated_by("区级财政下达资金10万元，惠及2 10万人。") == "100000.00");
}

// A region's report on a central transfer (广西 2022, http://wlt.gxzf.gov.cn/zfxxgk/fdzdgknr/shgysyjsxx/ggfwjshsy/t17621165.shtml): the
// central money allocated, then, under （二）省内资金安排、分解下达…, the same money passed on to the
// cities and counties and kept at the region's level — named by its levels, and still no new money.
TEST_CASE("under a heading that divides money, parts naming their levels that add up to it are the same money") {
    const std::string head =
        "某补助资金2022年度绩效自评报告\n一、绩效目标分解下达情况\n（一）某补助资金转移支付预算和绩效目标情况。\n"
        "2022年，财政部合计下达我区中央补助资金53106万元。\n（二）省内资金安排、分解下达预算和绩效目标情况。\n";
    for (const std::string line : {"自治区财政厅下达各市县中央补助资金39565.55万元，安排自治区本级有关部门预算资金13540.45万元。",
                                   "自治区财政厅下达各市县中央补助资金39565.55万元（不含涉密资金），安排自治区本级13540.45万元。"}) {
        CAPTURE(line);
        const auto r = ingest_report_book(head + line + "\n", "t.txt");
        const auto& p = r.doc.projects.at(0);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].level == level::central);
        CHECK(to_string(p.tranches[0].amount) == "531060000.00");
    }
    // Parts that do not add up to it are not taken for it.
    const auto r = ingest_report_book(head + "自治区财政厅安排自治区本级预算资金100万元。\n", "t.txt");
    CHECK(to_string(allocated(r.doc.projects.at(0))) == "532060000.00");
}

// A league's report on a pension subsidy (锡林郭勒盟 2022, https://rsj.xlgl.gov.cn/rsj/zwgk/zfxxgk/fdzdgknr/tjxx/2023061414213527102/index.shtml):
// the money under a run-in heading （一）…各级财政预算安排情况、分解下达预算情况。, its last source
// explained in a bracket that names carried-over money, and an arrival that was late, across the
// year, and asked to come earlier — none of which says how much came.
TEST_CASE("预算安排情况 heading run into its text; (包括结转结余资金…) names a source; late arrival is no arrival figure") {
    const std::string text =
        "某盟某补助资金2022年度绩效自评报告\n一、绩效目标分解下达情况\n"
        "（一）某补助资金各级财政预算安排情况、分解下达预算情况。2022年某补助经费预算数30075万元，其中：中央补助资金11375万元，"
        "自治区财政补助资金3953万元，盟市财政补助资金3261万元，旗县级财政资金10935万元，其他资金（包括结转结余资金、利息收入）551万元。\n"
        "二、绩效情况分析\n（一）资金投入情况分析。2022年某资金执行总量29675万元，预算执行率为98.67%。\n"
        "（二）资金管理情况分析。因中央财政补贴资金第二批指标下发较晚，导致资金未能及时到位，形成跨年到位现象，建议中央财政补贴资金提前到位。\n";
    const auto r = ingest_report_book(text, "t.txt");
    const auto& p = r.doc.projects.at(0);
    CHECK(to_string(allocated(p)) == "300750000.00");
    REQUIRE(p.tranches.size() == 5);
    CHECK(to_string(p.tranches[4].amount) == "5510000.00");
    for (const auto& t : p.tranches) CHECK_FALSE(t.arrived);
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "296750000.00");
    for (const auto& f : r.findings) CHECK(f.rule != "JX-S006");
    // Money that did not come is still read as such.
    const auto missing = ingest_report_book(text + "（三）其他情况。中央补助资金尚未到位。\n", "t.txt");
    CHECK(fen(missing.doc.projects.at(0).tranches.at(0).arrived) == "0.00");
}

// A province's report on a central fund (云南 2023, https://mentorsc.com/news/78791/NOTICE/2): how the 230万 was shared
// out, two schools at 65万 each and two at 50万 each — what each gets, not sums of their own.
TEST_CASE("各分配65万元: an amount for each of several named is no money of its own") {
    CHECK(allocated_by("中央共下达资金230万元，其中甲大学、乙学院各分配65万元，丙大学、丁大学各分配50万元。") == "2300000.00");
    CHECK(allocated_by("中央共下达资金230万元，其中甲大学分配65万元。") == "2300000.00");
    // 各级 names the levels, not each of them: 各级财政安排资金 is money.
    CHECK(allocated_by("各级财政安排资金10万元。") == "100000.00");
}

// A school's report (重庆 大足区 2021, https://www.dazu.gov.cn/qzfbm/qjw/zwgk_53321/zfxxgkml/jxgl/202204/t20220415_10623673.html): its funds listed as 结转-渝财教[2020]75号… and
// 渝财教[2020]209号…, the carried-over one named by its document — a source, not what became of the money.
TEST_CASE("结转- before a document names carried-over money, not money carried forward") {
    parts p;
    p.application = "我校共2个项目，结转-某财教[2020]75号-校舍维修、某财教[2020]209号-校舍维修，区级财政下达资金10万元。";
    p.use = "实际支出10万元。";
    auto proj = read(p);
    REQUIRE(proj.execution);
    CHECK(fen(proj.execution->used) == "100000.00");
    CHECK(fen(proj.execution->carried_forward) == "-");
    p.use = "实际支出8万元，其余结转下年使用。";
    proj = read(p);
    CHECK(fen(proj.execution->carried_forward) == "20000.00");
}

// A city's rural-revitalisation fund (海林市 2024, http://xatcxxkj.com/mdjhlsrmzf/fupinzijinwentizhenggai/202503/c03_996233.shtml): its indicator of the county's own
// money compares two years in the same words — last year's is no money of this year.
TEST_CASE("last year's figure set beside this year's in the same words is a comparison") {
    const auto r = ingest_report_book(
        "某市2024年度财政衔接推进乡村振兴补助资金绩效自评报告\n一、绩效目标分解下达情况\n2024年度安排衔接资金2110万元。\n"
        "二、绩效情况分析\n（一）资金投入情况分析\n2023年度县本级预算安排的衔接资金为64万元，2024年度县本级预算安排的衔接资金为76万元，指标评价得分7分。\n",
        "t.txt");
    const auto& p = r.doc.projects.at(0);
    for (const auto& t : p.tranches) CHECK(t.amount != money::parse("64万"));
    for (const auto& t : p.tranches) CHECK(t.source != fund_source::prior_year);
    // Money of last year that is not set beside this year's in the same words is still read.
    const auto carried = ingest_report_book(
        "某市2024年度财政衔接推进乡村振兴补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
        "2023年度下达的衔接资金为64万元，2024年度安排衔接资金为2110万元。\n", "t.txt");
    CHECK(to_string(allocated(carried.doc.projects.at(0))) == "21740000.00");
}

// A city's special-town programme (扬州 2019, http://fgw.yangzhou.gov.cn/fzggw/tzgg/202005/b77b965236064d05bea156907f9da387.shtml): its goals name the money put in,
// rates to reach (投入目标:…到位率100%) and the investment to be completed — targets, not results.
TEST_CASE("rates after 目标: are targets; 完成固定资产投资 is no money of the project") {
    parts p;
    p.application = "市财政投入资金2000万元。";
    p.goal = "投入目标：市级财政投入金额2000万元，财政资金到位率100%，财政资金使用率100%。产出目标：年度完成固定资产投资20亿元以上。";
    p.use = "资金按进度拨付。";
    p.arrival = "按计划拨付。";
    const auto proj = read(p);
    CHECK(to_string(allocated(proj)) == "20000000.00");
    const bool rate_read = proj.execution && proj.execution->reported_rate;
    CHECK_FALSE(rate_read);
    CHECK_FALSE(proj.tranches.at(0).arrived);  // 到位率100% aimed at is not money that came
    const auto mof = ingest_report_book(
        "某市2019年度特色小镇建设项目绩效自评报告\n一、项目基本情况\n2019年12月，市财政投入资金2000万元。\n"
        "2、项目年度预算绩效目标。其中，投入目标：市级财政投入金额2000万元，财政资金到位率100%，财政资金使用率100%。\n",
        "t.txt");
    CHECK_FALSE(mof.doc.projects.at(0).tranches.at(0).arrived);
    const bool mof_rate = mof.doc.projects[0].execution && mof.doc.projects[0].execution->reported_rate;
    CHECK_FALSE(mof_rate);
    // Investment completed, beside the money paid out, is what the money brought about.
    p.use = "资金按进度拨付，年度完成固定资产投资20亿元以上。";
    const auto invested = read(p);
    const bool used_read = invested.execution && invested.execution->used;
    CHECK_FALSE(used_read);
    // The same rate stated as what happened is read.
    p.use = "财政资金使用率100%。";
    const auto stated = read(p);
    REQUIRE(stated.execution);
    CHECK(stated.execution->reported_rate->text == "100%");
}

// A district's flood-relief fund (宣州区 2022, https://thebolducs.com/OpennessContent/show/2721779.html): the money allocated right under
// 一、绩效目标分解下达情况 with no （一） between; later 其中于80万元…分配如下 after the sentence of
// what was spent, a part of the 180万, not more money. (巴彦淖尔 2023, http://mzj.bynr.gov.cn/tzgg/202406/t20240621_598094.html:
// 救助资金发放及时到位 is money paid out to people, not money arriving.)
TEST_CASE("text right under 一、绩效目标分解下达情况 is the allocation; a 其中 part after spending is no new money") {
    const std::string head = "某区应急管理局2022年中央自然灾害救灾资金绩效自评报告\n一、绩效目标分解下达情况\n"
                             "根据《某厅关于下达2022年中央自然灾害救灾资金的通知》（某财〔2022〕792号）文件规定补助金额为180万元。";
    const auto r = ingest_report_book(
        head + "\n二、绩效情况分析\n（一）资金投入情况分析。\n截止2022年12月31日，此专项经费预算数180万元，全年执行数180万元，实际执行率100%。"
               "其中于80万元洪涝灾害资金于12月9日分配如下：甲镇8万、乙镇72万，并完成支付。\n",
        "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(to_string(p.tranches[0].amount) == "1800000.00");
    CHECK(p.tranches[0].document == "某财〔2022〕792号");
    CHECK(fen(p.execution.value().used) == "1800000.00");
    const auto paid_out = ingest_report_book(head + "救助资金发放及时到位。\n", "t.txt");
    CHECK_FALSE(paid_out.doc.projects.at(0).tranches.at(0).arrived);
    // (舒城县 2024, https://www.shucheng.gov.cn/public/6596321/37942181.html: 预算基本执行到位 says the
    // budget was spent, not that money came; 资金全部到位 still does.)
    const auto executed = ingest_report_book(head + "预算基本执行到位。\n", "t.txt");
    CHECK_FALSE(executed.doc.projects.at(0).tranches.at(0).arrived);
    // (临夏市 2023, https://www.lxs.gov.cn/lxs/zwgk/zjdbmxx/bm/lxstyjrswj/fdzdgknr/BMWJ/art/2024/art_43bc4b615e824c3c9fd65da527c1d0a9.html:
    // 护理费资金落实到位 says the work was done.)
    const auto done = ingest_report_book(head + "保质保量完成残疾军人护理费资金落实到位。\n", "t.txt");
    CHECK_FALSE(done.doc.projects.at(0).tranches.at(0).arrived);
    const auto came = ingest_report_book(head + "资金全部到位。\n", "t.txt");
    CHECK(fen(came.doc.projects.at(0).tranches.at(0).arrived) == "1800000.00");
}

// A county's forest-fire fund (2018, https://renrendoc.com/paper/215828959.html): 累计支出 then what the money went to, item by
// item after commas — items of the spending, summed, not one figure printed three times (JX-S007).
TEST_CASE("支出 then items named before their amounts, after commas, are itemised use") {
    parts p;
    p.application = "区级财政下达资金48万元。";
    p.use = "累计支出防火物资采购9.50万元，森林防火宣传资料印刷费用7.75万元，扑火队员开支30.75万元。";
    const auto proj = read(p);
    REQUIRE(proj.execution);
    CHECK(proj.execution->items.size() == 3);
    CHECK(fen(proj.execution->used) == "480000.00");
    // 支出资金 names no item: that is the money spent, and what follows is said of it.
    p.use = "累计支出资金40万元，结余8万元。";
    const auto whole = read(p);
    CHECK(fen(whole.execution->used) == "400000.00");
    CHECK(fen(whole.execution->surplus) == "80000.00");
}

// A city's science fund (安顺 2020, http://kjj.anshun.gov.cn/zwgk/zfxxgk/xxgkml/czxx/bmczjsjsgjf/202111/t20211126_71807981.html): an item of the spending followed by an aside
// in brackets about another sum, 〈结余15万元已上缴财政〉 — the item is no surplus; the sum inside is.
TEST_CASE("words in a bracket after an amount that holds an amount of its own are that amount's") {
    parts p;
    p.application = "区级财政下达资金65万元。";
    for (const std::string aside : {"〈结余15万元已上缴财政〉", "（结余15万元已上缴财政）"}) {
        CAPTURE(aside);
        p.use = "已使用50万元(其中,甲经费使用20万元,乙经费5万元" + aside + "、丙经费25万元)。";
        const auto proj = read(p);
        REQUIRE(proj.execution);
        CHECK(fen(proj.execution->used) == "500000.00");
        CHECK(fen(proj.execution->surplus) == "150000.00");
        CHECK(proj.execution->items.size() == 3);
    }
    // A bracket with no amount inside speaks of the amount before it.
    p.use = "使用资金50万元，结余资金15万元（已上缴财政）。";
    CHECK(fen(read(p).execution->surplus) == "150000.00");
    // The clause after the 结余 speaks of it: no second figure is made of what is left, which is nothing
    // (before, a recovered 0.00 was read from the remainder).
    p.use = "使用资金50万元，结余资金15万元，已全部上缴县财政。";
    const auto after = read(p).execution;
    CHECK(fen(after->surplus) == "150000.00");
    CHECK_FALSE(after->recovered);
    // A clause on money paid back when nothing is left names no figure either.
    p.use = "使用资金65万元，剩余资金已上缴财政。";
    CHECK_FALSE(read(p).execution->recovered);
}

// The 自评表's 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 lines copied into a sentence, with and
// without 其中 (a 镇村扶贫酒厂 report on a document-sharing site, http://wdocx.com/info/1/89704.html:
// 年度资金40.83万元,本年度财政拨款40.83万元). The year's money is counted once, the carry-over in it as the
// prior year's.
TEST_CASE("年度资金总额 and its 当年财政拨款 / 上年结转资金 lines are one total and its parts, counted once") {
    const auto tranches = [](const std::string& application) {
        parts p;
        p.application = application;
        std::string out;
        for (const auto& t : read(p).tranches)
            out += (out.empty() ? "" : " ") + to_string(t.amount) + (t.source == fund_source::prior_year ? "(上年)" : "");
        return out;
    };
    CHECK(tranches("年度资金40.83万元,本年度财政拨款40.83万元。") == "408300.00");
    CHECK(tranches("年度资金40.83万元,其中本年度财政拨款40.83万元。") == "408300.00");
    CHECK(tranches("年度资金总额50万元,其中当年财政拨款40万元,上年结转资金10万元。") == "400000.00 100000.00(上年)");
    CHECK(tranches("年度资金总额50万元,当年财政拨款40万元,上年结转资金10万元。") == "400000.00 100000.00(上年)");
    CHECK(tranches("年度资金总额50万元,其中:当年财政拨款40万元,上年结转资金10万元,其他资金0万元。") ==
          "400000.00 100000.00(上年) 0.00");
    // Two batches of the same size are two tranches still.
    CHECK(tranches("下达第一批资金10万元,第二批资金10万元。") == "100000.00 100000.00");
}

// The same report (http://wdocx.com/info/1/89704.html): what the money built and bought, clause by
// clause, then 共计 — items of what was spent, not money allocated beside the year's 40.83万元.
TEST_CASE("clauses that each name what the money bought, then 共计, are items of what was spent") {
    parts p;
    p.application = "年度资金40.83万元。建厂房、酒窖及基础设施建设12.08万元;购买变压器一套18.8万元;购置电锅炉一台6.75万元;"
                    "增设发酵池十二个3.2万元;共计40.83万元。";
    p.use = "项目已完工。";
    const auto q = read(p);
    CHECK(to_string(allocated(q)) == "408300.00");
    REQUIRE(q.execution);
    CHECK(fen(q.execution->used) == "408300.00");
    REQUIRE(q.execution->items.size() == 4);
    CHECK(q.execution->items[1].purpose == "购买变压器一套");
    CHECK(to_string(q.execution->items[3].amount) == "32000.00");
    // One such clause is no list of items.
    p.application = "下达资金30万元,新建村道10万元。";
    const auto one = read(p);
    CHECK(!(one.execution && !one.execution->items.empty()));
}

// A district library's report (https://renrendoc.com/paper/181396115.html, 2017): its spending only
// as two uses, each named before its own 支出 and parted by 、 — items adding up to what was used, not
// one figure told twice (JX-S007).
TEST_CASE("spending listed by purpose, each with its own 支出, is items whose sum is what was used") {
    parts p;
    p.application = "预算经费3万元,用于图书采集、报刊订阅。";
    p.use = "2023年图书采购支出2 万元、报刊支出1 万元,做到资金使用合法合规。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& q = r.doc.projects.at(0);
    REQUIRE(q.execution);
    CHECK(fen(q.execution->used) == "30000.00");
    REQUIRE(q.execution->items.size() == 2);
    CHECK(to_string(q.execution->items[1].amount) == "10000.00");
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S007");
    // Levels' spending and 项目支出 are no purposes: one used figure, told again, stays one.
    p.use = "项目支出2万元、省级资金支出2万元。";
    const auto levels = read(p);
    CHECK(levels.execution.value().items.empty());
}

// A county's lottery-fund announcement (https://m.bidcenter.com.cn/newsrili-1-293060102.html): the
// year's income, 其中 the part carried over from last year. The rest, not printed, is this year's.
TEST_CASE("a total whose one part is last year's carry-over: the carry-over and the rest, this year's money") {
    parts p;
    p.application = "本年总收入44.47万元,其中上年结转36.97万元。";
    const auto q = read(p);
    REQUIRE(q.tranches.size() == 2);
    CHECK(to_string(q.tranches[0].amount) == "75000.00");
    CHECK(q.tranches[0].source == fund_source::current_year);
    CHECK(to_string(q.tranches[1].amount) == "369700.00");
    CHECK(q.tranches[1].source == fund_source::prior_year);
    CHECK(to_string(allocated(q)) == "444700.00");
    // A part named for what it is for stays no money of its own.
    p.application = "下达资金30万元,其中档案数字化10万元。";
    CHECK(to_string(allocated(read(p))) == "300000.00");
}

// A farm-machinery subsidy report (mirrored in traditional characters,
// http://www.fogua.cn/public/6596321/37874090.html): 全年预算数2089元 where every other line says
// 2089万元 — 万 dropped. Not read as 2089元 (a budget 10 000 times too small, then JX-F002/F011
// against it), not silently read as 万元 either: left to the reviewer (JX-S005).
TEST_CASE("an amount in 元 whose number the project prints elsewhere in 万元 is a likely misprint, not read") {
    parts p;
    p.application = "项目预算资金合计2089万元。";
    p.use = "项目资金全年预算数2089元,全年执行数2089万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    const auto& q = r.doc.projects.at(0);
    CHECK(q.budget.value().adjusted == wan("2089"));  // from 预算资金合计2089万元, not 2089元
    CHECK(fen(q.execution.value().used) == "20890000.00");
    bool noted = false;
    for (const auto& f : r.all_findings())
        if (f.rule == "JX-S005" && f.message.zh.find("2089万元") != std::string::npos) noted = true;
    CHECK(noted);
    // 2089元 with no 2089万元 anywhere is 2089元.
    p.application = "项目预算资金合计3000元。";
    p.use = "项目资金全年预算数2089元,全年执行数2089元。";
    CHECK(read(p).budget.value().adjusted == money::parse("2089"));
}

// A district's drought-relief transfer (http://m.6lm99.com/OpennessContent/show/2721777.html):
// 70万分配方案如下:对周王、新田…共十个乡镇分别补助7万元 — what each township got, a share of the 70万
// stated as a whole, not 7万 of new money.
TEST_CASE("an amount after 分别 that each of several got is a share of the whole, not money of its own") {
    parts p;
    p.application = "下达资金70万元。研究70万元分配方案如下:对甲、乙、丙、丁、戊、己、庚、辛、壬、癸共十个乡镇分别补助7万元。";
    CHECK(to_string(allocated(read(p))) == "700000.00");
    // 分别为 and amounts side by side list each its own money.
    p.application = "甲经费和乙经费分别为3万元和10万元。";
    CHECK(to_string(allocated(read(p))) == "130000.00");
    p.application = "分别下达甲资金10万元、乙资金20万元。";
    CHECK(to_string(allocated(read(p))) == "300000.00");
}

// A tourism fund's toilet project (攀枝花 2019, http://wglj.panzhihua.gov.cn/zwgk/zdlyxxgk/czxx/1597850.shtml):
// under the use heading, the money and then what it is for (…基金50万元,用于支付修建…厕所) says nothing of
// what was spent; a bare amount under that heading still is the spending.
TEST_CASE("under the use heading, an amount followed by 用于 is the money and its purpose, not spending") {
    parts p;
    p.application = "省厅下达旅游发展基金50万元。";
    p.use = "2019年旅游发展基金50万元，用于支付修建景区旅游厕所。";
    const auto purpose = read(p);
    CHECK(fen(purpose.execution ? purpose.execution->used : std::nullopt) == "-");
    CHECK(to_string(allocated(purpose)) == "500000.00");
    p.use = "2019年旅游发展基金50万元。";
    const auto spent = read(p);
    REQUIRE(spent.execution);
    CHECK(fen(spent.execution->used) == "500000.00");
}

// A school's spending and, in the next sentence, its parts by kind (呈贡 2023,
// http://www.kmcg.gov.cn/c/2024-09-26/6908586.shtml): 其中 parts that add up to the spending are its items;
// parts that leave some of it out are not set against it (JX-F008).
TEST_CASE("a sentence opened by 其中 whose amounts add up to the spending before it lists its items") {
    parts p;
    p.application = "2023年学校共收到财政资金5751.18万元。";
    p.use = "2023年当期发生支出5691.64万元。其中,基本支出为5016.74万元,用于发放教师工资;项目支出为674.90万元。";
    const auto whole = read(p);
    REQUIRE(whole.execution);
    CHECK(fen(whole.execution->used) == "56916400.00");
    REQUIRE(whole.execution->items.size() == 2);
    CHECK(to_string(whole.execution->items[0].amount) == "50167400.00");
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    for (const auto& f : evaluate(r.doc).all_findings()) CHECK(f.rule != "JX-F008");
    p.use = "2023年当期发生支出5691.64万元。其中,基本支出为5016.74万元,用于发放教师工资;项目支出为600万元。";
    const auto some = read(p);
    REQUIRE(some.execution);
    CHECK(fen(some.execution->used) == "56916400.00");
    CHECK(some.execution->items.empty());  // left to a reviewer (JX-S005)
}

// A county's half-year note on its machinery subsidies (镇平县 2021, http://www.sztkdl.cn/2023/04-03/204317.html): the subsidies completed so far
// (共完成农机购置补贴资金563.878万元) are what was spent; an output completed (累计完成产值) is no money of the project.
TEST_CASE("共完成 / 已完成 / 累计完成 money is spent; completed output is not") {
    parts p;
    p.application = "2021年下达农机购置补贴资金1135万元。";
    p.use = "截止目前共完成农机购置补贴资金563.878万元。";
    const auto done = read(p);
    REQUIRE(done.execution);
    CHECK(fen(done.execution->used) == "5638780.00");
    CHECK(to_string(allocated(done)) == "11350000.00");
    p.use = "项目累计完成产值5000万元。";
    const auto output = read(p);
    CHECK(fen(output.execution ? output.execution->used : std::nullopt) == "-");
    CHECK(to_string(allocated(output)) == "11350000.00");
    // The subsidies checked (核实) on the way to paying them are no allocation; 使用比例 is the rate of use.
    p.use = "截止目前共完成农机购置补贴资金563.878万元,中央补贴使用比例49.7%。核实补贴资金563.848万元,资金兑付276.398万元。";
    const auto checked = read(p);
    CHECK(to_string(allocated(checked)) == "11350000.00");
    REQUIRE(checked.execution);
    REQUIRE(checked.execution->reported_rate);
    CHECK(checked.execution->reported_rate->text == "49.7%");
}

// A county's road safety works (牟定县 2020, http://mdx.gov.cn/info/1262/17963.htm): under the funds heading,
// 实际完成投资 after the money allocated is what the works took of it; 计划完成投资 is a goal, and outside the
// funds paragraphs the investment completed stays narrative.
TEST_CASE("实际完成投资 / 累计完成投资额 under the funds heading is money spent; 计划完成投资 is not") {
    parts p;
    p.application = "该项目下达资金56万元。";
    for (const std::string done : {"实际完成投资54.6万元。", "累计完成投资额54.6万元。"}) {
        CAPTURE(done);
        p.use = done;
        const auto r = read(p);
        REQUIRE(r.execution);
        CHECK(fen(r.execution->used) == "546000.00");
    }
    p.use = "资金已使用。";
    p.application = "该项目下达资金56万元，计划完成投资54.6万元。";
    const auto planned = read(p);
    CHECK(fen(planned.execution ? planned.execution->used : std::nullopt) == "-");
    p.application = "该项目下达资金56万元。";
    p.completion = "项目实际完成投资54.6万元。";
    const auto told = read(p);
    CHECK(fen(told.execution ? told.execution->used : std::nullopt) == "-");
}

// A county's fishery enforcement money (南县 2021, https://doc.chddh.cn/archives/x687rvl9wne4qo4jd93q.html, a PDF
// copied as one line): under 专项资金的使用, what it paid for and their 共计.
TEST_CASE("under a heading on the money's use, amounts adding up to the 共计 after them are items of what was spent") {
    const std::string head = "某县2021年渔政执法经费绩效评价报告\n一、专项基本情况\n(一)项目概况\n渔政执法经费共计4.8万元。\n";
    const auto heading = ingest_report_book(head + "(二)专项资金的使用\n公务船艇维修35800元,渔政执法办公经费12200元,共计48000元。\n", "t.txt");
    REQUIRE(heading.doc.projects.size() == 1);
    const auto& p = heading.doc.projects[0];
    CHECK(to_string(allocated(p)) == "48000.00");
    REQUIRE(p.execution);
    CHECK(fen(p.execution->used) == "48000.00");
    REQUIRE(p.execution->items.size() == 2);
    CHECK(to_string(p.execution->items[0].amount) == "35800.00");
    CHECK(to_string(p.execution->items[1].amount) == "12200.00");
    // The heading run into its paragraph, as a PDF's one line prints it.
    const auto run_in = ingest_report_book(head + "(二)专项实施情况\n3、专项资金的使用。公务船艇维修35800元,渔政执法办公经费12200元,共计48000元;\n", "t.txt");
    REQUIRE(run_in.doc.projects.at(0).execution);
    CHECK(fen(run_in.doc.projects[0].execution->used) == "48000.00");
    CHECK(run_in.doc.projects[0].execution->items.size() == 2);
    // Amounts that do not add up to the 共计, or under another heading, are not what was spent.
    const auto short_of = ingest_report_book(head + "(二)专项资金的使用\n公务船艇维修35800元,渔政执法办公经费10000元,共计48000元。\n", "t.txt");
    const auto& s = short_of.doc.projects.at(0);
    CHECK(fen(s.execution ? s.execution->used : std::nullopt) == "-");
    const auto other = ingest_report_book(head + "(二)项目实施情况\n公务船艇维修35800元,渔政执法办公经费12200元,共计48000元。\n", "t.txt");
    const auto& o = other.doc.projects.at(0);
    CHECK(fen(o.execution ? o.execution->used : std::nullopt) == "-");
}

// The same county's report (https://doc.chddh.cn/archives/x687rvl9wne4qo4jd93q.html): the group that
// 保障了资金及时到位 — a duty of those who manage the money — says nothing of how much came; 资金已全部到位 does.
TEST_CASE("保障了资金及时到位 / 保证…到位 is how money is managed, not an arrival") {
    const std::string head = "某县2021年渔政执法经费绩效评价报告\n一、专项基本情况\n(一)项目概况\n渔政执法经费共计4.8万元。\n(二)专项实施情况\n";
    const auto duty = ingest_report_book(head + "县财政局和农业农村局成立了领导小组,保障了资金及时到位,强化了资金监督与核算。\n", "t.txt");
    CHECK_FALSE(duty.doc.projects.at(0).tranches.at(0).arrived);
    const auto vow = ingest_report_book(head + "保证资金按时到位。\n", "t.txt");
    CHECK_FALSE(vow.doc.projects.at(0).tranches.at(0).arrived);
    const auto came = ingest_report_book(head + "资金已全部到位。\n", "t.txt");
    CHECK(fen(came.doc.projects.at(0).tranches.at(0).arrived) == "48000.00");
}

// A county's notice on its 直达资金 (陇县 2023, http://longxian.gov.cn/art/2023/12/31/art_16762_1796625.html): the
// total and its spending first, then under 三、政策效果 the parts of it arranged for each purpose
// (安排直达资金11948万元作为…, 安排…7406.56万元,主要用于…) — uses of the total, not money of their own.
TEST_CASE("after a stated total, money arranged for a purpose in the text that follows is a use of it") {
    const auto read_loose = [](const std::string& text) {
        const auto r = ingest_report_book(text, "zhida.txt");
        REQUIRE(r.doc.projects.size() == 1);
        return r.doc.projects[0];
    };
    const std::string total = "某县直达资金2023年度执行情况\n一、执行情况\n"
                              "2023年上级下达我县直达资金共计5000万元,已完成支出4600万元,支出进度92%。\n三、政策效果\n";
    const auto p = read_loose(total + "安排直达资金1200万元作为县级财力保障转移支付预算,优先用于“三保”支出。\n"
                                      "安排直达资金800万元,主要用于校舍安全保障。\n");
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("5000"));
    REQUIRE(p.execution);
    CHECK(p.execution->reported_rate.value().text == "92%");
    // Without a total before it (下达…资金 without 共计), money arranged for a purpose is money of its own.
    const auto siblings = read_loose("某县直达资金2023年度执行情况\n一、执行情况\n2023年上级下达我县直达资金5000万元。\n三、政策效果\n"
                                     "安排直达资金1200万元作为县级财力保障转移支付预算。\n");
    CHECK(allocated(siblings) == wan("6200"));
}

// A county's quarterly notice on its 直达资金 (忠县 2022, http://wap2hd.com/zwgk_156/zfxxgkml/czzjzdjc/qkzj/202304/t20230412_11869682.html):
// 支付进度 is the rate of paying the money out, as 支出进度 is.
TEST_CASE("支付进度 is the execution rate") {
    parts p;
    p.use = "已支付38万元,支付进度为38%。";
    const auto project = read(p);
    REQUIRE(project.execution);
    REQUIRE(project.execution->reported_rate);
    CHECK(project.execution->reported_rate->text == "38%");
}

// A city's air-quality compensation fund (临沂 2018, http://linyi.gov.cn/info/7846/284851.htm): the money paid out
// at the year's end, then again at a later date (截至2018年底…; 截至2019年8月底…) — the figure at two dates,
// not one figure printed with two values (JX-S007).
TEST_CASE("a figure stated at two cut-off dates is an update, not a figure told twice") {
    const auto s007 = [](const parts& p) {
        const auto r = ingest_report_book(report_book_text(p), "t.txt");
        REQUIRE(r.doc.projects.size() == 1);
        REQUIRE(r.doc.projects[0].execution);
        CHECK(r.doc.projects[0].execution->used == wan("8"));  // the first stated stays
        const auto all = r.all_findings();
        return count_rule(all, "JX-S007");
    };
    parts p;
    p.use = "截至2023年底,已支付资金8万元,资金使用率80%;截至2024年3月底,已支付资金9万元,资金使用率90%。";
    CHECK(s007(p) == 0);
    // Without dates, or at one date twice, the two values are one figure told twice.
    p.use = "已支付资金8万元。已支付资金9万元。";
    CHECK(s007(p) == 1);
    p.use = "截至2023年底,已支付资金8万元。截至2023年底,已支付资金9万元。";
    CHECK(s007(p) == 1);
}

// A city's railway-station works (保山 2021, https://baoshan.gov.cn/info/7819/3701264.htm): the money paid in
// two payments on different days, one sentence (9月1日拨…160万元,9月7日拨100万元) — added up, not one figure
// told twice.
TEST_CASE("payments one sentence states on different days are added up") {
    parts p;
    p.application = "市财政下达资金3万元。";
    p.use = "某局2023年9月1日拨某公司1.6万元,9月7日拨1万元。";
    const auto r = ingest_report_book(report_book_text(p), "t.txt");
    REQUIRE(r.doc.projects.size() == 1);
    REQUIRE(r.doc.projects[0].execution);
    CHECK(r.doc.projects[0].execution->used == wan("2.6"));
    CHECK(r.doc.projects[0].execution->x.json.find("on different days") != std::string::npos);
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S007");
    // One day twice is one payment told twice.
    p.use = "某局2023年9月1日拨某公司1.6万元,9月1日拨1万元。";
    const auto same_day = ingest_report_book(report_book_text(p), "t.txt");
    CHECK(same_day.doc.projects.at(0).execution.value().used == wan("1.6"));
}

// A county's sports-lottery notice (平昌 2017, https://jxsyczj.com/3gjxsyczjcom/content/detail/5b73a66aeca73ad213caeb1a.htm):
// the money allocated and, in its sentence, what it is for (…共计65万元,…分别用于…); what was spent is
// stated apart. The purposes are no itemisation of the spending, nor weighed against it (JX-F008).
TEST_CASE("purposes listed with the money allocated are not the items of a different spending") {
    const auto read_all = [](const parts& p) { return ingest_report_book(report_book_text(p), "t.txt"); };
    const auto f008 = [](const auto& r) {
        const auto all = evaluate(r.doc).all_findings();
        return count_rule(all, "JX-F008");
    };
    parts p;
    p.application = "区级财政下达资金10万元,用于甲村场地建设经费6万元、乙村球场建设经费4万元。";
    p.use = "使用资金2万元。";
    const auto spent_apart = read_all(p);
    const auto& e = spent_apart.doc.projects.at(0).execution.value();
    CHECK(e.used == wan("2"));
    CHECK(e.items.empty());
    CHECK(e.x.json.find("say what it is for") != std::string::npos);
    CHECK(f008(spent_apart) == 0);
    // When they add up to what was spent, they are its items too.
    p.use = "使用资金10万元。";
    const auto all_spent = read_all(p);
    CHECK(all_spent.doc.projects.at(0).execution.value().items.size() == 2);
    CHECK(f008(all_spent) == 0);
}

// A town school's account (宜章县 2017, https://m.777doc.com/doc-4659561.html): the money spent and its items
// (其中:房屋建筑物支出66.2万元…、大型修缮44.3万元(其中:…;承启小) — the copy breaks off inside the list, so the
// items read are only part of it and are not weighed against the spending (JX-F008).
TEST_CASE("a list of items the text breaks off in is incomplete, not weighed against what was spent") {
    const auto read_all = [](const std::string& tail) {
        return ingest_report_book("某镇学校2017年度专项资金绩效自评报告\n一、基本情况\n区级财政下达资金15万元。\n"
                                  "我单位2017年项目支出决算为15万元,其中:房屋建筑物支出6.62万元、办公设备购置0.19万元、大型修缮" + tail,
                                  "t.txt");
    };
    const auto f008 = [](const auto& r) {
        const auto all = evaluate(r.doc).all_findings();
        return count_rule(all, "JX-F008");
    };
    const auto cut = read_all("4.43万元(其中:中学家属楼改造1.8万元;承启小");
    const auto& e = cut.doc.projects.at(0).execution.value();
    CHECK(e.used == wan("15"));
    CHECK(e.items.empty());
    CHECK(e.x.json.find("breaks off in the list") != std::string::npos);
    CHECK(f008(cut) == 0);
    // The same list ended by its full stop is the whole list: its sum is weighed against the spending.
    const auto whole = read_all("4.43万元。\n");
    CHECK(whole.doc.projects.at(0).execution.value().items.size() == 3);
    CHECK(f008(whole) == 1);
}

// A district bureau's transfer-payment form copied as text (遂宁 2021,
// https://snjkq.suining.gov.cn/xinwen/show/10f49cb24dea41a5bf7520b914ece25f.html): an amount, then the next
// cell's label, a rate's (5.8万 预算执行率(B/A) 100%) — the label says nothing of what the amount is.
TEST_CASE("a rate's label after an amount is the next cell's, not the amount's kind") {
    const auto r = ingest_report_book("2021年中央对地方专项转移支付区域绩效自评表\n单位名称 某局\n预算执行情况(万元)\n"
                                      " 转移支付预算数(A) 5.8万 预算执行率(B/A) 100%\n 转移支付执行数(B) 5.2万\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("5.8"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("5.2"));
    // A verb after the amount still says what it is (资金5.2万元已使用).
    const auto spent = ingest_report_book("2021年某专项资金绩效自评表\n单位名称 某局\n 下达资金6万元,资金5.2万元已使用。\n", "t.txt");
    CHECK(spent.doc.projects.at(0).execution.value().used == wan("5.2"));
}

// A county's development bureau (四川 大英, https://dyrmt.com/article-147233-21.html): among the year's work,
// 积极争取…投资1000万元 — money striven for, not money got; 争取到 is got.
TEST_CASE("积极争取 an amount is money striven for, not allocated; 争取到 is") {
    const std::string head = "某县发展和改革局2021年度县城补短板项目绩效自评报告\n三、综合评价结论\n项目完成良好。\n四、绩效评价分析\n"
                             "(一)项目绩效完成情况\n";
    const auto striven = ingest_report_book(head + "申报某中心建设项目为省预算内投资计划项目,积极争取省预算内基本建设投资1000万元。\n", "t.txt");
    CHECK(striven.doc.projects.at(0).tranches.empty());
    const auto got = ingest_report_book(head + "积极争取到省预算内基本建设投资1000万元。\n", "t.txt");
    REQUIRE(got.doc.projects.at(0).tranches.size() == 1);
    CHECK(got.doc.projects.at(0).tranches[0].amount == wan("1000"));
    // Under the funds heading too.
    CHECK(allocated_by("县财政安排资金30万元，并力争省级补助资金50万元。") == "300000.00");
}

// A university's special-bond building (江苏, https://ahwwgroup.com/info/1053/15784.html): what was spent, then its share of
// the money (实际使用7880万元,占已发行债券金额60%) — the execution rate as the text states it. A share of
// a whole works' investment (占总投资的60%) is not.
TEST_CASE("占…资金/金额/预算 X% right after the money spent is the stated execution rate") {
    const std::string head = "某大学2022年度生化楼项目绩效自评报告\n一、项目资金情况\n项目省政府专项债券资金12300万元,";
    const auto r = ingest_report_book(head + "至2022年底实际使用7880万元,占已发行债券金额60%。\n", "t.txt");
    REQUIRE(r.doc.projects.at(0).execution);
    CHECK(r.doc.projects[0].execution->used == wan("7880"));
    REQUIRE(r.doc.projects[0].execution->reported_rate);
    CHECK(r.doc.projects[0].execution->reported_rate->text == "60%");
    const auto works = ingest_report_book(head + "至2022年底实际使用7880万元,占总投资的60%。\n", "t.txt");
    CHECK_FALSE(works.doc.projects.at(0).execution->reported_rate);
    // After money allocated, the share is of something else.
    const auto allocated = ingest_report_book(head + "其中2022年下达9000万元,占债券资金的73%。\n", "t.txt");
    const auto& e = allocated.doc.projects.at(0).execution;
    CHECK_FALSE((e && e->reported_rate));
}

// A district's lottery-fund project (广州, http://www.sugarmusicstudio.com/thdt/tzgg/qtgg/content/post_10334455.html):
// 实际转移支付1.5万元 right before its amount says the money was paid over, a use; 转移支付 elsewhere names a
// kind of money (中央下达…转移支付资金3万元 is allocated).
TEST_CASE("实际转移支付 right before an amount is money paid over; …转移支付资金 is money allocated") {
    const std::string head = "某区民政局2024年度孤儿助学项目绩效自评报告\n一、项目资金情况\n2024年中央下达孤儿助学专项转移支付资金1.8万元,";
    const auto r = ingest_report_book(head + "实际转移支付1.5万元。\n", "t.txt");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("1.8"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("1.5"));
}

// A province's grain risk fund (云南 2022, https://lswz.yn.gov.cn/zfxxgk_cn/fdzdgknr/jchys/202304/20230403_4507.html):
// what the local level matched, then by how much it exceeded what was due (超规模配套83909.14万元) — a
// difference, not money of its own.
TEST_CASE("超规模配套, 超支, 超出 before an amount is a difference, not money of its own") {
    const auto r = ingest_report_book("某省2022年度粮食风险基金绩效自评报告\n一、项目资金情况\n"
                                      "2022年我省粮食风险基金地方应配套20971.00万元,实际配套到位资金104880.14万元,"
                                      "超规模配套83909.14万元。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("20971"));
    CHECK(p.tranches[0].arrived == wan("104880.14"));
    // 超支5万元 after what was spent is by how much, not the spending stated again (no JX-S007).
    const auto over = ingest_report_book("某县2022年度某专项资金绩效自评报告\n一、项目资金情况\n下达资金100万元，实际支出105万元，超支5万元。\n",
                                         "t.txt");
    CHECK(over.doc.projects.at(0).execution->used == wan("105"));
    const auto& found = over.project_findings.at(0);
    CHECK(count_rule(found, "JX-S007") == 0);
}

// A district's disaster-relief fund (安徽 宣州, https://thebolducs.com/OpennessContent/show/2721779.html): the
// funds paragraph states the money's 预算数 and then its 执行数 — the budget the spending is weighed against,
// not a second allocation.
TEST_CASE("预算数 before 执行数 in the funds paragraph is the budget") {
    const auto read_with_allocation = [](const std::string& allocated) {
        return ingest_report_book("某区2022年度中央自然灾害救灾资金绩效自评报告\n一、绩效目标分解下达情况\n根据文件规定补助金额为" +
                                      allocated + "万元。\n二、绩效情况分析\n(一)资金投入情况分析。\n"
                                      "截止2022年12月31日,此专项经费预算数180万元,全年执行数180万元,实际执行率100%。\n",
                                  "t.txt");
    };
    const auto r = read_with_allocation("180");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("180"));
    REQUIRE(p.budget);
    CHECK(p.budget->adjusted == wan("180"));
    CHECK(p.execution->used == wan("180"));
    // A budget other than the money allocated is still the budget, not money beside it (JX-F009 weighs the two).
    const auto other = read_with_allocation("200");
    const auto& q = other.doc.projects.at(0);
    REQUIRE(q.tranches.size() == 1);
    CHECK(q.tranches[0].amount == wan("200"));
    REQUIRE(q.budget);
    CHECK(q.budget->adjusted == wan("180"));
}

// A city's notice on its direct-allocation funds (福建 福州 2024,
// https://www.fuzhou.gov.cn/zgfzzt/czzj/czzjzdjc/202503/t20250312_4988019.htm): no funds heading, the money in a
// narrative sentence — spending with its progress right after it (支出…亿元,支出进度…%) is what was used; a
// sentence opening with 其中 that names the same level's money again gives a part of it, not more money.
TEST_CASE("outside the funds paragraphs, spending with its progress right after it is what was used") {
    const std::string head = "某市2024年直达资金预算执行情况\n为落实工作要求,我局持续推动直达资金预算执行。";
    const auto r = ingest_report_book(head + "截至2024年12月31日,全市中央直达资金规模50.20亿元,支出45.10亿元,支出进度89.8%,"
                                             "高出全省平均水平2.1个百分点。其中,市本级管理的中央财政直达资金总额为20.50亿元,"
                                             "形成支出19.00亿元,支付进度92.7%。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("502000"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("451000"));
    REQUIRE(p.execution->reported_rate);
    CHECK(p.execution->reported_rate->text == "89.8%");
    // Without its progress, spending in a narrative sentence stays unread.
    const auto bare = ingest_report_book(head + "截至2024年12月31日,全市中央直达资金规模50.20亿元,支出45.10亿元,"
                                                "高出全省平均水平2.1个百分点。\n",
                                         "t.txt");
    const auto& e = bare.doc.projects.at(0).execution;
    CHECK_FALSE((e && e->used));
}

// The same university's building (江苏, https://ahwwgroup.com/info/1053/15784.html): after the works' planned money
// and its sources, 获批…资金9000万元 is money granted — allocated, its 其中 years its parts — and what was spent
// follows; not a sum spent with its years as items.
TEST_CASE("获批 before an amount is money allocated") {
    const auto r = ingest_report_book("某大学2022年度实验楼项目绩效自评报告\n一、项目情况\n4.资金投入和使用情况\n"
                                      "项目预计投入资金总额2亿,其中政府专项债安排1.8亿元,单位自筹0.2亿元。目前获批省政府专项债券资金"
                                      "9000万元,其中2021年4000万元,2022年5000万元,至2022年底实际使用6300万元。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 4);
    CHECK(p.tranches[2].amount == wan("4000"));
    CHECK(p.tranches[3].amount == wan("5000"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("6300"));
    CHECK(p.execution->items.empty());
}

// A city's e-commerce demonstration project (https://alkalih2o.com/info/4782/4169304.htm): the expected investment
// and, after 其中, where it would come from; a contract price and, after 其中, what it is made of. The whole is no
// money of the project, and neither are its parts; money allocated in the next sentence is.
TEST_CASE("the parts after 其中 of an estimate or a contract price are no money of the project") {
    const auto r = ingest_report_book("某市2019年度电子商务示范项目绩效自评报告\n一、项目概况\n（一）项目资金情况\n"
                                      "项目建设预计总投资7450万元,其中中央财政资金6000万元,县(市、区)财政配套资金1450万元。"
                                      "改造项目中标价为2472551.80元,其中:建安工程费1783575.80元,工程建设其他费38976.00元。"
                                      "市级统筹中央财政资金1000万元用于项目建设。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("1000"));
    // Parts worded as money allocated stay read.
    const auto worded = ingest_report_book("某市2019年度电子商务示范项目绩效自评报告\n一、项目概况\n（一）项目资金情况\n"
                                           "项目预计总投资7450万元,其中已下达中央财政资金6000万元。\n",
                                           "t.txt");
    REQUIRE(worded.doc.projects.at(0).tranches.size() == 1);
    CHECK(worded.doc.projects.at(0).tranches[0].amount == wan("6000"));
}

// A county's public-culture fund (四川 盐边, https://nnzhiyuan.cn/article/82224.html): what was spent in all, then
// in the next sentence the payments it was made of, each smaller — its parts, not the figure restated with
// other values (JX-S007). One smaller figure alone is still a second value.
TEST_CASE("payments listed after what was spent in all are its parts, not the figure told again") {
    const auto s007_of = [](const std::string& payments) {
        const auto r = ingest_report_book("某县2021年度公共文化服务专项资金绩效自评报告\n一、项目资金情况\n"
                                          "2021年公共文化服务专项资金共支出100万元。" + payments + "\n",
                                          "t.txt");
        REQUIRE(r.doc.projects.at(0).execution);
        CHECK(r.doc.projects[0].execution->used == wan("100"));
        const auto all = r.all_findings();
        return count_rule(all, "JX-S007");
    };
    CHECK(s007_of("支付电影放映补助经费20万元,乡镇文化活动经费70万元,广播维护10万元。") == 0);
    CHECK(s007_of("实际支出90万元。") == 1);
}

// A district's lottery fund (甘肃 秦州, http://www.qinzhouqu.gov.cn/info/33632/537076.htm): 剩余…万元拟计划支付… is
// money still to be spent, not money spent.
TEST_CASE("拟/计划/预计 before the spending word after an amount: money still to be spent") {
    const std::string head = "某区2023年度体育彩票公益金绩效自评报告\n一、项目资金情况\n收到上级体育彩票公益金100万元,支出40万元。";
    const auto r = ingest_report_book(head + "剩余60万元拟计划支付全民健身工程等费用。\n", "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("40"));
    const auto all = r.all_findings();
    CHECK(count_rule(all, "JX-S007") == 0);
}

// Budget words no collected book has used yet: 核拨 allocates, 支用 and 报账 spend. Outside the funds paragraphs
// (where an amount with no word is not read) the word alone says what the money is.
TEST_CASE("核拨, 支用 and 报账 say what money is, outside the funds paragraphs too") {
    const auto read_narrative = [](const std::string& sentence) {
        const auto r = ingest_report_book("某县2023年度某专项资金绩效自评报告\n一、项目基本情况\n本项目用于改善办学条件。\n"
                                          "二、绩效目标完成情况\n" + sentence + "\n",
                                          "t.txt");
        return r.doc.projects.at(0);
    };
    CHECK(allocated(read_narrative("市财政核拨专项资金10万元。")) == wan("10"));
    CHECK(read_narrative("项目资金已支用8万元。").execution.value().used == wan("8"));
    CHECK(read_narrative("已报账资金7万元。").execution.value().used == wan("7"));
    // A sum with no such word stays unread there.
    const auto bare = read_narrative("资金10万元。");
    CHECK(bare.tranches.empty());
    CHECK_FALSE(bare.execution);
}

// A total with one level's part after 其中 (共下达资金300万元,其中中央资金200万元): the part is that level's money and
// the rest of the total, not printed, money whose level the text does not state — not 300 and 200 beside each
// other. (A pattern the README's not-read list carried; the address of the book it came from was not kept.)
TEST_CASE("a total with one level's part: the part and the rest, not the total beside its part") {
    const auto read_funds = [](const std::string& sentence) {
        return funds_paragraph(sentence).doc.projects.at(0);
    };
    const auto p = read_funds("共下达资金300万元，其中中央资金200万元，已全部到位。");
    REQUIRE(p.tranches.size() == 2);
    CHECK(allocated(p) == wan("300"));
    CHECK(p.tranches[0].amount == wan("100"));
    CHECK(p.tranches[0].arrived == wan("100"));
    CHECK(p.tranches[1].level == level::central);
    CHECK(p.tranches[1].amount == wan("200"));
    CHECK(p.tranches[1].arrived == wan("200"));
    // Parts that add up stay the tranches; a part named by its use is no money beside the total.
    const auto levels = read_funds("共下达资金300万元，其中中央资金200万元，省级资金100万元。");
    REQUIRE(levels.tranches.size() == 2);
    CHECK(allocated(levels) == wan("300"));
    const auto used_for = read_funds("共下达资金300万元，其中设备购置200万元。");
    REQUIRE(used_for.tranches.size() == 1);
    CHECK(used_for.tranches[0].amount == wan("300"));
    // More levels after a part's own bracket: the parts add up to the total, which is no tranche.
    const auto bracketed = read_funds("共投入资金400万元，其中中央资金280万元(甲80万元,乙160万元)，自治区资金80万元，盟级资金40万元。");
    REQUIRE(bracketed.tranches.size() == 3);
    CHECK(allocated(bracketed) == wan("400"));
}

// A city's standards subsidy (福建 莆田 2024, https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm):
// 下达市级2023年度标准化工作补助经费200万元 in the book of 2024 — the year after the verb names the round of the
// fund, not an earlier year's money; a year before the verb dates the allocation.
TEST_CASE("a year inside the fund's name after 下达 is no allocating year") {
    const auto source_of_money = [](const std::string& sentence) {
        const auto r = ingest_report_book("2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)\n一、项目资金情况\n" + sentence + "\n",
                                          "t.txt");
        return r.doc.projects.at(0).tranches.at(0).source;
    };
    CHECK(source_of_money("联合市财政局下达市级2023年度标准化工作补助经费200万元。") == fund_source::current_year);
    CHECK(source_of_money("2023年市财政局下达标准化工作补助经费200万元。") == fund_source::prior_year);
    CHECK(source_of_money("市财政局于2023年12月下达标准化工作补助经费200万元。") == fund_source::prior_year);
}

// A county's grain reserve form (湖南 衡山, https://taowenge.com/p-72820237.html): among the indicators, 5000吨稻谷、500吨
// 成品粮储备到位率100% — grain in place, not money arrived; 资金到位率 and a bare 到位率 after an amount are.
TEST_CASE("到位率 of goods or people is no arrival rate of the money") {
    const auto arrival_rate = [](const std::string& sentence) {
        const auto r = ingest_report_book("某县2020年度县级储备粮专项资金绩效自评报告\n一、项目资金情况\n下达资金50万元。" + sentence + "\n",
                                          "t.txt");
        const auto& rate = r.doc.projects.at(0).reported_arrival_rate;
        return rate ? rate->text : std::string("-");
    };
    CHECK(arrival_rate("5000吨稻谷、500吨成品粮储备到位率100%。") == "-");
    CHECK(arrival_rate("项目管理人员到位率100%。") == "-");
    CHECK(arrival_rate("资金到位率100%。") == "100%");
    CHECK(arrival_rate("实际到位30万元，到位率60%。") == "60%");
}

// Round figures (约80万元, 近80万元, 80万元左右, 80余万元) are not amounts to check to the fen: left to a reviewer
// (JX-S005), never read as exact nor passed over in silence. No collected book printed one in its funds paragraphs; a budget's words forbid them, but a
// unit's prose may still round.
TEST_CASE("a round figure (约, 近, 余, 左右) is no funds figure") {
    const auto read_use = [](const std::string& sentence) {
        return funds_paragraph("下达资金100万元，" + sentence);
    };
    for (const std::string use : {"已支出约80万元。", "已支出近80万元。", "已支出80万元左右。", "已支出80余万元。", "已支出80多万元。"}) {
        CAPTURE(use);
        const auto r = read_use(use);
        const auto& e = r.doc.projects.at(0).execution;
        CHECK_FALSE((e && e->used));
        CHECK(count_rule(r.all_findings(), "JX-S005") == 1);
    }
    CHECK(read_use("已支出80万元。").doc.projects.at(0).execution.value().used == wan("80"));
    // 节约 before an amount is a word of its own, the money left unspent.
    CHECK(read_use("实际支出80万元,节约20万元。").doc.projects.at(0).execution.value().surplus == wan("20"));
}

// 年初预算100万元，年中追加20万元: money added to the budget set at the start of the year. The project had both;
// read alone, the addition was all its money (20 of 120). Found by varying how a funds paragraph is worded, not in
// a collected book (none states an initial budget and an addition together).
TEST_CASE("an addition (追加) to the initial budget: the initial budget is money the project had too") {
    const auto read = [](const std::string& paragraph) {
        return funds_paragraph(paragraph).doc.projects.at(0);
    };
    for (const std::string text : {"本项目年初预算100万元，年中追加20万元，全年实际支出110万元。",
                                   "年初批复预算100万元，追加资金20万元，共计120万元，已支出110万元。",
                                   "年初预算100万元。年中追加资金20万元。全年支出110万元。"}) {
        CAPTURE(text);
        const auto p = read(text);
        REQUIRE(p.tranches.size() == 2);
        CHECK(p.tranches[0].amount == wan("100"));
        CHECK(p.tranches[1].amount == wan("20"));
        CHECK(p.budget.value().initial == wan("100"));
        CHECK(p.execution.value().used == wan("110"));
    }
    // Quiet: no initial budget, or one already allocated in words of its own.
    CHECK(allocated(read("年中追加资金20万元，全年支出20万元。")) == wan("20"));
    const auto both = read("年初预算100万元，下达资金100万元，年中追加20万元，全年支出110万元。");
    REQUIRE(both.tranches.size() == 2);
    CHECK(allocated(both) == wan("120"));
}

// Money left over whose fate the words after it give: 未支出的15万元已由财政收回 is recovered, 余额15万元结转下年使用
// carried forward. Before, the first was left unread (a remainder whose fate was not looked for after it) and the
// second read as surplus (余额 before it). Found by varying how a funds paragraph is worded.
TEST_CASE("money left over takes the fate the words after it give") {
    const auto execution_of = [](const std::string& rest) {
        return funds_paragraph("下达资金100万元，实际支出85万元，" + rest)
            .doc.projects.at(0)
            .execution.value();
    };
    CHECK(execution_of("未支出的15万元已由财政收回。").recovered == wan("15"));
    CHECK(execution_of("未使用资金15万元被收回。").recovered == wan("15"));
    CHECK(execution_of("余额15万元结转下年使用。").carried_forward == wan("15"));
    CHECK(execution_of("未支付的15万元结转下年。").carried_forward == wan("15"));
    // Quiet: a balance with no fate stays surplus; money unspent with none is left to a reviewer.
    CHECK(execution_of("余额15万元。").surplus == wan("15"));
    const auto unspent = execution_of("未支出15万元。");
    CHECK_FALSE(unspent.recovered);
    CHECK_FALSE(unspent.carried_forward);
    CHECK_FALSE(unspent.surplus);
}

// 已全部拨付到位: paid over in full to where it is spent — arrived, not spent. Read as 已全部拨付 (all spent), it made
// up a spending figure the text never states. Found by varying how a funds paragraph is worded.
TEST_CASE("已全部拨付到位 is arrival, not all of the money spent") {
    const auto read = [](const std::string& paragraph) {
        return funds_paragraph(paragraph).doc.projects.at(0);
    };
    const auto arrived = read("资金来源为中央财政资金100万元，已全部拨付到位。");
    CHECK_FALSE((arrived.execution && arrived.execution->used));
    CHECK(arrived.tranches.at(0).arrived == wan("100"));
    const auto passed_on = read("资金来源为中央财政资金100万元，已全部拨付至项目单位。");
    CHECK_FALSE((passed_on.execution && passed_on.execution->used));
    // Quiet: 已全部拨付 alone still says the money was paid out.
    CHECK(read("资金来源为中央财政资金100万元，已全部拨付。").execution.value().used == wan("100"));
}

// 2022年结转资金20万元，2023年预算资金80万元，合计100万元: this year's budget listed after last year's carry-over is
// the other source of the money. Read as the project's budget, the 合计 after it looked like a second, different
// budget (a false JX-S007) and the project had 20. Found by varying how a funds paragraph is worded.
TEST_CASE("this year's budget listed after last year's carry-over is a tranche") {
    const auto read = [](const std::string& paragraph) {
        return funds_paragraph(paragraph);
    };
    for (const std::string text : {"项目资金来源：2022年结转资金20万元，2023年预算资金80万元，合计100万元。",
                                   "项目资金来源：上年结转资金20万元，本年预算80万元。"}) {
        CAPTURE(text);
        const auto r = read(text);
        const auto& p = r.doc.projects.at(0);
        REQUIRE(p.tranches.size() == 2);
        CHECK(p.tranches[0].source == fund_source::prior_year);
        CHECK(p.tranches[0].amount == wan("20"));
        CHECK(p.tranches[1].source == fund_source::current_year);
        CHECK(p.tranches[1].amount == wan("80"));
        CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
    }
    // Quiet: a budget with no carry-over before it stays the budget.
    CHECK(read("2023年预算资金80万元，全年支出80万元。").doc.projects.at(0).budget.value().adjusted == wan("80"));
}

// Money the project did not have: what a later year is to get (2024年预算安排, 申请2024年资金 in the book of 2023),
// what is still to be striven for (下一步将争取), what was applied for when the text states a different amount
// allocated. Each was read as one more tranche — an invented figure. Found by varying how a funds paragraph is worded;
// the dev books' applications (申请…13.5万元 then 下达7万元 and 6.5万元, 合计13.5万元) equal what was allocated.
TEST_CASE("money of a later year, money still to be striven for, money applied for: not the project's") {
    const auto tranches = [](const std::string& paragraph) {
        const auto r = funds_paragraph(paragraph);
        std::string out;
        for (const auto& t : r.doc.projects.at(0).tranches) out += (out.empty() ? "" : "+") + fen(t.amount);
        return out + " S005×" + std::to_string(count_rule(r.all_findings(), "JX-S005"));
    };
    const std::string spent = "下达资金100万元，实际支出100万元。";
    CHECK(tranches(spent + "2024年预算安排资金120万元。") == "1000000.00 S005×1");
    CHECK(tranches(spent + "拟申请2024年资金120万元。") == "1000000.00 S005×1");
    CHECK(tranches(spent + "2024年度项目资金120万元已提前下达。") == "1000000.00 S005×1");
    CHECK(tranches(spent + "下一步将争取资金120万元。") == "1000000.00 S005×1");
    CHECK(tranches("项目申请资金120万元，实际下达资金100万元，实际支出100万元。") == "1000000.00 S005×1");
    CHECK(tranches("下达资金100万元。申请资金1万元，申请资金2万元。") == "1000000.00 S005×2");  // a list of them
    // Quiet: an application that is all the text says, or that what was allocated adds up to; a later year that
    // dates an arrival, or that a clause starts from.
    CHECK(tranches("项目申请资金100万元，实际支出100万元。") == "1000000.00 S005×0");
    CHECK(tranches("申请专项资金13.5万元。其中预先下达资金7万元，下达6.5万元，合计下达13.5万元。") == "70000.00+65000.00 S005×0");
    CHECK(tranches("下达资金100万元，截至2024年3月，到位资金100万元。") == "1000000.00 S005×0");
    CHECK(tranches("2024年累计申请资金100万元，已全部到位。") == "1000000.00 S005×0");
}

// Spending saved (为群众节约支出30万元), a change in spending (较上年支出减少20万元) and an earlier year's (上年同期支出
// 80万元) tell no figure of what this year spent: each was taken as a second, different spending figure — a false
// JX-S007. Found by varying how a funds paragraph is worded.
TEST_CASE("spending saved, changed or of an earlier year is not this year's spending") {
    const auto read = [](const std::string& sentence) {
        return funds_paragraph("下达资金100万元，实际支出100万元。" + sentence);
    };
    for (const std::string text : {"通过项目实施，为群众节约支出30万元。", "上年同期支出80万元，同比增长25%。", "较上年支出减少20万元。",
                                   "为农户减少支出50万元。", "项目实施后每年可节省开支10万元。", "上年度支出80万元。"}) {
        CAPTURE(text);
        const auto r = read(text);
        CHECK(r.doc.projects.at(0).execution.value().used == wan("100"));
        CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
        CHECK(count_rule(r.all_findings(), "JX-S005") == 1);
    }
    // Quiet: a second figure of this year's spending is still one to check.
    CHECK(count_rule(read("全年实际支出90万元。").all_findings(), "JX-S007") == 1);
}

// 下达资金100万元，已到位80万元，未到位20万元: the 20 not come is part of the 100, neither a tranche nor money that
// came. It was read as a second tranche — as arrived (未到位 before it) or as allocated (尚有…未到位 after it).
// Found by varying how a funds paragraph is worded.
TEST_CASE("money not come, after what was allocated, is no tranche") {
    for (const std::string rest : {"未到位20万元。", "尚有20万元未到位。", "未到位资金20万元。"}) {
        CAPTURE(rest);
        const auto r = funds_paragraph("下达资金100万元，已到位80万元，" + rest);
        const auto& p = r.doc.projects.at(0);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].amount == wan("100"));
        CHECK(p.tranches[0].arrived == wan("80"));
        CHECK(count_rule(r.all_findings(), "JX-S005") == 1);
    }
    // Quiet: money not come that is all of what the sentence names stays the allocation.
    const auto none = funds_paragraph("上级资金20万元尚未到位。");
    CHECK(allocated(none.doc.projects.at(0)) == wan("20"));
}

// 资金到位80%: the arrival rate, as 到位率80% is. It was read as 资金到位 (all of the money came) — an arrived figure
// the text contradicts — and the rate was lost. Found by varying how a funds paragraph is worded.
TEST_CASE("资金到位80% is the arrival rate, not all of the money come") {
    const auto read = [](const std::string& rest) {
        return funds_paragraph("下达资金100万元，" + rest)
            .doc.projects.at(0);
    };
    for (const std::string rest : {"资金到位80%。", "资金到位为80%。", "到位比例80%。"}) {
        CAPTURE(rest);
        const auto p = read(rest);
        CHECK_FALSE(p.tranches.at(0).arrived);
        CHECK(p.reported_arrival_rate.value().text == "80%");
    }
    // Quiet: 资金到位100% says it all came; people in place are no money.
    CHECK(read("资金到位100%。").tranches.at(0).arrived == wan("100"));
    CHECK_FALSE(read("项目管理人员到位80%。").reported_arrival_rate);
}

// 中央资金60万元到位60万元，县级资金40万元到位30万元: each level's money, then what of it came. The 到位 between two
// amounts is the second's verb; taken as the first's, and the next level's money taken as one more arrival, the
// sentence made four tranches of two. Found by varying how a funds paragraph is worded.
TEST_CASE("each level's money, then what of it came (中央资金60万元到位60万元，县级资金40万元到位30万元)") {
    for (const std::string text : {"中央资金60万元到位60万元，县级资金40万元到位30万元。", "中央资金60万元已到位，县级资金40万元到位30万元。"}) {
        CAPTURE(text);
        const auto p = funds_paragraph(text).doc.projects.at(0);
        REQUIRE(p.tranches.size() == 2);
        CHECK(p.tranches[0].level == level::central);
        CHECK(p.tranches[0].amount == wan("60"));
        CHECK(p.tranches[0].arrived == wan("60"));
        CHECK(p.tranches[1].level == level::district);
        CHECK(p.tranches[1].amount == wan("40"));
        CHECK(p.tranches[1].arrived == wan("30"));
    }
}

// 中央资金60万元，已支出50万元；县级资金40万元，已支出40万元: each level's money, then what of it was spent; the levels'
// spending adds up (90). The county's money was read as more spending (it inherited the verb before it) and its
// spending left unread. Found by varying how a funds paragraph is worded.
TEST_CASE("each level's money, then what of it was spent: the levels' spending adds up") {
    for (const std::string text : {"中央资金60万元，已支出50万元；县级资金40万元，已支出40万元。",
                                   "中央资金60万元实际支出50万元，县级资金40万元实际支出40万元。"}) {
        CAPTURE(text);
        const auto p = funds_paragraph(text).doc.projects.at(0);
        REQUIRE(p.tranches.size() == 2);
        CHECK(p.tranches[0].amount == wan("60"));
        CHECK(p.tranches[1].amount == wan("40"));
        CHECK(p.execution.value().used == wan("90"));
    }
    // Quiet: one level's money and its spending is that spending.
    CHECK(used_of("下达中央资金60万元，已支出50万元。") == wan("50"));
}

// A threshold a rule names (单笔支出超过5万元的须集体研究), a shortfall (资金缺口20万元) and the price works were settled at
// (审计结算金额88万元) are no money of the project: the first raised a false JX-S007, the others were more tranches.
// Found by varying how a funds paragraph is worded.
TEST_CASE("a rule's threshold, a shortfall, a settlement price: no money of the project") {
    for (const std::string text : {"单笔支出超过5万元的须集体研究。", "对支出1万元以上的项目进行公示。", "资金缺口20万元。", "审计结算金额88万元。"}) {
        CAPTURE(text);
        CHECK(count_rule(read_beside_100_and_90(text), "JX-S005") == 1);
    }
    // Quiet: money named before 的 is still money (实际支出90万元的资金…).
    const auto r = funds_paragraph("下达资金100万元，实际支出90万元的资金全部用于项目建设。");
    CHECK(r.doc.projects.at(0).execution.value().used == wan("90"));
}

// 质保金10万元待质保期满后支付, 10万元将于2024年支付: money still to be paid, however far before the verb 待 or 将于 stands —
// not a second spending figure (a false JX-S007). Found by varying how a funds paragraph is worded.
TEST_CASE("money still to be paid (待…支付, 将于…支付) is no spending") {
    for (const std::string text : {"质保金10万元待质保期满后支付。", "剩余10万元待项目验收后支付。", "10万元将于2024年支付。"}) {
        CAPTURE(text);
        const auto r = funds_paragraph("下达资金100万元，实际支出90万元，" + text);
        CHECK(r.doc.projects.at(0).execution.value().used == wan("90"));
        CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
        CHECK(count_rule(r.all_findings(), "JX-S005") == 1);
    }
    // Quiet: 90万元已支付 is spending (接待 and 待遇 hold no 待 of their own: see the words' test).
    CHECK(used_of("下达资金100万元，90万元已支付。") == wan("90"));
}

// 财政已拨付到单位100万元: paid over to the unit itself — what came, not what the unit spent (已拨付 alone is spending).
// It was read as spending, against the unit's own 已支出90万元 (a false JX-S007). Found by varying a funds paragraph.
TEST_CASE("拨付 to the unit itself (已拨付到单位, 至我局) is arrival") {
    for (const std::string text : {"财政已拨付到单位100万元，单位已支出90万元。", "财政已拨付至我局100万元，已支出90万元。"}) {
        CAPTURE(text);
        const auto r = funds_paragraph("下达资金100万元，" + text);
        const auto& p = r.doc.projects.at(0);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].arrived == wan("100"));
        CHECK(p.execution.value().used == wan("90"));
        CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
    }
    // Quiet: paid on to farmers is spending.
    CHECK(used_of("下达资金100万元，已拨付到农户90万元。") == wan("90"));
}

// 一、基本情况 (no funds paragraph): 2023年共安排资金130万元，其中中央资金100万元、省级资金20万元、县级资金10万元. The
// levels' parts of the money worded before them are its tranches there too; they were left unread (three JX-S005)
// and the money read as one tranche of no level. Found by varying how a funds paragraph is worded.
TEST_CASE("outside the funds paragraphs, the levels' parts of worded money are its tranches") {
    const auto read = [](const std::string& sentence) {
        return ingest_report_book("某县农业农村局2023年度某专项资金绩效自评报告\n一、基本情况\n" + sentence + "\n二、资金使用情况\n实际支出120万元。\n",
                                  "t.txt");
    };
    const auto r = read("2023年共安排资金130万元，其中中央资金100万元、省级资金20万元、县级资金10万元。");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 3);
    CHECK(p.tranches[0].level == level::central);
    CHECK(p.tranches[0].amount == wan("100"));
    CHECK(p.tranches[1].level == level::provincial);
    CHECK(p.tranches[2].level == level::district);
    CHECK(count_rule(r.all_findings(), "JX-S005") == 0);
    // Quiet: parts that name no level are what the money is for, not its tranches.
    const auto q = read("2023年共安排资金130万元，其中设备购置100万元、人员培训30万元。");
    REQUIRE(q.doc.projects.at(0).tranches.size() == 1);
    CHECK(q.doc.projects.at(0).tranches[0].amount == wan("130"));
}

// 预期目标：补贴资金100万元；实际完成：补贴资金90万元 and 社会效益：…发放工资50万元: after a goal's, an indicator's or an
// effect's label, an amount no verb of money coming names is the goal or the effect — it was a second tranche, or a
// second spending figure (a false JX-S007). Found by varying how a funds paragraph is worded.
TEST_CASE("a figure after a goal's or an effect's label is not the project's money") {
    for (const std::string text : {"预期目标：补贴资金100万元；实际完成：补贴资金90万元。", "社会效益：吸纳就业200人，发放工资50万元。"}) {
        CAPTURE(text);
        (void)read_beside_100_and_90(text);
    }
    // Quiet: money that came, after such a label, is still money (目标：…, 下达资金100万元).
    const auto q = funds_paragraph("项目目标：改善耕地，下达资金100万元。");
    CHECK(allocated(q.doc.projects.at(0)) == wan("100"));
}

// 上年结转资金支出20万元，本年资金支出80万元: last year's money and this year's, spent side by side in one sentence —
// together what was used (100). The second was a different spending figure (a false JX-S007) and the use 20.
// Found by varying how a funds paragraph is worded.
TEST_CASE("spending of last year's money and of this year's, side by side, adds up") {
    const auto read = [](const std::string& sentence) {
        return funds_paragraph("下达资金100万元，" + sentence);
    };
    for (const std::string text : {"上年结转资金支出20万元，本年资金支出80万元。", "本年资金支出80万元，上年结转资金支出20万元。"}) {
        CAPTURE(text);
        const auto r = read(text);
        CHECK(r.doc.projects.at(0).execution.value().used == wan("100"));
        CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
    }
    // Quiet: two spending figures that say nothing of whose money are one figure stated twice.
    CHECK(count_rule(read("支出80万元，支出90万元。").all_findings(), "JX-S007") == 1);
}

// 我单位已全部收到，并按规定使用完毕 / 均已按要求发放到户: the money came in full, and was spent in full, in words with no
// amount. Neither was read (the project had no arrival and no use). Found by varying how a funds paragraph is worded.
TEST_CASE("已全部收到 is all of the money come; 使用完毕 and 发放到户 all of it spent") {
    const auto all = funds_paragraph("县财政局下达资金100万元，我单位已全部收到，并按规定使用完毕。").doc.projects.at(0);
    CHECK(all.tranches.at(0).arrived == wan("100"));
    CHECK(all.execution.value().used == wan("100"));
    CHECK(used_of("该项目共涉及资金100万元，均已按要求发放到户。") == wan("100"));
    // Quiet: 未全部收到, 收到通知 and 尚未使用完毕 say neither.
    CHECK_FALSE(funds_paragraph("县财政局下达资金100万元，我单位未全部收到。").doc.projects.at(0).tranches.at(0).arrived);
    CHECK_FALSE(funds_paragraph("下达资金100万元，已全部收到通知。").doc.projects.at(0).tranches.at(0).arrived);
    const auto unfinished = funds_paragraph("下达资金100万元，资金尚未使用完毕。").doc.projects.at(0);
    CHECK_FALSE((unfinished.execution && unfinished.execution->used));
}

// 已执行85万元，执行进度85% and 已支出85万元，占比85%: the stated execution rate, as 支出进度 and 占…资金的85% were.
// Neither was read. Found by varying how a funds paragraph is worded.
TEST_CASE("执行进度 and 占比 after what was spent are the stated execution rate") {
    for (const std::string text : {"下达资金100万元，已执行85万元，执行进度85%。", "下达资金100万元，其中已支出85万元，占比85%。"}) {
        CAPTURE(text);
        CHECK(funds_paragraph(text).doc.projects.at(0).execution.value().reported_rate.value().text == "85%");
    }
    // Quiet: a level's share of the money allocated is no rate of spending.
    const auto share = funds_paragraph("下达资金100万元，其中中央资金60万元，占比60%。").doc.projects.at(0);
    CHECK_FALSE((share.execution && share.execution->reported_rate));
}

// More of the words units use: 资金使用进度 and 资金拨付率 are the stated execution rate, 资金到账率 the arrival rate;
// 已核销, 已结算 and 已消化 spend; 实际完成85万元 says nothing of what was completed. The rates were lost, and the
// amounts after those verbs were more tranches (invented). Found by varying how a funds paragraph is worded.
TEST_CASE("资金使用进度, 拨付率, 到账率; 核销, 已结算, 已消化; 结存; 完成 alone") {
    for (const std::string rate : {"资金使用进度85%", "资金拨付率85%"}) {
        CAPTURE(rate);
        CHECK(funds_paragraph("下达资金100万元，已支出85万元，" + rate + "。").doc.projects.at(0).execution.value().reported_rate.value().text ==
              "85%");
    }
    CHECK(funds_paragraph("下达资金100万元，资金到账率100%。").doc.projects.at(0).reported_arrival_rate.value().text == "100%");
    for (const std::string verb : {"已核销", "已结算", "已消化"}) {
        CAPTURE(verb);
        const auto p = funds_paragraph("下达资金100万元，" + verb + "85万元。").doc.projects.at(0);
        CHECK(allocated(p) == wan("100"));
        CHECK(p.execution.value().used == wan("85"));
    }
    // 实付, 已付款, 已结报 spend; 兑付率, 支付比例, 执行比率 are the stated rate; 入账 and 划入 say the money came
    // (each amount was one more tranche, or the rate was lost).
    for (const std::string verb : {"实付", "已付款", "已结报"}) {
        CAPTURE(verb);
        CHECK(used_of("下达资金100万元，" + verb + "85万元。") == wan("85"));
    }
    for (const std::string rate : {"兑付率85%", "支付比例85%", "执行比率85%"}) {
        CAPTURE(rate);
        CHECK(funds_paragraph("下达资金100万元，已支出85万元，" + rate + "。").doc.projects.at(0).execution.value().reported_rate.value().text ==
              "85%");
    }
    for (const std::string came : {"资金已入账100万元", "已划入项目账户100万元"}) {
        CAPTURE(came);
        const auto p = funds_paragraph("下达资金100万元，" + came + "，支出85万元。").doc.projects.at(0);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].arrived == wan("100"));
    }
    // 结存15万元: the balance kept (it was more spending, against 85: a false JX-S007).
    const auto kept = funds_paragraph("下达资金100万元，已支出85万元，结存15万元。");
    CHECK(kept.doc.projects.at(0).execution.value().surplus == wan("15"));
    CHECK(count_rule(kept.all_findings(), "JX-S007") == 0);
    const auto done = funds_paragraph("下达资金100万元，实际完成85万元。");
    CHECK(allocated(done.doc.projects.at(0)) == wan("100"));
    CHECK(count_rule(done.all_findings(), "JX-S005") == 1);
    // Quiet: 下拨 stays the allocation's word (实际下拨166万元 is the money the unit had).
    const auto passed_down = funds_paragraph("财政预算实际下拨166万元，实际支付150万元。").doc.projects.at(0);
    CHECK(allocated(passed_down) == wan("166"));
    CHECK(passed_down.execution.value().used == wan("150"));
}

// A number a copy broke with a space (100 0000元, groups not of three digits): the digits after the space, with
// their leading zero, are no figure of their own — read alone they were 0.00, an invented zero. Found by varying
// how an amount is printed, not in a collected book. A space between groups of three still joins them, and a
// flattened form's cells (10 100%) stay two numbers.
TEST_CASE("digits a space after digits, with a leading zero, are no amount (100 0000元)") {
    const auto read = [](const std::string& sentence) {
        return funds_paragraph(sentence);
    };
    const auto broken = read("下达资金100万元，已支出80 0000元。");
    const auto& e = broken.doc.projects.at(0).execution;
    CHECK_FALSE((e && e->used));
    CHECK(count_rule(broken.all_findings(), "JX-S005") == 1);
    CHECK(read("下达资金100万元，已支出800 000元。").doc.projects.at(0).execution.value().used == wan("80"));
    CHECK(read("下达资金100万元，已支出80万元，执行率1 00%。").doc.projects.at(0).execution.value().reported_rate == std::nullopt);
    CHECK(read("下达资金100万元，已支出80万元，执行率 80%。").doc.projects.at(0).execution.value().reported_rate.value().text == "80%");
}

// 其中…全部到位 after the allocation, of all of it: the money came; it is no part of its own (it was a second
// tranche, the allocation counted twice). Pattern of https://www.chacewang.com/newsdetail/news275746.html
// (…下达…专项资金20万元,…其中专项资金20万元于…全部到位). A part short of the whole that arrived stays a part.
TEST_CASE("其中 all of the money 全部到位 is its arrival, not a part") {
    const auto whole = funds_paragraph("下达专项资金20万元，其中专项资金20万元于2023年1月11日全部到位。").doc.projects.at(0);
    REQUIRE(whole.tranches.size() == 1);
    CHECK(whole.tranches[0].amount == wan("20"));
    CHECK(whole.tranches[0].arrived == wan("20"));
    const auto part = funds_paragraph("共下达资金300万元，其中中央资金到位200万元，省级资金到位100万元。").doc.projects.at(0);
    REQUIRE(part.tranches.size() == 2);
    CHECK(allocated(part) == wan("300"));
    CHECK(part.tranches[0].arrived == wan("200"));
    CHECK(part.tranches[1].arrived == wan("100"));
}

// 执行数29.6万: 万 without 元 after a word of money (执行数, 到位数, 拨付, 结余, 结转) is money; it went
// unread. Pattern of https://www.whjhq.gov.cn/zwzt/czzjzt/jhqcl/bmyjs/18422355.html (投入…资金29.6万,执行数29.6万,
// 执行率100%). A count in 万 after such a word is still none (结余…1.2万人次 has 人 after 万).
TEST_CASE("万 without 元 after 执行数, 到位数, 拨付, 结余 or 结转 is money") {
    CHECK(used_of("下达资金29.6万元。投入资金29.6万,执行数29.6万,执行率100%。") == wan("29.6"));
    const auto arrived = funds_paragraph("下达资金30万元，到位数29.6万，执行数29.6万。").doc.projects.at(0);
    REQUIRE(arrived.tranches.size() == 1);
    CHECK(arrived.tranches[0].arrived == wan("29.6"));
    const auto left = funds_paragraph("下达资金30万元，已支出29.6万元，结余0.4万。").doc.projects.at(0);
    CHECK(left.execution.value().surplus == wan("0.4"));
    CHECK(funds_paragraph("下达资金30万元，已支出29.6万元，结转0.4万。").doc.projects.at(0).execution.value().carried_forward ==
          wan("0.4"));
    const auto counted = funds_paragraph("下达资金30万元，已支出29.6万元，执行数1.2万人次。");
    CHECK(count_rule(counted.all_findings(), "JX-S005") == 0);
    CHECK(counted.doc.projects.at(0).execution.value().used == wan("29.6"));
}

// Uses listed after an allocation whose amount is not printed (该项目为…提前下达资金项目,用于A1.065万元,B2.1万元…) say
// what the money is for; their sum was read as what was spent (an invented figure). Pattern of
// http://zqmjkd.cn/html/59/24573.html. Uses listed with no allocation word before them are still the spending.
TEST_CASE("uses listed after an allocation with no amount are no spending") {
    const auto planned = funds_paragraph("该项目为2023年中央彩票公益金提前下达资金项目，用于康复补贴1.065万元，文化进家庭2.1万元。");
    const auto& e = planned.doc.projects.at(0).execution;
    CHECK_FALSE((e && e->used));
    CHECK(used_of("本年度资金用于康复补贴1.065万元，文化进家庭2.1万元。") == wan("3.165"));
    // The same list again after a goal's label (预期目标:用于…) is the goal: its first use was one more item.
    const auto goal = funds_paragraph("该项目为2023年中央彩票公益金提前下达资金项目，用于康复补贴1.065万元，文化进家庭2.1万元。"
                                      "预期目标：用于康复补贴1.065万元，文化进家庭2.1万元。");
    const auto& g = goal.doc.projects.at(0).execution.value();
    CHECK_FALSE(g.used);
    CHECK(g.items.size() == 2);
}

// 已全部用于, 全部用于了, 均已用于, 已用于 after an amount say it was spent on what they name: the money went
// unread as spent. Pattern of http://117.156.67.38/zwgk-view/19110.html (a county's 彩票公益金 self-evaluation:
// 200万元…补助资金严格按照规定全部用于了…托养中心建设). 用于 or 全部用于 without 已 or 了, after the allocation, stays
// what the money is for. Found by varying the sentence: 支付完毕 after 并, 发放完毕, 兑付完毕 say all of it was paid;
// 按照项目进度拨付 is paying out (it was a second tranche).
TEST_CASE("全部用于了 and 已用于 spend; 并支付完毕, 发放完毕; 按进度拨付 pays out") {
    CHECK(used_of("下达资金200万元。200万元专项资金严格按照规定全部用于了托养中心建设，不存在截留、挪用等情况。") == wan("200"));
    CHECK(used_of("下达资金200万元。资金200万元已全部用于托养中心建设。") == wan("200"));
    const auto purpose = funds_paragraph("下达资金200万元，全部用于托养中心建设。").doc.projects.at(0);
    CHECK_FALSE((purpose.execution && purpose.execution->used));
    CHECK(allocated(purpose) == wan("200"));
    CHECK(used_of("该项目批复资金100万元，已全部到位并支付完毕。") == wan("100"));
    CHECK(used_of("下达资金100万元，补贴已发放完毕。") == wan("100"));
    const auto unpaid = funds_paragraph("下达资金100万元，尚未支付完毕。").doc.projects.at(0);
    CHECK_FALSE((unpaid.execution && unpaid.execution->used));
    const auto paced = funds_paragraph("下达资金100万元，按照项目进度拨付资金80万元，剩余20万元待项目验收后拨付。").doc.projects.at(0);
    REQUIRE(paced.tranches.size() == 1);
    CHECK(paced.execution.value().used == wan("80"));
}

// 财政资金已全部到位 beside 自筹资金: the public money came; of the unit's own nothing is said (it was read as come
// too, through the total that holds both). Found by varying the sentence, not in a collected book. A clause that
// names no kind of money still says all of it came.
TEST_CASE("财政资金已全部到位 says nothing of 自筹资金, and 自筹资金已全部到位 nothing of 财政资金") {
    const auto read = [](const std::string& sentence) {
        const auto p = funds_paragraph(sentence).doc.projects.at(0);
        REQUIRE(p.tranches.size() == 2);
        return std::pair{p.tranches[0].arrived, p.tranches[1].arrived};
    };
    const std::string money = "本项目总投资150万元，其中财政资金100万元，自筹资金50万元，";
    const auto public_came = read(money + "财政资金已全部到位。");
    CHECK(public_came.first == wan("100"));
    CHECK_FALSE(public_came.second);
    const auto own_came = read(money + "自筹资金已全部到位。");
    CHECK_FALSE(own_came.first);
    CHECK(own_came.second == wan("50"));
    const auto all_came = read(money + "资金已全部到位。");
    CHECK(all_came.first == wan("100"));
    CHECK(all_came.second == wan("50"));
}

// One allocation's money come in batches (3月到位60万元，9月到位40万元; 第一批…第二批…): the batches add up to what
// arrived; the second was a tranche of its own (140万 where 100万 was allocated). Found by varying the sentence,
// not in a collected book. Batches short of the allocation add up to what came; a part of what came (其中…) and
// an arrival in another sentence that says nothing of more money stay as they were.
TEST_CASE("arrivals in batches of one allocation add up") {
    for (const std::string batches : {"2023年3月到位60万元，2023年9月到位40万元", "第一批到位60万元，第二批到位40万元"}) {
        CAPTURE(batches);
        const auto p = funds_paragraph("下达资金100万元，" + batches + "。").doc.projects.at(0);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].arrived == wan("100"));
    }
    const auto short_of = funds_paragraph("下达资金100万元，第一批到位60万元，第二批到位30万元，尚有10万元未到位。").doc.projects.at(0);
    REQUIRE(short_of.tranches.size() == 1);
    CHECK(short_of.tranches[0].arrived == wan("90"));
    CHECK(funds_paragraph("下达资金100万元，到位60万元。资金到位40万元。").doc.projects.at(0).tranches.size() == 2);
}

// 统筹整合使用财政涉农资金303万元: money pooled for a county's farm projects, named for how it is pooled; its 使用 was
// read as spending (303万 spent, the 已拨付270万元 after it an item). Pattern of
// https://www.hhyy.gov.cn/info/3381/243851.htm (统筹整合使用财政涉农资金303万元,其中项目管理费3万元,目前项目资金已拨付270万元).
TEST_CASE("统筹整合使用财政涉农资金 is money allocated, not spent") {
    const auto p = funds_paragraph("统筹整合使用财政涉农资金303万元，其中项目管理费3万元，目前项目资金已拨付270万元。").doc.projects.at(0);
    CHECK(allocated(p) == wan("303"));
    CHECK(p.execution.value().used == wan("270"));
    // Quiet: 使用 elsewhere is still spending.
    CHECK(used_of("下达资金303万元，已使用270万元。") == wan("270"));
}

// 结余资金6万元,结转下年由该项目继续使用: what was left, carried into next year (it was read as surplus). Pattern of
// http://dongjiyunhe.com/gyxzf/gysyjszxhjgxx/content/eb3a12c3-747e-4131-a773-f0999508cef5.html. 结余 alone, or 结余 then
// 已上缴 (which reviewers read apart), stays surplus.
TEST_CASE("结余…，结转下年 is carried forward") {
    for (const std::string left : {"结余资金6万元，结转下年由该项目继续使用。", "结余6万元，结转下年使用。"}) {
        CAPTURE(left);
        const auto e = funds_paragraph("下达资金108万元，支出102万元。" + left).doc.projects.at(0).execution.value();
        CHECK(e.carried_forward == wan("6"));
        CHECK_FALSE(e.surplus);
    }
    // 年末结余228.07万元,为项目支出结转: what it is, named after it (a kindergarten's department-wide report,
    // http://www.kmcg.gov.cn/c/2021-08-31/5381226.shtml).
    CHECK(funds_paragraph("下达资金300万元,支出71.93万元,年末结余228.07万元,为项目支出结转。").doc.projects.at(0).execution.value().carried_forward ==
          wan("228.07"));
    for (const std::string left : {"结余6万元。", "结余6万元已上缴财政。", "结余6万元,为节约资金。"}) {
        CAPTURE(left);
        CHECK(funds_paragraph("下达资金108万元，支出102万元，" + left).doc.projects.at(0).execution.value().surplus == wan("6"));
    }
}

// 批复我局项目支出160万元: the spending a budget approved, money granted, not spent (it was read as 160万 used). Pattern
// of https://g-star3301.com/html/hjgl..info11176873.html. Spending approved before, then spent, stays spending.
TEST_CASE("批复…支出 is a budget granted, not money spent") {
    const auto p = funds_paragraph("根据市财政局关于2017年部门预算的批复通知，批复我局项目支出160万元。").doc.projects.at(0);
    CHECK(allocated(p) == wan("160"));
    const bool any_used = p.execution && p.execution->used;
    CHECK_FALSE(any_used);
    CHECK(used_of("批复资金160万元，已支出150万元。") == wan("150"));
    CHECK(used_of("下达资金160万元，经批复，实际支出150万元。") == wan("150"));
}

// 2020年某经费236.25万元部门整体支出绩效自评表: 支出 before 绩效 names the kind of report, not what the amount is (it was
// read as 236.25万 spent). Pattern of https://fyfantasy.com/nyczj/czysgk/2019njyhndyjs/xcg/mzzjswj/20210203/i2295863.html.
TEST_CASE("支出绩效 after an amount names a report, not spending") {
    const auto r = ingest_report_book(
        "2020年某经费整体支出绩效自评表\n发布时间:2021年02月03日\n2020年某经费236.25万元部门整体支出绩效自评表\n", "t.txt");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("236.25"));
    const bool any_used = p.execution && p.execution->used;
    CHECK_FALSE(any_used);
    CHECK(used_of("下达资金236.25万元，支出236.25万元。") == wan("236.25"));
}

// 下达资金100万元。截至年底，尚有20万元未到位。: money not come, a part of what the paragraph allocated a sentence
// before — it was read as a second tranche of 20万 that never came. Another level's money not come is still a tranche
// of its own.
TEST_CASE("money not come, a sentence after its allocation, is a part of it") {
    const auto p = funds_paragraph("上级下达资金100万元。截至年底，尚有20万元未到位。").doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("100"));
    const auto levels = funds_paragraph("市级下达资金100万元。省级补助资金30万元尚未到位。").doc.projects.at(0);
    REQUIRE(levels.tranches.size() == 2);
    CHECK(levels.tranches[1].amount == wan("30"));
    CHECK(levels.tranches[1].arrived == wan("0"));
}

// Outside the funds paragraphs (二、绩效目标完成情况分析 with no subheadings): 154万元资金抵达我局账户 is what came,
// 共计152万元资金全部支付到位 what was paid — each amount named 资金 right after it. Pattern of
// http://bhwallpapers.com/2021_03/30_10/content-315349.html. A bare amount there stays narrative.
TEST_CASE("抵达 is arrival; an amount named 资金 right after it is money outside the funds paragraphs") {
    const auto book = [](const std::string& then) {
        return ingest_report_book("某县2020年度某转移支付绩效自评报告\n一、绩效目标分解下达情况\n省财政下达中央专项资金154万元。\n"
                                  "二、绩效目标完成情况分析\n" + then + "\n", "t.txt");
    };
    const auto r = book("县财政局于12月25日将中央专项资金154万元资金抵达我局账户。经反馈其中18家企业共计152万元资金全部支付到位。");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].arrived == wan("154"));
    CHECK(p.execution.value().used == wan("152"));
    const auto bare = book("经反馈其中18家企业共计152万元。");
    const bool any_used = bare.doc.projects.at(0).execution && bare.doc.projects.at(0).execution->used;
    CHECK_FALSE(any_used);
}

// …10万元项目资金2017年内已经支: under the use heading the text breaks off in the sentence that would say what the
// bare amount is; it was read as 10万 spent. Pattern of https://g-star3301.com/html/hjgl..info11176873.html. The
// same sentence ended stays the spending's.
TEST_CASE("a bare amount in a sentence the text breaks off in says nothing") {
    const auto book = [](const std::string& last) {
        return ingest_report_book("某局2017年度某项目绩效自评报告\n一、项目资金情况\n1.项目资金到位情况。批复项目经费10万元。\n"
                                  "2.项目资金执行情况。" + last + "\n", "t.txt");
    };
    const auto cut = book("10万元项目资金2017年内已经支").doc.projects.at(0);
    const bool any_used = cut.execution && cut.execution->used;
    CHECK_FALSE(any_used);
    CHECK(book("10万元项目资金2017年内已使用完毕。").doc.projects.at(0).execution.value().used == wan("10"));
}

// A bureau's statement to the finance bureau on how it used a fund (益阳, http://edu.yiyang.gov.cn/12595/36008/
// content_1510747.html): no title or heading the reader knows, so its money is read only where its own words say so.
// 安排我局11000万元 names no 资金 but gives the money to the unit itself; 全年累计到位10800万元 says it came;
// 支付实现率 is the execution rate. Money given to no one named stays narrative.
TEST_CASE("a book without sections: money given to the unit itself, what came, 支付实现率") {
    const auto r = ingest_report_book("某局关于某专项资金使用说明\n市财政局:\n根据安排,2021年度市级重点项目整合为某专项资金,"
                                      "安排我局11000万元。全年累计到位10800万元。截至12月31日,某专项资金实际支付9292万元,"
                                      "支付实现率84.47%。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("11000"));
    CHECK(p.tranches[0].arrived == wan("10800"));
    CHECK(p.execution.value().used == wan("9292"));
    CHECK(p.execution->reported_rate.value().text == "84.47%");
    const auto other = ingest_report_book("某局关于某专项资金使用说明\n市财政局:\n根据安排,2021年度市级统筹安排11000万元。\n", "t.txt");
    CHECK(other.doc.projects.at(0).tranches.empty());
}

// 年终考核后及时将剩余的清算资金120万元分配到位: the county shared the settlement money out in full to those who carry
// the project out — more money allocated, not money that came (it was read as 120万 arrived). Pattern of
// https://zongyang.gov.cn/openness/OpennessContent/show/993666.html. 120万元全部到位 still came.
TEST_CASE("分配到位 is money shared out by the unit, not arrival") {
    const auto p = funds_paragraph("预拨资金3608万元分配到各项目实施机构，年终考核后及时将剩余的清算资金120万元分配到位。").doc.projects.at(0);
    CHECK(allocated(p) == wan("3728"));
    for (const auto& t : p.tranches) CHECK_FALSE(t.arrived);
    const auto came = funds_paragraph("下达清算资金120万元全部到位。").doc.projects.at(0);
    REQUIRE(came.tranches.size() == 1);
    CHECK(came.tranches[0].arrived == wan("120"));
}

// 获得…资金17347万元其中第一批资金9910万元,分别支持A项目3000万元、…;第二批资金7437万元,分别支持…: what each batch
// went to, listed after 分别 and adding up to it, is no money of its own (every project was a tranche: twice the
// money). Pattern of http://sthjj.nc.gov.cn/ncgbj/czgk/202403/24b15b37006f418bb5f7059fee26aa97.shtml. Amounts after
// 分别 that do not add up to the one before stay money.
TEST_CASE("amounts listed after 分别支持 that add up to the amount before are what it went to") {
    const auto p = funds_paragraph("我市获得2023年度中央专项资金17347万元其中第一批资金9910万元,分别支持A项目3000万元、"
                                   "B项目3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、E项目4437万元。")
                       .doc.projects.at(0);
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].amount == wan("9910"));
    CHECK(p.tranches[1].amount == wan("7437"));
    const auto short_of = funds_paragraph("下达第一批资金9910万元,分别支持A项目3000万元、B项目3000万元。").doc.projects.at(0);
    CHECK(allocated(short_of) == wan("15910"));
}

// …共10585万元,其中:造林与生态修复2014万元,…,林业种苗15万元,森林 — the text breaks off in the list of parts: those
// printed are some of the money, the total stands (they were the tranches, with a JX-S006 beside them). Pattern of
// https://456150.com.cn/bmpd/jmszrzyj/zwdt/tzgg/content/post_2594388.html. The list ended and short is a contradiction.
TEST_CASE("a list of parts the text breaks off in leaves the total standing") {
    const auto cut = ingest_report_book("某局2021年度某资金绩效自评报告\n一、项目资金情况\n"
                                        "我局申报安排省级涉农资金共10585万元,其中:造林与生态修复2014万元,自然保护地整合优化609万元,森林",
                                        "t.txt");
    const auto& p = cut.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("10585"));
    for (const auto& f : cut.all_findings()) CHECK(f.rule != "JX-S006");
    const auto ended = ingest_report_book("某局2021年度某资金绩效自评报告\n一、项目资金情况\n"
                                          "我局申报安排省级涉农资金共10585万元,其中:造林与生态修复2014万元,自然保护地整合优化609万元。\n",
                                          "t.txt");
    const auto findings = ended.all_findings();
    CHECK(std::count_if(findings.begin(), findings.end(), [](const auto& f) { return f.rule == "JX-S006"; }) == 1);
}

// 总投资212.89万元,其中2019年度…公益金99.49万元,2020年度…公益金99.49万元,剩余13.91万元为县财政资金: among the listed
// parts, the rest is the money the words after it name (it was left unread, and the parts fell short: JX-S006).
// Pattern of https://quyang.gov.cn/d/gonggaogongshi/6312.html. Money left over and unspent stays no part.
TEST_CASE("剩余…为…资金 among listed parts is the rest of the money") {
    const auto r = funds_paragraph("项目总投资212.89万元,其中2019年度中央专项彩票公益金99.49万元,2020年度中央专项彩票公益金99.49万元,"
                                   "剩余13.91万元为县财政资金。");
    const auto& p = r.doc.projects.at(0);
    CHECK(allocated(p) == wan("212.89"));
    REQUIRE(p.tranches.size() == 3);
    CHECK(p.tranches[2].amount == wan("13.91"));
    for (const auto& f : r.all_findings()) CHECK(f.rule != "JX-S006");
    // Under the arrival heading, the parts are what came, the rest too.
    const auto came = ingest_report_book("某县2020年度某公益金项目资金使用绩效自评报告\n一、绩效目标完成情况分析\n(一)资金投入情况分析\n"
                                         "1、项目资金到位情况分析\n某工程项目总投资212.89万元,其中2019年度中央专项彩票公益金99.49万元,"
                                         "2020年度中央专项彩票公益金99.49万元,剩余13.91万元为县财政资金。\n",
                                         "t.txt");
    CHECK(allocated(came.doc.projects.at(0)) == wan("212.89"));
    for (const auto& f : came.all_findings()) CHECK(f.rule != "JX-S006");
    const auto left = funds_paragraph("下达资金212.89万元,已支出198.98万元,剩余13.91万元未使用。").doc.projects.at(0);
    CHECK(allocated(left) == wan("212.89"));
}

// A department's summary of its self-evaluations (a 医保 centre's 2024 final accounts, http://117.141.250.58:10060/
// wzyjsgkpt/uploadFile/upload1194/upload20250923/2ADFC23F45B468075A988DD55A13E9E0.html): 21个项目评为一等,涉及资金656.93万元 and 敏感涉密项目0个,涉及资金0万元 count projects by grade or kind; they were
// read as allocations (one of 0). 实施项目3个,涉及资金300万元 states the money.
TEST_CASE("the money of projects counted by grade (…评为一等,涉及资金) is no allocation") {
    const auto p = funds_paragraph("项目中,敏感涉密项目0个,涉及资金0万元。21个项目评为一等,涉及资金656.93万元,占项目支出总额比例100%。")
                       .doc.projects.at(0);
    CHECK(p.tranches.empty());
    CHECK(allocated(funds_paragraph("共实施项目3个,涉及资金300万元。").doc.projects.at(0)) == wan("300"));
}

// 我区从奖励资金31714万元中分配20977.80万元用于支持住房保障: the pool the money was taken from is no money of the project
// (it was a tranche of 31714万). Pattern of http://zjt.gxzf.gov.cn/zfxxgk/fdzdgknr/wjtz/t21154650.shtml. 从 naming where
// the money came from, with no 中 after the amount, is no pool.
TEST_CASE("从…X万元中分配: the pool is no money of the project") {
    const auto p = funds_paragraph("财政部下达我区住房保障补助资金40957万元。我区从奖励资金31714万元中分配20977.80万元用于支持住房保障。")
                       .doc.projects.at(0);
    CHECK(allocated(p) == wan("61934.80"));
    CHECK(allocated(funds_paragraph("从上级争取资金100万元。").doc.projects.at(0)) == wan("100"));
}

// 下达…资金921.25万元,包含国家公园外原天保工程区国有林管护补助、…森林防火补助,  then 下达…原天保工程区国有林管护补助444.2万元:
// one of what the allocation includes, named in its list without money, is a part of it (it was a second tranche:
// 1365.45万元). Pattern of http://m.fqjz1.com/gongkai/show/145d58a72dfbc7c9f602928c357b3a6b.html. Money under a
// name the list does not hold is money of its own.
TEST_CASE("money named as one of what an allocation includes is a part of it") {
    const std::string total = "下达2022年中央财政林业改革发展资金921.25万元,包含国家公园外原天保工程区国有林管护补助、"
                              "前一轮退耕还生态林抚育、森林防火补助项目。";
    const auto part = funds_paragraph(total + "2022年下达我局原天保工程区国有林管护补助444.2万元。").doc.projects.at(0);
    REQUIRE(part.tranches.size() == 1);
    CHECK(part.tranches[0].amount == wan("921.25"));
    const auto other = funds_paragraph(total + "2022年下达我局林业有害生物防治补助44.2万元。").doc.projects.at(0);
    CHECK(allocated(other) == wan("965.45"));
    const auto larger = funds_paragraph(total + "2022年下达我局原天保工程区国有林管护补助1000万元。").doc.projects.at(0);
    CHECK(allocated(larger) == wan("1921.25"));
}

// 2023年自治区下达桂林市中央及自治区就业补助资金共33832.24万元,中央资金27853万元,自治区资金5643万元,各县(市、区)筹集资金
// 336.24万元: a sum (共) and, after it in its sentence, the levels' money adding up to it — the total, though the
// region that passed it down names a level of its own (the sum was a tranche beside its parts: twice the money).
// Pattern of https://www.chacewang.com/newsdetail/news551288.html. Without 共, or short of the sum, not so.
TEST_CASE("a sum by 共 and the levels' money after it in its sentence is their total, whoever passed it down") {
    const auto p = funds_paragraph("自治区下达中央及自治区就业补助资金共100万元,中央资金60万元,自治区资金30万元,各县(市、区)筹集资金10万元。")
                       .doc.projects.at(0);
    REQUIRE(p.tranches.size() == 3);
    CHECK(allocated(p) == wan("100"));
    const auto no_sum = funds_paragraph("自治区下达就业补助资金100万元,中央资金60万元,自治区资金30万元,各县筹集资金10万元。").doc.projects.at(0);
    CHECK(allocated(no_sum) == wan("200"));
    const auto short_of = funds_paragraph("自治区下达就业补助资金共100万元,中央资金60万元,自治区资金30万元。").doc.projects.at(0);
    CHECK(allocated(short_of) == wan("190"));
}

// 年初预算安排6600.78万元,与上年6284.41万元相比,增加316.37万元: last year's figure and the change from it were read
// as tranches (and the year's money as their total). Pattern of
// https://taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_121140; 比去年增加50万元 of
// https://www.ahhy.gov.cn/zfxxgk/public/24561/49759878.html. 与上年结转资金 is money carried in, no comparison.
TEST_CASE("an earlier year's figure, or the change from it, is no money of this year") {
    for (const std::string comparison : {"与上年80万元相比,增加20万元,增加25%。", "比上年增加20万元。", "较去年减少10万元。",
                                         "同比增长20万元。", "上年同期为80万元。"}) {
        CAPTURE(comparison);
        const auto p = funds_paragraph("下达资金100万元," + comparison).doc.projects.at(0);
        REQUIRE(p.tranches.size() == 1);
        CHECK(p.tranches[0].amount == wan("100"));
    }
    CHECK(allocated(funds_paragraph("与上年相比,下达资金减少20万元,全年下达资金100万元。").doc.projects.at(0)) == wan("100"));
    const auto carried = funds_paragraph("下达资金100万元,与上年结转资金20万元合计120万元。").doc.projects.at(0);
    REQUIRE(carried.tranches.size() == 2);
    CHECK(carried.tranches[1].source == jixiao::fund_source::prior_year);
    CHECK(carried.tranches[1].amount == wan("20"));
}

// Notices of how a subsidy was paid out, books without sections (set of 2019–2023 county notices):
// - 2018年结余10.899万元 in the book of 2019 is money carried in, and 共计…160.899万元 their sum (it was read as a
//   tranche beside the 150万: 310.899万). Pattern of http://36.142.16.96:10804/details/3050.html.
// - 截止目前,中央分配资金404.148万元,使用资金90.379万元,资金使用比例22.36%: money to date beside the share of it used
//   is the year's, not all the project's years; …受益农户13户,…享受中央财政补贴资金6.33万元 is what the farmers got
//   (it was the only tranche). Pattern of http://202.61.89.161:13096/TongJiangXian/details/19809.html.
// - 本次拨付…补助资金第一批10.08万元(见附件)到补助对象“一卡通”账户: paid to those the subsidy is for, spent (it was a
//   second tranche). Pattern of http://www.f2b6.com/zwgk/zfxxgkzl/xzbm/zjj/ml/202305/t20230505_2876356.htm.
TEST_CASE("a subsidy notice: money carried in, money to date beside its use, money paid to the households") {
    const auto carried = ingest_report_book("某县2019年农机购置补贴资金使用情况\n下达我县2019年中央财政农机补贴资金150万元。"
                                            "2018年结余10.899万元。2019年共计补贴资金160.899万元。\n",
                                            "t.txt");
    const auto& c = carried.doc.projects.at(0);
    REQUIRE(c.tranches.size() == 2);
    CHECK(c.tranches[1].source == jixiao::fund_source::prior_year);
    CHECK(c.tranches[1].amount == wan("10.899"));
    CHECK(allocated(c) == wan("160.899"));

    const auto progress = ingest_report_book("某县农业农村局关于2021年农机购置补贴实施进度的公告\n"
                                             "2021年1月,我县共办理补贴申请13份,受益农户13户,享受中央财政补贴资金6.33万元。\n"
                                             "截止目前,中央分配资金404.148万元,使用资金90.379万元,资金使用比例22.36%。\n",
                                             "t.txt");
    const auto& g = progress.doc.projects.at(0);
    REQUIRE(g.tranches.size() == 1);
    CHECK(g.tranches[0].amount == wan("404.148"));
    CHECK(g.execution.value().used == wan("90.379"));
    CHECK_FALSE(g.execution->deviation);  // 受益农户13户 is no reason for what was left
    // Without the rate, money to date is still all the years'.
    const auto to_date = ingest_report_book("某县农业农村局关于2021年农机购置补贴实施进度的公告\n截止目前,中央分配资金404.148万元。\n"
                                            "2021年下达资金100万元。\n",
                                            "t.txt");
    CHECK(allocated(to_date.doc.projects.at(0)) == wan("100"));

    const auto paid = ingest_report_book("关于拨付2023年农村危房改造补助资金的通知\n下达我县补助资金10.166万元。"
                                         "本次拨付补助资金第一批10.08万元(见附件)到补助对象“一卡通”账户。\n",
                                         "t.txt");
    const auto& h = paid.doc.projects.at(0);
    REQUIRE(h.tranches.size() == 1);
    CHECK(h.execution.value().used == wan("10.08"));
    const auto passed_on = ingest_report_book("关于拨付2023年农村危房改造补助资金的通知\n下达我县补助资金10.166万元。"
                                              "本次拨付补助资金第一批10.08万元到各乡镇。\n",
                                              "t.txt");
    const bool passed_on_used = passed_on.doc.projects.at(0).execution && passed_on.doc.projects.at(0).execution->used;
    CHECK_FALSE(passed_on_used);
}

// A city's welfare-lottery money (https://www.mingguang.gov.cn/public/161054385/1111799203.html): 将资金75.68万元
// 分配至具体项目使用 shares the money out to the projects that will use it — nothing is said spent. A town's culture
// station (http://yuan0.cn/a/146498.html): money a body above passed down to the unit itself (下拨至我镇) came to it.
TEST_CASE("money shared out to projects for their use is not spent; money passed down to the unit came") {
    const auto shared = funds_paragraph("下达资金75.68万元。及时将资金75.68万元分配至具体项目使用。").doc.projects.at(0);
    const auto& e = shared.execution;
    CHECK_FALSE((e && e->used));
    CHECK(funds_paragraph("下达资金75.68万元,已使用75.68万元。").doc.projects.at(0).execution.value().used == wan("75.68"));
    const auto came = funds_paragraph("2020年市文化馆下拨至我镇文化站免费开放经费4.56万元,截至目前暂未使用。").doc.projects.at(0);
    REQUIRE(came.tranches.size() == 1);
    CHECK(came.tranches[0].amount == wan("4.56"));
    CHECK(came.tranches[0].arrived == wan("4.56"));
    const auto allocated = funds_paragraph("2020年市文化馆下拨镇文化站免费开放经费4.56万元。").doc.projects.at(0);
    REQUIRE(allocated.tranches.size() == 1);
    CHECK_FALSE(allocated.tranches[0].arrived);
}

// A town's whole spending (http://www.xuwen.gov.cn/jxzpgkqkl/content/post_2124380.html): 财政拨款收入合计 is what the
// unit received from the treasury in all. Income named part by part before its sum stays the money (the sum restates it).
TEST_CASE("财政拨款收入合计 is money that came") {
    const auto town = funds_paragraph("2024年度财政拨款收入合计2024.05万元(均为一般公共预算收入),财政拨款支出合计2024.05万元,预算执行率100%。")
                          .doc.projects.at(0);
    REQUIRE(town.tranches.size() == 1);
    CHECK(town.tranches[0].amount == wan("2024.05"));
    CHECK(town.tranches[0].arrived == wan("2024.05"));
    CHECK(town.execution.value().used == wan("2024.05"));
    const auto parts = funds_paragraph("决算一般公共预算财政拨款收入1431.59万元,政府性基金预算财政拨款收入12.66万元,合计收入为1444.25万元。")
                           .doc.projects.at(0);
    REQUIRE(parts.tranches.size() == 2);
    CHECK(allocated(parts) == wan("1444.25"));
    for (const auto& t : parts.tranches) CHECK_FALSE(t.arrived);
}

// A prefecture's human-resources bureau (https://www.hh.gov.cn/info/11481/655282.htm): a project's paragraph tells the
// pension insurance fund's year — premiums in, subsidies, pensions paid — which the project pays a part of; none of it
// is the project's money. A subsidy with no such fund's flows beside it is.
TEST_CASE("a social insurance fund's income and payouts are not the project's money") {
    const auto r = funds_paragraph("我局年初预算数500万元。2023年机关事业养老保险保费收入33882万元,中央补助3664万元,"
                                   "地方财政配套资金11800万元,机关事业养老金支出41754万元。")
                       .doc.projects.at(0);
    REQUIRE(r.tranches.size() == 1);
    CHECK(r.tranches[0].amount == wan("500"));
    const auto& e = r.execution;
    CHECK_FALSE((e && e->used));
    const auto subsidy = funds_paragraph("2023年中央补助3664万元,已支出3000万元。").doc.projects.at(0);
    REQUIRE(subsidy.tranches.size() == 1);
    CHECK(subsidy.tranches[0].amount == wan("3664"));
}

// A county's farm-machinery subsidy notice (http://36.142.16.96:10804/details/3050.html), a paragraph with no
// sections: after what was subsidised, counted (累计补贴农户…户,补贴机具…台), 补贴金额 is what was paid out. A
// subsidy's sum with no such count before it says nothing of payment.
TEST_CASE("补贴金额 after the counts of what was subsidised is what was paid out") {
    const auto r = ingest_report_book("某县2019年农机购置补贴资金使用情况\n下达我县2019年中央财政农机补贴资金150万元。"
                                      "截止12月31日累计补贴农户1246户,补贴机具1329台(套),补贴金额148.882万元。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("148.882"));
    const auto bare = ingest_report_book("某县2019年农机购置补贴资金使用情况\n下达我县2019年中央财政农机补贴资金150万元。"
                                         "每台机具补贴金额1.5万元。\n",
                                         "t.txt");
    const auto& e = bare.doc.projects.at(0).execution;
    CHECK_FALSE((e && e->used));
}

// A village road (http://www.hyht-hotel.com/syxxxgk/czyjsqgnch/202103/64af8e5bd6ae4bdc92eef82d3e3f7a98.shtml): the
// works' investment, then the public money it is paid from (通过统筹整合财政涉农资金据实拨付) — that money is the
// project's. An investment with no such words after it stays no money of the project.
TEST_CASE("a total investment followed by the public money that pays for it is the project's money") {
    const auto read = [](const std::string& sentence) {
        return ingest_report_book("某镇2019年度通组道路工程绩效评价报告\n一、项目基本情况\n(一)项目概况:" + sentence + "\n", "t.txt")
            .doc.projects.at(0);
    };
    const auto funded = read("2019年实施通组道路工程,项目总投资19万元,通过统筹整合财政涉农资金据实拨付。");
    REQUIRE(funded.tranches.size() == 1);
    CHECK(funded.tranches[0].amount == wan("19"));
    CHECK(read("2019年实施通组道路工程,项目总投资19万元,由村民投工投劳建设。").tranches.empty());
}

// 因…, 由于…, 受…影响 open the reason for money left unused; 受益农户13户, 受助对象… name those the money is for.
TEST_CASE("受益 opens no reason for money left unused") {
    const auto r = funds_paragraph("下达资金100万元,实际支出60万元,受益农户13户。");
    CHECK_FALSE(r.doc.projects.at(0).execution.value().deviation);
    const auto reason = funds_paragraph("下达资金100万元,实际支出60万元,受疫情影响项目推迟。");
    CHECK(reason.doc.projects.at(0).execution.value().deviation == "受疫情影响项目推迟");
}

// Lottery-fund notices: 共销售各类福利彩票3855.55万元 is what was sold, of which the fund is a share (it was a
// tranche), pattern of https://www.xinxing.gov.cn/yfxxmzj/gkmlpt/content/1/1926/post_1926949.html; 市级彩票公益金
// 收入1237万元 is what the fund took in, pattern of
// https://czj.zgqingyang.gov.cn/zzzq/zzlm/tzgg1__xwzx/tzgg/content_213926. 可实现总收入15万元, what a village may
// earn, stays no money that came.
TEST_CASE("lottery sales are no money of the fund; what the fund took in came") {
    const auto r = ingest_report_book("某县2024年度福利彩票公益金收支情况公告\n一、2024年某县福利彩票公益金筹集分配情况\n"
                                      "2024年我县共销售各类福利彩票3855.55万元。\n二、2024年某县福利彩票公益金支出情况\n"
                                      "2024年某县福利彩票公益金收入622.43万元,支出316.81万元,年底结余305.62万元。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("622.43"));
    CHECK(p.tranches[0].arrived == wan("622.43"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("316.81"));
    CHECK(p.execution->surplus == wan("305.62"));
    const auto earned = funds_paragraph("下达资金100万元,项目投产后可实现总收入15万元。").doc.projects.at(0);
    for (const auto& t : earned.tranches) CHECK_FALSE(t.arrived);
}

// A district's sports-lottery notice (http://www.zengdu.gov.cn/jcxxgkpt/bm/cdqwhhlyj/zc_30106/qtzdgkwj_30107/gsgg/202506/t20250627_1343940.shtml):
// under 一、彩票公益金分配情况 the fund's income for the year is its money; nothing says it arrived. Under a
// heading of what came in (收入情况) a bare amount still came.
TEST_CASE("a lottery fund's money under its 分配情况 heading is its money, not said to have arrived") {
    const auto read = [](const std::string& heading) {
        return ingest_report_book("某区关于2024年体育彩票公益金筹集使用情况的公告\n" + heading +
                                      "\n2024年本级体育彩票公益金总收入1233.62万元,上年结转65.34万元,2024年体育彩票公益金总支出"
                                      "1270.6万元,本年结余28.36万元。\n",
                                  "t.txt")
            .doc.projects.at(0);
    };
    const auto shared = read("一、彩票公益金分配情况");
    REQUIRE(shared.tranches.size() == 2);
    CHECK(shared.tranches[0].amount == wan("1233.62"));
    CHECK_FALSE(shared.tranches[0].arrived);
    CHECK(shared.tranches[1].source == fund_source::prior_year);
    CHECK(shared.execution.value().used == wan("1270.6"));
    const auto came = read("一、2024年本级体育彩票公益金收入情况");
    REQUIRE(came.tranches.size() == 2);
    CHECK(came.tranches[0].arrived == wan("1233.62"));
}

// A district's sports-lottery notice
// (http://www.zengdu.gov.cn/jcxxgkpt/bm/cdqwhhlyj/zc_30106/qtzdgkwj_30107/gsgg/202506/t20250627_1343940.shtml): the
// uses of the spending, one of them broken down into the items right after it (其中:1.…299.8万元 2.…2万元), which add
// up to it. Counted once, they add up to the spending (no JX-F008); a list that adds up as read is left as read.
TEST_CASE("itemised uses right after a use they add up to are its breakdown, not counted again") {
    const auto r = ingest_report_book("某区2024年度体育彩票公益金使用情况公告\n一、体育彩票公益金使用情况\n"
                                      "2024年体育彩票公益金总支出1270.6万元。其中用于建设和维护公共体育场地156.97万元,"
                                      "用于开展全民健身活动788.83万元,用于群众体育组织建设23万元,用于支持竞技体育资助项目301.8万元,"
                                      "用于体育赛事组织299.8万元,用于支持赛事参赛2万元。\n",
                                      "t.txt");
    const auto& e = r.doc.projects.at(0).execution.value();
    CHECK(e.used == wan("1270.6"));
    REQUIRE(e.items.size() == 4);
    CHECK(e.items[3].amount == wan("301.8"));
    CHECK(count_rule(r.all_findings(), "JX-F008") == 0);
    const auto listed = ingest_report_book("某区2024年度体育彩票公益金使用情况公告\n一、体育彩票公益金使用情况\n"
                                           "2024年体育彩票公益金总支出40万元。其中用于场地维护20万元,用于全民健身10万元,"
                                           "用于赛事组织10万元。\n",
                                           "t.txt");
    CHECK(listed.doc.projects.at(0).execution.value().items.size() == 3);
}

// A prefecture's sports-lottery notice (http://dqzjyty.diqing.gov.cn/tzgg/202406/20240628_209638.html): under the
// spending heading, the part of the fund's money paid into the bureau that spends it (拨入州教体局) is no money of its
// own; money paid into the unit itself (拨入我局) still came.
TEST_CASE("lottery money paid into the bureau that spends it is a part of the fund's money") {
    const auto read = [](const std::string& paid_in) {
        return ingest_report_book("某州2023年体育彩票公益金使用情况公告\n一、体育彩票公益金分配情况\n"
                                  "2023年本级留用1,024.90万元,上年结余464.14万元,体育部门支出656.90万元,2023年末结余832.14万元。\n"
                                  "二、本级体育彩票公益金使用情况\n2023年" + paid_in + "体育彩票公益金320.90万元,支出320.90万元。\n",
                                  "t.txt")
            .doc.projects.at(0);
    };
    const auto bureau = read("拨入州教体局");
    REQUIRE(bureau.tranches.size() == 2);
    CHECK(bureau.tranches[0].amount == wan("1024.90"));
    CHECK(bureau.tranches[1].amount == wan("464.14"));
    CHECK(read("拨入我局").tranches.size() == 3);
}

// The same notice (https://www.xinxing.gov.cn/yfxxmzj/gkmlpt/content/1/1926/post_1926949.html): the money raised
// and its split between what was sent up (上缴) and what the county kept (留成) is no money of the fund coming or
// going back; the fund's income (总收入) under the spending heading is its money, not what was spent.
TEST_CASE("a lottery fund's money raised and split between the levels; its income under the spending heading") {
    const std::string head = "某县2024年度福利彩票公益金收支情况公告\n一、2024年某县福利彩票公益金筹集分配情况\n";
    const auto r = ingest_report_book(head +
                                          "筹集福利彩票公益金1149.07万元,其中上缴公益金923.27万元,县级留成225.80万元。\n"
                                          "二、2024年某县福利彩票公益金支出情况\n"
                                          "经地方批准,2024年某县福利彩票公益金总收入622.43万元,支出316.81万元,年底结余305.62万元。\n",
                                      "t.txt");
    const auto& p = r.doc.projects.at(0);
    REQUIRE(p.tranches.size() == 1);
    CHECK(p.tranches[0].amount == wan("622.43"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("316.81"));
    CHECK(p.execution->surplus == wan("305.62"));
    CHECK_FALSE(p.execution->recovered);
    CHECK(count_rule(r.all_findings(), "JX-S007") == 0);
    // Money raised for a project, with nothing sent up, is read as it was.
    const auto raised = ingest_report_book(head + "筹集福利彩票公益金100万元,其中县级留成100万元。\n", "t.txt");
    REQUIRE(raised.doc.projects.at(0).tranches.size() == 1);
    CHECK(raised.doc.projects.at(0).tranches[0].amount == wan("100"));
    // Under the spending heading an amount named by nothing is still what was spent; what people earn is no income of the fund.
    const std::string spending = "某县2024年度福利彩票公益金收支情况公告\n一、2024年某县福利彩票公益金支出情况\n";
    const auto bare = ingest_report_book(spending + "2024年某县福利彩票公益金316.81万元。\n", "t.txt");
    CHECK(bare.doc.projects.at(0).execution.value().used == wan("316.81"));
    const auto earned = ingest_report_book(spending + "带动农民人均收入0.5万元。\n", "t.txt");
    CHECK(earned.doc.projects.at(0).tranches.empty());
}
