#pragma once
// Checks a document built in code the way the JSON reader checks one read from
// a file, so that evaluate() never sees what the reader would refuse: a fiscal
// year outside 1990–2100, a negative amount, weight or headcount, a date that
// is not a date, a project without an id or with an id used twice, a score
// precision outside 0–6. The first problem is thrown as jixiao::error with
// its JSON path; evaluate() calls this first.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>

namespace jixiao {

/// Throws jixiao::error naming the first field of `doc` that the JSON reader would refuse.
void validate(const document& doc);

/// The same, returning the error instead of throwing it; nullopt: the document is sound.
[[nodiscard]] std::optional<error> validation_error(const document& doc);

/// validate() in parts, for a document whose projects are read one at a time
/// (io.hpp): validate_head() checks all but `doc.projects`; a project_validator
/// then checks each project in order, remembering the ids it has seen.
void validate_head(const document& doc);
class project_validator {
public:
    /// Throws jixiao::error naming the first field of `p`, at `index`, that the JSON reader would refuse.
    void check(const project& p, std::size_t index);

private:
    std::set<std::string> ids_;
};

/// A calendar date, checked: jixiao::error (not Boost's bad_year/bad_month/bad_day)
/// when the day does not exist or the year lies outside 1400–9999.
[[nodiscard]] date make_date(int year, int month, int day);

}  // namespace jixiao
