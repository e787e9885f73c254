#!/usr/bin/env bash
# Fuzzes each target for SECONDS, starting from its committed seed corpus and
# with its dictionary; fails when a target finds a crash, leak, UB or hang.
#   tests/fuzz/smoke.sh BUILD_DIR [SECONDS [TARGET…]]
# BUILD_DIR is configured with -DJIXIAO_FUZZ=ON. The committed corpus is only
# read: new inputs go to BUILD_DIR/fuzz/corpus/<target>, and the input of a
# failure to BUILD_DIR/fuzz/artifacts/<target>-crash-… (or -leak-, -timeout-).
set -euo pipefail
build=$(cd "$1" && pwd)
seconds=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(fuzz_amount fuzz_document fuzz_ingest fuzz_ratio_policy); fi

status=0
for target in "${targets[@]}"; do
    corpus="$build/fuzz/corpus/$target"
    mkdir -p "$corpus" "$build/fuzz/artifacts"
    log="$build/fuzz/$target.log"
    echo "== $target: fuzzing for ${seconds}s"
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: memory must not run away.
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -dict="$source_dir/tests/fuzz/$target.dict" \
        -artifact_prefix="$build/fuzz/artifacts/$target-" "$corpus" "$source_dir/tests/fuzz/corpus/$target" \
        >"$log" 2>&1; then
        grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" || true
    else
        status=1
        echo "!! $target failed; the end of its log ($log):"
        tail -n 60 "$log"
    fi
done
exit $status
