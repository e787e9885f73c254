// The jixiao command (README, "What it does"). Each sub-command lives in its own file; this
// one wires them up and turns errors into exit code 2 with a clear message.
#include "cli/command.hpp"
#include "cli/output.hpp"

#include <jixiao/version.hpp>

#include <exception>
#include <iostream>
#include <map>
#include <new>

int main(int argc, char** argv) {
    using namespace jixiao::cli;
    install_signal_handlers();
    CLI::App app{"jixiao (绩效): project expenditure performance self-evaluation — 项目支出绩效自评", "jixiao"};
    app.set_version_flag("--version", std::string("jixiao ") + jixiao::version_string);
    app.require_subcommand(1);
    app.fallthrough();

    global_options global;
    std::map<std::string, jixiao::language> languages{{"zh", jixiao::language::zh}, {"en", jixiao::language::en}};
    app.add_option("--lang", global.lang, "Language of messages and findings: zh (default) or en")
        ->transform(CLI::CheckedTransformer(languages, CLI::ignore_case));

    std::map<const CLI::App*, command_runner> runners;
    const auto add = [&](command_runner runner) { runners[app.get_subcommands({}).back()] = std::move(runner); };
    add(add_evaluate_command(app, global));
    add(add_format_command(app, global));
    add(add_lint_command(app, global));
    add(add_ingest_command(app, global));
    add(add_split_command(app, global));
    add(add_rules_command(app, global));
    add(add_daxie_command(app, global));
    add(add_gen_command(app, global));

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_bad_input;
    }
    try {
        for (const auto* sub : app.get_subcommands())
            if (auto it = runners.find(sub); it != runners.end()) return it->second();
    } catch (const jixiao::error& e) {
        print_message("jixiao: " + e.describe(global.lang));
        return exit_bad_input;
    } catch (const std::bad_alloc&) {
        print_message(global.lang == jixiao::language::en ? "jixiao: not enough memory for this input"
                                                          : "jixiao: 内存不足，无法处理此输入");
        return exit_bad_input;
    } catch (const std::exception& e) {
        // Never a crash: a bug is reported as one, with exit code 2 (the only code for a failure that is not about findings).
        print_message(std::string(global.lang == jixiao::language::en
                                      ? "jixiao: internal error (a bug in jixiao; please report it with the input): "
                                      : "jixiao: 内部错误（jixiao 的缺陷，请连同输入一起报告）：") +
                      e.what());
        return exit_bad_input;
    }
    return exit_bad_input;
}
