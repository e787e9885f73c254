#pragma once
// Writing a command's result: to standard output, or to --output PATH
// atomically (a temporary file renamed into place), so that a failure never
// leaves a half-written file.

#include <cstdio>
#include <string>
#include <string_view>

namespace jixiao::cli {

// `path` empty or "-": standard output. Throws jixiao::error naming the file.
void write_output(const std::string& path, std::string_view content);

// The bytes of a file, or of standard input for "-". Throws jixiao::error naming the file.
[[nodiscard]] std::string read_input(const std::string& path);

// Output written as it is produced (streams): to standard output, or to a
// temporary file beside PATH that commit() renames into place. Until then PATH
// is untouched; a stream that ends in an error, an exception or a signal
// leaves no file behind (the destructor removes the temporary one).
class output_stream {
public:
    explicit output_stream(const std::string& path);  // "" or "-": standard output
    output_stream(const output_stream&) = delete;
    output_stream& operator=(const output_stream&) = delete;
    ~output_stream();

    void write(std::string_view bytes);
    // Flushes; for a file, renames the temporary file to PATH. Throws jixiao::error.
    void commit();

private:
    [[noreturn]] void fail(const std::string& why);
    std::string path_;
    std::string temporary_;  // empty: standard output
    std::FILE* file_ = nullptr;
};

}  // namespace jixiao::cli
