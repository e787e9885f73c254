#include "cli/progress.hpp"

#include "cli/terminal.hpp"
#include "render/display_width.hpp"

#include <fmt/format.h>

#include <unistd.h>
#include <vector>

namespace jixiao::cli {
namespace {

__extension__ using wide = unsigned __int128;  // a × b / c without overflow

constexpr std::string_view erase_line = "\r\x1b[K";

// 65 s → "1m05s" / "1分05秒".
std::string duration(std::uint64_t seconds, language lang) {
    const bool zh = lang == language::zh;
    if (seconds < 60) return fmt::format(fmt::runtime(zh ? "{}秒" : "{}s"), seconds);
    if (seconds < 3600) return fmt::format(fmt::runtime(zh ? "{}分{:02}秒" : "{}m{:02}s"), seconds / 60, seconds % 60);
    return fmt::format(fmt::runtime(zh ? "{}小时{:02}分" : "{}h{:02}m"), seconds / 3600, seconds % 3600 / 60);
}

void write_stderr(std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(STDERR_FILENO, text.data(), text.size());
        if (n <= 0) return;  // a meter that cannot be drawn is not an error of the run
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string progress_line(const progress_figures& f, language lang, std::optional<std::size_t> width) {
    const bool zh = lang == language::zh;
    const auto ms = static_cast<std::uint64_t>(f.task_elapsed.count() > 0 ? f.task_elapsed.count() : 0);
    std::vector<std::string> parts{f.label};
    if (f.bytes > 0 && ms > 0) {
        const std::uint64_t tenths = f.bytes / (ms * 100);  // (bytes / 10^6) / (ms / 1000), in tenths
        parts.push_back(fmt::format("{}.{} MB/s", tenths / 10, tenths % 10));
    }
    // The share by bytes when the input's size is known, else by items.
    std::uint64_t part = 0, whole = 0;
    if (f.total_bytes > 0) {
        part = std::min(f.bytes, f.total_bytes);
        whole = f.total_bytes;
    } else if (f.total > 0) {
        part = std::min(f.done, f.total);
        whole = f.total;
    }
    if (whole > 0) {
        parts.push_back(fmt::format("{}%", static_cast<unsigned>(static_cast<wide>(part) * 100 / whole)));
        if (part > 0 && part < whole) {
            const auto left_ms = static_cast<std::uint64_t>(static_cast<wide>(ms) * (whole - part) / part);
            const std::string left = duration((left_ms + 999) / 1000, lang);
            parts.push_back(zh ? "约剩 " + left : left + " left");
        }
    } else {
        const std::string spent = duration(ms / 1000, lang);
        parts.push_back(zh ? "已用 " + spent : spent + " elapsed");
    }

    const auto join = [&] {
        std::string line;
        for (const auto& p : parts) line += (line.empty() ? "" : " · ") + p;
        return line;
    };
    std::string line = join();
    // One column spare: writing the last column makes some terminals wrap.
    while (width && parts.size() > 1 && detail::display_width(line) + 1 > *width) {
        parts.pop_back();
        line = join();
    }
    return line;
}

progress_meter::progress_meter(settings s) : settings_(std::move(s)) {
    if (!settings_.clock) settings_.clock = [] { return progress_clock::now(); };
    if (!settings_.sink) settings_.sink = write_stderr;
    started_ = task_started_ = settings_.clock();
}

progress_meter::settings progress_meter::for_stderr(language lang, bool allowed) {
    settings s;
    s.enabled = allowed;
    s.lang = lang;
    s.delay = progress_delay();
    if (allowed) s.width = terminal_width(STDERR_FILENO);
    return s;
}

progress_meter::~progress_meter() { finish(); }

void progress_meter::task(localized label, std::uint64_t total, std::uint64_t total_bytes) {
    const std::lock_guard lock(mutex_);
    label_ = std::move(label);
    total_ = total;
    total_bytes_ = total_bytes;
    done_ = 0;
    bytes_ = 0;
    task_started_ = settings_.clock();
}

void progress_meter::advance(std::uint64_t items, std::uint64_t bytes) noexcept {
    done_.fetch_add(items, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
}

void progress_meter::tick() {
    if (!settings_.enabled) return;
    const std::lock_guard lock(mutex_);
    if (finished_ || label_.zh.empty()) return;
    const auto now = settings_.clock();
    if (now - started_ < settings_.delay) return;
    if (drawn_at_ && now - *drawn_at_ < settings_.interval) return;
    progress_figures f;
    f.done = done_.load(std::memory_order_relaxed);
    f.bytes = bytes_.load(std::memory_order_relaxed);
    f.label = fmt::format(fmt::runtime(label_.in(settings_.lang)), grouped(f.done));
    f.total = total_;
    f.total_bytes = total_bytes_;
    f.task_elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - task_started_);
    settings_.sink(std::string(erase_line) + progress_line(f, settings_.lang, settings_.width));
    drawn_at_ = now;
    on_screen_ = true;
}

void progress_meter::start_ticking() {
    if (!settings_.enabled || ticker_.joinable()) return;
    ticker_ = std::thread([this] {
        std::unique_lock lock(mutex_);
        // The first tick when the run has lasted `delay`, then every `interval`.
        const auto first = settings_.delay - std::chrono::duration_cast<std::chrono::milliseconds>(settings_.clock() - started_);
        const auto stopped = [this] { return finished_; };
        if (first.count() > 0) wake_.wait_for(lock, first, stopped);
        while (!finished_) {
            lock.unlock();
            tick();
            lock.lock();
            if (finished_) break;
            wake_.wait_for(lock, settings_.interval, stopped);
        }
    });
}

void progress_meter::erase_locked() {
    if (!on_screen_) return;
    settings_.sink(erase_line);
    on_screen_ = false;
}

void progress_meter::message(std::string_view text) {
    const std::lock_guard lock(mutex_);
    erase_locked();
    settings_.sink(text);
}

void progress_meter::finish() {
    {
        const std::lock_guard lock(mutex_);
        finished_ = true;
        erase_locked();
    }
    wake_.notify_all();
    if (ticker_.joinable()) ticker_.join();
}

}  // namespace jixiao::cli
