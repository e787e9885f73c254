#!/usr/bin/env bash
# The CI's two commands timed apart on a clean clone of the committed tree: wall and
# CPU seconds of .ci/build-and-evaluate (packages, release build, the main job) and of
# .ci/test (the sanitizer build beside the release suite, the sanitizer suite, fuzzing).
#   tests/bench/ci_time.sh [SCRATCH_DIR]   (default: a new temporary directory)
# Run it on an otherwise idle machine: the two cores are the budget being measured.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
scratch=${1:-$(mktemp -d)}
mkdir -p "$scratch"
rm -rf "$scratch/jixiao"
git clone -q "$source_dir" "$scratch/jixiao"
cd "$scratch/jixiao"
export JIXIAO_CI_WERROR=ON
total_wall=0
for step in build-and-evaluate test; do
    if ! /usr/bin/time -f "%e %U %S" -o "$scratch/$step.time" ".ci/$step" >"$scratch/$step.log" 2>&1; then
        echo "$step failed; its output: $scratch/$step.log" >&2
        exit 1
    fi
    read -r wall user system <"$scratch/$step.time"
    echo ".ci/$step: ${wall} s wall, ${user} s user, ${system} s system"
    total_wall=$(awk -v a="$total_wall" -v b="$wall" 'BEGIN { print a + b }')
done
echo "both: ${total_wall} s wall"
