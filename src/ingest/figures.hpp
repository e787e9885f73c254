#pragma once
// Finding figures in a sentence: amounts (万元/元/亿元), percentages, dates,
// counted quantities, cited documents (《title》（文号）) and the government level
// words next to them. Everything here is exact: numbers are read as decimal text
// into money, ratio and quantity, never through a binary float.

#include "ingest/sections.hpp"

#include <jixiao/calendar.hpp>
#include <jixiao/document.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::ingest {

struct span {
    std::size_t begin = 0;
    std::size_t end = 0;  // one past the last character
};

// A document cited in the text: 《title》（川财社发〔2022〕144号）.
struct cited_document {
    span where;                  // the 文号, issuer prefix included
    std::u32string number;       // as printed: 攀仁委办〔2022〕38 号
    std::u32string issuer;       // 川财社发
    int year = 0;                // 2022
    std::u32string serial;       // 144
    std::u32string title;        // the 《》 title just before it, without brackets; empty if none
};

// 《…》 titles: to the closing 》, or — when the writer put the 文号 inside the title
// brackets or never closed them — to the bracket that opens the 文号 or the next 《.
[[nodiscard]] std::vector<span> find_titles(std::u32string_view folded);
[[nodiscard]] std::vector<cited_document> find_documents(std::u32string_view folded, const std::vector<span>& titles);

// Character that blanks out titles and document numbers in `sentence::masked`.
inline constexpr char32_t mask_char = U'\uFFFC';

// One sentence (up to 。！？) of a report line, in three forms of the same length.
struct sentence {
    std::size_t line = 0;
    section_id section = section_id::none;
    // Under a heading that divides money stated before (（二）省内分解下达预算和绩效目标情况).
    bool divides_money = false;
    // Under a heading on what the money was used for (（二）专项资金的使用), or right after such a
    // heading run into the paragraph (3、专项资金的使用。公务船艇维修35800元,…).
    bool under_use_heading = false;
    std::u32string printed;  // as printed
    std::u32string folded;   // fold_figures(printed)
    std::u32string masked;   // folded, titles and document numbers blanked out
    std::vector<span> titles;
    std::vector<cited_document> documents;
};

[[nodiscard]] std::vector<sentence> split_sentences(std::size_t line, section_id section, std::u32string_view printed);

struct money_mention {
    span where;
    std::u32string printed;        // 10.82万元
    std::optional<money> amount;   // nullopt: finer than a fen
    bool per_capita = false;       // 100元/人/年, 每人每年100元: a standard, not an amount of the project
    bool misprinted_unit = false;  // 35.5万地: read as 万元, and reported (JX-S008)
    bool run_into_reference = false;  // 财建〔20202185000万元: a document's year and number run into it; no amount
    bool negative = false;  // 调整预算-101251.44万元: printed with a minus sign (a change, not money of that size)
    bool approximate = false;  // 约80万元, 近80万元, 80余万元, 80万元左右: a round figure, not to be checked to the fen
    bool split_from_digits = false;  // 100 0000元: digits a space before it that no thousands grouping joins; no amount
};
[[nodiscard]] std::vector<money_mention> find_money(const sentence& s);

struct percent_mention {
    span where;
    std::u32string printed;  // 0%
    ratio value;
    int decimals = 0;
};
[[nodiscard]] std::vector<percent_mention> find_percents(const sentence& s);

struct date_mention {
    span where;
    std::u32string printed;  // 2023年12月底
    date day;
    bool day_printed = false;  // false: the last day the wording allows (12月底 → 31)
};
[[nodiscard]] std::vector<date_mention> find_dates(const sentence& s, int fiscal_year);

struct quantity_mention {
    span where;
    std::u32string printed;  // 7000人以上
    quantity value;
    std::u32string unit;     // 人, 个, %
    std::optional<comparison> op;  // from 以上 / 不少于 / 以下 / 不超过
    bool approximate = false;      // 1万余份, 约500人
};
[[nodiscard]] std::vector<quantity_mention> find_quantities(const sentence& s);

// Government level words: 省级, 区财政, 中央 … Tier 1 names a level (省级, 中央),
// tier 2 a finance body (区财政), tier 3 an issuing bureau (攀枝花市财政局); a
// reader prefers the lowest tier.
struct level_word {
    std::size_t at = 0;
    std::size_t length = 0;
    level value = level::district;
    int tier = 1;
};
[[nodiscard]] std::vector<level_word> find_levels(std::u32string_view text);
// The level word in `text` with the lowest tier, first in the text among equals.
[[nodiscard]] std::optional<level_word> best_level(std::u32string_view text);

// Sentence punctuation that ends a clause: ，；：、。！？ and their ASCII twins.
[[nodiscard]] bool is_clause_mark(char32_t c);
// The clause text just before `at`, not reaching back past `floor` (nor more than 300 characters).
[[nodiscard]] std::u32string_view clause_before(std::u32string_view text, std::size_t at, std::size_t floor = 0);
// The clause text just after `at`, not reaching past `ceiling` (nor more than 300 characters).
[[nodiscard]] std::u32string_view clause_after(std::u32string_view text, std::size_t at,
                                               std::size_t ceiling = std::u32string_view::npos);

// The occurrence of any of `words` that ends last in `text`: its end, or npos.
[[nodiscard]] std::size_t last_word_end(std::u32string_view text, std::initializer_list<std::u32string_view> words);

}  // namespace jixiao::ingest
