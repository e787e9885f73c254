# jixiao evaluate --format md|csv|xlsx|html: the 自评表 in every format.
if run format-text-form 0 -- "$jixiao" evaluate --fail-on never; then
    expect format-text-form "项目支出绩效自评表" "$out"
    expect format-text-form "（2023年度）" "$out"
    expect format-text-form "等级：" "$out"
    expect format-text-form "年度资金总额 70.00 55.07 55.07 10 100.00% 10.00" "$squeezed"
    expect format-text-form "区县级" "$out"
fi
if run format-md 0 -- "$jixiao" evaluate --format md --fail-on never; then
    expect format-md "## p02 困难群众社会保险代缴资金" "$out"
    expect format-md "| 项目名称 | 困难群众社会保险代缴资金 |" "$out"
fi
if run format-csv 0 -- "$jixiao" evaluate --format csv --fail-on never; then
    # p02's weights total 60 (execution 10 + one indicator 50): (10 + 50) × 100 / 60 = 100.00 优.
    expect format-csv "p02,,困难群众社会保险代缴资金,攀枝花市仁和区人力资源和社会保障局,攀枝花市仁和区人力资源和社会保障局,700000.00,550700.00,550700.00,100.00,10.00,100.00,优,产出指标,数量指标,代缴人数,≥7000人,7109人,50,50.00," "$out"
    expect format-csv "项目编号,项目代码,项目名称,主管部门,实施单位,年初预算数（元）,全年预算数（元）,全年执行数（元）" "$out"
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
# --form: the Sichuan 2023 form in every format that carries the form.
if run form-sc-text 0 -- "$jixiao" evaluate --form sc-2023 --fail-on never; then
    expect form-sc-text "报表编号：510000_0013zp" "$out"
    expect form-sc-text "部门预算项目支出绩效自评表" "$out"
    expect form-sc-text "项目负责人：    财务负责人：" "$out"
    expect_not form-sc-text "年度资金总额" "$out"
fi
if run form-sc-xlsx 0 -- "$jixiao" evaluate --form sc-2023 --format xlsx --output "$work/sc.xlsx" --fail-on never; then
    strings=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())' "$work/sc.xlsx")
    expect form-sc-xlsx "报表编号：510000_0013zp" "$strings"
    expect form-sc-xlsx "预算执行情况（10分）" "$strings"
    expect form-sc-xlsx "实施单位（盖章）" "$strings"
fi
if run form-mof-md 0 -- "$jixiao" evaluate --form mof-2020 --format md --fail-on never; then
    expect form-mof-md "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 偏差原因 |" "$out"
fi
if run form-bad 2 -- "$jixiao" evaluate --form gd-2024; then
    expect form-bad "--form" "$err"
fi
