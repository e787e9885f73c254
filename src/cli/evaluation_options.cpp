#include "cli/evaluation_options.hpp"

#include <map>

namespace jixiao::cli {

void add_evaluation_options(CLI::App& sub, evaluation_options& options) {
    sub.add_option("--format", options.format, "Output format: text (default) or json")
        ->transform(CLI::CheckedTransformer(
            std::map<std::string, output_format>{{"text", output_format::text}, {"json", output_format::json}}));
    sub.add_option("--fail-on", options.fail_on, "Exit 1 on findings at or above: error (default), warning, never")
        ->transform(CLI::CheckedTransformer(std::map<std::string, fail_level>{
            {"error", fail_level::error}, {"warning", fail_level::warning}, {"never", fail_level::never}}));
    sub.add_option("--disable", options.disabled, "Rule ids to switch off, e.g. JX-F005,JX-F006")->delimiter(',');
    sub.add_option("-o,--output", options.output, "Write to this file instead of standard output");
}

bool fails(const evaluation& result, fail_level level) {
    const auto worst = result.worst();
    if (!worst || level == fail_level::never) return false;
    return level == fail_level::warning ? *worst >= severity::warning : *worst >= severity::error;
}

}  // namespace jixiao::cli
