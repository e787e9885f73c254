// A program that uses jixiao the way a finance tool would: through the
// installed package or through FetchContent (tests/consumer/run.cmake).
#include <jixiao/daxie.hpp>
#include <jixiao/embedded.hpp>
#include <jixiao/money.hpp>
#include <jixiao/version.hpp>

#include <iostream>
#include <string>
#include <string_view>

namespace {

// The string value of the first "key": "value" in a JSON text (enough for a smoke test).
std::string_view field(std::string_view json, std::string_view key) {
    const std::string pattern = "\"" + std::string(key) + "\": \"";
    const auto start = json.find(pattern);
    if (start == std::string_view::npos) return "?";
    const auto from = start + pattern.size();
    return json.substr(from, json.find('"', from) - from);
}

}  // namespace

int main() {
    std::cout << "jixiao " << jixiao::version_string << '\n';
    for (const char* text : {"10.82万", "1,409.50"}) {
        const auto amount = jixiao::money::parse(text);
        std::cout << to_string(amount) << " = " << jixiao::to_daxie(amount) << '\n';
    }
    const auto book = jixiao::embedded_report_book();
    std::cout << "embedded book " << jixiao::embedded_report_book_name << ": " << field(book, "format") << ", "
              << field(book, "unit") << '\n';
}
