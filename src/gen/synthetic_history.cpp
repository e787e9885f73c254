// Synthetic histories (synthetic.hpp): consecutive years of one invented unit
// whose projects carry money from year to year, so that the carry-forward
// chain has work to do. Most links hold; now and then one breaks the way real
// books break it: the carried amount arrives short or over, a project vanishes
// with money carried, prior-year money turns up from nowhere (JX-F013), a
// project is renumbered (matched by name), or money stays unspent two years
// (JX-F007).
#include <jixiao/synthetic.hpp>

#include "gen/prng.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace jixiao {

namespace {

using gen::prng;

using sv = std::string_view;

constexpr std::array history_bureaus{sv("文化和旅游局"), sv("农业农村局"), sv("人力资源和社会保障局"), sv("教育和体育局"),
                                     sv("卫生健康局"), sv("民政局")};
constexpr std::array history_subjects{sv("乡村文化广场建设"), sv("非遗传承人补助"), sv("公共图书馆免费开放"), sv("文物保护维修"),
                                      sv("高标准农田建设"), sv("公益性岗位补贴"), sv("职业技能提升培训"), sv("农村公路养护"),
                                      sv("城乡医疗救助"), sv("困难残疾人生活补贴")};


// fen as "12345.67" (never negative here).
void append_yuan(std::string& out, std::int64_t fen) {
    out += '"';
    out += std::to_string(static_cast<std::uint64_t>(fen / 100));
    out += '.';
    const auto cents = static_cast<std::uint64_t>(fen % 100);
    if (cents < 10) out += '0';
    out += std::to_string(cents);
    out += '"';
}

struct slot {
    std::string id;
    sv subject;
    bool alive = true;
    std::int64_t carried = 0;  // fen carried out of the year before
};

void append_project(std::string& out, prng& rng, slot& s, int year, bool first_year) {
    std::int64_t prior = first_year ? (rng.chance(20) ? rng.between(1, 50) * 100'000 : 0) : s.carried;
    if (!first_year) {
        if (prior > 0 && rng.chance(5)) prior = std::max<std::int64_t>(100, prior + rng.between(-100, 100) * 10'000);
        else if (prior == 0 && rng.chance(3)) prior = rng.between(1, 30) * 100'000;  // from nowhere
        if (rng.chance(4)) s.id += "r";                                               // renumbered
    }
    const std::int64_t current = rng.between(20, 500) * 100'000;
    const std::int64_t available = prior + current;
    const int roll = static_cast<int>(rng.between(0, 99));
    const std::int64_t used = roll < 60   ? available
                              : roll < 85 ? available * rng.between(70, 99) / 100 / 100 * 100
                                          : prior / 2 / 100 * 100;  // old money left: two years unspent
    s.carried = available - used;

    out += "{\"id\":\"";
    out += s.id;
    out += "\",\"name\":\"";
    out += s.subject;
    out += "资金\",\"tranches\":[";
    if (prior > 0) {
        out += "{\"level\":\"district\",\"source\":\"prior_year\",\"year\":";
        out += std::to_string(static_cast<std::uint64_t>(year - 1));
        out += ",\"amount\":";
        append_yuan(out, prior);
        out += "},";
    }
    out += "{\"level\":\"municipal\",\"source\":\"current_year\",\"amount\":";
    append_yuan(out, current);
    out += "}],\"execution\":{\"used\":";
    append_yuan(out, used);
    out += ",\"carried_forward\":";
    append_yuan(out, s.carried);
    out += ",\"reduced\":\"0\",\"recovered\":\"0\",\"surplus\":\"0\"";
    if (used * 10 < available * 9) out += ",\"deviation\":\"项目跨年度实施，资金结转下年使用\"";
    out += "},\"indicators\":["
           "{\"level1\":\"output\",\"level2\":\"quantity\",\"name\":\"完成任务数\",\"unit\":\"项\",\"op\":\">=\","
           "\"target\":\"10\",\"actual\":\"10\",\"weight\":\"50\"},"
           "{\"level1\":\"effect\",\"level2\":\"social\",\"name\":\"受益人次\",\"unit\":\"人次\",\"op\":\">=\","
           "\"target\":\"1000\",\"actual\":\"1100\",\"weight\":\"30\"},"
           "{\"level1\":\"satisfaction\",\"level2\":\"beneficiary\",\"name\":\"服务对象满意度\",\"unit\":\"%\","
           "\"op\":\">=\",\"target\":\"90\",\"actual\":\"95\",\"weight\":\"10\"}]}";
}

}  // namespace

void append_synthetic_history(std::string& out, const synthetic_options& options, std::uint64_t n, int years) {
    prng mixer(options.seed ^ 0x510E527FADE682D1ULL);
    prng rng(mixer.next() ^ (n * 0x9E3779B97F4A7C15ULL));
    std::string unit = "合成示例市第";
    unit += std::to_string(n + 1);
    unit += "区";
    unit += history_bureaus[rng.next() % history_bureaus.size()];
    const std::size_t count = options.projects_per_document == 0 ? 1 : options.projects_per_document;
    std::vector<slot> slots(count);
    for (std::size_t k = 0; k < count; ++k) {
        slots[k].id = "h";
        slots[k].id += std::to_string(n);
        slots[k].id += '-';
        slots[k].id += std::to_string(k + 1);
        slots[k].subject = history_subjects[rng.next() % history_subjects.size()];
    }
    std::size_t alive = count;
    const int first = options.fiscal_year - years + 1;
    for (int year = first; year <= options.fiscal_year; ++year) {
        out += "{\"format\":\"jixiao/1\",\"unit\":\"";
        out += unit;
        out += "\",\"fiscal_year\":";
        out += std::to_string(static_cast<std::uint64_t>(year));
        out += ",\"scheme\":{\"preset\":\"mof-2020\"},\"projects\":[";
        bool any = false;
        for (auto& s : slots) {
            if (!s.alive) continue;
            if (any) out += ',';
            any = true;
            append_project(out, rng, s, year, year == first);
            if (alive > 1 && s.carried > 0 && rng.chance(3)) {  // vanishes next year with money carried
                s.alive = false;
                --alive;
            }
        }
        out += "]}\n";
    }
}

}  // namespace jixiao
