#!/usr/bin/env python3
"""Checks the xlsx workbooks jixiao_render_samples wrote for the sample report
book (tests/support/sample_report.hpp): sheet names, cell values, number
formats and merged cells. Standard library only (zipfile, xml).

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
        shared = self.xml("xl/sharedStrings.xml")
        self.strings = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])) for si in shared.findall("m:si", NS)]
        styles = self.xml("xl/styles.xml")
        custom = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter("{%s}numFmt" % NS["m"])}
        xfs = styles.find("m:cellXfs", NS)
        self.formats = []
        for xf in xfs.findall("m:xf", NS):
            fid = int(xf.get("numFmtId", "0"))
            self.formats.append(custom.get(fid, BUILTIN_FORMATS.get(fid, "builtin %d" % fid)))

    def xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def sheet(self, name):
        return Sheet(self, self.xml(self.sheets[name]))


class Sheet:
    def __init__(self, book, root):
        self.cells = {}
        for c in root.iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            kind = c.get("t", "n")
            style = book.formats[int(c.get("s", "0"))]
            if v is None:
                value = None
            elif kind == "s":
                value = book.strings[int(v.text)]
            else:
                value = v.text
            self.cells[c.get("r")] = (kind, value, style)
        self.merges = {m.get("ref") for m in root.iter("{%s}mergeCell" % NS["m"])}

    def text(self, ref, expected):
        kind, value, _ = self.cells.get(ref, (None, None, None))
        check(kind == "s" and value == expected, "%s: expected text %r, found %s %r" % (ref, expected, kind, value))

    def number(self, ref, expected, number_format):
        kind, value, style = self.cells.get(ref, (None, None, None))
        ok = kind == "n" and value is not None and Decimal(repr(float(value))) == Decimal(expected)
        check(ok, "%s: expected the number %s, found %s %r" % (ref, expected, kind, value))
        check(style == number_format, "%s: expected number format %r, found %r" % (ref, number_format, style))

    def merged(self, *refs):
        for ref in refs:
            check(ref in self.merges, "expected merged cells %s; merges: %s" % (ref, sorted(self.merges)))


def check_zh(path):
    book = Workbook(path)
    projects = ["p01 高层次人才专项经费", "p02 困难群众社会保险代缴资金", 'p03 就业培训补贴 <示范> & "试点", 二期']
    check(book.names == ["汇总"] + projects + ["问题清单"], "sheet names: %r" % book.names)
    for name in book.names:
        check(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), "invalid sheet name %r" % name)

    summary = book.sheet("汇总")
    for ref, head in zip("ABCDEFGHIJK", ["项目编号", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率",
                                         "执行率得分", "总分", "等级", "错误", "警告", "提示"]):
        summary.text(ref + "1", head)
    # The seed's p02: execution rate 100.00%, execution score 10.00, total 60.00, grade 中.
    summary.text("A3", "p02")
    summary.text("B3", "困难群众社会保险代缴资金")
    summary.number("C3", "55.07", "#,##0.00")
    summary.number("D3", "55.07", "#,##0.00")
    summary.number("E3", "1", "0.00%")
    summary.number("F3", "10", "0.00")
    summary.number("G3", "60", "0.00")
    summary.text("H3", "中")
    summary.number("I3", "1", "0")
    summary.number("J3", "1", "0")
    summary.number("K3", "2", "0")
    summary.number("E4", "0.9", "0.00%")
    summary.number("G4", "86.94", "0.00")
    summary.text("H4", "良")
    summary.text("G2", "—")  # p01 has no total
    summary.text("A5", "（文档）")
    summary.number("K5", "1", "0")
    summary.text("A6", "合计（3 个项目）")
    summary.number("I6", "1", "0")
    summary.number("J6", "4", "0")
    summary.number("K6", "3", "0")

    p02 = book.sheet(projects[1])
    p02.text("A1", "项目支出绩效自评表")
    p02.text("A2", "（2023年度）")
    p02.text("A3", "项目名称")
    p02.text("B3", "困难群众社会保险代缴资金")
    p02.text("B4", "攀枝花市仁和区人力资源和社会保障局")
    p02.text("E4", "实施单位")
    p02.text("A5", "项目资金（万元）")
    for ref, head in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
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
    p02.text("B11", "按预估7000人以上，每人每年100元人均缴费标准进行预算。")
    p02.text("F11", "实际参保人数7109人。")
    p02.text("A12", "绩效指标")
    p02.text("I12", "偏差原因分析及改进措施")
    p02.text("B13", "产出指标")
    p02.text("D13", "代缴人数")
    p02.text("E13", "≥7000人")
    p02.text("F13", "7109人")
    p02.number("G13", "50", "0")
    p02.number("H13", "50", "0.00")
    p02.text("A14", "总分")
    p02.number("G14", "60", "0")
    p02.number("H14", "60", "0.00")
    p02.text("A15", "等级")
    p02.text("G15", "中")
    p02.merged("A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "H5:I5", "H6:I6", "A10:A11", "B10:E10",
               "F10:I10", "B11:E11", "F11:I11", "A12:A13", "A14:F14", "A15:F15", "G15:I15", "A16:I16", "A17:I17")

    p03 = book.sheet(projects[2])
    p03.text("B3", '就业培训补贴 <示范> & "试点", 二期')
    p03.number("C6", "30", "#,##0.00")
    p03.number("D6", "35", "#,##0.00")
    p03.number("E6", "31.5", "#,##0.00")
    p03.number("G6", "0.9", "0.00%")
    p03.number("H6", "9", "0.00")
    p03.text("C7", "—")
    p03.number("D7", "30", "#,##0.00")
    p03.number("D8", "5", "#,##0.00")
    p03.number("D9", "0", "#,##0.00")
    p03.text("B11", "开展职业技能培训1000人次，\n提高就业稳定性。")
    p03.text("B13", "产出指标")
    p03.text("C14", "成本指标")
    p03.text("E14", "≤300元")
    p03.number("H13", "28.5", "0.00")
    p03.number("H14", "18.75", "0.00")
    p03.text("F15", "部分达成")
    p03.number("H15", "22", "0.00")
    p03.text("I15", "部分学员就业后半年内离职")
    p03.text("H16", "不适用")
    p03.number("G17", "100", "0")
    p03.number("H17", "86.94", "0.00")
    p03.text("G18", "良")
    p03.text("A21", "3. 不适用指标及无执行率的分值共 10 分不计；总分按适用分值 90 分折算为百分制：78.25 × 100 ÷ 90 = 86.94。")
    p03.merged("A12:A16", "B13:B14", "A17:F17", "G18:I18", "A21:I21")

    findings = book.sheet("问题清单")
    for ref, head in zip("ABCDEFGHI", ["项目编号", "项目名称", "级别", "规则", "位置", "应为", "实为", "差额", "说明"]):
        findings.text(ref + "1", head)
    findings.text("A2", "p01")
    findings.text("D2", "JX-F005")
    findings.text("F2", "90.00%")
    findings.text("A8", "p03")
    findings.text("D8", "JX-I001")
    findings.text("E8", "projects[2].indicators[1].deviation")
    findings.text("F8", "20.00")
    findings.text("G8", "18.75")
    findings.text("H8", "-1.25")
    findings.text("A9", "（文档）")
    findings.text("C9", "提示")
    findings.text("D9", "X-D001")
    check("A10" not in findings.cells, "findings: one row per finding, 8 in all")


def check_en(path):
    book = Workbook(path)
    check(book.names[0] == "Summary" and book.names[-1] == "Findings", "English sheet names: %r" % book.names)
    summary = book.sheet("Summary")
    summary.text("A1", "Project id")
    summary.text("H3", "fair")
    p02 = book.sheet(book.names[2])
    p02.text("A1", "Project expenditure performance self-evaluation form")
    p02.text("B7", "of which: current-year appropriation")
    p02.text("B13", "output")
    p02.number("G6", "1", "0.00%")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    check_zh(sys.argv[1] + "/sample-zh.xlsx")
    check_en(sys.argv[1] + "/sample-en.xlsx")
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("xlsx: sheet names, cells, number formats and merges as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
