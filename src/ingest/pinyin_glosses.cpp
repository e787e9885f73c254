// Removing the pinyin readings mirror sites print after characters (pinyin_glosses.hpp).
#include "ingest/pinyin_glosses.hpp"

#include "ingest/unicode.hpp"

#include <vector>

namespace jixiao::ingest {
// (Named, so that a unity build's batch with the other readers' helpers stays unambiguous.)
namespace pinyin {
namespace {

constexpr std::u32string_view toned = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

bool pinyin_letter(char32_t c) { return (c >= U'a' && c <= U'z') || c == U'ü' || toned.find(c) != toned.npos; }

// Where the gloss starting at `open` ends (one past its closing bracket), or 0.
std::size_t gloss_end(std::u32string_view text, std::size_t open) {
    if (open == 0 || !is_ideograph(text[open - 1]) || (text[open] != U'(' && text[open] != U'（')) return 0;
    const char32_t close = text[open] == U'(' ? U')' : U'）';
    bool tone = false;
    std::size_t i = open + 1;
    for (; i < text.size() && i <= open + 7 && pinyin_letter(text[i]); ++i) tone = tone || toned.find(text[i]) != toned.npos;
    return i > open + 1 && tone && i < text.size() && text[i] == close ? i + 1 : 0;
}

}  // namespace
}  // namespace pinyin

std::optional<std::string> without_pinyin_glosses(std::string_view utf8) {
    const std::u32string text = to_u32(utf8);
    std::vector<std::pair<std::size_t, std::size_t>> glosses;
    for (std::size_t i = 1; i < text.size(); ++i)
        if (const auto end = pinyin::gloss_end(text, i)) {
            glosses.emplace_back(i, end);
            i = end - 1;
        }
    if (glosses.size() < 5) return std::nullopt;
    std::u32string out;
    out.reserve(text.size());
    std::size_t from = 0;
    for (const auto& [begin, end] : glosses) {
        out.append(text, from, begin - from);
        from = end;
    }
    out.append(text, from);
    return to_utf8(out);
}

}  // namespace jixiao::ingest
