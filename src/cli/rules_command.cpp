// jixiao rules: the rule catalogue, one line per rule; with --explain, what a
// rule checks, its source, an example that fires it and how to silence it.
#include "cli/command.hpp"
#include "cli/output.hpp"

#include <jixiao/detail/text.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/rule_explanation.hpp>
#include <jixiao/ingest.hpp>

#include "render/display_width.hpp"

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::cli {
namespace {

// The one rule book: the evaluation's rules (funds, cost sharing, indicators), then the report text's.
std::vector<rule_info> catalogue() {
    std::vector<rule_info> out;
    const rule_book book = report_rule_book();
    for (const auto& r : book.rules()) out.push_back(r.info);
    return out;
}

std::string severity_text(severity s, language lang) {
    return lang == language::zh ? std::string(to_chinese(s)) : std::string(to_string(s));
}

void print_line(std::string& out, const rule_info& info, language lang) {
    out += info.id + "  " + detail::pad(severity_text(info.severity, lang), 8) + "  " + info.summary.in(lang) + "\n";
}

// The catalogue line, then one line per part of the explanation.
void print_explanation(std::string& out, const rule_info& info, language lang) {
    out += info.id + "  " + severity_text(info.severity, lang) + "  " + info.summary.in(lang) + "\n";
    const rule_explanation* e = explain_rule(info.id);
    if (!e) {
        // Every rule jixiao ships has one (a unit test checks it); this is for a rule added without it.
        out += lang == language::zh ? "（暂无说明）\n" : "(no explanation yet)\n";
        return;
    }
    const bool zh = lang == language::zh;
    out += std::string(zh ? "检查：" : "Checks: ") + std::string(e->checks.in(lang)) + "\n";
    out += std::string(zh ? "依据：" : "Source: ") + std::string(e->source.in(lang)) + "\n";
    out += std::string(zh ? "示例：" : "Example: ") + std::string(e->example.in(lang)) + "\n";
    out += std::string(zh ? "消除：" : "To silence: ") + std::string(e->silence.in(lang)) + "\n";
}

// Rule ids are upper case; "jx-f007" is taken to mean JX-F007.
std::string upper_ascii(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

}  // namespace

command_runner add_rules_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("rules", "List the rule catalogue (id, severity, what it checks)");
    struct options {
        std::string explain;
    };
    auto o = std::make_shared<options>();
    auto* explain = sub->add_option("--explain", o->explain,
                                    "Explain rule ID (what it checks, its source, an example, how to silence it); "
                                    "without ID, every rule")
                        ->expected(0, 1)
                        ->type_name("[ID]");
    return [&global, o, explain] {
        const auto rules = catalogue();
        std::string out;  // written through the checked path: a failed write is exit 2
        if (explain->count() == 0) {
            for (const auto& info : rules) print_line(out, info, global.lang);
            write_output("", out);
            return static_cast<int>(exit_ok);
        }
        if (o->explain.empty()) {
            bool first = true;
            for (const auto& info : rules) {
                if (!first) out += '\n';
                first = false;
                print_explanation(out, info, global.lang);
            }
            write_output("", out);
            return static_cast<int>(exit_ok);
        }
        const std::string id = upper_ascii(o->explain);
        for (const auto& info : rules)
            if (info.id == id) {
                print_explanation(out, info, global.lang);
                write_output("", out);
                return static_cast<int>(exit_ok);
            }
        const std::string quoted = detail::quote_for_message(o->explain);
        throw error({"没有编号为 " + quoted + " 的规则（jixiao rules 列出全部规则）",
                     "no rule has the id " + quoted + " (jixiao rules lists them)"});
    };
}

}  // namespace jixiao::cli
