#pragma once
// The JSON path of the value being read, e.g. projects[1].tranches[0].amount.
// Kept as a stack of segments and turned into text only when an error needs
// it, so that reading stays fast. Keys must outlive the path (they point into
// the parser's buffer or into static tables).

#include <jixiao/detail/text.hpp>

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

    // Keys that are not plain names are written ["like this"]. A key longer
    // than 64 characters is cut short with "…": the path is for a reader, and
    // a 50 MB key must not make a 50 MB message.
    [[nodiscard]] std::string str() const {
        std::string out;
        for (const auto& s : segments_) {
            if (s.is_index) {
                out += "[" + std::to_string(s.index) + "]";
                continue;
            }
            const std::string_view key = shortened(s.key);
            const std::string_view cut = key.size() < s.key.size() ? "…" : "";
            if (is_plain(s.key)) {
                if (!out.empty()) out += '.';
                out += key;
                out += cut;
            } else {
                out += "[\"";
                for (const char c : key) {
                    if (c == '"' || c == '\\') out += '\\';
                    out += c;
                }
                out += cut;
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

    // The first 64 characters (whole UTF-8 code points) of `key`.
    static std::string_view shortened(std::string_view key) {
        constexpr std::size_t longest = 64;
        std::size_t pos = 0;
        for (std::size_t count = 0; pos < key.size() && count < longest; ++count)
            if (!detail::next_code_point(key, pos)) ++pos;
        return key.substr(0, pos);
    }

    struct segment {
        std::string_view key;
        std::size_t index;
        bool is_index;
    };
    std::vector<segment> segments_;
};

}  // namespace jixiao::json
