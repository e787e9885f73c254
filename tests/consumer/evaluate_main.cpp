// A program that uses the whole library (jixiao::jixiao): reads the embedded
// book, evaluates it and renders the text report, as a reviewer's tool would.
#include <jixiao/jixiao.hpp>

#include <iostream>

int main() {
    const jixiao::evaluated book =
        jixiao::evaluate_document(jixiao::read_document(jixiao::embedded_report_book(), "embedded"));
    const auto& s = book.result.summary;
    std::cout << s.projects << " projects, " << s.errors << " errors, " << s.warnings << " warnings, " << s.infos
              << " infos\n";
    const std::string report = jixiao::render_text(book, {jixiao::language::en, std::nullopt, false});
    std::cout << "text report: " << (report.find("JX-C002") != std::string::npos ? "has" : "lacks") << " JX-C002\n";
}
