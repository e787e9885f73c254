#!/usr/bin/env python3
"""Self-test of measure.py: its comparisons on made-up ingester output, and (given the
jixiao executable as the first argument) its exit status on the fixture dev set.

    python3 tests/ingest_devset/test_measure.py [path/to/jixiao]
"""

import contextlib
import io
import json
import os
import sys
import tempfile
import unittest
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402

JIXIAO = None


def project(name, tranches=(), execution=None, budget=None, arrival_rate=None):
    p = {'id': name, 'name': name, 'tranches': list(tranches)}
    if execution is not None:
        p['execution'] = execution
    if budget is not None:
        p['budget'] = budget
    if arrival_rate is not None:
        p['reported_arrival_rate'] = arrival_rate
    return p


class Values(unittest.TestCase):
    def test_amounts_in_yuan_and_wan_are_exact(self):
        self.assertEqual(measure.parse_amount('10.82万'), Decimal('108200.00'))
        self.assertEqual(measure.parse_amount('2595.6208万元'), Decimal('25956208.00'))
        self.assertEqual(measure.parse_amount('1,234.5'), Decimal('1234.50'))
        self.assertEqual(measure.parse_amount('3.6元'), Decimal('3.60'))
        self.assertIsNone(measure.parse_amount('10.8.2万'))
        self.assertIsNone(measure.parse_amount(None))

    def test_rates_compare_by_value(self):
        self.assertEqual(measure.parse_rate('97%'), measure.parse_rate('97.00%'))
        self.assertEqual(measure.parse_rate('28.93％'), Decimal('28.93'))
        self.assertIsNone(measure.parse_rate('九成'))
        # A form's 执行率 cell printed as a fraction, no % sign: 0.958 is 95.8 %; 99.97 stays a percentage.
        self.assertEqual(measure.parse_rate('0.958'), Decimal('95.8'))
        self.assertEqual(measure.parse_rate('99.97'), Decimal('99.97'))
        self.assertEqual(measure.parse_rate('0.5%'), Decimal('0.5'))

    def test_ingested_figures_sum_tranches_and_leave_absent_out(self):
        p = project('甲', tranches=[{'level': 'central', 'source': 'current_year', 'amount': '100万', 'arrived': '100万'},
                                    {'level': 'county', 'source': 'prior_year', 'amount': '20万'}],
                    execution={'used': '90万', 'reported_rate': '75%'})
        self.assertEqual(measure.ingested_figures(p), {
            'amount': Decimal('1200000.00'), 'prior_year': Decimal('200000.00'),
            'arrived': Decimal('1000000.00'), 'used': Decimal('900000.00'), 'reported_rate': Decimal('75')})


class Header(unittest.TestCase):
    def test_the_collectors_comment_lines_are_not_given_to_jixiao(self):
        with tempfile.TemporaryDirectory() as d, tempfile.TemporaryDirectory() as scratch:
            book = os.path.join(d, '01-x.txt')
            with open(book, 'w', encoding='utf-8') as f:
                f.write('# source: https://example.org/a\n# province: 某省  sector: 教育  year: 2023\n标题\n# 正文\n')
            stripped = measure.strip_header(book, scratch)
            self.assertEqual(os.path.basename(stripped), '01-x.txt')
            with open(stripped, encoding='utf-8') as f:
                self.assertEqual(f.read(), '标题\n# 正文\n')
            plain = os.path.join(d, '02-y.txt')
            with open(plain, 'w', encoding='utf-8') as f:
                f.write('标题\n')
            self.assertEqual(measure.strip_header(plain, scratch), plain)


class Scoring(unittest.TestCase):
    def test_right_wrong_missed_and_invented_are_counted_apart(self):
        expected = [{'name': '耕地地力保护补贴项目', 'amount': '1200000.00', 'used': '1080000.00',
                     'reported_rate': '90%', 'arrived': '1200000.00'}]
        ingested = [project('耕地地力保护补贴项目',
                            tranches=[{'level': 'central', 'amount': '120万'}],       # amount right, arrived missed
                            execution={'used': '108万', 'reported_rate': '100%',      # used right, rate wrong
                                       'surplus': '0'})]                              # surplus invented
        s = measure.score_reading(expected, ingested)
        self.assertEqual((s.right, s.wrong, s.missed, s.invented), (2, 1, 1, 1))
        self.assertEqual(s.stated, 4)

    def test_derived_values_are_not_invented_and_alternatives_are_right(self):
        expected = [{'name': '生均公用经费项目', 'amount': '2390000.00', 'used': '870600.00',
                     'derived': {'carried_forward': '1519400.00'}, 'alternatives': {'used': ['870601.00']}}]
        ingested = [project('生均公用经费', tranches=[{'level': 'county', 'amount': '239万'}],
                            execution={'used': '87.0601万', 'carried_forward': '151.94万'})]
        s = measure.score_reading(expected, ingested)
        self.assertEqual((s.right, s.wrong, s.missed, s.invented), (2, 0, 0, 0))

    def test_an_alternative_of_an_unstated_figure_is_not_invented(self):
        expected = [{'name': '村级转移支付', 'amount': '2702100.00', 'alternatives': {'arrived': ['2702100.00']}}]
        ingested = [project('村级转移支付', tranches=[{'level': 'county', 'amount': '270.21万', 'arrived': '270.21万'}])]
        s = measure.score_reading(expected, ingested)
        self.assertEqual((s.right, s.wrong, s.missed, s.invented, s.stated), (1, 0, 0, 0, 1))
        other = [project('村级转移支付', tranches=[{'level': 'county', 'amount': '270.21万', 'arrived': '200万'}])]
        self.assertEqual(measure.score_reading(expected, other).invented, 1)

    def test_an_amount_equal_to_the_budget_read_is_not_invented_where_the_reviewer_left_it_out(self):
        expected = [{'name': '某表', 'budget': '5000000.00', 'used': '4400000.00'}]
        ingested = [project('某表', tranches=[{'level': 'county', 'amount': '500万'}], budget={'adjusted': '500万'},
                            execution={'used': '440万'})]
        s = measure.score_reading(expected, ingested)
        self.assertEqual((s.right, s.wrong, s.missed, s.invented, s.stated), (2, 0, 0, 0, 2))
        other = [project('某表', tranches=[{'level': 'county', 'amount': '600万'}], budget={'adjusted': '500万'},
                         execution={'used': '440万'})]
        self.assertEqual(measure.score_reading(expected, other).invented, 1)

    def test_a_budget_equal_to_the_amount_read_is_not_invented_where_the_reviewer_left_it_out(self):
        expected = [{'name': '某资金', 'amount': '8050000.00', 'used': '5670000.00'}]
        ingested = [project('某资金', tranches=[{'level': 'county', 'amount': '805万'}], budget={'adjusted': '805万'},
                            execution={'used': '567万'})]
        s = measure.score_reading(expected, ingested)
        self.assertEqual((s.right, s.wrong, s.missed, s.invented, s.stated), (2, 0, 0, 0, 2))
        other = [project('某资金', tranches=[{'level': 'county', 'amount': '805万'}], budget={'adjusted': '900万'},
                         execution={'used': '567万'})]
        self.assertEqual(measure.score_reading(expected, other).invented, 1)

    def test_a_project_nobody_stated_invents_all_its_figures(self):
        expected = [{'name': '慰问经费', 'amount': '44000.00'}]
        ingested = [project('慰问经费', tranches=[{'level': 'municipal', 'amount': '4.4万'}]),
                    project('未命名项目1', tranches=[{'level': 'municipal', 'amount': '1万'}], execution={'used': '0'})]
        s = measure.score_reading(expected, ingested)
        self.assertEqual((s.right, s.invented), (1, 2))

    def test_projects_are_matched_by_name_before_order(self):
        expected = [{'name': '慈善会项目', 'amount': '400000.00'}, {'name': '流浪乞讨救助经费', 'amount': '360000.00'}]
        ingested = [project('流浪乞讨救助经费', tranches=[{'level': 'county', 'amount': '36万'}]),
                    project('慈善会项目', tranches=[{'level': 'county', 'amount': '40万'}])]
        self.assertEqual(measure.score_reading(expected, ingested).right, 2)

    def test_a_name_copied_in_traditional_characters_pairs_with_its_simplified_reading(self):
        self.assertEqual(measure.name_key('業務工作經費'), '业务工作经费')
        self.assertEqual(measure.match_projects([{'name': '局辦公樓維修改造'}, {'name': '業務工作經費'}],
                                                [{'name': '业务工作经费'}, {'name': '局办公楼维修改造'}]), [(0, 1), (1, 0)])

    def test_a_book_with_parts_is_scored_by_its_better_reading(self):
        whole = [{'name': '专项资金', 'amount': '1000000.00',
                  'parts': [{'name': '甲工程', 'amount': '600000.00'}, {'name': '乙工程', 'amount': '400000.00'}]}]
        names = [name for name, _ in measure.readings(whole)]
        self.assertEqual(names, ['whole', 'parts'])
        split = dict(measure.readings(whole))['parts']
        ingested = [project('甲工程', tranches=[{'level': 'county', 'amount': '60万'}]),
                    project('乙工程', tranches=[{'level': 'county', 'amount': '40万'}])]
        self.assertEqual(measure.score_reading(split, ingested).right, 2)
        self.assertEqual(measure.score_reading(whole, ingested).right, 0)

    def test_a_whole_with_parts_keeps_its_budget_and_rates_in_the_parts_reading(self):
        whole = [{'name': '福利事业项目', 'amount': '130640.00', 'budget': '130640.00', 'reported_rate': '82.85%',
                  'used': '108240.00', 'parts': [{'name': '公益金', 'amount': '107000.00'},
                                                 {'name': '其他资金', 'amount': '23640.00'}]}]
        split = dict(measure.readings(whole))['parts']
        self.assertEqual(split[0], {'name': '福利事业项目', 'budget': '130640.00', 'reported_rate': '82.85%'})
        self.assertEqual([p['name'] for p in split[1:]], ['公益金', '其他资金'])
        # A whole stating none of them is replaced by its parts alone.
        bare = [{'name': '专项资金', 'amount': '1000000.00', 'parts': [{'name': '甲', 'amount': '1.00'}]}]
        self.assertEqual(dict(measure.readings(bare))['parts'], [{'name': '甲', 'amount': '1.00'}])

    def test_false_alarms_are_findings_beyond_the_excused_ones(self):
        expected = {'contradictions': [{'rule': 'JX-F001', 'what': 'paid more than arrived'}],
                    'allowed_findings': [{'rule': 'JX-F005'}]}
        findings = [{'rule': 'JX-F001', 'severity': 'error'}, {'rule': 'JX-F001', 'severity': 'error'},
                    {'rule': 'JX-F005', 'severity': 'warning'}, {'rule': 'JX-S001', 'severity': 'warning'},
                    {'rule': 'JX-S005', 'severity': 'info'}]
        self.assertEqual(measure.false_alarms(findings, expected), [('JX-F001', 1), ('JX-S001', 1)])

    def test_a_per_project_allowance_excuses_one_finding_per_project(self):
        expected = {'projects': [{'name': '总额', 'parts': [{'name': '甲'}, {'name': '乙'}]}],
                    'allowed_findings': [{'rule': 'JX-I005', 'per_project': True}]}
        findings = [{'rule': 'JX-I005', 'severity': 'warning'}] * 3
        self.assertEqual(measure.false_alarms(findings, expected), [('JX-I005', 1)])


@unittest.skipUnless(JIXIAO or len(sys.argv) > 1, 'no jixiao executable given')
class Fixture(unittest.TestCase):
    fixture = os.path.join(HERE, 'fixture')

    def run_main(self, *args):
        with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
            status = measure.main(['--jixiao', JIXIAO] + list(args))
        return status, out.getvalue()

    def test_the_fixture_is_measured_and_exits_0(self):
        status, out = self.run_main(self.fixture)
        self.assertEqual(status, 0)
        self.assertIn('01-sample-county.txt', out)
        self.assertIn('figures right: ', out)
        self.assertIn('/6 (', out)  # six figures are stated in the fixture book

    def test_min_percent_above_the_result_exits_1(self):
        self.assertEqual(self.run_main(self.fixture, '--min-percent', '101')[0], 1)
        self.assertEqual(self.run_main(self.fixture, '--min-percent', '0')[0], 0)

    def test_the_pattern_set_is_measured_and_exits_0(self):
        status, out = self.run_main(os.path.join(HERE, 'patterns'))
        self.assertEqual(status, 0)
        self.assertIn('== development: 12 books', out)

    def test_a_refused_book_naming_no_year_is_counted_apart(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, 'books'))
            os.makedirs(os.path.join(d, 'expected'))
            with open(os.path.join(d, 'books', '01-no-year.txt'), 'w', encoding='utf-8') as f:
                f.write('# source: made up\n20xx年度某项目绩效自评报告\n一、基本情况\n下达资金10万元。\n')
            with open(os.path.join(d, 'expected', '01-no-year.json'), 'w', encoding='utf-8') as f:
                json.dump({'book': '01-no-year.txt', 'fiscal_year': None,
                           'projects': [{'name': '某项目', 'amount': '100000.00'}]}, f)
            status, out = self.run_main(d)
        self.assertEqual(status, 0)
        self.assertIn('refused books: 1/1 (1 naming no year)', out)
        self.assertIn('figures right: 0/1 ', out)

    def test_a_directory_without_a_dev_set_exits_2(self):
        with tempfile.TemporaryDirectory() as empty:
            self.assertEqual(self.run_main(empty)[0], 2)


if __name__ == '__main__':
    if len(sys.argv) > 1:
        JIXIAO = sys.argv.pop(1)
    unittest.main(verbosity=1)
