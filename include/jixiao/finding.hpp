#pragma once
// A finding: what a rule says about a project, a policy or a report text, in
// the shape of a good balance-assertion error: rule, severity, where, what was
// expected, what was found, the difference, and a message in both languages.

#include <jixiao/error.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>

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
    enum severity severity = severity::error;
    std::string path;  // JSON path in the jixiao/1 document, e.g. "projects[0].execution.used"
    std::optional<std::string> expected;
    std::optional<std::string> actual;
    std::optional<std::string> difference;
    localized message;
    friend bool operator==(const finding&, const finding&) = default;
};

// Findings are listed by rule id, then by path (format.md); projects keep document order.
[[nodiscard]] inline bool finding_order(const finding& a, const finding& b) {
    return std::tie(a.rule, a.path) < std::tie(b.rule, b.path);
}

inline std::ostream& operator<<(std::ostream& os, const finding& f) {
    os << f.rule << " " << f.severity << " at " << f.path;
    if (f.expected) os << " expected " << *f.expected;
    if (f.actual) os << " actual " << *f.actual;
    if (f.difference) os << " difference " << *f.difference;
    return os << ": " << f.message.en;
}

}  // namespace jixiao
