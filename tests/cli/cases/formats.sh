# jixiao evaluate --format md|csv|xlsx|html: the 自评表 in every format.
if run format-text-form 0 -- "$jixiao" evaluate --fail-on never; then
    expect format-text-form "项目支出绩效自评表（2023年度）" "$out"
    expect format-text-form "年度资金总额 70.00 55.07 55.07 10 100.00% 10.00" "$squeezed"
    expect format-text-form "区县级" "$out"
fi
if run format-md 0 -- "$jixiao" evaluate --format md --fail-on never; then
    expect format-md "## p02 困难群众社会保险代缴资金" "$out"
    expect format-md "| 项目名称 | 困难群众社会保险代缴资金 |" "$out"
fi
if run format-csv 0 -- "$jixiao" evaluate --format csv --fail-on never; then
    expect format-csv "p02,困难群众社会保险代缴资金,700000.00,550700.00,550700.00,100.00,10.00,60.00,中,产出指标,数量指标,代缴人数,≥7000人,7109人,50,50.00," "$out"
    first=$(head -c 3 "$work/out" | od -An -tx1 | tr -d ' ')
    expect_equal format-csv-no-bom "e9a1b9" "$first"
fi
if run format-csv-bom 0 -- "$jixiao" evaluate --format csv --bom --fail-on never; then
    first=$(head -c 3 "$work/out" | od -An -tx1 | tr -d ' ')
    expect_equal format-csv-bom "efbbbf" "$first"
fi
if run format-xlsx 0 -- "$jixiao" evaluate --format xlsx --output "$work/book.xlsx" --fail-on never; then
    magic=$(head -c 2 "$work/book.xlsx")
    expect_equal format-xlsx-zip "PK" "$magic"
fi
if run format-xlsx-stdout 2 -- "$jixiao" evaluate --format xlsx --lang en; then
    expect format-xlsx-stdout "--format xlsx needs --output FILE" "$err"
fi
if run format-html 0 -- "$jixiao" evaluate --format html --output "$work/book.html" --fail-on never; then
    page=$(cat "$work/book.html")
    expect format-html "<html" "$page"
    expect format-html "困难群众社会保险代缴资金" "$page"
    expect_not format-html "<script" "$page"
    expect_not format-html "http://" "$page"
fi
seed="$source_dir/examples/data/renhe-hrss-2023.json"
if run format-csv-two 2 -- "$jixiao" evaluate "$seed" "$seed" --format csv --lang en; then
    expect format-csv-two "--format csv writes one document at a time (2 given)" "$err"
fi
if run format-md-two 1 -- "$jixiao" evaluate "$seed" "$seed" --format md; then
    count=$(grep -c "^## p02 " <<<"$out")
    expect_equal format-md-two "2" "$count"
fi
