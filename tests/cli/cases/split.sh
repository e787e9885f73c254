# jixiao split: exact splits of a policy, from a document or a bare policy object.
seed="$source_dir/examples/data/renhe-hrss-2023.json"
if run split-seed 0 -- "$jixiao" split "$seed" --policy sc-resident-pension-subsidy --count general=2164 --count former_registered_poor=4945; then
    expect split-seed "省级 1082/7109 (≈15.22%) 108,200.00 10.82" "$squeezed"
    expect split-seed "市级 42189/142180 (≈29.67%) 210,945.00 21.0945" "$squeezed"
    expect split-seed "区县级 78351/142180 (≈55.11%) 391,755.00 39.1755" "$squeezed"
    expect split-seed "合计 100% 710,900.00 71.09" "$squeezed"
fi
if run split-general 0 -- "$jixiao" split "$seed" --count general=1 --lang en; then
    expect split-general "provincial 50% 50.00 0.005" "$squeezed"
    expect split-general "municipal 17.5% 17.50 0.00175" "$squeezed"
    expect split-general "district 32.5% 32.50 0.00325" "$squeezed"
fi
if run split-json 0 -- "$jixiao" split "$seed" --count general=3,former_registered_poor=0 --format json; then
    expect_equal split-json '{
  "policy": "sc-resident-pension-subsidy",
  "year": 2023,
  "headcount": {
    "general": 3,
    "former_registered_poor": 0
  },
  "total": "300.00",
  "levels": [
    {
      "level": "provincial",
      "amount": "150.00"
    },
    {
      "level": "municipal",
      "amount": "52.50"
    },
    {
      "level": "district",
      "amount": "97.50"
    }
  ]
}' "$out"
fi

# A bare policy object with thirds: the fen left over go to the earlier level on a tie.
cat >"$work/thirds.json" <<'JSON'
{"id": "thirds", "standard": "1", "categories": {"all": {"provincial": "1/3", "municipal": "1/3", "district": "1/3"}}}
JSON
if run split-thirds 0 -- "$jixiao" split "$work/thirds.json" --count all=1 --format json; then
    expect split-thirds '"year": null' "$out"
    amounts=$(grep -o '"amount": "[0-9.]*"' <<<"$out" | sed 's/.*: "\(.*\)"/\1/' | tr '\n' ' ')
    expect_equal split-thirds-amounts "0.34 0.33 0.33 " "$amounts"
fi
if run split-thirds-text 0 -- "$jixiao" split "$work/thirds.json" --count all=1 --lang en; then
    expect split-thirds-text "1/3 (≈33.33%)" "$out"
fi

if run split-bad-count 2 -- "$jixiao" split "$seed" --count general --lang en; then
    expect split-bad-count '--count "general" should be CATEGORY=N, e.g. general=2164' "$err"
fi
if run split-negative-count 2 -- "$jixiao" split "$seed" --count general=-5 --lang en; then
    expect split-negative-count 'should be CATEGORY=N' "$err"
fi
if run split-unknown-category 2 -- "$jixiao" split "$seed" --count nobody=5 --lang en; then
    expect split-unknown-category 'nobody' "$err"
fi
if run split-unknown-policy 2 -- "$jixiao" split "$seed" --policy nope --count general=1 --lang en; then
    expect split-unknown-policy 'the file has no policy "nope" (it has: sc-resident-pension-subsidy)' "$err"
fi
if run split-out-of-validity 2 -- "$jixiao" split "$seed" --count general=1 --year 2026 --lang en; then
    expect split-out-of-validity 'policy sc-resident-pension-subsidy is valid 2021-01-01…2025-12-31, which does not include fiscal year 2026' "$err"
fi
if run split-bad-policy 2 -- "$jixiao" split "$work/book-missing.json" --count a=1 --lang en; then
    expect split-bad-policy 'book-missing.json: cannot open the file' "$err"
fi
cat >"$work/bad-policy.json" <<'JSON'
{"id": "p", "standard": "1.001", "categories": {"all": {"district": "100%"}}}
JSON
if run split-bad-standard 2 -- "$jixiao" split "$work/bad-policy.json" --count all=1 --lang en; then
    expect split-bad-standard 'bad-policy.json: standard: "1.001" is finer than one fen' "$err"
fi
