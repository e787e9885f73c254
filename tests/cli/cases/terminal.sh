# At the terminal: progress on standard error for long runs, colour in the text
# report, --quiet, and the summary line after --output. The command runs under
# a pseudo-terminal (script from util-linux; the final screen also with tmux)
# and the test reads what the terminal received.
#
# Runs are made long without large inputs: standard input that pauses
# ({ head; sleep; tail; } | jixiao … -) or standard output read slowly
# (jixiao … | { head -c N; sleep; cat; }), so that the one-second threshold is
# crossed whatever the machine's speed. JIXIAO_PROGRESS_AFTER_MS lowers that
# threshold for the one test of the variable itself.
#
# With JIXIAO_BASELINE=PATH/TO/jixiao (a build from before this layer), the
# outputs into a file and a pipe are also compared byte for byte with its own.

# The terminal: no CI, no NO_COLOR, a TERM that has colour.
term_env="env -u CI -u NO_COLOR -u JIXIAO_PROGRESS_AFTER_MS TERM=xterm"

# pty COMMAND_LINE: runs a bash command line under a pseudo-terminal; what the
# terminal received, byte for byte, is in $screen ("\r\n" line ends) and the
# command's exit code in $pty_code.
pty() {
    script -qec "$1" /dev/null </dev/null >"$work/pty.raw" 2>&1
    pty_code=$?
    screen=$(cat "$work/pty.raw")
}
# after_last_erase: what the terminal received after the meter was last erased, without "\r".
after_last_erase() {
    local rest=${screen##*$'\e[K'}
    printf '%s' "${rest//$'\r'/}"
}
esc=$'\e'
out=${out-} err=${err-}  # for fail(), before the first run

if ! command -v script >/dev/null; then
    echo "terminal.sh: script (util-linux) not found; the terminal tests are not run"
else

# A sanitizer build runs many times slower: fewer projects there, the same pauses and checks
# (the first 1 000 lines before a pause, the rest after it).
projects=3000 projects_shown=3,000
if [ -n "${JIXIAO_SANITIZED:-}" ]; then projects=1100 projects_shown=1,100; fi
"$jixiao" gen --projects "$projects" --seed 7 --output "$work/t.jsonl" 2>/dev/null
"$jixiao" evaluate "$work/t.jsonl" --format jsonl --lang en --fail-on never >"$work/t-plain.jsonl"
q() { printf '%q' "$1"; }  # a path quoted for the command line given to script

# ---- progress ---------------------------------------------------------------------------

# A stream from a file (its size known) whose output is read slowly: lines, MB/s, the share and the time left.
pty "$term_env $(q "$jixiao") evaluate $(q "$work/t.jsonl") --format jsonl --lang en --fail-on never --jobs 1 \
     | { head -c $((projects * 500)); sleep 2; cat; } >$(q "$work/t-slow.jsonl")"
expect_equal terminal-progress-share-exit 0 "$pty_code"
if grep -aqE '(^|\[K)[1-9][0-9,]* lines evaluated · [0-9]+\.[0-9] MB/s · [1-9][0-9]?% · [0-9hms]+ left' "$work/pty.raw"; then pass
else fail terminal-progress-share "no progress line with lines, MB/s, share and time left: $(cat -v "$work/pty.raw" | head -c 600)"; fi
expect terminal-progress-redrawn-in-place $'\r\e[K' "$screen"
expect_equal terminal-progress-cleared "" "$(after_last_erase)"
if cmp -s "$work/t-plain.jsonl" "$work/t-slow.jsonl"; then pass; else fail terminal-progress-output "the output differs from a run without a terminal"; fi
# Redrawn from a timer (at most 4 times a second), not per line: few drawings for the two or three
# seconds of meter (a loaded machine stretches them).
drawings=$(grep -ao 'lines evaluated' "$work/pty.raw" | wc -l)
# (A sanitizer build runs many times slower, so the meter lasts longer: only a release build is timed.)
if [ -n "${JIXIAO_SANITIZED:-}" ] || { [ "$drawings" -ge 1 ] && [ "$drawings" -le 12 ]; }; then pass
else fail terminal-progress-rate "$drawings drawings"; fi

# From a pipe (size unknown): no share, the time spent instead.
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; tail -n +1001 $(q "$work/t.jsonl"); } \
     | $term_env $(q "$jixiao") evaluate - --input jsonl --format jsonl --lang en --fail-on never >$(q "$work/t-pipe.jsonl")"
if grep -aqE '(^|\[K)[1-9][0-9,]* lines evaluated · [0-9]+\.[0-9] MB/s · [0-9]+s elapsed' "$work/pty.raw"; then pass
else fail terminal-progress-pipe "no progress line with the time spent: $(cat -v "$work/pty.raw" | head -c 600)"; fi
expect_not terminal-progress-pipe-no-share "%" "$screen"
expect_equal terminal-progress-pipe-cleared "" "$(after_last_erase)"
if cmp -s "$work/t-plain.jsonl" "$work/t-pipe.jsonl"; then pass; else fail terminal-progress-pipe-output "the output differs"; fi

# Cleared before the summary line of --output (the same line as without a terminal); the Chinese meter.
"$jixiao" evaluate "$work/t.jsonl" --format jsonl --fail-on never --output "$work/t-out.jsonl" 2>"$work/t-out-err.txt"
mv "$work/t-out.jsonl" "$work/t-out-plain.jsonl"
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; tail -n +1001 $(q "$work/t.jsonl"); } \
     | $term_env $(q "$jixiao") evaluate - --input jsonl --format jsonl --fail-on never --output $(q "$work/t-out.jsonl")"
if grep -aqE '已评价 [1-9][0-9,]* 行 · [0-9]+\.[0-9] MB/s · 已用 [0-9]+秒' "$work/pty.raw"; then pass
else fail terminal-progress-zh "no Chinese progress line: $(cat -v "$work/pty.raw" | head -c 600)"; fi
expect terminal-progress-then-summary-shape "jixiao：完整报告已写入 $work/t-out.jsonl（$projects_shown 行，$projects_shown 个项目，错误 " "$(cat "$work/t-out-err.txt")"
expect_equal terminal-progress-then-summary "$(cat "$work/t-out-err.txt")" "$(after_last_erase)"
if cmp -s "$work/t-out-plain.jsonl" "$work/t-out.jsonl"; then pass; else fail terminal-progress-output-file "the --output file differs"; fi

# Never in a file or a pipe: standard error redirected gets nothing of it.
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; tail -n +1001 $(q "$work/t.jsonl"); } \
     | $term_env $(q "$jixiao") evaluate - --input jsonl --format jsonl --fail-on never >/dev/null 2>$(q "$work/t-err.txt")"
expect_equal terminal-progress-not-in-file "0" "$(wc -c <"$work/t-err.txt" | tr -d ' ')"
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; tail -n +1001 $(q "$work/t.jsonl"); } \
     | $term_env $(q "$jixiao") evaluate - --input jsonl --format jsonl --fail-on never 2>&1 >/dev/null | cat >$(q "$work/t-err-pipe.txt")"
expect_equal terminal-progress-not-in-pipe "0" "$(wc -c <"$work/t-err-pipe.txt" | tr -d ' ')"
# Nor with CI set, TERM=dumb or --quiet.
for setting in "CI=true" "TERM=dumb" "--quiet"; do
    case $setting in
    --*) envs=""; flag=$setting ;;
    *) envs=$setting; flag="" ;;
    esac
    pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; tail -n +1001 $(q "$work/t.jsonl"); } \
         | $term_env $envs $(q "$jixiao") evaluate - --input jsonl --format jsonl --lang en --fail-on never $flag >/dev/null"
    expect_not "terminal-progress-off-$setting" "lines evaluated" "$screen"
    expect_not "terminal-progress-off-$setting-escape" "$esc" "$screen"
done
# Not while the report itself scrolls by on the same terminal.
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; } | $term_env $(q "$jixiao") evaluate - --input jsonl --lang en --fail-on never --color never"
expect_not terminal-progress-off-report-on-terminal "lines evaluated" "$screen"
expect terminal-progress-off-report-on-terminal-report "total: 1000 lines" "$screen"

# The threshold: a run of about half a second shows nothing, unless JIXIAO_PROGRESS_AFTER_MS lowers it.
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 0.5; } | $term_env $(q "$jixiao") evaluate - --input jsonl --format jsonl --lang en --fail-on never >/dev/null"
if [ -z "${JIXIAO_SANITIZED:-}" ]; then expect_not terminal-progress-threshold "lines evaluated" "$screen"; else pass; fi
pty "{ head -n 1000 $(q "$work/t.jsonl"); sleep 0.5; } | $term_env JIXIAO_PROGRESS_AFTER_MS=100 $(q "$jixiao") evaluate - --input jsonl --format jsonl --lang en --fail-on never >/dev/null"
expect terminal-progress-threshold-lowered "lines evaluated" "$screen"
expect_equal terminal-progress-threshold-lowered-cleared "" "$(after_last_erase)"

# gen: projects, MB/s, the share and the time left; the summary after --output.
pty "$term_env $(q "$jixiao") gen --projects $projects --seed 7 --lang en | { head -c 1000000; sleep 2; cat; } >$(q "$work/t-gen.jsonl")"
if grep -aqE '(^|\[K)[1-9][0-9,]* projects generated · [0-9]+\.[0-9] MB/s · [1-9][0-9]?% · [0-9hms]+ left' "$work/pty.raw"; then pass
else fail terminal-progress-gen "no progress line: $(cat -v "$work/pty.raw" | head -c 600)"; fi
expect_equal terminal-progress-gen-cleared "" "$(after_last_erase)"
if cmp -s "$work/t.jsonl" "$work/t-gen.jsonl"; then pass; else fail terminal-progress-gen-output "gen's output differs"; fi

# A document read from a slow standard input: its stage and the time spent; erased before the report.
pty "{ sleep 1.6; cat $(q "$source_dir/examples/data/renhe-hrss-2023.json"); } | $term_env $(q "$jixiao") evaluate - --lang en --color never"
expect terminal-progress-document "reading the documents · 1s elapsed" "$screen"
rest=$(after_last_erase)
expect_equal terminal-progress-document-then-report "攀枝花市仁和区人力资源和社会保障局, 2023 project expenditure performance self-evaluation" "${rest%%$'\n'*}"
# lint of a report book: its stage, erased before the summary line.
pty "{ sleep 1.6; cat $(q "$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt"); } \
     | $term_env $(q "$jixiao") lint - --lang en --output $(q "$work/t-lint.txt")"
expect terminal-progress-lint "reading the report book · 1s elapsed" "$screen"
"$jixiao" lint "$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt" --lang en --output "$work/t-lint.txt" 2>"$work/t-lint-err.txt"
expect terminal-progress-lint-summary-shape "jixiao: the full report is in $work/t-lint.txt (9 projects, " "$(cat "$work/t-lint-err.txt")"
expect_equal terminal-progress-lint-summary "$(cat "$work/t-lint-err.txt")" "$(after_last_erase)"
expect_not terminal-progress-lint-file "$esc" "$(cat "$work/t-lint.txt")"

# The final screen (tmux): the meter is gone, the summary stays.
if command -v tmux >/dev/null; then
    socket="jixiao-test-$$"
    tmux -L "$socket" new-session -d -x 100 -y 10 \
        "$term_env $(q "$jixiao") gen --projects $projects --seed 7 --lang en --output $(q "$work/t-tmux.jsonl") 2>&1 | cat >/dev/null; \
         { head -n 1000 $(q "$work/t.jsonl"); sleep 1.6; tail -n +1001 $(q "$work/t.jsonl"); } \
         | $term_env $(q "$jixiao") evaluate - --input jsonl --format jsonl --lang en --fail-on never --output $(q "$work/t-tmux.out"); \
         echo finished-$$; sleep 60"
    seen=""
    for _ in $(seq 1 100); do
        sleep 0.2
        seen=$(tmux -L "$socket" capture-pane -p 2>/dev/null)
        [[ "$seen" == *"finished-$$"* ]] && break
    done
    tmux -L "$socket" kill-server 2>/dev/null
    expect terminal-tmux-summary "jixiao: the full report is in $work/t-tmux.out ($projects_shown lines, $projects_shown projects," "$seen"
    expect_not terminal-tmux-no-meter "lines evaluated" "$seen"
    expect_not terminal-tmux-no-meter-left "elapsed" "$seen"
fi

# ---- colour -----------------------------------------------------------------------------

pty "$term_env $(q "$jixiao") evaluate"
expect_equal terminal-colour-exit 1 "$pty_code"
expect terminal-colour-error "  ${esc}[1;31m[错误]${esc}[0m ${esc}[1mJX-I002${esc}[0m 绩效指标" "$screen"
expect terminal-colour-warning "  ${esc}[1;33m[警告]${esc}[0m ${esc}[1mJX-F005${esc}[0m 年度资金总额 · 偏差原因" "$screen"
expect terminal-colour-info "  ${esc}[1;36m[提示]${esc}[0m ${esc}[1mJX-F006${esc}[0m" "$screen"
expect terminal-colour-difference "应为 90  实为 50  差额 ${esc}[1;31m-40${esc}[0m" "$screen"
expect terminal-colour-summary "汇总：9 个项目，错误 ${esc}[1;31m2${esc}[0m 条，警告 ${esc}[1;33m17${esc}[0m 条，提示 10 条" "$screen"
coloured=$screen
"$jixiao" evaluate >"$work/t-emb.txt"
# Only escape codes are added: without them the terminal shows the plain report.
expect_equal terminal-colour-only-escapes "$(tr -d '\r' <"$work/t-emb.txt")" \
    "$(printf '%s' "$coloured" | tr -d '\r' | sed 's/\x1b\[[0-9;]*m//g')"

pty "$term_env NO_COLOR=1 $(q "$jixiao") evaluate"
expect_not terminal-colour-no-color "$esc" "$screen"
expect_equal terminal-colour-no-color-same "$(tr -d '\r' <"$work/t-emb.txt")" "$(printf '%s' "$screen" | tr -d '\r')"
pty "$term_env $(q "$jixiao") evaluate --color never"
expect_not terminal-colour-never "$esc" "$screen"
pty "$term_env TERM=dumb $(q "$jixiao") evaluate"
expect_not terminal-colour-dumb "$esc" "$screen"
pty "$term_env NO_COLOR=1 $(q "$jixiao") evaluate --color always"
expect terminal-colour-always-over-no-color "${esc}[1;31m[错误]" "$screen"
pty "$term_env $(q "$jixiao") evaluate --lang en --colour auto"
expect terminal-colour-en "  ${esc}[1;31m[error]${esc}[0m ${esc}[1mJX-I002${esc}[0m" "$screen"

# Never into a pipe or a file, nor in json, jsonl, md, csv or html, even at a terminal.
pty "$term_env $(q "$jixiao") evaluate | cat"
expect_not terminal-colour-pipe "$esc" "$screen"
pty "$term_env $(q "$jixiao") evaluate --output $(q "$work/t-emb-out.txt")"
expect_not terminal-colour-output-file "$esc" "$(cat "$work/t-emb-out.txt")"
if cmp -s "$work/t-emb.txt" "$work/t-emb-out.txt"; then pass; else fail terminal-colour-output-file-same "differs"; fi
for format in json jsonl md csv; do
    pty "$term_env $(q "$jixiao") evaluate --format $format --color always"
    expect_not "terminal-colour-none-in-$format" "$esc" "$screen"
done
pty "$term_env $(q "$jixiao") evaluate --format html --color always --output $(q "$work/t.html")"
expect_not terminal-colour-none-in-html "$esc" "$(cat "$work/t.html")"
pty "$term_env $(q "$jixiao") evaluate --format xlsx --color always --output $(q "$work/t.xlsx")"
if command -v python3 >/dev/null; then  # the workbook's parts, unzipped
    expect_equal terminal-colour-none-in-xlsx "0" \
        "$(python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(sum(z.read(n).count(b"\x1b") for n in z.namelist()))' "$work/t.xlsx")"
fi

# A stream's text report at a terminal, its total line too.
head -n 3 "$work/t.jsonl" >"$work/t3.jsonl"
pty "$term_env $(q "$jixiao") evaluate $(q "$work/t3.jsonl") --lang en --fail-on never"
expect terminal-colour-stream-heading "${esc}[1m—— line 1 ——${esc}[0m" "$screen"
if [[ "$screen" =~ total:\ 3\ lines\ \(0\ bad,\ not\ evaluated\),\ 3\ projects,\ ($esc\[1;31m[1-9][0-9]*$esc\[0m|0)\ errors ]]; then pass
else fail terminal-colour-stream-total "$(printf '%s' "$screen" | tail -n 1 | cat -v)"; fi
pty "$term_env $(q "$jixiao") evaluate $(q "$work/t3.jsonl") --lang en --fail-on never --color never"
expect_equal terminal-colour-stream-never "$("$jixiao" evaluate "$work/t3.jsonl" --lang en --fail-on never)" "$(printf '%s' "$screen" | tr -d '\r')"

# lint's report; ingest's findings on standard error when it is the terminal.
book="$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt"
pty "$term_env $(q "$jixiao") lint $(q "$book") --fail-on never"
expect terminal-colour-lint "${esc}[1;33m[警告]${esc}[0m ${esc}[1mJX-S003${esc}[0m $book:116: projects[3].basis[0]" "$screen"
pty "$term_env $(q "$jixiao") ingest $(q "$book") >/dev/null"
expect terminal-colour-ingest ": ${esc}[33m[警告]${esc}[0m ${esc}[1mJX-S003${esc}[0m projects[3].basis[0]" "$screen"
pty "$term_env $(q "$jixiao") ingest $(q "$book") 2>$(q "$work/t-ingest-err.txt") >/dev/null"
expect_not terminal-colour-ingest-file "$esc" "$(cat "$work/t-ingest-err.txt")"
expect terminal-colour-ingest-file-text ": [警告] JX-S003 projects[3].basis[0]" "$(cat "$work/t-ingest-err.txt")"

fi  # script available

# ---- without a terminal: byte-identical outputs, --quiet, the summary line ------------------

# The colour options change nothing in a pipe or a file.
"$jixiao" evaluate >"$work/q-plain.txt"
for option in "--color never" "--color auto" "--colour auto"; do
    # shellcheck disable=SC2086
    "$jixiao" evaluate $option >"$work/q-option.txt"
    if cmp -s "$work/q-plain.txt" "$work/q-option.txt"; then pass; else fail "terminal-identical-$option" "differs"; fi
done
NO_COLOR=1 "$jixiao" evaluate | cat >"$work/q-option.txt"
if cmp -s "$work/q-plain.txt" "$work/q-option.txt"; then pass; else fail terminal-identical-no-color "differs"; fi

# Against a build from before this layer, when one is given.
if [ -n "${JIXIAO_BASELINE:-}" ]; then
    "$jixiao" gen --projects 500 --seed 3 >"$work/b.jsonl" 2>/dev/null
    { head -n 100 "$work/b.jsonl"; echo '{"format": "jixiao/1", "fiscal_year": 20'; tail -n +101 "$work/b.jsonl"; } >"$work/b-bad.jsonl"
    for args in "evaluate" "evaluate --lang en" "evaluate --format json" "evaluate --format md" "evaluate --format csv" \
                "evaluate $work/b.jsonl --format jsonl" "evaluate $work/b.jsonl" "evaluate $work/b.jsonl --format json --lang en" \
                "evaluate $work/b-bad.jsonl --format jsonl" "evaluate $work/b-bad.jsonl" "gen --projects 100 --seed 9" \
                "lint $source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt"; do
        # shellcheck disable=SC2086
        "$JIXIAO_BASELINE" $args >"$work/b-old" 2>"$work/b-old-err"
        old_code=$?
        # shellcheck disable=SC2086
        "$jixiao" $args 2>/dev/null | cat >"$work/b-new"
        # shellcheck disable=SC2086
        "$jixiao" $args >"$work/b-new-file" 2>"$work/b-new-err"
        new_code=$?
        if cmp -s "$work/b-old" "$work/b-new" && cmp -s "$work/b-old" "$work/b-new-file" && cmp -s "$work/b-old-err" "$work/b-new-err" \
           && [ "$old_code" -eq "$new_code" ]; then pass
        else fail "terminal-baseline: $args" "differs from $JIXIAO_BASELINE"; fi
    done
fi

# --quiet: nothing but error messages; the exit code says the rest; --output is still written.
if run terminal-quiet 1 -- "$jixiao" evaluate --quiet; then
    expect_equal terminal-quiet-stdout "" "$out"
    expect_equal terminal-quiet-stderr "" "$err"
fi
if run terminal-quiet-output 1 -- "$jixiao" evaluate -q --output "$work/q-out.txt"; then
    expect_equal terminal-quiet-output-stderr "" "$err"
    if cmp -s "$work/q-plain.txt" "$work/q-out.txt"; then pass; else fail terminal-quiet-output-file "differs"; fi
fi
if run terminal-quiet-never 0 -- "$jixiao" evaluate --quiet --fail-on never; then expect_equal terminal-quiet-never "" "$out$err"; fi
if run terminal-quiet-bad 2 -- "$jixiao" evaluate --quiet "$work/no-such.json" --lang en; then
    expect terminal-quiet-bad "no-such.json: cannot open the file" "$err"
fi
"$jixiao" gen --projects 4 --seed 2 >"$work/q.jsonl"
{ head -n 2 "$work/q.jsonl"; echo '{"format": "jixiao/1"'; tail -n 2 "$work/q.jsonl"; } >"$work/q-bad.jsonl"
if run terminal-quiet-stream 2 -- "$jixiao" evaluate "$work/q-bad.jsonl" --quiet --lang en; then
    expect_equal terminal-quiet-stream-stdout "" "$out"
    expect terminal-quiet-stream-error "q-bad.jsonl:3:" "$err"
    expect terminal-quiet-stream-count "1 bad lines were not evaluated (see above); the other 4 were" "$err"
fi
if run terminal-quiet-lint 1 -- "$jixiao" lint "$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt" --quiet; then
    expect_equal terminal-quiet-lint "" "$out$err"
fi
if run terminal-quiet-ingest 0 -- "$jixiao" ingest "$source_dir/examples/data/renhe-hrss-2023-self-evaluation.txt" --quiet; then
    expect_equal terminal-quiet-ingest "" "$out$err"  # the seed's JX-S findings are warnings and infos
fi
if run terminal-quiet-gen 0 -- "$jixiao" gen --projects 3 --quiet --output "$work/q-gen.jsonl"; then
    expect_equal terminal-quiet-gen "" "$out$err"
    expect_equal terminal-quiet-gen-lines 3 "$(wc -l <"$work/q-gen.jsonl" | tr -d ' ')"
fi

# The summary line after --output, on standard error: where the report went and what it holds.
if run terminal-summary 1 -- "$jixiao" evaluate --output "$work/s.txt"; then
    expect_equal terminal-summary "jixiao：完整报告已写入 $work/s.txt（9 个项目，错误 2 条，警告 17 条，提示 10 条）" "$err"
    expect_equal terminal-summary-stdout "" "$out"
fi
if run terminal-summary-en 1 -- "$jixiao" evaluate --output "$work/s.json" --format json --lang en; then
    expect_equal terminal-summary-en "jixiao: the full report is in $work/s.json (9 projects, 2 errors, 17 warnings, 10 infos)" "$err"
fi
if run terminal-summary-stream 2 -- "$jixiao" evaluate "$work/q-bad.jsonl" --lang en --format jsonl --output "$work/s.jsonl"; then
    expect terminal-summary-stream-last "jixiao: the full report is in $work/s.jsonl (5 lines, 4 projects, " "$(tail -n 1 <<<"$err")"
fi
if run terminal-summary-gen 0 -- "$jixiao" gen --projects 3 --seed 1 --lang en --output "$work/s-gen.jsonl"; then
    expect_equal terminal-summary-gen "jixiao: wrote $work/s-gen.jsonl (3 projects, 3 lines, 0.0 MB)" "$err"
fi
if run terminal-summary-dash 1 -- "$jixiao" evaluate --output -; then expect_equal terminal-summary-dash "" "$err"; fi
if run terminal-color-bad 2 -- "$jixiao" evaluate --color sometimes; then pass; fi
