#pragma once
// {fmt} formatters for jixiao's value types, for programs that use {fmt}
// (jixiao itself does not need it in its public headers, so this one is
// opt-in). Each prints the canonical text, with the string's format spec
// (width, alignment) applied:
//   fmt::format("{}", money::parse("10.82万"))   → "108200.00"
//   fmt::format("{}", ratio::parse("7/20"))      → "7/20"
//   fmt::format("{:>8}", points::parse("7.5"))   → "     7.5"
//   fmt::format("{}", finding)                   → "JX-F001 error at projects[0].execution.used: …"

#include <jixiao/checked_int128.hpp>
#include <jixiao/error.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>

#include <fmt/format.h>

#include <sstream>
#include <string>
#include <string_view>

namespace jixiao::detail {
// Formats a value through its canonical text.
template <class T>
struct text_formatter : fmt::formatter<std::string_view> {
    template <class Context>
    auto format(const T& value, Context& ctx) const {
        const std::string text = canonical(value);
        return fmt::formatter<std::string_view>::format(text, ctx);
    }

private:
    static std::string canonical(const T& value) {
        if constexpr (requires { to_string(value); }) {
            return std::string(to_string(value));
        } else {
            std::ostringstream out;
            out << value;
            return out.str();
        }
    }
};
}  // namespace jixiao::detail

template <>
struct fmt::formatter<jixiao::money> : jixiao::detail::text_formatter<jixiao::money> {};
template <>
struct fmt::formatter<jixiao::checked_int128> : jixiao::detail::text_formatter<jixiao::checked_int128> {};
template <>
struct fmt::formatter<jixiao::ratio> : jixiao::detail::text_formatter<jixiao::ratio> {};
template <class Tag>
struct fmt::formatter<jixiao::exact_decimal<Tag>> : jixiao::detail::text_formatter<jixiao::exact_decimal<Tag>> {};
template <>
struct fmt::formatter<jixiao::rounding> : jixiao::detail::text_formatter<jixiao::rounding> {};
template <>
struct fmt::formatter<jixiao::severity> : jixiao::detail::text_formatter<jixiao::severity> {};
template <>
struct fmt::formatter<jixiao::location> : jixiao::detail::text_formatter<jixiao::location> {};
template <>
struct fmt::formatter<jixiao::finding> : jixiao::detail::text_formatter<jixiao::finding> {};
