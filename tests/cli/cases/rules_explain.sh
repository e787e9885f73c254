# jixiao rules: the catalogue, and --explain: what a rule checks, its source,
# an example that fires it and how to silence it.
if run rules-list 0 -- "$jixiao" rules; then
    expect rules-list "JX-F007  警告" "$out"
    expect rules-list "JX-S001  警告" "$out"
    expect_not rules-list "检查：" "$out"
    expect_equal rules-list-f012 "JX-F012 错误 报告的资金到位率与计算值不符" "$(printf '%s\n' "$out" | grep '^JX-F012' | tr -s ' ')"
    expect_equal rules-list-s006 "JX-S006 警告 文中合计与所列分项之和不符" "$(printf '%s\n' "$out" | grep '^JX-S006' | tr -s ' ')"
    expect_equal rules-list-s007 "JX-S007 警告 同一数字在文中出现两个不同的值" "$(printf '%s\n' "$out" | grep '^JX-S007' | tr -s ' ')"
    expect_equal rules-list-s008 "JX-S008 提示 金额的单位印错，已按万元读取" "$(printf '%s\n' "$out" | grep '^JX-S008' | tr -s ' ')"
    expect_equal rules-list-s009 "JX-S009 提示 文中的绩效指标表未能读出" "$(printf '%s\n' "$out" | grep '^JX-S009' | tr -s ' ')"
fi

# The rules of reading other provinces' books are explained like the others.
for id in JX-F012 JX-S006 JX-S007 JX-S008 JX-S009; do
    if run "rules-explain-$id" 0 -- "$jixiao" rules --explain "$id"; then
        expect_equal "rules-explain-$id-lines" 5 "$(printf '%s\n' "$out" | wc -l)"
        expect "rules-explain-$id-head" "$id  " "$(printf '%s\n' "$out" | sed -n 1p)"
        expect "rules-explain-$id-disable" "--disable $id" "$(printf '%s\n' "$out" | sed -n 5p)"
    fi
done
if run rules-explain-s008-en 0 -- "$jixiao" --lang en rules --explain JX-S008; then
    expect rules-explain-s008-en "Example: The funds section says 下达资金35.5万地。: read as 35.5万元 (355000.00) and reported." "$out"
fi

if run rules-explain-f007 0 -- "$jixiao" rules --explain JX-F007; then
    expect_equal rules-explain-f007-lines 5 "$(printf '%s\n' "$out" | wc -l)"
    expect_equal rules-explain-f007-head "JX-F007  警告  两年前下达的资金仍在结转，应作为结余资金收回" "$(printf '%s\n' "$out" | sed -n 1p)"
    expect_equal rules-explain-f007-source \
        "依据：财政部《中央部门结转和结余资金管理办法》（财预〔2016〕18号）第三条：预算批复后连续两年未用完的预算资金属于结余资金，按结余资金管理、收回。" \
        "$(printf '%s\n' "$out" | sed -n 3p)"
    expect rules-explain-f007-checks "检查：某笔资金在本年度的两年前或更早" "$(printf '%s\n' "$out" | sed -n 2p)"
    expect rules-explain-f007-example '示例：2023 年度的项目写 {"tranches": [{"level": "district", "source": "prior_year", "year": 2021, "amount": "5万"}]' "$(printf '%s\n' "$out" | sed -n 4p)"
    expect rules-explain-f007-silence "消除：把应收回的资金记入 execution.recovered" "$(printf '%s\n' "$out" | sed -n 5p)"
    expect rules-explain-f007-disable "jixiao evaluate --disable JX-F007" "$(printf '%s\n' "$out" | sed -n 5p)"
fi

if run rules-explain-f007-en 0 -- "$jixiao" --lang en rules --explain JX-F007; then
    expect_equal rules-explain-f007-en-head \
        "JX-F007  warning  money allocated two or more years ago is still carried forward: surplus due for recovery" \
        "$(printf '%s\n' "$out" | sed -n 1p)"
    expect_equal rules-explain-f007-en-source \
        "Source: The Ministry of Finance's rules on carried-forward and surplus funds (《中央部门结转和结余资金管理办法》, 财预〔2016〕18号), article 3: budget funds not used up in two consecutive years after approval are surplus, managed and recovered as such." \
        "$(printf '%s\n' "$out" | sed -n 3p)"
    expect rules-explain-f007-en-checks "Checks: A tranche allocated two or more years before the fiscal year" "$out"
    expect rules-explain-f007-en-example 'Example: A project of fiscal year 2023 with {"tranches"' "$out"
    expect rules-explain-f007-en-silence "To silence: Report the money taken back in execution.recovered" "$out"
fi

# Lower case is taken as the id; a report-text rule is explained like the others.
if run rules-explain-lower 0 -- "$jixiao" rules --explain jx-f007; then
    expect rules-explain-lower "JX-F007  警告" "$out"
fi
if run rules-explain-s003 0 -- "$jixiao" rules --explain JX-S003; then
    expect rules-explain-s003 "示例：一处写“川财社发〔2022〕144号”" "$out"
    expect rules-explain-s003 "jixiao lint --disable JX-S003" "$out"
fi

# Without an id: every rule of the catalogue, each with its four parts.
if run rules-explain-all 0 -- "$jixiao" rules --explain; then
    expect_equal rules-explain-all-count "$(printf '%s\n' "$(cat "$work/out")" | grep -c '^JX-')" \
        "$(printf '%s\n' "$out" | grep -c '^依据：')"
    expect_equal rules-explain-all-catalogue "$("$jixiao" rules | wc -l)" "$(printf '%s\n' "$out" | grep -c '^消除：')"
    expect rules-explain-all "JX-C002  警告" "$out"
    expect rules-explain-all "JX-I006  错误" "$out"
    expect_not rules-explain-all "暂无说明" "$out"
fi

if run rules-explain-unknown 2 -- "$jixiao" rules --explain JX-F999; then
    expect_equal rules-explain-unknown-stderr 'jixiao: 没有编号为 "JX-F999" 的规则（jixiao rules 列出全部规则）' "$err"
    expect_equal rules-explain-unknown-stdout "" "$out"
fi
if run rules-explain-unknown-en 2 -- "$jixiao" --lang en rules --explain PZH-001; then
    expect_equal rules-explain-unknown-en 'jixiao: no rule has the id "PZH-001" (jixiao rules lists them)' "$err"
fi
