#pragma once
// The report book jixiao carries with it: the seed (攀枝花市仁和区人力资源和社会保障局,
// 2023, 9 projects), transcribed by hand into jixiao/1. `jixiao evaluate` with
// no file evaluates it.

#include <string_view>

namespace jixiao {

[[nodiscard]] std::string_view embedded_report_book() noexcept;
inline constexpr std::string_view embedded_report_book_name = "renhe-hrss-2023.json";

}  // namespace jixiao
