#pragma once
// A deterministic generator of random but valid `jixiao/1` documents, for
// property tests: every model it builds is one the reader can produce (ids
// unique, amounts and shares not negative, years plausible, one way to score
// each indicator, "x" data as minified JSON). The values are chosen to be
// awkward: policies with nested rests, indicators of every kind, fractions
// like 1/3, amounts at both ends of the range, text with quotes, control
// characters and characters outside the BMP, "x" data with numbers JSON
// allows but binary floats cannot hold. Same seed, same document, on every
// compiler: std::mt19937's output is fixed by the standard, and no
// implementation-defined distribution is used.

#include <jixiao/detail/text.hpp>
#include <jixiao/document.hpp>
#include <jixiao/multiprecision.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::testing {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

class document_generator {
public:
    explicit document_generator(std::uint32_t seed) : random_(seed) {}
    // `hostile`: text also carries attacks on whoever opens a rendering — markup,
    // formulas, terminal escapes, bidi overrides, characters XML cannot hold.
    document_generator(std::uint32_t seed, bool hostile) : random_(seed), hostile_(hostile) {}

    document make() {
        document d;
        if (chance(2)) d.unit = text();
        if (chance(2)) d.region = text();
        d.fiscal_year = static_cast<int>(1990 + below(111));
        if (chance(2)) d.scheme = make_scheme();
        std::set<std::string> policy_ids;
        for (std::size_t n = below(4); n > 0; --n) d.policies.push_back(make_policy(policy_ids));
        std::set<std::string> project_ids;
        for (std::size_t n = below(5); n > 0; --n) d.projects.push_back(make_project(d, project_ids));
        d.x = maybe_x();
        return d;
    }

private:
    std::size_t below(std::size_t n) { return n == 0 ? 0 : random_() % n; }
    bool chance(std::size_t one_in) { return below(one_in) == 0; }
    template <class T, std::size_t N>
    T pick(const std::array<T, N>& all) { return all[below(N)]; }

    // Text with the characters that break naive writers and readers.
    std::string text() {
        static constexpr std::array<std::string_view, 22> pieces{
            "项目", "资金", "攀枝花市仁和区", "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f",
            "é", "〔2021〕", "26号", "\xF0\x9F\x92\xB0" /* 💰 */, "\xE2\x80\xA8" /* U+2028 */, "e\xCC\x81" /* e + combining acute */,
            "100%", "{\"x\": 1}"};
        static constexpr std::array<std::string_view, 18> attacks{
            "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "\x1b]0;owned\x07",
            "\x1b[2J", "\xC2\x9B" "31m" /* C1 CSI */, "\xE2\x80\xAE" /* U+202E */, "\xE2\x81\xA6" /* U+2066 */,
            "\xEF\xBF\xBE" /* U+FFFE */, "_x0041_", std::string_view("\0", 1), "| --- |"};
        std::string out;
        if (hostile_ && chance(2)) out += attacks[below(attacks.size())];
        for (std::size_t n = below(6); n > 0; --n) {
            out += pieces[below(pieces.size())];
            if (hostile_ && chance(3)) out += attacks[below(attacks.size())];
        }
        return out;
    }

    std::string unique(std::set<std::string>& taken, std::string_view prefix) {
        for (;;) {
            std::string id = std::string(prefix) + std::to_string(below(50));
            if (chance(4)) id += text();
            if (taken.insert(id).second) return id;
        }
    }

    cpp_int digits(std::size_t count) {
        cpp_int n = 0;
        for (std::size_t i = 0; i < count; ++i) n = n * 10 + static_cast<int>(below(10));
        return n;
    }

    money amount() {
        switch (below(6)) {
        case 0: return money{};
        case 1: return money::from_fen(static_cast<std::int64_t>(below(100)));  // under a yuan
        case 2: return jixiao::money_from_fen(cpp_int("340282366920938463463374607431768211455"));  // the largest amount
        case 3: return jixiao::money_from_fen(digits(1 + below(38)) % cpp_int("340282366920938463463374607431768211455"));
        default: return money::from_fen(static_cast<std::int64_t>(below(100'000'000'00)));  // up to 1亿元
        }
    }

    ratio share() {
        switch (below(5)) {
        case 0: return ratio::zero();
        case 1: return ratio::one();
        case 2: return ratio(static_cast<std::int64_t>(below(101)), 100);             // "35%"
        case 3: return ratio(static_cast<std::int64_t>(below(1'000'001)), 100'000'000);  // "12.345678%"
        default: return ratio(static_cast<std::int64_t>(below(10)), static_cast<std::int64_t>(1 + below(9)));  // "1/3", "7/2"
        }
    }

    template <class D>
    D decimal(bool allow_negative) {
        const auto sign = [&](cpp_rational v) { return allow_negative && chance(3) ? cpp_rational(-v) : v; };
        switch (below(4)) {
        case 0: return D(static_cast<std::int64_t>(below(101)));
        case 1: return D(to_rational(sign(cpp_rational(static_cast<std::int64_t>(below(100'000)), 100))));   // "95.5"
        case 2: return D(to_rational(sign(cpp_rational(static_cast<std::int64_t>(below(10)) + 1, 3))));      // "1/3"
        default: return D(to_rational(sign(cpp_rational(digits(1 + below(40)), cpp_int(1) + digits(below(3))))));
        }
    }

    date day() {
        const int year = static_cast<int>(1990 + below(111));
        const int month = static_cast<int>(1 + below(12));
        const int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                               static_cast<unsigned short>(month));
        return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(1 + below(static_cast<std::size_t>(last))));
    }

    // ---- "x" data: minified JSON, as the reader keeps it ------------------------

    std::string json_number() {
        static constexpr std::array<std::string_view, 12> numbers{
            "0", "-0", "1.50", "1e400", "-1E+2", "0.1e-5", "123456789012345678901234567890", "3.14159265358979323846264338327950288",
            "-0.0e-0", "2023", "1E308", "5e-324"};
        return std::string(numbers[below(numbers.size())]);
    }
    std::string json_string() {
        static constexpr std::array<std::string_view, 12> strings{
            R"("")", R"("万")", R"("\u0000")", R"("\ud83d\ude00")", R"("\/")", R"("a\"b\\c")", R"("\u00e9")",
            "\"\xF0\x9F\x92\xB0\"", R"("\n\t\r\b\f")", R"("1e40")", R"("10.82万")", R"("x")"};
        return std::string(strings[below(strings.size())]);
    }
    std::string json_value(int depth) {
        switch (depth > 3 ? below(4) : below(6)) {
        case 0: return json_number();
        case 1: return json_string();
        case 2: return std::string(pick(std::array<std::string_view, 3>{"true", "false", "null"}));
        case 3: return json_number();
        case 4: {
            std::string out = "[";
            for (std::size_t n = below(4); n > 0; --n) out += (out.size() > 1 ? "," : "") + json_value(depth + 1);
            return out + "]";
        }
        default: {
            std::string out = "{";
            std::set<std::string> keys;
            for (std::size_t n = below(4); n > 0; --n) {
                std::string key = json_string();
                if (!keys.insert(key).second) continue;
                out += (out.size() > 1 ? "," : "") + key + ":" + json_value(depth + 1);
            }
            return out + "}";
        }
        }
    }
    extension maybe_x() { return chance(3) ? extension{json_value(0)} : extension{}; }

    // ---- the parts of a document ------------------------------------------------

    scheme make_scheme() {
        scheme s;
        if (chance(2)) s.preset = pick(all_scheme_presets);
        if (chance(3)) s.form = pick(all_form_layouts);
        if (chance(2)) s.reverse = pick(all_reverse_formulas);
        if (chance(2)) s.cap_execution = chance(2);
        if (chance(2)) s.execution_weight = decimal<points>(false);
        if (chance(2)) s.score_decimals = static_cast<int>(below(7));
        s.x = maybe_x();
        return s;
    }

    share_node make_node(int depth) {
        share_node node;
        std::array<bool, all_levels.size()> used{};
        for (std::size_t n = below(4); n > 0; --n) {
            const level l = pick(all_levels);
            if (used[static_cast<std::size_t>(l)]) continue;  // a key once per object
            used[static_cast<std::size_t>(l)] = true;
            node.shares.emplace_back(l, share());
        }
        if (depth < 4 && chance(2)) node.rest = std::make_shared<const share_node>(make_node(depth + 1));
        node.x = maybe_x();
        return node;
    }

    policy make_policy(std::set<std::string>& ids) {
        policy p;
        p.id = unique(ids, "pol-");
        if (chance(2)) p.title = text();
        if (chance(2)) p.reference = text();
        if (chance(2)) p.valid_from = day();
        if (chance(2)) p.valid_to = day();
        p.standard = amount();
        std::set<std::string> names{"x"};  // "x" is never a category name
        for (std::size_t n = below(4); n > 0; --n) p.categories.emplace_back(unique(names, "cat"), make_node(0));
        p.x = maybe_x();
        p.categories_x = maybe_x();
        return p;
    }

    tranche make_tranche() {
        tranche t;
        t.level = pick(all_levels);
        if (chance(2)) t.source = pick(all_fund_sources);
        if (chance(3)) t.year = static_cast<int>(1990 + below(111));
        t.amount = amount();
        if (chance(2)) t.arrived = amount();
        if (chance(2)) t.arrival_date = day();
        if (chance(2)) t.document = text();
        t.x = maybe_x();
        return t;
    }

    reported_percentage make_rate() {
        reported_percentage p;
        if (chance(4)) {  // exact: "2/3"
            p.value = ratio(static_cast<std::int64_t>(below(10)), static_cast<std::int64_t>(1 + below(9)));
            return p;
        }
        const int decimals = static_cast<int>(below(4));
        std::int64_t scale = 100;
        for (int i = 0; i < decimals; ++i) scale *= 10;
        p.value = ratio(static_cast<std::int64_t>(below(static_cast<std::size_t>(2 * scale))), scale);
        p.decimals = decimals;
        return p;
    }

    execution make_execution() {
        execution e;
        if (chance(2)) e.used = amount();
        if (chance(2)) e.carried_forward = amount();
        if (chance(3)) e.reduced = amount();
        if (chance(3)) e.recovered = amount();
        if (chance(3)) e.surplus = amount();
        for (std::size_t n = below(3); n > 0; --n) e.items.push_back({text(), amount(), maybe_x()});
        if (chance(2)) e.reported_rate = make_rate();
        if (chance(2)) e.deviation = text();
        e.x = maybe_x();
        return e;
    }

    cost_sharing make_cost_sharing(const document& d) {
        cost_sharing c;
        const bool known = !d.policies.empty() && !chance(4);
        const policy* pol = known ? &d.policies[below(d.policies.size())] : nullptr;
        c.policy = pol ? pol->id : "no-such-policy";
        if (chance(2)) c.total = static_cast<std::int64_t>(below(10'000));
        if (chance(8)) c.total = 999'999'999'999'999;  // the most digits a headcount may have
        std::set<std::string> names{"x"};
        if (pol)
            for (const auto& [name, node] : pol->categories)
                if (chance(2) && names.insert(name).second) c.by_category.emplace_back(name, static_cast<std::int64_t>(below(5000)));
        if (chance(4)) c.by_category.emplace_back(unique(names, "unknown"), 1);
        c.x = maybe_x();
        c.headcount_x = maybe_x();
        c.by_category_x = maybe_x();
        return c;
    }

    indicator make_indicator() {
        indicator i;
        i.level1 = pick(all_indicator_level1s);
        if (chance(2)) i.level2 = pick(all_indicator_level2s);  // JX-I008 may fire: a finding, not a reading error
        i.name = text();
        if (chance(2)) i.unit = text();
        i.weight = decimal<points>(false);
        switch (below(3)) {
        case 0:  // quantitative
            i.op = pick(all_comparisons);
            i.target = decimal<quantity>(true);
            i.actual = decimal<quantity>(true);
            break;
        case 1:  // qualitative
            i.rating = pick(all_ratings);
            if (chance(2)) i.score = decimal<points>(true);
            break;
        default:  // not applicable, perhaps with the target it would have had
            i.not_applicable = true;
            if (chance(2)) {
                i.op = pick(all_comparisons);
                i.target = decimal<quantity>(true);
            }
        }
        if (chance(3)) i.deviation = text();
        if (chance(3)) i.reported_score = decimal<points>(true);
        i.x = maybe_x();
        return i;
    }

    project make_project(const document& d, std::set<std::string>& ids) {
        project p;
        p.id = unique(ids, "p");
        p.name = text();
        for (std::size_t n = below(3); n > 0; --n) p.basis.push_back(text());
        if (chance(2)) p.goal = text();
        if (chance(2)) p.outcome = text();
        if (chance(3)) p.code = text();
        if (chance(3)) p.department = text();
        if (chance(3)) p.implementer = text();
        if (chance(3)) p.content = text();
        if (chance(3)) p.conclusion = text();
        if (chance(2)) {
            budget b;
            if (chance(2)) b.initial = amount();
            if (chance(2)) b.adjusted = amount();
            b.x = maybe_x();
            p.budget = b;
        }
        for (std::size_t n = below(4); n > 0; --n) p.tranches.push_back(make_tranche());
        if (chance(2)) p.execution = make_execution();
        if (chance(2)) p.cost_sharing = make_cost_sharing(d);
        for (std::size_t n = below(5); n > 0; --n) p.indicators.push_back(make_indicator());
        if (chance(2)) {
            p.problems.emplace();
            for (std::size_t n = below(3); n > 0; --n) p.problems->push_back(text());
        }
        if (chance(2)) {
            p.suggestions.emplace();
            for (std::size_t n = below(3); n > 0; --n) p.suggestions->push_back(text());
        }
        if (chance(3)) {
            reported_scores r;
            if (chance(2)) r.execution_score = decimal<points>(true);
            if (chance(2)) r.total = decimal<points>(true);
            r.x = maybe_x();
            p.reported = r;
        }
        p.x = maybe_x();
        return p;
    }

    std::mt19937 random_;
    bool hostile_ = false;
};

}  // namespace jixiao::testing
