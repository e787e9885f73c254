#pragma once
// Writing a command's result: to standard output, or to --output PATH
// atomically (a temporary file renamed into place), so that a failure never
// leaves a half-written file.

#include <string>
#include <string_view>

namespace jixiao::cli {

// `path` empty or "-": standard output. Throws jixiao::error naming the file.
void write_output(const std::string& path, std::string_view content);

// The bytes of a file, or of standard input for "-". Throws jixiao::error naming the file.
[[nodiscard]] std::string read_input(const std::string& path);

}  // namespace jixiao::cli
