// Hostile report books and hostile text on its way out: .docx read as Word
// shows it, zip bombs and second main parts refused, findings that stay small
// however many figures one sentence holds, and the shared escaping layer
// (render/inert_text.hpp).
#include "ingest_support.hpp"

#include "render/inert_text.hpp"
#include "render/render_xlsx.hpp"

#include <jixiao/ingest.hpp>

#include <doctest/doctest.h>

#include <chrono>

using namespace jixiao;
using ingest_test::content_types;
using ingest_test::parts;
using ingest_test::report_book_text;
using ingest_test::zip_archive;

namespace {

std::string word(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "</w:body></w:document>";
}

std::string docx_text(const std::string& xml) {
    return decode_report(zip_archive({{"[Content_Types].xml", content_types}, {"word/document.xml", xml}}), "w.docx").text;
}

}  // namespace

TEST_CASE("hostile docx: tracked changes accepted, moved-from and hidden text out, as Word shows it") {
    // Insertions in, deletions out.
    CHECK(docx_text(word("<w:p><w:ins><w:r><w:t>新增</w:t></w:r></w:ins><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>"
                         "<w:del><w:r><w:t>也删去</w:t></w:r></w:del></w:p>")) == "新增");
    // A move is read at its new place only.
    CHECK(docx_text(word("<w:p><w:moveFrom><w:r><w:t>到位500万元</w:t></w:r></w:moveFrom><w:r><w:t>甲</w:t></w:r></w:p>"
                         "<w:p><w:moveTo><w:r><w:t>到位500万元</w:t></w:r></w:moveTo></w:p>")) == "甲\n到位500万元");
    // Hidden text out; w:vanish w:val="false" is shown; a hidden paragraph mark hides no text.
    CHECK(docx_text(word("<w:p><w:r><w:t>可见。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>另省级到位资金500万元</w:t></w:r>"
                         "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>也可见</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>段落</w:t></w:r></w:p>")) ==
          "可见。也可见\n段落");
}

TEST_CASE("hostile docx: a DOCTYPE, a second word/document.xml and a zip bomb are refused") {
    const std::string with_entity = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY amt \"9000\">]>"
                                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                    "<w:body><w:p><w:r><w:t>下达&amt;万元</w:t></w:r></w:p></w:body></w:document>";
    CHECK_THROWS_WITH((void)docx_text(with_entity),
                      "w.docx: word/document.xml has a DOCTYPE declaration, which Word never writes: refused");

    // Two entries of one name cannot be made with libzip: the second name is patched in the bytes.
    std::string twice = zip_archive({{"[Content_Types].xml", content_types},
                                     {"word/document.xml", word("<w:p><w:r><w:t>一</w:t></w:r></w:p>")},
                                     {"word/documenX.xml", word("<w:p><w:r><w:t>二</w:t></w:r></w:p>")}});
    for (auto at = twice.find("word/documenX.xml"); at != std::string::npos; at = twice.find("word/documenX.xml"))
        twice[at + 12] = 't';
    CHECK_THROWS_WITH((void)decode_report(twice, "two.docx"),
                      "two.docx: the archive holds word/document.xml twice: which one Word shows cannot be known");

    // 4 MiB of one repeated run deflates more than a hundredfold: no Word file does.
    std::string runs;
    while (runs.size() < (std::size_t{4} << 20)) runs += "<w:r><w:t>下达资金</w:t></w:r>";
    const std::string bomb = zip_archive({{"[Content_Types].xml", content_types}, {"word/document.xml", word("<w:p>" + runs + "</w:p>")}});
    CHECK(bomb.size() < 100'000);
    CHECK_THROWS_WITH((void)decode_report(bomb, "bomb.docx"),
                      "bomb.docx: word/document.xml inflates more than 100 times: no real Word file does (a zip bomb?)");
}

TEST_CASE("hostile book: JX-S003 gives one finding per extra number of a document, not one per pair") {
    // One document cited under 200 issuer prefixes: 199 findings (each against the first), not 19 900.
    parts a;
    std::string citations;
    const std::vector<std::string> stems{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸",
                                         "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉"};
    for (int i = 0; i < 200; ++i)
        citations += "《关于下达2022年某资金的通知》（川" + stems[i / 20] + stems[i % 20] + "社〔2022〕144号）、";
    a.application = "根据" + citations + "区级财政下达资金10万元。";
    const auto r = ingest_report_book(report_book_text(a, "甲资金"), "t.txt");
    std::size_t s003 = 0;
    for (const auto& f : r.all_findings()) s003 += f.rule == "JX-S003" ? 1 : 0;
    CHECK(s003 == 199);
}

TEST_CASE("hostile book: a finding quotes at most 200 characters of its sentence; the amounts past five are counted") {
    parts p;
    std::string many;
    for (int i = 1; i <= 400; ++i) many += "投资" + std::to_string(i) + "万元，";
    p.effect = "带动" + many + "惠及群众。";
    const auto f = ingest_report_book(report_book_text(p), "t.txt").all_findings();
    std::size_t s005 = 0, counted = 0;
    for (const auto& x : f) {
        if (x.rule != "JX-S005") continue;
        ++s005;
        const std::string& m = x.message.en;
        if (m.find(" more amounts (") != std::string::npos) {  // the rest, counted
            ++counted;
            CHECK(m.find(": 395 more amounts (6万元…400万元) were not tied to any field for the same reason (") !=
                  std::string::npos);
            CHECK(x.actual == "6万元…400万元");
            continue;
        }
        const auto open = m.find("“"), close = m.rfind("”");
        REQUIRE(open != std::string::npos);
        const std::string quote = m.substr(open + 3, close - open - 3);
        std::size_t characters = 0;
        for (const char c : quote) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        CHECK(characters == 200);
        CHECK(quote.ends_with("…"));
        CHECK(jixiao::detail::is_valid_utf8(quote));
    }
    CHECK(s005 == 6);
    CHECK(counted == 1);
}

TEST_CASE("inert text: terminal_visible shows control characters, bidi controls and bad bytes") {
    using jixiao::detail::terminal_visible;
    CHECK(terminal_visible("a\x1b]0;owned\x07z") == "a\\x1b]0;owned\\x07z");
    CHECK(terminal_visible("line\nnext\tcol") == "line\nnext\tcol");
    CHECK(terminal_visible("\r\x7f") == "\\x0d\\x7f");
    CHECK(terminal_visible("\xC2\x9B" "31m") == "<U+009B>31m");  // C1 CSI
    CHECK(terminal_visible("12\xE2\x80\xAE" "34") == "12<U+202E>34");
    CHECK(terminal_visible("\xE2\x81\xA6x\xE2\x81\xA9") == "<U+2066>x<U+2069>");
    CHECK(terminal_visible("\xB9\xA4\xD7\xF7.txt") == "\\xb9\\xa4\\xd7\\xf7.txt");  // GBK 工作
    CHECK(terminal_visible("绩效") == "绩效");
}

TEST_CASE("inert text: csv_cell neutralises formulas and keeps numbers") {
    using jixiao::detail::csv_cell;
    CHECK(csv_cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(csv_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(csv_cell("-2+3") == "'-2+3");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\t=1") == "'\t=1");
    CHECK(csv_cell("\r=1") == "\"'\r=1\"");
    CHECK(csv_cell("-") == "'-");
    CHECK(csv_cell("-1234.50") == "-1234.50");
    CHECK(csv_cell("-5.00%") == "-5.00%");
    CHECK(csv_cell("108200.00") == "108200.00");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("普通") == "普通");
}

TEST_CASE("inert text: xml_text replaces what XML cannot hold and escapes _xHHHH_") {
    using jixiao::detail::xml_text;
    std::size_t replaced = 0;
    CHECK(xml_text("a\xEF\xBF\xBE" "b", replaced) == "a\xEF\xBF\xBD" "b");  // U+FFFE
    CHECK(xml_text(std::string("n\0m", 3), replaced) == "n\xEF\xBF\xBDm");
    CHECK(xml_text("\x01\xEF\xBF\xBF", replaced) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(replaced == 4);
    CHECK(xml_text("_x0041_", replaced) == "_x005F_x0041_");
    CHECK(xml_text("_x004_ _xZZZZ_", replaced) == "_x004_ _xZZZZ_");
    CHECK(xml_text("a\r\nb\rc\td", replaced) == "a\nb\nc\td");
    CHECK(replaced == 4);
}

TEST_CASE("xlsx sheet names: a literal _xHHHH_ keeps its underscore escaped") {
    jixiao::detail::sheet_names taken;
    CHECK(jixiao::detail::sheet_name("a_x0041_b", taken) == "a_x005F_x0041_b");
}

TEST_CASE("xlsx sheet names: 2 000 projects of one name get unique names in linear time") {
    using jixiao::detail::sheet_name;
    const auto run = [](int n) {
        jixiao::detail::sheet_names taken;
        const auto start = std::chrono::steady_clock::now();
        std::string last;
        for (int i = 0; i < n; ++i) last = sheet_name("p01 同名项目", taken);
        CHECK(taken.lowered.size() == static_cast<std::size_t>(n));
        return std::pair{std::chrono::steady_clock::now() - start, last};
    };
    const auto [small, small_last] = run(500);
    const auto [large, large_last] = run(2000);
    CHECK(large_last == "p01 同名项目 (2000)");
    CHECK(small_last == "p01 同名项目 (500)");
    // Quadratic would be 16 times as long; linear is 4 (with room for a noisy machine).
    CHECK(large < 10 * small + std::chrono::milliseconds(50));
}
