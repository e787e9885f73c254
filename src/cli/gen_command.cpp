// jixiao gen --projects N --seed S [--per-line K] [--years Y]: synthetic JSON
// Lines for load tests and benchmarks (jixiao/synthetic.hpp), deterministic in
// S; with --years, each unit's Y years on consecutive lines.
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"

#include <jixiao/synthetic.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <unistd.h>

namespace jixiao::cli {

namespace {
struct gen_options {
    std::uint64_t projects = 1000;
    int years = 1;
    synthetic_options synthetic;
    std::string output;
    bool quiet = false;
};
}  // namespace

command_runner add_gen_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand(
        "gen", "Write synthetic report books as JSON Lines (one jixiao/1 document per line), for load tests");
    auto options = std::make_shared<gen_options>();
    sub->add_option("--projects", options->projects, "Number of projects in all (default 1000)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40));
    sub->add_option("--seed", options->synthetic.seed, "Seed; the same seed gives the same bytes (default 1)");
    sub->add_option("--per-line", options->synthetic.projects_per_document, "Projects per line (default 1)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
    sub->add_option("--year", options->synthetic.fiscal_year, "Fiscal year (default 2023)")->check(CLI::Range(1990, 2100));
    sub->add_option("--years", options->years,
                    "Write histories: per unit, one line for each of N consecutive years ending at --year, the "
                    "projects carrying money from year to year (--projects counts the projects of each year)")
        ->check(CLI::Range(1, 50));
    sub->add_option("-o,--output", options->output, "Write to this file instead of standard output");
    sub->add_flag("-q,--quiet", options->quiet, "No progress and no summary line; only error messages");
    return [options, &global] {
        if (options->synthetic.fiscal_year - options->years + 1 < 1990)
            throw error({"--years " + std::to_string(options->years) + " 从 " + std::to_string(options->synthetic.fiscal_year) +
                             " 年往前超出了 1990 年；请减少 --years 或调大 --year",
                         "--years " + std::to_string(options->years) + " back from " +
                             std::to_string(options->synthetic.fiscal_year) +
                             " goes before 1990; give fewer --years or a later --year"});
        const bool to_stdout = options->output.empty() || options->output == "-";
        // JSON Lines scrolling by on the terminal would mix with a meter.
        const bool allowed = progress_allowed({.quiet = options->quiet}) && !(to_stdout && is_terminal(STDOUT_FILENO));
        progress_meter meter(progress_meter::for_stderr(global.lang, allowed));
        meter.task({"已生成 {} 个项目", "{} projects generated"}, options->projects);
        meter.start_ticking();
        output_stream out(options->output);
        std::string buffer;
        std::uint64_t bytes = 0, lines = 0;
        const auto flush = [&] {
            out.write(buffer);
            bytes += buffer.size();
            buffer.clear();
        };
        const std::uint64_t per_line = options->synthetic.projects_per_document;
        std::uint64_t left = options->projects;
        for (std::uint64_t n = 0; left > 0; ++n) {
            synthetic_options line = options->synthetic;
            line.projects_per_document = static_cast<std::size_t>(std::min(per_line, left));
            left -= line.projects_per_document;
            const std::size_t before = buffer.size();
            if (options->years > 1) append_synthetic_history(buffer, line, n, options->years);
            else append_synthetic_document(buffer, line, n);
            ++lines;
            meter.advance(line.projects_per_document, buffer.size() - before);
            if (buffer.size() >= (1U << 20)) flush();
        }
        flush();
        out.commit();
        meter.finish();
        if (!to_stdout && !options->quiet) {
            const std::string megabytes = fmt::format("{}.{}", bytes / 1000000, bytes % 1000000 / 100000);
            std::cerr << (global.lang == language::zh
                              ? fmt::format("jixiao：已写入 {}（{} 个项目，{} 行，{} MB）\n", options->output,
                                            grouped(options->projects), grouped(lines), megabytes)
                              : fmt::format("jixiao: wrote {} ({} projects, {} lines, {} MB)\n", options->output,
                                            grouped(options->projects), grouped(lines), megabytes));
        }
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
