# jixiao evaluate: the embedded book, files, formats, --fail-on, --disable, --output.
if run evaluate-embedded 1 -- "$jixiao" evaluate; then
    expect evaluate-embedded "攀枝花市仁和区人力资源和社会保障局 2023年度项目支出绩效自评" "$out"
    expect evaluate-embedded "[p01] 高层次人才专项经费" "$out"
    expect evaluate-embedded "[p09] 社保公共服务能力建设资金（人力资源服务产业园和专业市场）" "$out"
    expect evaluate-embedded "汇总：9 个项目" "$out"
fi
if run evaluate-never 0 -- "$jixiao" evaluate --fail-on never; then expect evaluate-never "[p02]" "$out"; fi
if run evaluate-warning 1 -- "$jixiao" evaluate --fail-on warning; then pass; fi
if run evaluate-en 1 -- "$jixiao" evaluate --lang en; then expect evaluate-en "summary: 9 projects" "$out"; fi

# The nine execution rates of the seed, in the JSON output.
if run evaluate-json 1 -- "$jixiao" evaluate --format json; then
    rates=$(grep -o '"execution_rate": "[0-9.]*"' <<<"$out" | sed 's/.*: "\(.*\)"/\1/' | tr '\n' ' ')
    expect_equal evaluate-json-rates "0.00 100.00 100.00 100.00 0.00 0.00 0.00 0.00 0.00 " "$rates"
    expect evaluate-json '"format": "jixiao-evaluation/1"' "$out"
    expect evaluate-json '"headcount": {
          "general": 2164,
          "former_registered_poor": 4945
        }' "$out"
fi

# A file, standard input and --output give the same evaluation.
cat >"$work/book.json" <<'JSON'
{"format": "jixiao/1", "fiscal_year": 2023, "projects": [
  {"id": "p1", "name": "项目一", "tranches": [{"level": "district", "amount": "10万"}],
   "execution": {"used": "12万"}}]}
JSON
if run evaluate-file 1 -- "$jixiao" evaluate "$work/book.json" --format json; then
    expect evaluate-file '"rule": "JX-F001"' "$out"
    from_file=$out
    if run evaluate-stdin 1 -- bash -c "\"$jixiao\" evaluate - --format json <\"$work/book.json\""; then
        expect_equal evaluate-stdin "$from_file" "$out"
    fi
    if run evaluate-output 1 -- "$jixiao" evaluate "$work/book.json" --format json --output "$work/result.json"; then
        expect_equal evaluate-output-stdout "" "$out"
        expect_equal evaluate-output-file "$from_file" "$(cat "$work/result.json")"
    fi
fi
if run evaluate-disable 0 -- "$jixiao" evaluate "$work/book.json" --disable JX-F001,JX-F003,JX-F011; then
    expect_not evaluate-disable "JX-F001" "$out"
    expect evaluate-disable "JX-I005" "$out"
fi
if run evaluate-disable-unknown 2 -- "$jixiao" evaluate --disable JX-F999 --lang en; then
    expect evaluate-disable-unknown "no rule has the id JX-F999 (jixiao rules lists them)" "$err"
fi

# Bad input: exit 2, the file and JSON path named, nothing written to --output.
cat >"$work/bad.json" <<'JSON'
{"format": "jixiao/1", "fiscal_year": 2023, "projects": [
  {"id": "p1", "name": "项目一", "tranches": [{"level": "district", "amount": "10.8.2万"}]}]}
JSON
if run evaluate-bad 2 -- "$jixiao" evaluate "$work/book.json" "$work/bad.json" --lang en --output "$work/never.json"; then
    expect evaluate-bad "bad.json: projects[0].tranches[0].amount: \"10.8.2万\" is not an amount (expected e.g. \"108200.00\" or \"10.82万\")" "$err"
    if [ -e "$work/never.json" ]; then fail evaluate-bad-output "--output was written"; else pass; fi
fi
if run evaluate-missing 2 -- "$jixiao" evaluate "$work/no-such.json" --lang en; then
    expect evaluate-missing "no-such.json: cannot open the file" "$err"
fi
if run evaluate-bad-format 2 -- "$jixiao" evaluate --format pdf; then pass; fi
if run evaluate-bad-fail-on 2 -- "$jixiao" evaluate --fail-on sometimes; then pass; fi

if run rules 0 -- "$jixiao" rules --lang en; then
    expect rules "JX-F001  error     used exceeds the funds available" "$out"
    expect rules "JX-C002" "$out"
    expect rules "JX-I010" "$out"
fi
