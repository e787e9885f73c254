// How a finance tool checks several years of one unit: load the report books
// of consecutive years (any order), evaluate them as one history, and print
// each project's carry-forward chain and the findings about it.
//
//   history BOOK.json BOOK.json …   (e.g. examples/data/history/qingshan-202{2,3,4}.json)
#include <jixiao/jixiao.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace {

std::string figure(const std::optional<jixiao::money>& m) { return m ? to_string(*m) : std::string("未说明"); }

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: history BOOK.json BOOK.json …\n";
        return 2;
    }
    try {
        std::vector<jixiao::document> books;
        for (int i = 1; i < argc; ++i) books.push_back(jixiao::read_document_file(argv[i]));
        std::vector<jixiao::named_document> named;
        for (std::size_t i = 0; i < books.size(); ++i)
            named.push_back({std::to_string(books[i].fiscal_year) + ".json", &books[i]});

        const jixiao::history_evaluation history = jixiao::evaluate_history(named);
        std::cout << history.unit.value_or("") << '\n';
        for (const auto& chain : history.chains) {
            std::cout << chain.id << "  " << chain.name << '\n';
            for (const auto& y : chain.years)
                std::cout << "  " << y.fiscal_year << "  上年结转 " << figure(y.prior_in) << "  使用 " << figure(y.used)
                          << "  结转 " << figure(y.carried_out) << "  其中超过一年 " << figure(y.older) << '\n';
        }
        // The chain findings belong to the later year: its projects', and its own for a project that vanished.
        for (const auto& year : history.years) {
            const auto print = [&](const jixiao::finding& f) {
                if (f.rule == "JX-F013" || f.rule == "JX-F007")
                    std::cout << f.rule << " [" << to_string(f.severity) << "] " << f.where.path << "  应为 "
                              << f.expected.value_or("—") << "  实为 " << f.actual.value_or("—") << '\n';
            };
            for (const auto& f : year.result.findings) print(f);
            for (const auto& p : year.result.projects)
                for (const auto& f : p.findings) print(f);
        }
        return 0;
    } catch (const jixiao::error& e) {
        std::cerr << e.describe(jixiao::language::zh) << '\n';
        return 2;
    }
}
