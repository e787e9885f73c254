#pragma once
// A text that holds more of one thing than any published report does is refused where the count
// goes beyond its limit, rather than read in time or memory past the bounds the README promises.

#include <jixiao/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::ingest {

// What was counted, in the two languages: who holds it, the things, and why no report holds
// that many ("一个项目的文字列出了" + "超过 1000 " + "项支出明细" …).
struct counted_things {
    std::string_view zh_holder, zh_things, zh_never;
    std::string_view en_holder, en_things, en_never;
};

[[noreturn]] inline void refuse_beyond(std::size_t limit, const counted_things& what, std::size_t line) {
    const std::string n = std::to_string(limit);
    throw error({std::string(what.zh_holder) + "超过 " + n + " " + std::string(what.zh_things) + "，超出 jixiao 读取的上限（" +
                     std::string(what.zh_never) + "）",
                 std::string(what.en_holder) + " more than " + n + " " + std::string(what.en_things) +
                     ", beyond the limit jixiao reads (" + std::string(what.en_never) + ")"},
                location{std::string(), line});
}

}  // namespace jixiao::ingest
