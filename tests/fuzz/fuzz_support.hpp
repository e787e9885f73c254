#pragma once
// What every fuzz target shares: a broken property stops the run with a
// message (libFuzzer saves the input as a crash artifact). Errors jixiao is
// allowed to throw — jixiao::error — are caught by the targets; anything else
// escapes and libFuzzer reports it as a crash.

#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace jixiao::fuzz {

[[noreturn]] inline void broken(std::string_view property, std::string_view detail = {}) {
    std::fprintf(stderr, "\nproperty broken: %.*s\n%.*s\n", static_cast<int>(property.size()), property.data(),
                 static_cast<int>(detail.size()), detail.data());
    std::abort();
}

inline void require(bool ok, std::string_view property, std::string_view detail = {}) {
    if (!ok) broken(property, detail);
}

// A refusal must say what went wrong in both languages, in valid UTF-8 (it
// ends up in JSON output and terminals), and stay readable: a message is not
// a copy of a 50 MB input. Values are quoted at most 64 characters long and
// so are the keys of a JSON path, which has at most 100 levels.
inline void check_message(const error& e) {
    constexpr std::size_t longest = 16384;
    const std::string zh = e.describe(language::zh), en = e.describe(language::en);
    require(!e.message().zh.empty() && !e.message().en.empty(), "an error has a message in both languages", en);
    require(detail::is_valid_utf8(zh) && detail::is_valid_utf8(en), "error messages are valid UTF-8", en);
    require(en.size() < longest && zh.size() < longest, "error messages are short", en.substr(0, 300));
}

}  // namespace jixiao::fuzz
