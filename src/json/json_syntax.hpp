#pragma once
// Where JSON text is malformed, and why, in words a user can act on. The fast
// reader (simdjson On Demand) only says *that* something is wrong; this slow,
// careful scan runs on the error path to say *where* (line and column) and
// *what* was expected there.

#include <jixiao/error.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace jixiao::json {

struct syntax_problem {
    std::size_t offset = 0;  // byte offset of the offending character (text.size() for "ends too early")
    localized what;          // e.g. unexpected "}" (expected a key in double quotes)
};

// The first place where `text` is not one well-formed JSON value (RFC 8259,
// UTF-8 only), or nullopt when it is well-formed. Never throws on any bytes;
// iterative, so arbitrarily deep nesting is fine.
[[nodiscard]] std::optional<syntax_problem> find_syntax_problem(std::string_view text);

// 1-based line and column of a byte offset. Columns count characters (UTF-8
// code points), as editors show them, not bytes; a stray byte counts as one.
struct text_position {
    std::size_t line = 1;
    std::size_t column = 1;
};
[[nodiscard]] text_position position_of(std::string_view text, std::size_t offset);

// The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
enum class number_form { integer, fraction, exponent, invalid };
[[nodiscard]] number_form classify_number(std::string_view token) noexcept;

}  // namespace jixiao::json
