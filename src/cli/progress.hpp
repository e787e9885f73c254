#pragma once
// A progress meter on standard error for long runs at a terminal: what is
// being done, how much (lines, projects), MB/s, and the share done with the
// time left when the size of the whole is known. It shows only after the run
// has lasted a while (one second), is redrawn in place ("\r", erase line) at
// most every `interval` from a timer — never per line of input — and is
// erased before anything else is written to standard error and at the end.
//
// The work updates counters (atomics, from any thread); a ticker thread, or a
// test calling tick() with its own clock, draws. A meter that is not enabled
// draws nothing, and its message() writes straight to standard error.

#include <jixiao/error.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace jixiao::cli {

using progress_clock = std::chrono::steady_clock;

// What the meter line says, from counters; no timing, no terminal.
struct progress_figures {
    std::string label;                   // "已评价 12,345 行" — the task with its count
    std::uint64_t bytes = 0;             // input read or output written so far
    std::uint64_t done = 0, total = 0;   // items (lines, projects); total 0: unknown
    std::uint64_t total_bytes = 0;       // 0: unknown (a pipe)
    std::chrono::milliseconds task_elapsed{0};
};

// "已评价 12,345 行 · 45.6 MB/s · 37% · 约剩 1分05秒"; without a known whole,
// the time spent instead of the share. Integer arithmetic only. At most
// `width` columns when given (trailing parts dropped).
[[nodiscard]] std::string progress_line(const progress_figures& f, language lang,
                                        std::optional<std::size_t> width = std::nullopt);

// 12345 → "12,345".
[[nodiscard]] std::string grouped(std::uint64_t n);

class progress_meter {
public:
    struct settings {
        bool enabled = false;
        language lang = language::zh;
        std::chrono::milliseconds delay{1000};    // nothing shows before the run has lasted this long
        std::chrono::milliseconds interval{250};  // nor more often than this
        std::optional<std::size_t> width;         // terminal columns
        std::function<progress_clock::time_point()> clock;  // default: steady_clock::now
        std::function<void(std::string_view)> sink;           // default: standard error, unbuffered
    };

    explicit progress_meter(settings s);
    // The usual meter: enabled when `allowed` (progress_allowed()), standard
    // error, the terminal's width, progress_delay(); ticks on its own thread.
    [[nodiscard]] static settings for_stderr(language lang, bool allowed);
    progress_meter(const progress_meter&) = delete;
    progress_meter& operator=(const progress_meter&) = delete;
    ~progress_meter();

    // A new task: `label` with "{}" for the count done (e.g. {"已评价 {} 行",
    // "{} lines evaluated"}), and its whole when known. Counters start again.
    void task(localized label, std::uint64_t total = 0, std::uint64_t total_bytes = 0);
    // Adds to the counters of the task (any thread).
    void advance(std::uint64_t items, std::uint64_t bytes = 0) noexcept;

    // Draws if the run has lasted `delay` and the last drawing is `interval` old.
    void tick();
    // Starts a thread that ticks every `interval` until finish().
    void start_ticking();
    // Writes `text` to the sink with the meter erased first; it comes back at the next tick.
    void message(std::string_view text);
    // Stops ticking and erases the meter; nothing is drawn afterwards.
    void finish();

    [[nodiscard]] bool enabled() const noexcept { return settings_.enabled; }

private:
    void erase_locked();

    settings settings_;
    progress_clock::time_point started_;
    std::mutex mutex_;  // guards what follows and the sink
    localized label_;
    std::uint64_t total_ = 0, total_bytes_ = 0;
    progress_clock::time_point task_started_;
    std::optional<progress_clock::time_point> drawn_at_;  // set while a line is on screen or was
    bool on_screen_ = false;
    bool finished_ = false;
    std::atomic<std::uint64_t> done_{0}, bytes_{0};
    std::condition_variable wake_;
    std::thread ticker_;
};

}  // namespace jixiao::cli
