#pragma once
// Helpers for doctest tests of code that uses jixiao (it includes doctest
// itself). It makes a failing CHECK print jixiao's values readably:
// - dates print as ISO "2023-12-01" (Boost gives them no operator<< by default);
// - enums print by their identifier ("error", "provincial") instead of the
//   integer doctest shows for every enum;
// - a localized message prints both languages;
// - std::optional and std::vector print their contents ("nullopt", "[a, b]").
// The other jixiao types print through their own operator<<.
//
// Include it in every test file of an executable, not just some: doctest's
// printing templates are instantiated in each file, and where two files see
// different overloads the linker keeps one arbitrarily. jixiao's own unit
// tests get it in every file through a precompiled header (tests/CMakeLists.txt).
//
// Cost-sharing helpers (CHECK_SPLIT, findings_of, …) come with it from
// <jixiao/testing_cost_sharing.hpp>.

#include <jixiao/calendar.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/rounding.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace doctest {

template <>
struct StringMaker<boost::gregorian::date> {
    static String convert(const boost::gregorian::date& d) { return String(jixiao::to_string(d).c_str()); }
};

template <>
struct StringMaker<jixiao::localized> {
    static String convert(const jixiao::localized& m) {
        return String(("{zh: \"" + m.zh + "\", en: \"" + m.en + "\"}").c_str());
    }
};

template <class T>
struct StringMaker<std::optional<T>> {
    static String convert(const std::optional<T>& v) { return v ? toString(*v) : String("nullopt"); }
};

template <class T, class A>
struct StringMaker<std::vector<T, A>> {
    static String convert(const std::vector<T, A>& v) {
        String out("[");
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i != 0) out += ", ";
            out += toString(v[i]);
        }
        return out + "]";
    }
};

}  // namespace doctest

namespace jixiao {

// doctest prints every enum as its underlying integer, bypassing operator<<;
// these overloads, found by argument-dependent lookup, print the identifier.
namespace testing_detail {
template <class E>
doctest::String streamed(E value) {
    std::ostringstream os;
    os << value;
    return doctest::String(os.str().c_str());
}
}  // namespace testing_detail

inline doctest::String toString(severity v) { return testing_detail::streamed(v); }
inline doctest::String toString(rounding v) { return testing_detail::streamed(v); }
inline doctest::String toString(language v) { return v == language::en ? "en" : "zh"; }
inline doctest::String toString(level v) { return testing_detail::streamed(v); }
inline doctest::String toString(fund_source v) { return testing_detail::streamed(v); }
inline doctest::String toString(indicator_level1 v) { return testing_detail::streamed(v); }
inline doctest::String toString(indicator_level2 v) { return testing_detail::streamed(v); }
inline doctest::String toString(comparison v) { return testing_detail::streamed(v); }
inline doctest::String toString(rating v) { return testing_detail::streamed(v); }
inline doctest::String toString(scheme_preset v) { return testing_detail::streamed(v); }
inline doctest::String toString(reverse_formula v) { return testing_detail::streamed(v); }

}  // namespace jixiao

#include <jixiao/testing_cost_sharing.hpp>
