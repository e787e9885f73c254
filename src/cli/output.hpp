#pragma once
// Writing a command's result, and what --output may replace (README, "What
// jixiao promises"):
// - no --output, or "-": standard output; a failed write (a full disk, a
//   closed pipe with SIGPIPE ignored) is an error, exit 2. With SIGPIPE at its
//   default, a closed pipe ends jixiao by that signal, as for any Unix filter.
// - a regular file, or a name not yet there: written to a temporary file in the
//   same directory and renamed over it when complete, keeping the old file's
//   permissions (and owner, when allowed). A hard link is replaced as a name:
//   the file's other names keep the old content.
// - a symbolic link: the same, for the file it points to (the link stays).
// - a FIFO or a character device (/dev/null, a terminal): written straight
//   into it; it is never replaced.
// - a directory, a block device or a socket: refused before anything is written.
// A signal that ends jixiao while it writes removes the temporary file.

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::cli {

// Handlers that remove the temporary file of an unfinished output before the
// signal ends the program (SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGUSR1,
// SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ). A signal ignored when
// jixiao starts (nohup) stays ignored. Called once, first thing in main.
void install_signal_handlers();

// `path` empty or "-": standard output. Throws jixiao::error naming the file.
void write_output(const std::string& path, std::string_view content);

// The bytes of a file, or of standard input for "-". Throws jixiao::error naming the file.
[[nodiscard]] std::string read_input(const std::string& path);

// A file name as messages and JSON show it: valid UTF-8, control characters
// and bytes that are not UTF-8 escaped ("\xb9"); "-" is "<stdin>".
[[nodiscard]] std::string shown_name(const std::string& path);

// Throws when standard input ("-") is named more than once: it can be read only once.
void check_stdin_once(const std::vector<std::string>& files);

// A message line on standard error, with control characters shown, not sent.
void print_message(std::string_view line);

// Output written as it is produced (streams), to where `path` says (above).
// Until commit() a regular file at PATH is untouched; a stream that ends in an
// error, an exception or a signal leaves no file behind.
class output_stream {
public:
    explicit output_stream(const std::string& path);  // "" or "-": standard output
    output_stream(const output_stream&) = delete;
    output_stream& operator=(const output_stream&) = delete;
    ~output_stream();

    void write(std::string_view bytes);
    // For a writer that needs a file name (the xlsx library): it writes the
    // whole output to the file it is given, which then stands for what write()
    // would have written.
    void write_through_file(const std::function<void(const std::string& file)>& writer);
    // Flushes; for a regular file, renames the temporary file to PATH. Throws jixiao::error.
    void commit();

private:
    [[noreturn]] void fail(const std::string& why);
    [[noreturn]] void abandon(const std::string& why);
    void write_fd(std::string_view bytes);
    std::string path_;        // as given, for messages
    std::string target_;      // the file it stands for, links followed
    std::string temporary_;   // empty: writing straight into target_ or standard output
    int fd_ = -1;
    bool owns_fd_ = false;
};

}  // namespace jixiao::cli
