# jixiao format: the canonical form of a jixiao/1 document.
seed="$source_dir/examples/data/renhe-hrss-2023.json"
if run format-seed 0 -- "$jixiao" format "$seed"; then
    canonical=$out
    expect format-seed '"format": "jixiao/1",
  "unit": "攀枝花市仁和区人力资源和社会保障局",' "$out"
    expect format-seed-amount '"amount": "108200.00"' "$out"
    # The policy's "x" notes survive, as written.
    expect format-seed-x '"x": {"notes":["The policy is not printed as a table;' "$out"
    printf '%s\n' "$canonical" >"$work/canonical.json"
    # write → read → write: identical bytes.
    if run format-idempotent 0 -- "$jixiao" format "$work/canonical.json"; then
        expect_equal format-idempotent "$canonical" "$out"
    fi
    # The canonical form evaluates exactly as the original does.
    if run format-same-evaluation 1 -- "$jixiao" evaluate "$seed" --format json; then
        original=$out
        if run format-same-evaluation-2 1 -- "$jixiao" evaluate "$work/canonical.json" --format json; then
            expect_equal format-same-evaluation "$original" "$out"
        fi
    fi
fi
# Standard input, --output, and non-canonical spellings made canonical.
printf '{"projects": [{"name": "项目", "id": "p1", "tranches": [{"amount": "10.82万", "level": "district"}],
  "x": {"b": 1.50, "a": [1e400, "\\u00e9"]}}], "fiscal_year": 2023, "format": "jixiao/1"}' >"$work/messy.json"
expected_messy='{
  "format": "jixiao/1",
  "fiscal_year": 2023,
  "projects": [
    {
      "id": "p1",
      "name": "项目",
      "tranches": [
        {
          "level": "district",
          "amount": "108200.00"
        }
      ],
      "x": {"b":1.50,"a":[1e400,"\u00e9"]}
    }
  ]
}'
if run format-stdin 0 -- bash -c "\"$jixiao\" format - <\"$work/messy.json\""; then
    expect_equal format-stdin "$expected_messy" "$out"
fi
if run format-output 0 -- "$jixiao" format "$work/messy.json" --output "$work/formatted.json"; then
    expect_equal format-output-stdout "" "$out"
    expect_equal format-output-file "$expected_messy" "$(cat "$work/formatted.json")"
fi
# In place: the input is read in full before the output replaces it.
cp "$work/messy.json" "$work/in-place.json"
if run format-in-place 0 -- "$jixiao" format "$work/in-place.json" --output "$work/in-place.json"; then
    expect_equal format-in-place "$expected_messy" "$(cat "$work/in-place.json")"
fi
# Bad input: exit 2, nothing written (an existing --output file is left as it was).
printf 'kept\n' >"$work/kept.json"
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "n", "tranches": [{"level": "district", "amount": "10.8.2万"}]}]}' >"$work/format-bad.json"
if run format-bad 2 -- "$jixiao" --lang en format "$work/format-bad.json" --output "$work/kept.json"; then
    expect format-bad 'format-bad.json: projects[0].tranches[0].amount: "10.8.2万" is not an amount' "$err"
    expect_equal format-bad-kept "kept" "$(cat "$work/kept.json")"
fi
if run format-missing-file 2 -- "$jixiao" format; then expect format-missing-file "FILE" "$err"; fi
if run format-help 0 -- "$jixiao" format --help; then expect format-help "canonical" "$out"; fi
