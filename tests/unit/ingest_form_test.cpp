// Reading filled forms: the pieces (shortest decimal of a stored double, printed
// indicator values, the xlsx sheet model, the docx table grid) and a minimal
// workbook read through ingest_report_book. Whole forms made by another program
// are checked by tests/forms/check_form_reading.py.
#include "ingest/docx_tables.hpp"
#include "ingest/form_cells.hpp"
#include "ingest/form_reader.hpp"
#include "ingest/printed_value.hpp"
#include "ingest/xlsx_workbook.hpp"
#include "ingest_support.hpp"

#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

// Its own namespace: helpers and using-directives of this file stay its own when a
// unity build compiles test sources together.
namespace ingest_form_test {

using namespace jixiao;
using namespace jixiao::ingest;
using ingest_test::zip_archive;

TEST_CASE("a stored double is read from its shortest round-trip decimal text") {
    CHECK(shortest_decimal("10.820000000000000284") == "10.82");
    CHECK(shortest_decimal("55.070000000000000284") == "55.07");
    CHECK(shortest_decimal("55.070000000000007") == "55.07000000000001");  // the next double up: not 55.07
    CHECK(shortest_decimal("10.82") == "10.82");
    CHECK(shortest_decimal("1083456.78") == "1083456.78");
    CHECK(shortest_decimal("100000") == "100000");  // fixed notation, never 1e+05
    CHECK(shortest_decimal("1E-3") == "0.001");
    CHECK(shortest_decimal("-0") == "0");
    CHECK(shortest_decimal("0.92300000000000004") == "0.923");
    CHECK_FALSE(shortest_decimal("abc").has_value());
    CHECK_FALSE(shortest_decimal("1e400").has_value());
    CHECK_FALSE(shortest_decimal("10.82x").has_value());
    // A double that is not a whole number of fen stays so: money::parse refuses it.
    CHECK(shortest_decimal("550700.125") == "550700.125");
    CHECK_THROWS((void)money::parse(*shortest_decimal("550700.125")));
}

TEST_CASE("printed indicator values split into operator, number and unit") {
    const auto v = split_printed_value("≥90%");
    CHECK(v.op == comparison::at_least);
    CHECK(v.number == "90");
    CHECK(v.unit == "%");
    CHECK(split_printed_value(">=95").op == comparison::at_least);
    CHECK(split_printed_value("＞＝95").number == "95");
    const auto days = split_printed_value("≤ 5 天");
    CHECK(days.op == comparison::at_most);
    CHECK(days.number == "5");
    CHECK(days.unit == "天");
    const auto bare = split_printed_value("100%");
    CHECK_FALSE(bare.op.has_value());
    CHECK(bare.number == "100");
    const auto above = split_printed_value("95%以上");
    CHECK(above.op == comparison::at_least);
    CHECK(above.unit == "%");
    CHECK(split_printed_value("3天以内").op == comparison::at_most);
    CHECK(split_printed_value("＝2,000人").number == "2000");
    CHECK(split_printed_value("=2000人").op == comparison::equal);
    const auto strict = split_printed_value(">10个");
    CHECK(strict.op == comparison::at_least);
    CHECK(strict.strict);
    CHECK(split_printed_value("１２．５万元").number == "12.5");
    CHECK(split_printed_value("１２．５万元").unit == "万元");
    // Words, a range, an operator before words: no number.
    CHECK_FALSE(split_printed_value("是").number.has_value());
    CHECK_FALSE(split_printed_value("90%-95%").number.has_value());
    const auto words = split_printed_value("不低于上年");
    CHECK_FALSE(words.number.has_value());
    CHECK_FALSE(words.op.has_value());
    CHECK(words.text == "不低于上年");
}

TEST_CASE("cell names in A1 notation") {
    CHECK(cell_name(0, 0) == "A1");
    CHECK(cell_name(5, 3) == "D6");
    CHECK(column_letters(25) == "Z");
    CHECK(column_letters(26) == "AA");
    CHECK(column_letters(16383) == "XFD");
}

namespace {

const std::string workbook_xml =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="表一" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string workbook_rels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";
const std::string shared_strings =
    R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<si><t>项目名称</t></si><si><r><t>产出</t></r><r><t>指标</t></r><rPh><t>さん</t></rPh></si></sst>)";
const std::string styles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts><numFmt numFmtId="164" formatCode="0.00&quot;%&quot;"/></numFmts>)"
    R"(<cellStyleXfs><xf numFmtId="10"/></cellStyleXfs>)"
    R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>)";

std::string sheet(const std::string& data, const std::string& tail = "") {
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
           "<sheetData>" + data + "</sheetData>" + tail + "</worksheet>";
}

std::string workbook(const std::string& sheet_xml) {
    return zip_archive({{"xl/workbook.xml", workbook_xml},
                        {"xl/_rels/workbook.xml.rels", workbook_rels},
                        {"xl/sharedStrings.xml", shared_strings},
                        {"xl/styles.xml", styles},
                        {"xl/worksheets/sheet1.xml", sheet_xml}});
}

// Row `r` of a sheet: a cell "#10.82" is a number, any other an inline string, "" none.
std::string sheet_row(int r, const std::vector<std::string>& cells) {
    std::string out = "<row r=\"" + std::to_string(r) + "\">";
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].empty()) continue;
        const std::string ref = column_letters(i) + std::to_string(r);
        if (cells[i].front() == '#')
            out += "<c r=\"" + ref + "\"><v>" + cells[i].substr(1) + "</v></c>";
        else
            out += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + cells[i] + "</t></is></c>";
    }
    return out + "</row>";
}

}  // namespace

TEST_CASE("xlsx sheets: shared and inline strings, numbers, percent formats, merged cells") {
    const auto bytes = workbook(sheet(
        R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>名称</t></is></c></row>)"
        R"(<row r="3"><c r="B3" t="s"><v>1</v></c><c r="D3" s="1"><v>0.92300000000000004</v></c>)"
        R"(<c r="E3" s="2"><v>92.3</v></c><c r="F3"><f>SUM(A1)</f><v>55.07</v></c></row>)",
        R"(<mergeCells count="1"><mergeCell ref="B3:B5"/></mergeCells>)"));
    CHECK(is_xlsx(bytes));
    const auto sheets = read_xlsx(bytes, "t.xlsx");
    REQUIRE(sheets.size() == 1);
    const auto& g = sheets[0];
    CHECK(g.sheet == "表一");
    CHECK(g.at(1, 0)->text == "项目名称");
    CHECK(g.at(1, 2)->text == "名称");
    CHECK(g.at(2, 1)->text == "产出指标");  // runs joined, the phonetic guide left out
    CHECK(g.at(2, 3)->number);
    CHECK(g.at(2, 3)->percent);             // 0.00%
    CHECK(g.at(2, 3)->decimals == 2);
    CHECK_FALSE(g.at(2, 4)->percent);       // 0.00"%" prints a literal %
    CHECK(g.at(2, 5)->text == "55.07");     // a formula's cached value
    REQUIRE(g.merge_at(4, 1) != nullptr);
    CHECK(g.merge_at(4, 1)->top == 2);
    CHECK(g.at(4, 1) == nullptr);
    CHECK(g.where_en(2, 3) == "sheet “表一”, cell D3");
}

TEST_CASE("xlsx defences: DOCTYPE, bad references and missing parts are refused by name") {
    CHECK_THROWS_WITH((void)read_xlsx(workbook(R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "b">]><worksheet/>)"), "d.xlsx"),
                      doctest::Contains("d.xlsx: xl/worksheets/sheet1.xml has a DOCTYPE declaration"));
    CHECK_THROWS_WITH((void)read_xlsx(workbook(sheet(R"(<row r="1"><c r="1A"><v>1</v></c></row>)")), "r.xlsx"),
                      doctest::Contains("sheet “表一”: has a cell reference that cannot be read: 1A"));
    CHECK_THROWS_WITH((void)read_xlsx(workbook(sheet(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)")), "s.xlsx"),
                      doctest::Contains("cell A1 refers to shared string 7, which does not exist"));
    const auto no_sheet = zip_archive({{"xl/workbook.xml", workbook_xml}, {"xl/_rels/workbook.xml.rels", workbook_rels}});
    CHECK_THROWS_WITH((void)read_xlsx(no_sheet, "m.xlsx"), doctest::Contains("m.xlsx: the archive has no xl/worksheets/sheet1.xml"));
    CHECK_FALSE(is_xlsx(zip_archive({{"word/document.xml", "<x/>"}})));
    CHECK_FALSE(is_xlsx("plain text"));
}

TEST_CASE("docx body: tables on their grid columns, gridSpan and vMerge as merges, paragraphs between") {
    const std::string xml =
        R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
        R"(<w:p><w:r><w:t>（2023年度）</w:t></w:r></w:p><w:tbl>)"
        R"(<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>资金</w:t></w:r></w:p></w:tc>)"
        R"(<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>年初</w:t></w:r></w:p><w:p><w:r><w:t>预算数</w:t></w:r></w:p></w:tc>)"
        R"(<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>)"
        R"(<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:delText>no</w:delText><w:t>a</w:t></w:r></w:p></w:tc>)"
        R"(<w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>)"
        R"(</w:tbl></w:body></w:document>)";
    const auto g = read_docx_body(zip_archive({{"word/document.xml", xml}}), "t.docx");
    CHECK(g.at(0, 0)->text == "（2023年度）");
    CHECK_FALSE(g.in_table(0));
    CHECK(g.at(1, 0)->text == "资金");
    CHECK(g.at(1, 1)->text == "年初\n预算数");
    CHECK(g.at(1, 3)->text == "x");       // after a gridSpan of 2
    CHECK(g.at(2, 1)->text == "a");       // deleted text left out
    CHECK(g.at(2, 3)->text == "c");
    REQUIRE(g.merge_at(2, 0) != nullptr);  // vMerge continues
    CHECK(g.merge_at(2, 0)->top == 1);
    REQUIRE(g.merge_at(1, 2) != nullptr);  // gridSpan
    CHECK(g.merge_at(1, 2)->left == 1);
    CHECK(g.where_en(2, 3) == "table 1, row 2, column 4");
    CHECK(g.where_en(0, 0) == "paragraph 1");
    CHECK_FALSE(has_filled_form(g));
}

TEST_CASE("ingest_report_book reads a workbook as a form and says when it holds none") {
    const auto no_form = workbook(sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>汇总</t></is></c></row>)"));
    CHECK_THROWS_WITH((void)ingest_report_book(no_form, "n.xlsx"),
                      doctest::Contains("n.xlsx: no self-evaluation form found"));
    const auto form = workbook(sheet(
        sheet_row(1, {"（2024年度）"}) + sheet_row(2, {"项目名称", "示例项目"}) +
        sheet_row(3, {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"}) +
        sheet_row(4, {"", "年度资金总额", "#10", "#10.820000000000000284", "#5.41", "#10", "50%", "#5"}) +
        sheet_row(5, {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"}) +
        sheet_row(6, {"", "产出指标", "数量指标", "培训人次", "≥100人次", "#120", "#90", "#90"}) +
        sheet_row(7, {"总分", "", "", "", "", "", "#100", "#95"})));
    const auto result = ingest_report_book(form, "f.xlsx");
    CHECK(result.encoding == "xlsx");
    CHECK(result.doc.fiscal_year == 2024);
    REQUIRE(result.doc.projects.size() == 1);
    const auto& p = result.doc.projects[0];
    CHECK(p.id == "p01");
    CHECK(p.name == "示例项目");
    CHECK(p.budget->initial == money::parse("100000"));
    CHECK(p.budget->adjusted == money::parse("108200"));
    CHECK(p.execution->used == money::parse("54100"));
    CHECK(p.execution->reported_rate->text == "50%");
    CHECK(p.reported->execution_score == points(5));
    CHECK(p.reported->total == points(95));
    REQUIRE(p.indicators.size() == 1);
    CHECK(p.indicators[0].target == quantity(100));
    CHECK(p.indicators[0].actual == quantity(120));
    CHECK(p.indicators[0].unit == "人次");
    CHECK(p.indicators[0].reported_score == points(90));
    REQUIRE(result.provenance.size() >= 3);
    CHECK(result.provenance[0].path == "projects[0].budget.initial");
    CHECK(result.provenance[0].text == "sheet “表一”, cell C4");
}

// jixiao's own forms print 未说明 (not stated) where the report states no figure; such a form
// reads back with the figure absent, as a form that leaves the cell blank or writes "—".
TEST_CASE("a form's 未说明 or not stated cell is no figure") {
    CHECK(is_no_figure("未说明"));
    CHECK(is_no_figure("notstated"));
    CHECK_FALSE(is_no_figure("未说明原因"));
    const auto form = workbook(sheet(
        sheet_row(1, {"（2024年度）"}) + sheet_row(2, {"项目名称", "示例项目"}) +
        sheet_row(3, {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"}) +
        sheet_row(4, {"", "年度资金总额", "#10", "#10", "未说明", "#10", "—", "—"}) +
        sheet_row(5, {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"}) +
        sheet_row(6, {"", "产出指标", "数量指标", "培训人次", "≥100人次", "#120", "#90", "#90"}) +
        sheet_row(7, {"总分", "", "", "", "", "", "#100", "#90"})));
    const auto result = ingest_report_book(form, "f.xlsx");
    REQUIRE(result.doc.projects.size() == 1);
    const auto& p = result.doc.projects[0];
    CHECK(p.budget->adjusted == money::parse("100000"));
    CHECK_FALSE((p.execution && p.execution->used.has_value()));
}

}  // namespace ingest_form_test
