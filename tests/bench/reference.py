#!/usr/bin/env python3
"""An exact-decimal evaluator of jixiao/1 JSON Lines, in plain Python: the
yardstick of README "Performance" (what an analyst's script does), and a
second, independent implementation that checks jixiao's figures.

For every line it computes what jixiao computes for the funds, the execution
rate, every score (indicators, execution, total, grade), the cost-sharing
split (headcounts given, subtracted or inferred; largest-remainder allocation)
and the findings of the funds rules JX-F001..F011 and the cost-sharing rules
JX-C002..C007 (rule, path, expected, actual, difference; no message texts),
with fractions.Fraction throughout, and writes one JSON object per line.

    reference.py FILE.jsonl > reference.jsonl          # evaluate
    reference.py --check JIXIAO.jsonl FILE.jsonl       # compare with `jixiao evaluate FILE.jsonl --format jsonl`

--check exits 1 and names the first difference if any figure differs.
"""

import datetime
import json
import math
import re
import sys
from fractions import Fraction

LEVELS = ["central", "provincial", "municipal", "district", "township"]
FULLWIDTH = str.maketrans("０１２３４５６７８９，．－＋／％", "0123456789,.-+/%")


# ---- text ------------------------------------------------------------------------------

def amount(value):
    """An amount in fen (int): "10.82万", "108,200.50", "108200元", or a JSON integer of yuan."""
    if isinstance(value, int):
        return value * 100
    text = value.translate(FULLWIDTH).strip()
    scale = 100
    if text.endswith("元"):
        text = text[:-1]
    if text.endswith("万"):
        text, scale = text[:-1], 1_000_000
    fen = Fraction(text.replace(",", "").replace("¥", "").replace("￥", "")) * scale
    if fen.denominator != 1:
        raise ValueError("finer than a fen: " + value)
    return int(fen)


def number(value):
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(value.translate(FULLWIDTH).strip())


def share(text):
    text = text.translate(FULLWIDTH).strip()
    return Fraction(text[:-1]) / 100 if text.endswith("%") else Fraction(text)


def round_half_up(value, decimals=0):
    """四舍五入 to `decimals` places, exactly, as a Fraction."""
    scaled = value * 10 ** decimals
    n, d = scaled.numerator, scaled.denominator
    q, r = divmod(abs(n), d)
    if 2 * r >= d:
        q += 1
    return Fraction(q if n >= 0 else -q, 10 ** decimals)


def truncate(value):
    n, d = value.numerator, value.denominator
    return n // d if n >= 0 else -((-n) // d)


def fixed(value, decimals):
    """`value` rounded half up to `decimals` places, as text."""
    scaled = round_half_up(value, decimals) * 10 ** decimals
    n = int(scaled)
    digits = str(abs(n)).rjust(decimals + 1, "0")
    text = digits[:-decimals] + "." + digits[-decimals:] if decimals > 0 else digits
    return ("-" if n < 0 else "") + text


def exact_decimals(value, minimum, maximum):
    """Shortest exact decimal text with at least `minimum` places, or None."""
    for d in range(minimum, maximum + 1):
        if (value * 10 ** d).denominator == 1:
            return fixed(value, d)
    return None


def yuan(fen):
    return fixed(Fraction(fen, 100), 2)


def score_text(points, decimals):
    return exact_decimals(points, decimals, 30) or fixed(points, decimals)


def percent_value(percentage, decimals):
    if decimals is not None:
        return fixed(percentage, max(decimals, 0)) + "%"
    text = exact_decimals(percentage, 0, 10)
    if text is not None:
        return text + "%"
    return f"{percentage.numerator}/{percentage.denominator}%"


# ---- funds ---------------------------------------------------------------------------------

def funds_of(project):
    f = {"allocated": 0, "available": 0}
    for t in project.get("tranches", []):
        f["allocated"] += amount(t["amount"])
        f["available"] += amount(t.get("arrived", t["amount"]))
    budget = project.get("budget") or {}
    f["from_tranches"] = "adjusted" not in budget
    f["budget"] = f["allocated"] if f["from_tranches"] else amount(budget["adjusted"])
    execution = project.get("execution") or {}
    for key in ("used", "carried_forward", "reduced", "recovered", "surplus"):
        f[key] = amount(execution[key]) if key in execution else 0
    # Unknown is not zero: an unstated used gives no rate, and rules needing it stay quiet.
    f["used_stated"] = "used" in execution
    f["allocated_stated"] = bool(project.get("tranches"))
    f["rate"] = Fraction(f["used"], f["budget"]) if f["budget"] != 0 and f["used_stated"] else None
    return f


def funds_findings(doc, index, project, f, out):
    path = f"projects[{index}]"
    execution = project.get("execution") or {}

    def report(rule, where, expected, actual, difference=None):
        out.append({"rule": rule, "path": path + "." + where, "expected": expected, "actual": actual,
                    "difference": difference})

    if f["used_stated"] and f["used"] > f["available"]:
        report("JX-F001", "execution.used", yuan(f["available"]), yuan(f["used"]), yuan(f["used"] - f["available"]))
    if not f["from_tranches"] and f["available"] > f["budget"]:
        report("JX-F002", "budget.adjusted", yuan(f["budget"]), yuan(f["available"]), yuan(f["available"] - f["budget"]))
    disposed = f["used"] + f["carried_forward"] + f["reduced"] + f["recovered"] + f["surplus"]
    if f["used_stated"] and f["allocated_stated"] and disposed != f["available"]:
        report("JX-F003", "execution", yuan(f["available"]), yuan(disposed), yuan(disposed - f["available"]))
    if "reported_rate" in execution and f["used_stated"]:
        text = execution["reported_rate"].translate(FULLWIDTH).strip()
        claimed = share(text) * 100
        decimals = None
        if "/" not in text:
            body = text[:-1] if text.endswith("%") else text
            places = len(body) - body.index(".") - 1 if "." in body else 0
            decimals = places if text.endswith("%") else max(0, places - 2)
        shown = percent_value(claimed, decimals)
        if f["rate"] is None:
            report("JX-F004", "execution.reported_rate", "无/none", shown)
        else:
            computed = f["rate"] * 100
            expected = round_half_up(computed, max(decimals, 0)) if decimals is not None else computed
            if expected != claimed:
                report("JX-F004", "execution.reported_rate", percent_value(expected, decimals), shown,
                       percent_value(claimed - expected, decimals))
    if f["rate"] is not None and f["rate"] < Fraction(9, 10):
        deviation = execution.get("deviation")
        if deviation is None or not deviation.strip():
            shown_rate = round_half_up(f["rate"] * 100, 2)
            report("JX-F005", "execution.deviation", "90.00%", fixed(f["rate"] * 100, 2) + "%",
                   percent_value(shown_rate - 90, 2))
    year = doc["fiscal_year"]
    if f["carried_forward"] > 0:
        on_time = datetime.date(year, 11, 30)
        for i, t in enumerate(project.get("tranches", [])):
            if "arrival_date" not in t:
                continue
            arrival = datetime.date.fromisoformat(t["arrival_date"])
            if arrival >= datetime.date(year, 12, 1):
                report("JX-F006", f"tranches[{i}].arrival_date", on_time.isoformat(), arrival.isoformat(),
                       f"P{(arrival - on_time).days}D")
        for i, t in enumerate(project.get("tranches", [])):
            allocated_in = t.get("year", year - 1 if t.get("source") == "prior_year" else year)
            if allocated_in > year - 2:
                continue
            at_risk = min(amount(t.get("arrived", t["amount"])), f["carried_forward"])
            if at_risk > 0:
                report("JX-F007", f"tranches[{i}].year", "0.00", yuan(at_risk), yuan(at_risk))
    items = execution.get("items", [])
    if items:
        total = sum(amount(item["amount"]) for item in items)
        if total != f["used"]:
            report("JX-F008", "execution.items", yuan(f["used"]), yuan(total), yuan(total - f["used"]))
    if not f["from_tranches"] and f["allocated_stated"] and f["budget"] != f["allocated"]:
        report("JX-F009", "budget.adjusted", yuan(f["allocated"]), yuan(f["budget"]), yuan(f["budget"] - f["allocated"]))
    for i, t in enumerate(project.get("tranches", [])):
        if "arrived" in t and amount(t["arrived"]) > amount(t["amount"]):
            a, b = amount(t["arrived"]), amount(t["amount"])
            report("JX-F010", f"tranches[{i}].arrived", yuan(b), yuan(a), yuan(a - b))
    if f["used_stated"] and f["used"] > f["budget"]:
        report("JX-F011", "execution.used", yuan(f["budget"]), yuan(f["used"]), yuan(f["used"] - f["budget"]))


# ---- scores ---------------------------------------------------------------------------------

def band(rating, weight, decimals):
    step = Fraction(1, 10 ** decimals)

    def up(p):  # to the grid, upwards
        scaled = p * 10 ** decimals
        return Fraction(-((-scaled.numerator) // scaled.denominator), 10 ** decimals)

    six, eight = weight * Fraction(3, 5), weight * Fraction(4, 5)
    if rating == "achieved":
        low, high = up(eight), weight
    elif rating == "partial":
        low, high = up(six), up(eight) - step
    else:
        low, high = Fraction(0), up(six) - step
    return low, max(high, low)


def quantitative(op, w, a, b, reverse):
    if op == ">=":
        if b >= a:
            return w
        return Fraction(0) if a <= 0 or b <= 0 else w * b / a
    if op == "<=":
        if b <= a:
            return w
        if a <= 0:
            return Fraction(0)
        if reverse == "ratio":
            return w * a / b
        left = 1 - (b - a) / a
        return w * left if left > 0 else Fraction(0)
    if b == a:
        return w
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return Fraction(0)
    a, b = abs(a), abs(b)
    return w * min(a, b) / max(a, b)


def round_within(exact, weight, d):
    """Rounded half up, but never above the weight: the highest step within it when rounding would pass it."""
    rounded = round_half_up(exact, d)
    if rounded <= weight or exact > weight:
        return rounded
    step = Fraction(1, 10 ** d)
    return (weight // step) * step


def scores_of(doc, project, rate):
    scheme = doc.get("scheme") or {}
    d = scheme.get("score_decimals", 2)
    execution_weight = number(scheme.get("execution_weight", "10"))
    out = {"execution": None, "indicators": None, "total": None, "grade": None}
    applicable = Fraction(0)
    if rate is not None:
        counted = min(rate, Fraction(1)) if scheme.get("cap_execution", True) else rate
        out["execution"] = round_within(execution_weight * max(counted, Fraction(0)), execution_weight, d)
        applicable += execution_weight
    indicators = project.get("indicators", [])
    if not indicators:
        return out, d
    total = Fraction(0)
    for ind in indicators:
        w = number(ind["weight"])
        if ind.get("not_applicable"):
            continue
        if "op" in ind and "target" in ind and "actual" in ind:
            exact = quantitative(ind["op"], w, number(ind["target"]), number(ind["actual"]), scheme.get("reverse", "ratio"))
        else:
            low, high = band(ind["rating"], w, d)
            default = w if ind["rating"] == "achieved" else low if ind["rating"] == "partial" else Fraction(0)
            exact = min(max(number(ind["score"]) if "score" in ind else default, low), high)
        total += round_within(exact, w, d)
        applicable += w
    out["indicators"] = total
    raw = (out["execution"] or 0) + total
    # Always on a 100-point scale, over the applicable weights.
    if applicable <= 0:
        return out, d
    out["total"] = round_half_up(raw * 100 / applicable, d)
    t = out["total"]
    out["grade"] = "excellent" if t >= 90 else "good" if t >= 80 else "fair" if t >= 60 else "poor"
    return out, d


# ---- cost sharing -------------------------------------------------------------------------------

def effective_shares(node):
    shares, factor = {}, Fraction(1)
    while node is not None:
        taken = Fraction(0)
        for key, value in node.items():
            if key in LEVELS:
                shares[key] = shares.get(key, Fraction(0)) + factor * share(value)
                taken += share(value)
        factor *= 1 - taken
        node = node.get("rest")
    return shares


def node_sound(node):
    total, seen = Fraction(0), set()
    for key, value in node.items():
        if key in LEVELS:
            s = share(value)
            if s < 0 or key in seen:
                return False
            seen.add(key)
            total += s
    if "rest" not in node:
        return total == 1
    return total < 1 and node_sound(node["rest"])


def policy_levels(policy):
    named = set()
    for node in policy["categories"].values():
        while node is not None:
            named.update(k for k in node if k in LEVELS)
            node = node.get("rest")
    return [level for level in LEVELS if level in named]


def split(policy, counts):
    """Per level (policy's levels, in order) the amount in fen, allocated by largest remainder."""
    standard = amount(policy["standard"])
    levels = policy_levels(policy)
    exact = [Fraction(0)] * len(levels)
    for name, node in policy["categories"].items():
        if name == "x":
            continue
        shares = effective_shares(node)
        cost = standard * counts[name]
        for i, level in enumerate(levels):
            exact[i] += cost * shares.get(level, Fraction(0))
    base = [truncate(e) for e in exact]
    left = int(sum(exact)) - sum(base)
    step = -1 if left < 0 else 1
    order = sorted(range(len(levels)), key=lambda i: -(exact[i] - base[i]) * step)  # sorted() is stable
    for i in order:
        if left == 0:
            break
        base[i] += step
        left -= step
    return dict(zip(levels, base))


def complete_headcount(policy, sharing, reported):
    """(counts in policy order, method) or (None, None) when the headcounts cannot be completed."""
    names = [n for n in policy["categories"] if n != "x"]
    headcount = sharing.get("headcount") or {}
    given = dict((n, c) for n, c in (headcount.get("by_category") or {}).items() if n != "x")
    missing = [n for n in names if n not in given]
    if not names or any(c < 0 for c in given.values()):
        return None, None
    if "total" not in headcount:
        return (dict((n, given[n]) for n in names), "given") if not missing else (None, None)
    rest = headcount["total"] - sum(given.values())
    if headcount["total"] < 0 or rest < 0 or (not missing and rest != 0):
        return None, None
    if not missing:
        return dict((n, given[n]) for n in names), "given"
    if rest == 0 or len(missing) == 1:
        counts = dict(given, **{n: (rest if n == missing[0] else 0) for n in missing})
        return dict((n, counts[n]) for n in names), "subtracted"
    if len(missing) > 2:
        return None, None
    a, b = missing
    sa, sb = effective_shares(policy["categories"][a]), effective_shares(policy["categories"][b])
    standard = amount(policy["standard"])
    against = next((lvl for lvl in LEVELS if lvl in reported and standard != 0
                    and sa.get(lvl, 0) != sb.get(lvl, 0)), None)
    if against is None:
        return None, None
    per_a, per_b = standard * sa.get(against, 0), standard * sb.get(against, 0)
    known = per_b * rest + sum(standard * effective_shares(policy["categories"][n]).get(against, 0) * c
                               for n, c in given.items())
    slope = per_a - per_b
    solution = (reported[against] - known) / slope
    reach = 1 / abs(slope)
    low = max(0, math.floor(solution - reach) + 1)
    high = min(rest, math.ceil(solution + reach) - 1)
    if high - low + 1 > 64:
        return None, None
    fits = []
    for n in range(low, high + 1):
        counts = dict(given, **{a: n, b: rest - n})
        if split(policy, counts).get(against) == reported[against]:
            fits.append(n)
            if len(fits) == 2:
                break
    if len(fits) != 1:
        return None, None
    counts = dict(given, **{a: fits[0], b: rest - fits[0]})
    return dict((n, counts[n]) for n in names), "inferred"


def cost_sharing_of(doc, index, project, findings):
    sharing = project.get("cost_sharing")
    if sharing is None:
        return None
    path = f"projects[{index}]"
    policies = doc.get("policies", [])
    k = next((i for i, p in enumerate(policies) if p["id"] == sharing["policy"]), None)
    if k is None:
        findings.append({"rule": "JX-C007", "path": path + ".cost_sharing.policy", "expected": None,
                         "actual": sharing["policy"], "difference": None})
        return None
    policy = policies[k]
    year = doc["fiscal_year"]
    if not ((policy.get("valid_from") is None or int(policy["valid_from"][:4]) <= year) and
            (policy.get("valid_to") is None or year <= int(policy["valid_to"][:4]))):
        validity = policy.get("valid_from", "") + "…" + policy.get("valid_to", "")
        findings.append({"rule": "JX-C004", "path": path + ".cost_sharing.policy", "expected": validity,
                         "actual": str(year), "difference": None})
    by_category = (sharing.get("headcount") or {}).get("by_category") or {}
    unknown = [n for n in by_category if n != "x" and n not in policy["categories"]]
    for n in unknown:
        findings.append({"rule": "JX-C007", "path": path + ".cost_sharing.headcount.by_category." + n,
                         "expected": None, "actual": n, "difference": None})
    if unknown or not all(node_sound(node) for n, node in policy["categories"].items() if n != "x"):
        return None
    reported, where = {}, {}
    for i, t in enumerate(project.get("tranches", [])):
        reported[t["level"]] = reported.get(t["level"], 0) + amount(t["amount"])
        where.setdefault(t["level"], []).append(i)
    counts, method = complete_headcount(policy, sharing, reported)
    if counts is None:
        findings.append({"rule": "JX-C006", "path": path + ".cost_sharing.headcount", "expected": None,
                         "actual": None, "difference": None})
        return None
    amounts = split(policy, counts)
    for level in LEVELS:
        if level in reported and reported[level] != amounts.get(level, 0):
            expected = amounts.get(level, 0)
            at = f".tranches[{where[level][0]}].amount" if len(where[level]) == 1 else ".tranches"
            findings.append({"rule": "JX-C002", "path": path + at, "expected": yuan(expected),
                             "actual": yuan(reported[level]), "difference": yuan(reported[level] - expected)})
    for level, expected in amounts.items():
        if level not in reported and expected > 0:
            findings.append({"rule": "JX-C003", "path": path + ".tranches", "expected": yuan(expected),
                             "actual": "0.00", "difference": yuan(-expected)})
    if method == "inferred":
        findings.append({"rule": "JX-C005", "path": path + ".cost_sharing.headcount", "expected": None,
                         "actual": ", ".join(f"{n} {c}" for n, c in counts.items()), "difference": None})
    return {"policy": policy["id"], "headcount": counts, "inferred": method == "inferred",
            "levels": [{"level": level, "expected": yuan(expected),
                        "reported": yuan(reported[level]) if level in reported else None,
                        "difference": yuan(reported[level] - expected) if level in reported else None}
                       for level, expected in amounts.items()]}


# ---- one document ----------------------------------------------------------------------------------

def evaluate(doc):
    projects = []
    for index, project in enumerate(doc["projects"]):
        f = funds_of(project)
        findings = []
        funds_findings(doc, index, project, f, findings)
        sharing = cost_sharing_of(doc, index, project, findings)
        scores, d = scores_of(doc, project, f["rate"])
        findings.sort(key=lambda x: (x["rule"], x["path"]))
        projects.append({
            "id": project["id"], "name": project["name"],
            "funds": {"budget": yuan(f["budget"]), "available": yuan(f["available"]),
                      "used": yuan(f["used"]) if f["used_stated"] else None,
                      "carried_forward": yuan(f["carried_forward"]), "reduced": yuan(f["reduced"]),
                      "recovered": yuan(f["recovered"]), "surplus": yuan(f["surplus"])},
            "execution_rate": fixed(f["rate"] * 100, 2) if f["rate"] is not None else None,
            "scores": {key: (score_text(value, d) if key != "grade" and value is not None else value)
                       for key, value in scores.items()},
            "cost_sharing": sharing,
            "findings": findings,
        })
    return {"format": "jixiao-reference", "unit": doc.get("unit"), "fiscal_year": doc["fiscal_year"],
            "projects": projects}


CHECKED_RULES = re.compile(r"JX-(F0(0[1-9]|1[01])|C00[2-7])$")


def check(jixiao_path, input_path):
    """Compares jixiao's JSON Lines evaluation with this one, figure by figure."""
    lines = 0
    with open(jixiao_path, encoding="utf-8") as theirs, open(input_path, encoding="utf-8") as source:
        for number, text in enumerate(source, 1):
            if not text.strip():
                continue
            mine = evaluate(json.loads(text))
            other = json.loads(theirs.readline())
            if other.get("line") != number:
                sys.exit(f"line {number}: jixiao's output has line {other.get('line')} here")
            for p, q in zip(mine["projects"], other["projects"]):
                for key in ("id", "funds", "execution_rate", "scores", "cost_sharing"):
                    if p[key] != q[key]:
                        sys.exit(f"line {number}, project {p['id']}, {key}:\n  reference {p[key]}\n  jixiao    {q[key]}")
                theirs_findings = [{k: f[k] for k in ("rule", "path", "expected", "actual", "difference")}
                                   for f in q["findings"] if CHECKED_RULES.match(f["rule"])]
                for f in p["findings"]:
                    if f["rule"] == "JX-C006":  # its figures are a message only
                        f.update(expected=None, actual=None, difference=None)
                for f in theirs_findings:
                    if f["rule"] == "JX-C006":
                        f.update(expected=None, actual=None, difference=None)
                if p["findings"] != theirs_findings:
                    sys.exit(f"line {number}, project {p['id']}, findings:\n  reference {p['findings']}\n"
                             f"  jixiao    {theirs_findings}")
            lines += 1
    print(f"{lines} lines: every funds figure, rate, score, split and JX-F/JX-C finding agrees")


def main(argv):
    if len(argv) == 4 and argv[1] == "--check":
        check(argv[2], argv[3])
        return
    if len(argv) != 2:
        sys.exit(__doc__)
    out = sys.stdout
    with open(argv[1], encoding="utf-8") as source:
        for text in source:
            if text.strip():
                out.write(json.dumps(evaluate(json.loads(text)), ensure_ascii=False, separators=(",", ":")))
                out.write("\n")


if __name__ == "__main__":
    main(sys.argv)
