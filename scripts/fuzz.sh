#!/usr/bin/env bash
# Builds the libFuzzer targets (clang++, ASan + UBSan, build-fuzz/) and fuzzes each for SECONDS (default 60),
# keeping going after a crash (-fork=1 -ignore_crashes=1) so that one run finds as many as it can.
#   scripts/fuzz.sh [SECONDS] [TARGET[:SECONDS]...]   e.g. scripts/fuzz.sh 300 binary_plist_fuzz contract_fuzz:1200
# A TARGET:SECONDS runs that target for its own time. FUZZ_SUMMARY names the summary file (default campaign.txt), so
# that two campaigns can run side by side on two cores; FUZZ_NO_BUILD=1 fuzzes the targets already built (a campaign
# then goes on while the source changes).
# Corpora grow in build-fuzz/corpus/<target>/ (kept between runs); crashing inputs land in
# build-fuzz/crashes/<target>/ (crash-*, timeout-*, oom-*); a table of executions and crashes per target is
# printed at the end and written to build-fuzz/campaign.txt. Reproduce one with build-fuzz/fuzz/<target> FILE.
# Every crash becomes a regression test in tests/hardening/ (docs/security.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
source scripts/fuzz-common.sh
declare -A target_seconds
names=()
for arg in "$@"; do
    names+=("${arg%%:*}")
    [[ "$arg" == *:* ]] && target_seconds[${arg%%:*}]="${arg#*:}"
done
if [ -n "${FUZZ_NO_BUILD:-}" ]; then
    targets=("${names[@]}")
    for target in "${targets[@]}"; do
        [ -x "$build/fuzz/$target" ] || { echo "fuzz.sh: no $build/fuzz/$target: build it first" >&2; exit 2; }
    done
else
    fuzz_build "${names[@]}"
fi

summary="$build/${FUZZ_SUMMARY:-campaign.txt}" # FUZZ_SUMMARY: another name, for campaigns run side by side
printf '%-20s %8s %12s %10s %8s %8s\n' target seconds executions exec/s crashes timeouts > "$summary"
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    fuzz_options "$target"
    run_seconds="${target_seconds[$target]:-$seconds}"
    log="$build/fuzz-$target.log"
    touch "$log.start" # crashes counted below are the ones this run found
    echo "== $target: $run_seconds s" >&2
    "$build/fuzz/$target" -max_total_time="$run_seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        "${fuzz_args[@]}" -artifact_prefix="$crashes/" "$corpus" "$build/seeds/$target" > "$log" 2>&1 || true
    # The fork-mode status line: "#N: cov: .. ft: .. corp: .. exec/s E oom/timeout/crash: O/T/C time: Ss ...".
    last="$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)"
    runs="$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")"
    rate="$(sed -E 's/.*exec\/s ([0-9]+).*/\1/' <<<"$last")"
    found_crashes="$(find "$crashes" -name 'crash-*' -newer "$log.start" | wc -l)"
    found_timeouts="$(find "$crashes" \( -name 'timeout-*' -o -name 'oom-*' \) -newer "$log.start" | wc -l)"
    printf '%-20s %8s %12s %10s %8s %8s\n' "$target" "$run_seconds" "${runs:-0}" "${rate:-0}" "$found_crashes" \
        "$found_timeouts" >> "$summary"
done
cat "$summary"
