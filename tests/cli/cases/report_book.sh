# jixiao ingest and jixiao lint on report books as units write them.
book="$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt"
if run lint-seed 1 -- "$jixiao" lint "$book" --format json --lang en; then
    expect lint-seed '"rule": "JX-S003"' "$out"
    paths=$(python3 -c 'import json,sys
d=json.load(sys.stdin)
rows=[(f["rule"],f["path"]) for f in d.get("findings",[])]
rows+=[(f["rule"],f["path"]) for p in d["projects"] for f in p["findings"] if f["rule"] in ("JX-S001","JX-S002","JX-S004")]
print(" ".join(r+"@"+p for r,p in rows))' <<<"$out")
    expect_equal lint-seed-text-findings "JX-S003@projects[3].basis[0] JX-S002@projects[0] JX-S001@projects[4] JX-S002@projects[5] JX-S004@projects[5].outcome JX-S001@projects[6] JX-S004@projects[6].outcome JX-S001@projects[7] JX-S002@projects[8]" "$paths"
    rates=$(grep -o '"execution_rate": "[0-9.]*"' <<<"$out" | sed 's/.*: "\(.*\)"/\1/' | tr '\n' ' ')
    expect_equal lint-seed-rates "0.00 100.00 100.00 100.00 0.00 0.00 0.00 0.00 0.00 " "$rates"
    # The JSON evaluation carries the line of a report-text finding under "source".
    source_of_s003=$(python3 -c 'import json,sys
d=json.load(sys.stdin)
f=[f for f in d["findings"] if f["rule"]=="JX-S003"][0]
print(f["source"]["line"], f["source"]["file"].endswith("renhe-hrss-2023-self-evaluation.txt"))' <<<"$out")
    expect_equal lint-source "116 True" "$source_of_s003"
fi
if run lint-never 0 -- "$jixiao" lint "$book" --fail-on never; then
    # A finding about the text names its file and line, then the path.
    expect lint-never "[警告] JX-S003 $book:116: projects[3].basis[0]" "$out"
fi
# evaluate accepts every id jixiao rules lists: a report-text rule too (it has no text to read there).
if run evaluate-disable-report-rule 0 -- "$jixiao" evaluate --disable JX-S001 --fail-on never --format json; then
    expect evaluate-disable-report-rule '"format": "jixiao-evaluation/1"' "$out"
fi
# lint with a report-text rule switched off: the same as without it, less that rule's findings.
if run lint-disable-s001 0 -- "$jixiao" lint "$book" --fail-on never --disable JX-S001 --format json; then
    expect_not lint-disable-s001 '"JX-S001"' "$out"
    expect lint-disable-s001 '"JX-S003"' "$out"
fi
if run lint-disable 0 -- "$jixiao" lint "$book" --fail-on never --disable JX-S005,JX-I002 --format json; then
    expect_not lint-disable '"JX-S005"' "$out"
    expect_not lint-disable '"JX-I002"' "$out"
    expect lint-disable '"JX-S004"' "$out"
fi
if run lint-disable-unknown 2 -- "$jixiao" lint "$book" --disable JX-S999 --lang en; then
    expect lint-disable-unknown "JX-S999" "$err"
fi

# ingest writes jixiao/1, which evaluate reads back; the JX-S findings go to standard error.
if run ingest-seed 0 -- "$jixiao" ingest "$book" --output "$work/ingested.json" --lang en; then
    expect ingest-seed "renhe-hrss-2023-self-evaluation.txt:116: [warning] JX-S003 projects[3].basis[0]" "$err"
    if run ingest-evaluate 1 -- "$jixiao" evaluate "$work/ingested.json" --format json; then
        rates=$(grep -o '"execution_rate": "[0-9.]*"' <<<"$out" | sed 's/.*: "\(.*\)"/\1/' | tr '\n' ' ')
        expect_equal ingest-evaluate-rates "0.00 100.00 100.00 100.00 0.00 0.00 0.00 0.00 0.00 " "$rates"
    fi
fi
# The same book in GB18030 (Word's plain-text export on Chinese Windows) gives the same document.
if iconv -f UTF-8 -t GB18030 "$book" >"$work/book-gb18030.txt" 2>/dev/null; then
    if run ingest-gb18030 0 -- "$jixiao" ingest "$work/book-gb18030.txt" --output "$work/ingested-gb.json"; then
        utf8_doc=$(grep -v '"encoding"\|"source"\|book-gb18030\|self-evaluation.txt' "$work/ingested.json")
        gb_doc=$(grep -v '"encoding"\|"source"\|book-gb18030\|self-evaluation.txt' "$work/ingested-gb.json")
        expect_equal ingest-gb18030-same "$utf8_doc" "$gb_doc"
        expect ingest-gb18030-encoding '"GB18030"' "$(cat "$work/ingested-gb.json")"
    fi
fi
# A book that names no year: refused with a hint, read with --year; --year against the title's year is refused.
printf '财政支出项目绩效评价自评报告\n一、项目概况\n到位资金10万元。\n' >"$work/no-year.txt"
if run ingest-no-year 2 -- "$jixiao" ingest "$work/no-year.txt" --lang en --output "$work/never.json"; then
    expect ingest-no-year "give the report's year with --year" "$err"
    [ -e "$work/never.json" ] && fail ingest-no-year "wrote $work/never.json"
fi
if run ingest-year 0 -- "$jixiao" ingest "$work/no-year.txt" --year 2016; then
    expect ingest-year '"fiscal_year": 2016' "$out"
fi
if run lint-year 0 -- "$jixiao" lint "$work/no-year.txt" --year 2016 --format json --fail-on never; then
    expect lint-year '"fiscal_year": 2016' "$out"
fi
if run ingest-year-against-title 2 -- "$jixiao" ingest "$book" --year 2022 --lang en; then
    expect ingest-year-against-title "the title names fiscal year 2023, not the --year 2022 given" "$err"
fi
printf '\xff\xfe\x00\xd8' >"$work/garbage.txt"
if run ingest-garbage 2 -- "$jixiao" ingest "$work/garbage.txt" --lang en --output "$work/never.json"; then
    expect ingest-garbage "garbage.txt" "$err"
    if [ -e "$work/never.json" ]; then fail ingest-garbage-output "--output was written"; else pass; fi
fi
printf '没有任何项目的文本\n' >"$work/empty-book.txt"
if run ingest-no-project 2 -- "$jixiao" ingest "$work/empty-book.txt" --lang en; then
    expect ingest-no-project "empty-book.txt" "$err"
fi
if run rules-text 0 -- "$jixiao" rules --lang en; then expect rules-text "JX-S005" "$out"; fi

# A form copied as text with its indicator table: JX-S009 instead of the JX-I findings, and
# --disable JX-S009 switches it off in jixiao lint as in the library (the JX-I findings return).
printf '项目支出绩效自评表\n(2019年度)\n项目名称 | 某扶持项目 |\n主管部门 | 某县人民政府 |\n预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n年度财政资金总额 | 650 | 94 | 14.46%% | 2.9 |\n一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n' >"$work/form-s009.txt"
if run lint-form-s009 0 -- "$jixiao" lint "$work/form-s009.txt" --fail-on never --lang en; then
    expect lint-form-s009 "JX-S009" "$out"
    expect_not lint-form-s009 "JX-I005" "$out"
fi
if run lint-form-s009-off 0 -- "$jixiao" lint "$work/form-s009.txt" --fail-on never --lang en --disable JX-S009; then
    expect_not lint-form-s009-off "JX-S009" "$out"
    expect lint-form-s009-off "JX-I005" "$out"
fi
