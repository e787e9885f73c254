#pragma once
// Helpers for the text-ingestion tests: the seed book, re-encoding through iconv,
// and a minimal .docx ([Content_Types].xml + word/document.xml) written with libzip.

#include <jixiao/ingest.hpp>
#include <jixiao/money.hpp>

#include <iconv.h>
#include <zip.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ingest_test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline const std::string& seed_text() {
    static const std::string text = read_file(std::string(JIXIAO_SOURCE_DIR "/examples/data/renhe-hrss-2023-self-evaluation.txt"));
    return text;
}

inline const std::string& hand_json() {
    static const std::string text = read_file(std::string(JIXIAO_SOURCE_DIR "/examples/data/renhe-hrss-2023.json"));
    return text;
}

inline jixiao::money wan(std::string_view text) { return jixiao::money::parse(std::string(text) + "万"); }

// A figure as its fen, or "-" when it is absent (unknown, not 0).
inline std::string fen(const std::optional<jixiao::money>& m) { return m ? to_string(*m) : "-"; }

// The money allocated to a project: the sum of its tranches.
inline jixiao::money allocated(const jixiao::project& p) {
    jixiao::money sum;
    for (const auto& t : p.tranches) sum += t.amount;
    return sum;
}

// UTF-8 → `to` (e.g. "GB18030") through iconv, as Word's plain-text export would write it.
inline std::string encode(const std::string& utf8, const char* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert to " + std::string(to));
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* dst = out.data();
    std::size_t out_left = out.size();
    const std::size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1)) throw std::runtime_error("iconv failed");
    out.resize(out.size() - out_left);
    return out;
}

inline std::string xml_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// One w:p per line of `text`, split into runs the way Word does (a run per piece
// between tabs; a tab is <w:tab/>). "[bookmark: _GoBack]" becomes a real bookmark
// element, as in the Word document the text export came from.
inline std::string document_xml(const std::string& text) {
    std::string body;
    std::size_t start = 0;
    std::vector<std::string> lines;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n') continue;
        lines.push_back(text.substr(start, i - start));
        start = i + 1;
    }
    if (!lines.empty() && lines.back().empty()) lines.pop_back();
    constexpr std::string_view bookmark = "[bookmark: _GoBack]";
    for (auto line : lines) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        body += "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>";
        if (line.starts_with(bookmark)) {
            body += "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>";
            line.erase(0, bookmark.size());
        }
        std::size_t from = 0;
        for (std::size_t i = 0; i <= line.size(); ++i) {
            if (i < line.size() && line[i] != '\t') continue;
            if (i > from)
                body += "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">" +
                        xml_escape(line.substr(from, i - from)) + "</w:t></w:r>";
            if (i < line.size()) body += "<w:r><w:tab/></w:r>";
            from = i + 1;
        }
        body += "</w:p>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
           body + "<w:sectPr/></w:body></w:document>";
}

// A zip archive in memory holding `files` (name, content).
inline std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& files) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw std::runtime_error("zip_source_buffer_create");
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("zip_open_from_source");
    zip_source_keep(buffer);
    for (const auto& [name, content] : files) {
        zip_source_t* file = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (!file || zip_file_add(archive, name.c_str(), file, ZIP_FL_ENC_UTF_8) < 0)
            throw std::runtime_error("zip_file_add " + name);
    }
    if (zip_close(archive) < 0) throw std::runtime_error("zip_close");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) < 0 || zip_source_open(buffer) < 0) throw std::runtime_error("zip_source_open");
    std::string bytes(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t got = zip_source_read(buffer, bytes.data(), st.size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) throw std::runtime_error("zip_source_read");
    return bytes;
}

inline const char* content_types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

// A minimal .docx with one paragraph per line of `text`.
inline std::string make_docx(const std::string& text) {
    return zip_archive({{"[Content_Types].xml", content_types}, {"word/document.xml", document_xml(text)}});
}

// The findings with their file name left out: one book read from two files (.txt, .docx)
// gives the same findings at the same lines.
inline std::vector<jixiao::finding> without_file(std::vector<jixiao::finding> findings) {
    for (auto& f : findings) f.where.file.clear();
    return findings;
}
inline std::vector<std::vector<jixiao::finding>> without_file(std::vector<std::vector<jixiao::finding>> lists) {
    for (auto& list : lists) list = without_file(std::move(list));
    return lists;
}

// The findings' rule ids and lines, in order: "JX-S002@25".
inline std::vector<std::string> rule_lines(const std::vector<jixiao::finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.rule + "@" + std::to_string(f.where.line));
    return out;
}

// The parts of a one-project book in the seed's layout that tests vary.
struct parts {
    std::string application = "根据《关于下达2023年某项资金的通知》（某财〔2023〕9号），区级财政下达资金10万元。";
    std::string arrival = "资金已全部到位。";
    std::string use = "使用资金10万元。";
    std::string goal = "做好某项工作。";
    std::string completion = "按要求完成各项工作。";
    std::string effect = "群众满意。";
    std::string h1 = "一、项目概况";
    std::string h_consistency = "（三）项目资金申报相符性";
    std::string h_effect = "（二）项目效益情况";
    std::string h_arrival = "1．资金计划及到位";
    bool with_financial = true;
    bool with_issues = true;
};

// A complete, well-formed project in the seed's layout, with parts to break.
inline std::string report_book_text(const parts& p, const std::string& name = "某项资金") {
    std::string t = "某区民政局\n2023年度项目支出绩效自评报告\n" + name + "\n" + p.h1 + "\n（一）项目资金申报及批复情况\n" +
                    p.application + "\n（二）项目绩效目标\n" + p.goal + "\n";
    if (!p.h_consistency.empty()) t += p.h_consistency + "\n相符。\n";
    t += "二、项目实施及管理情况\n（一）资金计划、到位及使用情况\n" + p.h_arrival + "\n" + p.arrival + "\n2．资金使用\n" + p.use + "\n";
    if (p.with_financial) t += "（二）项目财务管理情况\n制度健全。\n";
    t += "（三）项目组织实施情况\n按计划实施。\n三、项目绩效情况\n（一）项目完成情况\n" + p.completion + "\n" + p.h_effect + "\n" +
         p.effect + "\n";
    if (p.with_issues) t += "四、问题及建议\n（一）存在的问题\n无\n（二）相关建议\n无\n";
    return t;
}

}  // namespace ingest_test
