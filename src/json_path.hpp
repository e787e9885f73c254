#pragma once
// The JSON path of the value being read, e.g. projects[1].tranches[0].amount.
// Kept as a stack of segments and turned into text only when an error needs
// it, so that reading stays fast. Keys must outlive the path (they point into
// the parser's buffer or into static tables).

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::json {

class json_path {
public:
    void push(std::string_view key) { segments_.push_back({key, 0, false}); }
    void push(std::size_t index) { segments_.push_back({{}, index, true}); }
    void pop() { segments_.pop_back(); }
    [[nodiscard]] bool empty() const noexcept { return segments_.empty(); }

    // Keys that are not plain names are written ["like this"].
    [[nodiscard]] std::string str() const {
        std::string out;
        for (const auto& s : segments_) {
            if (s.is_index) {
                out += "[" + std::to_string(s.index) + "]";
            } else if (is_plain(s.key)) {
                if (!out.empty()) out += '.';
                out += s.key;
            } else {
                out += "[\"";
                for (const char c : s.key) {
                    if (c == '"' || c == '\\') out += '\\';
                    out += c;
                }
                out += "\"]";
            }
        }
        return out;
    }

    // Pops what it pushed when it goes out of scope, except while an exception
    // unwinds: then the path stays as it was where the exception was thrown,
    // for the handler that adds it to the message.
    class scope {
    public:
        scope(json_path& path, std::string_view key) : path_(path), exceptions_(std::uncaught_exceptions()) {
            path_.push(key);
        }
        scope(json_path& path, std::size_t index) : path_(path), exceptions_(std::uncaught_exceptions()) {
            path_.push(index);
        }
        scope(const scope&) = delete;
        scope& operator=(const scope&) = delete;
        ~scope() {
            if (std::uncaught_exceptions() == exceptions_) path_.pop();
        }

    private:
        json_path& path_;
        int exceptions_;
    };

private:
    // Plain: non-empty, no character that would make the path ambiguous or hard to read.
    static bool is_plain(std::string_view key) {
        if (key.empty()) return false;
        for (const char c : key) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 0x20 || c == '.' || c == '[' || c == ']' || c == '"' || c == '\\' || u == 0x7F) return false;
        }
        return true;
    }

    struct segment {
        std::string_view key;
        std::size_t index;
        bool is_index;
    };
    std::vector<segment> segments_;
};

}  // namespace jixiao::json
