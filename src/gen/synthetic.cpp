// Synthetic report books (synthetic.hpp). The figures are built to agree with
// each other most of the time, as real report books mostly do, and to disagree
// now and then in the ways real ones do (a tranche that arrived short, an
// execution that does not balance, a level that paid the wrong share, a missed
// target without a reason), so that every rule family has work to do.
#include <jixiao/split.hpp>
#include <jixiao/synthetic.hpp>

#include "gen/prng.hpp"

#include <array>
#include <string_view>
#include <vector>

namespace jixiao {

namespace {

using gen::prng;

using sv = std::string_view;

struct place {
    sv province, city, county;
};
constexpr std::array places{
    place{"四川省", "攀枝花市", "仁和区"}, place{"四川省", "成都市", "郫都区"},   place{"四川省", "绵阳市", "安州区"},
    place{"四川省", "宜宾市", "翠屏区"},   place{"四川省", "凉山彝族自治州", "西昌市"}, place{"云南省", "曲靖市", "麒麟区"},
    place{"贵州省", "遵义市", "播州区"},   place{"湖南省", "岳阳市", "平江县"},   place{"河南省", "洛阳市", "嵩县"},
    place{"甘肃省", "天水市", "秦州区"},   place{"江西省", "赣州市", "于都县"},   place{"广西壮族自治区", "百色市", "田阳区"},
};
constexpr std::array bureaus{sv("人力资源和社会保障局"), sv("财政局"), sv("教育和体育局"), sv("农业农村局"),
                             sv("卫生健康局"), sv("民政局"), sv("交通运输局"), sv("住房和城乡建设局"), sv("水利局"),
                             sv("生态环境局"), sv("文化广播电视和旅游局"), sv("残疾人联合会")};
constexpr std::array subjects{sv("困难群众社会保险代缴"), sv("高层次人才引进"), sv("就业创业补助"), sv("公益性岗位补贴"),
                              sv("职业技能提升培训"), sv("农村公路养护"), sv("义务教育学生营养改善计划"),
                              sv("城乡居民医疗救助"), sv("高标准农田建设"), sv("农村饮水安全巩固提升"),
                              sv("城镇老旧小区改造"), sv("基层公共文化服务"), sv("困难残疾人生活补贴"),
                              sv("城乡最低生活保障"), sv("巩固拓展脱贫攻坚成果同乡村振兴有效衔接"), sv("河湖长制工作"),
                              sv("农村人居环境整治"), sv("退役军人优抚"), sv("社保公共服务能力建设")};
constexpr std::array kinds{sv("资金"), sv("专项经费"), sv("补助资金"), sv("项目经费"), sv("工作经费")};
constexpr std::array issuers{sv("川财社"), sv("川财建"), sv("川财农"), sv("攀财社"), sv("人社厅办"), sv("财预"),
                             sv("川社险办"), sv("财社")};
constexpr std::array purposes{sv("代缴养老保险费"), sv("发放补贴"), sv("支付培训费"), sv("工程款"), sv("设备购置"),
                              sv("劳务费"), sv("印刷宣传费"), sv("专家咨询费"), sv("差旅费"), sv("信息系统运维费"),
                              sv("场地租赁费"), sv("委托业务费")};
constexpr std::array problems{sv("资金下达较晚，年底前未能全部支出"), sv("绩效目标设定不够细化，部分指标难以量化"),
                              sv("项目实施进度滞后于计划"), sv("部分乡镇资料归档不及时")};
constexpr std::array suggestions{sv("提前谋划项目，加快资金拨付进度"), sv("细化量化绩效目标，完善指标体系"),
                                 sv("加强过程监控，按月通报执行进度"), sv("规范档案管理，做到资料完整")};
constexpr std::array deviations{sv("上级资金于12月下旬到位，当年无法支付，已结转下年使用"),
                                sv("受项目审批流程影响，实施进度滞后"), sv("部分对象资格复核未完成，补贴暂缓发放"),
                                sv("工程尚未竣工结算，尾款未支付")};

struct quantity_kind {
    sv level2, name, unit, op;
};
constexpr std::array output_kinds{
    quantity_kind{"quantity", "补助人数", "人", ">="},       quantity_kind{"quantity", "培训人次", "人次", ">="},
    quantity_kind{"quantity", "完成改造户数", "户", ">="},   quantity_kind{"quantity", "养护里程", "公里", ">="},
    quantity_kind{"quality", "资金发放准确率", "%", "="},    quantity_kind{"quality", "项目验收合格率", "%", ">="},
    quantity_kind{"timeliness", "资金拨付时限", "天", "<="}, quantity_kind{"cost", "人均培训成本", "元", "<="},
};

// ---- JSON text -----------------------------------------------------------------

// The strings written here come from the tables above: no quote, backslash or control character.
void quoted(std::string& out, sv s) {
    out += '"';
    out += s;
    out += '"';
}
void key(std::string& out, sv k) {
    quoted(out, k);
    out += ':';
}
void field(std::string& out, sv k, sv s) {
    key(out, k);
    quoted(out, s);
}

void append_uint(std::string& out, std::uint64_t n) {
    char buffer[24];
    char* p = buffer + sizeof buffer;
    do {
        *--p = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0);
    out.append(p, buffer + sizeof buffer);
}

// `value` / 10^decimals with exactly `decimals` places ("96.5", "108200.00").
void append_fixed(std::string& out, std::int64_t value, int decimals) {
    if (value < 0) {
        out += '-';
        value = -value;
    }
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    append_uint(out, static_cast<std::uint64_t>(value / scale));
    if (decimals == 0) return;
    out += '.';
    std::string fraction;
    append_uint(fraction, static_cast<std::uint64_t>(value % scale));
    out.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
    out += fraction;
}

// A count of tenths as a number: 955 → "95.5", 900 → "90".
void append_tenths(std::string& out, std::int64_t tenths) {
    if (tenths % 10 == 0) append_fixed(out, tenths / 10, 0);
    else append_fixed(out, tenths, 1);
}

// An amount in fen, spelled the ways report books spell it: "10.82万", "108200.00",
// "108,200.00", or a whole-yuan JSON integer.
void append_amount(std::string& out, std::int64_t fen, prng& rng) {
    const int form = static_cast<int>(rng.between(0, 99));
    if (fen == 0) {
        out += form < 50 ? "\"0\"" : "\"0.00\"";
        return;
    }
    if (form < 50) {  // 万元, 2 to 6 decimals, trailing zeros beyond two dropped
        std::string digits;
        append_fixed(digits, fen, 6);
        while (digits.size() > 3 && digits.back() == '0' && digits[digits.size() - 3] != '.') digits.pop_back();
        out += '"';
        out += digits;
        out += "万\"";
    } else if (form < 85 || fen % 100 != 0) {
        if (form >= 85 && form < 95) {  // thousands separators
            std::string plain;
            append_fixed(plain, fen, 2);
            const std::size_t integer = plain.size() - 3;
            out += '"';
            for (std::size_t i = 0; i < integer; ++i) {
                if (i != 0 && (integer - i) % 3 == 0) out += ',';
                out += plain[i];
            }
            out.append(plain, integer);
            out += '"';
        } else {
            out += '"';
            append_fixed(out, fen, 2);
            out += '"';
        }
    } else {
        append_uint(out, static_cast<std::uint64_t>(fen / 100));
    }
}

void amount_field(std::string& out, sv k, std::int64_t fen, prng& rng) {
    key(out, k);
    append_amount(out, fen, rng);
}

void append_date(std::string& out, int year, int month, int day) {
    char buffer[16];
    buffer[0] = '"';
    buffer[1] = static_cast<char>('0' + year / 1000);
    buffer[2] = static_cast<char>('0' + year / 100 % 10);
    buffer[3] = static_cast<char>('0' + year / 10 % 10);
    buffer[4] = static_cast<char>('0' + year % 10);
    buffer[5] = '-';
    buffer[6] = static_cast<char>('0' + month / 10);
    buffer[7] = static_cast<char>('0' + month % 10);
    buffer[8] = '-';
    buffer[9] = static_cast<char>('0' + day / 10);
    buffer[10] = static_cast<char>('0' + day % 10);
    buffer[11] = '"';
    out.append(buffer, 12);
}

void document_number(std::string& out, int year, prng& rng) {
    out += '"';
    out += rng.pick(issuers);
    out += "〔";
    append_uint(out, static_cast<std::uint64_t>(year));
    out += "〕";
    append_uint(out, static_cast<std::uint64_t>(rng.between(1, 260)));
    out += "号\"";
}

// ---- cost sharing ----------------------------------------------------------------

// One policy of the seed's shape: general {provincial a, rest {municipal b, district 1 − b}},
// former_registered_poor {municipal b, district 1 − b}; `variant` picks a and b.
struct sharing_policy {
    int variant;
    int provincial_percent;
    int municipal_percent;
    std::int64_t standard_fen;
};
constexpr std::array sharing_policies{sharing_policy{0, 50, 35, 10000}, sharing_policy{1, 40, 40, 12000},
                                      sharing_policy{2, 60, 50, 18000}};

std::string policy_id(const sharing_policy& p) {
    return "resident-pension-subsidy-" + std::to_string(p.variant);
}

void append_policy(std::string& out, const sharing_policy& p, bool expired) {
    out += '{';
    field(out, "id", policy_id(p));
    out += ',';
    field(out, "title", "困难群体城乡居民基本养老保险政府代缴");
    out += ',';
    field(out, "reference", "川社险办〔2021〕26号");
    out += ",\"valid_from\":\"2021-01-01\",\"valid_to\":";
    out += expired ? "\"2022-12-31\"" : "\"2025-12-31\"";
    out += ",\"standard\":";
    quoted(out, std::to_string(p.standard_fen / 100));
    const std::string municipal = std::to_string(p.municipal_percent) + "%";
    const std::string district = std::to_string(100 - p.municipal_percent) + "%";
    out += ",\"categories\":{\"general\":{\"provincial\":\"" + std::to_string(p.provincial_percent) +
           "%\",\"rest\":{\"municipal\":\"" + municipal + "\",\"district\":\"" + district +
           "\"}},\"former_registered_poor\":{\"municipal\":\"" + municipal + "\",\"district\":\"" + district + "\"}}}";
}

policy model_of(const sharing_policy& p) {
    policy pol;
    pol.id = policy_id(p);
    pol.standard = money::from_fen(p.standard_fen);
    auto rest = std::make_shared<share_node>();
    rest->shares = {{level::municipal, ratio::percent(p.municipal_percent)},
                    {level::district, ratio::percent(100 - p.municipal_percent)}};
    share_node general;
    general.shares = {{level::provincial, ratio::percent(p.provincial_percent)}};
    general.rest = rest;
    share_node poor;
    poor.shares = rest->shares;
    pol.categories = {{"general", general}, {"former_registered_poor", poor}};
    return pol;
}

// ---- one project -------------------------------------------------------------------

struct planned_tranche {
    level where;
    std::int64_t amount;
    std::int64_t arrived;
    bool prior_year = false;
    int year_back = 1;
};

std::int64_t fen_of(std::int64_t amount, int percent) { return amount * percent / 100; }

void append_indicator(std::string& out, prng& rng, sv level1, std::int64_t weight, bool satisfaction) {
    out += '{';
    field(out, "level1", level1);
    bool quantitative = true;
    sv level2, name, unit, op = ">=";
    if (satisfaction) {
        level2 = "beneficiary";
        name = "服务对象满意度";
        unit = "%";
    } else if (level1 == "output") {
        const auto& k = rng.pick(output_kinds);
        level2 = k.level2, name = k.name, unit = k.unit, op = k.op;
    } else {
        static constexpr std::array effects{quantity_kind{"social", "困难群体应保尽保", "", ""},
                                            quantity_kind{"economic", "带动就业增收", "万元", ">="},
                                            quantity_kind{"sustainability", "长效机制建立情况", "", ""},
                                            quantity_kind{"social", "群众生活条件改善", "", ""}};
        const auto& k = rng.pick(effects);
        level2 = k.level2, name = k.name, unit = k.unit, op = k.op;
        quantitative = !op.empty();
    }
    if (rng.chance(2)) level2 = "quantity";  // now and then under the wrong level-1 (JX-I008)
    out += ',';
    field(out, "level2", level2);
    out += ',';
    field(out, "name", name);
    if (!unit.empty()) {
        out += ',';
        field(out, "unit", unit);
    }
    bool short_of_target = false;
    if (quantitative) {
        out += ',';
        field(out, "op", op);
        // Targets and actuals in tenths, so that some carry a decimal.
        std::int64_t target = 0, actual = 0;
        if (unit == "%") {
            target = op == "=" ? 1000 : rng.pick(std::array<std::int64_t, 3>{900, 950, 1000});
            actual = rng.chance(75) ? std::min<std::int64_t>(1000, target + rng.between(0, 60)) : target - rng.between(5, 150);
        } else if (op == "<=") {
            target = rng.between(10, 200) * 10;
            actual = rng.chance(80) ? target - rng.between(0, target / 5) : target + rng.between(1, target / 4);
        } else {
            target = rng.between(5, 2000) * 100;
            const int roll = static_cast<int>(rng.between(0, 99));
            actual = roll < 70 ? target + rng.between(0, target / 10) / 10 * 10
                   : roll < 88 ? target - rng.between(1, target / 4) / 10 * 10
                               : target * 3 / 2 + rng.between(0, target) / 10 * 10;  // JX-I003
        }
        short_of_target = op == "<=" ? actual > target : actual < target;
        if (op == "=") short_of_target = actual != target;
        if (satisfaction && rng.chance(10)) {
            out += ",\"target\":\"90\",\"not_applicable\":true";
        } else {
            out += ",\"target\":\"";
            append_tenths(out, target);
            out += "\",\"actual\":\"";
            append_tenths(out, actual);
            out += '"';
        }
    }
    out += ",\"weight\":\"";
    append_uint(out, static_cast<std::uint64_t>(weight));
    out += '"';
    if (!quantitative) {
        const int roll = static_cast<int>(rng.between(0, 99));
        const sv rating = roll < 75 ? "achieved" : roll < 93 ? "partial" : "not_achieved";
        out += ',';
        field(out, "rating", rating);
        short_of_target = rating != "achieved";
        if (rng.chance(30)) {  // a score of its own, now and then outside the band (JX-I006)
            const std::int64_t percent = rating == "achieved" ? rng.between(80, 100)
                                       : rating == "partial"  ? rng.between(60, 79)
                                                              : rng.between(0, 59);
            const std::int64_t off = rng.chance(10) ? 15 : 0;
            out += ",\"score\":\"";
            append_fixed(out, weight * std::min<std::int64_t>(100, percent + off), 2);
            out += '"';
        }
    }
    if (short_of_target && rng.chance(70)) {
        out += ',';
        field(out, "deviation", rng.pick(deviations));
    }
    out += '}';
}

void append_project(std::string& out, prng& rng, const synthetic_options& options, std::uint64_t n, std::size_t k,
                    const sharing_policy* sharing) {
    const int year = options.fiscal_year;
    const sv subject = rng.pick(subjects);
    out += '{';
    key(out, "id");
    out += "\"p";
    append_uint(out, n);
    out += '-';
    append_uint(out, k + 1);
    out += "\",";
    key(out, "name");
    out += '"';
    out += subject;
    out += rng.pick(kinds);
    out += "\",\"basis\":[";
    document_number(out, year - static_cast<int>(rng.between(0, 2)), rng);
    if (rng.chance(25)) {
        out += ',';
        document_number(out, year, rng);
    }
    out += "],\"goal\":\"";
    out += "足额落实";
    out += subject;
    out += "任务，资金及时拨付到位\",\"outcome\":\"";
    out += subject;
    out += "工作按计划推进\",";

    // Tranches: a cost-sharing project's follow the policy's split; others share a total at random.
    std::vector<planned_tranche> tranches;
    std::string sharing_json;
    if (sharing) {
        const std::int64_t general = rng.between(300, 6000), poor = rng.between(100, 6000);
        const policy pol = model_of(*sharing);
        const auto split = split_cost(pol, {{"general", general}, {"former_registered_poor", poor}});
        for (const auto& l : split.levels) {
            std::int64_t amount = *l.amount.fen().to_int64();  // a synthetic split is far below 2^63 fen
            if (rng.chance(8)) amount += rng.between(-500, 500) * 100;  // a level that paid the wrong share (JX-C002)
            tranches.push_back({l.level, amount, amount});
        }
        sharing_json = "\"cost_sharing\":{";
        field(sharing_json, "policy", policy_id(*sharing));
        sharing_json += ",\"headcount\":{";
        const int form = static_cast<int>(rng.between(0, 2));  // given, subtracted, inferred
        if (form > 0) {
            sharing_json += "\"total\":";
            append_uint(sharing_json, static_cast<std::uint64_t>(general + poor));
            sharing_json += ',';
        }
        sharing_json += "\"by_category\":{";
        if (form == 0) {
            sharing_json += "\"general\":";
            append_uint(sharing_json, static_cast<std::uint64_t>(general));
            sharing_json += ",\"former_registered_poor\":";
            append_uint(sharing_json, static_cast<std::uint64_t>(poor));
        } else if (form == 1) {
            sharing_json += "\"general\":";
            append_uint(sharing_json, static_cast<std::uint64_t>(general));
        }
        sharing_json += "}}},";
    } else {
        std::int64_t total = rng.between(20, 5000) * 100'000;  // 2万 … 500万 yuan, in fen
        if (rng.chance(30)) total += rng.between(0, 99'999) * 100;
        const int count = static_cast<int>(rng.between(1, 3));
        static constexpr std::array levels{level::central, level::provincial, level::municipal, level::district};
        const int first = count == 3 ? static_cast<int>(rng.between(0, 1)) : static_cast<int>(rng.between(0, 3 - count));
        std::int64_t left = total;
        for (int i = 0; i < count; ++i) {
            const std::int64_t amount = i + 1 == count ? left : left * rng.between(30, 60) / 100 / 100 * 100;
            left -= amount;
            tranches.push_back({levels[static_cast<std::size_t>(first + i)], amount, amount});
        }
        if (rng.chance(10)) {  // last year's money carried over
            const std::int64_t carried = rng.between(1, 50) * 1'000'000;
            tranches.push_back({level::district, carried, carried, true, rng.chance(30) ? 2 : 1});
        }
    }
    std::int64_t allocated = 0, available = 0;
    for (auto& t : tranches) {
        if (rng.chance(8)) t.arrived = fen_of(t.amount, static_cast<int>(rng.between(50, 95))) / 100 * 100;
        if (rng.chance(1)) t.arrived = t.amount + 100'000;  // JX-F010
        allocated += t.amount;
        available += t.arrived;
    }
    const std::int64_t adjusted = rng.chance(95) ? allocated : allocated + rng.between(1, 100) * 10'000;  // JX-F009
    out += "\"budget\":{";
    amount_field(out, "initial", rng.chance(70) ? adjusted : adjusted + rng.between(-50, 50) * 100'000 / 10, rng);
    out += ',';
    amount_field(out, "adjusted", adjusted, rng);
    out += "},\"tranches\":[";
    bool late = false;
    for (std::size_t i = 0; i < tranches.size(); ++i) {
        const auto& t = tranches[i];
        if (i != 0) out += ',';
        out += '{';
        field(out, "level", to_string(t.where));
        out += ',';
        field(out, "source", t.prior_year ? "prior_year" : rng.chance(90) ? "current_year" : "special_account");
        if (t.prior_year) {
            out += ",\"year\":";
            append_uint(out, static_cast<std::uint64_t>(year - t.year_back));
        }
        out += ',';
        amount_field(out, "amount", t.amount, rng);
        if (t.arrived != t.amount || rng.chance(60)) {
            out += ',';
            amount_field(out, "arrived", t.arrived, rng);
        }
        if (!t.prior_year && rng.chance(80)) {
            const bool december = rng.chance(15);
            late = late || december;
            out += ",\"arrival_date\":";
            append_date(out, year, december ? 12 : static_cast<int>(rng.between(2, 11)), static_cast<int>(rng.between(1, 28)));
        }
        if (t.prior_year || rng.chance(40)) {
            out += ",\"document\":";
            document_number(out, t.prior_year ? year - t.year_back : year, rng);
        }
        out += '}';
    }
    out += "],";

    // Execution: mostly all used; late money and slow projects carry some forward.
    const int roll = static_cast<int>(rng.between(0, 99));
    const int used_percent = roll < 55 ? 100 : roll < 80 ? static_cast<int>(rng.between(85, 99))
                           : roll < 95 ? static_cast<int>(rng.between(0, 84)) : 0;
    const std::int64_t used = used_percent == 100 ? available : fen_of(available, used_percent) / 100 * 100;
    std::int64_t carried = available - used, surplus = 0, recovered = 0;
    if (carried > 0 && rng.chance(20)) {
        surplus = carried / 4 / 100 * 100;
        carried -= surplus;
    }
    if (carried > 0 && rng.chance(10)) {
        recovered = carried / 3 / 100 * 100;
        carried -= recovered;
    }
    if (rng.chance(4)) carried += rng.between(1, 99) * 100;  // does not balance (JX-F003)
    out += "\"execution\":{";
    amount_field(out, "used", used, rng);
    out += ',';
    amount_field(out, "carried_forward", carried, rng);
    out += ',';
    amount_field(out, "reduced", 0, rng);
    out += ',';
    amount_field(out, "recovered", recovered, rng);
    out += ',';
    amount_field(out, "surplus", surplus, rng);
    if (used > 0) {
        out += ",\"items\":[";
        const int count = static_cast<int>(rng.between(1, 4));
        std::int64_t left = used + (rng.chance(4) ? rng.between(1, 50) * 100 : 0);  // JX-F008 now and then
        for (int i = 0; i < count; ++i) {
            const std::int64_t amount = i + 1 == count ? left : left * rng.between(20, 60) / 100 / 100 * 100;
            left -= amount;
            if (i != 0) out += ',';
            out += '{';
            field(out, "purpose", purposes[(n + k + static_cast<std::uint64_t>(i) * 5) % purposes.size()]);
            out += ',';
            amount_field(out, "amount", amount, rng);
            out += '}';
        }
        out += ']';
    }
    if (rng.chance(80) && adjusted > 0) {
        // The rate as the form prints it: two decimals, 四舍五入, or whole; now and then wrong (JX-F004).
        std::int64_t basis_points = (used * 10000 * 2 + adjusted) / (2 * adjusted);
        if (rng.chance(4)) basis_points += rng.between(1, 500);
        out += ",\"reported_rate\":\"";
        if (basis_points % 100 == 0) append_uint(out, static_cast<std::uint64_t>(basis_points / 100));
        else append_fixed(out, basis_points, 2);
        out += "%\"";
    }
    if (used_percent < 90 && rng.chance(70)) {
        out += ',';
        field(out, "deviation", late ? deviations[0] : rng.pick(deviations));
    }
    out += "},";
    out += sharing_json;

    // Indicators: output 50, effect 30, satisfaction 10 (MOF 2020), over 3 to 6 indicators.
    out += "\"indicators\":[";
    static constexpr std::array<std::array<std::int64_t, 3>, 4> output_weights{
        {{50, 0, 0}, {25, 25, 0}, {20, 15, 15}, {30, 10, 10}}};
    const auto& ow = output_weights[rng.next() % output_weights.size()];
    bool first = true;
    const auto separator = [&] {
        if (!first) out += ',';
        first = false;
    };
    for (const std::int64_t w : ow)
        if (w > 0) {
            separator();
            append_indicator(out, rng, "output", w, false);
        }
    const bool two_effects = rng.chance(40);
    separator();
    append_indicator(out, rng, "effect", two_effects ? 15 : 30 + (rng.chance(3) ? 5 : 0), false);  // JX-I002 now and then
    if (two_effects) {
        separator();
        append_indicator(out, rng, "effect", 15, false);
    }
    separator();
    append_indicator(out, rng, "satisfaction", 10, true);
    out += ']';
    if (rng.chance(30)) {
        out += ",\"problems\":[";
        quoted(out, rng.pick(problems));
        out += "],\"suggestions\":[";
        quoted(out, rng.pick(suggestions));
        out += ']';
    }
    out += '}';
}

}  // namespace

void append_synthetic_document(std::string& out, const synthetic_options& options, std::uint64_t n) {
    prng mixer(options.seed ^ 0x6A09E667F3BCC909ULL);
    prng rng(mixer.next() ^ (n * 0x9E3779B97F4A7C15ULL));
    const place& where = rng.pick(places);
    out += "{\"format\":\"jixiao/1\",\"unit\":\"";
    out += where.city;
    out += where.county;
    out += rng.pick(bureaus);
    out += "\",\"region\":\"";
    out += where.province;
    out += where.city;
    out += where.county;
    out += "\",\"fiscal_year\":";
    append_uint(out, static_cast<std::uint64_t>(options.fiscal_year));
    out += ",\"scheme\":{\"preset\":\"mof-2020\"}";

    // About one project in three shares its cost under a policy the document carries.
    const std::size_t count = options.projects_per_document == 0 ? 1 : options.projects_per_document;
    std::vector<const sharing_policy*> sharing(count, nullptr);
    std::array<bool, sharing_policies.size()> used{};
    for (auto& s : sharing)
        if (rng.chance(30)) {
            s = &rng.pick(sharing_policies);
            used[static_cast<std::size_t>(s->variant)] = true;
        }
    bool any = false;
    for (std::size_t v = 0; v < used.size(); ++v)
        if (used[v]) {
            out += any ? "," : ",\"policies\":[";
            any = true;
            append_policy(out, sharing_policies[v], rng.chance(3));  // JX-C004 now and then
        }
    if (any) out += ']';
    out += ",\"projects\":[";
    for (std::size_t k = 0; k < count; ++k) {
        if (k != 0) out += ',';
        append_project(out, rng, options, n, k, sharing[k]);
    }
    out += "]}\n";
}

}  // namespace jixiao
