#!/usr/bin/env bash
# Builds appexguard with ThreadSanitizer (build-tsan/) and runs the parallel paths on a generated monorepo project
# of 2,000 channels and its drift base, and on every bundled example: check with every report, threats, graph svg,
# drift, each with --jobs 4. Fails on any ThreadSanitizer report outside scripts/tsan.suppressions.
# Usage: scripts/tsan.sh [BUILD_DIR]   (default build-tsan; the generator comes from build/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
build="${1:-build-tsan}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="-fsanitize=thread -O1 -g" \
    -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DAPPEXGUARD_TESTS=OFF -DAPPEXGUARD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target appexguard 2>&1 | grep -E "error" || true
generate="$repo/build/bench/appexguard_bench_generate"
[ -x "$generate" ] || { echo "no $generate: run scripts/build.sh first" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/appexguard-tsan.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$generate" 2000 "$work/p" --drift "$work/base" >/dev/null
export TSAN_OPTIONS="halt_on_error=0 exitcode=66 suppressions=$repo/scripts/tsan.suppressions"
bin="$(cd "$build" && pwd)/appexguard"
failed=0
run() { # run DIR ARGS...: exit 66 is a ThreadSanitizer report
    local dir=$1
    shift
    local status=0
    (cd "$dir" && "$bin" -j 4 "$@" >/dev/null 2>"$work/err") || status=$?
    if [ "$status" -gt 1 ]; then # 0 clean, 1 findings; 66 a ThreadSanitizer report; anything else went wrong
        echo "appexguard $* (in $dir): exit $status" >&2
        grep -A20 "WARNING: ThreadSanitizer" "$work/err" | head -40 >&2 || head -5 "$work/err" >&2
        failed=1
    elif grep -q "WARNING: ThreadSanitizer" "$work/err"; then
        echo "ThreadSanitizer: appexguard $* (in $dir)" >&2
        grep -A20 "WARNING: ThreadSanitizer" "$work/err" | head -40 >&2
        failed=1
    fi
}
out="$work/out"
mkdir -p "$out"
all_reports=(--fail-on never --format json -o "$out/r.json" --sarif "$out/r.sarif" --junit "$out/r.xml"
    --markdown "$out/c.md" --html "$out/r.html")
run "$work/p" check "${all_reports[@]}"
run "$work/p" threats --format json
run "$work/p" graph --format svg
run "$work/p" drift --base-dir "$work/base" --fail-on never
for contract in "$repo"/contracts/examples/*/appexguard.toml; do
    run "$(dirname "$contract")" check "${all_reports[@]}"
    run "$(dirname "$contract")" threats
done
[ "$failed" -eq 0 ] && echo "ThreadSanitizer: no report"
exit "$failed"
