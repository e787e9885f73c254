# jixiao evaluate over several years of one unit: the carry-forward chain
# (JX-F013, JX-F007 from the chain), in any order, in text, json and html.
# The commands run inside $work (env -C), so that findings name the files as given: absolute paths here.
history_jixiao="$(cd "$(dirname "$jixiao")" && pwd)/$(basename "$jixiao")"
history_source="$(cd "$source_dir" && pwd)"
history_dir="$history_source/examples/data/history"
cp "$history_dir"/qingshan-202?.json "$work/"
if run history-text 1 -- env -C "$work" "$history_jixiao" --lang en evaluate qingshan-2024.json qingshan-2022.json qingshan-2023.json; then
    expect history-text "[error] JX-F013 qingshan-2023.json: projects[1].tranches against qingshan-2022.json: projects[1].execution.carried_forward" "$out"
    expect history-text "Expected 20000.00 (2.00 × 10,000 yuan)  Actual 15000.00 (1.50 × 10,000 yuan)  Difference -5000.00 (-0.50 × 10,000 yuan)" "$out"
    expect history-text "JX-F013 qingshan-2023.json: projects against qingshan-2022.json: projects[3].execution.carried_forward" "$out"
    expect history-text "JX-F013 qingshan-2023.json: projects[3].tranches against qingshan-2022.json: projects" "$out"
    expect history-text "[warning] JX-F007 qingshan-2024.json: projects[0].execution.carried_forward against qingshan-2023.json: projects[0].execution.carried_forward" "$out"
    expect history-text "Carry-forward chain (yuan)" "$out"
    expect history-text "year prior-year money in used carried out of which older than one year" "$squeezed"
    expect history-text "2024 250000.00 100000.00 250000.00 150000.00" "$squeezed"
    # years in order, whatever the order given
    order=$(grep -o '^示例市青山区文化和旅游局, 20[0-9][0-9]' "$work/out" | grep -o '20[0-9][0-9]' | tr '\n' ' ')
    expect_equal history-text-order "2022 2023 2024 " "$order"
    count=$(grep -c 'JX-F013 qingshan' "$work/out")
    expect_equal history-text-f013-count "3" "$count"
fi
if run history-zh 1 -- env -C "$work" "$history_jixiao" evaluate qingshan-2022.json qingshan-2023.json; then
    expect history-zh "结转链（元）" "$out"
    expect history-zh "年度 上年结转资金 使用 结转下年 其中超过一年" "$squeezed"
    expect history-zh "没有这个项目（编号和名称都找不到）" "$out"
fi
for year in 2022 2023 2024; do
    if run "history-alone-$year" 0 -- env -C "$work" "$history_jixiao" --lang en evaluate "qingshan-$year.json" --fail-on never; then
        expect_not "history-alone-$year" "JX-F013" "$out"
        expect_not "history-alone-$year" "JX-F007" "$out"
        expect_not "history-alone-$year" "Carry-forward chain" "$out"
    fi
done
if run history-json 1 -- env -C "$work" "$history_jixiao" evaluate qingshan-2023.json qingshan-2024.json qingshan-2022.json --format json; then
    expect history-json '"chain": [' "$out"
    expect history-json '"older_than_one_year": "150000.00"' "$out"
    expect history-json '"path": "qingshan-2023.json: projects[3].tranches against qingshan-2022.json: projects"' "$out"
    years=$(grep -o '^  "fiscal_year": 20[0-9][0-9],$' "$work/out" | tr -d '\n ')
    expect_equal history-json-years '"fiscal_year":2022,"fiscal_year":2023,"fiscal_year":2024,' "$years"
fi
if run history-disable 0 -- env -C "$work" "$history_jixiao" evaluate qingshan-2022.json qingshan-2023.json qingshan-2024.json --disable JX-F013,JX-F007 --fail-on error; then
    expect_not history-disable "JX-F013" "$out"
    expect_not history-disable "JX-F007" "$out"
fi
if run history-html 1 -- env -C "$work" "$history_jixiao" evaluate qingshan-2022.json qingshan-2023.json qingshan-2024.json --format html --output "$work/history.html"; then
    page=$(cat "$work/history.html")
    expect history-html '<table class="chain">' "$page"
    expect history-html "示例市青山区文化和旅游局 2022–2024" "$page"
    expect history-html "2024年度项目支出绩效自评表" "$page"
    expect history-html '<td class="num">150000.00</td>' "$page"
    count=$(grep -c '<html' "$work/history.html")
    expect_equal history-html-one-page "1" "$count"
fi
if run history-gap 0 -- env -C "$work" "$history_jixiao" --lang en evaluate qingshan-2022.json qingshan-2024.json --fail-on never; then
    expect history-gap 'unit "示例市青山区文化和旅游局": no document for 2023, so the carry-forward chain between 2022 and 2024 is not checked' "$err"
    expect_not history-gap "JX-F013" "$out"
fi
cp "$work/qingshan-2023.json" "$work/again-2023.json"
if run history-twice 0 -- env -C "$work" "$history_jixiao" --lang en evaluate qingshan-2022.json qingshan-2023.json again-2023.json --fail-on never; then
    expect history-twice 'unit "示例市青山区文化和旅游局": fiscal year 2023 is given more than once, so neither book can stand for it: the unit'"'"'s documents are evaluated each alone, without the carry-forward chain' "$err"
    expect_not history-twice "JX-F013" "$out"
    expect_not history-twice "Carry-forward chain" "$out"
fi
if run history-two-units 1 -- env -C "$work" "$history_jixiao" --lang en evaluate qingshan-2023.json "$history_source/examples/data/renhe-hrss-2023.json"; then
    expect_not history-two-units "JX-F013" "$out"
    expect history-two-units "[p01] 高层次人才专项经费" "$out"
fi
if run history-rules 0 -- "$jixiao" --lang en rules; then
    expect history-rules "JX-F013" "$out"
fi
if run history-gen 0 -- "$jixiao" gen --years 3 --projects 4 --per-line 2 --year 2024 --seed 3; then
    lines=$(wc -l <"$work/out" | tr -d ' ')
    expect_equal history-gen-lines "6" "$lines"  # two units, three years each
    years=$(grep -o '"fiscal_year":20[0-9][0-9]' "$work/out" | grep -o '20[0-9][0-9]' | tr '\n' ' ')
    expect_equal history-gen-years "2022 2023 2024 2022 2023 2024 " "$years"
    units=$(head -3 "$work/out" | grep -o '^{"format":"jixiao/1","unit":"[^"]*"' | sort -u | wc -l | tr -d ' ')
    expect_equal history-gen-one-unit "1" "$units"
    expect history-gen '"unit":"合成示例市第1区' "$out"
fi
if run history-gen-too-early 2 -- "$jixiao" --lang en gen --years 40 --year 2020; then
    expect history-gen-too-early "--years 40 back from 2020 goes before 1990; give fewer --years or a later --year" "$err"
fi
