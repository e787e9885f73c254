#!/usr/bin/env python3
"""Renders the sample HTML pages (written by jixiao_render_samples) in headless
Chromium and checks the DOM the browser built: both layouts' form tables, the
merged cells, the flagged cells, the execution-rate and total bars, and that
text which looks like markup stayed text; then the print layout: with the
print CSS applied at the width of an A4 page no table reaches past the right
edge, and printed to PDF every form starts a page of its own. Exits 77 (ctest SKIP_RETURN_CODE) when no Chromium is
installed (Debian: apt-get install chromium).

Usage: check_html_chromium.py SAMPLE_DIRECTORY
"""

import os
import re
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


def chromium(browser, *args):
    with tempfile.TemporaryDirectory(prefix="jixiao-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--user-data-dir=" + profile] + list(args)
        done = subprocess.run(command, capture_output=True, timeout=120)
    if done.returncode != 0:
        print(done.stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit("chromium failed with exit code %d" % done.returncode)
    return done.stdout.decode("utf-8")


def dump_dom(browser, page, *args):
    return chromium(browser, *args, "--dump-dom", "file://" + os.path.abspath(page))


def parse(text):
    tree = Tree()
    tree.feed(text)
    return tree.root


def cells(table):
    return [[c.text() for c in row.children if isinstance(c, Node) and c.tag in ("td", "th")]
            for row in table.find_all("tr")]


def bar_width(section, kind):
    fills = list(section.find_all("span", "bar-fill"))
    widths = [f.attrs.get("style") for f in fills if kind in f.attrs.get("class", "").split()]
    return widths[0] if widths else None


# Measures, with the print rules applied to the screen at the width of an A4 page
# less its margins (186 mm at 96 dpi ≈ 703 px), how far each table reaches to the
# right; the result is written into the DOM for --dump-dom to carry out.
MEASURE = """<script>
addEventListener('load', () => {
  const width = document.documentElement.clientWidth;
  const over = [];
  document.querySelectorAll('table').forEach((t, i) => {
    const right = t.getBoundingClientRect().right;
    if (right > width + 0.5) over.push(i + ':' + t.className + ':' + Math.round(right));
  });
  document.body.setAttribute('data-width', width);
  document.body.setAttribute('data-over', over.join(' '));
});
</script>"""


def check_print(browser, page, projects):
    html = open(page, encoding="utf-8").read()
    check("@media print{" in html, "the page has print CSS")
    with tempfile.TemporaryDirectory(prefix="jixiao-print-") as work:
        screen = os.path.join(work, "as-printed.html")
        with open(screen, "w", encoding="utf-8") as out:
            out.write(html.replace("@media print{", "@media all{").replace("</body>", MEASURE + "</body>"))
        root = parse(dump_dom(browser, screen, "--window-size=703,1000", "--virtual-time-budget=5000"))
        body = next(root.find_all("body"))
        check(body.attrs.get("data-width") is not None, "the measuring script ran")
        check(body.attrs.get("data-over") == "", "tables cut at the right edge of the page: %r" % body.attrs.get("data-over"))
        pdf = os.path.join(work, "page.pdf")
        chromium(browser, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", "file://" + os.path.abspath(page))
        data = open(pdf, "rb").read()
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
        # Each form starts a page, and what is beside it follows on the next.
        check(pages >= 2 * projects, "%s prints on %d pages; expected one page per form and its findings (>= %d)"
              % (os.path.basename(page), pages, 2 * projects))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    browser = os.environ.get("JIXIAO_CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if not browser:
        print("SKIP: no Chromium found (tried %s); on Debian: apt-get install chromium" % ", ".join(BROWSERS))
        return SKIP
    root = parse(dump_dom(browser, os.path.join(sys.argv[1], "mof-2020-zh.html")))

    check(not list(root.find_all("script")), "the page has no scripts")
    check(not list(root.find_all("示范>")) and not list(root.find_all("示范")), "a name's <示范> stays text")
    sections = list(root.find_all("section", "project"))
    check(len(sections) == 3, "three project forms, found %d" % len(sections))
    beside = list(root.find_all("section", "beside"))
    check(len(beside) == 3, "three sections beside the forms, found %d" % len(beside))
    if len(sections) != 3 or len(beside) != 3:
        return report()
    p01, p02, p03 = sections

    check([h.text() for h in p03.find_all("h2")] == ['p03 就业培训补贴 <示范> & "试点", 二期'],
          "p03's heading is its id and name as text")

    form = next(p02.find_all("table", "form"))
    rows = cells(form)
    check(rows[0] == ["项目支出绩效自评表"], "p02 title row: %r" % rows[0])
    check(rows[2] == ["项目名称", "困难群众社会保险代缴资金"], "p02 name row: %r" % rows[2])
    check(rows[4] == ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"],
          "p02 funds heading: %r" % rows[4])
    check(rows[5] == ["年度资金总额", "70.00", "55.07", "55.07", "10", "100.00%", "10.00", ""], "p02 funds total: %r" % rows[5])
    check(rows[12] == ["产出指标（50分）", "数量指标", "代缴人数", "≥7000人", "7109人", "50", "50.00", ""],
          "p02 indicator row: %r" % rows[12])
    check(rows[13] == ["总分", "60", "100.00", ""], "p02 total row: %r" % rows[13])
    check(len(rows) == 14, "p02's form ends with its total: no grade, notes or cost sharing in it (%d rows)" % len(rows))
    b02 = beside[1]
    check(bar_width(b02, "rate") == "width:100.00%", "p02 rate bar: %r" % bar_width(b02, "rate"))
    check(bar_width(b02, "total") == "width:100.00%", "p02 total bar: %r" % bar_width(b02, "total"))
    values = [v.text() for v in b02.find_all("span", "bar-value")]
    check(values == ["100.00%", "100.00 优"], "p02 bar values: %r" % values)
    check([g.text() for g in b02.find_all("p", "grade")] == ["等级：优"], "p02's grade beside its form")

    check(bar_width(beside[0], "rate") == "width:0.00%", "p01 rate bar: %r" % bar_width(beside[0], "rate"))
    check(bar_width(beside[0], "total") is None, "p01 has no total, so no total bar fill")
    check(bar_width(beside[2], "total") == "width:86.94%", "p03 total bar: %r" % bar_width(beside[2], "total"))

    form3 = next(p03.find_all("table", "form"))
    merged = [(c.text(), c.attrs.get("rowspan")) for c in form3.find_all("td") if c.attrs.get("rowspan")]
    check(("产出指标（50分）", "2") in merged, "p03's two output indicators share one level-1 cell: %r" % merged)
    rows3 = cells(form3)
    check(rows3[10] == ["开展职业技能培训1000人次，\n提高就业稳定性。", "完成培训950人次。"], "p03 goal row: %r" % rows3[10])
    check(rows3[15] == ["满意度指标（10分）", "服务对象满意度指标", "服务对象满意度", "≥90%", "—", "10", "不适用", ""],
          "p03 not-applicable row: %r" % rows3[15])
    flagged = [c for c in form3.find_all("td", "flagged")]
    check(len(flagged) == 1 and flagged[0].attrs.get("title", "").startswith("JX-I001 "),
          "p03's cell without a deviation reason is flagged: %r" % [f.attrs for f in flagged])

    finding_rows = cells(next(beside[2].find_all("table", "findings")))
    check(finding_rows[1][:6] == ["警告", "JX-I001", "绩效指标第 2 行（人均培训成本） · 偏差原因分析及改进措施", "20.00", "18.75",
                                  "-1.25"], "p03 finding: %r" % finding_rows[1:])
    check(finding_rows[1][-1] == "projects[2].indicators[1].deviation", "p03 finding keeps its JSON path")
    summary = [p.text() for p in root.find_all("p", "summary")]
    check(summary == ["汇总：3 个项目，错误 1 条，警告 4 条，提示 3 条"], "summary: %r" % summary)

    sc = parse(dump_dom(browser, os.path.join(sys.argv[1], "sc-2023-zh.html")))
    sc02 = cells(next(list(sc.find_all("section", "project"))[1].find_all("table", "form")))
    check(sc02[0] == ["报表编号：510000_0013zp"] and sc02[1] == ["部门预算项目支出绩效自评表"], "SC heading: %r" % sc02[:2])
    check(sc02[9] == ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
                      "得分", "原因"], "SC funds heading: %r" % sc02[9])
    check(sc02[11] == ["其中：财政资金", "70.00", "55.07", "55.07", "100.00%", "/", "/"], "SC 财政资金 row: %r" % sc02[11])
    check(sc02[-1] == ["项目负责人：", "财务负责人："], "SC signature line: %r" % sc02[-1])

    for name in ("mof-2020-zh.html", "sc-2023-zh.html"):
        check_print(browser, os.path.join(sys.argv[1], name), 3)
    return report()


def report():
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("html: the browser's DOM holds both layouts, flags and bars; printed, each form has its page and nothing is cut")
    return 0


if __name__ == "__main__":
    sys.exit(main())
