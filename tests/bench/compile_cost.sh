#!/usr/bin/env bash
# What a consumer pays to compile against jixiao: CPU seconds (user + system)
# of g++ -O0 -c on three small programs, least of three compiles each, and as
# a ratio to a <iostream> hello world compiled in the same run.
#   tests/bench/compile_cost.sh [BUILD_DIR]   (default: build; needs its generated version.hpp)
# The ratios are the figures README "Compile cost" reports and the library
# issue set targets for: money.hpp + money::parse ≤ 3.5×; jixiao.hpp +
# evaluate(read_document_file(…)) ≤ 6×.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
compiler=${CXX:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/hello.cpp" <<'CPP'
#include <iostream>
int main() { std::cout << "hello\n"; }
CPP
cat >"$work/money.cpp" <<'CPP'
#include <jixiao/money.hpp>
#include <iostream>
int main(int, char** argv) { std::cout << jixiao::money::parse(argv[1]) << '\n'; }
CPP
cat >"$work/evaluate.cpp" <<'CPP'
#include <jixiao/jixiao.hpp>
#include <iostream>
int main(int, char** argv) {
    const auto result = jixiao::evaluate(jixiao::read_document_file(argv[1]));
    std::cout << result.summary.errors << '\n';
}
CPP

flags=(-std=c++20 -O0 -c -I"$source_dir/include" -I"$build/generated/include")
least_cpu() {
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -f '%U %S' -o "$work/time" "$compiler" "${flags[@]}" "$1" -o "$work/out.o"
        local cpu
        cpu=$(awk '{printf "%.2f", $1 + $2}' "$work/time")
        if [ -z "$best" ] || awk -v a="$cpu" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$cpu; fi
    done
    echo "$best"
}

echo "compiler: $($compiler --version | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
hello=$(least_cpu "$work/hello.cpp")
printf '%-52s %6s s  1.00×\n' "<iostream> hello world" "$hello"
for program in money evaluate; do
    seconds=$(least_cpu "$work/$program.cpp")
    case $program in
    money) label="money.hpp + money::parse (target ≤ 3.5×)" ;;
    evaluate) label="jixiao.hpp + evaluate(read_document_file) (≤ 6×)" ;;
    esac
    printf '%-52s %6s s  %s×\n' "$label" "$seconds" "$(awk -v a="$seconds" -v b="$hello" 'BEGIN{printf "%.2f", a / b}')"
done
lines=$("$compiler" -std=c++20 -E -I"$source_dir/include" -I"$build/generated/include" "$work/evaluate.cpp" | wc -l)
echo "<jixiao/jixiao.hpp> preprocessed: $lines lines"
