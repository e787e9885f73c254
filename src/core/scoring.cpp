// Scoring: indicator, execution and total scores, bands and grades.

#include <jixiao/multiprecision.hpp>
#include <jixiao/scoring.hpp>

#include <jixiao/detail/text.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace jixiao {

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;

grade grade_of(const points& total) {
    if (total >= points(90)) return grade::excellent;
    if (total >= points(80)) return grade::good;
    if (total >= points(60)) return grade::fair;
    return grade::poor;
}

preset_weights weights_of(scheme_preset p) {
    switch (p) {
    case scheme_preset::mof_2020:
        return {p, points(10),
                {{indicator_level1::output, points(50)},
                 {indicator_level1::effect, points(30)},
                 {indicator_level1::satisfaction, points(10)}}};
    case scheme_preset::sc_2023: return {p, points(10), {}};
    }
    return {p, points(10), {}};
}

namespace detail {

location at_path(std::string path) {
    location where;
    where.path = std::move(path);
    return where;
}

}  // namespace detail

points score_step(int decimals) {
    if (decimals >= 0 && decimals <= 18) return points(rational::fraction(1, detail::powers_of_ten[decimals]));
    cpp_int scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    return points(to_rational(cpp_rational(cpp_int(1), scale)));
}

int score_decimals_of(const scheme& s) {
    const int d = s.score_decimals_or_default();
    if (d < 0 || d > max_score_decimals)
        throw error({"得分小数位数应在 0 到 6 之间，实为 " + std::to_string(d),
                     "score_decimals must lie between 0 and 6, found " + std::to_string(d)},
                    detail::at_path("scheme.score_decimals"));
    return d;
}

std::string format_score(const points& p, int decimals) {
    if (auto text = detail::format_exact(p.fraction(), decimals, 30)) return *text;
    return format_fixed(p, decimals);
}

score_band band_of(rating r, const points& weight, int decimals) {
    const points step = score_step(decimals);
    const auto up = [&](const points& p) { return p.round(decimals, rounding::ceiling); };
    const points six_tenths = weight * ratio(3, 5);
    const points eight_tenths = weight * ratio(4, 5);
    score_band band{r, points(0), points(0)};
    switch (r) {
    case rating::achieved: band.low = up(eight_tenths); band.high = weight; break;
    case rating::partial: band.low = up(six_tenths); band.high = up(eight_tenths) - step; break;
    case rating::not_achieved: band.low = points(0); band.high = up(six_tenths) - step; break;
    }
    if (band.high < band.low) band.high = band.low;
    return band;
}

points default_score(const score_band& band, const points& weight) {
    switch (band.rating) {
    case rating::achieved: return weight;
    case rating::partial: return band.low;
    case rating::not_achieved: return points(0);
    }
    return points(0);
}

points quantitative_score(comparison op, const points& w, const quantity& target,
                                               const quantity& actual, reverse_formula reverse) {
    const rational& a = target.fraction();
    const rational& b = actual.fraction();
    const auto share = [&](const rational& fraction) { return points(w.fraction() * fraction); };
    switch (op) {
    case comparison::at_least:
        if (b >= a) return w;
        if (a.sign() <= 0 || b.sign() <= 0) return points(0);
        return share(b / a);
    case comparison::at_most:
        if (b <= a) return w;
        if (a.sign() <= 0) return points(0);
        if (reverse == reverse_formula::ratio) return share(a / b);
        {
            const rational left = rational(1) - (b - a) / a;
            return left.sign() > 0 ? share(left) : points(0);
        }
    case comparison::equal: {
        if (b == a) return w;
        if (a.is_zero() || b.is_zero() || (a.sign() < 0) != (b.sign() < 0)) return points(0);
        const rational abs_a = abs(a);
        const rational abs_b = abs(b);
        return abs_a < abs_b ? share(abs_a / abs_b) : share(abs_b / abs_a);
    }
    }
    return points(0);
}

points round_within(const points& exact, const points& weight, int decimals) {
    const points rounded = exact.round(decimals, si_she_wu_ru);
    if (rounded <= weight) return rounded;
    return exact <= weight ? weight.round(decimals, rounding::floor) : rounded;
}

points execution_score(const points& weight, const ratio& rate, bool cap, int decimals) {
    ratio counted = rate;
    if (cap && counted > ratio::one()) counted = ratio::one();
    if (counted.is_negative()) counted = ratio::zero();
    return round_within(weight * counted, weight, decimals);
}

namespace detail {

std::string indicator_path(const std::string& project_path, std::size_t index,
                                                std::string_view field) {
    std::string p = project_path.empty() ? "" : project_path + ".";
    p += "indicators[" + std::to_string(index) + "]";
    if (!field.empty()) p += "." + std::string(field);
    return p;
}

}  // namespace detail

indicator_score score_indicator(const indicator& ind, const scheme& s, std::size_t index,
                                                     const std::string& project_path) {
    const int decimals = score_decimals_of(s);
    if (ind.weight.is_negative())
        throw error({"指标“" + ind.name + "”的分值为负（" + to_string(ind.weight) + "），分值应不小于 0",
                     "indicator \"" + ind.name + "\" has a negative weight (" + to_string(ind.weight) +
                         "); weights must be 0 or more"},
                    detail::at_path(detail::indicator_path(project_path, index, "weight")));
    indicator_score out;
    out.weight = ind.weight;
    if (ind.not_applicable) return out;

    points exact;
    if (ind.op && ind.target && ind.actual) {
        out.method = scoring_method::quantitative;
        exact = quantitative_score(*ind.op, ind.weight, *ind.target, *ind.actual, s.reverse_or_default());
    } else if (ind.rating) {
        out.method = scoring_method::qualitative;
        const score_band band = band_of(*ind.rating, ind.weight, decimals);
        out.band = band;
        out.given = ind.score;
        exact = ind.score.value_or(default_score(band, ind.weight));
        if (exact < band.low) { exact = band.low; out.clamped = true; }
        if (exact > band.high) { exact = band.high; out.clamped = true; }
    } else {
        throw error({"指标“" + ind.name + "”既没有完整的 op、target、actual，也没有 rating，且未标为不适用",
                     "indicator \"" + ind.name + "\" has neither op, target and actual, nor a rating, "
                     "and is not marked not_applicable"},
                    detail::at_path(detail::indicator_path(project_path, index, "")));
    }
    out.score = round_within(exact, ind.weight, decimals);
    out.full = *out.score >= round_within(ind.weight, ind.weight, decimals);
    return out;
}

score_card score_project(const project& p, const scheme& s,
                                              const std::optional<ratio>& execution_rate,
                                              const std::string& project_path) {
    score_card card;
    card.decimals = score_decimals_of(s);
    card.execution_weight = s.execution_weight_or_default();
    if (card.execution_weight.is_negative())
        throw error({"预算执行率分值为负（" + to_string(card.execution_weight) + "），应不小于 0",
                     "the execution weight is negative (" + to_string(card.execution_weight) + "); it must be 0 or more"},
                    detail::at_path("scheme.execution_weight"));

    if (execution_rate) {
        card.execution = execution_score(card.execution_weight, *execution_rate, s.cap_execution_or_default(),
                                         card.decimals);
        card.applicable_weight += card.execution_weight;
    }
    if (p.indicators.empty()) return card;

    points sum;
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        indicator_score scored = score_indicator(p.indicators[i], s, i, project_path);
        if (scored.score) {
            sum += *scored.score;
            card.applicable_weight += scored.weight;
        }
        card.indicators.push_back(std::move(scored));
    }
    card.indicators_sum = sum;

    const points raw = card.execution.value_or(points(0)) + sum;
    if (!card.applicable_weight.is_positive()) {
        card.rescaled = true;
        return card;
    }
    card.rescaled = card.applicable_weight != points(100);
    card.total = card.rescaled ? points(raw.fraction() * rational(100) / card.applicable_weight.fraction())
                                     .round(card.decimals, si_she_wu_ru)
                               : raw;
    card.grade = grade_of(*card.total);
    return card;
}

std::ostream& operator<<(std::ostream& os, const score_band& b) {
    return os << b.rating << " [" << to_string(b.low) << ", " << to_string(b.high) << "]";
}

std::ostream& operator<<(std::ostream& os, const indicator_score& s) {
    os << to_string(s.weight) << " points: ";
    if (!s.score) return os << "not applicable";
    os << to_string(*s.score);
    if (s.band) os << " (" << *s.band << ")";
    if (s.clamped && s.given) os << " clamped from " << to_string(*s.given);
    return os;
}

std::ostream& operator<<(std::ostream& os, const score_card& c) {
    const auto part = [&](const std::optional<points>& p) {
        return p ? format_score(*p, c.decimals) : std::string("—");
    };
    os << "execution " << part(c.execution) << ", indicators " << part(c.indicators_sum) << ", total "
       << part(c.total);
    if (c.rescaled && c.total) os << " (rescaled over " << to_string(c.applicable_weight) << " points)";
    os << ", grade ";
    if (c.grade) os << vocabulary(*c.grade).id << " " << vocabulary(*c.grade).zh;
    else os << "—";
    return os;
}

}  // namespace jixiao
