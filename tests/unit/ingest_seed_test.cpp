// The seed report book (9 projects of 攀枝花市仁和区人力资源和社会保障局, 2023), ingested
// from its text, compared with the hand transcription examples/data/renhe-hrss-2023.json,
// and the same result from GB18030 bytes and from a .docx.
#include "ingest_support.hpp"

#include <jixiao/funds.hpp>
#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace jixiao;
using ingest_test::wan;

namespace {

const ingest_result& seed() {
    static const ingest_result r = ingest_report_book(ingest_test::seed_text(), "renhe-hrss-2023-self-evaluation.txt");
    return r;
}

// The same document (but for the reader's "x" record), findings and provenance as the UTF-8 seed.
void check_same_as_seed(const ingest_result& r) {
    auto a = r.doc, b = seed().doc;
    a.x = b.x = {};
    CHECK(a == b);
    CHECK(ingest_test::without_file(r.findings) == ingest_test::without_file(seed().findings));
    CHECK(ingest_test::without_file(r.project_findings) == ingest_test::without_file(seed().project_findings));
    CHECK(r.provenance == seed().provenance);
}

const nlohmann::json& hand() {
    static const nlohmann::json j = nlohmann::json::parse(ingest_test::hand_json());
    return j;
}

money amount(const nlohmann::json& j) { return money::parse(j.get<std::string>()); }

std::optional<money> optional_amount(const nlohmann::json& obj, const char* key) {
    if (!obj.contains(key)) return std::nullopt;
    return amount(obj[key]);
}

// The funds of a hand-transcribed project, for comparing with summarize_funds of the ingested one.
project funds_of_hand(const nlohmann::json& hp) {
    project p;
    for (const auto& t : hp["tranches"]) {
        tranche tr;
        tr.amount = amount(t["amount"]);
        tr.arrived = optional_amount(t, "arrived");
        p.tranches.push_back(tr);
    }
    if (hp.contains("budget") && hp["budget"].contains("adjusted")) {
        p.budget.emplace();
        p.budget->adjusted = amount(hp["budget"]["adjusted"]);
    }
    const auto& e = hp["execution"];
    p.execution.emplace();
    p.execution->used = optional_amount(e, "used");
    p.execution->carried_forward = optional_amount(e, "carried_forward");
    p.execution->reduced = optional_amount(e, "reduced");
    p.execution->recovered = optional_amount(e, "recovered");
    p.execution->surplus = optional_amount(e, "surplus");
    return p;
}

const figure_source* provenance(const std::string& path) {
    for (const auto& f : seed().provenance)
        if (f.path == path) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("seed: 9 projects with the unit, the fiscal year and the names of the book") {
    const auto& doc = seed().doc;
    CHECK(seed().encoding == "UTF-8");
    CHECK(doc.fiscal_year == 2023);
    CHECK(doc.unit == "攀枝花市仁和区人力资源和社会保障局");
    REQUIRE(doc.projects.size() == 9);
    const char* names[] = {"高层次人才专项经费",
                           "困难群众社会保险代缴资金",
                           "省级社保公共服务能力建设资金（企保省级统筹绩效管理）",
                           "省级财政社保公共服务能力建设资金（工伤保险省级统筹绩效管理资金）",
                           "社保公共服务能力建设资金（企保全国统筹绩效管理）",
                           "社保公共服务能力建设资金（工伤保险省级统筹绩效管理）",
                           "社保公共服务能力建设资金（保障农民工工资支付监管能力建设）",
                           "社保公共服务能力建设资金（劳动人事争议调解仲裁智能化建设）",
                           "社保公共服务能力建设资金（人力资源服务产业园和专业市场）"};
    for (std::size_t i = 0; i < 9; ++i) {
        CHECK(doc.projects[i].id == "p0" + std::to_string(i + 1));
        CHECK(doc.projects[i].name == names[i]);
    }
    const auto x = nlohmann::json::parse(doc.x.json);
    CHECK(x["ingested"]["encoding"] == "UTF-8");
    CHECK(x["ingested"]["source"] == "renhe-hrss-2023-self-evaluation.txt");
    CHECK(x["ingested"]["projects"] == 9);
    CHECK(x["notes"][0] == "lines before the first project are not part of any project: 1 “附件3”");
}

TEST_CASE("seed p01: 90万 arrived, none used, the remainder reduced (追减), rate 0% as printed") {
    const auto& p = seed().doc.projects[0];
    CHECK(p.basis == std::vector<std::string>{"攀委人才办〔2022〕5号", "攀委人才办〔2022〕2号", "攀仁委办〔2022〕38 号"});
    REQUIRE(p.tranches.size() == 1);
    const auto& t = p.tranches[0];
    CHECK(t.level == level::district);
    CHECK(t.source == fund_source::current_year);
    CHECK(t.amount == wan("90"));
    CHECK(t.arrived == wan("90"));
    CHECK_FALSE(t.arrival_date);
    CHECK_FALSE(t.document);
    CHECK_FALSE(t.year);
    REQUIRE(p.execution);
    const auto& e = *p.execution;
    CHECK(e.used == money{});
    CHECK(e.reduced == wan("90"));
    // The text says nothing of carry-over, recovery or surplus: absent, not 0.
    CHECK_FALSE(e.carried_forward);
    CHECK_FALSE(e.recovered);
    CHECK_FALSE(e.surplus);
    REQUIRE(e.reported_rate);
    CHECK(e.reported_rate->value == ratio::zero());
    CHECK(e.reported_rate->decimals == 0);
    CHECK(e.reported_rate->text == "0%");
    CHECK(e.deviation == "因财政资金紧张");
    CHECK(p.problems == std::vector<std::string>{"高层次人才待遇无法及时兑现，在一定程度上影响高层次人才队伍的稳定。"});
    CHECK(p.suggestions == std::vector<std::string>{"结合工作实际，确保待遇及时兑现。"});
    CHECK(p.indicators.empty());
    // Where the figures came from.
    const auto x = nlohmann::json::parse(t.x.json);
    CHECK(x["source"][0]["line"] == 7);
    CHECK(x["source"][0]["fields"]["level"] == "区级");
    CHECK(x["source"][1] == nlohmann::json::parse(R"({"line":15,"text":"到位资金90万元。","fields":{"amount":"90万元","arrived":"90万元"}})"));
    const auto* reduced = provenance("projects[0].execution.reduced");
    REQUIRE(reduced);
    CHECK(reduced->line == 17);
    CHECK(reduced->value == "剩余资金财政已追减");
    CHECK(reduced->text == "因财政资金紧张，使用资金0万元，完成预算的0%，剩余资金财政已追减。");
}

TEST_CASE("seed p02: two tranches in full, 55.07万 used, the 7000/7109 indicator") {
    const auto& p = seed().doc.projects[1];
    CHECK(p.basis == std::vector<std::string>{"人社厅办〔2021〕23号", "川社险办〔2021〕26号", "攀人社发〔2023〕84号"});
    REQUIRE(p.tranches.size() == 2);
    CHECK(p.tranches[0].level == level::provincial);
    CHECK(p.tranches[0].amount == wan("10.82"));
    CHECK(p.tranches[0].arrived == wan("10.82"));
    CHECK(p.tranches[1].level == level::district);
    CHECK(p.tranches[1].amount == wan("44.25"));
    CHECK(p.tranches[1].arrived == wan("44.25"));
    REQUIRE(p.execution);
    CHECK(p.execution->used == wan("55.07"));
    CHECK_FALSE(p.execution->reported_rate);
    CHECK(p.execution->items.empty());
    CHECK(p.problems == std::vector<std::string>{});
    CHECK(p.suggestions == std::vector<std::string>{});
    REQUIRE(p.indicators.size() == 1);
    const auto& ind = p.indicators[0];
    CHECK(ind.level1 == indicator_level1::output);
    CHECK(ind.level2 == indicator_level2::quantity);
    CHECK(ind.name == "参保人数");
    CHECK(ind.unit == "人");
    CHECK(ind.op == comparison::at_least);
    CHECK(ind.target == quantity(7000));
    CHECK(ind.actual == quantity(7109));
    CHECK(ind.weight == points(50));
    const auto x = nlohmann::json::parse(ind.x.json);
    CHECK(x["source"][0]["line"] == 46);
    CHECK(x["source"][0]["fields"]["target"] == "7000人以上");
    CHECK(x["source"][1]["line"] == 61);
    CHECK(x["source"][1]["fields"]["actual"] == "7109人");
    CHECK(x["notes"][1] ==
          "weight 50 is NOT in the text: it is the mof-2020 level-1 recommendation for output, as in the hand transcription");
    CHECK(x["notes"][2] == "the results section also states a planned figure, “7100人” (line 61); alternative target");
    const auto px = nlohmann::json::parse(p.x.json);
    CHECK(px["other_title_lines"][0]["text"] == "2023年区级财政衔接推进乡村振兴补助资金");
}

TEST_CASE("seed p03/p04: 2022 money (prior_year) arriving in 2023, used in full; p04 itemised") {
    const auto& p3 = seed().doc.projects[2];
    REQUIRE(p3.tranches.size() == 1);
    const auto& t3 = p3.tranches[0];
    CHECK(t3.level == level::provincial);
    CHECK(t3.source == fund_source::prior_year);
    CHECK(t3.year == 2022);
    CHECK(t3.amount == wan("4"));
    CHECK(t3.arrived == wan("4"));
    CHECK_FALSE(t3.arrival_date);
    CHECK(t3.document == "川财社发〔2022〕144号");
    CHECK(p3.execution->used == wan("4"));
    const auto* arrived = provenance("projects[2].tranches[0].arrived");
    REQUIRE(arrived);
    CHECK(arrived->line == 90);
    CHECK(arrived->text == "2023年项目资金4万元到位。");

    const auto& p4 = seed().doc.projects[3];
    CHECK(p4.basis == std::vector<std::string>{"川财社〔2022〕144号", "川财社〔2021〕7号"});
    REQUIRE(p4.tranches.size() == 1);
    CHECK(p4.tranches[0].source == fund_source::prior_year);
    CHECK(p4.tranches[0].year == 2022);
    CHECK(p4.tranches[0].amount == wan("3.12"));
    CHECK(p4.tranches[0].arrived == wan("3.12"));
    CHECK(p4.tranches[0].document == "川财社〔2022〕144号");
    const auto& e = *p4.execution;
    REQUIRE(e.items.size() == 2);
    CHECK(e.items[0].purpose == "档案整理和数字化管理");
    CHECK(e.items[0].amount == wan("2"));
    CHECK(e.items[1].purpose == "工伤宣传资料印刷");
    CHECK(e.items[1].amount == wan("1.12"));
    CHECK(e.used == wan("3.12"));
    CHECK_FALSE(e.carried_forward);  // not stated: absent, not 0
}

TEST_CASE("seed p05–p09: 攀财资社〔2023〕197号 money, late arrival 2023-12-31, all carried forward") {
    const std::pair<std::size_t, const char*> cases[] = {{4, "1.41"}, {5, "1.41"}, {6, "2"}, {7, "2.05"}, {8, "12.1"}};
    for (const auto& c : cases) {
        const std::size_t i = c.first;
        const char* figure = c.second;
        CAPTURE(i);
        const auto& p = seed().doc.projects[i];
        REQUIRE(p.tranches.size() == 1);
        const auto& t = p.tranches[0];
        CHECK(t.level == level::provincial);
        CHECK(t.source == fund_source::current_year);
        CHECK(t.amount == wan(figure));
        CHECK(t.arrived == wan(figure));
        REQUIRE(t.arrival_date);
        CHECK(to_string(*t.arrival_date) == "2023-12-31");
        CHECK(t.document == "攀财资社〔2023〕197号");
        CHECK(p.execution->used == money{});
        CHECK(p.execution->carried_forward == wan(figure));
        CHECK(p.indicators.empty());
    }
    const auto* date = provenance("projects[4].tranches[0].arrival_date");
    REQUIRE(date);
    CHECK(date->value == "2023年12月底");
    CHECK(date->line == 161);
}

TEST_CASE("seed findings: S001 missing sections, S002 numbering, S003 the 144号 pair, S004 claims, S005 unbound amounts") {
    const auto& r = seed();
    CHECK(ingest_test::rule_lines(r.findings) == std::vector<std::string>{"JX-S003@116"});
    const auto& s003 = r.findings[0];
    CHECK(s003.severity == severity::warning);
    CHECK(s003.where == location("renhe-hrss-2023-self-evaluation.txt", 116, 0, "projects[3].basis[0]"));
    CHECK(s003.expected == "川财社发〔2022〕144号");
    CHECK(s003.actual == "川财社〔2022〕144号");
    CHECK(s003.message.en ==
          "line 116 (project “省级财政社保公共服务能力建设资金（工伤保险省级统筹绩效管理资金）”) cites “川财社〔2022〕144号” and "
          "line 79 (project “省级社保公共服务能力建设资金（企保省级统筹绩效管理）”) cites “川财社发〔2022〕144号”: the numbers differ "
          "only in the issuer prefix and seem to be one document《四川省财政厅 四川省人力资源和社会保障厅关于下达2022年省级财政社保公共服务能力建设资金的通知》; "
          "check the original and use its correct number");

    using V = std::vector<std::string>;
    const auto& pf = r.project_findings;
    REQUIRE(pf.size() == 9);
    CHECK(ingest_test::rule_lines(pf[0]) == V{"JX-S002@25"});
    CHECK(ingest_test::rule_lines(pf[1]) == V{"JX-S005@41", "JX-S005@46"});
    CHECK(ingest_test::rule_lines(pf[2]) == V{"JX-S005@101", "JX-S005@101", "JX-S005@101"});
    CHECK(ingest_test::rule_lines(pf[3]).empty());
    CHECK(ingest_test::rule_lines(pf[4]) == V{"JX-S001@173", "JX-S005@172", "JX-S005@172"});
    CHECK(ingest_test::rule_lines(pf[5]) == V{"JX-S002@183", "JX-S004@202"});
    CHECK(ingest_test::rule_lines(pf[6]) == V{"JX-S001@223", "JX-S004@235"});
    CHECK(ingest_test::rule_lines(pf[7]) == V{"JX-S001@255"});
    CHECK(ingest_test::rule_lines(pf[8]) == V{"JX-S002@290"});

    const auto& s002 = pf[0][0];
    CHECK(s002.severity == severity::info);
    CHECK(s002.where.path == "projects[0]");
    CHECK(s002.expected == "（二）");
    CHECK(s002.actual == "（2）");
    CHECK(s002.message.zh == "第25行的标题“（2） 项目效益情况”编号为“（2）”，按“一、/（一）/1．”格式应为“（二）”");
    CHECK(pf[5][0].actual == "1、");
    CHECK(pf[5][0].expected == "一、");
    CHECK(pf[8][0].actual == "（3）");
    CHECK(pf[8][0].expected == "（三）");

    CHECK(pf[4][0].expected == "四、问题及建议");
    CHECK(pf[4][0].message.en ==
          "project “社保公共服务能力建设资金（企保全国统筹绩效管理）” lacks the standard section “四、问题及建议” (its sub-sections are "
          "there; only this heading is missing), expected before line 173; add it or say why it does not apply "
          "(judged against the Sichuan template of project self-evaluation reports)");
    CHECK(pf[6][0].expected == "（三）项目资金申报相符性");
    CHECK(pf[7][0].expected == "（三）项目资金申报相符性");
    CHECK(pf[6][0].severity == severity::warning);

    const auto& s004 = pf[5][1];
    CHECK(s004.severity == severity::warning);
    CHECK(s004.where.path == "projects[5].outcome");
    CHECK(s004.actual == "14100.00");
    CHECK(s004.message.zh ==
          "第202行称“已按计划完成”，但项目资金 1.41万元 全部结转（使用 0 元）；请核对完成情况与资金使用是否一致：“已按计划完成2023年档案整理和数字化管理、资料印刷工作。”");

    const std::pair<std::size_t, std::vector<std::string>> unbound[] = {
        {1, {"100元", "100元"}}, {2, {"38069.17万元", "1286.96万元", "12.01万元"}}, {4, {"19553.37万元", "39996.4万元"}}};
    for (const auto& [i, amounts] : unbound) {
        std::vector<std::string> actual;
        for (const auto& f : pf[i])
            if (f.rule == "JX-S005") actual.push_back(*f.actual);
        CHECK(actual == amounts);
    }
    const auto& s005 = pf[2][0];
    CHECK(s005.severity == severity::info);
    CHECK(s005.where.path == "projects[2].outcome");
    CHECK(s005.message.en.starts_with("line 101: the amount 38069.17万元 was not tied to any field (it is outside the funds paragraphs"));
    CHECK(pf[1][0].where.path == "projects[1]");
    CHECK(pf[1][1].where.path == "projects[1].goal");
    CHECK(pf[1][1].message.en.find("a per-capita standard") != std::string::npos);
}

TEST_CASE("seed vs the hand transcription: funds, tranches, dates and documents agree field by field") {
    const auto& hp = hand()["projects"];
    const auto& doc = seed().doc;
    REQUIRE(hp.size() == doc.projects.size());
    CHECK(hand()["unit"] == *doc.unit);
    CHECK(hand()["fiscal_year"] == doc.fiscal_year);
    for (std::size_t i = 0; i < doc.projects.size(); ++i) {
        const auto& h = hp[i];
        const auto& p = doc.projects[i];
        CAPTURE(p.id);
        CHECK(h["id"] == p.id);
        CHECK(h["name"] == p.name);
        CHECK(h["basis"].get<std::vector<std::string>>() == p.basis);
        CHECK(h["goal"] == p.goal.value_or(""));
        CHECK(h["outcome"] == p.outcome.value_or(""));
        CHECK(h["problems"].get<std::vector<std::string>>() == p.problems.value_or(std::vector<std::string>{"(absent)"}));
        CHECK(h["suggestions"].get<std::vector<std::string>>() == p.suggestions.value_or(std::vector<std::string>{"(absent)"}));
        REQUIRE(h["tranches"].size() == p.tranches.size());
        for (std::size_t k = 0; k < p.tranches.size(); ++k) {
            const auto& ht = h["tranches"][k];
            const auto& t = p.tranches[k];
            CHECK(ht["level"] == to_string(t.level));
            CHECK(ht["source"] == to_string(*t.source));
            CHECK(amount(ht["amount"]) == t.amount);
            CHECK(optional_amount(ht, "arrived") == t.arrived);
            CHECK(ht.value("arrival_date", std::string{}) == (t.arrival_date ? to_string(*t.arrival_date) : std::string{}));
            CHECK(ht.value("document", std::string{}) == t.document.value_or(""));
            CHECK((ht.contains("year") ? std::optional<int>(ht["year"].get<int>()) : std::nullopt) == t.year);
        }
        const auto& he = h["execution"];
        REQUIRE(p.execution);
        const auto& e = *p.execution;
        CHECK(optional_amount(he, "used") == e.used);
        // The hand wrote 0 for dispositions the book never mentions; the ingester leaves an
        // unstated figure out (unknown is not zero). Every figure the book states agrees.
        const auto stated_or_unmentioned_zero = [&](const char* key, const std::optional<money>& read) {
            const auto h = optional_amount(he, key);
            return h == read || (h && h->is_zero() && !read);
        };
        CHECK(stated_or_unmentioned_zero("carried_forward", e.carried_forward));
        CHECK(stated_or_unmentioned_zero("reduced", e.reduced));
        CHECK(stated_or_unmentioned_zero("recovered", e.recovered));
        CHECK(stated_or_unmentioned_zero("surplus", e.surplus));
        CHECK(he.value("reported_rate", std::string{}) == (e.reported_rate ? e.reported_rate->text : std::string{}));
        CHECK(he.value("deviation", std::string{}) == e.deviation.value_or(""));
        const auto hitems = he.value("items", nlohmann::json::array());
        REQUIRE(hitems.size() == e.items.size());
        for (std::size_t k = 0; k < e.items.size(); ++k) {
            CHECK(hitems[k]["purpose"] == e.items[k].purpose);
            CHECK(amount(hitems[k]["amount"]) == e.items[k].amount);
        }
        // The evaluation sees the same money.
        CHECK(summarize_funds(funds_of_hand(h)) == summarize_funds(p));
    }
}

TEST_CASE("seed vs the hand transcription: the known, explained differences") {
    const auto& h = hand();
    const auto& doc = seed().doc;
    // Not printed in the book: the hand assembled the region and chose the preset.
    CHECK(h.contains("region"));
    CHECK_FALSE(doc.region);
    CHECK(h["scheme"]["preset"] == "mof-2020");
    CHECK_FALSE(doc.scheme);  // the default scheme is mof-2020 anyway
    // The cost-sharing policy is read by the hand from prose (省级承担50%，市县两级…); the ingester
    // does not turn prose into policies, and p02 has no cost_sharing.
    CHECK(h["policies"].size() == 1);
    CHECK(doc.policies.empty());
    CHECK(h["projects"][1].contains("cost_sharing"));
    CHECK_FALSE(doc.projects[1].cost_sharing);
    // p02 budget.initial 70万 = 7000人 × 100元 is the hand's arithmetic, not a printed figure.
    CHECK(amount(h["projects"][1]["budget"]["initial"]) == wan("70"));
    CHECK_FALSE(doc.projects[1].budget);
    // p02's indicator: the same target, actual, op and weight; the name is the hand's own (代缴人数),
    // the ingester takes the text's words before the actual (实际参保人数 → 参保人数).
    const auto& hi = h["projects"][1]["indicators"][0];
    const auto& ii = doc.projects[1].indicators[0];
    CHECK(hi["name"] == "代缴人数");
    CHECK(ii.name == "参保人数");
    CHECK(quantity::parse(hi["target"].get<std::string>()) == *ii.target);
    CHECK(quantity::parse(hi["actual"].get<std::string>()) == *ii.actual);
    CHECK(points::parse(hi["weight"].get<std::string>()) == ii.weight);
    CHECK(hi["unit"] == *ii.unit);
    // p09: the hand read "1个 built" from a description with no count (产业园已完成…装修工作); the
    // ingester needs a printed actual, so p09 has no indicator.
    CHECK(h["projects"][8]["indicators"].size() == 1);
    CHECK(doc.projects[8].indicators.empty());
    // x: the hand's notes are prose; the ingester's x holds sources.
    CHECK(h["projects"][0]["x"].contains("notes"));
    CHECK(nlohmann::json::parse(doc.projects[0].x.json).contains("text_lines"));
}

TEST_CASE("seed from GB18030 bytes gives the same document and findings, and says GB18030") {
    const auto gb = ingest_test::encode(ingest_test::seed_text(), "GB18030");
    const auto r = ingest_report_book(gb, "renhe-hrss-2023-self-evaluation.txt");
    CHECK(r.encoding == "GB18030");
    CHECK(nlohmann::json::parse(r.doc.x.json)["ingested"]["encoding"] == "GB18030");
    check_same_as_seed(r);
}

TEST_CASE("seed from a .docx (a paragraph per line, tabs as w:tab, a real _GoBack bookmark) gives the same result") {
    const auto docx = ingest_test::make_docx(ingest_test::seed_text());
    const auto r = ingest_report_book(docx, "renhe-hrss-2023-self-evaluation.docx");
    CHECK(r.encoding == "docx");
    check_same_as_seed(r);
}

TEST_CASE("the file overload reads the seed from disk and names the file in errors") {
    const auto r = ingest_report_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/data/renhe-hrss-2023-self-evaluation.txt");
    CHECK(r.doc.projects.size() == 9);
    CHECK_THROWS_WITH((void)ingest_report_file("no-such-report.txt"), "no-such-report.txt: cannot open the file");
}
