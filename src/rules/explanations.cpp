// The reference text of every rule: what it checks, its source, an example
// that fires it and how to silence it, in Chinese and English. Kept as one
// table so that it reads as a catalogue and a reviewer can check it against
// the regulations in one place.
//
// Examples of the funds, cost-sharing and indicator rules are jixiao/1 text
// between the first "{" and the last "}": the members of a project, or (when
// they name "projects") the members of a document. The unit tests evaluate
// every such fragment and check that the rule fires, so an example cannot
// drift away from what the rule does.
#include <jixiao/rule_explanation.hpp>

#include <algorithm>
#include <array>

namespace jixiao {
namespace {

// The ways to silence a rule that do not change the data, appended to each rule's own advice.
#define JX_DISABLE_ZH(id) "；确属例外时，可用 jixiao evaluate --disable " id " 关闭该规则（库中：rule_book::disable(\"" id "\")）"
#define JX_DISABLE_EN(id) "; where the case is a genuine exception, switch the rule off with jixiao evaluate --disable " id " (in the library: rule_book::disable(\"" id "\"))"
#define JX_LINT_DISABLE_ZH(id) "；确属例外时，可用 jixiao lint --disable " id " 关闭该规则（库中：report_rule_book().disable(\"" id "\")）"
#define JX_LINT_DISABLE_EN(id) "; where the case is a genuine exception, switch the rule off with jixiao lint --disable " id " (in the library: report_rule_book().disable(\"" id "\"))"

constexpr localized_text own_check{"jixiao 自身的一致性检查（无对应的法规条文）：同一份报告中的数字应当互相吻合。",
                                   "jixiao's own consistency check (no regulation behind it): the figures of one report must agree with each other."};

constexpr std::array explanations{
    // ---- funds ------------------------------------------------------------------
    rule_explanation{
        "JX-F001",
        {"使用资金（execution.used）是否超过到位资金（各笔资金 arrived 之和；未填 arrived 的一笔按其下达数 amount 计）。钱到位之前不能花出去。没有任何一笔资金的项目未说明到位多少，不作检查。",
         "Whether the money used (execution.used) exceeds the money available (the sum of the tranches' arrived amounts; a tranche without arrived counts its amount). Money cannot be spent before it arrives. A project with no tranche does not say what arrived, and is not checked."},
        own_check,
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万", "arrived": "8万"}], "execution": {"used": "9万", "carried_forward": "0"}}：到位 8万元，却使用了 9万元。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万", "arrived": "8万"}], "execution": {"used": "9万", "carried_forward": "0"}}: 80000.00 arrived, yet 90000.00 was used.)x"},
        {"核对 execution.used 与各笔资金的 arrived，改正填错的一项；若有资金到位但漏录，补上那一笔" JX_DISABLE_ZH("JX-F001") "。",
         "Check execution.used against the tranches' arrived amounts and correct the wrong one; if a tranche that arrived is missing, add it" JX_DISABLE_EN("JX-F001") "."}},
    rule_explanation{
        "JX-F002",
        {"填了调整后预算数（budget.adjusted）时，到位资金减去已写明调减、收回的钱（execution.reduced、recovered）后是否仍超过它。没有填调整后预算数时不检查（那时预算就是各笔下达数之和，单笔超额由 JX-F010 报告）。",
         "When an adjusted budget (budget.adjusted) is given, whether the money available, less what the document says was cut or handed back (execution.reduced, recovered), exceeds it. Without one the rule is quiet (the budget is then the tranches' total, and a tranche that arrived over its amount is JX-F010's)."},
        own_check,
        {R"x(项目写 {"budget": {"adjusted": "8万"}, "tranches": [{"level": "district", "amount": "10万"}]}：到位 10万元，多于调整后预算数 8万元。)x",
         R"x(A project with {"budget": {"adjusted": "8万"}, "tranches": [{"level": "district", "amount": "10万"}]}: 100000.00 available against an adjusted budget of 80000.00.)x"},
        {"核对 budget.adjusted 是否已按年中追加调整，以及各笔资金的到位数；多出的钱若已上缴或调减，在 execution.reduced 或 execution.recovered 中写明" JX_DISABLE_ZH("JX-F002") "。",
         "Check that budget.adjusted includes the year's supplementary budgets, and check the tranches' arrived amounts; money over the budget that was handed back belongs in execution.reduced or execution.recovered" JX_DISABLE_EN("JX-F002") "."}},
    rule_explanation{
        "JX-F003",
        {"资金去向是否平衡：到位资金 = 使用 + 结转 + 调减 + 收回 + 结余（execution 的 used、carried_forward、reduced、recovered、surplus；未填的一项按 0 计，消息里写作“未说明”）。每一分到位的钱都应有去向。",
         "Whether the money balances: available = used + carried_forward + reduced + recovered + surplus (the fields of execution; one not given counts as 0, and the message shows it as not stated). Every fen that arrived must be accounted for."},
        {"jixiao 自身的一致性检查。去向中的结转、结余沿用财政部《中央部门结转和结余资金管理办法》（财预〔2016〕18号）第三条的定义。",
         "jixiao's own consistency check. Carried forward and surplus are meant as the Ministry of Finance's rules on carried-forward and surplus funds define them (《中央部门结转和结余资金管理办法》, 财预〔2016〕18号, article 3)."},
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "6万", "carried_forward": "3万"}}：到位 10万元，使用与结转合计 9万元，1万元去向不明。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "6万", "carried_forward": "3万"}}: 100000.00 arrived, 90000.00 accounted for, 10000.00 unaccounted for.)x"},
        {"在 execution 中补上缺的去向（结转、调减、收回或结余），或改正填错的金额" JX_DISABLE_ZH("JX-F003") "。",
         "Add the missing destination to execution (carried forward, reduced, recovered or surplus), or correct the wrong amount" JX_DISABLE_EN("JX-F003") "."}},
    rule_explanation{
        "JX-F004",
        {"报告写的预算执行率（execution.reported_rate，如 完成预算的83.33%）是否等于使用资金 ÷ 预算数（调整后预算数，未填时为各笔下达数之和）。按报告写出的精度比较：写“0%”按整数百分比，写“66.67%”按两位小数，计算值四舍五入到同一精度。没有使用数，或既无调整后预算数又无任何一笔资金时不检查（未说明不是零）。",
         "Whether the execution rate the report states (execution.reported_rate) equals used ÷ budget (the adjusted budget, else the tranches' total), compared at the precision the report printed: \"0%\" to whole percent, \"66.67%\" to two decimals, the computed rate rounded half away from zero to the same precision. Quiet with no used figure, or with neither an adjusted budget nor any tranche (unknown is not zero)."},
        {"财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）所附项目支出绩效自评表：执行率 = 全年执行数 ÷ 全年预算数。检查的是报告自述与自身数字是否一致。",
         "The self-evaluation table attached to the Ministry of Finance's measures for project expenditure performance evaluation (财预〔2020〕10号): execution rate = amount executed in the year ÷ full-year budget. The check is whether the report's claim agrees with its own figures."},
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "3万"}], "execution": {"used": "2万", "carried_forward": "1万", "reported_rate": "66.66%"}}：2 ÷ 3 四舍五入到两位小数是 66.67%，不是 66.66%。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "3万"}], "execution": {"used": "2万", "carried_forward": "1万", "reported_rate": "66.66%"}}: 2 ÷ 3 rounded to two decimals is 66.67%, not 66.66%.)x"},
        {"改正报告中的执行率，或核对 execution.used 与 budget.adjusted" JX_DISABLE_ZH("JX-F004") "。",
         "Correct the rate in the report, or check execution.used and budget.adjusted" JX_DISABLE_EN("JX-F004") "."}},
    rule_explanation{
        "JX-F005",
        {"预算执行率低于 90% 时，是否在 execution.deviation 中说明了原因。只有空白（包括全角空格）的说明不算说明；没有执行率（预算为零）时不检查。",
         "When the execution rate is below 90%, whether execution.deviation gives the reason. A deviation of only blanks (full-width spaces included) explains nothing; with no rate (a zero budget) the rule is quiet."},
        {"四川省 2023 年部门预算项目支出绩效自评表（报表编号 510000_0013zp）：预算执行情况一栏的“原因”，执行率未达 90% 的须说明。",
         "Sichuan's 2023 self-evaluation form for departmental project expenditure (report code 510000_0013zp): the 原因 (reason) cell of the budget-execution block, to be filled when the rate falls short of 90%."},
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "8万", "carried_forward": "2万"}}：执行率 80%，没有 deviation。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "8万", "carried_forward": "2万"}}: an execution rate of 80% and no deviation.)x"},
        {"在 execution.deviation 中写明偏差原因分析及改进措施（如 “资金12月下达，部分支出跨年”）" JX_DISABLE_ZH("JX-F005") "。",
         "Write the reason and remedy in execution.deviation (e.g. \"the money arrived in December; part of the spending runs into next year\")" JX_DISABLE_EN("JX-F005") "."}},
    rule_explanation{
        "JX-F006",
        {"提示：某笔资金在年度最后一个月（12月1日或之后）到位，而项目有结转。结转很可能是因为钱来得晚，评审时应考虑。每笔晚到的资金报告一次。",
         "Information: a tranche arrived in the last month of the fiscal year (on or after 1 December) and the project carries money forward. The late arrival likely explains the carry-forward, which a reviewer should weigh. One finding per late tranche."},
        {"jixiao 自身的提示（无对应的法规条文）：报告常写作“12月底资金到位”，评审时据此判断结转是否合理。",
         "jixiao's own note for reviewers (no regulation behind it): reports write it as 12月底资金到位 (the money arrived at the end of December), which bears on whether a carry-forward is reasonable."},
        {R"x(项目写 {"tranches": [{"level": "provincial", "amount": "10万", "arrival_date": "2023-12-20"}], "execution": {"used": "4万", "carried_forward": "6万"}}（2023 年度）。)x",
         R"x(A project with {"tranches": [{"level": "provincial", "amount": "10万", "arrival_date": "2023-12-20"}], "execution": {"used": "4万", "carried_forward": "6万"}} in fiscal year 2023.)x"},
        {"这是提示，不是错误：核对 arrival_date 与 execution.carried_forward 无误即可；不需要这类提示时，用 --fail-on 控制退出码，或用 jixiao evaluate --disable JX-F006 关闭（库中：rule_book::disable(\"JX-F006\")）。",
         "This is information, not an error: check arrival_date and execution.carried_forward and leave it; --fail-on decides the exit code; to hide it, jixiao evaluate --disable JX-F006 (in the library: rule_book::disable(\"JX-F006\"))."}},
    rule_explanation{
        "JX-F007",
        {"某笔资金在本年度的两年前或更早（fiscal_year − 2 及以前，由该笔的 year 决定；未填时为本年度，上年结转资金为上一年度）下达，项目却仍有结转：连续两年未用完的资金应作为结余资金收回，不应再结转。能确定的风险数额是该笔到位数与结转数中较小者（“最多”）。",
         "A tranche allocated two or more years before the fiscal year (fiscal_year − 2 or earlier, by its year; without one, the document's year, or the year before for prior-year money) while the project still carries money forward: money unspent for two consecutive years is surplus, to be recovered, not carried again. The amount at stake is the smaller of the tranche's arrived amount and the carry-forward (\"up to\")."},
        {"财政部《中央部门结转和结余资金管理办法》（财预〔2016〕18号）第三条：预算批复后连续两年未用完的预算资金属于结余资金，按结余资金管理、收回。",
         "The Ministry of Finance's rules on carried-forward and surplus funds (《中央部门结转和结余资金管理办法》, 财预〔2016〕18号), article 3: budget funds not used up in two consecutive years after approval are surplus, managed and recovered as such."},
        {R"x(2023 年度的项目写 {"tranches": [{"level": "district", "source": "prior_year", "year": 2021, "amount": "5万"}], "execution": {"used": "0", "carried_forward": "5万"}}：2021 年下达的 5万元到 2023 年仍在结转。)x",
         R"x(A project of fiscal year 2023 with {"tranches": [{"level": "district", "source": "prior_year", "year": 2021, "amount": "5万"}], "execution": {"used": "0", "carried_forward": "5万"}}: 50000.00 allocated in 2021 is still carried forward in 2023.)x"},
        {"把应收回的资金记入 execution.recovered（或 surplus），不再记入 carried_forward；若该笔的 year 填错，改正它" JX_DISABLE_ZH("JX-F007") "。",
         "Report the money taken back in execution.recovered (or surplus) instead of carried_forward; if the tranche's year is wrong, correct it" JX_DISABLE_EN("JX-F007") "."}},
    rule_explanation{
        "JX-F008",
        {"填了支出明细（execution.items）时，各项金额之和是否等于使用资金（execution.used）。没有明细、或没有写使用资金时不检查（未知不是零）。",
         "When spending items are given (execution.items), whether their amounts add up to the money used (execution.used). Without items, or without a used figure, the rule is quiet (unknown is not zero)."},
        own_check,
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "10万", "items": [{"purpose": "代缴保险费", "amount": "9万"}]}}：明细合计 9万元，使用 10万元。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "10万", "items": [{"purpose": "代缴保险费", "amount": "9万"}]}}: the items add up to 90000.00, used is 100000.00.)x"},
        {"补上漏列的支出明细，或改正明细金额或 execution.used" JX_DISABLE_ZH("JX-F008") "。",
         "Add the missing item, or correct an item's amount or execution.used" JX_DISABLE_EN("JX-F008") "."}},
    rule_explanation{
        "JX-F009",
        {"填了调整后预算数（budget.adjusted）时，它是否等于各笔资金下达数（tranches[].amount）之和；写明了调减（execution.reduced）时，等于下达数之和减去调减数也算相符（调减之后的预算）。",
         "When an adjusted budget (budget.adjusted) is given, whether it equals the sum of the tranches' amounts (tranches[].amount); when a cut is stated (execution.reduced), the sum less the cut agrees too (the budget after the cut)."},
        own_check,
        {R"x(项目写 {"budget": {"adjusted": "12万"}, "tranches": [{"level": "district", "amount": "10万"}]}：预算 12万元，下达合计 10万元。)x",
         R"x(A project with {"budget": {"adjusted": "12万"}, "tranches": [{"level": "district", "amount": "10万"}]}: a budget of 120000.00 against 100000.00 allocated.)x"},
        {"补上漏录的那笔资金，或改正 budget.adjusted" JX_DISABLE_ZH("JX-F009") "。",
         "Add the missing tranche, or correct budget.adjusted" JX_DISABLE_EN("JX-F009") "."}},
    rule_explanation{
        "JX-F010",
        {"某笔资金的到位数（arrived）是否超过它的下达数（amount）。每笔报告一次。",
         "Whether a tranche's arrived amount exceeds its allocated amount. One finding per tranche."},
        own_check,
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万", "arrived": "12万"}]}：下达 10万元，到位 12万元。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万", "arrived": "12万"}]}: 100000.00 allocated, 120000.00 arrived.)x"},
        {"改正该笔的 amount 或 arrived；若多到位的是另一笔资金，把它单独列为一笔" JX_DISABLE_ZH("JX-F010") "。",
         "Correct the tranche's amount or arrived; if the extra money is another allocation, list it as a tranche of its own" JX_DISABLE_EN("JX-F010") "."}},
    rule_explanation{
        "JX-F011",
        {"使用资金是否超过预算数（调整后预算数，未填时为各笔下达数之和），即执行率超过 100%。预算为零而有使用时也报告（此时没有执行率）；既无调整后预算数又无任何一笔资金时不检查（未说明不是零）。",
         "Whether the money used exceeds the budget (the adjusted budget, else the tranches' total): an execution rate above 100%. A zero budget with money used fires too (there is then no rate); with neither an adjusted budget nor any tranche the rule is quiet (unknown is not zero)."},
        {"财预〔2020〕10号所附自评表的执行率（全年执行数 ÷ 全年预算数）不应超过 100%；执行得分按 100% 封顶。检查的是数字自身是否一致。",
         "The execution rate of the table attached to 财预〔2020〕10号 (executed ÷ full-year budget) cannot meaningfully exceed 100%, and the execution score is capped there. The check is whether the figures agree."},
        {R"x(项目写 {"budget": {"adjusted": "10万"}, "tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "11万"}}：执行率 110%。)x",
         R"x(A project with {"budget": {"adjusted": "10万"}, "tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "11万"}}: an execution rate of 110%.)x"},
        {"核对 execution.used 与 budget.adjusted（或各笔下达数）：常见原因是使用数含了其他项目的支出，或预算未按追加数调整" JX_DISABLE_ZH("JX-F011") "。",
         "Check execution.used against budget.adjusted (or the tranches' amounts): often the used figure includes another project's spending, or the budget misses a supplementary allocation" JX_DISABLE_EN("JX-F011") "."}},
    rule_explanation{
        "JX-F012",
        {"报告写的资金到位率（reported_arrival_rate，如 资金到位率100%）是否等于到位合计 ÷ 下达合计（Σ arrived ÷ Σ amount），按报告写出的精度比较，与 JX-F004 相同。",
         "Whether the arrival rate the report states (reported_arrival_rate) equals Σ arrived ÷ Σ amount, compared at the printed precision as JX-F004 compares the execution rate."},
        own_check,
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万", "arrived": "8万"}], "reported_arrival_rate": "100%"}：实际到位率 80%。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万", "arrived": "8万"}], "reported_arrival_rate": "100%"}: the arrival rate is 80%.)x"},
        {"改正报告中的到位率，或核对各笔资金的 arrived 与 amount" JX_DISABLE_ZH("JX-F012") "。",
         "Correct the stated rate, or check the tranches' arrived and amount" JX_DISABLE_EN("JX-F012") "."}},
    rule_explanation{
        "JX-F013",
        {"同一单位连续几个年度的报告之间：第 N 年项目结转的资金（execution.carried_forward）应等于第 N+1 年同一项目（按 id，无 id 时按名称）的上年结转资金（source 为 prior_year 的各笔之和）。项目消失而有结转、或出现没有任何一年结转过的上年结转资金，也报告。",
         "Across consecutive years of one unit: what a project carries forward in year N (execution.carried_forward) must equal the same project's prior-year tranches (source prior_year) in year N+1, matched by id, else by name. A project that vanishes while money was carried, or shows prior-year money no earlier year carried, is reported too."},
        own_check,
        {R"x(2022.json 中项目 p05 写 {"execution": {"carried_forward": "5万"}}，2023.json 中 p05 的上年结转资金只有 {"level": "district", "source": "prior_year", "amount": "3万"}：有 2万元在两年之间不见了。)x",
         R"x(In 2022.json project p05 has {"execution": {"carried_forward": "5万"}}, in 2023.json p05's prior-year money is only {"level": "district", "source": "prior_year", "amount": "3万"}: 20000.00 went missing between the years.)x"},
        {"核对两年的结转与上年结转资金，改正填错的一方；项目改名或改编号时，使两年的 id 一致" JX_DISABLE_ZH("JX-F013") "。",
         "Check both years' figures and correct the wrong one; when a project was renamed or renumbered, give it the same id in both years" JX_DISABLE_EN("JX-F013") "."}},

    // ---- cost sharing ------------------------------------------------------------
    rule_explanation{
        "JX-C001",
        {"分担政策的每个分担节点（某一类别的各级比例，加上 rest 交给下一层分配的余数）之和是否恰好为 1（100%）。路径指向出错的节点。这样的政策无法拆分，依赖它的项目不做分担核对。",
         "Whether every share node of a cost-sharing policy (the levels' ratios of a category, plus the rest handed to a child node) sums to exactly 1 (100%). The path names the node. Such a policy cannot be split, so projects under it get no cost-sharing reconciliation."},
        {"jixiao 自身的一致性检查：政策文件（如 川社险办〔2021〕26号）规定的各级分担比例合计必为 100%，不等于 100% 通常是录入错误。",
         "jixiao's own consistency check: the shares a policy document (e.g. 川社险办〔2021〕26号) gives the levels must total 100%; anything else is usually a typing error."},
        {R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "40%"}}}], "projects": []}：省级 50% 加区县级 40% 只有 90%。)x",
         R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "40%"}}}], "projects": []}: provincial 50% and district 40% make only 90%.)x"},
        {"按政策文件改正比例；“其余由市、区分担”这类写法用 rest 节点表示" JX_DISABLE_ZH("JX-C001") "。",
         "Correct the ratios from the policy document; write \"the rest is shared by city and district\" as a rest node" JX_DISABLE_EN("JX-C001") "."}},
    rule_explanation{
        "JX-C002",
        {"按政策拆分后，某一级应分担的数额（人数 × 人均标准 × 该级比例，到分）与项目中该级各笔资金下达数之和是否相等。政策未要求分担的一级若有资金，也报告。",
         "Whether a level's tranches (the sum of their amounts) equal its share under the policy (persons × standard × the level's share, allocated to the fen). A level the policy gives no share that still has tranches fires too."},
        {"项目引用的分担政策本身（policies[].reference 中的文号，如 川社险办〔2021〕26号）：各级按政策规定的比例分担。",
         "The cost-sharing policy the project cites (its document number in policies[].reference, e.g. 川社险办〔2021〕26号): each level pays the share the policy sets."},
        {R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "500"}, {"level": "district", "amount": "600"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}：10 人 × 100元 的一半是 500元，区县级却下达 600元。)x",
         R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "500"}, {"level": "district", "amount": "600"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}: half of 10 persons × 100 is 500.00, yet the district allocated 600.00.)x"},
        {"核对该级各笔资金、cost_sharing.headcount 的人数和项目引用的政策；多出的若是其他用途的资金，把它移到其他项目" JX_DISABLE_ZH("JX-C002") "。",
         "Check that level's tranches, the headcounts in cost_sharing.headcount and the policy the project cites; money for another purpose belongs to another project" JX_DISABLE_EN("JX-C002") "."}},
    rule_explanation{
        "JX-C003",
        {"政策要求某一级分担一笔正数，而项目中该级没有任何一笔资金。",
         "The policy expects a positive amount from a level of which the project has no tranche at all."},
        {"项目引用的分担政策本身（policies[].reference 中的文号）：该级应当分担而未见资金。",
         "The cost-sharing policy the project cites (its document number in policies[].reference): the level owes a share and no money of it is shown."},
        {R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "500"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}：区县级应分担 500元，却没有区县级资金。)x",
         R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "500"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}: the district owes 500.00 and has no tranche.)x"},
        {"补录该级下达的资金；若该级确实未拨付，在 deviation 或报告中说明，并视情况关闭规则" JX_DISABLE_ZH("JX-C003") "。",
         "Add the level's tranche; if that level really paid nothing, say so in the report" JX_DISABLE_EN("JX-C003") "."}},
    rule_explanation{
        "JX-C004",
        {"本年度是否落在项目引用的政策有效期（valid_from…valid_to）之外。年度内任何一天有效即算有效。",
         "Whether the fiscal year lies outside the validity (valid_from…valid_to) of the policy the project cites. A policy in force on any day of the year counts as in force."},
        {"项目引用的分担政策本身：政策文件规定的执行期限。",
         "The cost-sharing policy the project cites: the period the policy document sets."},
        {R"x({"fiscal_year": 2023, "policies": [{"id": "pension", "standard": "100", "valid_to": "2022-12-31", "categories": {"general": {"district": "100%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "district", "amount": "1000"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}：政策 2022 年底已到期。)x",
         R"x({"fiscal_year": 2023, "policies": [{"id": "pension", "standard": "100", "valid_to": "2022-12-31", "categories": {"general": {"district": "100%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "district", "amount": "1000"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}: the policy ended with 2022.)x"},
        {"改引用本年度有效的政策（延续政策常有新文号），或改正 valid_from/valid_to" JX_DISABLE_ZH("JX-C004") "。",
         "Cite the policy in force in the year (an extended policy usually has a new document number), or correct valid_from/valid_to" JX_DISABLE_EN("JX-C004") "."}},
    rule_explanation{
        "JX-C005",
        {"提示：报告只给了总人数，两个类别的人数由某一级的资金反推得出（该级对两类人员的人均分担不同，解一个整数方程）。消息给出推得的人数和据此的各级分担，供评审核对。",
         "Information: only the total headcount was given, and the two categories' counts were solved from one level's funds (a level whose per-person share differs between them: one equation in whole persons). The message gives the counts and the split they imply, for a reviewer to confirm."},
        {"jixiao 自身的推算（无对应的法规条文）：报告常只写总人数，而分担比例因类别而异。",
         "jixiao's own inference (no regulation behind it): reports often give only the total, while the shares differ by category."},
        {R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}, "poor": {"district": "100%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "300"}, {"level": "district", "amount": "700"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}：省级 300元 只能来自 6 名 general，其余 4 名为 poor。)x",
         R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}, "poor": {"district": "100%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "300"}, {"level": "district", "amount": "700"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}: the provincial 300.00 can only come from 6 general persons, leaving 4 poor.)x"},
        {"在 cost_sharing.headcount.by_category 中写明各类别人数，就不再需要推算" JX_DISABLE_ZH("JX-C005") "。",
         "State the counts in cost_sharing.headcount.by_category and nothing needs inferring" JX_DISABLE_EN("JX-C005") "."}},
    rule_explanation{
        "JX-C006",
        {"类别人数不全，且无法补全：缺一个类别而没有总人数，缺两个以上类别，或各级资金反推不出 0 到总人数之间的整数人数。此时不做分担核对，消息说明原因。",
         "The category headcounts are incomplete and cannot be completed: one category missing with no total, more than two missing, or no whole number of persons in [0, total] fits the levels' funds. There is then no split, and the message says why."},
        own_check,
        {R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}, "poor": {"district": "100%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "330"}, {"level": "district", "amount": "670"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}：省级 330元 对应 6.6 人，不是整数。)x",
         R"x({"policies": [{"id": "pension", "standard": "100", "categories": {"general": {"provincial": "50%", "district": "50%"}, "poor": {"district": "100%"}}}], "projects": [{"id": "p1", "name": "代缴", "tranches": [{"level": "provincial", "amount": "330"}, {"level": "district", "amount": "670"}], "cost_sharing": {"policy": "pension", "headcount": {"total": 10}}}]}: a provincial 330.00 means 6.6 persons, not a whole number.)x"},
        {"在 cost_sharing.headcount 中补上总人数或各类别人数，并核对各级资金" JX_DISABLE_ZH("JX-C006") "。",
         "Give the total or the categories' counts in cost_sharing.headcount, and check the levels' funds" JX_DISABLE_EN("JX-C006") "."}},
    rule_explanation{
        "JX-C007",
        {"项目引用的政策（cost_sharing.policy）不在文档的 policies 中，或 by_category 中有该政策没有的类别。",
         "The project cites a policy (cost_sharing.policy) that the document's policies do not define, or names a category in by_category that the policy does not have."},
        own_check,
        {R"x(没有 policies 的文档中，项目写 {"cost_sharing": {"policy": "pension-2019", "headcount": {"total": 10}}}。)x",
         R"x(In a document without policies, a project with {"cost_sharing": {"policy": "pension-2019", "headcount": {"total": 10}}}.)x"},
        {"在 policies 中定义该政策，或改正 cost_sharing.policy 与类别名的拼写" JX_DISABLE_ZH("JX-C007") "。",
         "Define the policy in policies, or correct the spelling of cost_sharing.policy or of the category" JX_DISABLE_EN("JX-C007") "."}},

    // ---- indicators ----------------------------------------------------------------
    rule_explanation{
        "JX-I001",
        {"某个指标得分低于其分值（没有得满分），却没有填写偏差原因（indicator.deviation）。只有空白的说明不算说明。",
         "An indicator scores below its weight and gives no deviation reason (indicator.deviation). A blank reason counts as none."},
        {"财预〔2020〕10号所附项目支出绩效自评表的“偏差原因分析及改进措施”栏：未完成目标的指标须说明原因和改进措施。",
         "The 偏差原因分析及改进措施 (deviation reason and remedy) column of the self-evaluation table attached to 财预〔2020〕10号: an indicator that misses its target must say why and what will change."},
        {R"x(项目写 {"indicators": [{"level1": "output", "name": "代缴人数", "op": ">=", "target": "100", "actual": "80", "weight": "90"}]}：得 72 分，低于 90 分，没有 deviation。)x",
         R"x(A project with {"indicators": [{"level1": "output", "name": "代缴人数", "op": ">=", "target": "100", "actual": "80", "weight": "90"}]}: it scores 72 of 90 and gives no deviation.)x"},
        {"在该指标的 deviation 中写明偏差原因分析及改进措施" JX_DISABLE_ZH("JX-I001") "。",
         "Give the reason and the remedy in the indicator's deviation" JX_DISABLE_EN("JX-I001") "."}},
    rule_explanation{
        "JX-I002",
        {"各指标分值（weight，包括标为不适用的指标）之和是否等于 100 减预算执行率分值（默认 10，即 90）。没有指标的项目留给 JX-I005。",
         "Whether the indicator weights (not-applicable indicators included) total 100 minus the execution weight (10 by default, so 90). A project with no indicators is left to JX-I005."},
        {"财预〔2020〕10号：自评总分为 100 分，预算执行率 10 分，其余 90 分分配给各绩效指标。",
         "财预〔2020〕10号: the self-evaluation is scored out of 100, 10 for the execution rate and 90 shared among the indicators."},
        {R"x(项目写 {"indicators": [{"level1": "output", "name": "代缴人数", "rating": "achieved", "weight": "50"}, {"level1": "effect", "name": "应保尽保", "rating": "achieved", "weight": "30"}]}：合计 80，少 10。)x",
         R"x(A project with {"indicators": [{"level1": "output", "name": "代缴人数", "rating": "achieved", "weight": "50"}, {"level1": "effect", "name": "应保尽保", "rating": "achieved", "weight": "30"}]}: 80 in all, 10 short.)x"},
        {"改正各指标的 weight，或补上漏录的指标（满意度指标常被漏掉）；分值不同的方案用 scheme.execution_weight 说明" JX_DISABLE_ZH("JX-I002") "。",
         "Correct the weights or add the missing indicator (satisfaction is often left out); a scheme with another execution weight says so in scheme.execution_weight" JX_DISABLE_EN("JX-I002") "."}},
    rule_explanation{
        "JX-I003",
        {"提示：正向指标（op 为 >=）的目标值为正，实际完成值达到目标值的 1.5 倍或以上：目标可能定得偏低。",
         "Information: an at-least indicator (op >=) has a positive target and an actual of 1.5 × the target or more: the target may have been set too low."},
        {"财预〔2020〕10号：绩效目标设置明显偏低的，评价时可酌情扣分。1.5 倍是 jixiao 选的提示线。",
         "财预〔2020〕10号: reviewers may deduct points where a target was set clearly too low. The 1.5 × line is jixiao's choice of where to point it out."},
        {R"x(项目写 {"indicators": [{"level1": "output", "name": "培训人次", "op": ">=", "target": "100", "actual": "150", "weight": "90"}]}。)x",
         R"x(A project with {"indicators": [{"level1": "output", "name": "培训人次", "op": ">=", "target": "100", "actual": "150", "weight": "90"}]}.)x"},
        {"这是提示：下一年度按实际能力设定目标；本年核对 target 与 actual 无误即可，或用 jixiao evaluate --disable JX-I003 关闭（库中：rule_book::disable(\"JX-I003\")）。",
         "This is information: set next year's target from what can actually be done; for this year check target and actual, or hide it with jixiao evaluate --disable JX-I003 (in the library: rule_book::disable(\"JX-I003\"))."}},
    rule_explanation{
        "JX-I004",
        {"项目有到位资金却一分未用（写明使用为 0），某个产出指标却得了满分：产出不像是本项目的钱带来的，或使用没有记录。没有写使用数时不判断（未说明不是 0）。",
         "An output indicator scores full while none of the project's positive available funds was used (used stated as 0): the output does not look paid for by this project's money, or the spending was not recorded. Quiet when used is not stated (unknown is not zero)."},
        own_check,
        {R"x(项目写 {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "0", "carried_forward": "10万"}, "indicators": [{"level1": "output", "name": "培训人次", "op": ">=", "target": "100", "actual": "100", "weight": "90"}]}。)x",
         R"x(A project with {"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "0", "carried_forward": "10万"}, "indicators": [{"level1": "output", "name": "培训人次", "op": ">=", "target": "100", "actual": "100", "weight": "90"}]}.)x"},
        {"核对 execution.used 是否漏记，或该产出是否由其他资金完成（那时应按实际完成值评分并说明）" JX_DISABLE_ZH("JX-I004") "。",
         "Check whether execution.used missed the spending, or whether other money produced the output (then score what this project achieved and say so)" JX_DISABLE_EN("JX-I004") "."}},
    rule_explanation{
        "JX-I005",
        {"项目没有任何绩效指标，或没有一级指标为产出（output）的指标，或没有效益（effect）指标。标为不适用的指标也算在内：这条规则看的是单位设计的指标体系。",
         "The project has no indicators at all, or none of level-1 output, or none of effect. Not-applicable indicators count: the rule looks at the indicator set the unit designed."},
        {"财预〔2020〕10号所附自评表的指标体系（一级指标：产出、效益、满意度）；产出和效益两类不可缺是 jixiao 的判断。",
         "The indicator framework of the table attached to 财预〔2020〕10号 (level-1: output, effect, satisfaction); that output and effect may not be missing is jixiao's judgement."},
        {R"x(项目写 {"indicators": [{"level1": "satisfaction", "name": "服务对象满意度", "rating": "achieved", "weight": "90"}]}：没有产出指标和效益指标。)x",
         R"x(A project with {"indicators": [{"level1": "satisfaction", "name": "服务对象满意度", "rating": "achieved", "weight": "90"}]}: neither output nor effect indicators.)x"},
        {"补上产出指标和效益指标（没有指标的项目没有指标得分、总分和等级）" JX_DISABLE_ZH("JX-I005") "。",
         "Add output and effect indicators (a project with no indicators gets no indicator score, total or grade)" JX_DISABLE_EN("JX-I005") "."}},
    rule_explanation{
        "JX-I006",
        {"定性指标自填的得分（indicator.score）是否落在其评级的分值区间：达成 [80%, 100%] × 分值，部分达成 [60%, 80%)，未达成 [0, 60%)；得分以 0.01 为步长，半开区间的上限为界值减 0.01。超出的得分按区间边界计分，并报告。",
         "Whether a qualitative indicator's own score (indicator.score) lies in its rating's band: achieved [80%, 100%] of the weight, partial [60%, 80%), not achieved [0, 60%); scores move in steps of 0.01, so a half-open band ends 0.01 below its bound. A score outside is scored at the band's edge, and reported."},
        {"财预〔2020〕10号：定性指标按达成、部分达成、未达成三档，分别在分值的 80%–100%、60%–80%、0–60% 之间评分。",
         "财预〔2020〕10号: qualitative indicators are rated achieved, partially achieved or not achieved, scoring 80–100%, 60–80% or 0–60% of their weight."},
        {R"x(项目写 {"indicators": [{"level1": "effect", "name": "应保尽保", "rating": "partial", "score": "28", "weight": "30"}]}：部分达成在 30 分中只能得 18.00–23.99。)x",
         R"x(A project with {"indicators": [{"level1": "effect", "name": "应保尽保", "rating": "partial", "score": "28", "weight": "30"}]}: partially achieved at 30 points scores 18.00–23.99.)x"},
        {"使评级与得分一致：改正 score，或改正 rating" JX_DISABLE_ZH("JX-I006") "。",
         "Make the rating and the score agree: correct score, or correct rating" JX_DISABLE_EN("JX-I006") "."}},
    rule_explanation{
        "JX-I007",
        {"提示：各一级指标的分值合计与方案推荐的不同。mof-2020 方案推荐产出 50、效益 30、满意度 10（成本 0）；sc-2023 方案 90 分自由分配，不检查。每个不同的一级指标报告一次。",
         "Information: a level-1 group's weights differ from the preset's recommendation. The mof-2020 preset recommends output 50, effect 30, satisfaction 10 (cost 0); sc-2023 splits the 90 points freely and is never checked. One finding per level-1 that differs."},
        {"财预〔2020〕10号：一级指标权重原则上为产出 50%、效益 30%、满意度 10%（另 10% 为预算执行率）。",
         "财预〔2020〕10号: level-1 weights are in principle output 50, effect 30, satisfaction 10 (and 10 for the execution rate)."},
        {R"x(项目写 {"indicators": [{"level1": "output", "name": "代缴人数", "rating": "achieved", "weight": "60"}, {"level1": "effect", "name": "应保尽保", "rating": "achieved", "weight": "20"}, {"level1": "satisfaction", "name": "满意度", "rating": "achieved", "weight": "10"}]}：产出多 10，效益少 10。)x",
         R"x(A project with {"indicators": [{"level1": "output", "name": "代缴人数", "rating": "achieved", "weight": "60"}, {"level1": "effect", "name": "应保尽保", "rating": "achieved", "weight": "20"}, {"level1": "satisfaction", "name": "满意度", "rating": "achieved", "weight": "10"}]}: output 10 over, effect 10 short.)x"},
        {"“原则上”允许例外：有理由时保留；按四川表填报的单位在 scheme.preset 写 sc-2023；或用 jixiao evaluate --disable JX-I007 关闭（库中：rule_book::disable(\"JX-I007\")）。",
         "\"In principle\" allows exceptions: keep the weights when there is a reason; units filing the Sichuan form set scheme.preset to sc-2023; or hide it with jixiao evaluate --disable JX-I007 (in the library: rule_book::disable(\"JX-I007\"))."}},
    rule_explanation{
        "JX-I008",
        {"二级指标（level2）是否属于它的一级指标（level1）：数量、质量、时效、成本属于产出；经济、社会、生态效益和可持续影响属于效益；服务对象满意度属于满意度；经济、社会、生态环境成本属于成本。",
         "Whether a level-2 category (level2) belongs to its level-1 (level1): quantity, quality, timeliness and cost under output; economic, social, ecological and sustainability under effect; beneficiary under satisfaction; economic, social and environmental cost under cost."},
        {"财预〔2020〕10号的指标体系，成本指标的二级分类见财预〔2021〕101号。",
         "The indicator framework of 财预〔2020〕10号; the level-2 categories of cost indicators are those of 财预〔2021〕101号."},
        {R"x(项目写 {"indicators": [{"level1": "effect", "level2": "quantity", "name": "代缴人数", "rating": "achieved", "weight": "90"}]}：数量指标属于产出，不属于效益。)x",
         R"x(A project with {"indicators": [{"level1": "effect", "level2": "quantity", "name": "代缴人数", "rating": "achieved", "weight": "90"}]}: quantity belongs to output, not to effect.)x"},
        {"改正该指标的 level1 或 level2" JX_DISABLE_ZH("JX-I008") "。",
         "Correct the indicator's level1 or level2" JX_DISABLE_EN("JX-I008") "."}},
    rule_explanation{
        "JX-I009",
        {"自评表填报的得分（indicator.reported_score、reported.execution_score）是否等于按公式计算、四舍五入到 score_decimals 位的得分。jixiao 不计分（不适用的指标、没有执行率的项目）而表上填了分，也报告。填报得分只用于核对，从不用于计分。",
         "Whether a score the form printed (indicator.reported_score, reported.execution_score) equals the score computed by the formula, rounded to score_decimals. A printed score where jixiao computes none (a not-applicable indicator, a project with no execution rate) fires too. Printed scores are only checked, never used."},
        {"财预〔2020〕10号的计分方法：正向指标 分值 × 实际 ÷ 目标（达到目标得满分），反向指标 分值 × 目标 ÷ 实际，定性指标按档评分；执行率得分 = 10 × 执行率（最多 100%）。",
         "The scoring of 财预〔2020〕10号: an at-least indicator earns weight × actual ÷ target (full at or above target), an at-most one weight × target ÷ actual, a qualitative one by its band; the execution score is 10 × the execution rate (at most 100%)."},
        {R"x(项目写 {"indicators": [{"level1": "output", "name": "代缴人数", "op": ">=", "target": "100", "actual": "80", "weight": "90", "reported_score": "90", "deviation": "部分人员迁出"}]}：按公式得 72.00，表上填 90。)x",
         R"x(A project with {"indicators": [{"level1": "output", "name": "代缴人数", "op": ">=", "target": "100", "actual": "80", "weight": "90", "reported_score": "90", "deviation": "部分人员迁出"}]}: the formula gives 72.00, the form printed 90.)x"},
        {"改正表上的得分；若单位按整数计分，在 scheme.score_decimals 写 0；反向指标用线性扣减法的，在 scheme.reverse 写 linear" JX_DISABLE_ZH("JX-I009") "。",
         "Correct the printed score; a unit that prints whole-number scores sets scheme.score_decimals to 0; one that scores at-most indicators by linear deduction sets scheme.reverse to linear" JX_DISABLE_EN("JX-I009") "."}},
    rule_explanation{
        "JX-I010",
        {"自评表的总分（reported.total）是否等于填报的执行率得分加各指标填报得分之和（有分值为正的不适用指标时，按其余分值折算为百分制）。只在表上每一项都填了分时检查。",
         "Whether the form's total (reported.total) equals the printed execution score plus the printed indicator scores (rescaled to 100 over the remaining weights when an indicator of positive weight is not applicable). Checked only when the form printed every part."},
        {"自评表自身的算术：总分是各项得分之和（财预〔2020〕10号所附自评表的“总分”行）。",
         "The form's own arithmetic: the total is the sum of the scores above it (the 总分 row of the table attached to 财预〔2020〕10号)."},
        {R"x(项目写 {"reported": {"execution_score": "10", "total": "95"}, "indicators": [{"level1": "output", "name": "代缴人数", "rating": "achieved", "weight": "90", "reported_score": "90"}]}：10 + 90 = 100，表上总分 95。)x",
         R"x(A project with {"reported": {"execution_score": "10", "total": "95"}, "indicators": [{"level1": "output", "name": "代缴人数", "rating": "achieved", "weight": "90", "reported_score": "90"}]}: 10 + 90 = 100, the form printed 95.)x"},
        {"改正表上的总分或某一项得分" JX_DISABLE_ZH("JX-I010") "。",
         "Correct the printed total or the score that is wrong" JX_DISABLE_EN("JX-I010") "."}},

    // ---- report text -----------------------------------------------------------------
    rule_explanation{
        "JX-S001",
        {"报告书中的项目是否缺少所依模板的标准段落。四川模板为：一、项目概况（（一）资金申报及批复 （二）绩效目标 （三）申报相符性），二、项目实施及管理情况（（一）资金计划、到位及使用 （二）财务管理 （三）组织实施），三、项目绩效情况（（一）完成情况 （二）效益情况），四、问题及建议（（一）存在的问题 （二）相关建议）。"
         "转移支付模板（一、绩效目标分解下达情况 … 四、绩效自评结果拟应用和公开情况；各地写作“一、基本情况”“二、绩效情况分析”的，也算这两段）和财政部式模板（一、基本情况 … 存在的问题）只在后面的段落在、且其编号表明前面应有一段而缺时报告（摘录提前结束不算缺；后面的段落占了它的编号，说明报告书本就不设此段）。四川模板的报告书若在段落中间断开（最后一行是未写完的长句、下面没有内容的短标签，或以逗号、左括号结尾；落款的单位名称或日期不算），断开处之后的段落也不报缺。没有标题、从某个段落标题开始的文本是摘录，那之前的段落不报缺（各模板同）。哪个模板都对不上时不检查。消息给出缺的段落应在的行和所依的模板。",
         "Whether a project in the report book lacks a standard section of its template. The Sichuan template: 一、项目概况 (（一）资金申报及批复 （二）绩效目标 （三）申报相符性), 二、项目实施及管理情况 (（一）资金计划、到位及使用 （二）财务管理 （三）组织实施), 三、项目绩效情况 (（一）完成情况 （二）效益情况), 四、问题及建议 (（一）存在的问题 （二）相关建议). "
         "In the transfer-payment template (一、绩效目标分解下达情况 … 四、绩效自评结果拟应用和公开情况; 一、基本情况 and 二、绩效情况分析, as several regions word them, count as its first two sections) and the MOF-style one (一、基本情况 … 存在的问题) a section is reported missing only when a later one is there and numbered after it (an excerpt that stops early lacks nothing; a later section numbered into its place means the book's layout leaves it out). A Sichuan-template book whose text breaks off inside a paragraph (its last line a long sentence without a full stop, a short label with nothing under it, or ending at a comma or an open bracket; not a signature — the unit or a date) is not told of the sections after the break either. A text with no title that starts at a heading is an excerpt: the sections before that heading are not reported (in every template). When no template fits, the rule is quiet. The message gives the line where the section belongs and the template it was judged against."},
        {"省级报告模板：四川项目支出绩效自评报告的段落结构（本仓库内嵌的仁和区报告书即按此编写）。",
         "The province's report template: the section layout of Sichuan's project expenditure self-evaluation reports (the layout of the report book embedded in jixiao)."},
        {"一个项目写完“三、项目绩效情况”就结束，没有“四、问题及建议”及其下的“（一）存在的问题”“（二）相关建议”。",
         "A project that ends after 三、项目绩效情况, with no 四、问题及建议 and neither （一）存在的问题 nor （二）相关建议 under it."},
        {"补上缺的段落；确无内容时写“无”并说明原因" JX_LINT_DISABLE_ZH("JX-S001") "。",
         "Add the missing section; where there is nothing to say, write 无 (none) and why" JX_LINT_DISABLE_EN("JX-S001") "."}},
    rule_explanation{
        "JX-S002",
        {"提示：段落编号是否符合“一、”“（一）”“1．”三级格式且按顺序编号。只检查按四川模板编写的报告书；其他模板的编号另有习惯，不检查。",
         "Information: whether the section numbering follows the three levels 一、 / （一） / 1． and runs in order. Only books written in the Sichuan template are checked; other templates number their headings otherwise."},
        {"《党政机关公文格式》（GB/T 9704—2012）：文中结构层次序数依次用“一、”“（一）”“1.”“（1）”标注；报告模板沿用此格式。",
         "The national standard for official documents, GB/T 9704—2012: structural levels are numbered 一、, （一）, 1., （1）; the report templates follow it."},
        {"报告中写“1、 项目概况”（应为“一、项目概况”），或“（2） 项目效益情况”（应为“（二）”）。",
         "A report writing 1、 项目概况 (for 一、项目概况), or （2） 项目效益情况 (for （二）)."},
        {"按“一、/（一）/1．”改正编号" JX_LINT_DISABLE_ZH("JX-S002") "。",
         "Renumber the heading as 一、 / （一） / 1．" JX_LINT_DISABLE_EN("JX-S002") "."}},
    rule_explanation{
        "JX-S003",
        {"同一份文件在报告书中以两个文号引用，两者年份和序号相同、只差发文机关代字（如 川财社发〔2022〕144号 与 川财社〔2022〕144号），且标题相同或不矛盾。",
         "One document cited in the report book under two numbers with the same year and serial that differ only in the issuer prefix (e.g. 川财社发〔2022〕144号 and 川财社〔2022〕144号), with the same or no contradicting title."},
        own_check,
        {"一处写“川财社发〔2022〕144号”，另一处写“川财社〔2022〕144号”，标题都是《关于下达2023年城乡居民基本养老保险补助资金的通知》。",
         "One place cites 川财社发〔2022〕144号, another 川财社〔2022〕144号, both titled 《关于下达2023年城乡居民基本养老保险补助资金的通知》."},
        {"照原文件核对文号，统一为正确的一个" JX_LINT_DISABLE_ZH("JX-S003") "。",
         "Check the number on the document itself and use the right one everywhere" JX_LINT_DISABLE_EN("JX-S003") "."}},
    rule_explanation{
        "JX-S004",
        {"报告称已完成（“已按计划完成”“已全部完成支付”等），而项目到位资金全部结转、使用为 0。",
         "The text claims completion (已按计划完成, 已全部完成支付, …) while all of the project's available money was carried forward and nothing was used."},
        own_check,
        {"报告写“项目已按计划完成”，资金段落却写“到位资金10万元，使用0万元，结转10万元”。",
         "The text says 项目已按计划完成 (completed as planned) while its funds section says 到位资金10万元，使用0万元，结转10万元 (100000 arrived, 0 used, 100000 carried forward)."},
        {"使完成情况的表述与资金使用一致：改正说法，或改正资金数字" JX_LINT_DISABLE_ZH("JX-S004") "。",
         "Make the claim agree with the money: correct the wording or the figures" JX_LINT_DISABLE_EN("JX-S004") "."}},
    rule_explanation{
        "JX-S005",
        {"提示：报告中的某个金额未能对应到任何字段（不在资金段落、是人均标准、是约数（约、近、余、多、左右）、数字被空格拆断（100 0000元）、与另一处给出的数不同、数字在别处以万元给出而此处写作元、资金段落以外顺带提到而资金段落另有使用数的支出等），原句留给评审人工核对。"
         "同一行中因同一原因未能对应的金额超过 5 个时，前 5 个逐一列出，其余合为一条并写明个数。",
         "Information: an amount in the text could not be tied to any field (outside the funds sections, a per-capita standard, a round figure (约, 近, 余, 多, 左右), digits a space broke apart (100 0000元), different from a figure given elsewhere, printed in 元 where the same number is in 万元 elsewhere, spending told in passing outside the funds sections when they state their own, …); its sentence is left for a reviewer. "
         "When more than five amounts of one line are left for the same reason, the first five are listed one by one and the rest are one finding that counts them."},
        {"jixiao 自身的提示（无对应的法规条文）：文字报告中的数字不总能确定含义，不猜测，交给评审。",
         "jixiao's own note for reviewers (no regulation behind it): a figure in prose does not always have a certain meaning; jixiao does not guess."},
        {"“项目概况”中写“另安排工作经费2.5万元”，该金额不属于任何一笔资金或支出。",
         "The overview says 另安排工作经费2.5万元 (a further 25000 for running costs), which belongs to no tranche or spending figure."},
        {"核对原句；需要计入的金额在资金段落中写明用途" JX_LINT_DISABLE_ZH("JX-S005") "。",
         "Read the sentence; an amount that counts belongs in the funds section with its purpose" JX_LINT_DISABLE_EN("JX-S005") "."}},
    rule_explanation{
        "JX-S006",
        {"报告中写的合计数是否等于它所列各部分之和（如“共计…，其中…、…”，或下达金额后括号中不以“含”开头的各项）。",
         "Whether a total stated in the text equals the sum of the parts it lists (共计 …，其中 … 、 …, or the amounts in a "
         "bracket right after money allocated, unless the bracket opens with 含)."},
        own_check,
        {"“共计239万元，其中上级资金179.25万元、本级资金60万元”：两部分之和为 239.25万元。",
         "共计239万元，其中上级资金179.25万元、本级资金60万元: the parts add up to 2392500.00, not 2390000.00."},
        {"改正合计数或某一部分" JX_LINT_DISABLE_ZH("JX-S006") "。",
         "Correct the total or the part that is wrong" JX_LINT_DISABLE_EN("JX-S006") "."}},
    rule_explanation{
        "JX-S007",
        {"同一个数字（预算数；同一级次资金的到位数，在另一段落再写；使用、结转、结余、收回或调减的资金）在报告的两处写成不同的值。"
         "只比较说的是同一笔钱的数字：写明某一级次的份额（县级资金……随月发放……）或括号中另一金额的组成部分，不算重述；"
         "写明是另一批的到位（第二批、追加）也不算；资金段落另有使用数时，别的段落顺带提到的支出（如项目概况中的“已申请专项债券资金支付…”）也不算；"
         "两处都写明截至日期而日期不同（截至2018年底……；截至2019年8月底……）是后一日期的数字，同一句中不同日期的拨付（9月1日拨……，9月7日拨……）相加，都不算。",
         "One figure (a budget; the arrival of one level's money, stated again in another section; the money used, "
         "carried forward, left over, recovered or reduced) stated twice in the text with different values. Only figures "
         "about the same money are compared: one level's share (县级资金…随月发放…) or a bracketed part of another amount is "
         "no restatement, nor is an arrival said to be another batch (第二批, 追加), nor, when the funds sections state what was used, spending told in passing elsewhere (已申请专项债券资金支付… in the overview), "
         "nor a figure at another cut-off date when both name theirs (截至2018年底…; 截至2019年8月底…), nor payments on different days of one "
         "sentence (9月1日拨…, 9月7日拨…), which are added up."},
        own_check,
        {"资金段落写“项目支出资金8万元”，后文写“截至年底共支出资金9万元”。",
         "The funds section says 项目支出资金8万元 (80000 spent), a later paragraph 截至年底共支出资金9万元 (90000 spent by the end of the year)."},
        {"核对原始凭证，统一为正确的数字" JX_LINT_DISABLE_ZH("JX-S007") "。",
         "Check the vouchers and state the right figure in both places" JX_LINT_DISABLE_EN("JX-S007") "."}},
    rule_explanation{
        "JX-S008",
        {"提示：金额后的单位印错（如“35.5万地”“12万圆”，“万”后是形近或音近的字而不是“元”），或漏印了单位而紧随其后的括号（含…/其中…）所列以万元计的分项之和恰好等于它（“执行数1032849.44(含中央资金689139.31万元,地方资金332524.99万元,其他资金11185.14万元)”），或把“万元”印成了“元”而紧随其后“，其中”所列以万元计的分项之和恰好等于它（“补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元”）。只在不可能是别的量词、或分项之和分毫不差时按“万元”读取，并报告给审核人核对原文。",
         "Information: the unit after an amount is misprinted (35.5万地, 12万圆: after 万 a character that looks or sounds like 元, not 元 itself), or left out where the bracket right after it (含… / 其中…) lists parts in 万元 that add up to it exactly (执行数1032849.44(含中央资金689139.31万元,地方资金332524.99万元,其他资金11185.14万元)), or printed as 元 where the parts listed right after it (，其中…) in 万元 add up to it exactly (补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元). It is read as 万元 only where no other measure word can be meant, or the parts add up to the fen, and reported so that a reviewer checks the original."},
        {"jixiao 自身的读取规则（无对应的法规条文）：金额要有单位才能读取，推断出的单位要让审核人知道。",
         "jixiao's own reading rule (no regulation behind it): an amount is read only with its unit, and a unit that was inferred is shown to a reviewer."},
        {"资金段落写“下达资金35.5万地。”：读作 35.5万元，并报告。",
         "The funds section says 下达资金35.5万地。: read as 35.5万元 (355000.00) and reported."},
        {"改正原文的单位" JX_LINT_DISABLE_ZH("JX-S008") "。",
         "Correct the unit in the text" JX_LINT_DISABLE_EN("JX-S008") "."}},
    rule_explanation{
        "JX-S009",
        {"提示：报告文字里有一张绩效指标表（一级指标、二级指标、三级指标……），或逐项写出了各类指标（1、产出指标……2、效益指标……；"
         "1、数量指标……2、质量指标……），但 jixiao 没能读出其中的指标（表格复制成文字后行列已乱）。"
         "这时指标是未知而不是没有：不计指标得分、总分和等级，指标规则（JX-I）不对该项目下结论。"
         "一个项目的段落列出的各项资金（①…②…）各读作一个项目，报告的指标是就整个项目写的，这些资金的指标同样未知，也在此提示。",
         "Information: the report's text holds an indicator table (一级指标, 二级指标, 三级指标 …), or writes its indicators "
         "out kind by kind (1、产出指标 … 2、效益指标 …; 1、数量指标 … 2、质量指标 …), but jixiao could not read "
         "its indicators (the table lost its rows and columns when copied as text). The indicators are then unknown, not "
         "absent: no indicator score, total or grade is computed, and the indicator rules (JX-I) draw no conclusion on the project. "
         "The funds a project's paragraphs list (①…②…) are each read as a project; the report's indicators are written for "
         "the whole, so each fund's are unknown too, and this rule says so."},
        {"jixiao 自身的读取规则（无对应的法规条文）：未说明或未读出的数字不是零（未知不等于没有）。",
         "jixiao's own reading rule (no regulation behind it): a figure not stated or not read is not zero (unknown is not absent)."},
        {"“三、项目绩效情况”之后逐格一行地印着“| 一级指标”“| 二级指标”“| 三级指标”和指标各行：报告此表未读出，JX-I005 不再报“没有绩效指标”。",
         "After 三、项目绩效情况 the cells 一级指标, 二级指标, 三级指标 and the indicator rows are printed one a line: the table is "
         "reported as unread, and JX-I005 no longer says the project has no indicators."},
        {"把自评表作为 .xlsx 或 .docx 提交，或按 jixiao/1 格式填写指标" JX_LINT_DISABLE_ZH("JX-S009") "。",
         "Send the self-evaluation form as .xlsx or .docx, or give the indicators in the jixiao/1 format" JX_LINT_DISABLE_EN("JX-S009") "."}},
};

#undef JX_DISABLE_ZH
#undef JX_DISABLE_EN
#undef JX_LINT_DISABLE_ZH
#undef JX_LINT_DISABLE_EN

}  // namespace

const rule_explanation* explain_rule(std::string_view id) noexcept {
    const auto it = std::find_if(explanations.begin(), explanations.end(),
                                 [&](const rule_explanation& e) { return e.id == id; });
    return it == explanations.end() ? nullptr : &*it;
}

std::span<const rule_explanation> rule_explanations() noexcept { return explanations; }

}  // namespace jixiao
