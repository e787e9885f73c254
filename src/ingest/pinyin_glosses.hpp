#pragma once
// Mirror sites that print a pinyin reading after characters of a copied report
// (發(fā)放, 依據(jù)): the report is read without them.

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::ingest {

// The text without its pinyin glosses — a bracket right after an ideograph holding
// one toned syllable, (fā) or （jù） — when it has at least 5 of them; nullopt for
// any other text (a single (a) or (一) is never taken for one).
[[nodiscard]] std::optional<std::string> without_pinyin_glosses(std::string_view utf8);

}  // namespace jixiao::ingest
