#include "cli/terminal.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <map>
#include <string_view>
#include <sys/ioctl.h>
#include <unistd.h>

namespace jixiao::cli {
namespace {

std::string_view environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string_view(value) : std::string_view();
}

}  // namespace

void add_terminal_options(CLI::App& sub, terminal_options& options) {
    sub.add_option("--color,--colour", options.colour,
                   "Colour in the text report: auto (default: on a terminal, unless NO_COLOR is set), always or never")
        ->transform(CLI::CheckedTransformer(std::map<std::string, colour_choice>{{"auto", colour_choice::automatic},
                                                                                 {"always", colour_choice::always},
                                                                                 {"never", colour_choice::never}}));
    sub.add_flag("-q,--quiet", options.quiet,
                 "Print only error messages; the exit code says the rest (the report still goes to --output)");
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool colour_on(colour_choice choice, int fd) {
    switch (choice) {
    case colour_choice::never: return false;
    case colour_choice::always: return true;
    case colour_choice::automatic: break;
    }
    return is_terminal(fd) && environment("NO_COLOR").empty() && environment("TERM") != "dumb";
}

bool progress_allowed(const terminal_options& options) {
    return !options.quiet && is_terminal(STDERR_FILENO) && environment("TERM") != "dumb" && environment("CI").empty();
}

std::chrono::milliseconds progress_delay() {
    constexpr std::chrono::milliseconds standard{1000};
    const std::string_view text = environment("JIXIAO_PROGRESS_AFTER_MS");
    if (text.empty() || text.size() > 4) return standard;
    long value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return standard;
        value = value * 10 + (c - '0');
    }
    return value <= 1000 ? std::chrono::milliseconds{value} : standard;
}

std::optional<std::size_t> terminal_width(int fd) {
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return std::nullopt;
    return size.ws_col;
}

}  // namespace jixiao::cli
