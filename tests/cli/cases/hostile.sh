# Hostile files and hostile places to write (README, "What jixiao promises"):
# outputs that stay inert, --output that replaces only a regular file, failed
# writes and signals that leave nothing behind, messages that show what they
# quote. Memory bounds are checked on small inputs by ratio (peak RSS of n and 4n).

esc=$'\x1b'
bel=$'\x07'
rlo=$'\xe2\x80\xae'

# A document whose texts are attacks on whoever opens the output.
sed -e 's/"高层次人才专项经费"/"=HYPERLINK(\\"http:\/\/evil\\",\\"x\\") <script>alert(1)<\/script>\\u001b]0;owned\\u0007"/' \
    -e 's/"代缴人数"/"@SUM(1+1)\\u202e0001"/' \
    -e 's/"建成四川攀枝花人力资源服务产业园仁和分园"/"-2+3 \\u009b31m"/' \
    "$source_dir/examples/data/renhe-hrss-2023.json" >"$work/hostile.json"
tr -d '\n' <"$work/hostile.json" >"$work/hostile.jsonl"
echo >>"$work/hostile.jsonl"

# ---- 1. JSON Lines input: every format produced properly or refused before anything is written
for f in md csv xlsx html; do
    rm -f "$work/stream.out"
    if run "hostile-jsonl-$f" 2 -- "$jixiao" --lang en evaluate "$work/hostile.jsonl" --format "$f" --output "$work/stream.out"; then
        expect "hostile-jsonl-$f" "JSON Lines input is written as text, json or jsonl only" "$err"
        if [ -e "$work/stream.out" ]; then fail "hostile-jsonl-$f-output" "written"; else pass; fi
    fi
done
if run hostile-jsonl-xlsx-stdout 2 -- "$jixiao" --lang en evaluate "$work/hostile.jsonl" --format xlsx; then
    expect_equal hostile-jsonl-xlsx-stdout "" "$out"
fi
if run hostile-jsonl-bom 2 -- "$jixiao" --lang en evaluate "$work/hostile.jsonl" --bom; then
    expect hostile-jsonl-bom "--bom applies to --format csv only" "$err"
fi
if run hostile-bom-text 2 -- "$jixiao" --lang en evaluate "$work/hostile.json" --format text --bom; then
    expect hostile-bom-text "--bom applies to --format csv only" "$err"
fi
# The text of a stream is as inert as a document's.
if run hostile-jsonl-text 1 -- "$jixiao" --lang en evaluate "$work/hostile.jsonl"; then
    expect_not hostile-jsonl-text-esc "$esc" "$out"
    expect hostile-jsonl-text-shown '\x1b]0;owned\x07' "$out"
fi

# ---- html: escaped whatever the input
if run hostile-html 1 -- "$jixiao" --lang en evaluate "$work/hostile.json" --format html --output "$work/h.html"; then
    html=$(cat "$work/h.html")
    expect_not hostile-html-script "<script>alert" "$html"
    expect hostile-html-escaped "&lt;script&gt;alert(1)&lt;/script&gt;" "$html"
fi

# ---- 2. CSV: formulas neutralised, numbers kept
if run hostile-csv 1 -- "$jixiao" --lang en evaluate "$work/hostile.json" --format csv; then
    expect hostile-csv-name "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")" "$out"
    expect hostile-csv-indicator ",'@SUM(1+1)" "$out"
    expect hostile-csv-minus ",'-2+3 " "$out"
    expect hostile-csv-numbers "900000.00,0.00,0.00,0.00" "$out"
    expect_not hostile-csv-raw ",=HYPERLINK" "$out"
fi
# A report book read by lint: the same cells.
printf '某区人社局\n2023年度项目支出绩效自评报告\n=cmd|calc!A0 资金\n一、项目概况\n（一）项目资金申报及批复情况\n区级财政下达资金10万元。\n' >"$work/formula.txt"
if run hostile-lint-csv 0 -- "$jixiao" --lang en lint "$work/formula.txt" --format csv --fail-on never; then
    expect hostile-lint-csv "'=cmd|calc!A0" "$out"
    expect_not hostile-lint-csv-raw ",=cmd" "$out"
fi

# ---- 5. terminal escapes shown, never sent: text, md, findings, errors
for f in text md; do
    if run "hostile-$f-escapes" 1 -- "$jixiao" --lang en evaluate "$work/hostile.json" --format "$f"; then
        expect_not "hostile-$f-esc" "$esc" "$out"
        expect_not "hostile-$f-bel" "$bel" "$out"
        expect_not "hostile-$f-rlo" "$rlo" "$out"
        expect "hostile-$f-rlo-shown" "<U+202E>" "$out"
        expect "hostile-$f-c1-shown" "<U+009B>31m" "$out"
    fi
done
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [], "\\u001b[2Jwiped\\u202e": 1}\n' >"$work/escape-key.json"
if run hostile-error-escapes 2 -- "$jixiao" --lang en evaluate "$work/escape-key.json"; then
    expect_not hostile-error-esc "$esc" "$err"
    expect_not hostile-error-rlo "$rlo" "$err"
    expect hostile-error-shown '\x1b[2Jwiped<U+202E>' "$err"
fi
sed 's/按预估7000人以上/按预估\x1b]0;t\x07 7000人以上/' "$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt" >"$work/escape.txt"
if run hostile-ingest-escapes 0 -- "$jixiao" --lang en ingest "$work/escape.txt"; then
    expect_not hostile-ingest-esc "$esc" "$err"
    expect hostile-ingest-shown '\x1b]0;t\x07 7000' "$err"
fi
if run hostile-lint-escapes 0 -- "$jixiao" --lang en lint "$work/escape.txt" --fail-on never; then
    expect_not hostile-lint-esc "$esc" "$out"
    expect hostile-lint-shown '\x1b]0;t\x07 7000' "$out"
fi

# ---- 4. --output replaces only a regular file
printf 'old\n' >"$work/target.txt"
chmod 600 "$work/target.txt"
ln -sf "$work/target.txt" "$work/link.txt"
if run hostile-output-link 0 -- "$jixiao" format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/link.txt"; then
    if [ -L "$work/link.txt" ]; then pass; else fail hostile-output-link "the link was replaced"; fi
    expect hostile-output-link-target '"format": "jixiao/1"' "$(cat "$work/target.txt")"
    expect_equal hostile-output-mode 600 "$(stat -c %a "$work/target.txt")"
fi
ln -sf "$work/not-yet.txt" "$work/dangling.txt"
if run hostile-output-dangling 0 -- "$jixiao" format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/dangling.txt"; then
    if [ -L "$work/dangling.txt" ] && [ -f "$work/not-yet.txt" ]; then pass; else fail hostile-output-dangling "link not followed"; fi
fi
mkdir -p "$work/adir"
if run hostile-output-directory 2 -- "$jixiao" --lang en format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/adir"; then
    expect hostile-output-directory "Is a directory" "$err"
    expect_equal hostile-output-directory-empty "" "$(ls -A "$work/adir")"
fi
if run hostile-output-devnull 0 -- "$jixiao" format "$source_dir/examples/data/renhe-hrss-2023.json" --output /dev/null; then
    if [ -c /dev/null ]; then pass; else fail hostile-output-devnull "/dev/null is no longer a device"; fi
fi
if run hostile-output-devnull-xlsx 1 -- "$jixiao" evaluate --format xlsx --output /dev/null; then
    if [ -c /dev/null ]; then pass; else fail hostile-output-devnull-xlsx "/dev/null is no longer a device"; fi
fi
rm -f "$work/fifo"
mkfifo "$work/fifo"
cat "$work/fifo" >"$work/fifo.out" &
reader=$!
if run hostile-output-fifo 0 -- "$jixiao" format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/fifo"; then
    wait "$reader"
    if [ -p "$work/fifo" ]; then pass; else fail hostile-output-fifo "the FIFO was replaced"; fi
    expect hostile-output-fifo-content '"format": "jixiao/1"' "$(cat "$work/fifo.out")"
fi
long_name=$(printf 'n%.0s' $(seq 1 251)).json  # 256 bytes: over NAME_MAX
name_max=$(printf 'n%.0s' $(seq 1 250)).json   # 255 bytes: NAME_MAX
if run hostile-output-name-max 0 -- "$jixiao" format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/$name_max"; then
    if [ -s "$work/$name_max" ]; then pass; else fail hostile-output-name-max "not written"; fi
fi
if run hostile-output-name-too-long 2 -- "$jixiao" --lang en format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/$long_name"; then
    expect hostile-output-name-too-long "File name too long" "$err"
fi
# Hard links (decided): the name given is replaced; the file's other names keep the old content.
printf 'old\n' >"$work/hard-a.json"
ln -f "$work/hard-a.json" "$work/hard-b.json"
if run hostile-output-hardlink 0 -- "$jixiao" format "$source_dir/examples/data/renhe-hrss-2023.json" --output "$work/hard-a.json"; then
    expect_equal hostile-output-hardlink-other "old" "$(cat "$work/hard-b.json")"
    expect hostile-output-hardlink-name '"format": "jixiao/1"' "$(cat "$work/hard-a.json")"
fi
if compgen -G "$work/.jixiao-*" >/dev/null; then fail hostile-output-litter "temporary left: $(ls -a "$work" | grep jixiao-)"; else pass; fi

# ---- 7. failed writes to standard output are failures, for every command
if [ -w /dev/full ]; then
    for cmd in "format $source_dir/examples/data/renhe-hrss-2023.json" "evaluate" "evaluate --format json" \
        "ingest $source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt" \
        "lint $source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt --fail-on never" \
        "split $source_dir/examples/data/renhe-hrss-2023.json --policy sc-resident-pension-subsidy --count general=10" \
        "rules" "daxie 107000.53" "gen --projects 3" "evaluate $work/hostile.jsonl --fail-on never"; do
        name="hostile-full-${cmd%% *}"
        # shellcheck disable=SC2086
        if run "$name" 2 -- bash -c "\"$jixiao\" --lang en $cmd >/dev/full"; then
            expect "$name" "No space left on device" "$err"
        fi
    done
fi
# A closed pipe: with SIGPIPE ignored, EPIPE is exit 2 with a message; at its default, the signal ends jixiao (141).
if run hostile-pipe-ignored 0 -- bash -c "trap '' PIPE; \"$jixiao\" --lang en gen --projects 20000 2>\"$work/pipe.err\" | head -c 1 >/dev/null; echo \${PIPESTATUS[0]} >\"$work/pipe.code\""; then
    expect_equal hostile-pipe-ignored-code 2 "$(cat "$work/pipe.code")"
    expect hostile-pipe-ignored-message "Broken pipe" "$(cat "$work/pipe.err")"
fi
if run hostile-pipe-default 0 -- bash -c "\"$jixiao\" gen --projects 20000 | head -c 1 >/dev/null; echo \${PIPESTATUS[0]} >\"$work/pipe.code\""; then
    expect_equal hostile-pipe-default-code 141 "$(cat "$work/pipe.code")"
fi

# ---- 8. signals during a write leave no temporary; ignored signals stay ignored
# (env --default-signal: a background job of a script starts with SIGINT ignored.)
for sig in TERM INT HUP PIPE USR1 ALRM; do
    rm -rf "$work/sig" && mkdir "$work/sig"
    env --default-signal "$jixiao" gen --projects 100000000 --output "$work/sig/out.jsonl" &
    pid=$!
    for _ in $(seq 1 200); do compgen -G "$work/sig/.jixiao-*" >/dev/null && break; sleep 0.02; done
    kill -s "$sig" "$pid"
    wait "$pid"
    code=$?
    if [ "$code" -gt 128 ]; then pass; else fail "hostile-signal-$sig" "exit code $code"; fi
    if [ -z "$(ls -A "$work/sig")" ]; then pass; else fail "hostile-signal-$sig-litter" "left: $(ls -A "$work/sig")"; fi
done
# Under nohup, SIGHUP stays ignored: the run (waiting for its input) goes on and writes its output.
rm -rf "$work/sig" && mkdir "$work/sig" && mkfifo "$work/sig/in"
(sleep 0.5; cat "$work/hostile.jsonl") >"$work/sig/in" &
nohup "$jixiao" evaluate - --input jsonl --format jsonl --fail-on never --output "$work/sig/out.jsonl" <"$work/sig/in" >/dev/null 2>&1 &
pid=$!
sleep 0.2
kill -s HUP "$pid" 2>/dev/null
wait "$pid"
expect_equal hostile-nohup-code 0 "$?"
if [ -s "$work/sig/out.jsonl" ]; then pass; else fail hostile-nohup "SIGHUP under nohup ended the run"; fi
rm -rf "$work/sig"

# ---- 9. a file name that is not UTF-8 (GBK 绩效自评报告.txt)
gbk_name=$(printf '\xbc\xa8\xd0\xa7.txt')
cp "$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt" "$work/$gbk_name"
if run hostile-gbk-name-ingest 0 -- "$jixiao" --lang en ingest "$work/$gbk_name"; then
    expect hostile-gbk-name-ingest '\xbc\xa8' "$err"  # (d0 a7, the rest of 效, happens to be UTF-8: Ч)
    if iconv -f UTF-8 -t UTF-8 "$work/out" >/dev/null 2>&1 && iconv -f UTF-8 -t UTF-8 "$work/err" >/dev/null 2>&1; then pass
    else fail hostile-gbk-name-ingest-utf8 "output not UTF-8"; fi
fi
printf '{"format": "jixiao/1"}' >"$work/$(printf '\xb9\xa4.json')"
if run hostile-gbk-name-evaluate 2 -- "$jixiao" --lang en evaluate "$work/$(printf '\xb9\xa4.json')"; then
    expect hostile-gbk-name-evaluate '\xb9\xa4.json' "$err"
    if iconv -f UTF-8 -t UTF-8 "$work/err" >/dev/null 2>&1; then pass; else fail hostile-gbk-name-evaluate-utf8 "message not UTF-8"; fi
fi

# ---- 10. xlsx: characters XML cannot hold replaced and reported
printf '{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"id": "p1", "name": "a\\ufffeb\\u0000c _x0041_", "tranches": [{"level": "district", "amount": "100"}], "execution": {"used": "100"}}]}\n' >"$work/xml-bad.json"
if run hostile-xlsx-chars 0 -- "$jixiao" --lang en evaluate "$work/xml-bad.json" --format xlsx --output "$work/x.xlsx"; then
    expect hostile-xlsx-chars "characters a workbook cannot hold (such as U+0000, U+FFFE) were replaced by U+FFFD" "$err"
    if command -v unzip >/dev/null; then
        strings=$(unzip -p "$work/x.xlsx" xl/sharedStrings.xml)
        expect hostile-xlsx-replaced "a�b�c _x005F_x0041_" "$strings"
        if command -v xmllint >/dev/null; then
            if printf '%s' "$strings" | xmllint --noout - 2>/dev/null; then pass; else fail hostile-xlsx-wellformed "sharedStrings.xml"; fi
        fi
    fi
fi

# ---- 11. messages
if run hostile-stdin-twice 2 -- bash -c "\"$jixiao\" --lang en evaluate - - <\"$work/hostile.json\""; then
    expect hostile-stdin-twice "standard input (-) can be read only once; it was given more than once" "$err"
fi
if run hostile-split-15 0 -- "$jixiao" split "$source_dir/examples/data/renhe-hrss-2023.json" --policy sc-resident-pension-subsidy --count general=999999999999999; then pass; fi
if run hostile-split-16 2 -- "$jixiao" --lang en split "$source_dir/examples/data/renhe-hrss-2023.json" --policy sc-resident-pension-subsidy --count general=1000000000000000; then
    expect hostile-split-16 'the headcount is beyond the limit of 15 digits (999 999 999 999 999)' "$err"
fi
if run hostile-split-2p63 2 -- "$jixiao" --lang en split "$source_dir/examples/data/renhe-hrss-2023.json" --policy sc-resident-pension-subsidy --count general=9223372036854775808; then
    expect hostile-split-2p63 'beyond the limit of 15 digits' "$err"
fi
printf '{"format":"jixiao/1","fiscal_year":2023,"projects":[]}\n\n{"format":"jixiao/1","fiscal_year":2023,"projects":[{"id":"p1"\n' >"$work/open.jsonl"
if run hostile-jsonl-line 2 -- "$jixiao" --lang en evaluate "$work/open.jsonl"; then
    expect hostile-jsonl-line 'open.jsonl:3:' "$err"
    expect hostile-jsonl-line-opened 'opened at 3:' "$err"
    expect_not hostile-jsonl-line-1 'opened at 1:' "$err"
fi
# Under AddressSanitizer (JIXIAO_SANITIZED, set by the sanitizer build's ctest) memory is the
# sanitizer's: its shadow memory makes address-space limits and peak RSS meaningless there.
if command -v prlimit >/dev/null && [ -z "${JIXIAO_SANITIZED:-}" ]; then
    head -c 300000000 /dev/zero | tr '\0' ' ' >"$work/big-blank.json" 2>/dev/null
    if run hostile-out-of-memory 2 -- prlimit --as=200000000 "$jixiao" --lang en evaluate "$work/big-blank.json"; then
        expect hostile-out-of-memory "not enough memory" "$err"
    fi
    rm -f "$work/big-blank.json"
fi

# ---- 3. memory bounded by the input: peak RSS within 64 MiB + 20 × the input's size
# within_memory NAME INPUT COMMAND…: COMMAND's peak resident memory is within the bound for INPUT.
within_memory() {
    local name=$1 inputs=$2  # the input files, separated by spaces
    shift 2
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/memory.err"
    local rss_kb size_kb
    rss_kb=$(tail -n 1 "$work/rss")
    # shellcheck disable=SC2086  # the files, one word each
    size_kb=$(( $(cat $inputs | wc -c) / 1024 ))
    if [ "$rss_kb" -le $((65536 + 20 * size_kb)) ]; then pass
    else fail "$name" "peak RSS ${rss_kb} KiB for ${size_kb} KiB of input (bound $((65536 + 20 * size_kb)) KiB)"; fi
}
book() { printf '某区人社局\n2023年度项目支出绩效自评报告\n某项资金\n一、项目概况\n（一）项目资金申报及批复情况\n%s\n' "$1"; }
# minimal_document N: a jixiao/1 document of N projects of one tranche each.
minimal_document() {
    printf '{"format":"jixiao/1","fiscal_year":2023,"projects":['
    for ((i = 1; i <= $1; i++)); do
        [ "$i" -gt 1 ] && printf ','
        printf '{"id":"p%d","name":"n","tranches":[{"level":"district","amount":"1"}]}' "$i"
    done
    printf ']}\n'
}
# indicators_document N: one project of N indicators, each with a weight the total does not match,
# each at full marks while the money is stated as unused (JX-I004 on every one).
indicators_document() {
    printf '{"format":"jixiao/1","fiscal_year":2023,"projects":[{"id":"p1","name":"n",'
    printf '"tranches":[{"level":"district","amount":"1"}],"execution":{"used":"0"},"indicators":['
    for ((i = 1; i <= $1; i++)); do
        [ "$i" -gt 1 ] && printf ','
        printf '{"level1":"output","name":"i%d","weight":"0.001","op":">=","target":"1","actual":"1"}' "$i"
    done
    printf ']}]}\n'
}
if [ -x /usr/bin/time ] && [ -z "${JIXIAO_SANITIZED:-}" ]; then
    # One document under 400 issuer prefixes (79 800 pairs).
    cites=""
    for a in 甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 午 未 申 酉; do
        for b in 甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 午 未 申 酉; do
            cites+="《关于下达某资金的通知》（川${a}${b}社〔2022〕144号）、"
        done
    done
    book "根据${cites}区级财政下达资金10万元。" >"$work/prefixes.txt"
    within_memory hostile-memory-prefixes "$work/prefixes.txt" "$jixiao" lint "$work/prefixes.txt" --fail-on never
    # One sentence citing 3 000 documents; 3 000 amounts; 3 000 tranches.
    sentence=""
    for i in $(seq 1 3000); do sentence+="《关于某事的通知》（某财〔2022〕${i}号）、"; done
    book "根据${sentence}区级财政下达资金10万元。" >"$work/citations.txt"
    within_memory hostile-memory-citations "$work/citations.txt" "$jixiao" lint "$work/citations.txt" --fail-on never
    # One sentence of 20 000 amounts outside the funds paragraphs (389 KB): five JX-S005
    # findings and one that counts the rest, not 20 000 (180 MB before).
    sentence=""
    for i in $(seq 1 20000); do sentence+="投资${i}万元，"; done
    book "区级财政下达资金10万元。
三、项目绩效情况
（一）项目完成情况
${sentence}惠及群众。" >"$work/amounts.txt"
    within_memory hostile-memory-amounts "$work/amounts.txt" "$jixiao" --lang en lint "$work/amounts.txt" --fail-on never
    if run hostile-amounts-grouped 0 -- "$jixiao" --lang en lint "$work/amounts.txt" --fail-on never --format jsonl; then
        expect_equal hostile-amounts-grouped-count 6 "$(grep -o '"rule":"JX-S005"' <<<"$out" | wc -l | tr -d ' ')"
        expect hostile-amounts-grouped "line 9: 19995 more amounts (6万元…20000万元) were not tied to any field for the same reason" "$out"
    fi
    # Tranches: 1 000 in one sentence are read; one more and the book is refused, with the place.
    sentence=""
    for i in $(seq 1 1000); do sentence+="区级财政下达资金${i}万元，"; done
    book "${sentence}已到位。" >"$work/tranches.txt"
    within_memory hostile-memory-tranches "$work/tranches.txt" "$jixiao" ingest "$work/tranches.txt"
    if run hostile-tranches-read 0 -- "$jixiao" ingest "$work/tranches.txt"; then
        expect_equal hostile-tranches-read-count 1000 "$(grep -o '"level": "district"' <<<"$out" | wc -l | tr -d ' ')"
    fi
    book "${sentence}区级财政下达资金1001万元，已到位。" >"$work/tranches-1001.txt"
    if run hostile-tranches-limit 2 -- "$jixiao" --lang en ingest "$work/tranches-1001.txt"; then
        expect hostile-tranches-limit "tranches-1001.txt:6: projects[0]: one project's text states more than 1000 allocations or arrivals of money" "$err"
    fi
    # Itemised uses: 1 000 in one sentence are read (in linear time: a sentence of 4 000 took 8.4 s
    # when each provenance entry was compared with every one before it); one more and the book is
    # refused, with the place, nothing written.
    sentence=""
    for i in $(seq 1 1000); do sentence+="项目${i}经费1万元、"; done
    book "区级财政下达资金1000万元，用于${sentence%、}。" >"$work/items.txt"
    within_memory hostile-memory-items "$work/items.txt" "$jixiao" --lang en lint "$work/items.txt" --fail-on never
    if run hostile-items-read 0 -- "$jixiao" ingest "$work/items.txt"; then
        expect_equal hostile-items-read-count 1000 "$(grep -o '"purpose": "项目[0-9]*经费"' <<<"$out" | wc -l | tr -d ' ')"
    fi
    book "区级财政下达资金1001万元，用于${sentence}项目1001经费1万元。" >"$work/items-1001.txt"
    rm -f "$work/items.out"
    if run hostile-items-limit 2 -- "$jixiao" --lang en lint "$work/items-1001.txt" --output "$work/items.out"; then
        expect hostile-items-limit "items-1001.txt:6: projects[0]: one project's text itemises more than 1000 uses of its money" "$err"
        if [ -e "$work/items.out" ]; then fail hostile-items-limit-output "--output was written"; else pass; fi
    fi
    # A department's table of basic data: 1 000 project rows, each a project, within the memory bound;
    # one more and the book is refused, with the row's line, nothing written.
    table() {  # n rows
        printf '某局2023年度部门整体支出绩效自评报告\n基础数据表\n预算单位名称\n某局\n经费控制情况(万元)\n2022年决算数\n2023年预算数\n2023年决算数\n项目支出:\n1\n1\n1\n'
        for i in $(seq 1 "$1"); do printf '项目%d\n1.00\n2.00\n1.50\n' "$i"; done
        printf '公用经费\n1\n1\n1\n一、部门基本情况\n某局。\n'
    }
    # NAME MAKE MESSAGE: MAKE n writes a table of n project rows; 1 000 are read, each a project,
    # within the memory bound; 1 001 are refused with MESSAGE, nothing written.
    rows_limit() {
        "$2" 1000 >"$work/$1.txt"
        within_memory "hostile-memory-$1" "$work/$1.txt" "$jixiao" --lang en lint "$work/$1.txt" --fail-on never
        if run "hostile-$1-read" 0 -- "$jixiao" ingest "$work/$1.txt"; then
            expect_equal "hostile-$1-read-count" 1000 "$(grep -o '"name": "项目[0-9]*"' <<<"$out" | wc -l | tr -d ' ')"
        fi
        "$2" 1001 >"$work/$1-1001.txt"
        rm -f "$work/$1.out"
        if run "hostile-$1-limit" 2 -- "$jixiao" --lang en lint "$work/$1-1001.txt" --output "$work/$1.out"; then
            expect "hostile-$1-limit" "$3" "$err"
            if [ -e "$work/$1.out" ]; then fail "hostile-$1-limit-output" "--output was written"; else pass; fi
        fi
    }
    rows_limit table table "table-1001.txt:4013: the department's table of basic data lists more than 1000 projects"
    # A unit's table of its projects' budget execution: the same bound and limit.
    project_table() {  # n rows
        printf '关于开展2022年度专项资金绩效评价工作的通知\n一、评价范围\n单位:万元\n序号 |\n项目名称 |\n预算数 |\n执行数 |\n预算执行率 |\n'
        for i in $(seq 1 "$1"); do printf '%d |\n项目%d |\n2.00 |\n1.50 |\n75.00%% |\n' "$i" "$i"; done
    }
    rows_limit project-table project_table \
        "project-table-1001.txt:5010: the table of projects' budget execution lists more than 1000 projects"
    # 1.5 MB of bad JSON Lines (500 000 lines, two batches) with --jobs 2.
    head -c 1500000 /dev/zero | tr '\0' 'x' | fold -w 3 >"$work/bad.jsonl"
    within_memory hostile-memory-bad-jsonl "$work/bad.jsonl" "$jixiao" --lang en evaluate "$work/bad.jsonl" --jobs 2
    expect hostile-memory-bad-jsonl-summary "262044 more bad lines (between lines 101 and 262144) are not shown one by one" "$(cat "$work/memory.err")"
    rm -f "$work/bad.jsonl"
    # A jixiao/1 document of 10 000 minimal projects (711 KB): read, evaluated and written a
    # project at a time (text 164 MB, json 81 MB, html 261 MB before).
    minimal_document 10000 >"$work/many.json"
    for f in text json html; do
        rm -f "$work/many.out"
        within_memory "hostile-memory-many-projects-$f" "$work/many.json" \
            "$jixiao" --lang en evaluate "$work/many.json" --format "$f" --output "$work/many.out" --fail-on never
        expect "hostile-memory-many-projects-$f-summary" "(10,000 projects, 0 errors, 10,000 warnings, 0 infos)" "$(cat "$work/memory.err")"
    done
    expect hostile-memory-many-projects-html-last 'id="project-10000" data-project="p10000"' "$(grep -F 'id="project-10000"' "$work/many.out")"
    expect_equal hostile-memory-many-projects-html-end "</html>" "$(tail -n 1 "$work/many.out")"
    within_memory hostile-memory-many-projects-format "$work/many.json" "$jixiao" format "$work/many.json" --output "$work/many.out"
    expect_equal hostile-memory-many-projects-format-last '      "id": "p10000",' "$(grep -F '"id": "p10000"' "$work/many.out")"
    # The same projects as two consecutive years of one unit: a history, read a project at a
    # time, its chain from each project's chain entry (held whole, they took 122 MB in text and
    # 370 MB in html, against 91 MB; the text report is written the same way).
    sed 's/"fiscal_year":2023,/"unit":"某单位","fiscal_year":2022,/' "$work/many.json" >"$work/year1.json"
    sed 's/"fiscal_year":2023,/"unit":"某单位","fiscal_year":2023,/' "$work/many.json" >"$work/year2.json"
    within_memory hostile-memory-history-html "$work/year1.json $work/year2.json" \
        "$jixiao" --lang en evaluate "$work/year2.json" "$work/year1.json" --format html --output "$work/many.out" --fail-on never
    expect hostile-memory-history-html-summary "(20,000 projects, 0 errors, 20,000 warnings, 0 infos)" "$(cat "$work/memory.err")"
    expect_equal hostile-memory-history-html-years "2" "$(grep -c '<h1>' "$work/many.out")"
    expect hostile-memory-history-html-title "<title>某单位 2022–2023</title>" "$(grep -F -m 1 "<title>" "$work/many.out")"
    expect_equal hostile-memory-history-html-end "</html>" "$(tail -n 1 "$work/many.out")"
    rm -f "$work/year1.json" "$work/year2.json"
    # The same 10 000 projects on one JSON Lines line: evaluated a project at a time and
    # written as made (the text report, 19 MB, was held whole with the document: 293 MB for
    # 20 000 projects).
    tr -d '\n' <"$work/many.json" >"$work/many.jsonl"
    echo >>"$work/many.jsonl"
    # (json and jsonl are handed over the same way: the unit tests compare them with lines held whole.)
    within_memory hostile-memory-jsonl-line-text "$work/many.jsonl" \
        "$jixiao" --lang en evaluate "$work/many.jsonl" --output "$work/many.out" --fail-on never --jobs 2
    expect hostile-memory-jsonl-line-text-summary "(1 lines, 10,000 projects, 0 errors, 10,000 warnings, 0 infos)" "$(cat "$work/memory.err")"
    rm -f "$work/many.jsonl"
    rm -f "$work/many.json" "$work/many.out"
    # A report book of 10 000 one-tranche projects (1.4 MB): read, checked, evaluated and
    # written a project at a time (lint 299 MB, ingest 161 MB before).
    {
        echo 某区人社局
        for ((i = 1; i <= 10000; i++)); do
            printf '2023年度项目支出绩效自评报告\n项目%d\n一、项目概况\n（一）项目资金申报及批复情况\n区级财政下达资金1万元。\n' "$i"
        done
    } >"$work/many.txt"
    within_memory hostile-memory-many-projects-lint "$work/many.txt" "$jixiao" --lang en lint "$work/many.txt" --fail-on never \
        --output "$work/many.out"
    expect_equal hostile-memory-many-projects-lint-summary "summary: 10000 projects, 0 errors, 60000 warnings, 0 infos" \
        "$(tail -n 1 "$work/many.out")"
    within_memory hostile-memory-many-projects-ingest "$work/many.txt" "$jixiao" ingest "$work/many.txt" --output "$work/many.out"
    expect_equal hostile-memory-many-projects-ingest-last '      "id": "p10000",' "$(grep -F '"id": "p10000"' "$work/many.out")"
    rm -f "$work/many.txt" "$work/many.out"
    # One paragraph listing 6 000 component funds (260 KB), each a project of its own: read
    # twice, for their sums and to be handed over, never held together (20 000 such funds took
    # 280 MB when they were held together).
    circled=(① ② ③ ④ ⑤ ⑥ ⑦ ⑧ ⑨ ⑩ ⑪ ⑫ ⑬ ⑭ ⑮ ⑯ ⑰ ⑱ ⑲ ⑳)
    items=""
    for ((i = 0; i < 6000; i++)); do items+="${circled[i % 20]}第${i}号补助资金应到位$((i % 7 + 1))万元；"; done
    printf '某县局\n2023年度补助资金绩效自评报告\n一、绩效目标分解下达情况\n共下达资金100万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n1.项目资金到位情况分析\n%s\n' "$items" >"$work/funds.txt"
    within_memory hostile-memory-component-funds "$work/funds.txt" "$jixiao" --lang en lint "$work/funds.txt" --fail-on never \
        --output "$work/funds.out"
    expect hostile-memory-component-funds-summary "summary: 6001 projects," "$(tail -n 1 "$work/funds.out")"
    rm -f "$work/funds.txt" "$work/funds.out"
    # One project of 20 000 indicators (1.7 MB), each warned about: its html goes out a row at
    # a time (122 MB, over the bound, when the page of the project was held whole).
    indicators_document 20000 >"$work/wide.json"
    within_memory hostile-memory-indicators-html "$work/wide.json" \
        "$jixiao" --lang en evaluate "$work/wide.json" --format html --output "$work/wide.html" --fail-on never
    expect hostile-memory-indicators-html-last '">i20000</td><td>≥1</td><td>1</td>' "$(grep -F '>i20000</td>' "$work/wide.html")"
    expect_equal hostile-memory-indicators-html-end "</html>" "$(tail -n 1 "$work/wide.html")"
    # Its workbook would hold 380 333 cells and 20 007 comments until the file is written
    # (216 MB when it was written): refused before it is begun, nothing written.
    if run hostile-xlsx-cells 2 -- "$jixiao" --lang en evaluate "$work/wide.json" --format xlsx --output "$work/wide.xlsx"; then
        expect hostile-xlsx-cells "--format xlsx: the workbook (380333 cells) is held in memory until it is written, about 148 MiB, more than the 85 MiB this input allows; use --format csv or html instead" "$err"
        expect_equal hostile-xlsx-cells-nothing-written "" "$(ls "$work" | grep -F wide.xlsx)"
    fi
    # 7 000 indicators are within the limit, and within the bound (61 MB of 77 MB).
    indicators_document 7000 >"$work/wide.json"
    within_memory hostile-memory-indicators-xlsx "$work/wide.json" \
        "$jixiao" evaluate "$work/wide.json" --format xlsx --output "$work/wide.xlsx" --fail-on never
    expect hostile-memory-indicators-xlsx-summary "（1 个项目，错误 2 条，警告 7,002 条，提示 3 条）" "$(cat "$work/memory.err")"
    # That workbook (780 KB) read back as a filled form: its 7 000 indicator rows within the bound,
    # its 未说明 (not stated) cells no figure.
    within_memory hostile-memory-form-xlsx "$work/wide.xlsx" "$jixiao" ingest "$work/wide.xlsx" --output "$work/wide.out"
    expect_equal hostile-memory-form-xlsx-indicators "7000" "$(grep -c '"level1": "output"' "$work/wide.out")"
    rm -f "$work/wide.json" "$work/wide.html" "$work/wide.xlsx" "$work/wide.out"
fi
# A workbook is one sheet per project, built whole: more than 1 000 projects are refused before
# anything is built or written (a 10 000-project workbook needed 437 MB).
minimal_document 1001 >"$work/sheets.json"
rm -f "$work/sheets.xlsx"
if run hostile-xlsx-sheets 2 -- "$jixiao" --lang en evaluate "$work/sheets.json" --format xlsx --output "$work/sheets.xlsx"; then
    expect hostile-xlsx-sheets "--format xlsx writes a sheet per project, 1000 projects at most (the document has 1001); use --format csv or html instead" "$err"
    expect_equal hostile-xlsx-sheets-nothing-written "" "$(ls "$work" | grep -F sheets.xlsx)"
fi
rm -f "$work/sheets.json"
