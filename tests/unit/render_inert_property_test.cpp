// Property test of the renderers against hostile text (document_generator.hpp
// with its attacks switched on): every generated document, rendered in every
// format, gives inert output — no live markup in html, no cell a spreadsheet
// takes for a formula in csv, no control character or bidi override in text
// and md, and xlsx parts that hold only characters XML allows.
#include "../support/helpers.hpp"
#include "document_generator.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/render.hpp>

#include <doctest/doctest.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>
#include <string>
#include <vector>

using namespace jixiao;
using jixiao::testing::document_generator;

namespace {

constexpr auto documents = static_cast<std::uint32_t>(150 / jixiao::testing::property_stride);
constexpr auto workbooks = static_cast<std::uint32_t>((25 + jixiao::testing::property_stride - 1) / jixiao::testing::property_stride);

// The first character of the text that a terminal would act on, or empty.
std::string terminal_control(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const auto cp = detail::next_code_point(text, pos);
        if (!cp) return "bad UTF-8 at " + std::to_string(start);
        const char32_t c = *cp;
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            return "U+" + std::to_string(static_cast<unsigned>(c)) + " at " + std::to_string(start);
    }
    return {};
}

// RFC 4180 fields of every record.
std::vector<std::string> csv_fields(std::string_view csv) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') { field += '"'; ++i; }
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',' || (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n')) {
            fields.push_back(field);
            field.clear();
            if (c == '\r') ++i;
        } else {
            field += c;
        }
    }
    return fields;
}

bool plain_number(std::string_view f) {
    if (f.starts_with('-')) f.remove_prefix(1);
    if (f.ends_with('%')) f.remove_suffix(1);
    return !f.empty() && f.find_first_not_of("0123456789.") == std::string_view::npos && f.front() != '.' && f.back() != '.';
}

// Every .xml part of the workbook at `path`.
std::vector<std::pair<std::string, std::string>> xml_parts(const std::string& path) {
    std::vector<std::pair<std::string, std::string>> parts;
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        const std::string name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
        if (!name.ends_with(".xml")) continue;
        zip_stat_t st;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
        std::string bytes(static_cast<std::size_t>(st.size), '\0');
        zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(f != nullptr);
        REQUIRE(zip_fread(f, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
        zip_fclose(f);
        parts.emplace_back(name, std::move(bytes));
    }
    zip_discard(archive);
    return parts;
}

// The first character XML 1.0 cannot hold, or a literal _xHHHH_ left unescaped.
std::string xml_problem(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const auto cp = detail::next_code_point(text, pos);
        if (!cp) return "bad UTF-8 at " + std::to_string(start);
        const char32_t c = *cp;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
            return "U+" + std::to_string(static_cast<unsigned>(c)) + " at " + std::to_string(start);
    }
    for (auto at = text.find("_x0041_"); at != std::string_view::npos; at = text.find("_x0041_", at + 1))
        if (at < 6 || text.substr(at - 6, 6) != "_x005F") return "unescaped _x0041_ at " + std::to_string(at);
    return {};
}

}  // namespace

TEST_CASE("render inert property: hostile documents give inert html, csv, text, md and xlsx") {
    const auto dir = std::filesystem::temp_directory_path() / ("jixiao-inert-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::size_t rendered = 0;
    for (std::uint32_t seed = 1; seed <= documents; ++seed) {
        CAPTURE(seed);
        const document doc = document_generator(seed, true).make();
        evaluation result;
        try {
            result = evaluate(doc);
        } catch (const overflow_error&) {
            continue;  // amounts beyond the range of money: nothing to render
        }
        const jixiao::evaluated item{doc, result};
        try {
            for (const language lang : {language::zh, language::en}) {
                const jixiao::render_options options{lang, std::nullopt, false};
                const std::string html = render_html(item, options);
                for (const std::string live : {"<script", "<img", "\" onmouseover"}) {
                    CAPTURE(live);
                    CHECK(html.find(live) == std::string::npos);
                }

                for (const auto& field : csv_fields(render_csv(item, options))) {
                    const bool formula = !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
                    CHECK_MESSAGE((!formula || plain_number(field)), field);
                }
                CHECK(terminal_control(render_text(item, options)) == "");
                CHECK(terminal_control(render_markdown(item, options)) == "");
            }
            if (seed <= workbooks) {
                const std::string path = (dir / "w.xlsx").string();
                (void)write_xlsx(item, path, {language::zh, std::nullopt, false});
                for (const auto& part : xml_parts(path)) {
                    const auto& name = part.first;  // not a structured binding: clang 14 cannot capture one
                    CAPTURE(name);
                    CHECK(xml_problem(part.second) == "");
                }
            }
        } catch (const overflow_error&) {
            continue;  // the whole book's totals (汇总) leave the range of money: refused, nothing to check
        }
        ++rendered;
    }
    std::filesystem::remove_all(dir);
    CHECK(rendered > documents / 4);
}
