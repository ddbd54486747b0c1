#!/usr/bin/env bash
# CI smoke fuzzing: builds the fuzz targets (clang++, ASan + UBSan, build-fuzz/) and runs each for SECONDS
# (default 20) from its seeds (scripts/fuzz-seeds.sh) and the regression corpus, stopping at the first crash,
# sanitizer report, timeout (10 s per input) or out-of-memory (2 GB). Exits 1 when any target failed, printing
# the reproducer; the crashing input is left in build-fuzz/ci-crashes/<target>/.
#   scripts/ci-fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
source scripts/fuzz-common.sh

start=$(date +%s)
fuzz_build "$@"
built=$(date +%s)

failed=()
for target in "${targets[@]}"; do
    crashes="$build/ci-crashes/$target"
    work="$(mktemp -d)" # a scratch corpus: CI runs start from the seeds every time
    mkdir -p "$crashes"
    fuzz_options "$target"
    log="$build/ci-fuzz-$target.log"
    if "$build/fuzz/$target" -max_total_time="$seconds" "${fuzz_args[@]}" -artifact_prefix="$crashes/" "$work" \
        "$build/seeds/$target" > "$log" 2>&1; then
        runs="$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || echo '?')"
        printf '%-20s ok      %10s runs\n' "$target" "$runs"
    else
        printf '%-20s FAILED  (log: %s)\n' "$target" "$log"
        grep -E 'ERROR|SUMMARY|Assertion|runtime error|Test unit written' "$log" | head -5 | sed 's/^/    /'
        failed+=("$target")
    fi
    rm -rf "$work"
done
end=$(date +%s)
echo "build $((built - start)) s, fuzzing $((end - built)) s, total $((end - start)) s"
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzzing found crashes in: ${failed[*]} (reproduce: $build/fuzz/<target> <file in $build/ci-crashes/<target>/>)"
    exit 1
fi
