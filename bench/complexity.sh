#!/usr/bin/env bash
# Size-doubling complexity check (docs/performance.md, "Pipeline benchmark"); not part of ctest, as it times.
#
# Runs bench/run.sh at N and 2N channels (one run each unless RUNS is set) and fails when a command's
# time grows by more than LIMIT (default 2.6: linear is 2, n log n a little more, quadratic 4). Commands
# that take under MIN_SECONDS (default 0.05) at N are not judged: their time is start-up and noise.
# Usage: bench/complexity.sh [N] [LIMIT]        (default N = 2000; BUILD_DIR as for run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
limit=${2:-2.6}
min_seconds=${MIN_SECONDS:-0.05}
results=$(mktemp)
log=$(mktemp)
trap 'rm -f "$results" "$log"' EXIT

if ! RUNS=${RUNS:-1} RESULTS="$results" SKIP_EXTRAS=1 bench/run.sh "$n" $((2 * n)) >/dev/null 2>"$log"; then
    cat "$log" >&2
    exit 2
fi

awk -F'\t' -v n="$n" -v limit="$limit" -v min="$min_seconds" '
    $3 == "ok" { t[$1, $2] = $4 }
    $3 != "ok" { bad[$1, $2] = $3 }
    !($2 in seen) { seen[$2] = 1; order[++count] = $2 }
    END {
        failed = 0
        for (i = 1; i <= count; i++) {
            c = order[i]
            if (c == "floor") continue
            if ((n, c) in bad || (2 * n, c) in bad) {
                printf "%-14s %s\n", c, "not measured: " bad[n, c] bad[2 * n, c]; failed = 1; continue
            }
            if (t[n, c] < min) { printf "%-14s %.3f s at %d: too fast to judge\n", c, t[n, c], n; continue }
            g = t[2 * n, c] / t[n, c]
            verdict = g <= limit ? "ok" : "SUPERLINEAR"
            if (g > limit) failed = 1
            printf "%-14s %.3f s -> %.3f s: %.2fx  %s\n", c, t[n, c], t[2 * n, c], g, verdict
        }
        exit failed
    }' "$results"
