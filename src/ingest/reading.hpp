#pragma once
// What reading one project produces, before it becomes a jixiao/1 project:
// the model objects, where every figure came from, and what could not be placed.

#include "ingest/book.hpp"
#include "ingest/figures.hpp"

#include <jixiao/document.hpp>
#include <jixiao/ingest.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::ingest {

// p01, p02 … p10: the id of the index-th project a reader finds.
[[nodiscard]] inline std::string project_id(std::size_t index) {
    std::string n = std::to_string(index + 1);
    if (n.size() < 2) n.insert(0, 2 - n.size(), '0');
    return "p" + n;
}

// A sentence as provenance and findings quote it: at most `max` characters,
// cut with "…". Memory stays bounded by the input however many figures one
// long sentence holds (each would otherwise keep a copy of all of it).
inline constexpr std::size_t max_quoted_sentence = 500;
[[nodiscard]] inline std::u32string excerpt(std::u32string_view sentence, std::size_t max = max_quoted_sentence) {
    if (sentence.size() <= max) return std::u32string(sentence);
    return std::u32string(sentence.substr(0, max - 1)) + U'\u2026';
}

// The part of a long sentence around `value` that provenance quotes: the whole
// sentence when it has at most max_quoted_sentence characters, else a window of
// 200 around `value` — where it is printed when the caller knows (`at`, or `value`
// a view into `sentence`), else the first place it is printed — "…" where it is cut.
// (Searching for every figure of a long sentence would take time quadratic in it.)
[[nodiscard]] inline std::u32string excerpt_around(std::u32string_view sentence, std::u32string_view value,
                                                   std::size_t at = std::u32string_view::npos) {
    constexpr std::size_t window = 200;
    if (sentence.size() <= max_quoted_sentence) return std::u32string(sentence);
    if (at == std::u32string_view::npos && !value.empty()) {
        const auto inside = std::less_equal<>{}(sentence.data(), value.data()) &&
                            std::less_equal<>{}(value.data() + value.size(), sentence.data() + sentence.size());
        at = inside ? static_cast<std::size_t>(value.data() - sentence.data()) : sentence.find(value);
    }
    if (at == std::u32string_view::npos || at >= sentence.size()) return excerpt(sentence, window);
    const std::size_t half = value.size() >= window ? 0 : (window - value.size()) / 2;
    const std::size_t begin = std::min(at > half ? at - half : 0, sentence.size() - window);
    std::u32string out(sentence.substr(begin, window));
    if (begin > 0) out.front() = U'\u2026';
    if (begin + window < sentence.size()) out.back() = U'\u2026';
    return out;
}

// One field filled from one sentence.
struct field_source {
    std::string field;     // relative to the object: "amount", "items[0].amount"
    std::u32string value;  // as printed: "4万元"
    std::size_t line = 0;
    std::u32string sentence;
};

// The "x" of one model object: its sources and the reader's notes.
struct x_record {
    std::vector<field_source> sources;
    std::vector<std::string> notes;

    void add(std::string field, std::u32string_view value, const sentence& from,
             std::size_t at = std::u32string_view::npos) {
        sources.push_back({std::move(field), std::u32string(value), from.line, excerpt_around(from.printed, value, at)});
    }
    // A figure, quoted where it is printed.
    void add(std::string field, const money_mention& m, const sentence& from) {
        add(std::move(field), m.printed, from, m.where.begin);
    }
    void add(std::string field, std::u32string_view value, std::size_t line, std::u32string_view text) {
        sources.push_back({std::move(field), std::u32string(value), line, excerpt_around(text, value)});
    }
    void note(std::string text) { notes.push_back(std::move(text)); }
    [[nodiscard]] bool empty() const { return sources.empty() && notes.empty(); }
};

// {"source":[{"line":29,"text":"…","fields":{"amount":"4万元"}}],…,"notes":[…]}; sources
// from the same sentence are grouped; the members of `extra` go between them.
[[nodiscard]] extension to_extension(const x_record& x,
                                     const nlohmann::ordered_json& extra = nlohmann::ordered_json::object());

// JX-S005 names at most this many amounts of one line left unplaced for the same
// reason, one finding each; the rest of them are one finding that counts them (a
// sentence of thousands of amounts would otherwise give thousands of findings).
inline constexpr std::size_t unbound_named_per_line = 5;

// An amount the reader could not tie to a field (JX-S005).
struct unbound_amount {
    std::size_t line = 0;
    section_id section = section_id::none;
    std::u32string sentence;  // empty past unbound_named_per_line in a line: only counted
    std::u32string printed;
    std::string reason_zh;
    std::string reason_en;
    std::optional<money> value;  // the amount, when it is one
    std::optional<money> other;  // the same figure stated elsewhere with this value (JX-S007), not JX-S005
    std::string field;           // the field both name, for JX-S007: "execution.used"
};

// Two unplaced amounts JX-S005 counts together: the same line, the same reason, neither
// a restated figure (JX-S007's).
[[nodiscard]] inline bool same_unbound_run(const unbound_amount& a, const unbound_amount& b) {
    return a.line == b.line && a.reason_en == b.reason_en && !a.other && !b.other;
}

// A total the text states with the parts it lists (共计239万元，其中上级179.25万元、本级59.75万元).
struct stated_total {
    std::size_t line = 0;
    std::u32string sentence;
    std::u32string printed;              // the total as printed
    money total;
    std::vector<std::u32string> parts;   // as printed
    money sum;                           // of the parts
};

// An amount read through a misprinted unit (35.5万地 as 35.5万元), JX-S008.
struct misprinted_amount {
    std::size_t line = 0;
    std::u32string sentence;
    std::u32string printed;
};

// A document number cited in the project's text (for basis and JX-S003).
struct citation {
    std::size_t line = 0;
    section_id section = section_id::none;
    std::u32string sentence;
    cited_document doc;
    std::optional<std::size_t> basis_index;  // its place in project.basis, if it is there
};

// A sentence claiming the work or the payments are done (JX-S004).
struct completion_claim {
    std::size_t line = 0;
    std::u32string phrase;
    std::u32string sentence;
};

struct funds_reading {
    std::vector<tranche> tranches;
    std::vector<x_record> tranche_x;
    std::optional<jixiao::budget> budget;
    x_record budget_x;
    std::optional<jixiao::execution> exec;
    x_record execution_x;
    std::vector<unbound_amount> unbound;
    std::vector<std::string> notes;  // for the project's x
    std::optional<reported_percentage> arrival_rate;  // 到位率 as printed
    std::optional<field_source> arrival_rate_source;
    std::vector<stated_total> totals;
    std::vector<misprinted_amount> misprints;
};

// Where the project's money is from when a sentence does not say: the level
// words of section 一（一）, the name, the unit.
struct default_level {
    level value = level::district;
    std::string why;  // for the notes: "区级 in line 7"
    std::size_t line = 0;
    std::u32string sentence;
    std::u32string word;
};

struct reading_context {
    int fiscal_year = 0;
    default_level fallback;
    bool no_funds_section = false;  // no sentence lies in a funds section (一（一）, 二（一）, 资金投入…)
    bool loose = false;  // a book of no sections (split_loose_book): every amount is read as narrative
};

// The sections where money is written: section 一 and 二 of the seed's template and the
// sections other templates map onto them (资金投入情况分析 …), and text under no heading.
// read_funds reads every sentence; elsewhere an amount counts only when its own clause
// names what it is (资金3万元已全部到位), else it is narrative (JX-S005).
[[nodiscard]] inline bool read_by_funds_reader(section_id s) {
    return s == section_id::none || within(s, section_id::overview) || within(s, section_id::implementation);
}

[[nodiscard]] funds_reading read_funds(const std::vector<sentence>& sentences, const reading_context& context);

// A figure of execution stated after the text was read (a label-value table's 实际支出): it is
// no longer among those the funds reading noted as left out.
void now_stated(x_record& execution_x, std::string_view field);

struct indicator_reading {
    std::vector<indicator> indicators;
    std::vector<x_record> indicator_x;
};
// Quantities the text states as indicators, only where it gives both a target
// (in 一（二）) and an actual (in 三).
[[nodiscard]] indicator_reading read_indicators(const std::vector<sentence>& sentences);

struct project_reading {
    project model;
    std::vector<figure_source> provenance;  // paths relative to the project: "tranches[0].amount"
    std::vector<unbound_amount> unbound;
    std::vector<citation> citations;
    std::vector<completion_claim> claims;
    std::vector<stated_total> totals;
    std::vector<misprinted_amount> misprints;
};

// What the component funds of a project (components.hpp) hold together: the project's
// own statements about the whole package are checked against it.
struct component_sums {
    money amount;                        // their tranches' amounts
    money arrived;                       // what arrived (an absent arrived: all of the amount)
    money largest;                       // the largest one fund's amount
    std::optional<money> used_by_all;    // what those that state it used
    bool every_used = true;              // every component states what it used
    std::vector<std::u32string> parts;   // 城乡医疗救助资金 50.00万元, for the messages
    std::vector<std::u32string> used_parts;
    std::vector<money> used_each;        // each one's used, of those that state it
    money left;                          // what they carried forward and left as surplus, of those that state it
    bool every_left = true;              // every component states what it carried forward or left
    std::vector<std::u32string> left_parts;
    bool incomplete = false;             // the list names an item without a figure: not the whole
    bool department_projects = false;    // a department's projects: its own figures are not their whole
};

[[nodiscard]] project_reading read_project(const project_block& block, std::size_t index, int fiscal_year,
                                           const std::u32string& book_unit, const component_sums* components = nullptr);

// Helpers shared by the readers.
[[nodiscard]] std::string utf8(std::u32string_view s);
[[nodiscard]] std::string in_quotes(std::u32string_view s);  // “…”

}  // namespace jixiao::ingest
