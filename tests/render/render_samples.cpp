// Writes the sample report book (tests/support/sample_report.hpp) in every
// format, in both layouts, in Chinese and English, into the directory given as
// the argument: mof-2020-zh.txt, .md, .csv, .html, .xlsx, and the same for
// mof-2020-en, sc-2023-zh and sc-2023-en. The xlsx and browser checks read these files.
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
        const jixiao::evaluated item{doc, jixiao::sample::sample_evaluation(doc)};
        for (const auto form : jixiao::all_form_layouts)
            for (const auto lang : {jixiao::language::zh, jixiao::language::en}) {
                const std::string base = dir + "/" + std::string(to_string(form)) + "-" +
                                         (lang == jixiao::language::zh ? "zh" : "en");
                const jixiao::render_options options{lang, form, true};
                write(base + ".txt", jixiao::render_text(item, options));
                write(base + ".md", jixiao::render_markdown(item, options));
                write(base + ".csv", jixiao::render_csv(item, options));
                write(base + ".html", jixiao::render_html(item, options));
                jixiao::write_xlsx(item, base + ".xlsx", options);
            }
    } catch (const std::exception& e) {
        std::cerr << "render_samples: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
