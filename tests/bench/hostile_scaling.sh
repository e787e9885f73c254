#!/usr/bin/env bash
# How time and memory grow with hostile inputs (README, "What jixiao promises"): each
# pattern at n and 10 n, the seconds and peak memory of each run, the time ratio (at most
# about 12 for time linear in the input) and whether the peak is within 64 MiB + 20 × the
# input's size.
#   tests/bench/hostile_scaling.sh [BUILD_DIR]      (default: build; needs GNU time)
set -euo pipefail
build=${1:-build}
jixiao=$build/jixiao
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

book() { printf '某区人社局\n2023年度项目支出绩效自评报告\n某项资金\n一、项目概况\n（一）项目资金申报及批复情况\n%s\n' "$1"; }

# make_input PATTERN N FILE
make_input() {
    local pattern=$1 n=$2 file=$3 s="" i
    case $pattern in
    amounts)  # one sentence of n amounts outside the funds paragraphs
        for ((i = 1; i <= n; i++)); do s+="投资${i}万元，"; done
        book "区级财政下达资金10万元。
三、项目绩效情况
（一）项目完成情况
${s}惠及群众。" >"$file" ;;
    payments)  # the money spent, then one sentence of n payments of other amounts (each a JX-S005 note)
        for ((i = 1; i <= n; i++)); do s+="支付${i}元，"; done
        book "区级财政下达资金100万元，共支出50万元。${s}均已完成。" >"$file" ;;
    unarrived)  # the money allocated, then one sentence of n amounts not come (each a part of it, a JX-S005 note)
        for ((i = 1; i <= n; i++)); do s+="未到位${i}元，"; done
        book "区级财政下达资金100万元，已到位1万元，${s}其余已到位。" >"$file" ;;
    applied)  # the money allocated, then one sentence of n applications of other amounts (each a JX-S005 note)
        for ((i = 1; i <= n; i++)); do s+="申请资金${i}元，"; done
        book "区级财政下达资金100万元。${s}均已申报。" >"$file" ;;
    tranches)  # one sentence of n tranches (at most 1 000 are read)
        for ((i = 1; i <= n; i++)); do s+="区级财政下达资金${i}万元，"; done
        book "${s}已到位。" >"$file" ;;
    citations)  # one sentence citing n documents
        for ((i = 1; i <= n; i++)); do s+="《关于某事的通知》（某财〔2022〕${i}号）、"; done
        book "根据${s}区级财政下达资金10万元。" >"$file" ;;
    projects)  # n projects of one tranche each
        {
            echo 某区人社局
            for ((i = 1; i <= n; i++)); do
                printf '2023年度项目支出绩效自评报告\n项目%d\n一、项目概况\n（一）项目资金申报及批复情况\n区级财政下达资金1万元。\n' "$i"
            done
        } >"$file" ;;
    funds)  # one paragraph listing n component funds, each a project of its own
        local circled=(① ② ③ ④ ⑤ ⑥ ⑦ ⑧ ⑨ ⑩ ⑪ ⑫ ⑬ ⑭ ⑮ ⑯ ⑰ ⑱ ⑲ ⑳)
        for ((i = 0; i < n; i++)); do s+="${circled[i % 20]}第${i}号补助资金应到位$((i % 7 + 1))万元；"; done
        printf '某县局\n2023年度补助资金绩效自评报告\n一、绩效目标分解下达情况\n共下达资金100万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n1.项目资金到位情况分析\n%s\n' "$s" >"$file" ;;
    glued)  # a form copied with its cells run together, n rows of 40 digits and a % (256 are split)
        {
            printf '项目名称某项目\n全年预算数(A)全年执行数(B)预算执行率\n'
            for ((i = 0; i < n; i++)); do printf '年度资金总额%040d%%' "$((i * 7919 + 12345))"; done
            echo
        } >"$file" ;;
    wrapped)  # a PDF's text: one paragraph of n lines cut at 72 columns, no comma in it, a page's
        # footer and an allocation every 40 lines (a paragraph of n / 40 amounts)
        {
            printf '某区人社局\n2023年度项目支出绩效自评报告\n某项资金\n一、项目概况\n（一）项目资金申报及批复情况\n'
            for ((i = 1; i <= n; i++)); do
                if [ $((i % 40)) -eq 1 ]; then
                    printf '区级财政下达资金%05d万元用于发放补助资金按照规定及时足额发放到位群众满意度较\n' "$i"
                else
                    printf '项目按照规定及时足额发放补助资金到位群众满意度较高取得良好社会效益和经济效\n'
                fi
                [ $((i % 40)) -ne 0 ] || printf '\n- %d -\n\n' "$((i / 40))"
            done
            echo 高。
        } >"$file" ;;
    listed)  # one sentence listing n funds after 其中: with their money, each a project of its own
        for ((i = 1; i <= n; i++)); do s+="第${i}号补助资金$((i % 7 + 1))万元,"; done
        book "共申报项目资金100万元,其中:${s%,}。" >"$file" ;;
    table)  # a department's table of basic data of n project rows, a cell per line (more than 1 000 are refused)
        {
            printf '某局2023年度部门整体支出绩效自评报告\n基础数据表\n预算单位名称\n某局\n经费控制情况(万元)\n2022年决算数\n'
            printf '2023年预算数\n2023年决算数\n项目支出:\n1\n1\n1\n'
            for ((i = 1; i <= n; i++)); do printf '项目%d\n1.00\n2.00\n1.50\n' "$i"; done
            printf '公用经费\n1\n1\n1\n一、部门基本情况\n某局。\n'
        } >"$file" ;;
    projtable)  # a table of n projects' budget execution, a cell per line (more than 1 000 are refused)
        {
            printf '关于开展2022年度专项资金绩效评价工作的通知\n一、评价范围\n单位:万元\n序号 |\n项目名称 |\n预算数 |\n执行数 |\n预算执行率 |\n'
            for ((i = 1; i <= n; i++)); do printf '%d |\n项目%d |\n2.00 |\n1.50 |\n75.00%% |\n' "$i" "$i"; done
        } >"$file" ;;
    fundlines)  # a list of n funds, then n paragraphs each led by one fund's name and a colon
        for ((i = 1; i <= n; i++)); do s+="补助资金项目${i}号1个,金额1万元,资金量占比1%;"; done
        {
            printf '某县2024年度彩票公益金使用情况自评报告
一、项目总体情况
项目安排情况:全县安排项目,其中:%s
二、项目资金使用情况
' "$s"
            for ((i = 1; i <= n; i++)); do printf '补助资金项目%d号:支出1万元。
' "$i"; done
        } >"$file" ;;
    shares)  # one sentence of n amounts each led by 分别支持 after the one before (each sum is of 64 at most)
        for ((i = 1; i <= n; i++)); do s+="分别支持项目${i}万元、"; done
        book "下达资金100万元，${s}均已完成。" >"$file" ;;
    runin)  # a page run into one line: n money headings numbered 2. after commas, each with an amount
        for ((i = 1; i <= n; i++)); do s+="2.项目资金执行情况分析,资金${i}元,"; done
        printf '2023年度某专项资金绩效自评报告\n二、绩效目标完成情况分析(一)资金投入情况分析1.项目资金到位情况,下达资金10万元,%s完成。\n' "$s" >"$file" ;;
    announced)  # ten kinds of project announced, then n paragraphs each led by one of them and a colon
        printf '我市2023年度涉及十类项目,分别是:类一项目和类二项目和类三项目和类四项目和类五项目和类六项目和类七项目和类八项目和类九项目和类十项目。\n一、绩效目标分解下达情况\n' >"$file"
        local names=(类一项目 类二项目 类三项目 类四项目 类五项目 类六项目 类七项目 类八项目 类九项目 类十项目)
        for ((i = 1; i <= n; i++)); do printf '%s:下达资金%d元。\n' "${names[i % 10]}" "$i" >>"$file"; done ;;
    sourcetable)  # a table of money by source of n rows, cells parted by spaces (more than 100 are refused)
        {
            printf '2023年度某项目支出绩效自评报告
一、基本情况
（二）项目资金情况
单位：元
资金来源 预算数 到位数 支出数 执行率
'
            for ((i = 1; i <= n; i++)); do printf '中央资金 1000.00 1000.00 900.00 90%%
'; done
            printf '二、绩效目标完成情况分析
'
        } >"$file" ;;
    items)  # one sentence listing n uses of the money after 用于 (more than 1 000 are refused)
        for ((i = 1; i <= n; i++)); do s+="项目${i}经费1万元、"; done
        book "区级财政下达资金${n}万元，用于${s%、}。" >"$file" ;;
    json)  # a jixiao/1 document of n minimal projects
        {
            printf '{"format":"jixiao/1","fiscal_year":2023,"projects":['
            for ((i = 1; i <= n; i++)); do
                [ "$i" -gt 1 ] && printf ','
                printf '{"id":"p%d","name":"n","tranches":[{"level":"district","amount":"1"}]}' "$i"
            done
            printf ']}\n'
        } >"$file" ;;
    indicators)  # a jixiao/1 document of one project with n indicators, each warned about (JX-I004)
        {
            printf '{"format":"jixiao/1","fiscal_year":2023,"projects":[{"id":"p1","name":"n",'
            printf '"tranches":[{"level":"district","amount":"1"}],"execution":{"used":"0"},"indicators":['
            for ((i = 1; i <= n; i++)); do
                [ "$i" -gt 1 ] && printf ','
                printf '{"level1":"output","name":"i%d","weight":"0.001","op":">=","target":"1","actual":"1"}' "$i"
            done
            printf ']}]}\n'
        } >"$file" ;;
    line)  # a jixiao/1 document of n minimal projects on one JSON Lines line
        make_input json "$n" "$file.tmp"
        { tr -d '\n' <"$file.tmp"; echo; } >"$file"
        rm -f "$file.tmp" ;;
    history)  # two consecutive years of one unit, n minimal projects each: FILE (2022) and FILE's -2023
        make_input json "$n" "$file.tmp"
        sed 's/"fiscal_year":2023,/"unit":"某单位","fiscal_year":2022,/' "$file.tmp" >"$file"
        sed 's/"fiscal_year":2023,/"unit":"某单位","fiscal_year":2023,/' "$file.tmp" >"${file%.json}-2023.json"
        rm -f "$file.tmp" ;;
    esac
}

# measure COMMAND…: "seconds peak_KiB exit_status" (2: the input was refused)
measure() {
    /usr/bin/time -f '%e %M %x' -o "$work/time" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/time"
}

printf '%-10s %-14s %-7s %8s %8s %9s %10s %8s %5s %s\n' pattern command n input_KB seconds peak_MB bound_MB within exit "time ratio 10n/n"
for spec in "amounts lint 2000" "tranches ingest 100" "payments lint 2000" "unarrived lint 2000" "applied lint 2000" "citations lint 300" "projects lint 1000" "projects ingest 1000" \
            "funds lint 600" "glued ingest 2000" "wrapped lint 2000" "listed lint 600" "fundlines lint 300" "sourcetable lint 9" \
            "shares lint 300" "runin lint 300" "announced lint 300" \
            "items lint 90" "table lint 90" "projtable lint 90" \
            "json evaluate 10000 text" "json evaluate 10000 json" "json evaluate 10000 csv" "json evaluate 10000 md" \
            "json evaluate 10000 html" "json evaluate 100 xlsx" "json format 10000" \
            "indicators evaluate 2000 text" "indicators evaluate 2000 html" "indicators evaluate 700 xlsx" \
            "indicators evaluate 2000 xlsx" "history evaluate 10000 text" "history evaluate 10000 html" \
            "line evaluate 1000 text" "line evaluate 10000 jsonl"; do
    read -r pattern command n format <<<"$spec"
    previous=""
    for size in "$n" "$((n * 10))"; do
        input=$work/$pattern-$size.txt
        case $pattern in json | indicators | history) input=$work/$pattern-$size.json ;; line) input=$work/$pattern-$size.jsonl ;; esac
        [ -e "$input" ] || make_input "$pattern" "$size" "$input"
        inputs=("$input")
        [ "$pattern" != history ] || inputs+=("${input%.json}-2023.json")
        extra=(--output "$work/out")
        case $command in lint | evaluate) extra+=(--fail-on never) ;; esac
        [ -z "$format" ] || extra+=(--format "$format")
        read -r seconds peak_kb status < <(measure "$jixiao" "$command" "${inputs[@]}" "${extra[@]}")
        rm -f "$work/out"
        kb=$(( $(cat "${inputs[@]}" | wc -c) / 1024 ))
        bound_kb=$((65536 + 20 * kb))
        within=yes
        [ "$peak_kb" -le "$bound_kb" ] || within=NO
        ratio=""
        [ -n "$previous" ] && ratio=$(awk -v a="$seconds" -v b="$previous" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
        printf '%-10s %-14s %-7s %8s %8s %9s %10s %8s %5s %s\n' "$pattern" "$command${format:+ $format}" "$size" "$kb" "$seconds" "$((peak_kb / 1024))" \
            "$((bound_kb / 1024))" "$within" "$status" "$ratio"
        previous=$seconds
    done
done
