#!/usr/bin/env python3
"""Filled self-evaluation forms made by another program, read back by `jixiao ingest`.

Writes .xlsx forms the way clerks lay them out (openpyxl) and a .docx holding the
form's table (zipfile), in both layouts (MOF 2020 项目支出绩效自评表, Sichuan 2023
部门预算项目支出绩效自评表) and their common variants: blank rows, a 填表人 line, an
extra column, 元 instead of 万元, numbers stored as binary floats, merged level-1
cells with and without their points, several forms on one sheet. Checks every
figure and printed score of the jixiao/1 document exactly, where each came from,
that bad forms are refused naming the sheet and cell, and that a form jixiao
writes reads back with the same figures.

    check_form_reading.py PATH/TO/jixiao WORK_DIR [PATH/TO/WRITER]
WRITER (default: the same jixiao) renders the forms of the round trip, e.g. a build of
another branch's renderer.
Exit 77 (skipped) when no python3 with openpyxl is found (Debian: python3-openpyxl).
"""
import json
import os
import subprocess
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal

try:
    import openpyxl
    from openpyxl.styles import Alignment
except ImportError:
    # The interpreter cmake found may be a virtual one; the system's has the Debian package.
    if os.environ.get("JIXIAO_FORM_TEST_REEXEC") != "1" and os.path.exists("/usr/bin/python3") \
            and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.environ["JIXIAO_FORM_TEST_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("skipped: no python3 with openpyxl (Debian: python3-openpyxl)")
    sys.exit(77)

JIXIAO = sys.argv[1]
WORK = sys.argv[2]
WRITER = sys.argv[3] if len(sys.argv) > 3 else JIXIAO
os.makedirs(WORK, exist_ok=True)
failures = []
checks = 0


def check(name, expected, actual):
    global checks
    checks += 1
    if expected != actual:
        failures.append(f"{name}: expected {expected!r}, got {actual!r}")


def run(*args, program=None):
    p = subprocess.run([program or JIXIAO, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def ingest(path, lang="zh"):
    code, out, err = run("ingest", path, "--lang", lang)
    if code != 0:
        failures.append(f"ingest {os.path.basename(path)}: exit {code}: {err.strip()}")
        return None
    return json.loads(out)


def refused(name, path, *needles, lang="en"):
    code, out, err = run("ingest", path, "--lang", lang)
    check(f"{name}: exit code", 2, code)
    check(f"{name}: nothing on stdout", "", out)
    for needle in needles:
        if needle not in err:
            failures.append(f"{name}: the error does not say {needle!r}: {err.strip()}")


def figures(ind):
    """An indicator's figures as the document has them, provenance left out."""
    return {k: v for k, v in ind.items() if k != "x"}


def put(ws, ref, value, to=None, percent=None):
    ws[ref] = value
    if percent:
        ws[ref].number_format = percent
    ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
    if to:
        ws.merge_cells(f"{ref}:{to}")


def patch_xlsx(path, part, edit):
    """Rewrites one part of a saved workbook: how Excel stores numbers is not how openpyxl does."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == part:
                data = edit(data.decode("utf-8")).encode("utf-8")
            z.writestr(info, data)


def excel_doubles(xml):
    # A double's decimal expansion as some writers store it: the nearest double to 55.07 is
    # 55.07000000000000028421709…; its shortest round-trip text is 55.07 again.
    return (xml.replace("<v>55.07</v>", "<v>55.070000000000000284</v>")
               .replace("<v>10.82</v>", "<v>10.820000000000000284</v>")
               .replace("<v>44.25</v>", "<v>44.250000000000000</v>"))


# ---- MOF 2020, as the Ministry's annex prints it -----------------------------------------

def mof_form(ws, top=1, *, title=("项目支出绩效自评表", "（2023年度）"), funds_unit="（万元）",
             name="困难群众社会保险代缴资金", department="攀枝花市仁和区人力资源和社会保障局",
             implementer="攀枝花市仁和区社会保险事业管理局", funds=None, indicators=None, total=99,
             points_in_level1=True, extra_column=False):
    r = top
    last = "K" if extra_column else "J"
    if title:
        put(ws, f"A{r}", title[0], f"{last}{r}")
        r += 1
        if title[1]:
            put(ws, f"A{r}", title[1], f"{last}{r}")
            r += 1
    put(ws, f"A{r}", "项目名称")
    put(ws, f"B{r}", name, f"{last}{r}")
    r += 1
    put(ws, f"A{r}", "主管部门")
    put(ws, f"B{r}", department, f"E{r}")
    put(ws, f"F{r}", "实施单位")
    put(ws, f"G{r}", implementer, f"{last}{r}")
    r += 1
    funds = funds or [
        ("年度资金总额", 70, 55.07, 55.07, 10, (1, "0.00%"), 10),
        ("其中：当年财政拨款", 59.18, 44.25, 44.25, "—", "—", "—"),
        ("上年结转资金", 10.82, 10.82, 10.82, "—", "—", "—"),
        ("其他资金", 0, 0, 0, "—", "—", "—"),
    ]
    put(ws, f"A{r}", f"项目资金{funds_unit}", f"A{r + len(funds)}")  # a None entry is a blank row
    for col, head in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(ws, f"{col}{r}", head)
    put(ws, f"H{r}", "得分", f"I{r}")
    r += 1
    for entry in funds:
        if entry is None:
            r += 1
            continue
        label, *values = entry
        put(ws, f"B{r}", label)
        for col, v in zip("CDEFGH", values):
            if isinstance(v, tuple):
                put(ws, f"{col}{r}", v[0], percent=v[1])
            elif v is not None:
                put(ws, f"{col}{r}", v)
        ws.merge_cells(f"H{r}:I{r}")
        r += 1
    put(ws, f"A{r}", "年度总体目标", f"A{r + 1}")
    put(ws, f"B{r}", "预期目标", f"E{r}")
    put(ws, f"F{r}", "实际完成情况", f"{last}{r}")
    put(ws, f"B{r + 1}", "为困难群体代缴城乡居民养老保险费，应保尽保。", f"E{r + 1}")
    put(ws, f"F{r + 1}", "为7109名困难群众代缴养老保险费55.07万元。", f"{last}{r + 1}")
    r += 2
    indicators = indicators or [
        ("产出指标", "数量指标", "代缴人数", "≥7000人", "7109人", 30, 30, ""),
        ("产出指标", "数量指标", "覆盖乡镇数", ">=10个", "9个", 10, 9, "一个乡镇当年无符合条件对象"),
        ("产出指标", "时效指标", "资金拨付时间", "≤5天", "3天", 10, 10, ""),
        ("效益指标", "社会效益指标", "困难群体应保尽保", "是", "是", 30, 30, ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=90%", "95%", 10, 10, ""),
    ]
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    if extra_column:
        heads.insert(3, "指标解释")
    put(ws, f"A{r}", "绩效指标", f"A{r + len(indicators)}")
    for col, head in zip("BCDEFGHIJK", heads):
        put(ws, f"{col}{r}", head)
    r += 1
    weights = {}
    for entry in indicators:
        if entry:
            weights[entry[0]] = weights.get(entry[0], 0) + entry[5]
    placed = []  # (row, indicator)
    previous = None
    for entry in indicators:
        if entry is None:  # a blank row left inside the block
            r += 1
            continue
        l1, l2, name3, target, actual, weight, score, why = entry
        row = [l1 if (previous is None or previous[0] != l1) else None,
               l2 if (previous is None or previous[:2] != (l1, l2)) else None,
               name3, target, actual, weight, score, why]
        if row[0] and points_in_level1:
            row[0] = f"{l1}（{weights[l1]}分）"
        if extra_column:
            row.insert(3, "按年度统计")
        for col, v in zip("BCDEFGHIJK", row):
            if isinstance(v, tuple):
                put(ws, f"{col}{r}", v[0], percent=v[1])
            elif v is not None and v != "":
                put(ws, f"{col}{r}", v)
        placed.append((r, entry))
        previous = (l1, l2)
        r += 1
    # Level-1 and level-2 cells merged down their rows (blank rows inside included), as printed.
    for c, key in (("B", lambda t: t[0]), ("C", lambda t: (t[0], t[1]))):
        start = 0
        for i in range(1, len(placed) + 1):
            if i == len(placed) or key(placed[i][1]) != key(placed[start][1]):
                if placed[i - 1][0] > placed[start][0]:
                    ws.merge_cells(f"{c}{placed[start][0]}:{c}{placed[i - 1][0]}")
                start = i
    score_col, weight_col = ("I", "H") if extra_column else ("H", "G")
    put(ws, f"A{r}", "总分", f"{chr(ord(weight_col) - 1)}{r}")
    put(ws, f"{weight_col}{r}", 100)
    put(ws, f"{score_col}{r}", total)
    return r + 1


EXPECTED_P02 = {
    "budget": {"initial": "700000.00", "adjusted": "550700.00"},
    "tranches": [("current_year", "442500.00"), ("prior_year", "108200.00")],
    "used": "550700.00",
    "indicators": [
        {"level1": "output", "level2": "quantity", "name": "代缴人数", "unit": "人", "op": ">=", "target": "7000",
         "actual": "7109", "weight": "30", "reported_score": "30"},
        {"level1": "output", "level2": "quantity", "name": "覆盖乡镇数", "unit": "个", "op": ">=", "target": "10",
         "actual": "9", "weight": "10", "reported_score": "9", "deviation": "一个乡镇当年无符合条件对象"},
        {"level1": "output", "level2": "timeliness", "name": "资金拨付时间", "unit": "天", "op": "<=", "target": "5",
         "actual": "3", "weight": "10", "reported_score": "10"},
        {"level1": "effect", "level2": "social", "name": "困难群体应保尽保", "weight": "30", "rating": "achieved",
         "score": "30", "reported_score": "30"},
        {"level1": "satisfaction", "level2": "beneficiary", "name": "服务对象满意度", "unit": "%", "op": ">=",
         "target": "90", "actual": "95", "weight": "10", "reported_score": "10"},
    ],
}


def check_p02(name, p, *, rate_text="100.00%"):
    check(f"{name}: name", "困难群众社会保险代缴资金", p["name"])
    check(f"{name}: department", "攀枝花市仁和区人力资源和社会保障局", p.get("department"))
    check(f"{name}: implementer", "攀枝花市仁和区社会保险事业管理局", p.get("implementer"))
    check(f"{name}: budget", EXPECTED_P02["budget"], {k: v for k, v in p["budget"].items() if k != "x"})
    check(f"{name}: tranches", EXPECTED_P02["tranches"], [(t.get("source"), t["amount"]) for t in p["tranches"]])
    check(f"{name}: tranche level (from the unit's name)", ["district", "district"], [t["level"] for t in p["tranches"]])
    check(f"{name}: used", EXPECTED_P02["used"], p["execution"]["used"])
    check(f"{name}: reported rate", rate_text, p["execution"]["reported_rate"])
    check(f"{name}: indicators", EXPECTED_P02["indicators"], [figures(i) for i in p["indicators"]])
    check(f"{name}: goal", "为困难群体代缴城乡居民养老保险费，应保尽保。", p.get("goal"))
    check(f"{name}: outcome", "为7109名困难群众代缴养老保险费55.07万元。", p.get("outcome"))


def evaluate_rules(doc_path, program=None):
    code, out, err = run("evaluate", doc_path, "--format", "json", "--fail-on", "never", program=program)
    if code != 0:
        failures.append(f"evaluate {doc_path}: exit {code}: {err.strip()}")
        return None, []
    result = json.loads(out)
    return result, [f["rule"] for p in result["projects"] for f in p["findings"]]


# 1. MOF 2020, one form, 万元, numbers stored the way Excel stores doubles.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "自评表"
mof_form(ws)
path = os.path.join(WORK, "mof-2020.xlsx")
wb.save(path)
patch_xlsx(path, "xl/worksheets/sheet1.xml", excel_doubles)
doc = ingest(path)
if doc:
    check("mof: fiscal year", 2023, doc["fiscal_year"])
    check("mof: one project", 1, len(doc["projects"]))
    p = doc["projects"][0]
    check_p02("mof", p)
    check("mof: reported", {"execution_score": "10", "total": "99"}, {k: v for k, v in p["reported"].items() if k != "x"})
    check("mof: no scheme (MOF preset is the default)", None, doc.get("scheme"))
    # Provenance: sheet and cell of each figure, as stored.
    check("mof: where the adjusted budget came from", {"sheet": "自评表", "cell": "D6", "text": "55.070000000000000284"},
          p["budget"]["x"]["source"]["adjusted"])
    check("mof: where the prior-year tranche came from", {"sheet": "自评表", "cell": "D8", "text": "10.820000000000000284"},
          p["tranches"][1]["x"]["source"]["amount"])
    check("mof: where the total came from", {"sheet": "自评表", "cell": "H18", "text": "99"},
          p["reported"]["x"]["source"]["total"])
    check("mof: where the level-1 came from (the merged cell)", {"sheet": "自评表", "cell": "B13", "text": "产出指标（50分）"},
          p["indicators"][2]["x"]["source"]["level1"])
    check("mof: form layout", "mof-2020", p["x"]["form"]["layout"])
    # The form's arithmetic is right: JX-I009 and JX-I010 stay quiet.
    with open(os.path.join(WORK, "mof-2020.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False)
    result, rules = evaluate_rules(os.path.join(WORK, "mof-2020.json"))
    check("mof: JX-I009/I010 quiet", [], [r for r in rules if r in ("JX-I009", "JX-I010")])
    if result:
        check("mof: computed total", "99.00", result["projects"][0]["scores"]["total"])

# 1b. The same form with a total the unit added up wrong and a score that is not the formula's.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "自评表"
mof_form(ws, total=97, indicators=[
    ("产出指标", "数量指标", "代缴人数", "≥7000人", "7109人", 30, 30, ""),
    ("产出指标", "数量指标", "覆盖乡镇数", ">=10个", "9个", 10, 8, ""),
    ("产出指标", "时效指标", "资金拨付时间", "≤5天", "3天", 10, 10, ""),
    ("效益指标", "社会效益指标", "困难群体应保尽保", "是", "是", 30, 30, ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=90%", "95%", 10, 10, ""),
])
path = os.path.join(WORK, "mof-2020-wrong-sums.xlsx")
wb.save(path)
doc = ingest(path)
if doc:
    with open(os.path.join(WORK, "mof-2020-wrong-sums.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False)
    _, rules = evaluate_rules(os.path.join(WORK, "mof-2020-wrong-sums.json"))
    # JX-I009 twice: the indicator (8 printed, 9 computed) and the printed total 97 against the computed one.
    check("wrong sums: JX-I009 (8 printed, 9 computed; the total) and JX-I010 (97 ≠ 10+88)",
          ["JX-I009", "JX-I009", "JX-I010"],
          sorted(r for r in rules if r in ("JX-I009", "JX-I010")))

# 2. What clerks do: a summary sheet first, the year in the title, 元, blank rows, an extra
#    column, level-1 without points, a percent typed as text and one stored as a number,
#    a 填表人 line, and a second form below the first on the same sheet.
wb = openpyxl.Workbook()
summary = wb.active
summary.title = "汇总"
summary["A1"] = "单位"
summary["B1"] = "项目数"
summary["A2"] = "某某县教育局"
summary["B2"] = 2
ws = wb.create_sheet("自评表")
put(ws, "A1", "2023年度项目支出绩效自评表", "K1")
put(ws, "A2", "填报单位：某某县教育局")
next_row = mof_form(
    ws, top=4, title=None, funds_unit="（元）", name="学生资助补助经费", department="某某县教育局",
    implementer="某某县学生资助管理中心", extra_column=True, points_in_level1=False, total=98.7,
    funds=[
        ("年度资金总额", 1200000, 1083456.78, 1000000.5, 10, "92.30%", 9.23),
        None,
        ("其中：当年财政拨款", 1000000, 883456.78, 800000.5, "/", "/", "/"),
        ("上年结转资金", 200000, 200000, 200000, "/", "/", "/"),
        ("其他资金", None, None, None, None, None, None),
    ],
    indicators=[
        ("产出指标", "数量指标", "资助学生人数", "≥1500人", "1480人", 40, 39.47, "部分学生转学"),
        None,
        ("产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", 10, 10, ""),
        ("效益指标", "社会效益指标", "因贫失学率", "≤1%", "0%", 30, 30, ""),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "95%以上", (0.97, "0%"), 10, 10, ""),
    ])
ws.cell(row=next_row + 2, column=1, value="填表人：张三　　联系电话：0812-1234567")
second = next_row + 6
put(ws, f"A{second}", "项目支出绩效自评表", f"J{second}")
put(ws, f"A{second + 1}", "（2023年度）", f"J{second + 1}")
put(ws, f"A{second + 2}", "项目名称：学生营养改善计划", f"J{second + 2}")
put(ws, f"A{second + 3}", "主管部门")
put(ws, f"B{second + 3}", "某某县教育局", f"E{second + 3}")
put(ws, f"F{second + 3}", "实施单位")
put(ws, f"G{second + 3}", "某某县教育局", f"J{second + 3}")
r = second + 4
put(ws, f"A{r}", "项目资金（元）", f"A{r + 2}")
for col, head in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
    put(ws, f"{col}{r}", head)
for col, v in zip("BCDEFGH", ["年度资金总额", 300000, 300000, 300000, 10, "100%", 10]):
    put(ws, f"{col}{r + 1}", v)
for col, v in zip("BCDE", ["当年财政拨款", 300000, 300000, 300000]):
    put(ws, f"{col}{r + 2}", v)
r += 3
for col, head in zip("BCDEFGHI", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
    put(ws, f"{col}{r}", head)
put(ws, f"A{r}", "绩效指标")
# Level-1 written once and then left blank, not merged.
for i, row in enumerate([("产出指标", "数量指标", "受益学生人数", "＝2000人", "2000人", 90, 90),
                         (None, None, "供餐天数", "≥200天", "210天", None, None),
                         ("满意度指标", "满意度指标", "家长满意度", "≥90%", "92%", 0, 0)]):
    for col, v in zip("BCDEFGH", row):
        if v is not None:
            put(ws, f"{col}{r + 1 + i}", v)
ws[f"G{r + 2}"] = 0
ws[f"H{r + 2}"] = 0
put(ws, f"A{r + 4}", "总分")
put(ws, f"G{r + 4}", 100)
put(ws, f"H{r + 4}", 100)
path = os.path.join(WORK, "mof-2020-clerk.xlsx")
wb.save(path)
doc = ingest(path)
if doc:
    check("clerk: two forms on one sheet", ["学生资助补助经费", "学生营养改善计划"], [p["name"] for p in doc["projects"]])
    check("clerk: fiscal year from the title", 2023, doc["fiscal_year"])
    a, b = doc["projects"]
    check("clerk: budget in 元", {"initial": "1200000.00", "adjusted": "1083456.78"},
          {k: v for k, v in a["budget"].items() if k != "x"})
    check("clerk: used in 元 (a float 1000000.5)", "1000000.50", a["execution"]["used"])
    check("clerk: rate typed as text", "92.30%", a["execution"]["reported_rate"])
    check("clerk: tranches (其他资金 blank)", [("current_year", "883456.78"), ("prior_year", "200000.00")],
          [(t.get("source"), t["amount"]) for t in a["tranches"]])
    check("clerk: reported", {"execution_score": "9.23", "total": "98.7"},
          {k: v for k, v in a["reported"].items() if k != "x"})
    check("clerk: indicators (extra column, blank row, no points in level-1)", [
        {"level1": "output", "level2": "quantity", "name": "资助学生人数", "unit": "人", "op": ">=", "target": "1500",
         "actual": "1480", "weight": "40", "reported_score": "39.47", "deviation": "部分学生转学"},
        {"level1": "output", "level2": "quality", "name": "资助对象认定准确率", "unit": "%", "op": ">=", "target": "100",
         "actual": "100", "weight": "10", "reported_score": "10"},
        {"level1": "effect", "level2": "social", "name": "因贫失学率", "unit": "%", "op": "<=", "target": "1",
         "actual": "0", "weight": "30", "reported_score": "30"},
        {"level1": "satisfaction", "level2": "beneficiary", "name": "受助学生满意度", "unit": "%", "op": ">=",
         "target": "95", "actual": "97", "weight": "10", "reported_score": "10"},
    ], [figures(i) for i in a["indicators"]])
    check("clerk: no operator printed → ≥, said in a note", True,
          any("no operator" in n for n in a["indicators"][1]["x"].get("notes", [])))
    check("clerk: the money unit of the form", "元", a["x"]["form"]["money_unit"])
    check("clerk: second form, name inline after 项目名称：", "学生营养改善计划", b["name"])
    check("clerk: second form, level-1 carried down a blank cell", ["output", "output", "satisfaction"],
          [i["level1"] for i in b["indicators"]])
    check("clerk: second form, used", "300000.00", b["execution"]["used"])
    check("clerk: second form, = target", ("=", "2000", "2000", "人"),
          (b["indicators"][0]["op"], b["indicators"][0]["target"], b["indicators"][0]["actual"], b["indicators"][0]["unit"]))
    check("clerk: the unit is left out (two implementers)", None, doc.get("unit"))

# 3. Sichuan 2023, one sheet per project.
def sc_form(ws, *, name, code=None, total=96.67, rate="100%", reason="/", fund_rows=None, inds=None):
    put(ws, "A1", "报表编号：510000_0013zp", "K1")
    put(ws, "A2", "部门预算项目支出绩效自评表", "K2")
    put(ws, "A3", "（2023年度）", "K3")
    put(ws, "A4", "项目名称")
    put(ws, "B4", f"{code}-{name}" if code else name, "K4")
    put(ws, "A5", "主管部门")
    put(ws, "B5", "攀枝花市仁和区人力资源和社会保障局", "E5")
    put(ws, "F5", "实施单位（盖章）")
    put(ws, "G5", "攀枝花市仁和区社会保险事业管理局", "K5")
    put(ws, "A6", "项目基本情况", "A9")
    put(ws, "B6", "1.项目年度目标", "E6")
    put(ws, "F6", "年度目标完成情况", "K6")
    put(ws, "B7", "为困难群体代缴养老保险费。", "E7")
    put(ws, "F7", "已为7109人代缴。", "K7")
    put(ws, "B8", "2.项目实施内容及过程概述", "K8")
    put(ws, "B9", "按季度核定代缴名单，年底结算。", "K9")
    put(ws, "A10", "预算执行情况（10分）", "A15")
    for col, head in zip("BCDEFGHI", ["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]):
        put(ws, f"{col}10", head)
    rows = fund_rows or [
        ("总额", 70, 55.07, 55.07, rate, 10, 10, reason),
        ("其中：财政资金", 70, 55.07, 55.07, rate, "/", "/", "/"),
        ("财政专户管理资金", 0, 0, 0, "/", "/", "/", "/"),
        ("单位资金", 0, 0, 0, "/", "/", "/", "/"),
        ("其他资金", 0, 0, 0, "/", "/", "/", "/"),
    ]
    for i, row in enumerate(rows):
        for col, v in zip("BCDEFGHI", row):
            put(ws, f"{col}{11 + i}", v)
    merge_output = inds is None
    inds = inds or [
        ("产出指标", "数量指标", "代缴人数", "≥", 7000, "人", 7109, 40, 40, ""),
        (None, "质量指标", "代缴准确率", "＝", 100, "%", 100, 20, 20, ""),
        (None, "时效指标", "资金拨付时间", "≤", 30, "天", 45, 10, 6.67, "年底资金到位"),
        ("效益指标", "社会效益指标", "困难群体应保尽保", "定性", "应保尽保", "", "达成", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", 93, 10, 10, ""),
    ]
    put(ws, "A16", "绩效指标（90分）", f"A{16 + len(inds)}")
    for col, head in zip("BCDEFGHIJK", ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]):
        put(ws, f"{col}16", head)
    for i, row in enumerate(inds):
        for col, v in zip("BCDEFGHIJK", row):
            if v is not None and v != "":
                put(ws, f"{col}{17 + i}", v)
    if merge_output:
        ws.merge_cells("B17:B19")
    r = 17 + len(inds)
    put(ws, f"A{r}", "合计", f"H{r}")
    put(ws, f"I{r}", 100)
    put(ws, f"J{r}", total)
    put(ws, f"A{r + 1}", "评价结论")
    put(ws, f"B{r + 1}", "项目完成较好，绩效等级为优。", f"K{r + 1}")
    put(ws, f"A{r + 2}", "存在问题")
    put(ws, f"B{r + 2}", "1.资金到位较晚\n2.政策宣传不足", f"K{r + 2}")
    put(ws, f"A{r + 3}", "改进措施")
    put(ws, f"B{r + 3}", "1.提前申请资金", f"K{r + 3}")
    put(ws, f"A{r + 4}", "项目负责人：", f"E{r + 4}")
    put(ws, f"F{r + 4}", "财务负责人：", f"K{r + 4}")


wb = openpyxl.Workbook()
sc_form(wb.active, name="困难群众社会保险代缴资金", code="51000021R000000012345")
wb.active.title = "代缴资金"
sc_form(wb.create_sheet("公共服务"), name="社保公共服务能力建设资金", total=100, reason="资金12月到位",
        fund_rows=[("总额", 12.1, 12.1, 0, "0%", 10, 0, "资金12月到位"),
                   ("其中：财政资金", 12.1, 12.1, 0, "0%", "/", "/", "/")],
        inds=[("产出指标", "数量指标", "建设项目数", "≥", 1, "个", 1, 90, 90, "")])
path = os.path.join(WORK, "sc-2023.xlsx")
wb.save(path)
patch_xlsx(path, "xl/worksheets/sheet1.xml", excel_doubles)
doc = ingest(path)
if doc:
    check("sc: scheme", {"preset": "sc-2023"}, doc.get("scheme"))
    check("sc: unit (one implementer)", "攀枝花市仁和区社会保险事业管理局", doc.get("unit"))
    a, b = doc["projects"]
    check("sc: code before the name", ("51000021R000000012345", "困难群众社会保险代缴资金", "51000021R000000012345"),
          (a.get("code"), a["name"], a["id"]))
    check("sc: second project id", "p02", b["id"])
    check("sc: goal, outcome, content", ("为困难群体代缴养老保险费。", "已为7109人代缴。", "按季度核定代缴名单，年底结算。"),
          (a.get("goal"), a.get("outcome"), a.get("content")))
    check("sc: budget", {"initial": "700000.00", "adjusted": "550700.00"}, {k: v for k, v in a["budget"].items() if k != "x"})
    check("sc: 财政资金 is one tranche without a source", [(None, "550700.00")],
          [(t.get("source"), t["amount"]) for t in a["tranches"]])
    check("sc: used and rate", ("550700.00", "100%"), (a["execution"]["used"], a["execution"]["reported_rate"]))
    check("sc: indicators", [
        {"level1": "output", "level2": "quantity", "name": "代缴人数", "unit": "人", "op": ">=", "target": "7000",
         "actual": "7109", "weight": "40", "reported_score": "40"},
        {"level1": "output", "level2": "quality", "name": "代缴准确率", "unit": "%", "op": "=", "target": "100",
         "actual": "100", "weight": "20", "reported_score": "20"},
        {"level1": "output", "level2": "timeliness", "name": "资金拨付时间", "unit": "天", "op": "<=", "target": "30",
         "actual": "45", "weight": "10", "reported_score": "6.67", "deviation": "年底资金到位"},
        {"level1": "effect", "level2": "social", "name": "困难群体应保尽保", "weight": "10", "rating": "achieved",
         "score": "10", "reported_score": "10"},
        {"level1": "satisfaction", "level2": "beneficiary", "name": "服务对象满意度", "unit": "%", "op": ">=",
         "target": "90", "actual": "93", "weight": "10", "reported_score": "10"},
    ], [figures(i) for i in a["indicators"]])
    check("sc: reported", {"execution_score": "10", "total": "96.67"}, {k: v for k, v in a["reported"].items() if k != "x"})
    check("sc: conclusion, problems, suggestions",
          ("项目完成较好，绩效等级为优。", ["1.资金到位较晚", "2.政策宣传不足"], ["1.提前申请资金"]),
          (a.get("conclusion"), a.get("problems"), a.get("suggestions")))
    check("sc: execution deviation from 原因", "资金12月到位", b["execution"].get("deviation"))
    check("sc: a rate of 0%", "0%", b["execution"]["reported_rate"])
    check("sc: layout", ["sc-2023", "sc-2023"], [p["x"]["form"]["layout"] for p in doc["projects"]])
    with open(os.path.join(WORK, "sc-2023.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False)
    result, _ = evaluate_rules(os.path.join(WORK, "sc-2023.json"))
    if result:
        first, second = ([f["rule"] for f in p["findings"]] for p in result["projects"])
        check("sc: project 1 sums right", [], [r for r in first if r in ("JX-I009", "JX-I010")])
        check("sc: project 1 total", "96.67", result["projects"][0]["scores"]["total"])
        # Project 2 printed 100 where 0 + 90 is 90.
        check("sc: project 2 JX-I010", True, "JX-I010" in second)
        check("sc: the execution deviation silences JX-F005", False, "JX-F005" in second)


# 4. The form's table inside a Word report (.docx): gridSpan and vMerge, the year in a paragraph.
def w_cell(text, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    runs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in text.split("\n")) \
        if text else "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{runs}</w:tc>"


def w_row(*cells):
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def w_para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


rows = [
    w_row(w_cell("项目名称"), w_cell("困难群众社会保险代缴资金", 8)),
    w_row(w_cell("主管部门"), w_cell("攀枝花市仁和区人力资源和社会保障局", 3), w_cell("实施单位"), w_cell("攀枝花市仁和区社会保险事业管理局", 4)),
    w_row(w_cell("项目资金（万元）", vmerge="restart"), w_cell(""), w_cell("年初预算数"), w_cell("全年预算数"), w_cell("全年执行数"),
          w_cell("分值"), w_cell("执行率"), w_cell("得分", 2)),
    w_row(w_cell("", vmerge="continue"), w_cell("年度资金总额"), w_cell("70.00"), w_cell("55.07"), w_cell("55.07"), w_cell("10"),
          w_cell("100.00%"), w_cell("10", 2)),
    w_row(w_cell("", vmerge="continue"), w_cell("其中：当年财政拨款"), w_cell("59.18"), w_cell("44.25"), w_cell("44.25"), w_cell("—"),
          w_cell("—"), w_cell("—", 2)),
    w_row(w_cell("", vmerge="continue"), w_cell("上年结转资金"), w_cell("10.82"), w_cell("10.82"), w_cell("10.82"), w_cell("—"),
          w_cell("—"), w_cell("—", 2)),
    w_row(w_cell("", vmerge="continue"), w_cell("其他资金"), w_cell("0.00"), w_cell("0.00"), w_cell("0.00"), w_cell("—"),
          w_cell("—"), w_cell("—", 2)),
    w_row(w_cell("年度总体目标", vmerge="restart"), w_cell("预期目标", 4), w_cell("实际完成情况", 4)),
    w_row(w_cell("", vmerge="continue"), w_cell("为困难群体代缴城乡居民养老保险费，应保尽保。", 4),
          w_cell("为7109名困难群众代缴养老保险费55.07万元。", 4)),
    w_row(w_cell("绩效指标", vmerge="restart"), w_cell("一级指标"), w_cell("二级指标"), w_cell("三级指标"), w_cell("年度指标值"),
          w_cell("实际完成值"), w_cell("分值"), w_cell("得分"), w_cell("偏差原因分析及改进措施")),
    w_row(w_cell("", vmerge="continue"), w_cell("产出指标（50分）", vmerge="restart"), w_cell("数量指标", vmerge="restart"), w_cell("代缴人数"),
          w_cell("≥7000人"), w_cell("7109人"), w_cell("30"), w_cell("30"), w_cell("")),
    w_row(w_cell("", vmerge="continue"), w_cell("", vmerge="continue"), w_cell("", vmerge="continue"), w_cell("覆盖乡镇数"),
          w_cell(">=10个"), w_cell("9个"), w_cell("10"), w_cell("9"), w_cell("一个乡镇当年无符合条件对象")),
    w_row(w_cell("", vmerge="continue"), w_cell("", vmerge="continue"), w_cell("时效指标"), w_cell("资金拨付时间"),
          w_cell("≤5天"), w_cell("3天"), w_cell("10"), w_cell("10"), w_cell("")),
    w_row(w_cell("", vmerge="continue"), w_cell("效益指标（30分）"), w_cell("社会效益指标"), w_cell("困难群体应保尽保"),
          w_cell("是"), w_cell("是"), w_cell("30"), w_cell("30"), w_cell("")),
    w_row(w_cell("", vmerge="continue"), w_cell("满意度指标（10分）"), w_cell("服务对象满意度指标"), w_cell("服务对象满意度"),
          w_cell(">=90%"), w_cell("95%"), w_cell("10"), w_cell("10"), w_cell("")),
    w_row(w_cell("总分", 6), w_cell("100"), w_cell("99"), w_cell("")),
]
grid = "<w:tblGrid>" + "<w:gridCol/>" * 9 + "</w:tblGrid>"
body = (w_para("附件") + w_para("项目支出绩效自评表") + w_para("（2023年度）") +
        "<w:tbl>" + grid + "".join(rows) + "</w:tbl>" + w_para("填表人：张三"))
document_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + body + "</w:body></w:document>")
path = os.path.join(WORK, "report-with-form.docx")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", document_xml)
doc = ingest(path)
if doc:
    check("docx: fiscal year from the paragraph above", 2023, doc["fiscal_year"])
    p = doc["projects"][0]
    check_p02("docx", p)
    check("docx: reported", {"execution_score": "10", "total": "99"}, {k: v for k, v in p["reported"].items() if k != "x"})
    check("docx: where the budget came from", {"table": 1, "row": 4, "column": 4, "text": "55.07"},
          p["budget"]["x"]["source"]["adjusted"])
    check("docx: level-1 of a vMerge continuation", {"table": 1, "row": 11, "column": 2, "text": "产出指标（50分）"},
          p["indicators"][2]["x"]["source"]["level1"])
    check("docx: encoding", "docx", doc["x"]["ingested"]["format"])

# 5. Bad forms are refused, naming the sheet and the cell.
def variant(name, mutate, **form):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    mof_form(ws, **form)
    mutate(ws)
    path = os.path.join(WORK, name + ".xlsx")
    wb.save(path)
    return path


refused("bad amount", variant("bad-amount", lambda ws: ws.__setitem__("D6", "55.0.7")),
        "sheet “自评表”, cell D6", "cannot be read as an amount in 万元")
refused("bad amount (zh)", os.path.join(WORK, "bad-amount.xlsx"), "工作表“自评表”单元格 D6", "不能读作以万元为单位的金额", lang="zh")
refused("negative amount", variant("negative", lambda ws: None, funds=[("年度资金总额", 70, 55.07, -5, 10, "100%", 10)]),
        "sheet “自评表”, cell E6", "the amount “-5” is negative")
refused("negative weight", variant("negative-weight", lambda ws: ws.__setitem__("G13", -30)),
        "sheet “自评表”, cell G13", "the weight “-30” is negative")
refused("negative execution weight", variant("negative-execution-weight", lambda ws: ws.__setitem__("F6", -10)),
        "sheet “自评表”, cell F6", "the execution weight “-10” is negative")
refused("finer than a fen", variant("fen", lambda ws: None, funds_unit="（元）", funds=[
    ("年度资金总额", 700000, 550700.125, 550700, 10, "100%", 10)]), "sheet “自评表”, cell D6",
        "stores the number 550700.125 (元", "not a whole number of fen")
refused("finer than a fen, typed", variant("fen-text", lambda ws: None, funds_unit="（元）", funds=[
    ("年度资金总额", 700000, "550700.125", 550700, 10, "100%", 10)]), "sheet “自评表”, cell D6", "finer than one fen")
refused("a formula never computed", variant("formula", lambda ws: ws.__setitem__("D6", "=D7+D8+D9")),
        "sheet “自评表”, cell D6", "holds the formula =D7+D8+D9 but the file has no computed value")
refused("no weight", variant("no-weight", lambda ws: ws.__setitem__("G13", None)),
        "sheet “自评表”, cell G13", "has no weight")
refused("unknown level-1", variant("level1", lambda ws: ws.__setitem__("B16", "其他指标")),
        "sheet “自评表”, cell B16", "is not 产出, 效益, 满意度 or 成本指标")
refused("undecidable rating", variant("rating", lambda ws: (ws.__setitem__("F16", "较好"), ws.__setitem__("H16", None))),
        "sheet “自评表”, cell F16", "neither 达成, 部分达成 nor 未达成")
refused("no year", variant("no-year", lambda ws: ws.__setitem__("A2", None)), "no fiscal year found")
wb = openpyxl.Workbook()
wb.active["A1"] = "单位"
wb.active["B1"] = "某某局"
path = os.path.join(WORK, "no-form.xlsx")
wb.save(path)
refused("no form", path, "no self-evaluation form found")
path = variant("doctype", lambda ws: None)
patch_xlsx(path, "xl/worksheets/sheet1.xml",
           lambda xml: xml.replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY a "x">]><worksheet', 1))
refused("DOCTYPE", path, "xl/worksheets/sheet1.xml has a DOCTYPE declaration")
# The double next to 55.07 (a formula's binary rounding error): 55.07000000000001 万元 is not whole fen.
path = variant("binary-error", lambda ws: None)
patch_xlsx(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("<v>55.07</v>", "<v>55.070000000000007</v>", 1))
refused("a double that is not whole fen", path, "sheet “自评表”, cell D6",
        "stores the number 55.07000000000001 (万元, binary floating point", "ROUND(…,2)")

# 6. Round trip: the form jixiao writes (its xlsx, MOF 2020 layout) reads back with the same figures.
def as_printed(amount):
    """An amount as the form prints it: 万元 with two decimals, 四舍五入; exact decimals, no float."""
    if amount is None:
        return None
    wan = (Decimal(amount) / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return str((wan * 10000).quantize(Decimal("0.01")))


def fixed(points):
    """A printed score as the evaluation writes it: two decimals (exact decimal text, no float)."""
    if points is None:
        return None
    return str(Decimal(points).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# Both layouts once the writer offers --form; the MOF 2020 layout of the current writer otherwise.
_, help_text, _ = run("evaluate", "--help", program=WRITER)
LAYOUTS = [["--form", "mof-2020"], ["--form", "sc-2023"]] if "--form " in help_text else [[]]


def round_trip(name, source, layout):
    xlsx = os.path.join(WORK, name + ".xlsx")
    code, _, err = run("evaluate", source, *layout, "--format", "xlsx", "--output", xlsx, "--fail-on", "never", program=WRITER)
    if code != 0:
        failures.append(f"round trip {name}: evaluate --format xlsx: exit {code}: {err.strip()}")
        return
    code, out, err = run("evaluate", source, "--format", "json", "--fail-on", "never", program=WRITER)
    evaluation = json.loads(out)
    code, out, err = run("format", source)
    original = json.loads(out)
    back = ingest(xlsx)
    if not back:
        return
    check(f"{name}: project count", len(original["projects"]), len(back["projects"]))
    check(f"{name}: fiscal year", original["fiscal_year"], back["fiscal_year"])
    for src, e, got in zip(original["projects"], evaluation["projects"], back["projects"]):
        where = f"{name}: {src['id']}"
        check(f"{where}: name", src["name"], got["name"])
        if src.get("budget", {}).get("initial"):
            check(f"{where}: initial", as_printed(src["budget"]["initial"]), got.get("budget", {}).get("initial"))
        check(f"{where}: full-year budget = the rate's denominator", as_printed(e["funds"]["budget"]),
              got.get("budget", {}).get("adjusted"))
        check(f"{where}: used", as_printed(src.get("execution", {}).get("used")), got.get("execution", {}).get("used"))
        check(f"{where}: printed execution score", e["scores"]["execution"],
              fixed(got.get("reported", {}).get("execution_score")))
        check(f"{where}: printed total", e["scores"]["total"], fixed(got.get("reported", {}).get("total")))
        keys = ("level1", "level2", "name", "weight", "op", "target", "actual", "unit", "rating", "not_applicable")
        check(f"{where}: indicators", [{k: i.get(k) for k in keys} for i in src.get("indicators", [])],
              [{k: i.get(k) for k in keys} for i in got.get("indicators", [])])
    path = os.path.join(WORK, name + "-back.json")
    with open(path, "w") as f:
        json.dump(back, f, ensure_ascii=False)
    _, rules = evaluate_rules(path, program=WRITER)
    check(f"{name}: jixiao's own form sums right (no JX-I009/I010)", [], [r for r in rules if r in ("JX-I009", "JX-I010")])


code, out, err = run("gen", "--projects", "12", "--per-line", "4", "--seed", "7")
sources = [("example", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "data",
                                    "renhe-hrss-2023.json"))]
for n, line in enumerate(out.splitlines()):
    sources.append((f"generated-{n}", os.path.join(WORK, f"generated-{n}.json")))
    with open(sources[-1][1], "w") as f:
        f.write(line)
for layout in LAYOUTS:
    for name, source in sources:
        round_trip("round-trip-" + name + "".join("-" + a.lstrip("-") for a in layout), source, layout)

print(f"{checks - len(failures)} of {checks} checks passed")
for f in failures:
    print("FAIL", f)
sys.exit(1 if failures else 0)
