#!/usr/bin/env python3
"""Renders the sample HTML page (written by jixiao_render_samples) in headless
Chromium and checks the DOM the browser built: the form tables' cells, the
merged cells, the execution-rate and total bars, and that text which looks like
markup stayed text. Exits 77 (ctest SKIP_RETURN_CODE) when no Chromium is
installed (Debian: apt-get install chromium).

Usage: check_html_chromium.py SAMPLE_DIRECTORY
"""

import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

SKIP = 77
BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def find_all(self, tag=None, cls=None):
        for c in self.children:
            if isinstance(c, Node):
                if (tag is None or c.tag == tag) and (cls is None or cls in c.attrs.get("class", "").split()):
                    yield c
                yield from c.find_all(tag, cls)


class Tree(HTMLParser):
    VOID = {"meta", "br", "link", "img", "input", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in self.VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def dump_dom(browser, page):
    with tempfile.TemporaryDirectory(prefix="jixiao-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--user-data-dir=" + profile, "--dump-dom", "file://" + os.path.abspath(page)]
        done = subprocess.run(command, capture_output=True, timeout=120)
    if done.returncode != 0:
        print(done.stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit("chromium failed with exit code %d" % done.returncode)
    return done.stdout.decode("utf-8")


def cells(table):
    return [[c.text() for c in row.children if isinstance(c, Node) and c.tag in ("td", "th")]
            for row in table.find_all("tr")]


def bar_width(section, kind):
    fills = list(section.find_all("span", "bar-fill"))
    widths = [f.attrs.get("style") for f in fills if kind in f.attrs.get("class", "").split()]
    return widths[0] if widths else None


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    browser = os.environ.get("JIXIAO_CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if not browser:
        print("SKIP: no Chromium found (tried %s); on Debian: apt-get install chromium" % ", ".join(BROWSERS))
        return SKIP
    tree = Tree()
    tree.feed(dump_dom(browser, os.path.join(sys.argv[1], "sample-zh.html")))
    root = tree.root

    check(not list(root.find_all("script")), "the page has no scripts")
    check(not list(root.find_all("示范>")) and not list(root.find_all("示范")), "a name's <示范> stays text")
    sections = list(root.find_all("section", "project"))
    check(len(sections) == 3, "three project sections, found %d" % len(sections))
    if len(sections) != 3:
        return report()
    p01, p02, p03 = sections

    check([h.text() for h in p03.find_all("h2")] == ['p03 就业培训补贴 <示范> & "试点", 二期'],
          "p03's heading is its id and name as text")

    form = next(p02.find_all("table", "form"))
    rows = cells(form)
    check(rows[0] == ["项目支出绩效自评表"], "p02 title row: %r" % rows[0])
    check(rows[2] == ["项目名称", "困难群众社会保险代缴资金"], "p02 name row: %r" % rows[2])
    check(rows[4] == ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          "p02 funds heading: %r" % rows[4])
    check(rows[5] == ["年度资金总额", "70.00", "55.07", "55.07", "10", "100.00%", "10.00"], "p02 funds total: %r" % rows[5])
    check(rows[12] == ["产出指标", "数量指标", "代缴人数", "≥7000人", "7109人", "50", "50.00", ""],
          "p02 indicator row: %r" % rows[12])
    check(rows[13] == ["总分", "60", "60.00", ""], "p02 total row: %r" % rows[13])
    check(rows[14] == ["等级", "中"], "p02 grade row: %r" % rows[14])
    check(bar_width(p02, "rate") == "width:100.00%", "p02 rate bar: %r" % bar_width(p02, "rate"))
    check(bar_width(p02, "total") == "width:60.00%", "p02 total bar: %r" % bar_width(p02, "total"))
    values = [v.text() for v in p02.find_all("span", "bar-value")]
    check(values == ["100.00%", "60.00 中"], "p02 bar values: %r" % values)

    check(bar_width(p01, "rate") == "width:0.00%", "p01 rate bar: %r" % bar_width(p01, "rate"))
    check(bar_width(p01, "total") is None, "p01 has no total, so no total bar fill")
    check(bar_width(p03, "rate") == "width:90.00%", "p03 rate bar: %r" % bar_width(p03, "rate"))
    check(bar_width(p03, "total") == "width:86.94%", "p03 total bar: %r" % bar_width(p03, "total"))

    form3 = next(p03.find_all("table", "form"))
    merged = [(c.text(), c.attrs.get("rowspan")) for c in form3.find_all("td") if c.attrs.get("rowspan")]
    check(("产出指标", "2") in merged, "p03's two output indicators share one level-1 cell: %r" % merged)
    rows3 = cells(form3)
    check(rows3[10] == ["开展职业技能培训1000人次，\n提高就业稳定性。", "完成培训950人次。"], "p03 goal row: %r" % rows3[10])
    check(rows3[15] == ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "—", "10", "不适用", ""],
          "p03 not-applicable row: %r" % rows3[15])

    finding_rows = cells(next(p03.find_all("table", "findings")))
    check(finding_rows[1][:6] == ["警告", "JX-I001", "projects[2].indicators[1].deviation", "20.00", "18.75", "-1.25"],
          "p03 finding: %r" % finding_rows[1:])
    summary = [p.text() for p in root.find_all("p", "summary")]
    check(summary == ["汇总：3 个项目，错误 1 条，警告 4 条，提示 3 条"], "summary: %r" % summary)
    return report()


def report():
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("html: the browser's DOM holds the tables, merged cells and bars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
