#pragma once
// Typed reading of JSON values for the document reader: simdjson On Demand
// underneath (no DOM, no copies), and every value check turned into a
// jixiao::error that names the file, the JSON path and what was expected.
// Malformed JSON is signalled with `malformed_json` and located by the caller.

#include "json/json_path.hpp"

#include <jixiao/calendar.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>

#include <simdjson.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace jixiao::json {

namespace od = simdjson::ondemand;

// The common spellings of an amount — ASCII digits with at most two decimals,
// or with "万" and at most six — read without big-number arithmetic; nullopt
// for anything else, which money::parse then reads (or explains). Gives
// exactly what money::parse gives wherever it gives a value.
[[nodiscard]] std::optional<money> parse_plain_amount(std::string_view text);

// "7109", "-3": ASCII digits with an optional minus, at most 18 of them; nullopt otherwise.
[[nodiscard]] std::optional<std::int64_t> parse_plain_integer(std::string_view text) noexcept;

// "95.5", "-3", "50": ASCII digits with at most one point inside and an
// optional minus, at most 18 characters; nullopt otherwise. Exactly the value
// exact_decimal::parse gives for such text.
[[nodiscard]] std::optional<rational> parse_plain_decimal(std::string_view text) noexcept;

// A token the grammar does not allow ("01", "tru", a stray "-"): the caller
// finds its line and column with find_syntax_problem.
struct malformed_json {};

// Objects and arrays nest at most this deep. The format itself needs about
// ten levels; the rest is room for "x" data. Deeper input is refused with a
// message rather than risking the stack.
inline constexpr std::size_t max_depth = 100;

// Keys seen in one object whose keys are not fixed (categories, "x" data), for
// duplicate detection: a short list, a hash set once the object is large.
class key_set {
public:
    // false when `key` was already there
    bool insert(std::string_view key);

private:
    std::vector<std::string_view> few_;
    std::unordered_set<std::string_view> many_;
};

// Key equality, inline: lengths and first bytes settle nearly every comparison.
[[nodiscard]] inline bool same_key(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

// Names of what a value should be, for "(expected …)".
struct expectation {
    std::string_view zh;
    std::string_view en;
};

class input {
public:
    explicit input(std::string_view source) : source_(source) {}

    json_path path;

    // ---- errors ---------------------------------------------------------------
    [[nodiscard]] error failure(localized what) const;
    [[noreturn]] void fail(localized what) const { throw failure(std::move(what)); }
    [[noreturn]] void fail_type(od::value& v, expectation expected);
    // `s` in double quotes, cut short if long, for messages.
    [[nodiscard]] static std::string quoted(std::string_view s);
    // Calls f, giving any jixiao::error it throws this file and path.
    template <class F>
    auto at_here(F&& f) -> decltype(f()) {
        try {
            return f();
        } catch (const error& e) {
            throw path.empty() ? e.in_file(std::string(source_)) : e.at_path(path.str()).in_file(std::string(source_));
        }
    }

    // ---- scalars ----------------------------------------------------------------
    [[nodiscard]] od::json_type type(od::value& v) { return v.type(); }
    [[nodiscard]] std::string_view string_view(od::value& v, expectation expected);
    [[nodiscard]] std::string text(od::value& v) { return std::string(string_view(v, {"字符串", "a string"})); }
    [[nodiscard]] money amount(od::value& v);  // never negative in jixiao/1
    [[nodiscard]] ratio share(od::value& v);   // never negative
    [[nodiscard]] reported_percentage percentage(od::value& v);
    [[nodiscard]] points points_value(od::value& v, bool allow_negative);
    [[nodiscard]] quantity quantity_value(od::value& v);
    [[nodiscard]] date day(od::value& v);
    [[nodiscard]] bool boolean(od::value& v);
    [[nodiscard]] int year(od::value& v);  // a plausible fiscal year
    [[nodiscard]] int small_integer(od::value& v, int min, int max, expectation expected);
    [[nodiscard]] std::int64_t headcount(od::value& v);

    template <class E, std::size_t N>
    [[nodiscard]] E choice(od::value& v, const std::array<E, N>& all, expectation kind) {
        const std::string_view id = string_view(v, kind);
        if (const auto e = from_id(all, id)) return *e;
        std::vector<std::string_view> ids;
        for (E e : all) ids.push_back(vocabulary(e).id);
        unknown_choice(id, ids, kind);
    }

    // ---- containers -------------------------------------------------------------

    // Reads an object whose keys are all in `keys` ("x" included, last), each at
    // most once; "x" goes to `x`, every other field to on_field(position of its
    // key in `keys`, value).
    // Returns the set of keys seen as a bit mask of positions in `keys`.
    template <class F>
    std::uint64_t object(od::value& v, std::span<const std::string_view> keys, extension& x, F&& on_field) {
        if (type(v) != od::json_type::object) fail_type(v, {"对象", "an object"});
        od::object obj = v.get_object();
        return object(obj, keys, x, on_field);
    }
    template <class F>
    std::uint64_t object(od::object& obj, std::span<const std::string_view> keys, extension& x, F&& on_field) {
        const depth_guard guard(*this);
        std::uint64_t seen = 0;
        for (auto result : obj) {
            od::field field = std::move(result);
            const std::string_view key = field.unescaped_key();
            std::size_t index = 0;
            while (index < keys.size() && !same_key(keys[index], key)) ++index;
            if (index == keys.size()) unknown_key(key, keys);
            if (seen & (std::uint64_t{1} << index)) duplicate_key(key);
            seen |= std::uint64_t{1} << index;
            // Pushed and popped by hand, not by a scope guard: an exception
            // leaves the path where it was thrown, for the message, and the
            // common path pays nothing for knowing whether one is in flight.
            path.push(keys[index]);
            if (keys[index] == "x") x.json = copy_json(field.value());
            else on_field(index, field.value());
            path.pop();
        }
        return seen;
    }
    // Fails naming the first key of `required` that `seen` lacks.
    void require(std::uint64_t seen, std::span<const std::string_view> keys,
                 std::initializer_list<std::string_view> required);

    // An object whose keys the user chooses (category names); "x" still goes to `x`.
    template <class F>
    void map(od::value& v, expectation what, extension& x, F&& on_entry) {
        if (type(v) != od::json_type::object) fail_type(v, what);
        od::object obj = v.get_object();
        const depth_guard guard(*this);
        key_set seen;
        for (auto result : obj) {
            od::field field = std::move(result);
            const std::string_view key = field.unescaped_key();
            if (!seen.insert(key)) duplicate_key(key);
            path.push(key);  // by hand, as in object()
            if (key == "x") x.json = copy_json(field.value());
            else on_entry(key, field.value());
            path.pop();
        }
    }

    template <class F>
    void array(od::value& v, expectation what, F&& on_element) {
        if (type(v) != od::json_type::array) fail_type(v, what);
        od::array arr = v.get_array();
        const depth_guard guard(*this);
        std::size_t index = 0;
        for (auto result : arr) {
            od::value element = std::move(result);
            path.push(index++);  // by hand, as in object()
            on_element(element);
            path.pop();
        }
    }
    [[nodiscard]] std::vector<std::string> text_list(od::value& v);

    // The value minified, every string and number spelled as written: "x" data.
    [[nodiscard]] std::string copy_json(od::value& v);

private:
    class depth_guard {
    public:
        explicit depth_guard(input& in) : in_(in) {
            if (++in_.depth_ > max_depth) in_.too_deep();
        }
        depth_guard(const depth_guard&) = delete;
        depth_guard& operator=(const depth_guard&) = delete;
        ~depth_guard() { --in_.depth_; }

    private:
        input& in_;
    };

    [[noreturn]] void unknown_choice(std::string_view id, const std::vector<std::string_view>& ids, expectation kind);
    [[noreturn]] void unknown_key(std::string_view key, std::span<const std::string_view> keys);
    [[noreturn]] void duplicate_key(std::string_view key);
    [[noreturn]] void too_deep();
    void copy_into(od::value& v, std::string& out);
    template <class D>
    D decimal(od::value& v, bool allow_negative);
    std::string_view number_token(od::value& v);

    std::string_view source_;
    std::size_t depth_ = 0;
};

}  // namespace jixiao::json
