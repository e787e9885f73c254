// Writes the sample report book (tests/support/sample_report.hpp) in every
// format, in Chinese and English, into the directory given as the argument:
// sample-zh.txt, sample-zh.md, sample-zh.csv, sample-zh.html, sample-zh.xlsx,
// and the same with -en. The xlsx and browser checks read these files.
#include <jixiao/render.hpp>

#include "../support/sample_report.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

void write(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: render_samples OUTPUT_DIRECTORY\n";
        return 2;
    }
    try {
        const std::string dir = argv[1];
        std::filesystem::create_directories(dir);
        const jixiao::document doc = jixiao::sample::sample_document();
        const jixiao::evaluation result = jixiao::sample::sample_evaluation(doc);
        for (const auto lang : {jixiao::language::zh, jixiao::language::en}) {
            const std::string base = dir + "/sample-" + (lang == jixiao::language::zh ? "zh" : "en");
            write(base + ".txt", jixiao::render_text(doc, result, lang));
            write(base + ".md", jixiao::render_markdown(doc, result, lang));
            write(base + ".csv", jixiao::render_csv(doc, result, lang, {.bom = true}));
            write(base + ".html", jixiao::render_html(doc, result, lang));
            jixiao::write_xlsx(doc, result, lang, base + ".xlsx");
        }
    } catch (const std::exception& e) {
        std::cerr << "render_samples: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
