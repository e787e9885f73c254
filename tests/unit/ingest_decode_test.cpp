// Decoding report books: UTF-8 (with or without BOM), GB18030, UTF-16 with BOM, .docx;
// never a silent guess.
#include "ingest_support.hpp"

#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

using jixiao::decode_report;
using namespace ingest_test;

namespace {
const std::string sample = "2023年度项目支出绩效自评报告\n到位资金９０万元。\n";
}

TEST_CASE("valid UTF-8 is UTF-8, a BOM is stripped and named") {
    const auto plain = decode_report(sample, "a.txt");
    CHECK(plain.encoding == "UTF-8");
    CHECK(plain.text == sample);
    const auto bom = decode_report("\xEF\xBB\xBF" + sample, "a.txt");
    CHECK(bom.encoding == "UTF-8 (BOM)");
    CHECK(bom.text == sample);
}

TEST_CASE("bytes that are not UTF-8 are read as GB18030 and say so") {
    const std::string gb = encode(sample, "GB18030");
    REQUIRE(gb != sample);
    const auto decoded = decode_report(gb, "a.txt");
    CHECK(decoded.encoding == "GB18030");
    CHECK(decoded.text == sample);
}

TEST_CASE("UTF-16 with a byte-order mark (Word's 'Unicode' text) is decoded") {
    const auto le = decode_report("\xFF\xFE" + encode(sample, "UTF-16LE"), "a.txt");
    CHECK(le.encoding == "UTF-16LE (BOM)");
    CHECK(le.text == sample);
    const auto be = decode_report("\xFE\xFF" + encode(sample, "UTF-16BE"), "a.txt");
    CHECK(be.encoding == "UTF-16BE (BOM)");
    CHECK(be.text == sample);
}

TEST_CASE("neither UTF-8 nor GB18030 is an error naming the file, the offsets and the line") {
    // Line 2 starts at byte 4; 0x80 is invalid as UTF-8 and as a GB18030 lead byte.
    const std::string bad = "abc\nde\x80\x80x\n";
    try {
        (void)decode_report(bad, "book.txt");
        FAIL("expected an error");
    } catch (const jixiao::error& e) {
        CHECK(std::string(e.what()) ==
              "book.txt:2: neither UTF-8 (invalid byte at offset 6, line 2) nor GB18030 (invalid byte at offset 6, line 2; "
              "offsets count from 0); save the report from Word as plain text in UTF-8, or give the .docx itself");
        CHECK(e.where().file == "book.txt");
        CHECK(e.where().line == 2);
        CHECK(e.describe(jixiao::language::zh).find("既不是 UTF-8（第 2 行、第 6 字节处无效）") != std::string::npos);
    }
}

TEST_CASE("GB18030 fails later than UTF-8: both places are named") {
    // 0xC4 0xE3 is 你 in GB18030 but not UTF-8 (offset 0); 0xFF on line 3 breaks both.
    const std::string bad = "\xC4\xE3\n\nx\xFF";
    CHECK_THROWS_WITH((void)decode_report(bad, "b.txt"),
                      doctest::Contains("neither UTF-8 (invalid byte at offset 0, line 1) nor GB18030 (invalid byte at offset 5, line 3"));
}

TEST_CASE("a UTF-8 BOM followed by bytes that are not UTF-8 is an error, not a reason to guess") {
    CHECK_THROWS_WITH((void)decode_report("\xEF\xBB\xBFok\n\xC4\xE3", "c.txt"),
                      "c.txt:2: the file starts with a UTF-8 byte-order mark but is not valid UTF-8 at byte offset 6");
}

TEST_CASE("NUL characters (UTF-16 without a BOM) are refused") {
    const std::string utf16_no_bom = encode("2023年", "UTF-16LE");
    CHECK_THROWS_WITH((void)decode_report(utf16_no_bom, "d.txt"), doctest::Contains("NUL characters"));
}

TEST_CASE(".docx: one line per paragraph, w:tab a tab, w:br a line break, deleted text and fallbacks left out") {
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
        "<w:r><w:tab/><w:t>（一）资金</w:t></w:r><w:r><w:t xml:space=\"preserve\">到位 </w:t></w:r></w:p>"
        "<w:p/>"
        "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
        "<w:p><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText>"
        "<w:t>留下&amp;</w:t></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>框</w:t></mc:Choice><mc:Fallback><w:t>框</w:t></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        "</w:body></w:document>";
    const auto docx = zip_archive({{"[Content_Types].xml", content_types}, {"word/document.xml", xml}});
    const auto decoded = decode_report(docx, "e.docx");
    CHECK(decoded.encoding == "docx");
    CHECK(decoded.text == "\t（一）资金到位 \n\n第一行\n第二行\n留下&\n框");
}

TEST_CASE("a zip without word/document.xml, or a broken one, is an error naming the file") {
    const auto not_word = zip_archive({{"content.xml", "<x/>"}});
    CHECK_THROWS_WITH((void)decode_report(not_word, "f.docx"),
                      "f.docx: the archive has no word/document.xml: it is not a Word document (.docx)");
    const auto broken_xml = zip_archive({{"word/document.xml", "<w:document><w:p></w:document>"}});
    CHECK_THROWS_WITH((void)decode_report(broken_xml, "g.docx"),
                      doctest::Contains("g.docx: word/document.xml is not valid XML at its line 1"));
    CHECK_THROWS_WITH((void)decode_report(std::string("PK\x03\x04garbage", 11), "h.docx"),
                      doctest::Contains("h.docx: not a valid .docx (zip) file"));
}

// A mirror site's copy of an Inner Mongolia park's report in traditional characters
// (http://m.cdsnjd.com/zt/xdncy/dt/2023/0306/18745.html): read as the simplified text it
// was converted from, and the encoding says so.
TEST_CASE("a book in traditional characters is read as simplified; a simplified book is left alone") {
    const std::string traditional =
        "某產業園項目2022年度績效自評報告\n"
        "一、績效目標分解下達情況\n"
        "中央財政下達專項資金3000萬元，實際支付2700萬元，使用率90%，全部用於設備採購。\n"
        "二、績效目標完成情況分析\n"
        "（一）資金投入情況分析。資金已全部到位，內蒙古自治區財政專款專戶管理。\n";
    const auto read = decode_report(traditional, "t.txt");
    CHECK(read.encoding == "UTF-8, traditional characters read as simplified");
    CHECK(read.text ==
          "某产业园项目2022年度绩效自评报告\n"
          "一、绩效目标分解下达情况\n"
          "中央财政下达专项资金3000万元，实际支付2700万元，使用率90%，全部用于设备采购。\n"
          "二、绩效目标完成情况分析\n"
          "（一）资金投入情况分析。资金已全部到位，内蒙古自治区财政专款专户管理。\n");

    // A simplified book that names 臺灣 and 於 once is no traditional book.
    const std::string simplified = sample + "慰藉群众，与臺灣同胞交流，於某村开展活动。\n";
    const auto kept = decode_report(simplified, "s.txt");
    CHECK(kept.encoding == "UTF-8");
    CHECK(kept.text == simplified);

    const auto book = jixiao::ingest_report_book(traditional, "t.txt");
    REQUIRE(book.doc.projects.size() == 1);
    REQUIRE(book.doc.projects[0].tranches.size() == 1);
    CHECK(book.doc.projects[0].tranches[0].amount == wan("3000"));
    CHECK(book.doc.projects[0].execution->used == wan("2700"));
    CHECK(book.encoding == "UTF-8, traditional characters read as simplified");
}

// A mirror site's copy of a 临河区 report in traditional characters with a pinyin reading
// after some of them (http://m.boostyourviews.net/html/59/24507.html prints 發(fā)放, 依據(jù)): the
// readings are left out, then the characters read as simplified.
TEST_CASE("pinyin readings after characters are left out when a book has five or more") {
    const std::string glossed =
        "強制撲殺補助資金2023年度績效自評報告\n一、基本情況\n"
        "(一)發(fā)放依據(jù)標準:臨河區(qū)財政局下達強制撲殺補助資金23萬元，"
        "完成資金發(fā)放64500元。補貼標準(a)級(jí)。\n";
    const auto read = decode_report(glossed, "g.txt");
    CHECK(read.encoding == "UTF-8, pinyin readings after characters left out, traditional characters read as simplified");
    CHECK(read.text ==
          "强制扑杀补助资金2023年度绩效自评报告\n一、基本情况\n"
          "(一)发放依据标准:临河区财政局下达强制扑杀补助资金23万元，完成资金发放64500元。补贴标准(a)级。\n");
    // Four are no pattern: a book that prints 银行(háng) four times keeps them.
    const std::string few = sample + "银行(háng)、银行(háng)、银行(háng)、银行(háng)。\n";
    const auto kept = decode_report(few, "f.txt");
    CHECK(kept.encoding == "UTF-8");
    CHECK(kept.text == few);
}
