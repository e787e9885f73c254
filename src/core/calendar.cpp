// Dates in documents: ISO parsing and printing.

#include <jixiao/calendar.hpp>

#include <jixiao/detail/text.hpp>
#include <jixiao/error.hpp>
#include <boost/date_time/gregorian/formatters.hpp>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cctype>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao {

bool is_late_arrival(const date& arrival, fiscal_year fy) {
    return arrival >= fy.last_month_start();
}

date parse_date(std::string_view text) {
    const std::string quoted = detail::quote_for_message(text);
    const auto digits = [&](std::size_t from, std::size_t count) {
        int v = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const auto not_a_date = [&] {
        return error({quoted + " 不是日期（应为 \"2023-12-31\" 这样的 YYYY-MM-DD 形式）",
                      quoted + " is not a date (expected YYYY-MM-DD, e.g. \"2023-12-31\")"});
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw not_a_date();
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0) throw not_a_date();
    if (!fiscal_year(y).ok())
        throw error({quoted + " 的年份不合理（应在 " + std::to_string(earliest_fiscal_year) + "–" +
                         std::to_string(latest_fiscal_year) + " 之间）",
                     quoted + " has an implausible year (expected " + std::to_string(earliest_fiscal_year) + "–" +
                         std::to_string(latest_fiscal_year) + ")"});
    if (m < 1 || m > 12)
        throw error({quoted + " 不是存在的日期：月份应为 01–12", quoted + " is not a real date: the month must be 01–12"});
    static constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};
    const auto year = static_cast<unsigned short>(y), month = static_cast<unsigned short>(m);
    const int days = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    if (d < 1 || d > days) {
        const std::string last = std::to_string(days);
        throw error({quoted + " 不是存在的日期：日应为 01–" + last + "（" + std::to_string(y) + "年" + std::to_string(m) +
                         "月有 " + last + " 天）",
                     quoted + " is not a real date: the day must be 01–" + last + " (" +
                         month_names[m - 1] + " " + std::to_string(y) + " has " + last + " days)"});
    }
    return date(year, month, static_cast<unsigned short>(d));
}

std::string to_string(const date& d) {
    if (d.is_special()) return boost::gregorian::to_iso_extended_string(d);
    // Written by hand: Boost's formatter goes through a stringstream, and findings print dates often.
    const auto ymd = d.year_month_day();
    const unsigned y = ymd.year, m = ymd.month, day = ymd.day;
    const char text[10] = {static_cast<char>('0' + y / 1000),    static_cast<char>('0' + y / 100 % 10),
                           static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10), '-',
                           static_cast<char>('0' + m / 10),      static_cast<char>('0' + m % 10), '-',
                           static_cast<char>('0' + day / 10),    static_cast<char>('0' + day % 10)};
    return std::string(text, sizeof text);
}

}  // namespace jixiao
