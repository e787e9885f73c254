// jixiao rules: the rule catalogue, one line per rule.
#include "cli/command.hpp"
#include "cli/output.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/rules/report_text.hpp>

#include "render/display_width.hpp"

#include <iostream>

namespace jixiao::cli {

command_runner add_rules_command(CLI::App& app, const global_options& global) {
    app.add_subcommand("rules", "List the rule catalogue (id, severity, what it checks)");
    return [&global] {
        // The evaluation's rules (funds, cost sharing, indicators), then the report-text rules of ingest/lint.
        std::vector<rule_info> catalogue;
        const rule_book book = default_rule_book();
        for (const auto& r : book.rules()) catalogue.push_back(r.info);
        for (auto& info : rules::report_text_rules()) catalogue.push_back(std::move(info));
        std::string out;
        for (const auto& info : catalogue) {
            const auto severity_text = global.lang == language::zh ? std::string(to_chinese(info.severity))
                                                                  : std::string(to_string(info.severity));
            out += info.id + "  " + detail::pad(severity_text, 8) + "  " + info.summary.in(global.lang) + "\n";
        }
        write_output("", out);
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
