#include "cli/colour.hpp"

#include "render/render_form.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace jixiao::cli {
namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";

std::string_view severity_code(severity s, bool strong) {
    switch (s) {
    case severity::error: return "\x1b[1;31m";
    case severity::warning: return strong ? "\x1b[1;33m" : "\x1b[33m";
    case severity::info: return strong ? "\x1b[1;36m" : "\x1b[36m";
    }
    return bold;
}

std::string wrap(std::string_view code, std::string_view text) {
    return std::string(code) + std::string(text) + std::string(reset);
}

std::string_view severity_text(severity s, language lang) { return lang == language::zh ? to_chinese(s) : to_string(s); }

// "  [警告] JX-I005 projects[0].indicators": the severity, if `line` is a finding's first line.
std::optional<severity> finding_heading(std::string_view line, language lang, std::size_t& id_end) {
    if (!line.starts_with("  [")) return std::nullopt;
    for (const severity s : {severity::error, severity::warning, severity::info}) {
        const std::string word = "  [" + std::string(severity_text(s, lang)) + "] JX-";
        if (!line.starts_with(word)) continue;
        id_end = line.find(' ', word.size());
        if (id_end == std::string_view::npos) id_end = line.size();
        return s;
    }
    return std::nullopt;
}

}  // namespace

std::string in_severity_colour(std::string_view text, severity s) { return wrap(severity_code(s, false), text); }

std::string rule_id_style(std::string_view id) { return wrap(bold, id); }

std::string colour_counts(std::string_view line, std::string_view format, std::size_t error_slot,
                          std::size_t warning_slot) {
    std::vector<std::string_view> pieces;
    for (std::size_t start = 0;;) {
        const std::size_t brace = format.find("{}", start);
        pieces.push_back(format.substr(start, brace == std::string_view::npos ? std::string_view::npos : brace - start));
        if (brace == std::string_view::npos) break;
        start = brace + 2;
    }
    std::string out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (line.substr(at, pieces[i].size()) != pieces[i]) return std::string(line);
        out += pieces[i];
        at += pieces[i].size();
        if (i + 1 == pieces.size()) break;
        std::size_t digits = at;
        while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
        if (digits == at) return std::string(line);
        const std::string_view number = line.substr(at, digits - at);
        const bool zero = number.find_first_not_of('0') == std::string_view::npos;
        if (!zero && i == error_slot) out += wrap(severity_code(severity::error, true), number);
        else if (!zero && i == warning_slot) out += wrap(severity_code(severity::warning, true), number);
        else out += number;
        at = digits;
    }
    return at == line.size() ? out : std::string(line);
}

std::string colour_report(std::string_view text, language lang) {
    const detail::form_labels& labels = detail::labels_for(lang);
    const std::array<std::string, 3> figure_labels{std::string(labels.expected) + " ", std::string(labels.found) + " ",
                                                   std::string(labels.difference) + " "};
    const std::string difference = "  " + figure_labels[2];
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::optional<severity> current;  // the finding whose lines follow
    std::size_t since_heading = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        std::string_view line = text.substr(start, end - start);
        start = end;
        const bool newline = line.ends_with('\n');
        if (newline) line.remove_suffix(1);
        ++since_heading;

        std::size_t id_end = 0;
        if (const auto s = finding_heading(line, lang, id_end)) {
            const std::size_t bracket_end = line.find("] ") + 1;
            out += "  " + wrap(severity_code(*s, true), line.substr(2, bracket_end - 2)) + " ";
            out += rule_id_style(line.substr(bracket_end + 1, id_end - bracket_end - 1));
            out += line.substr(id_end);
            current = s;
            since_heading = 0;
        } else if (current && since_heading == 2 && line.starts_with("      ") &&
                   std::any_of(figure_labels.begin(), figure_labels.end(),
                               [&](const std::string& l) { return line.substr(6).starts_with(l); })) {
            // The figures under a finding: "应为 90  实为 50  差额 -40"; the difference is last.
            std::size_t value = std::string_view::npos;
            if (line.substr(6).starts_with(figure_labels[2])) value = 6 + figure_labels[2].size();
            else if (const auto at = line.rfind(difference); at != std::string_view::npos) value = at + difference.size();
            if (value != std::string_view::npos && value < line.size()) {
                out += line.substr(0, value);
                out += wrap(severity_code(*current, true), line.substr(value));
            } else {
                out += line;
            }
        } else if (line.starts_with("[") && line.find("] ") != std::string_view::npos) {
            out += wrap(bold, line);  // a project's heading: "[p01] 高层次人才专项经费"
        } else if (line.starts_with("—— ")) {
            out += wrap(bold, line);  // a stream line's heading: "—— 第 17 行 ——"
        } else {
            out += colour_counts(line, labels.summary, 1, 2);
        }
        if (newline) out += '\n';
    }
    return out;
}

}  // namespace jixiao::cli
