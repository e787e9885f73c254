#pragma once
// The reader's entry for text that already has simdjson's padding after it
// (a file read into a padded buffer), so that it is not copied again.

#include <jixiao/document.hpp>

#include <simdjson.h>

#include <string_view>

namespace jixiao {

[[nodiscard]] document read_padded(simdjson::padded_string_view json, std::string_view source);

}  // namespace jixiao
