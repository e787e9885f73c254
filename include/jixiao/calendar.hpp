#pragma once
// Dates and the fiscal year. The Chinese fiscal year is the
// calendar year; an arrival on or after 1 December is a late arrival.

#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cctype>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao {

using date = boost::gregorian::date;

/// Fiscal years a document may name. Performance self-evaluation began in the
/// 2000s; anything outside this range is a typo, not a year.
inline constexpr int earliest_fiscal_year = 1990;
inline constexpr int latest_fiscal_year = 2100;

class fiscal_year {
public:
    constexpr explicit fiscal_year(int year) noexcept : year_(year) {}
    [[nodiscard]] constexpr int year() const noexcept { return year_; }
    [[nodiscard]] constexpr bool ok() const noexcept {
        return year_ >= earliest_fiscal_year && year_ <= latest_fiscal_year;
    }
    [[nodiscard]] date first_day() const { return date(static_cast<unsigned short>(year_), 1, 1); }
    [[nodiscard]] date last_day() const { return date(static_cast<unsigned short>(year_), 12, 31); }
    [[nodiscard]] date last_month_start() const { return date(static_cast<unsigned short>(year_), 12, 1); }
    [[nodiscard]] bool contains(const date& d) const { return d.year() == year_; }
    friend constexpr auto operator<=>(fiscal_year, fiscal_year) = default;

private:
    int year_;
};

inline std::ostream& operator<<(std::ostream& os, fiscal_year fy) { return os << fy.year() << "年度"; }

/// Money arriving in the last month of the fiscal year (12月底资金到位) or later.
[[nodiscard]] bool is_late_arrival(const date& arrival, fiscal_year fy);

/// "YYYY-MM-DD", strictly: four-digit year, two-digit month and day, a real day.
/// An impossible day says how long that month is, so the typo is easy to find.
[[nodiscard]] date parse_date(std::string_view text);

[[nodiscard]] std::string to_string(const date& d);

}  // namespace jixiao
