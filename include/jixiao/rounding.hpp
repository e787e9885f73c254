#pragma once
// Rounding happens only at named points with a named mode; 四舍五入
// (half away from zero) is the default everywhere. There is no global rounding
// state: every call says which mode it uses.

#include <concepts>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <utility>

namespace jixiao {

enum class rounding {
    half_away_from_zero,  // 四舍五入, the default everywhere
    half_even,            // 银行家舍入
    toward_zero,          // 截尾
    away_from_zero,       // 进一
    floor,                // 向下
    ceiling,              // 向上
};

inline constexpr rounding si_she_wu_ru = rounding::half_away_from_zero;

/// A whole number that may build or scale an exact value: a headcount, a number
/// of shares, a numerator. Floating point is not one (0.1 is not exact in
/// binary), and neither is bool, though C++ calls it integral.
template <class I>
concept whole_count = std::integral<I> && !std::same_as<std::remove_cv_t<I>, bool>;


[[nodiscard]] constexpr std::string_view to_string(rounding mode) noexcept {
    switch (mode) {
    case rounding::half_away_from_zero: return "half_away_from_zero";
    case rounding::half_even: return "half_even";
    case rounding::toward_zero: return "toward_zero";
    case rounding::away_from_zero: return "away_from_zero";
    case rounding::floor: return "floor";
    case rounding::ceiling: return "ceiling";
    }
    return "?";
}

inline std::ostream& operator<<(std::ostream& os, rounding mode) { return os << to_string(mode); }

}  // namespace jixiao
