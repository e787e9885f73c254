#!/usr/bin/env python3
"""Checks the xlsx workbooks jixiao_render_samples wrote for the sample report
book (tests/support/sample_report.hpp), in both layouts (MOF 2020, Sichuan
2023), cell by cell: sheet names, cell values, number formats, merged cells;
the cells a finding concerns (fill and comment); printing (A4, fit to width,
print area, repeated rows, page numbers); the 汇总 and 问题清单 sheets.
Standard library only (zipfile, xml).

Usage: check_xlsx.py SAMPLE_DIRECTORY

A number cell is checked by the double it holds: repr() of that double is the
shortest text that reads back as it, so repr == "55.07" says the cell holds
exactly the number Excel stores for a typed 55.07 (see render_xlsx.cpp).
"""

import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Excel's built-in number formats that libxlsxwriter maps format strings to.
BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%"}

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


class Workbook:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        book = self.xml("xl/workbook.xml")
        rels = self.xml("xl/_rels/workbook.xml.rels")
        targets = {r.get("Id"): r.get("Target") for r in rels.iter(REL + "Relationship")}
        self.sheets = {}
        self.names = []
        for s in book.iter("{%s}sheet" % NS["m"]):
            name = s.get("name")
            self.names.append(name)
            self.sheets[name] = "xl/" + targets[s.get("{%s}id" % NS["r"])]
        # Print areas and print titles: defined names local to a sheet (by its position).
        self.defined = {}
        for d in book.iter("{%s}definedName" % NS["m"]):
            local = d.get("localSheetId")
            if local is not None:
                self.defined[(self.names[int(local)], d.get("name"))] = d.text
        shared = self.xml("xl/sharedStrings.xml")
        self.strings = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])) for si in shared.findall("m:si", NS)]
        styles = self.xml("xl/styles.xml")
        custom = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter("{%s}numFmt" % NS["m"])}
        fills = []
        for fill in styles.find("m:fills", NS).findall("m:fill", NS):
            fg = fill.find("m:patternFill/m:fgColor", NS)
            fills.append(fg.get("rgb") if fg is not None else None)
        xfs = styles.find("m:cellXfs", NS)
        self.formats = []
        self.fills = []
        for xf in xfs.findall("m:xf", NS):
            fid = int(xf.get("numFmtId", "0"))
            self.formats.append(custom.get(fid, BUILTIN_FORMATS.get(fid, "builtin %d" % fid)))
            self.fills.append(fills[int(xf.get("fillId", "0"))])

    def xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def sheet(self, name):
        path = self.sheets[name]
        comments = {}
        rels_path = path.replace("worksheets/", "worksheets/_rels/") + ".rels"
        if rels_path in self.zip.namelist():
            for r in self.xml(rels_path).iter(REL + "Relationship"):
                if r.get("Type", "").endswith("/comments"):
                    target = "xl/" + r.get("Target").replace("../", "")
                    for c in self.xml(target).iter("{%s}comment" % NS["m"]):
                        comments[c.get("ref")] = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
        return Sheet(self, self.xml(path), name, comments)


class Sheet:
    def __init__(self, book, root, name, comments):
        self.book, self.root, self.name, self.comments = book, root, name, comments
        self.cells = {}
        self.fill = {}
        for c in root.iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            kind = c.get("t", "n")
            xf = int(c.get("s", "0"))
            style = book.formats[xf]
            self.fill[c.get("r")] = book.fills[xf]
            if v is None:
                value = None
            elif kind == "s":
                value = book.strings[int(v.text)]
            else:
                value = v.text
            self.cells[c.get("r")] = (kind, value, style)
        self.merges = {m.get("ref") for m in root.iter("{%s}mergeCell" % NS["m"])}
        self.heights = {int(r.get("r")): r.get("ht") for r in root.iter("{%s}row" % NS["m"])}

    def text(self, ref, expected):
        kind, value, _ = self.cells.get(ref, (None, None, None))
        check(kind == "s" and value == expected, "%s!%s: expected text %r, found %s %r" % (self.name, ref, expected, kind, value))

    def blank(self, ref):
        kind, value, _ = self.cells.get(ref, (None, None, None))
        check(value is None, "%s!%s: expected a blank cell, found %s %r" % (self.name, ref, kind, value))

    def number(self, ref, expected, number_format):
        kind, value, style = self.cells.get(ref, (None, None, None))
        ok = kind == "n" and value is not None and Decimal(repr(float(value))) == Decimal(expected)
        check(ok, "%s!%s: expected the number %s, found %s %r" % (self.name, ref, expected, kind, value))
        check(style == number_format, "%s!%s: expected number format %r, found %r" % (self.name, ref, number_format, style))

    def merged(self, *refs):
        for ref in refs:
            check(ref in self.merges, "%s: expected merged cells %s; merges: %s" % (self.name, ref, sorted(self.merges)))

    def absent(self, text):
        found = [r for r, (k, v, _) in self.cells.items() if k == "s" and v == text]
        check(not found, "%s: %r should not be on the sheet, found at %s" % (self.name, text, found))

    def flagged(self, ref, rule):
        check(self.fill.get(ref) is not None, "%s!%s: expected a filled (flagged) cell" % (self.name, ref))
        check(rule in self.comments.get(ref, ""), "%s!%s: expected a comment naming %s, found %r" % (self.name, ref, rule, self.comments.get(ref)))

    def printing(self, area, titles, landscape):
        """A4, fit to one page wide, page numbers in the footer; the print area and repeated rows."""
        setup = self.root.find("m:pageSetup", NS)
        check(setup is not None and setup.get("paperSize") == "9", "%s: A4 paper" % self.name)
        check(setup is not None and setup.get("fitToWidth", "1") == "1" and setup.get("fitToHeight") == "0",
              "%s: fit to one page wide" % self.name)
        check(setup is not None and setup.get("orientation") == ("landscape" if landscape else "portrait"),
              "%s: orientation %r" % (self.name, setup.get("orientation") if setup is not None else None))
        fit = self.root.find("m:sheetPr/m:pageSetUpPr", NS)
        check(fit is not None and fit.get("fitToPage") == "1", "%s: fit to page is on" % self.name)
        footer = self.root.find("m:headerFooter/m:oddFooter", NS)
        check(footer is not None and "&P" in footer.text and "&N" in footer.text, "%s: page numbers in the footer" % self.name)
        if area:
            found = self.book.defined.get((self.name, "_xlnm.Print_Area"), "")
            check(found.endswith("!" + area), "%s: print area %r, found %r" % (self.name, area, found))
        found = self.book.defined.get((self.name, "_xlnm.Print_Titles"), "")
        check(found.endswith("!" + titles), "%s: repeated rows %r, found %r" % (self.name, titles, found))

    def tall(self, row, lines):
        """Row `row` is at least `lines` lines of 15 points tall."""
        height = self.heights.get(row)
        check(height is not None and float(height) >= 15 * lines, "%s row %d: height %r, expected >= %d" % (self.name, row, height, 15 * lines))


PROJECTS = ["p01 高层次人才专项经费", "p02 困难群众社会保险代缴资金", 'p03 就业培训补贴 <示范> & "试点", 二期']


def check_summary(book):
    summary = book.sheet("汇总")
    summary.text("A1", "2023年度项目支出绩效自评汇总")
    summary.text("A2", "单位：攀枝花市仁和区人力资源和社会保障局    年度：2023    金额单位：万元")
    summary.merged("A1:L1", "A2:L2")
    for ref, head in zip("ABCDEFGHIJKL", ["项目编号", "项目名称", "全年预算数（万元）", "全年执行数（万元）",
                                          "结转结余（万元）", "执行率", "执行率得分", "总分", "等级", "错误", "警告",
                                          "提示"]):
        summary.text(ref + "4", head)
    # The seed's p02: 55.07 万元, 100.00%, execution 10.00, total (10 + 50) × 100 / 60 = 100.00 优.
    summary.text("A6", "p02")
    summary.number("C6", "55.07", "#,##0.00")
    summary.number("D6", "55.07", "#,##0.00")
    summary.number("F6", "1", "0.00%")
    summary.number("G6", "10", "0.00")
    summary.number("H6", "100", "0.00")
    summary.text("I6", "优")
    summary.number("F7", "0.9", "0.00%")
    summary.number("H7", "86.94", "0.00")
    summary.text("I7", "良")
    summary.text("H5", "—")  # p01 has no total
    summary.text("A8", "（文档）")
    # Money totals: 90 + 55.07 + 35 budget, 0 + 55.07 + 31.5 used.
    summary.text("A9", "合计（3 个项目）")
    summary.number("C9", "180.07", "#,##0.00")
    summary.number("D9", "86.57", "#,##0.00")
    summary.printing(None, "$4:$4", True)


def check_findings(book, p03_ref):
    findings = book.sheet("问题清单")
    for ref, head in zip("ABCDEFGHIJ", ["项目编号", "项目名称", "级别", "规则", "表中位置", "应为", "实为", "差额", "说明",
                                        "JSON 路径"]):
        findings.text(ref + "1", head)
    rows = {}
    for ref, (kind, value, _) in findings.cells.items():
        if ref.startswith("J") and ref != "J1":
            rows[value] = ref[1:]
    r = rows.get("projects[2].indicators[1].deviation")
    check(r is not None, "the findings sheet keeps the JSON path of p03's JX-I001")
    if r:
        findings.text("C" + r, "警告")
        findings.text("D" + r, "JX-I001")
        findings.text("E" + r, p03_ref + " 绩效指标第 2 行（人均培训成本） · 偏差原因分析及改进措施")
        findings.text("F" + r, "20.00")
        findings.tall(int(r), 2)  # the message wraps: the row is tall enough for it
    findings.printing(None, "$1:$1", True)


def check_mof(path):
    book = Workbook(path)
    check(book.names == ["汇总"] + PROJECTS + ["问题清单"], "sheet names: %r" % book.names)
    for name in book.names:
        check(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), "invalid sheet name %r" % name)
    check_summary(book)

    p02 = book.sheet(PROJECTS[1])
    p02.text("A1", "项目支出绩效自评表")
    p02.text("A2", "（2023年度）")
    p02.text("A3", "项目名称")
    p02.text("B3", "困难群众社会保险代缴资金")
    p02.text("A4", "主管部门")
    p02.text("B4", "攀枝花市仁和区人力资源和社会保障局")
    p02.text("E4", "实施单位")
    p02.text("F4", "攀枝花市仁和区人力资源和社会保障局")
    p02.text("A5", "项目资金（万元）")
    for ref, head in zip("CDEFGHI", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"]):
        p02.text(ref + "5", head)
    p02.text("B6", "年度资金总额")
    p02.number("C6", "70", "#,##0.00")
    p02.number("D6", "55.07", "#,##0.00")
    p02.number("E6", "55.07", "#,##0.00")
    p02.number("F6", "10", "0")
    p02.number("G6", "1", "0.00%")
    p02.number("H6", "10", "0.00")
    p02.text("B7", "其中：当年财政拨款")
    p02.number("G7", "1", "0.00%")
    p02.text("H7", "—")
    p02.text("B8", "上年结转资金")
    p02.text("B9", "其他资金")
    p02.text("A10", "年度总体目标")
    p02.text("B10", "预期目标")
    p02.text("B11", "按预估7000人以上，每人每年100元人均缴费标准进行预算。")
    p02.text("F11", "实际参保人数7109人。")
    p02.text("A12", "绩效指标")
    p02.text("I12", "偏差原因分析及改进措施")
    p02.text("B13", "产出指标（50分）")
    p02.text("D13", "代缴人数")
    p02.text("E13", "≥7000人")
    p02.text("F13", "7109人")
    p02.number("G13", "50", "0")
    p02.number("H13", "50", "0.00")
    p02.text("A14", "总分")
    p02.number("G14", "60", "0")
    p02.number("H14", "100", "0.00")
    p02.merged("A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "I6:I9", "A10:A11", "B10:E10",
               "F10:I10", "B11:E11", "F11:I11", "A12:A13", "A14:F14")
    p02.absent("等级")  # not on the form
    p02.printing("$A$1:$I$14", "$12:$12", False)
    p02.text("A16", "等级：优")  # beside the form, below its print area

    p03 = book.sheet(PROJECTS[2])
    p03.text("B3", '就业培训补贴 <示范> & "试点", 二期')
    p03.number("D6", "35", "#,##0.00")
    p03.number("D7", "30", "#,##0.00")
    p03.number("D8", "5", "#,##0.00")
    p03.text("B13", "产出指标（50分）")
    p03.text("C14", "成本指标")
    p03.text("B15", "效益指标（30分）")
    p03.text("F15", "部分达成")
    p03.text("I15", "部分学员就业后半年内离职")
    p03.text("H16", "不适用")
    p03.number("H17", "86.94", "0.00")
    p03.merged("A12:A16", "B13:B14", "A17:F17")
    p03.flagged("I14", "JX-I001")  # 人均培训成本 has no deviation reason
    p03.printing("$A$1:$I$17", "$12:$12", False)
    check_findings(book, "'" + PROJECTS[2].replace("'", "''") + "'!I14")


def check_sc(path):
    book = Workbook(path)
    check(book.names == ["汇总"] + PROJECTS + ["问题清单"], "sheet names: %r" % book.names)
    p02 = book.sheet(PROJECTS[1])
    p02.text("A1", "报表编号：510000_0013zp")
    p02.text("A2", "部门预算项目支出绩效自评表")
    p02.text("A3", "（2023年度）")
    p02.text("A4", "项目名称")
    p02.text("C4", "困难群众社会保险代缴资金")
    p02.text("A5", "主管部门")
    p02.text("G5", "实施单位（盖章）")
    p02.text("A6", "项目基本情况")
    p02.text("B6", "1. 项目年度目标")
    p02.text("G6", "年度目标完成情况")
    p02.text("B8", "2. 项目实施内容及过程概述")
    p02.text("A10", "预算执行情况（10分）")
    for ref, head in zip("BDEFGHIJ", ["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
                                      "得分", "原因"]):
        p02.text(ref + "10", head)
    p02.text("B11", "总额")
    p02.number("D11", "70", "#,##0.00")
    p02.number("E11", "55.07", "#,##0.00")
    p02.number("F11", "55.07", "#,##0.00")
    p02.number("G11", "1", "0.00%")
    p02.number("H11", "10", "0")
    p02.number("I11", "10", "0.00")
    p02.text("B12", "其中：财政资金")
    p02.text("H12", "/")
    p02.text("I12", "/")
    p02.text("B13", "财政专户管理资金")
    p02.text("B14", "单位资金")
    p02.text("B15", "其他资金")
    p02.text("A16", "绩效指标（50分）")
    for ref, head in zip("BCDEFGHIJK", ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
                                        "权重", "得分", "未完成原因分析"]):
        p02.text(ref + "16", head)
    p02.text("B17", "产出指标（50分）")
    p02.text("E17", "≥")
    p02.text("F17", "7000")
    p02.text("G17", "人")
    p02.text("H17", "7109")
    p02.text("A18", "合计")
    p02.number("I18", "60", "0")
    p02.number("J18", "100", "0.00")
    p02.text("A19", "评价结论")
    p02.text("A20", "存在问题")
    p02.text("A21", "改进措施")
    p02.text("A22", "项目负责人：")
    p02.text("G22", "财务负责人：")
    p02.merged("A1:K1", "A2:K2", "A4:B4", "C4:K4", "A6:A9", "B6:F6", "G6:K6", "B8:K8", "A10:A15", "B10:C10",
               "J11:K15", "A16:A17", "A18:H18", "A22:F22", "G22:K22")
    p02.absent("等级")
    p02.printing("$A$1:$K$22", "$16:$16", False)


def check_en(path):
    book = Workbook(path)
    check(book.names[0] == "Summary" and book.names[-1] == "Findings", "English sheet names: %r" % book.names)
    summary = book.sheet("Summary")
    summary.text("A4", "Project id")
    summary.text("I6", "excellent")
    p02 = book.sheet(book.names[2])
    p02.text("A1", "Project expenditure performance self-evaluation form")
    p02.text("B7", "of which: current-year appropriation")
    p02.text("B13", "output (50 points)")
    p02.number("G6", "1", "0.00%")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    check_mof(sys.argv[1] + "/mof-2020-zh.xlsx")
    check_sc(sys.argv[1] + "/sc-2023-zh.xlsx")
    check_en(sys.argv[1] + "/mof-2020-en.xlsx")
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("xlsx: both layouts' cells, number formats, merges, flags and page setup as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
