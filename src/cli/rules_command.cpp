// jixiao rules: the rule catalogue, one line per rule.
#include "cli/command.hpp"

#include <jixiao/evaluate.hpp>

#include "display_width.hpp"

#include <iostream>

namespace jixiao::cli {

command_runner add_rules_command(CLI::App& app, const global_options& global) {
    app.add_subcommand("rules", "List the rule catalogue (id, severity, what it checks)");
    return [&global] {
        const rule_book book = default_rule_book();
        for (const auto& r : book.rules()) {
            const auto severity_text = global.lang == language::zh ? std::string(to_chinese(r.info.severity))
                                                                  : std::string(to_string(r.info.severity));
            std::cout << r.info.id << "  " << detail::pad(severity_text, 8) << "  " << r.info.summary.in(global.lang)
                      << '\n';
        }
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
