#!/usr/bin/env bash
# Fuzzes each target for SECONDS, starting from its committed seed corpus and
# with its dictionary; fails when a target finds a crash, leak, UB or hang.
#   tests/fuzz/smoke.sh BUILD_DIR [SECONDS [TARGET…]]
# BUILD_DIR is configured with -DJIXIAO_FUZZ=ON. The committed corpus is only
# read: new inputs go to BUILD_DIR/fuzz/corpus/<target>, and the input of a
# failure to BUILD_DIR/fuzz/artifacts/<target>-crash-… (or -leak-, -timeout-).
# Targets run side by side, one per core.
set -euo pipefail
build=$(cd "$1" && pwd)
seconds=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(fuzz_amount fuzz_document fuzz_ingest fuzz_ratio_policy); fi

# fuzz_one TARGET: one target's run; its log in BUILD_DIR/fuzz/TARGET.log.
fuzz_one() {
    local target=$1
    local corpus="$build/fuzz/corpus/$target"
    mkdir -p "$corpus" "$build/fuzz/artifacts"
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: memory must not run away.
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -dict="$source_dir/tests/fuzz/$target.dict" \
        -artifact_prefix="$build/fuzz/artifacts/$target-" "$corpus" "$source_dir/tests/fuzz/corpus/$target" \
        >"$build/fuzz/$target.log" 2>&1
}

# The targets run side by side, one per core (JIXIAO_FUZZ_JOBS to change it); the
# reports follow in the order the targets were given.
jobs=${JIXIAO_FUZZ_JOBS:-$(nproc)}
mkdir -p "$build/fuzz"
echo "== fuzzing ${targets[*]} for ${seconds}s each, $jobs at a time"
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    rm -f "$build/fuzz/$target.status"
    { status=0; fuzz_one "$target" || status=$?; echo "$status" >"$build/fuzz/$target.status"; } &
done
wait

status=0
for target in "${targets[@]}"; do
    log="$build/fuzz/$target.log"
    echo "== $target"
    if [ "$(cat "$build/fuzz/$target.status" 2>/dev/null)" = 0 ]; then
        grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" || true
    else
        status=1
        echo "!! $target failed; the end of its log ($log):"
        tail -n 60 "$log"
    fi
done
exit $status
