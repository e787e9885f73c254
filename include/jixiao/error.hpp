#pragma once
// Errors and bilingual messages. Every error says where (file, line/column or
// JSON path) and what was expected; the CLI turns it into exit code 2.

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>

namespace jixiao {

enum class language { zh, en };

// A message in both languages the tool speaks; Chinese is the default.
struct localized {
    std::string zh;
    std::string en;

    [[nodiscard]] const std::string& in(language lang) const noexcept {
        return lang == language::en ? en : zh;
    }
    friend bool operator==(const localized&, const localized&) = default;
};

inline std::ostream& operator<<(std::ostream& os, const localized& m) { return os << m.zh; }

// Where an error or a finding was found: a file, a line and column in it (for
// text), a JSON path (for a document), or several of these. Empty parts are
// left out when printed. Most often it is just a JSON path, so a path converts.
struct location {
    std::string file;
    std::size_t line = 0;    // 1-based; 0 = unknown
    std::size_t column = 0;  // 1-based; 0 = unknown
    std::string path;        // JSON path, e.g. projects[1].tranches[0].amount

    location() = default;
    location(std::string json_path) : path(std::move(json_path)) {}  // NOLINT: a path is a location
    location(const char* json_path) : path(json_path) {}             // NOLINT
    location(std::string file_name, std::size_t line_number, std::size_t column_number = 0, std::string json_path = {})
        : file(std::move(file_name)), line(line_number), column(column_number), path(std::move(json_path)) {}

    [[nodiscard]] static location of_file(std::string file) {
        return location(std::move(file), 0);
    }
    [[nodiscard]] bool empty() const noexcept { return file.empty() && line == 0 && path.empty(); }
    friend bool operator==(const location&, const location&) = default;
    [[nodiscard]] std::string to_string() const {
        std::string out = file;
        if (line != 0) {
            // Appended piece by piece: "literal" + std::string trips g++ 12's -Wrestrict at -O2.
            out += out.empty() ? "line " : ":";
            out += std::to_string(line);
            if (column != 0) {
                out += ':';
                out += std::to_string(column);
            }
        }
        if (!path.empty()) out += (out.empty() ? "" : ": ") + path;
        return out;
    }
};

inline std::ostream& operator<<(std::ostream& os, const location& where) { return os << where.to_string(); }

// The one exception type of jixiao. what() is the English text with its
// location; describe(language) gives either language.
class error : public std::runtime_error {
public:
    explicit error(localized message, location where = {})
        : std::runtime_error(compose(message.en, where)), message_(std::move(message)),
          where_(std::move(where)) {}

    [[nodiscard]] const localized& message() const noexcept { return message_; }
    [[nodiscard]] const location& where() const noexcept { return where_; }

    [[nodiscard]] std::string describe(language lang) const { return compose(message_.in(lang), where_); }

    // Copies of this error with more location filled in, for readers that
    // catch a value-level error and add the path or file it came from.
    [[nodiscard]] error at_path(const std::string& path) const {
        location w = where_;
        w.path = w.path.empty() ? path : path + (w.path.front() == '[' ? "" : ".") + w.path;
        return error(message_, std::move(w));
    }
    [[nodiscard]] error in_file(const std::string& file) const {
        location w = where_;
        if (w.file.empty()) w.file = file;
        return error(message_, std::move(w));
    }
    [[nodiscard]] error at_line(std::size_t line, std::size_t column = 0) const {
        location w = where_;
        w.line = line;
        w.column = column;
        return error(message_, std::move(w));
    }

private:
    static std::string compose(const std::string& text, const location& where) {
        return where.empty() ? text : where.to_string() + ": " + text;
    }
    localized message_;
    location where_;
};

// Arithmetic left the range of checked_int128_t: ±(2^128 − 1) fen, about ±3.4 × 10^36 yuan.
class overflow_error : public error {
public:
    using error::error;
};

}  // namespace jixiao
