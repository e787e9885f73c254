// The README's library tour shows the snippets of examples/tour.cpp (which
// ctest builds and runs) exactly as they are there: a snippet in the README
// cannot drift from code that compiles and passes.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

// Its own namespace: helpers and using-directives of this file stay its own when a
// unity build compiles test sources together.
namespace readme_tour_test {

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read " << path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct snippet {
    std::string name;
    std::string text;  // dedented, each line ending in '\n'
};

// The regions between "// tour: NAME" and "// tour: end", dedented by the
// indentation of their marker.
std::vector<snippet> tour_snippets(const std::string& source) {
    std::vector<snippet> out;
    std::istringstream lines(source);
    std::string line;
    std::optional<snippet> open;
    std::size_t indent = 0;
    while (std::getline(lines, line)) {
        const auto first = line.find_first_not_of(' ');
        const std::string trimmed = first == std::string::npos ? "" : line.substr(first);
        if (trimmed.rfind("// tour: ", 0) == 0) {
            const std::string name = trimmed.substr(9);
            if (name == "end") {
                REQUIRE(open.has_value());
                out.push_back(*open);
                open.reset();
            } else {
                REQUIRE_FALSE(open.has_value());
                open = snippet{name, {}};
                indent = first;
            }
            continue;
        }
        if (!open) continue;
        open->text += (line.size() >= indent ? line.substr(indent) : std::string()) + "\n";
    }
    REQUIRE_FALSE(open.has_value());
    return out;
}

}  // namespace

TEST_CASE("readme: the library tour shows examples/tour.cpp's snippets as they are") {
    const std::string source = read_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/tour.cpp");
    const std::string readme = read_file(std::string(JIXIAO_SOURCE_DIR) + "/README.md");
    const auto snippets = tour_snippets(source);
    CHECK(snippets.size() == 9);
    for (const auto& s : snippets) {
        CAPTURE(s.name);
        CHECK(readme.find("```cpp\n" + s.text + "```\n") != std::string::npos);
    }
    // The example document the tour reads is the README's format example.
    const std::string open = "constexpr std::string_view book_json = R\"(";
    const auto from = source.find(open);
    REQUIRE(from != std::string::npos);
    const auto to = source.find(")\";", from);
    REQUIRE(to != std::string::npos);
    const std::string book = source.substr(from + open.size(), to - from - open.size());
    CHECK(readme.find("```json\n" + book + "\n```\n") != std::string::npos);
}

}  // namespace readme_tour_test
