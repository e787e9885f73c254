#pragma once
// A finding: what a rule says about a project, a policy or a report text, in
// the shape of a good balance-assertion error: rule, severity, where, what was
// expected, what was found, the difference, and a message in both languages.

#include <jixiao/error.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <compare>

namespace jixiao {

enum class severity { info, warning, error };

[[nodiscard]] constexpr std::string_view to_string(severity s) noexcept {
    switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
    }
    return "?";
}
[[nodiscard]] constexpr std::string_view to_chinese(severity s) noexcept {
    switch (s) {
    case severity::info: return "提示";
    case severity::warning: return "警告";
    case severity::error: return "错误";
    }
    return "?";
}
[[nodiscard]] constexpr std::optional<severity> severity_from_id(std::string_view id) noexcept {
    if (id == "info") return severity::info;
    if (id == "warning") return severity::warning;
    if (id == "error") return severity::error;
    return std::nullopt;
}
inline std::ostream& operator<<(std::ostream& os, severity s) { return os << to_string(s); }

struct finding {
    std::string rule;  // e.g. "JX-F003"
    jixiao::severity severity = jixiao::severity::error;
    location where;    // a JSON path in the document ("projects[0].execution.used"); for report text also file and line
    std::optional<std::string> expected;
    std::optional<std::string> actual;
    std::optional<std::string> difference;
    localized message;
    friend bool operator==(const finding&, const finding&) = default;
};

/// The JSON path of projects[index], or of a place in it: "projects[3]",
/// "projects[3].execution.used", "projects[3][…]".
[[nodiscard]] inline std::string project_path(std::size_t index, std::string_view below = {}) {
    std::string p = "projects[" + std::to_string(index) + "]";
    if (!below.empty()) p += (below.front() == '[' ? "" : ".") + std::string(below);
    return p;
}

/// JSON paths in reading order: digit runs compare as numbers, so that
/// "tranches[2]" comes before "tranches[10]"; otherwise byte by byte.
[[nodiscard]] constexpr std::strong_ordering compare_paths(std::string_view a, std::string_view b) noexcept {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (!digit(a[i]) || !digit(b[j])) {
            if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) <=> static_cast<unsigned char>(b[j]);
            ++i, ++j;
            continue;
        }
        std::size_t end_a = i, end_b = j;
        while (end_a < a.size() && digit(a[end_a])) ++end_a;
        while (end_b < b.size() && digit(b[end_b])) ++end_b;
        std::size_t first_a = i, first_b = j;  // leading zeros do not count
        while (first_a + 1 < end_a && a[first_a] == '0') ++first_a;
        while (first_b + 1 < end_b && b[first_b] == '0') ++first_b;
        if (const auto c = (end_a - first_a) <=> (end_b - first_b); c != 0) return c;
        if (const int c = a.substr(first_a, end_a - first_a).compare(b.substr(first_b, end_b - first_b)); c != 0)
            return c <=> 0;
        if (const auto c = (end_a - i) <=> (end_b - j); c != 0) return c;  // "1" before "01"
        i = end_a;
        j = end_b;
    }
    return (a.size() - i) <=> (b.size() - j);
}

/// Findings are listed by rule id, then by path, in reading order; projects keep document order.
[[nodiscard]] inline bool finding_order(const finding& a, const finding& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    if (const auto c = compare_paths(a.where.path, b.where.path); c != 0) return c < 0;
    return a.where.line < b.where.line;
}

inline std::ostream& operator<<(std::ostream& os, const finding& f) {
    os << f.rule << " " << f.severity << " at " << f.where;
    if (f.expected) os << " expected " << *f.expected;
    if (f.actual) os << " actual " << *f.actual;
    if (f.difference) os << " difference " << *f.difference;
    return os << ": " << f.message.en;
}

}  // namespace jixiao
