#pragma once
// Data the benchmarks share: synthetic JSON Lines (jixiao gen's generator)
// and the seed report book.

#include <jixiao/synthetic.hpp>

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>

namespace jixiao::bench {

// `projects` synthetic projects, one per line, seed 1: the bytes `jixiao gen
// --projects N --seed 1` writes. Built once per size.
inline const std::string& synthetic_lines(std::size_t projects) {
    static std::size_t built_for = 0;
    static std::string text;
    if (built_for != projects) {
        text.clear();
        for (std::size_t n = 0; n < projects; ++n) append_synthetic_document(text, synthetic_options{}, n);
        built_for = projects;
    }
    return text;
}

inline std::string seed_book() {
    std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/examples/data/renhe-hrss-2023.json", std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace jixiao::bench
