#pragma once
// Report books copied by mirror sites that turn them into traditional characters
// (績效自評報告, 萬元): read as the simplified text they were converted from.

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::ingest {

// The text in simplified characters when it is written in traditional ones (at
// least 20 of its characters are traditional forms, one in 40 of its ideographs);
// nullopt for any other text. Only characters with one simplified form are
// mapped; the rest are kept as they are.
[[nodiscard]] std::optional<std::string> simplified_if_traditional(std::string_view utf8);

}  // namespace jixiao::ingest
