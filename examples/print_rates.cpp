// How a finance tool links jixiao in: load a report book, evaluate it, and
// print each project's execution rate and findings.
//
//   print_rates [BOOK.json]      (default: the report book embedded in jixiao)
#include <jixiao/jixiao.hpp>

#include <fstream>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
    try {
        const jixiao::document book =
            argc > 1 ? jixiao::read_document_file(argv[1])
                     : jixiao::read_document(jixiao::embedded_report_book(), jixiao::embedded_report_book_name);

        const jixiao::evaluation result = jixiao::evaluate(book);
        for (const auto& project : result.projects) {
            const auto& rate = project.funds.execution_rate;
            std::cout << project.id << "  " << project.name << "  执行率 "
                      << (rate ? jixiao::format_percent(*rate) : std::string("—")) << '\n';
            for (const auto& finding : project.findings)
                std::cout << "    " << finding.rule << " [" << to_string(finding.severity) << "] "
                          << finding.message.zh << '\n';
        }
        return 0;
    } catch (const jixiao::error& e) {
        std::cerr << e.describe(jixiao::language::zh) << '\n';
        return 2;
    }
}
