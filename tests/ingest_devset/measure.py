#!/usr/bin/env python3
"""Measures `jixiao ingest` and `jixiao lint` against a development set of report books.

    python3 tests/ingest_devset/measure.py --jixiao build/jixiao DEVSET_DIR [--heldout] [--min-percent N]

DEVSET_DIR holds books/NN-name.txt, expected/NN-name.json (what a careful reviewer reads
in each book) and optionally heldout.txt (book file names, one a line, that the ingester
must not be tuned on). The layout and the expected schema are described in README.md
next to this script. Standard library only; amounts are compared as exact decimals.

Exit status: 0 when the measurement ran (whatever the figures), 1 when --min-percent is
given and the share of stated figures read right is below it, 2 when the script itself
cannot run (missing directory, unreadable expected file, jixiao not runnable).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal, InvalidOperation

MONEY_KEYS = ('amount', 'initial_budget', 'budget', 'prior_year', 'arrived', 'used',
              'carried_forward', 'reduced', 'recovered', 'surplus')
RATE_KEYS = ('reported_rate', 'reported_arrival_rate')
FIGURE_KEYS = MONEY_KEYS + RATE_KEYS
COUNTED_SEVERITIES = ('error', 'warning')
CENT = Decimal('0.01')
UNIT_FACTORS = {'': Decimal(1), '元': Decimal(1), '万': Decimal(10000), '万元': Decimal(10000),
                '亿': Decimal(100000000), '亿元': Decimal(100000000)}


class SetupError(Exception):
    """The measurement cannot run at all (exit 2)."""


# ---- values ---------------------------------------------------------------------------

def parse_amount(text):
    """'1234.50', '10.82万', '3元' -> Decimal yuan rounded to fen; None if not an amount."""
    if text is None:
        return None
    m = re.fullmatch(r'\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(元|万元|万|亿元|亿)?\s*', str(text))
    if not m:
        return None
    try:
        value = Decimal(m.group(1).replace(',', '')) * UNIT_FACTORS[m.group(2) or '']
    except InvalidOperation:
        return None
    return value.quantize(CENT)


def parse_rate(text):
    """'97%', '97.00%', '97' -> Decimal 97 (a percentage); '0.958' (a fraction as a form's
    执行率 cell may print it, no % sign, at most 1) -> Decimal 95.8; None if not a rate."""
    if text is None:
        return None
    m = re.fullmatch(r'\s*(-?[0-9]+(?:\.[0-9]+)?)\s*([%％]?)\s*', str(text))
    if not m:
        return None
    value = Decimal(m.group(1))
    if not m.group(2) and '.' in m.group(1) and value <= 1:
        return value * 100
    return value


def parse_value(key, text):
    return parse_rate(text) if key in RATE_KEYS else parse_amount(text)


def show(key, value):
    if value is None:
        return '-'
    return f'{value}%' if key in RATE_KEYS else str(value)


# ---- what the ingester read -----------------------------------------------------------

def sum_amounts(values):
    parsed = [parse_amount(v) for v in values]
    if not parsed or any(v is None for v in parsed):
        return None
    return sum(parsed, Decimal(0)).quantize(CENT)


def ingested_figures(project):
    """The comparable figures of one ingested jixiao/1 project (absent keys left out)."""
    figures = {}
    tranches = project.get('tranches') or []
    if tranches:
        total = sum_amounts([t.get('amount') for t in tranches])
        if total is not None:
            figures['amount'] = total
        prior = [t.get('amount') for t in tranches if t.get('source') == 'prior_year']
        if prior:
            figures['prior_year'] = sum_amounts(prior)
        arrived = [t.get('arrived') for t in tranches if t.get('arrived') is not None]
        if arrived:
            figures['arrived'] = sum_amounts(arrived)
    budget = project.get('budget') or {}
    if budget.get('adjusted') is not None:
        figures['budget'] = parse_amount(budget['adjusted'])
    if budget.get('initial') is not None:
        figures['initial_budget'] = parse_amount(budget['initial'])
    execution = project.get('execution') or {}
    for key in ('used', 'carried_forward', 'reduced', 'recovered', 'surplus'):
        if execution.get(key) is not None:
            figures[key] = parse_amount(execution[key])
    if execution.get('reported_rate') is not None:
        figures['reported_rate'] = parse_rate(execution['reported_rate'])
    if project.get('reported_arrival_rate') is not None:
        figures['reported_arrival_rate'] = parse_rate(project['reported_arrival_rate'])
    return {k: v for k, v in figures.items() if v is not None}


# ---- what the reviewer read -----------------------------------------------------------

def expected_figures(project):
    figures = {}
    for key in FIGURE_KEYS:
        if key in project:
            value = parse_value(key, project[key])
            if value is None:
                raise SetupError(f'{project.get("name")}: {key}: "{project[key]}" is not a figure')
            figures[key] = value
    return figures


def value_set(project, field):
    """derived / alternatives: key -> set of accepted values."""
    out = {}
    for key, raw in (project.get(field) or {}).items():
        values = raw if isinstance(raw, list) else [raw]
        out[key] = {parse_value(key, v) for v in values}
    return out


# ---- matching projects ----------------------------------------------------------------

def _traditional_forms():
    """The ingester's own table of traditional characters and their simplified forms
    (src/ingest/traditional.cpp): jixiao reads a mirror's traditional text as simplified, while a
    reviewer copies a project's name as printed. Empty when the source is not beside the script."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'ingest', 'traditional.cpp')
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    except OSError:
        return {}
    table = text.split('std::string_view pairs =', 1)[-1].split(';', 1)[0]
    chars = ''.join(re.findall(r'"([^"]*)"', table))
    return {chars[i]: chars[i + 1] for i in range(0, len(chars) - 1, 2)}


TRADITIONAL = str.maketrans(_traditional_forms())


def name_key(name):
    return re.sub(r'[\s\d年度“”"‘’()（）【】〔〕\[\]、，,.。:：;；*-]', '', name or '').translate(TRADITIONAL)


def similarity(a, b):
    """Dice coefficient of character bigrams (single characters for very short names)."""
    a, b = name_key(a), name_key(b)
    if not a or not b:
        return 0.0
    grams = lambda s: [s[i:i + 2] for i in range(len(s) - 1)] or [s]
    ga, gb = grams(a), grams(b)
    pool = list(gb)
    common = 0
    for g in ga:
        if g in pool:
            pool.remove(g)
            common += 1
    return 2.0 * common / (len(ga) + len(gb))


def match_projects(expected, ingested):
    """Pairs (expected index, ingested index): best names first, then the rest in order."""
    candidates = sorted(((similarity(e.get('name'), g.get('name')), i, j)
                         for i, e in enumerate(expected) for j, g in enumerate(ingested)),
                        key=lambda t: (-t[0], t[1], t[2]))
    pairs, used_e, used_g = [], set(), set()
    for score, i, j in candidates:
        if score < 0.35:
            break
        if i not in used_e and j not in used_g:
            pairs.append((i, j))
            used_e.add(i)
            used_g.add(j)
    rest_e = [i for i in range(len(expected)) if i not in used_e]
    rest_g = [j for j in range(len(ingested)) if j not in used_g]
    pairs.extend(zip(rest_e, rest_g))
    return sorted(pairs)


# ---- scoring --------------------------------------------------------------------------

class Score:
    def __init__(self):
        self.right = self.wrong = self.missed = self.invented = 0
        self.details = []

    @property
    def stated(self):
        return self.right + self.wrong + self.missed

    def better_than(self, other):
        return (self.right, -self.invented, -self.wrong) > (other.right, -other.invented, -other.wrong)


def score_reading(reading, ingested):
    """Scores one reading of a book (a list of expected projects) against the ingested projects."""
    score = Score()
    got = [ingested_figures(p) for p in ingested]
    pairs = match_projects(reading, ingested)
    matched_g = {j for _, j in pairs}
    matched_e = {i: j for i, j in pairs}
    for i, exp in enumerate(reading):
        want = expected_figures(exp)
        derived = value_set(exp, 'derived')
        alternatives = value_set(exp, 'alternatives')
        have = got[matched_e[i]] if i in matched_e else {}
        label = exp.get('name')
        for key in FIGURE_KEYS:
            if key in want:
                accepted = {want[key]} | alternatives.get(key, set())
                if key not in have:
                    score.missed += 1
                    score.details.append(f'missed   {label} {key} = {show(key, want[key])}')
                elif have[key] in accepted:
                    score.right += 1
                else:
                    score.wrong += 1
                    score.details.append(f'wrong    {label} {key}: {show(key, have[key])}, '
                                         f'stated {show(key, want[key])}')
            # A figure the text does not state outright but a careful reader may defend (an
            # alternative of a key with no main reading) is not invented either.
            # Nor is an amount allocated equal to the budget the reviewer read, where the reviewer
            # left the amount out (a form's 全年预算数: some reviewers record it as both), nor a
            # budget equal to the amount the reviewer read, where the reviewer left the budget out
            # (预算安排805万元 names both).
            elif key == 'amount' and key in have and have[key] in {want.get('budget'), want.get('initial_budget')}:
                pass
            elif key == 'budget' and key in have and have[key] == want.get('amount'):
                pass
            elif key in have and have[key] not in derived.get(key, set()) | alternatives.get(key, set()):
                score.invented += 1
                score.details.append(f'invented {label} {key} = {show(key, have[key])}')
    for j, figures in enumerate(got):
        if j in matched_g:
            continue
        for key, value in figures.items():
            score.invented += 1
            score.details.append(f'invented {ingested[j].get("name")} (no such project) {key} = {show(key, value)}')
    return score


# What a project with parts states of the whole that is no money of its parts: its budget and
# the rates it prints stay with it when the parts are read as projects.
WHOLE_ONLY = ('initial_budget', 'budget', 'reported_rate', 'reported_arrival_rate')


def readings(expected_projects):
    """The book as printed (totals) and, when some project lists parts, with parts in its place
    (the project itself kept for its budget and rates, when it states any)."""
    whole = [p for p in expected_projects]
    out = [('whole', whole)]
    if any(p.get('parts') for p in expected_projects):
        split = []
        for p in expected_projects:
            if not p.get('parts'):
                split.append(p)
                continue
            own = {k: p[k] for k in WHOLE_ONLY if k in p}
            if own:
                own['name'] = p.get('name')
                for extra in ('derived', 'alternatives'):
                    kept = {k: v for k, v in (p.get(extra) or {}).items() if k in WHOLE_ONLY}
                    if kept:
                        own[extra] = kept
                split.append(own)
            split.extend(p['parts'])
        out.append(('parts', split))
    return out


def false_alarms(findings, expected):
    """Error/warning findings beyond those the expected contradictions and allowed findings excuse.
    An entry excuses one finding of its rule, or one per project with "per_project": true (the
    projects of the book's longer reading, parts included)."""
    projects = max(len(reading) for _, reading in readings(expected.get('projects') or [])) \
        if expected.get('projects') else 0
    allowed = {}
    for entry in list(expected.get('contradictions') or []) + list(expected.get('allowed_findings') or []):
        rule = entry.get('rule')
        if rule:
            allowed[rule] = allowed.get(rule, 0) + (projects if entry.get('per_project') else 1)
    seen = {}
    for f in findings:
        if f.get('severity') in COUNTED_SEVERITIES:
            seen[f.get('rule')] = seen.get(f.get('rule'), 0) + 1
    alarms = []
    for rule, count in sorted(seen.items(), key=lambda kv: str(kv[0])):
        extra = count - allowed.get(rule, 0)
        if extra > 0:
            alarms.append((rule, extra))
    return alarms


# ---- running jixiao -------------------------------------------------------------------

def run(jixiao, args):
    try:
        return subprocess.run([jixiao] + args, capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise SetupError(f'cannot run {jixiao}: {e}')


def collect_findings(evaluation):
    out = list(evaluation.get('findings') or [])
    for p in evaluation.get('projects') or []:
        out.extend(p.get('findings') or [])
    return out


def strip_header(book_path, scratch):
    """The book without its leading "# " comment lines (source, province…), written under the
    same file name in a scratch directory; the book itself when it has none."""
    with open(book_path, 'rb') as f:
        lines = f.read().splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith(b'# '):
        start += 1
    if start == 0:
        return book_path
    path = os.path.join(scratch, os.path.basename(book_path))
    with open(path, 'wb') as f:
        f.writelines(lines[start:])
    return path


def measure_book(jixiao, book_path, expected):
    with tempfile.TemporaryDirectory() as scratch:
        return measure_text(jixiao, book_path, strip_header(book_path, scratch), expected)


def measure_text(jixiao, book_path, text_path, expected):
    # A book whose reviewer found no fiscal year either ("20xx年度"): jixiao asks for --year.
    result = {'book': os.path.basename(book_path), 'refused': False, 'reading': 'whole',
              'alarms': [], 'score': Score(), 'note': '', 'no_year': expected.get('fiscal_year') is None}
    ingest = run(jixiao, ['ingest', text_path, '--format', 'json'])
    whole = expected.get('projects') or []
    if ingest.returncode == 2:
        result['refused'] = True
        score = score_reading(whole, [])
        result['score'] = score
        result['note'] = ingest.stderr.decode('utf-8', 'replace').strip().splitlines()[:1]
        return result
    if ingest.returncode != 0:
        raise SetupError(f'{book_path}: jixiao ingest exited {ingest.returncode}: '
                         f'{ingest.stderr.decode("utf-8", "replace")[:300]}')
    try:
        doc = json.loads(ingest.stdout.decode('utf-8'))
    except ValueError as e:
        raise SetupError(f'{book_path}: jixiao ingest wrote no JSON document: {e}')
    ingested = doc.get('projects') or []
    best_name, best = None, None
    for name, reading in readings(whole):
        score = score_reading(reading, ingested)
        if best is None or score.better_than(best):
            best_name, best = name, score
    result['reading'], result['score'] = best_name, best

    lint = run(jixiao, ['lint', text_path, '--format', 'json'])
    if lint.returncode in (0, 1):
        try:
            evaluation = json.loads(lint.stdout.decode('utf-8'))
        except ValueError as e:
            raise SetupError(f'{book_path}: jixiao lint wrote no JSON: {e}')
        result['alarms'] = false_alarms(collect_findings(evaluation), expected)
    elif lint.returncode != 2:
        raise SetupError(f'{book_path}: jixiao lint exited {lint.returncode}')
    return result


# ---- the dev set ----------------------------------------------------------------------

def load_devset(directory):
    books_dir = os.path.join(directory, 'books')
    expected_dir = os.path.join(directory, 'expected')
    if not os.path.isdir(books_dir) or not os.path.isdir(expected_dir):
        raise SetupError(f'{directory}: expected the directories books/ and expected/')
    heldout = set()
    heldout_file = os.path.join(directory, 'heldout.txt')
    if os.path.exists(heldout_file):
        with open(heldout_file, encoding='utf-8') as f:
            heldout = {line.strip() for line in f if line.strip() and not line.startswith('#')}
    entries = []
    for name in sorted(os.listdir(expected_dir)):
        if not name.endswith('.json'):
            continue
        path = os.path.join(expected_dir, name)
        try:
            with open(path, encoding='utf-8') as f:
                expected = json.load(f)
        except (OSError, ValueError) as e:
            raise SetupError(f'{path}: {e}')
        book = expected.get('book') or name[:-len('.json')] + '.txt'
        book_path = os.path.join(books_dir, book)
        if not os.path.exists(book_path):
            raise SetupError(f'{path}: its book {book_path} does not exist')
        entries.append((book_path, expected, book in heldout))
    if not entries:
        raise SetupError(f'{expected_dir}: no expected/*.json')
    return entries


def percent(part, whole):
    if whole == 0:
        return '-'
    return f'{(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))}%'


def print_table(title, results, verbose):
    print(f'== {title}: {len(results)} books')
    header = f'{"book":<28} {"right":>5} {"wrong":>5} {"missed":>6} {"invent":>6} {"stated":>6} {"alarms":>6}  note'
    print(header)
    totals = Score()
    refused = no_year = alarms = over_one = 0
    for r in results:
        s = r['score']
        n_alarms = sum(extra for _, extra in r['alarms'])
        notes = []
        if r['refused']:
            notes.append('REFUSED')
        if r['reading'] != 'whole':
            notes.append(f'read as {r["reading"]}')
        if r['alarms']:
            notes.append(' '.join(f'{rule}×{extra}' for rule, extra in r['alarms']))
        print(f'{r["book"][:28]:<28} {s.right:>5} {s.wrong:>5} {s.missed:>6} {s.invented:>6} {s.stated:>6} '
              f'{n_alarms:>6}  {"; ".join(notes)}')
        if verbose:
            for d in s.details:
                print(f'    {d}')
        totals.right += s.right
        totals.wrong += s.wrong
        totals.missed += s.missed
        totals.invented += s.invented
        refused += r['refused']
        no_year += r['refused'] and r['no_year']
        alarms += n_alarms
        over_one += n_alarms > 1
    print(f'{"total":<28} {totals.right:>5} {totals.wrong:>5} {totals.missed:>6} {totals.invented:>6} '
          f'{totals.stated:>6} {alarms:>6}')
    print(f'figures right: {totals.right}/{totals.stated} ({percent(totals.right, totals.stated)}); '
          f'invented: {totals.invented}; refused books: {refused}/{len(results)}'
          f'{f" ({no_year} naming no year)" if no_year else ""}; '
          f'false alarms: {alarms} (books with more than one: {over_one})')
    print()
    return totals


def main(argv):
    parser = argparse.ArgumentParser(description='Measure jixiao ingest/lint against a development set of report books.')
    parser.add_argument('--jixiao', required=True, help='the jixiao executable')
    parser.add_argument('devset', help='directory with books/, expected/ and optionally heldout.txt')
    parser.add_argument('--heldout', action='store_true', help='also measure the held-out books')
    parser.add_argument('--min-percent', type=Decimal, default=None,
                        help='exit 1 when the share of stated figures read right is below this')
    parser.add_argument('-v', '--verbose', action='store_true', help='list every wrong, missed and invented figure')
    args = parser.parse_args(argv)
    try:
        entries = load_devset(args.devset)
        dev, held = [], []
        for book_path, expected, is_heldout in entries:
            if is_heldout and not args.heldout:
                continue
            (held if is_heldout else dev).append(measure_book(args.jixiao, book_path, expected))
    except SetupError as e:
        print(f'measure.py: {e}', file=sys.stderr)
        return 2
    right = stated = 0
    for title, results in (('development', dev), ('held out', held)):
        if results:
            totals = print_table(title, results, args.verbose)
            right += totals.right
            stated += totals.stated
    if not args.heldout and any(h for _, _, h in entries):
        print('(held-out books not measured; add --heldout)')
    if args.min_percent is not None:
        if stated == 0 or Decimal(right) * 100 < args.min_percent * stated:
            print(f'below --min-percent {args.min_percent}: {right}/{stated}', file=sys.stderr)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
