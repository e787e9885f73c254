// Fuzz target: ratios and cost-sharing policies. The input is
//   line 1: a ratio ("35%", "0.35", "7/20", …), also read as points and a quantity;
//   line 2: headcounts, "general=2164 poor=4945" ("total=N" is the total);
//   rest:   a policy object, read through the document reader.
// A ratio that parses writes back (as "n/d" and, when exact, as a percent) to
// the same ratio. A policy the reader accepts is checked (JX-C001); a sound
// one splits any headcounts into level amounts that sum to persons × standard
// exactly, each within one fen of its exact share; an unsound one is refused
// by split_cost with jixiao::error. Headcounts left out of by_category are
// inferred back to the counts that produced the reported amounts, or not at all.
#include "fuzz_support.hpp"

#include <jixiao/cost_sharing.hpp>
#include <jixiao/headcount.hpp>
#include <jixiao/io.hpp>
#include <jixiao/multiprecision.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/share_tree.hpp>
#include <jixiao/split.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

using namespace jixiao;
using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
using fuzz::require;

namespace {

std::string_view next_line(std::string_view& rest) {
    const auto end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    return line;
}

void check_ratio(std::string_view text) {
    try {
        const ratio r = ratio::parse(text);
        require(ratio::parse(to_string(r)) == r, "a ratio's n/d form reads back", to_string(r));
        if (const auto percent = detail::format_exact(r.fraction() * rational(100), 0, 6))
            require(ratio::parse(*percent + "%") == r, "an exact percent reads back", *percent);
        (void)format_percent(r);
    } catch (const error& e) {
        fuzz::check_message(e);
    }
    try {
        const points p = points::parse(text);
        require(points::parse(to_string(p)) == p, "points write back", to_string(p));
    } catch (const error& e) {
        fuzz::check_message(e);
    }
    try {
        const quantity q = quantity::parse(text);
        require(quantity::parse(to_string(q)) == q, "a quantity writes back", to_string(q));
    } catch (const error& e) {
        fuzz::check_message(e);
    }
}

// "name=N" words; N at most 15 digits, as the reader allows. Others are skipped.
cost_sharing read_headcounts(std::string_view line, const std::string& policy_id) {
    cost_sharing c;
    c.policy = policy_id;
    while (!line.empty()) {
        const auto space = line.find(' ');
        const std::string_view word = line.substr(0, space);
        line.remove_prefix(space == std::string_view::npos ? line.size() : space + 1);
        const auto equals = word.find('=');
        if (equals == std::string_view::npos || equals == 0) continue;
        const std::string_view digits = word.substr(equals + 1);
        if (digits.empty() || digits.size() > 15) continue;
        std::int64_t n = 0;
        bool ok = true;
        for (const char ch : digits) {
            if (ch < '0' || ch > '9') ok = false;
            else n = n * 10 + (ch - '0');
        }
        if (!ok) continue;
        const std::string name(word.substr(0, equals));
        if (!detail::is_valid_utf8(name)) continue;  // as the reader guarantees for names in a document
        if (name == "total") c.total = n;
        else c.by_category.emplace_back(name, n);
    }
    return c;
}

void check_split(const policy& pol, const headcount_map& counts) {
    split_result split;
    try {
        split = split_cost(pol, counts);
    } catch (const error& e) {  // an unknown or repeated category, or an overflow
        fuzz::check_message(e);
        return;
    }
    money sum;
    cpp_int persons = 0;
    for (const auto& [name, n] : split.headcount) persons += n;
    require(persons == split.persons, "persons is the sum of the headcounts");
    require(split.total == pol.standard * split.persons, "total = persons × standard");
    for (std::size_t l = 0; l < split.levels.size(); ++l) {
        const auto& [lvl, amount] = split.levels[l];
        if (l > 0) require(split.levels[l - 1].level < lvl, "levels in level order, each once");
        require(!amount.is_negative(), "no level pays a negative amount");
        cpp_rational exact = 0;
        for (std::size_t c = 0; c < pol.categories.size(); ++c)
            exact += cpp_rational(to_cpp_int(pol.standard.fen())) * split.headcount[c].second *
                     to_cpp_rational(share_of(effective_shares(pol.categories[c].second), lvl));
        const cpp_rational gap = cpp_rational(to_cpp_int(amount.fen())) - exact;
        require(gap < 1 && gap > -1, "each level within one fen of its exact share", to_string(amount));
        sum += amount;
    }
    if (!split.levels.empty()) require(sum == split.total, "the levels sum to the total exactly", to_string(sum));
}

// The split's amounts as the project's reported tranches; the first two
// categories left out of by_category must be inferred back (or not at all).
void check_inference(const policy& pol, const headcount_map& counts, std::optional<std::int64_t> total) {
    if (pol.categories.size() < 2 || !total) return;
    split_result split;
    try {
        split = split_cost(pol, counts);
    } catch (const error&) {
        return;
    }
    cost_sharing sharing;
    sharing.policy = pol.id;
    sharing.total = split.persons;
    for (std::size_t c = 2; c < split.headcount.size(); ++c) sharing.by_category.push_back(split.headcount[c]);
    try {
        const headcount_completion done = complete_headcount(pol, sharing, split.levels);
        if (!done.complete()) {
            require(done.problem->zh.size() > 0 && detail::is_valid_utf8(done.problem->en),
                    "an incomplete headcount says why");
            return;
        }
        require(done.counts == split.headcount, "inferred headcounts are the ones that produced the amounts",
                detail::headcount_text(done.counts) + " vs " + detail::headcount_text(split.headcount));
    } catch (const error& e) {
        fuzz::check_message(e);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    check_ratio(next_line(rest));
    const std::string_view headcounts = next_line(rest);

    const std::string json =
        R"({"format": "jixiao/1", "fiscal_year": 2023, "policies": [)" + std::string(rest) + R"(], "projects": []})";
    document doc;
    try {
        doc = read_document(json, "policy.json");
    } catch (const error& e) {
        fuzz::check_message(e);
        return 0;
    }
    for (std::size_t k = 0; k < doc.policies.size(); ++k) {
        const policy& pol = doc.policies[k];
        const cost_sharing given = read_headcounts(headcounts, pol.id);
        const auto problems = check_policy(pol, k);
        for (const auto& f : problems) {
            require(f.rule == "JX-C001", "policy findings are JX-C001");
            require(detail::is_valid_utf8(f.message.zh) && detail::is_valid_utf8(f.message.en), "findings are UTF-8");
        }
        if (!problems.empty()) {
            try {
                (void)split_cost(pol, given.by_category);
                fuzz::broken("split_cost refuses a policy JX-C001 refuses");
            } catch (const error& e) {
                fuzz::check_message(e);
            }
            continue;
        }
        for (const auto& [name, node] : pol.categories) {
            ratio sum;
            for (const auto& [lvl, r] : effective_shares(node)) sum += r;
            require(sum == ratio::one(), "a sound category's effective shares sum to 1", name);
        }
        check_split(pol, given.by_category);
        check_inference(pol, given.by_category, given.total);
    }
    return 0;
}
