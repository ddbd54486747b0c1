#!/usr/bin/env bash
# Builds the libFuzzer targets (clang++, ASan + UBSan, build-fuzz/) and fuzzes each for SECONDS (default 60),
# keeping going after a crash (-fork=1 -ignore_crashes=1) so that one run finds as many as it can.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 300 binary_plist_fuzz contract_fuzz
# Corpora grow in build-fuzz/corpus/<target>/ (kept between runs); crashing inputs land in
# build-fuzz/crashes/<target>/ (crash-*, timeout-*, oom-*); a table of executions and crashes per target is
# printed at the end and written to build-fuzz/campaign.txt. Reproduce one with build-fuzz/fuzz/<target> FILE.
# Every crash becomes a regression test in tests/hardening/ (docs/security.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
source scripts/fuzz-common.sh
fuzz_build "$@"

summary="$build/${FUZZ_SUMMARY:-campaign.txt}" # FUZZ_SUMMARY: another name, for campaigns run side by side
printf '%-20s %8s %12s %10s %8s %8s\n' target seconds executions exec/s crashes timeouts > "$summary"
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    fuzz_options "$target"
    log="$build/fuzz-$target.log"
    touch "$log.start" # crashes counted below are the ones this run found
    echo "== $target: $seconds s" >&2
    "$build/fuzz/$target" -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        "${fuzz_args[@]}" -artifact_prefix="$crashes/" "$corpus" "$build/seeds/$target" > "$log" 2>&1 || true
    # The fork-mode status line: "#N: cov: .. ft: .. corp: .. exec/s E oom/timeout/crash: O/T/C time: Ss ...".
    last="$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)"
    runs="$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")"
    rate="$(sed -E 's/.*exec\/s ([0-9]+).*/\1/' <<<"$last")"
    found_crashes="$(find "$crashes" -name 'crash-*' -newer "$log.start" | wc -l)"
    found_timeouts="$(find "$crashes" \( -name 'timeout-*' -o -name 'oom-*' \) -newer "$log.start" | wc -l)"
    printf '%-20s %8s %12s %10s %8s %8s\n' "$target" "$seconds" "${runs:-0}" "${rate:-0}" "$found_crashes" \
        "$found_timeouts" >> "$summary"
done
cat "$summary"
