#pragma once
// Dated policy parameters, in the manner of OpenFisca: a value
// holds from its start date up to the day before the next value starts, or to
// its own explicit end date. A look-up on a date no value covers is an error
// that names the parameter and the date; so is a definition whose values are
// out of order or overlap.

#include <jixiao/calendar.hpp>
#include <jixiao/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

/// One value of a dated parameter. `end` is the last day it holds (inclusive);
/// without one it holds until the day before the next value starts, and the
/// last value holds from its start on.
template <class T>
struct dated_value {
    date start;
    T value;
    std::optional<date> end;
};

/// A value that changes on given dates (a per-capita standard, a share).
///
///     jixiao::dated_parameter<jixiao::money> standard({"人均标准", "per-capita standard"},
///         {{jixiao::date(2021, 1, 1), jixiao::money::parse("100")}, {jixiao::date(2024, 1, 1), jixiao::money::parse("120")}});
///     standard.at(jixiao::date(2023, 6, 30))  // 100.00
template <class T>
class dated_parameter {
public:
    /// `name` appears in every error, e.g. {"人均标准", "per-capita standard"}.
    explicit dated_parameter(localized name) : name_(std::move(name)) {}
    dated_parameter(localized name, std::initializer_list<dated_value<T>> values) : name_(std::move(name)) {
        for (const auto& v : values) add(v);
    }
    dated_parameter(localized name, std::vector<dated_value<T>> values) : name_(std::move(name)) {
        for (auto& v : values) add(std::move(v));
    }

    /// Appends a value; values are given in increasing order of start date, else jixiao::error.
    dated_parameter& add(dated_value<T> v) {
        if (v.start.is_special()) throw definition_error("起始日期无效", "has an invalid start date");
        if (v.end && v.end->is_special())
            throw definition_error("自 " + to_string(v.start) + " 起的值的截止日期无效",
                                   "has an invalid end date for the value starting " + to_string(v.start));
        if (v.end && *v.end < v.start)
            throw definition_error("自 " + to_string(v.start) + " 起的值截止于 " + to_string(*v.end) + "，早于其起始日期",
                                   "has a value starting " + to_string(v.start) + " that ends before it starts, on " +
                                       to_string(*v.end));
        if (!values_.empty()) {
            const auto& last = values_.back();
            if (v.start == last.start)
                throw definition_error("有两个值都自 " + to_string(v.start) + " 起",
                                       "has two values starting on " + to_string(v.start));
            if (v.start < last.start)
                throw definition_error("的值应按起始日期递增给出：自 " + to_string(v.start) + " 起的值排在了自 " +
                                           to_string(last.start) + " 起的值之后",
                                       "must list its values in increasing order of start date: the value starting " +
                                           to_string(v.start) + " comes after the one starting " +
                                           to_string(last.start));
            if (last.end && *last.end >= v.start)
                throw definition_error("自 " + to_string(last.start) + " 至 " + to_string(*last.end) + " 的值与自 " +
                                           to_string(v.start) + " 起的值重叠",
                                       "has a value from " + to_string(last.start) + " to " + to_string(*last.end) +
                                           " that overlaps the value starting " + to_string(v.start));
        }
        values_.push_back(std::move(v));
        return *this;
    }

    [[nodiscard]] const localized& name() const noexcept { return name_; }
    [[nodiscard]] const std::vector<dated_value<T>>& values() const noexcept { return values_; }

    /// The last day values()[i] holds; nullopt when it holds from its start on.
    [[nodiscard]] std::optional<date> last_day(std::size_t i) const {
        const auto& v = values_.at(i);
        if (v.end) return v.end;
        if (i + 1 < values_.size()) return values_[i + 1].start - boost::gregorian::days(1);
        return std::nullopt;
    }

    /// The value that holds on `day`, or nullptr when none does.
    [[nodiscard]] const T* find(const date& day) const {
        if (day.is_special()) return nullptr;
        const auto i = index_at_or_before(day);
        if (!i) return nullptr;
        const auto last = last_day(*i);
        return (!last || day <= *last) ? &values_[*i].value : nullptr;
    }

    /// The value that holds on `day`; throws jixiao::error naming the parameter,
    /// the date and the nearest intervals that are defined.
    [[nodiscard]] const T& at(const date& day) const {
        if (const T* v = find(day)) return *v;
        throw undefined_on(day);
    }

private:
    // The last value starting on or before `day`.
    [[nodiscard]] std::optional<std::size_t> index_at_or_before(const date& day) const {
        const auto after = std::upper_bound(values_.begin(), values_.end(), day,
                                            [](const date& d, const dated_value<T>& v) { return d < v.start; });
        if (after == values_.begin()) return std::nullopt;
        return static_cast<std::size_t>(after - values_.begin() - 1);
    }

    [[nodiscard]] std::string quoted_zh() const { return "参数「" + name_.zh + "」"; }
    [[nodiscard]] std::string quoted_en() const { return "parameter \"" + name_.en + "\""; }

    [[nodiscard]] error definition_error(const std::string& zh, const std::string& en) const {
        return error({quoted_zh() + zh, quoted_en() + " " + en});
    }

    [[nodiscard]] error undefined_on(const date& day) const {
        if (day.is_special()) return error({quoted_zh() + "无法在无效日期上取值", "cannot look up " + quoted_en() + " on an invalid date"});
        const std::string d = to_string(day);
        const std::string zh_head = quoted_zh() + "在 " + d + " 没有值";
        const std::string en_head = quoted_en() + " has no value on " + d;
        if (values_.empty()) return error({zh_head + "（该参数尚未定义任何值）", en_head + " (it has no values at all)"});
        const auto i = index_at_or_before(day);
        if (!i) {
            const std::string first = to_string(values_.front().start);
            return error({zh_head + "（最早的值自 " + first + " 起）", en_head + " (its first value starts on " + first + ")"});
        }
        // `day` is after the explicit end of values_[*i]; say where it ended and what comes next.
        const std::string from = to_string(values_[*i].start), to = to_string(*values_[*i].end);
        if (*i + 1 < values_.size()) {
            const std::string next = to_string(values_[*i + 1].start);
            return error({zh_head + "（自 " + from + " 起的值截止于 " + to + "，下一个值自 " + next + " 起）",
                          en_head + " (the value from " + from + " ended on " + to + "; the next starts on " + next + ")"});
        }
        return error({zh_head + "（最后一个值自 " + from + " 起，截止于 " + to + "）",
                      en_head + " (its last value, from " + from + ", ended on " + to + ")"});
    }

    localized name_;
    std::vector<dated_value<T>> values_;
};

}  // namespace jixiao
