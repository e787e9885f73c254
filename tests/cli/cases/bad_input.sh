# The bad-input catalogue: what bureaus send. Each refusal exits 2, names the
# place (file, line:column or JSON path) and what was expected, and writes
# nothing to --output (no file, no temporary left behind). What is a finding
# rather than a refusal (a policy that does not sum to 1, an unknown policy)
# exits 1 with the finding. Big inputs are generated here, at run time.

# refuse NAME FILE MESSAGE: `jixiao evaluate FILE --output …` exits 2 with MESSAGE on stderr and writes nothing.
refuse() {
    local name=$1 file=$2 message=$3
    rm -f "$work"/refused.out*
    if run "$name" 2 -- "$jixiao" --lang en evaluate "$file" --output "$work/refused.out"; then
        expect "$name" "$message" "$err"
        expect_equal "$name-stdout" "" "$out"
    fi
    if compgen -G "$work/refused.out*" >/dev/null; then fail "$name-output" "--output was written"; else pass; fi
}
# doc MEMBERS: a document with one project whose members follow its id and name.
doc() {
    printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "n", %s}]}\n' "$1"
}
amount_doc() { doc "\"tranches\": [{\"level\": \"district\", \"amount\": $1}]"; }

# ---- malformed, truncated, empty ----------------------------------------------
printf '{"format": "jixiao/1",\n "fiscal_year": 2023\n "projects": []}\n' >"$work/malformed.json"
refuse malformed "$work/malformed.json" \
    'malformed.json:3:2: malformed JSON: unexpected '"'"'"'"'"' (expected "," or "}"); is a comma missing before it?'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "n"}' >"$work/truncated.json"
refuse truncated "$work/truncated.json" \
    'truncated.json:1:83: malformed JSON: the text ends inside the array opened at 1:57 (expected "]"; is the file truncated?)'
head -c 20000 "$source_dir/examples/data/renhe-hrss-2023.json" >"$work/truncated-seed.json"
refuse truncated-seed "$work/truncated-seed.json" \
    'truncated-seed.json:305:93: malformed JSON: the text ends inside the string that starts at 305:11 (expected a closing "; is the file truncated?)'
: >"$work/empty.json"
refuse empty "$work/empty.json" 'empty.json:1:1: malformed JSON: the text is empty (expected a JSON object)'
printf ' \n\t\n' >"$work/blank.json"
refuse blank "$work/blank.json" 'blank.json:3:1: malformed JSON: the text is empty (expected a JSON object)'
if run empty-stdin 2 -- bash -c "\"$jixiao\" --lang en evaluate - </dev/null"; then
    expect empty-stdin '<stdin>:1:1: malformed JSON: the text is empty (expected a JSON object)' "$err"
fi
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": []} {}' >"$work/trailing.json"
refuse trailing-text "$work/trailing.json" \
    'trailing.json:1:61: malformed JSON: unexpected "{" (expected the end of the text after the complete JSON document)'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [], "unit": "a\0b"}' >"$work/nul.json"
refuse nul-byte "$work/nul.json" 'nul.json:1:71: malformed JSON: control character U+0000 inside a string (expected it escaped, e.g. a line break as \n)'

# ---- encodings ---------------------------------------------------------------
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "\xd6\xd0\xce\xc4"}]}' >"$work/gbk.json"
refuse invalid-utf8 "$work/gbk.json" \
    'gbk.json:1:80: malformed JSON: invalid UTF-8 byte 0xD6 (expected UTF-8 text; is the file in GBK?)'
# A UTF-8 byte order mark is accepted: the same evaluation as without it.
doc '"tranches": [{"level": "district", "amount": "10万"}], "execution": {"used": "10万"}' >"$work/plain.json"
{ printf '\xef\xbb\xbf'; cat "$work/plain.json"; } >"$work/bom.json"
if run bom 0 -- "$jixiao" evaluate "$work/bom.json" --format json; then
    with_bom=$out
    if run no-bom 0 -- "$jixiao" evaluate "$work/plain.json" --format json; then expect_equal bom-same "$out" "$with_bom"; fi
fi
if run bom-format 0 -- "$jixiao" format "$work/bom.json"; then expect bom-format '"format": "jixiao/1"' "$out"; fi
# UTF-16, with and without a byte order mark, is refused as not UTF-8.
if command -v iconv >/dev/null; then
    iconv -f UTF-8 -t UTF-16 "$work/plain.json" >"$work/utf16.json"
    refuse utf16-bom "$work/utf16.json" 'utf16.json:1:1: malformed JSON: the text is UTF-16 (expected UTF-8; save the file as UTF-8)'
    iconv -f UTF-8 -t UTF-16LE "$work/plain.json" >"$work/utf16le.json"
    refuse utf16-no-bom "$work/utf16le.json" \
        'utf16le.json:1:1: malformed JSON: the text looks like UTF-16 without a byte order mark (expected UTF-8; save the file as UTF-8)'
fi

# ---- nesting and size ------------------------------------------------------------
{ printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [], "x": '
  head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}'; } >"$work/deep.json"
refuse deep-nesting "$work/deep.json" \
    'objects and arrays nested deeper than 100 levels (expected at most 100)'
expect deep-nesting-where 'deep.json: x[0][0][0]' "$err"
{ head -c 100000 /dev/zero | tr '\0' '['; } >"$work/deep-open.json"
refuse deep-unclosed "$work/deep-open.json" \
    'deep-open.json:1:100001: malformed JSON: the text ends inside the array opened at 1:100000 (expected "]"; is the file truncated?)'
{ head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; } >"$work/deep-root.json"
refuse deep-root "$work/deep-root.json" \
    'deep-root.json: the document is an array (expected a jixiao/1 object: {"format": "jixiao/1", …})'

# A 50 MB project name reads, evaluates and writes back; a 50 MB key, amount or
# date is refused with a message of ordinary length. Under the sanitizers 5 MB: the
# same paths, a tenth of the time.
big=50000000
if [ -n "${JIXIAO_SANITIZED:-}" ]; then big=5000000; fi
# with_big TEXT FILE: TEXT with @BIG@ replaced by $big a's, streamed into FILE (a string
# that size in a shell variable is copied slowly at every use).
with_big() {
    { printf '%s' "${1%%@BIG@*}"; head -c "$big" /dev/zero | tr '\0' 'a'; printf '%s' "${1#*@BIG@}"; } >"$2"
}
with_big '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "@BIG@"}]}' "$work/huge-name.json"
if run huge-name-format 0 -- "$jixiao" format "$work/huge-name.json" --output "$work/huge-name.out"; then
    expect_equal huge-name-format-size $((big + 118)) "$(wc -c <"$work/huge-name.out")"
fi
if run huge-name-evaluate 0 -- "$jixiao" evaluate "$work/huge-name.json" --format json --output "$work/huge-name.out"; then
    expect_equal huge-name-evaluate-findings 1 "$(grep -c '"rule": "JX-I005"' "$work/huge-name.out")"
    expect_equal huge-name-evaluate-name 1 "$(grep -c '"name": "aaaaaaaaaaaaaaaaaaaa' "$work/huge-name.out")"
    expect_equal huge-name-evaluate-size 1 "$(( $(wc -c <"$work/huge-name.out") > big ))"
fi
with_big "$(doc '"@BIG@": 1')" "$work/huge-key.json"
refuse huge-key "$work/huge-key.json" "huge-key.json: projects[0]: unknown key \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" (expected one of: id, code, name,"
expect_equal huge-key-short 1 "$(( ${#err} < 1000 ))"
with_big "$(doc '"cost_sharing": {"policy": "p", "headcount": {"by_category": {"@BIG@": -3}}}')" "$work/huge-path.json"
refuse huge-path "$work/huge-path.json" \
    "huge-path.json: projects[0].cost_sharing.headcount.by_category.$(printf 'a%.0s' {1..64})…: -3 is not a headcount"
expect_equal huge-path-short 1 "$(( ${#err} < 1000 ))"
with_big "$(amount_doc '"1@BIG@"')" "$work/huge-amount.json"
refuse huge-amount "$work/huge-amount.json" \
    "huge-amount.json: projects[0].tranches[0].amount: \"1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" is not an amount"
expect_equal huge-amount-short 1 "$(( ${#err} < 1000 ))"
with_big "$(doc '"tranches": [{"level": "district", "amount": "1", "arrival_date": "@BIG@"}]')" "$work/huge-date.json"
refuse huge-date "$work/huge-date.json" "huge-date.json: projects[0].tranches[0].arrival_date: \"aaaa"
expect_equal huge-date-short 1 "$(( ${#err} < 1000 ))"
rm -f "$work"/huge-*

# ---- amounts -----------------------------------------------------------------------
amount_doc '108200.5' >"$work/fraction.json"
refuse amount-fraction "$work/fraction.json" \
    'fraction.json: projects[0].tranches[0].amount: 108200.5 is a JSON number with a fraction, which is not exact (expected an amount in quotes: "108200.5")'
amount_doc '1.082e5' >"$work/exponent.json"
refuse amount-exponent "$work/exponent.json" \
    'exponent.json: projects[0].tranches[0].amount: 1.082e5 is a JSON number with an exponent, which is not exact (expected an amount in quotes, e.g. "108200.00")'
amount_doc '1e40' >"$work/1e40.json"
refuse 1e40-number "$work/1e40.json" \
    '1e40.json: projects[0].tranches[0].amount: 1e40 is a JSON number with an exponent, which is not exact'
amount_doc '"1e40"' >"$work/1e40-string.json"
refuse 1e40-string "$work/1e40-string.json" \
    '1e40-string.json: projects[0].tranches[0].amount: "1e40" is not an amount (expected e.g. "108200.00" or "10.82万")'
amount_doc "1$(printf '0%.0s' {1..40})" >"$work/41-digits.json"
refuse 41-digits "$work/41-digits.json" \
    '41-digits.json: projects[0].tranches[0].amount: "10000000000000000000000000000000000000000" is out of range (expected at most 3402823669209384634633746074317682114.55 yuan in absolute value)'
amount_doc "\"1$(printf '0%.0s' {1..40})\"" >"$work/41-digits-string.json"
refuse 41-digits-string "$work/41-digits-string.json" \
    'is out of range (expected at most 3402823669209384634633746074317682114.55 yuan in absolute value)'
amount_doc '"3402823669209384634633746074317682114.56"' >"$work/one-fen-more.json"
refuse one-fen-over "$work/one-fen-more.json" \
    'one-fen-more.json: projects[0].tranches[0].amount: "3402823669209384634633746074317682114.56" is out of range'
amount_doc '"3402823669209384634633746074317682114.55"' >"$work/largest.json"
# No execution is stated: used is unknown (null), not 0, so no JX-F003/F005 and only a warning (exit 0).
if run largest-amount 0 -- "$jixiao" --lang en evaluate "$work/largest.json" --format json; then
    expect largest-amount '"budget": "3402823669209384634633746074317682114.55"' "$out"
    expect largest-amount '"used": null' "$out"
fi
doc '"tranches": [{"level": "district", "amount": "3402823669209384634633746074317682114.55"}, {"level": "district", "amount": "0.01"}]' >"$work/sum-overflow.json"
refuse sum-overflow "$work/sum-overflow.json" \
    'sum-overflow.json: projects[0]: project "p1" cannot be evaluated: its amounts leave the range of money (amount overflow in +: beyond the representable range (about ±3.4e36 yuan)); check the project'"'"'s amounts'
amount_doc '"-5"' >"$work/negative.json"
refuse negative-amount "$work/negative.json" \
    'negative.json: projects[0].tranches[0].amount: "-5" is negative (expected 0 or more: amounts in jixiao/1 are never negative'
amount_doc '"0.001"' >"$work/sub-fen.json"
refuse sub-fen "$work/sub-fen.json" \
    'sub-fen.json: projects[0].tranches[0].amount: "0.001" is finer than one fen (at most 2 decimals in 元, 6 in 万元); amounts are never rounded silently'
amount_doc '"1.2345678万"' >"$work/sub-fen-wan.json"
refuse sub-fen-wan "$work/sub-fen-wan.json" '"1.2345678万" is finer than one fen'
amount_doc '"0"' >"$work/zero.json"
if run zero-amount 0 -- "$jixiao" evaluate "$work/zero.json" --format json; then expect zero-amount '"budget": "0.00"' "$out"; fi

# ---- numbers that must be positive, whole or in range ------------------------------
doc '"indicators": [{"level1": "output", "name": "i", "weight": "-10", "rating": "achieved"}]' >"$work/negative-weight.json"
refuse negative-weight "$work/negative-weight.json" \
    'negative-weight.json: projects[0].indicators[0].weight: "-10" is negative (expected 0 or more)'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "policies": [{"id": "p", "standard": "100", "categories": {"g": {"district": "-50%%", "municipal": "150%%"}}}], "projects": []}' >"$work/negative-share.json"
refuse negative-share "$work/negative-share.json" \
    'negative-share.json: policies[0].categories.g.district: "-50%" is negative (expected a share of 0 or more)'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "policies": [{"id": "p", "standard": "100", "categories": {"g": {"district": "1/0"}}}], "projects": []}' >"$work/zero-denominator.json"
refuse zero-denominator "$work/zero-denominator.json" \
    'zero-denominator.json: policies[0].categories.g.district: "1/0" has a zero denominator'
doc '"cost_sharing": {"policy": "p", "headcount": {"total": -3}}' >"$work/negative-headcount.json"
refuse negative-headcount "$work/negative-headcount.json" \
    'negative-headcount.json: projects[0].cost_sharing.headcount.total: -3 is not a headcount (expected a whole number of people, 0 or more, e.g. 7109)'
doc '"cost_sharing": {"policy": "p", "headcount": {"total": 1000000000000000}}' >"$work/headcount-digits.json"
refuse headcount-digits "$work/headcount-digits.json" \
    'headcount-digits.json: projects[0].cost_sharing.headcount.total: 1000000000000000 is too large for a headcount'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "scheme": {"score_decimals": 7}, "projects": []}' >"$work/decimals.json"
refuse score-decimals "$work/decimals.json" \
    'decimals.json: scheme.score_decimals: 7 is out of range (expected a whole number from 0 to 6)'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "", "name": "n"}]}' >"$work/empty-id.json"
refuse empty-id "$work/empty-id.json" \
    'empty-id.json: projects[0].id: an empty project id (expected a non-empty id such as "p01")'

# ---- dates and years ------------------------------------------------------------------
doc '"tranches": [{"level": "district", "amount": "1", "arrival_date": "2023-02-29"}]' >"$work/feb29.json"
refuse impossible-date "$work/feb29.json" \
    'feb29.json: projects[0].tranches[0].arrival_date: "2023-02-29" is not a real date: the day must be 01–28 (February 2023 has 28 days)'
doc '"tranches": [{"level": "district", "amount": "1", "arrival_date": "2023-13-01"}]' >"$work/month13.json"
refuse impossible-month "$work/month13.json" '"2023-13-01" is not a real date: the month must be 01–12'
doc '"tranches": [{"level": "district", "amount": "1", "arrival_date": "2023/12/01"}]' >"$work/slashes.json"
refuse date-form "$work/slashes.json" '"2023/12/01" is not a date (expected YYYY-MM-DD, e.g. "2023-12-31")'
doc '"tranches": [{"level": "district", "amount": "1", "arrival_date": "3023-12-01"}]' >"$work/year3023.json"
refuse absurd-date-year "$work/year3023.json" '"3023-12-01" has an implausible year (expected 1990–2100)'
printf '{"format": "jixiao/1", "fiscal_year": 20230, "projects": []}' >"$work/year20230.json"
refuse absurd-fiscal-year "$work/year20230.json" \
    'year20230.json: fiscal_year: 20230 is not a plausible fiscal year (expected a whole number from 1990 to 2100)'
printf '{"format": "jixiao/1", "fiscal_year": 1989, "projects": []}' >"$work/year1989.json"
refuse fiscal-year-1989 "$work/year1989.json" '1989 is not a plausible fiscal year'
printf '{"format": "jixiao/1", "fiscal_year": 2101, "projects": []}' >"$work/year2101.json"
refuse fiscal-year-2101 "$work/year2101.json" '2101 is not a plausible fiscal year'
printf '{"format": "jixiao/1", "fiscal_year": 1990, "projects": []}' >"$work/year1990.json"
if run fiscal-year-1990 0 -- "$jixiao" evaluate "$work/year1990.json"; then pass; fi
printf '{"format": "jixiao/1", "fiscal_year": 2100, "projects": []}' >"$work/year2100.json"
if run fiscal-year-2100 0 -- "$jixiao" evaluate "$work/year2100.json"; then pass; fi
printf '{"format": "jixiao/1", "fiscal_year": "2023", "projects": []}' >"$work/year-string.json"
refuse year-string "$work/year-string.json" \
    'year-string.json: fiscal_year: found the string "2023" (expected a year without quotes, e.g. 2023)'
doc '"tranches": [{"level": "district", "amount": "1", "year": 1900}]' >"$work/tranche-year.json"
refuse tranche-year "$work/tranche-year.json" 'tranche-year.json: projects[0].tranches[0].year: 1900 is not a plausible fiscal year'

# ---- unknown names -----------------------------------------------------------------------
doc '"tranches": [{"level": "district", "amout": "1"}]' >"$work/typo.json"
refuse unknown-key "$work/typo.json" \
    'typo.json: projects[0].tranches[0]: unknown key "amout" (did you mean "amount"? expected one of: level, source, year, amount, arrived, arrival_date, document, x)'
doc '"tranches": [{"level": "county", "amount": "1"}]' >"$work/level.json"
refuse unknown-level "$work/level.json" \
    'level.json: projects[0].tranches[0].level: "county" is not a level (expected one of: central, provincial, municipal, district, township)'
doc '"tranches": [{"level": "district", "source": "current", "amount": "1"}]' >"$work/source.json"
refuse unknown-source "$work/source.json" \
    'source.json: projects[0].tranches[0].source: "current" is not a fund source (expected one of: current_year, prior_year, special_account, own, other)'
doc '"indicators": [{"level1": "output", "name": "i", "weight": "90", "op": "=>", "target": "1", "actual": "1"}]' >"$work/op.json"
refuse unknown-operator "$work/op.json" \
    'op.json: projects[0].indicators[0].op: "=>" is not a comparison (expected one of: >=, <=, =)'
doc '"indicators": [{"level1": "outcome", "name": "i", "weight": "90", "rating": "achieved"}]' >"$work/level1.json"
refuse unknown-level1 "$work/level1.json" \
    'level1.json: projects[0].indicators[0].level1: "outcome" is not a level-1 category (expected one of: output, effect, satisfaction, cost)'
doc '"indicators": [{"level1": "output", "name": "i", "weight": "90", "rating": "done"}]' >"$work/rating.json"
refuse unknown-rating "$work/rating.json" \
    'rating.json: projects[0].indicators[0].rating: "done" is not a rating (expected one of: achieved, partial, not_achieved)'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "policies": [{"id": "p", "standard": "100", "categories": {"g": {"county": "100%%"}}}], "projects": []}' >"$work/share-level.json"
refuse unknown-share-level "$work/share-level.json" \
    'share-level.json: policies[0].categories.g: unknown key "county" (expected one of: central, provincial, municipal, district, township, rest, x)'
printf '{"format": "jixiao-evaluation/1", "fiscal_year": 2023, "projects": []}' >"$work/evaluation.json"
refuse evaluation-as-input "$work/evaluation.json" \
    'evaluation.json: format: "jixiao-evaluation/1" is an evaluation written by jixiao, not a report book (expected "jixiao/1")'
printf '{"fiscal_year": 2023, "projects": []}' >"$work/no-format.json"
refuse missing-format "$work/no-format.json" \
    'no-format.json: missing the required key "format" (required here: "format", "fiscal_year", "projects")'
# An unknown category in by_category is a finding (JX-C007), not a reading error.
printf '{"format": "jixiao/1", "fiscal_year": 2023, "policies": [{"id": "p", "standard": "100", "categories": {"g": {"district": "100%%"}}}], "projects": [{"id": "p1", "name": "n", "cost_sharing": {"policy": "p", "headcount": {"by_category": {"nobody": 3}}}}]}' >"$work/category.json"
if run unknown-category 1 -- "$jixiao" --lang en evaluate "$work/category.json" --format json; then
    expect unknown-category '"rule": "JX-C007"' "$out"
    expect unknown-category-path '"path": "projects[0].cost_sharing.headcount.by_category.nobody"' "$out"
fi

# ---- duplicates ---------------------------------------------------------------------------
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "a"}, {"id": "p1", "name": "b"}]}' >"$work/dup-project.json"
refuse duplicate-project-id "$work/dup-project.json" \
    'dup-project.json: projects[1].id: duplicate project id "p1" (expected each id once; projects[0] has it already)'
printf '{"format": "jixiao/1", "fiscal_year": 2023, "policies": [{"id": "p", "standard": "1", "categories": {}}, {"id": "p", "standard": "1", "categories": {}}], "projects": []}' >"$work/dup-policy.json"
refuse duplicate-policy-id "$work/dup-policy.json" \
    'dup-policy.json: policies[1].id: duplicate policy id "p" (expected each id once; policies[0] has it already)'
doc '"name": "again"' >"$work/dup-key.json"
refuse duplicate-key "$work/dup-key.json" \
    'dup-key.json: projects[0]: duplicate key "name" (expected each key at most once in an object)'

# ---- findings, not refusals ---------------------------------------------------------------
# A policy whose shares do not sum to 1 is read; JX-C001 names the node, exit 1.
printf '{"format": "jixiao/1", "fiscal_year": 2023, "policies": [{"id": "p", "standard": "100", "categories": {"general": {"provincial": "50%%", "rest": {"municipal": "35%%", "district": "60%%"}}}}], "projects": [{"id": "p1", "name": "n", "cost_sharing": {"policy": "p", "headcount": {"total": 10}}}]}' >"$work/not-one.json"
if run policy-not-one 1 -- "$jixiao" --lang en evaluate "$work/not-one.json" --format json; then
    expect policy-not-one '"rule": "JX-C001"' "$out"
    expect policy-not-one-path '"path": "policies[0].categories.general.rest"' "$out"
    expect policy-not-one-message 'the shares sum to 95%, expected exactly 100%, a difference of -5%' "$out"
    expect policy-not-one-no-split '"cost_sharing": null' "$out"
fi
# A project naming an unknown policy: JX-C007, exit 1.
doc '"cost_sharing": {"policy": "nope"}' >"$work/unknown-policy.json"
if run unknown-policy 1 -- "$jixiao" --lang en evaluate "$work/unknown-policy.json" --format json; then
    expect unknown-policy '"rule": "JX-C007"' "$out"
    expect unknown-policy-path '"path": "projects[0].cost_sharing.policy"' "$out"
fi
if run unknown-policy-never 0 -- "$jixiao" evaluate "$work/unknown-policy.json" --fail-on never; then pass; fi

# ---- several files: one bad file stops the run before anything is written --------------
if run one-bad-of-two 2 -- "$jixiao" --lang en evaluate "$work/plain.json" "$work/sub-fen.json" --output "$work/two.out"; then
    expect one-bad-of-two 'sub-fen.json: projects[0].tranches[0].amount' "$err"
fi
if compgen -G "$work/two.out*" >/dev/null; then fail one-bad-of-two-output "--output was written"; else pass; fi
