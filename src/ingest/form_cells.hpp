#pragma once
// What the cells of a filled form (自评表) say, read alike by the form reader (.xlsx,
// .docx tables) and the reader of forms copied out as text: a cell's text without its
// spaces at the ends, the marks that stand for no figure, the year of （2023年度）, the
// money unit a heading names, the decimals of a printed number.

#include <jixiao/detail/text.hpp>
#include <jixiao/document.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::ingest {

// Ends trimmed of ASCII spaces, tabs, line breaks and ideographic spaces.
[[nodiscard]] std::string trimmed(std::string_view s);

// Full-width brackets and colons as ASCII ones (（万元） → (万元), 名称： → 名称:), so that
// labels compare alike however the form printed them.
[[nodiscard]] std::string folded_punctuation(std::string_view text);

// Dashes, slashes and 无 stand where a form has no figure (text without spaces).
[[nodiscard]] bool is_no_figure(std::string_view text);

// The year of "（2023年度）" or "2023年度项目支出绩效自评表" (full-width digits too): four
// digits starting 19 or 20, not part of a longer number, before 年度.
[[nodiscard]] std::optional<int> form_year_in(std::string_view text);
// The first year `word` follows in `s` (2019年, 2023年度): four digits not inside a longer
// number, between `lowest` and `highest`.
[[nodiscard]] std::optional<int> year_before(std::string_view s, std::string_view word, int lowest, int highest);

// The money unit a label names: 万元, or 元 as （元） / 单位：元.
enum class money_scale { wan, yuan };
[[nodiscard]] std::optional<money_scale> scale_in(std::string_view label);

// A tranche's government level guessed from the name of the unit (实施单位, else 主管部门):
// a form names no level. 某县… → district, 某镇… → township, 某市… → municipal, …
[[nodiscard]] level level_from_unit(std::string_view name);
// The note a tranche of a form carries for that guess.
[[nodiscard]] std::string guessed_level_note(level guessed);

// Decimal places of a plain decimal text: "99.49" → 2.
[[nodiscard]] int decimals_of(std::string_view number);

// part ÷ whole as a percentage, rounded 四舍五入 to the decimals `rate` prints, is `rate` (a form's
// 执行率 or 到位率 cell against its amounts); false when whole is 0.
[[nodiscard]] bool prints_as_rate(const detail::decimal_text& part, const detail::decimal_text& whole,
                                  const detail::decimal_text& rate);

}  // namespace jixiao::ingest
