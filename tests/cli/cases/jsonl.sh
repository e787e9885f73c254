# jixiao evaluate on JSON Lines: a stream, line by line; bad lines reported by
# their line and skipped; jsonl, json and text output; --jobs; stdin; the
# line-length limit; jixiao gen. (Decisions: src/cli/evaluate_command.cpp.)
cat >"$work/small.jsonl" <<'JSONL'
{"format":"jixiao/1","unit":"仁和区人社局","fiscal_year":2023,"projects":[{"id":"p1","name":"项目一","tranches":[{"level":"district","amount":"100"}],"execution":{"used":"100"},"indicators":[{"level1":"output","name":"人数","op":">=","target":"10","actual":"10","weight":"50"},{"level1":"effect","name":"效果","rating":"achieved","weight":"30"},{"level1":"satisfaction","name":"满意度","op":">=","target":"90","actual":"95","weight":"10"}]}]}

{"format":"jixiao/1","fiscal_year":2023,"projects":[}]}
{"format":"jixiao/1","unit":"仁和区人社局","fiscal_year":2023,"projects":[{"id":"p2","name":"项目二","tranches":[{"level":"district","amount":"100"}],"execution":{"used":"150"}}]}
JSONL
small_error='small.jsonl:3:53: malformed JSON: unexpected "}" (expected a value: an object, array, string, number, true, false or null)'

cat >"$work/small-expected.jsonl" <<'JSONL'
{"format":"jixiao-evaluation/1","line":1,"unit":"仁和区人社局","fiscal_year":2023,"projects":[{"id":"p1","name":"项目一","funds":{"budget":"100.00","available":"100.00","used":"100.00","carried_forward":"0.00","reduced":"0.00","recovered":"0.00","surplus":"0.00"},"execution_rate":"100.00","scores":{"execution":"10.00","indicators":"90.00","total":"100.00","grade":"excellent"},"cost_sharing":null,"findings":[]}],"summary":{"projects":1,"errors":0,"warnings":0,"infos":0}}
{"format":"jixiao-evaluation/1","line":4,"unit":"仁和区人社局","fiscal_year":2023,"projects":[{"id":"p2","name":"项目二","funds":{"budget":"100.00","available":"100.00","used":"150.00","carried_forward":"0.00","reduced":"0.00","recovered":"0.00","surplus":"0.00"},"execution_rate":"150.00","scores":{"execution":"10.00","indicators":null,"total":null,"grade":null},"cost_sharing":null,"findings":[{"rule":"JX-F001","severity":"error","path":"projects[0].execution.used","expected":"100.00","actual":"150.00","difference":"50.00","message":"used 150.00 exceeds the 100.00 available by 50.00; check execution.used against the tranches' arrived amounts"},{"rule":"JX-F003","severity":"error","path":"projects[0].execution","expected":"100.00","actual":"150.00","difference":"50.00","message":"funds do not balance: available 100.00, accounted for used 150.00 + carried_forward not stated + reduced not stated + recovered not stated + surplus not stated = 150.00 (figures not stated count as 0), 50.00 more than available; check execution against the tranches' arrived amounts"},{"rule":"JX-F011","severity":"error","path":"projects[0].execution.used","expected":"100.00","actual":"150.00","difference":"50.00","message":"used 150.00 exceeds the tranches' total (no adjusted budget given) 100.00 by 50.00 (an execution rate of 150.00%); check execution.used against the tranches' amounts"},{"rule":"JX-I005","severity":"warning","path":"projects[0].indicators","expected":null,"actual":"0","difference":null,"message":"the project has no performance indicators, so it has no indicator score, total or grade; a self-evaluation needs at least output and effect indicators"}]}],"summary":{"projects":1,"errors":3,"warnings":1,"infos":0}}
JSONL

# A bad line: reported with the file's line and column, the others evaluated, exit 2 at the end.
if run jsonl-format 2 -- "$jixiao" evaluate "$work/small.jsonl" --format jsonl --lang en; then
    expect_equal jsonl-format-output "$(cat "$work/small-expected.jsonl")" "$out"
    expect jsonl-format-error "jixiao: $work/$small_error" "$err"
    expect jsonl-format-total "1 bad lines were not evaluated (see above); the other 2 were" "$err"
fi
if run jsonl-format-zh 2 -- "$jixiao" evaluate "$work/small.jsonl" --format jsonl; then
    expect jsonl-format-zh "small.jsonl:3:53: JSON 格式错误" "$err"
    expect jsonl-format-zh "1 行有误，未评价（见上）；其余 2 行已评价" "$err"
fi

# Standard input, with --input jsonl: the same evaluation.
if run jsonl-stdin 2 -- bash -c "\"$jixiao\" evaluate - --input jsonl --format jsonl --lang en <\"$work/small.jsonl\""; then
    expect_equal jsonl-stdin-output "$(cat "$work/small-expected.jsonl")" "$out"
    expect jsonl-stdin-error "<stdin>:3:53: malformed JSON" "$err"
fi

# --format json: every line's projects in one evaluation, each with its line.
if run jsonl-json 2 -- "$jixiao" evaluate "$work/small.jsonl" --format json --lang en; then
    expect_equal jsonl-json "$(cat <<'JSON'
{
  "format": "jixiao-evaluation/1",
  "unit": "仁和区人社局",
  "fiscal_year": 2023,
  "projects": [
    {
      "line": 1,
      "id": "p1",
      "name": "项目一",
      "funds": {
        "budget": "100.00",
        "available": "100.00",
        "used": "100.00",
        "carried_forward": "0.00",
        "reduced": "0.00",
        "recovered": "0.00",
        "surplus": "0.00"
      },
      "execution_rate": "100.00",
      "scores": {
        "execution": "10.00",
        "indicators": "90.00",
        "total": "100.00",
        "grade": "excellent"
      },
      "cost_sharing": null,
      "findings": []
    },
    {
      "line": 4,
      "id": "p2",
      "name": "项目二",
      "funds": {
        "budget": "100.00",
        "available": "100.00",
        "used": "150.00",
        "carried_forward": "0.00",
        "reduced": "0.00",
        "recovered": "0.00",
        "surplus": "0.00"
      },
      "execution_rate": "150.00",
      "scores": {
        "execution": "10.00",
        "indicators": null,
        "total": null,
        "grade": null
      },
      "cost_sharing": null,
      "findings": [
        {
          "rule": "JX-F001",
          "severity": "error",
          "path": "projects[0].execution.used",
          "expected": "100.00",
          "actual": "150.00",
          "difference": "50.00",
          "message": "used 150.00 exceeds the 100.00 available by 50.00; check execution.used against the tranches' arrived amounts"
        },
        {
          "rule": "JX-F003",
          "severity": "error",
          "path": "projects[0].execution",
          "expected": "100.00",
          "actual": "150.00",
          "difference": "50.00",
          "message": "funds do not balance: available 100.00, accounted for used 150.00 + carried_forward not stated + reduced not stated + recovered not stated + surplus not stated = 150.00 (figures not stated count as 0), 50.00 more than available; check execution against the tranches' arrived amounts"
        },
        {
          "rule": "JX-F011",
          "severity": "error",
          "path": "projects[0].execution.used",
          "expected": "100.00",
          "actual": "150.00",
          "difference": "50.00",
          "message": "used 150.00 exceeds the tranches' total (no adjusted budget given) 100.00 by 50.00 (an execution rate of 150.00%); check execution.used against the tranches' amounts"
        },
        {
          "rule": "JX-I005",
          "severity": "warning",
          "path": "projects[0].indicators",
          "expected": null,
          "actual": "0",
          "difference": null,
          "message": "the project has no performance indicators, so it has no indicator score, total or grade; a self-evaluation needs at least output and effect indicators"
        }
      ]
    }
  ],
  "summary": {
    "projects": 2,
    "errors": 3,
    "warnings": 1,
    "infos": 0,
    "lines": 3,
    "bad_lines": 1
  }
}
JSON
)" "$out"
fi

# --format text: each line's report, exactly what evaluating that line alone gives, under its line number; then a total.
sed -n 1p "$work/small.jsonl" >"$work/small-line1.json"
sed -n 4p "$work/small.jsonl" >"$work/small-line4.json"
"$jixiao" evaluate "$work/small-line1.json" --lang en >"$work/small-line1.txt" 2>/dev/null
"$jixiao" evaluate "$work/small-line4.json" --lang en >"$work/small-line4.txt" 2>/dev/null
{
    echo "—— line 1 ——"; cat "$work/small-line1.txt"; echo
    echo "—— line 4 ——"; cat "$work/small-line4.txt"; echo
    echo "total: 3 lines (1 bad, not evaluated), 2 projects, 3 errors, 1 warnings, 0 infos"
} >"$work/small-expected.txt"
if "$jixiao" evaluate "$work/small.jsonl" --lang en >"$work/small-out.txt" 2>/dev/null; [ $? -eq 2 ]; then
    if cmp -s "$work/small-expected.txt" "$work/small-out.txt"; then pass; else fail jsonl-text "$(diff "$work/small-expected.txt" "$work/small-out.txt" | head -20)"; fi
else
    fail jsonl-text "exit code is not 2"
fi

# --output: written whole when the stream ends, bad lines and all; no temporary file is left.
mkdir -p "$work/out-dir"
if run jsonl-output 2 -- "$jixiao" evaluate "$work/small.jsonl" --format jsonl --lang en --output "$work/out-dir/result.jsonl"; then
    expect_equal jsonl-output-stdout "" "$out"
    expect_equal jsonl-output-file "$(cat "$work/small-expected.jsonl")" "$(cat "$work/out-dir/result.jsonl")"
    expect_equal jsonl-output-no-temporary "result.jsonl" "$(ls "$work/out-dir")"
fi
# A stream that cannot be read leaves no output at all.
if run jsonl-output-unreadable 2 -- "$jixiao" evaluate "$work/no-such.jsonl" --lang en --output "$work/out-dir/never.jsonl"; then
    expect jsonl-output-unreadable "no-such.jsonl: cannot open the file" "$err"
    expect_equal jsonl-output-unreadable-files "result.jsonl" "$(ls "$work/out-dir")"
fi

# Good lines only: exit 0/1 by --fail-on, as for documents.
sed -n 1p "$work/small.jsonl" >"$work/good.jsonl"
if run jsonl-good 0 -- "$jixiao" evaluate "$work/good.jsonl" --format jsonl; then pass; fi
sed -n 4p "$work/small.jsonl" >>"$work/good.jsonl"
if run jsonl-good-errors 1 -- "$jixiao" evaluate "$work/good.jsonl" --format jsonl; then pass; fi
if run jsonl-good-never 0 -- "$jixiao" evaluate "$work/good.jsonl" --format jsonl --fail-on never; then pass; fi

# .json documents and .jsonl streams are not mixed in one run.
if run jsonl-mixed 2 -- "$jixiao" evaluate "$work/small-line1.json" "$work/small.jsonl" --lang en; then
    expect jsonl-mixed "cannot evaluate .json documents and .jsonl streams in one run" "$err"
fi

# A line over --max-line-bytes is skipped with an error, without being read whole; the rest is evaluated.
{
    sed -n 1p "$work/small.jsonl"
    printf '{"x":"'; head -c 3000000 /dev/zero | tr '\0' 'a'; printf '"}\n'
    sed -n 4p "$work/small.jsonl"
} >"$work/long.jsonl"
if run jsonl-long-line 2 -- "$jixiao" evaluate "$work/long.jsonl" --format jsonl --lang en --max-line-bytes 1M; then
    expect jsonl-long-line "long.jsonl:2: the line is 3000008 bytes long, more than the limit per line (--max-line-bytes); not read" "$err"
    expect_equal jsonl-long-line-lines "1 3 " "$(grep -o '"line":[0-9]*' <<<"$out" | cut -d: -f2 | tr '\n' ' ')"
fi

# jixiao gen: deterministic in its seed; --per-line puts several projects on a line.
if run gen 0 -- "$jixiao" gen --projects 3 --seed 11; then
    first=$out
    if run gen-again 0 -- "$jixiao" gen --projects 3 --seed 11; then expect_equal gen-deterministic "$first" "$out"; fi
    expect_equal gen-lines "3" "$(wc -l <<<"$first" | tr -d ' ')"
fi
if run gen-per-line 0 -- "$jixiao" gen --projects 10 --per-line 4 --seed 11; then
    expect_equal gen-per-line "3" "$(wc -l <<<"$out" | tr -d ' ')"
fi

# --jobs 1 and 2 give the same bytes, in every format. (Under the sanitizers, which run
# many times slower, 700 projects: still two batches of about 1 MiB.)
gen_projects=3000
if [ -n "${JIXIAO_SANITIZED:-}" ]; then gen_projects=700; fi
"$jixiao" gen --projects "$gen_projects" --seed 5 --output "$work/gen.jsonl"
for format in jsonl json text; do
    "$jixiao" evaluate "$work/gen.jsonl" --format "$format" --fail-on never --jobs 1 >"$work/gen-1.$format"
    "$jixiao" evaluate "$work/gen.jsonl" --format "$format" --fail-on never --jobs 2 >"$work/gen-2.$format"
    if [ -s "$work/gen-1.$format" ] && cmp -s "$work/gen-1.$format" "$work/gen-2.$format"; then pass
    else fail "jsonl-jobs-$format" "--jobs 1 and --jobs 2 differ"; fi
done
# Long lines (over 256 KiB ÷ jobs) are evaluated a project at a time and written as they are
# made: with --jobs 16 every line of 20 projects (about 30 KB) is, with --jobs 1 none is, and
# the bytes are the same, in every format, a bad long line included. (Not under the
# sanitizers: the unit tests run the same comparison there.)
if [ -z "${JIXIAO_SANITIZED:-}" ]; then
    "$jixiao" gen --projects 80 --per-line 20 --seed 9 --output "$work/long.jsonl"
    head -n 1 "$work/long.jsonl" | sed 's/"name":"[^"]*",//' >>"$work/long.jsonl"
    for format in jsonl json text; do
        "$jixiao" --lang en evaluate "$work/long.jsonl" --format "$format" --fail-on never --jobs 1 >"$work/long-1.$format" 2>"$work/long-1.err"
        "$jixiao" --lang en evaluate "$work/long.jsonl" --format "$format" --fail-on never --jobs 16 >"$work/long-16.$format" 2>"$work/long-16.err"
        if [ -s "$work/long-1.$format" ] && cmp -s "$work/long-1.$format" "$work/long-16.$format" && cmp -s "$work/long-1.err" "$work/long-16.err"; then pass
        else fail "jsonl-long-lines-$format" "--jobs 1 (lines whole) and --jobs 16 (lines a project at a time) differ"; fi
    done
    expect jsonl-long-lines-bad "long.jsonl:5: projects[0]" "$(cat "$work/long-1.err")"
fi
# An independent exact evaluator in Python agrees on every figure (tests/bench/reference.py).
if command -v python3 >/dev/null; then
    if run jsonl-reference 0 -- python3 "$source_dir/tests/bench/reference.py" --check "$work/gen-1.jsonl" "$work/gen.jsonl"; then
        expect jsonl-reference "$gen_projects lines: every funds figure, rate, score, split and JX-F/JX-C finding agrees" "$out"
    fi
fi
