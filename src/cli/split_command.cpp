// jixiao split POLICY_FILE --policy ID --count CATEGORY=N… [--year YYYY]:
// the cost-sharing split of a policy for given headcounts, to the fen.
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "render/display_width.hpp"
#include "json/json_text.hpp"

#include <jixiao/cost_sharing.hpp>
#include <jixiao/io.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>

namespace jixiao::cli {
namespace {

enum class split_format { text, json };

struct split_options {
    std::string file;
    std::string policy_id;
    std::vector<std::string> counts;
    std::optional<int> year;
    split_format format = split_format::text;
    std::string output;
};

// The file holds either a whole jixiao/1 document or one policy object; a
// document's fiscal year is the default --year.
struct policy_source {
    policy chosen;
    std::optional<int> fiscal_year;
};

bool looks_like_document(std::string_view text) {
    // A document has the required "format" key; a policy has none. The reader
    // then checks everything properly.
    return text.find("\"format\"") != std::string_view::npos && text.find("\"projects\"") != std::string_view::npos;
}

policy_source load_policy(const split_options& o) {
    const std::string text = read_input(o.file);
    const std::string name = shown_name(o.file);
    if (!looks_like_document(text)) {
        policy p = read_policy(text, name);
        if (!o.policy_id.empty() && o.policy_id != p.id)
            throw error({"文件中的政策编号是 \"" + p.id + "\"，不是 --policy 给出的 \"" + o.policy_id + "\"",
                         "the file's policy is \"" + p.id + "\", not \"" + o.policy_id + "\" as --policy says"},
                        location::of_file(name));
        return {std::move(p), std::nullopt};
    }
    const document doc = read_document(text, name);
    std::string ids;
    for (const auto& p : doc.policies) ids += (ids.empty() ? "" : ", ") + p.id;
    if (o.policy_id.empty()) {
        if (doc.policies.size() == 1) return {doc.policies.front(), doc.fiscal_year};
        throw error({"请用 --policy 指定政策（文件中有：" + (ids.empty() ? std::string("无") : ids) + "）",
                     "name the policy with --policy (the file has: " + (ids.empty() ? std::string("none") : ids) + ")"},
                    location::of_file(name));
    }
    if (const policy* p = doc.find_policy(o.policy_id)) return {*p, doc.fiscal_year};
    throw error({"文件中没有编号为 \"" + o.policy_id + "\" 的政策（有：" + (ids.empty() ? std::string("无") : ids) + "）",
                 "the file has no policy \"" + o.policy_id + "\" (it has: " + (ids.empty() ? std::string("none") : ids) + ")"},
                location::of_file(name));
}

constexpr std::size_t max_headcount_digits = 15;

// "general=2164" → {"general", 2164}.
std::pair<std::string, std::int64_t> parse_count(const std::string& text) {
    const auto bad = [&] {
        return error({"--count \"" + text + "\" 应写作 类别=人数，例如 general=2164",
                      "--count \"" + text + "\" should be CATEGORY=N, e.g. general=2164"});
    };
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0) throw bad();
    const std::string_view number = std::string_view(text).substr(eq + 1);
    if (number.empty() || number.find_first_not_of("0123456789") != std::string_view::npos) throw bad();
    // The README's limit: a headcount has at most 15 digits.
    const std::size_t first = std::min(number.find_first_not_of('0'), number.size());
    if (number.size() - first > max_headcount_digits)
        throw error({"--count \"" + text + "\" 的人数超过上限：最多 15 位数字（999 999 999 999 999）",
                     "--count \"" + text + "\": the headcount is beyond the limit of 15 digits (999 999 999 999 999)"});
    std::int64_t n = 0;
    std::from_chars(number.data(), number.data() + number.size(), n);  // at most 15 digits: fits
    return {text.substr(0, eq), n};
}

// A level's share of the whole, exactly: "17.5%", or "1/3 (≈33.33%)" when it has no finite decimal form.
std::string share_text(const ratio& r) {
    if (auto exact = detail::format_exact(r.fraction() * rational(100), 0, 6)) return *exact + "%";
    return to_string(r) + " (≈" + format_percent(r) + ")";
}

ratio share_of_whole(const policy& pol, const split_result& split, level l) {
    if (split.persons == 0) return ratio{};
    rational weighted = 0;
    for (const auto& [category, root] : pol.categories) {
        std::int64_t n = 0;
        for (const auto& [name, count] : split.headcount)
            if (name == category) n = count;
        weighted += rational(n) * share_of(effective_shares(root), l).fraction();
    }
    return ratio(weighted / rational(split.persons));
}

std::string render_text(const policy& pol, const split_result& split, std::optional<int> year, language lang) {
    const bool zh = lang == language::zh;
    std::string out = fmt::format("{} {}{}\n", zh ? "政策" : "policy", pol.id, pol.title ? "  " + *pol.title : "");
    if (year) out += fmt::format("{} {}\n", zh ? "年度" : "fiscal year", *year);
    out += fmt::format("{} {} {}\n", zh ? "人均标准" : "standard", to_string(pol.standard), zh ? "元/人·年" : "yuan per person-year");
    std::string counts;
    for (const auto& [category, n] : split.headcount) counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", category, n);
    out += fmt::format("{} {} ({}: {})\n\n", zh ? "人数" : "persons", split.persons, zh ? "按类别" : "by category", counts);
    out += fmt::format("{} {} {} {}\n", detail::pad(zh ? "层级" : "level", 12), detail::pad(zh ? "占比" : "share", 24, true),
                       detail::pad(zh ? "金额（元）" : "amount (yuan)", 20, true), detail::pad(zh ? "万元" : "10k yuan", 14, true));
    const auto row = [&](std::string_view label, const std::string& share, const money& m) {
        out += fmt::format("{} {} {} {}\n", detail::pad(label, 12), detail::pad(share, 24, true),
                           detail::pad(format_yuan(m, {.thousands = true}), 20, true), detail::pad(format_wan(m), 14, true));
    };
    for (const auto& a : split.levels) {
        const auto& names = vocabulary(a.level);
        row(zh ? names.zh : names.en, share_text(share_of_whole(pol, split, a.level)), a.amount);
    }
    row(zh ? "合计" : "total", split.persons == 0 ? "—" : "100%", split.total);
    return out;
}

std::string render_json(const split_result& split, std::optional<int> year) {
    json::json_text out;
    out.begin_object();
    out.field("policy", split.policy);
    if (year) out.field_integer("year", *year);
    else out.key("year").null();
    out.key("headcount").begin_object();
    for (const auto& [category, n] : split.headcount) out.field_integer(category, n);
    out.end_object();
    out.field("total", to_string(split.total));
    out.key("levels").begin_array();
    for (const auto& a : split.levels) {
        out.begin_object();
        out.field("level", to_string(a.level));
        out.field("amount", to_string(a.amount));
        out.end_object();
    }
    out.end_array();
    out.end_object();
    return std::move(out).finish();
}

}  // namespace

command_runner add_split_command(CLI::App& app, const global_options& global) {
    auto* sub = app.add_subcommand("split", "Split a cost-sharing policy's money between levels for given headcounts, to the fen");
    auto o = std::make_shared<split_options>();
    sub->add_option("POLICY_FILE", o->file, "A jixiao/1 document, or one policy object; - for standard input")->required();
    sub->add_option("--policy", o->policy_id, "The policy's id (needed when the document has several)");
    sub->add_option("--count", o->counts, "Persons of a category: CATEGORY=N (repeat, or separate with commas)")
        ->delimiter(',');
    sub->add_option("--year", o->year, "Fiscal year: must lie within the policy's validity (default: the document's)");
    sub->add_option("--format", o->format, "Output format: text (default) or json")
        ->transform(CLI::CheckedTransformer(
            std::map<std::string, split_format>{{"text", split_format::text}, {"json", split_format::json}}));
    sub->add_option("-o,--output", o->output, "Write to this file instead of standard output");

    return [o, &global] {
        const auto source = load_policy(*o);
        const policy& pol = source.chosen;
        const std::optional<int> year = o->year ? o->year : source.fiscal_year;
        if (year && !in_force(pol, fiscal_year(*year)))
            throw error({"政策 " + pol.id + " 的有效期为 " + validity_text(pol) + "，不含 " + std::to_string(*year) + " 年度",
                         "policy " + pol.id + " is valid " + validity_text(pol) + ", which does not include fiscal year " +
                             std::to_string(*year)});
        headcount_map counts;
        for (const auto& text : o->counts) counts.push_back(parse_count(text));
        const split_result split = split_cost(pol, counts);
        write_output(o->output, o->format == split_format::json ? render_json(split, year)
                                                                : render_text(pol, split, year, global.lang));
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
