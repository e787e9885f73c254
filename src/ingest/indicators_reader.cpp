// Indicators from report text. A report book in this layout has no indicator
// table; a quantity becomes an indicator only where the text gives both a target
// (in 一（二）项目绩效目标: 预估7000人以上) and an actual (in 三、项目绩效情况: 实际参保人数
// 7109人) in the same unit. The weight is never printed: like the hand
// transcription, the reader gives the mof-2020 level-1 recommendation and says so.
#include "ingest/reading.hpp"
#include "ingest/unicode.hpp"

#include <algorithm>

namespace jixiao::ingest {
namespace {

struct found_quantity {
    const sentence* from = nullptr;
    quantity_mention q;
    std::u32string name;  // the words before it: 参保人数
    bool planned = false; // 预算/预计/计划… before it: a plan, not an actual
};

// Words before a figure that only introduce it.
std::u32string clean_name(std::u32string_view s) {
    s = trim(s);
    // Years: 2023年, 2023年度.
    for (bool again = true; again;) {
        again = false;
        if (s.size() >= 5 && std::all_of(s.begin(), s.begin() + 4, is_digit) && s[4] == U'年') {
            s.remove_prefix(s.size() >= 6 && s[5] == U'度' ? 6 : 5);
            again = true;
        }
        for (std::u32string_view w : {U"实际", U"完成", U"累计", U"共计", U"合计", U"全年", U"全区", U"全县", U"全市",
                                      U"我区", U"我县", U"我市", U"本年度", U"本年", U"当年", U"年度", U"已", U"共",
                                      U"达到", U"达", U"按", U"预估", U"预计", U"计划", U"力争", U"确保", U"其中"}) {
            if (s.starts_with(w)) { s.remove_prefix(w.size()); again = true; }
        }
        for (std::u32string_view w : {U"不少于", U"不低于", U"至少", U"不超过", U"不高于", U"控制在", U"为", U"达到", U"达",
                                      U"共", U"共计", U"约", U"是", U"的", U"已"}) {
            if (s.ends_with(w) && s.size() > w.size()) { s.remove_suffix(w.size()); again = true; }
        }
        s = trim(s);
    }
    return std::u32string(s);
}

std::vector<found_quantity> quantities_in(const std::vector<sentence>& sentences, bool (*where)(section_id)) {
    std::vector<found_quantity> out;
    for (const auto& s : sentences) {
        if (!where(s.section)) continue;
        for (auto& q : find_quantities(s)) {
            const auto before = clause_before(s.masked, q.where.begin);
            // 共编制15个绩效目标指标，其中一级指标3个: how many indicators, never one's target.
            const auto after = std::u32string_view(s.masked).substr(q.where.end);
            if (trim(before).ends_with(U"指标") || after.starts_with(U"指标") || after.starts_with(U"绩效目标指标") ||
                after.starts_with(U"绩效指标"))
                continue;
            found_quantity f;
            f.from = &s;
            const auto b = static_cast<std::size_t>(before.data() - s.masked.data());
            f.name = clean_name(s.printed.substr(b, before.size()));
            f.planned = contains_any(before, {U"预算", U"预计", U"预估", U"计划", U"目标", U"力争", U"拟", U"确保"});
            f.q = std::move(q);
            out.push_back(std::move(f));
        }
    }
    return out;
}

bool in_goal(section_id s) { return within(s, section_id::goal); }
bool in_performance(section_id s) { return within(s, section_id::performance); }

// Characters two names share, as a rough measure of "about the same thing".
std::size_t shared_characters(std::u32string_view a, std::u32string_view b) {
    std::size_t n = 0;
    for (char32_t c : a)
        if (is_ideograph(c) && b.find(c) != std::u32string_view::npos) ++n;
    return n;
}

}  // namespace

indicator_reading read_indicators(const std::vector<sentence>& sentences) {
    indicator_reading out;
    const auto targets = quantities_in(sentences, in_goal);
    const auto results = quantities_in(sentences, in_performance);
    for (const auto& target : targets) {
        if (target.q.approximate) continue;
        std::vector<const found_quantity*> actuals;
        for (const auto& r : results)
            if (r.q.unit == target.q.unit && !r.planned && !r.q.approximate) actuals.push_back(&r);
        if (actuals.size() > 1) {
            // Several figures in the unit: keep those that share the most words with the target.
            std::size_t best = 0;
            for (const auto* a : actuals) best = std::max(best, shared_characters(a->name, target.name));
            std::vector<const found_quantity*> closest;
            for (const auto* a : actuals)
                if (shared_characters(a->name, target.name) == best) closest.push_back(a);
            actuals = closest;
        }
        if (actuals.size() != 1) continue;
        const found_quantity& actual = *actuals.front();
        // Both named, and not one word in common: two different things counted in one unit
        // (建成分园1个 / 入驻企业4个), not a target and its actual.
        if (!target.name.empty() && !actual.name.empty() && shared_characters(actual.name, target.name) == 0) continue;

        indicator ind;
        const bool percent = target.q.unit == U"%";
        const std::u32string name = !actual.name.empty() ? actual.name : target.name;
        const bool satisfaction = percent && contains(name, U"满意");
        ind.level1 = satisfaction ? indicator_level1::satisfaction : indicator_level1::output;
        ind.level2 = satisfaction ? indicator_level2::beneficiary : percent ? indicator_level2::quality : indicator_level2::quantity;
        ind.name = name.empty() ? "数量（" + utf8(target.q.unit) + "）" : utf8(name);
        ind.unit = utf8(target.q.unit);
        ind.op = target.q.op.value_or(comparison::at_least);
        ind.target = target.q.value;
        ind.actual = actual.q.value;
        const int weight = satisfaction ? 10 : 50;
        ind.weight = points(weight);

        x_record x;
        x.add("target", target.q.printed, *target.from);
        x.add("actual", actual.q.printed, *actual.from);
        if (!target.q.op)
            x.note("op >= is not printed: a target count or rate with no 以上/以下 is read as at least (正向)");
        x.note("name " + in_quotes(name) + " from the words before " +
               (actual.name.empty() ? "the target" : "the actual") + "; the text has no indicator table");
        x.note("weight " + std::to_string(weight) + " is NOT in the text: it is the mof-2020 level-1 recommendation for " +
               std::string(vocabulary(ind.level1).id) + ", as in the hand transcription");
        for (const auto& r : results)
            if (r.q.unit == target.q.unit && r.planned)
                x.note("the results section also states a planned figure, " + in_quotes(r.q.printed) + " (line " +
                       std::to_string(r.from->line) + "); alternative target");
        out.indicators.push_back(std::move(ind));
        out.indicator_x.push_back(std::move(x));
    }
    return out;
}

}  // namespace jixiao::ingest
