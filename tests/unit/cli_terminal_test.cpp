// The command's terminal layer (src/cli): the progress meter's line and its
// timing under an injected clock, colour laid over the text report, and when
// colour and progress are on (a pseudo-terminal, NO_COLOR, TERM=dumb, CI).
#include "cli/colour.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"

#include <jixiao/embedded.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io.hpp>
#include <jixiao/render.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fcntl.h>
#include <optional>
#include <stdlib.h>
#include <string>
#include <unistd.h>

using jixiao::language;
using jixiao::severity;
using jixiao::cli::colour_choice;
using jixiao::cli::progress_clock;
using jixiao::cli::progress_figures;
using jixiao::cli::progress_line;
using jixiao::cli::progress_meter;
using namespace std::chrono_literals;

namespace {

// `text` without its escape sequences ("\x1b[…m").
std::string without_escapes(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
            i += 2;
            while (i < text.size() && text[i] != 'm') ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string embedded_report(language lang) {
    const auto book = jixiao::evaluate_document(jixiao::read_document(jixiao::embedded_report_book(), "embedded"));
    return jixiao::render_text(book, {lang, std::nullopt, false});
}

// A meter whose clock the test moves and whose drawing it reads.
struct test_meter {
    progress_clock::time_point now{};
    std::string screen;
    progress_meter meter;

    explicit test_meter(bool enabled = true, std::optional<std::size_t> width = std::nullopt)
        : meter([&] {
              progress_meter::settings s;
              s.enabled = enabled;
              s.lang = language::en;
              s.width = width;
              s.clock = [this] { return now; };
              s.sink = [this](std::string_view text) { screen += text; };
              return s;
          }()) {}
    std::string take() { return std::exchange(screen, {}); }
};

// Restores an environment variable when the test ends.
struct environment_variable {
    std::string name;
    std::optional<std::string> saved;
    environment_variable(std::string n, const char* value) : name(std::move(n)) {
        if (const char* old = std::getenv(name.c_str())) saved = old;
        if (value) ::setenv(name.c_str(), value, 1);
        else ::unsetenv(name.c_str());
    }
    ~environment_variable() {
        if (saved) ::setenv(name.c_str(), saved->c_str(), 1);
        else ::unsetenv(name.c_str());
    }
};

}  // namespace

TEST_CASE("progress line: rate, share and time left when the input's size is known") {
    progress_figures f;
    f.label = "已评价 12,345 行";
    f.bytes = 37'000'000;
    f.total_bytes = 100'000'000;
    f.task_elapsed = 2000ms;
    // 37 MB in 2 s; 63 MB left at that rate: 3.405 s, shown rounded up.
    CHECK(progress_line(f, language::zh) == "已评价 12,345 行 · 18.5 MB/s · 37% · 约剩 4秒");
    f.label = "12,345 lines evaluated";
    CHECK(progress_line(f, language::en) == "12,345 lines evaluated · 18.5 MB/s · 37% · 4s left");
}

TEST_CASE("progress line: the share by items when the bytes' whole is unknown; minutes and hours") {
    progress_figures f;
    f.label = "250 projects generated";
    f.done = 250;
    f.total = 1000;
    f.task_elapsed = 25'000ms;  // 750 left at 10 a second
    CHECK(progress_line(f, language::en) == "250 projects generated · 25% · 1m15s left");
    CHECK(progress_line(f, language::zh) == "250 projects generated · 25% · 约剩 1分15秒");
    f.task_elapsed = 1'241'000ms;  // 3723 s left
    CHECK(progress_line(f, language::en) == "250 projects generated · 25% · 1h02m left");
    CHECK(progress_line(f, language::zh) == "250 projects generated · 25% · 约剩 1小时02分");
}

TEST_CASE("progress line: from a pipe, no share but the time spent") {
    progress_figures f;
    f.label = "3 lines evaluated";
    f.bytes = 5'000'000;
    f.task_elapsed = 65'000ms;
    CHECK(progress_line(f, language::en) == "3 lines evaluated · 0.0 MB/s · 1m05s elapsed");
    f.bytes = 0;
    f.label = "评价 9 个项目";
    CHECK(progress_line(f, language::zh) == "评价 9 个项目 · 已用 1分05秒");
}

TEST_CASE("progress line: fits the terminal's width by dropping its last parts") {
    progress_figures f;
    f.label = "已评价 12,345 行";  // 16 columns
    f.bytes = 37'000'000;
    f.total_bytes = 100'000'000;
    f.task_elapsed = 2000ms;
    CHECK(progress_line(f, language::zh, 40) == "已评价 12,345 行 · 18.5 MB/s · 37%");
    CHECK(progress_line(f, language::zh, 10) == "已评价 12,345 行");
}

TEST_CASE("grouped numbers") {
    CHECK(jixiao::cli::grouped(0) == "0");
    CHECK(jixiao::cli::grouped(999) == "999");
    CHECK(jixiao::cli::grouped(1000) == "1,000");
    CHECK(jixiao::cli::grouped(1234567) == "1,234,567");
}

TEST_CASE("progress meter: nothing in the first second, then at most every 250 ms, erased at the end") {
    test_meter t;
    t.meter.task({"已评价 {} 行", "{} lines evaluated"}, 0, 1'000'000);
    t.meter.advance(7, 100'000);
    t.now += 999ms;
    t.meter.tick();
    CHECK(t.take() == "");
    t.now += 1ms;
    t.meter.tick();
    CHECK(t.take() == "\r\x1b[K7 lines evaluated · 0.1 MB/s · 10% · 9s left");
    t.meter.advance(3, 100'000);
    t.now += 249ms;
    t.meter.tick();
    CHECK(t.take() == "");  // too soon
    t.now += 1ms;
    t.meter.tick();
    CHECK(t.take() == "\r\x1b[K10 lines evaluated · 0.1 MB/s · 20% · 5s left");
    t.meter.finish();
    CHECK(t.take() == "\r\x1b[K");
    t.now += 10s;
    t.meter.tick();
    CHECK(t.take() == "");  // never after the end
}

TEST_CASE("progress meter: a message erases the meter first; it comes back at the next tick") {
    test_meter t;
    t.meter.task({"{} lines", "{} lines"});
    t.meter.message("before\n");
    CHECK(t.take() == "before\n");  // nothing on screen to erase
    t.now += 2s;
    t.meter.tick();
    CHECK(t.take() == "\r\x1b[K0 lines · 2s elapsed");
    t.meter.message("jixiao: a.jsonl:3: bad\n");
    CHECK(t.take() == "\r\x1b[Kjixiao: a.jsonl:3: bad\n");
    t.now += 250ms;
    t.meter.tick();
    CHECK(t.take() == "\r\x1b[K0 lines · 2s elapsed");
}

TEST_CASE("progress meter: a new task starts its counters and its rate again") {
    test_meter t;
    t.meter.task({"读取文档", "reading the documents"});
    t.meter.advance(1, 50'000'000);
    t.now += 5s;
    t.meter.task({"评价 9 个项目", "evaluating 9 projects"});
    t.now += 1s;
    t.meter.tick();
    CHECK(t.take() == "\r\x1b[Kevaluating 9 projects · 1s elapsed");
}

TEST_CASE("progress meter: a disabled meter draws nothing and passes messages on") {
    test_meter t(false);
    t.meter.task({"{} lines", "{} lines"});
    t.now += 10s;
    t.meter.tick();
    t.meter.message("jixiao: bad\n");
    t.meter.finish();
    CHECK(t.take() == "jixiao: bad\n");
}

TEST_CASE("progress meter: finishing a meter never drawn writes nothing") {
    test_meter t;
    t.meter.task({"{} lines", "{} lines"});
    t.now += 500ms;
    t.meter.tick();
    t.meter.finish();
    CHECK(t.take() == "");
}

TEST_CASE("progress delay: JIXIAO_PROGRESS_AFTER_MS lowers it, never raises it") {
    {
        const environment_variable v("JIXIAO_PROGRESS_AFTER_MS", nullptr);
        CHECK(jixiao::cli::progress_delay() == 1000ms);
    }
    {
        const environment_variable v("JIXIAO_PROGRESS_AFTER_MS", "0");
        CHECK(jixiao::cli::progress_delay() == 0ms);
    }
    {
        const environment_variable v("JIXIAO_PROGRESS_AFTER_MS", "50");
        CHECK(jixiao::cli::progress_delay() == 50ms);
    }
    {
        const environment_variable v("JIXIAO_PROGRESS_AFTER_MS", "5000");
        CHECK(jixiao::cli::progress_delay() == 1000ms);
    }
    {
        const environment_variable v("JIXIAO_PROGRESS_AFTER_MS", "-5");
        CHECK(jixiao::cli::progress_delay() == 1000ms);
    }
}

TEST_CASE("colour: on a pseudo-terminal by default; not with NO_COLOR, TERM=dumb, --color never, or off a terminal") {
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(master >= 0);
    REQUIRE(::grantpt(master) == 0);
    REQUIRE(::unlockpt(master) == 0);
    const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    REQUIRE(terminal >= 0);
    int pipe_ends[2];
    REQUIRE(::pipe(pipe_ends) == 0);
    {
        const environment_variable no_colour("NO_COLOR", nullptr);
        const environment_variable term("TERM", "xterm");
        CHECK(jixiao::cli::colour_on(colour_choice::automatic, terminal));
        CHECK_FALSE(jixiao::cli::colour_on(colour_choice::automatic, pipe_ends[1]));
        CHECK_FALSE(jixiao::cli::colour_on(colour_choice::never, terminal));
        CHECK(jixiao::cli::colour_on(colour_choice::always, pipe_ends[1]));
    }
    {
        const environment_variable no_colour("NO_COLOR", "1");
        CHECK_FALSE(jixiao::cli::colour_on(colour_choice::automatic, terminal));
        CHECK(jixiao::cli::colour_on(colour_choice::always, terminal));
    }
    {
        const environment_variable no_colour("NO_COLOR", "");  // empty: as if unset
        const environment_variable term("TERM", "xterm");
        CHECK(jixiao::cli::colour_on(colour_choice::automatic, terminal));
    }
    {
        const environment_variable no_colour("NO_COLOR", nullptr);
        const environment_variable term("TERM", "dumb");
        CHECK_FALSE(jixiao::cli::colour_on(colour_choice::automatic, terminal));
    }
    ::close(pipe_ends[0]);
    ::close(pipe_ends[1]);
    ::close(terminal);
    ::close(master);
}

TEST_CASE("colour: the report's findings, differences and summary; nothing else changes") {
    const std::string plain = embedded_report(language::zh);
    const std::string coloured = jixiao::cli::colour_report(plain, language::zh);
    CHECK(without_escapes(coloured) == plain);
    CHECK(coloured.find("\n  \x1b[1;31m[错误]\x1b[0m \x1b[1mJX-I002\x1b[0m 绩效指标\n") != std::string::npos);
    CHECK(coloured.find("\n  \x1b[1;33m[警告]\x1b[0m \x1b[1mJX-F005\x1b[0m 年度资金总额 · 偏差原因\n") !=
          std::string::npos);
    CHECK(coloured.find("\n  \x1b[1;36m[提示]\x1b[0m \x1b[1mJX-F006\x1b[0m 年度资金总额 · 全年预算数\n") !=
          std::string::npos);
    // The difference in the finding's colour.
    CHECK(coloured.find("      应为 90  实为 50  差额 \x1b[1;31m-40\x1b[0m\n") != std::string::npos);
    CHECK(coloured.find("      应为 90.00%  实为 0.00%  差额 \x1b[1;33m-90.00%\x1b[0m\n") != std::string::npos);
    // A project's heading in bold.
    CHECK(coloured.find("\x1b[1m[p01] 高层次人才专项经费\x1b[0m\n") != std::string::npos);
    // Non-zero error and warning counts.
    CHECK(coloured.ends_with("汇总：9 个项目，错误 \x1b[1;31m2\x1b[0m 条，警告 \x1b[1;33m17\x1b[0m 条，提示 10 条\n"));
}

TEST_CASE("colour: the English report") {
    const std::string plain = embedded_report(language::en);
    const std::string coloured = jixiao::cli::colour_report(plain, language::en);
    CHECK(without_escapes(coloured) == plain);
    CHECK(coloured.find("\n  \x1b[1;31m[error]\x1b[0m \x1b[1mJX-I002\x1b[0m Performance indicators\n") != std::string::npos);
    CHECK(coloured.ends_with("summary: 9 projects, \x1b[1;31m2\x1b[0m errors, \x1b[1;33m17\x1b[0m warnings, 10 infos\n"));
}

TEST_CASE("colour: only the lines shaped like findings and summaries") {
    // Free text indented as the report indents it (goals, messages) stays as it is.
    const std::string text = "    [错误] JX-F001 looks like a finding\n"
                             "      差额 5\n"
                             "  [错误] not a rule id\n"
                             "汇总：9 个项目，错误 0 条，警告 0 条，提示 3 条\n"
                             "汇总：9 个项目，错误 2 条\n";
    CHECK(jixiao::cli::colour_report(text, language::zh) == text);
}

TEST_CASE("colour: counts in a line of a given format") {
    using jixiao::cli::colour_counts;
    CHECK(colour_counts("a 1 b 0 c 3", "a {} b {} c {}", 0, 1) == "a \x1b[1;31m1\x1b[0m b 0 c 3");
    CHECK(colour_counts("a 1 b 2 c 3", "a {} b {} c {}", 0, 1) == "a \x1b[1;31m1\x1b[0m b \x1b[1;33m2\x1b[0m c 3");
    CHECK(colour_counts("a 1 b 2 c 3 d", "a {} b {} c {}", 0, 1) == "a 1 b 2 c 3 d");  // not that shape
    CHECK(colour_counts("a x b 2 c 3", "a {} b {} c {}", 0, 1) == "a x b 2 c 3");
    CHECK(jixiao::cli::in_severity_colour("[警告]", severity::warning) == "\x1b[33m[警告]\x1b[0m");
    CHECK(jixiao::cli::rule_id_style("JX-S004") == "\x1b[1mJX-S004\x1b[0m");
}
