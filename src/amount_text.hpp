#pragma once
// The canonical text of an amount, "108200.00", as jixiao::to_string(money)
// writes it (without big-number arithmetic for amounts that fit 64 bits).

#include <jixiao/money.hpp>

#include <string>

namespace jixiao::json {

[[nodiscard]] inline std::string amount_text(const money& m) { return to_string(m); }

}  // namespace jixiao::json
