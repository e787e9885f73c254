#pragma once
// What a command does differently at a terminal: --color and --quiet, and
// whether colour and progress are wanted for a given stream. Nothing here
// changes what goes into a pipe or a file: colour is only on a terminal (or
// with --color always, on standard output), progress only on a terminal.

#include <chrono>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace jixiao::cli {

enum class colour_choice { automatic, always, never };

struct terminal_options {
    colour_choice colour = colour_choice::automatic;
    bool quiet = false;  // only error messages and the exit code
};

// Adds --color (alias --colour) and -q/--quiet.
void add_terminal_options(CLI::App& sub, terminal_options& options);

// Whether file descriptor `fd` is a terminal.
[[nodiscard]] bool is_terminal(int fd);

// Colour on `fd`: never: no; always: yes; auto: `fd` is a terminal, NO_COLOR
// is unset or empty, and TERM is not "dumb".
[[nodiscard]] bool colour_on(colour_choice choice, int fd);

// Whether a progress meter may be drawn on standard error: it is a terminal,
// TERM is not "dumb", CI is unset or empty, and the command is not --quiet.
[[nodiscard]] bool progress_allowed(const terminal_options& options);

// How long a run lasts before progress shows: one second, or less when the
// environment variable JIXIAO_PROGRESS_AFTER_MS (0 to 1000) says so — for
// tests only, so that a short run shows its progress.
[[nodiscard]] std::chrono::milliseconds progress_delay();

// The width of the terminal on `fd` in columns, if known.
[[nodiscard]] std::optional<std::size_t> terminal_width(int fd);

}  // namespace jixiao::cli
