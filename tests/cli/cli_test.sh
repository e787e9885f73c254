#!/usr/bin/env bash
# End-to-end tests of the jixiao command: exit codes, what goes to stdout and
# stderr, and that a failing run writes nothing to --output.
#   cli_test.sh PATH/TO/jixiao SOURCE_DIR [CASE…]
# CASE names a file of tests/cli/cases without .sh; none: every case. Each case
# file stands alone, so ctest runs them as separate tests, side by side.
set -u
jixiao=$1
source_dir=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# run NAME EXPECTED_EXIT -- COMMAND…: runs COMMAND, keeps stdout/stderr in $out/$err.
run() {
    local name=$1 expected=$2
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local code=$?
    out=$(cat "$work/out")
    squeezed=$(tr -s ' ' <"$work/out")  # runs of spaces as one, for aligned tables
    err=$(cat "$work/err")
    if [ "$code" -ne "$expected" ]; then
        fail "$name" "exit code $code, expected $expected"
        return 1
    fi
    return 0
}
fail() {
    failed=$((failed + 1))
    printf 'FAIL %s: %s\n  stdout: %s\n  stderr: %s\n' "$1" "$2" "${out:0:2000}" "${err:0:2000}"
}
pass() { passed=$((passed + 1)); }
# expect NAME TEXT HAYSTACK: HAYSTACK contains TEXT literally.
expect() {
    if [[ "$3" == *"$2"* ]]; then pass; else fail "$1" "missing: $2"; fi
}
expect_not() {
    if [[ "$3" != *"$2"* ]]; then pass; else fail "$1" "unexpected: $2"; fi
}
expect_equal() {
    if [ "$2" == "$3" ]; then pass; else fail "$1" "expected <$2>, got <$3>"; fi
}

case_files=()
if [ $# -eq 0 ]; then
    case_files=("$source_dir"/tests/cli/cases/*.sh)
else
    for name in "$@"; do case_files+=("$source_dir/tests/cli/cases/$name.sh"); done
fi
for case_file in "${case_files[@]}"; do
    if [ ! -f "$case_file" ]; then fail "${case_file##*/}" "no such case file"; continue; fi
    # shellcheck source=/dev/null
    . "$case_file"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
