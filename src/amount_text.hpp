#pragma once
// The canonical text of an amount, "108200.00", as jixiao::to_string(money)
// writes it, without big-number arithmetic for amounts that fit 64 bits (all
// real ones). The writers spend much of their time here.

#include <jixiao/money.hpp>

#include <cstdint>
#include <limits>
#include <string>

namespace jixiao::json {

[[nodiscard]] inline std::string amount_text(const money& m) {
    const fen_count& fen = m.fen();
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max();
    if (fen > limit || fen < -limit) return to_string(m);
    const auto n = fen.convert_to<std::int64_t>();
    const std::uint64_t magnitude = static_cast<std::uint64_t>(n < 0 ? -n : n);
    char buffer[32];
    char* end = buffer + sizeof buffer;
    char* p = end;
    const std::uint64_t cents = magnitude % 100;
    *--p = static_cast<char>('0' + cents % 10);
    *--p = static_cast<char>('0' + cents / 10);
    *--p = '.';
    std::uint64_t yuan = magnitude / 100;
    do {
        *--p = static_cast<char>('0' + yuan % 10);
        yuan /= 10;
    } while (yuan != 0);
    if (n < 0) *--p = '-';
    return std::string(p, end);
}

}  // namespace jixiao::json
