#!/usr/bin/env bash
# The pipeline benchmark of issue 13 (docs/performance.md, "Pipeline benchmark").
#
# For each size (channels; components = channels / 10) it generates a monorepo project and its base
# (bench/generate_contract.cpp), times the floor (bench/floor.cpp: toml++ parse of the contract plus a
# pugixml parse of every manifest) and each command on the same project, and prints the table with every
# time as a ratio to the floor of the same run, the peak RSS, and the growth from one size to the next.
# Then it times `init` on the largest corpus pbxproj against the npm parser @bacons/xcode on the same file
# (skipped without node/npm or without network), and a cold `check` of the example.
#
# Usage: bench/run.sh [SIZE ...]                      default sizes: 1000 10000 100000 (or $SIZES)
# Environment:
#   BUILD_DIR   build directory holding appexguard and bench/ (default: build)
#   BENCH_BUILD_DIR  where appexguard_bench_generate / _floor live (default: $BUILD_DIR/bench)
#   RUNS        runs per measurement, the median is reported (default 3)
#   TIMEOUT     seconds per command run (default 300); a run over it is printed "> TIMEOUT s"
#   REPEAT_BELOW  a run longer than this many seconds is not repeated (default 60): the median is of fewer runs
#   CORPORA     the corpus directory (default: ../shared/corpora from the repository root)
#   KEEP        set to keep the generated projects (printed at the end)
#   RESULTS     also write one line per measurement to this file: SIZE COMMAND STATUS SECONDS PEAK_KIB
#               (tab-separated; bench/complexity.sh reads it)
#   COMMANDS    the columns, a subset of: floor check check-reports drift threats baseline graph-dot graph-svg
#               (default all; floor first)
#   SKIP_EXTRAS set to skip the init / @bacons/xcode and example measurements
# A command whose time at the previous size, scaled linearly to this size, already exceeds TIMEOUT is not
# run ("> TIMEOUT s (projected)"): growth is never below linear, so it could only time out.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

build="$repo/${BUILD_DIR:-build}"
bench_build="${BENCH_BUILD_DIR:-$build/bench}"
bin="$build/appexguard"
generate="$bench_build/appexguard_bench_generate"
floor="$bench_build/appexguard_bench_floor"
for exe in "$bin" "$generate" "$floor"; do
    [ -x "$exe" ] || { echo "no $exe: build first (cmake --build $build)" >&2; exit 2; }
done
read -r -a sizes <<<"${*:-${SIZES:-1000 10000 100000}}"
runs=${RUNS:-3}
timeout_s=${TIMEOUT:-300}
repeat_below=${REPEAT_BELOW:-60}
corpora="${CORPORA:-$repo/../shared/corpora}"

work=$(mktemp -d "${TMPDIR:-/tmp}/appexguard-bench.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi

declare -A seconds rss status
read -r -a commands <<<"${COMMANDS:-floor check check-reports drift threats baseline graph-dot graph-svg}"
[ "${commands[0]}" = floor ] || { echo "COMMANDS must start with floor: every ratio is to it" >&2; exit 2; }
declare -A title=(
    [floor]="floor" [check]='`check` (text)' [check-reports]='`check` + all reports'
    [drift]='`drift --base-dir`' [threats]='`threats --format json`' [baseline]='`baseline`'
    [graph-dot]='`graph --format dot`' [graph-svg]='`graph --format svg`'
)

# The option that lifts the input-size limit, where the command offers one (the 100k contract is larger than
# the historical 16 MiB default).
input_limit() { # input_limit SUBCOMMAND
    if "$bin" "$1" --help 2>/dev/null | grep -q -- '--max-input-size'; then
        echo "--max-input-size $((1024 * 1024 * 1024))"
    fi
}

# measure KEY COMMAND...: the median wall time (bash's clock: /usr/bin/time's %e has 10 ms steps) and the
# median peak RSS (/usr/bin/time's %M) of up to $runs runs, each under $timeout_s.
# Exit 0 and 1 are results (1: findings); 2 and above are recorded as errors with the first line of stderr.
measure() {
    local key=$1
    shift
    local times=() kbs=() rc line start end t kb
    for ((i = 0; i < runs; i++)); do
        rc=0
        start=$EPOCHREALTIME
        /usr/bin/time -f '%M' -o "$work/time" timeout "$timeout_s" "$@" >/dev/null 2>"$work/stderr" || rc=$?
        end=$EPOCHREALTIME
        if [ "$rc" -eq 124 ]; then
            status[$key]="> ${timeout_s} s"
            return
        fi
        if [ "$rc" -ge 2 ]; then
            line=$(grep -m1 . "$work/stderr" || true)
            status[$key]="exit $rc"
            echo "  $key: exit $rc: ${line:0:200}" >&2
            return
        fi
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')
        kb=$(tail -n 1 "$work/time")
        times+=("$t")
        kbs+=("$kb")
        if awk -v t="$t" -v l="$repeat_below" 'BEGIN { exit !(t > l) }'; then break; fi
    done
    seconds[$key]=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    rss[$key]=$(printf '%s\n' "${kbs[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    status[$key]=ok
}

# projected_over PREVIOUS_SIZE SIZE CMD: true when the previous size's time, scaled linearly, exceeds the timeout.
projected_over() {
    local key="$1,$3"
    [ -n "$1" ] || return 1
    case "${status[$key]:-}" in
        ok) awk -v t="${seconds[$key]}" -v a="$1" -v b="$2" -v l="$timeout_s" 'BEGIN { exit !(t * b / a > l) }' ;;
        ">"*) return 0 ;;
        *) return 1 ;;
    esac
}

run_command() { # run_command SIZE CMD
    local size=$1 cmd=$2 dir="$work/$1" out="$work/$1/out"
    local head="$dir/head/appexguard.toml"
    case $cmd in
        floor) measure "$size,$cmd" "$floor" "$head" ;;
        check) measure "$size,$cmd" "$bin" check "$head" --fail-on never $(input_limit check) ;;
        check-reports)
            measure "$size,$cmd" "$bin" check "$head" --fail-on never $(input_limit check) --format json \
                -o "$out/report.json" --sarif "$out/report.sarif" --junit "$out/report.xml" \
                --markdown "$out/comment.md" --html "$out/report.html" ;;
        drift) measure "$size,$cmd" "$bin" drift "$head" --base-dir "$dir/base" --fail-on never $(input_limit drift) ;;
        threats) measure "$size,$cmd" "$bin" threats "$head" --format json $(input_limit threats) ;;
        baseline) measure "$size,$cmd" "$bin" baseline "$head" -o "$out/baseline.json" $(input_limit baseline) ;;
        graph-dot) measure "$size,$cmd" "$bin" graph "$head" --format dot $(input_limit graph) ;;
        graph-svg) measure "$size,$cmd" "$bin" graph "$head" --format svg $(input_limit graph) ;;
    esac
}

previous=""
declare -A channels
for size in "${sizes[@]}"; do
    mkdir -p "$work/$size/out"
    "$generate" "$size" "$work/$size/head" --drift "$work/$size/base" >/dev/null
    channels[$size]=$(grep -c '^\[channels\.' "$work/$size/head/appexguard.toml")
    echo "size $size: $(du -sh "$work/$size/head/appexguard.toml" | cut -f1) contract, $(find "$work/$size/head" -name '*.plist' -o -name '*.entitlements' | wc -l) manifests" >&2
    for cmd in "${commands[@]}"; do
        if projected_over "$previous" "$size" "$cmd"; then
            status[$size,$cmd]="> ${timeout_s} s (projected)"
            continue
        fi
        run_command "$size" "$cmd"
        echo "  $cmd: ${seconds[$size,$cmd]:-${status[$size,$cmd]}}" >&2
    done
    previous=$size
done

if [ -n "${RESULTS:-}" ]; then
    for size in "${sizes[@]}"; do
        for cmd in "${commands[@]}"; do
            printf '%s\t%s\t%s\t%s\t%s\n' "$size" "$cmd" "${status[$size,$cmd]}" "${seconds[$size,$cmd]:-}" \
                "${rss[$size,$cmd]:-}"
        done
    done >"$RESULTS"
fi

cell_time() { # cell_time SIZE CMD: "1.23 s (4.5×)"
    local key="$1,$2"
    if [ "${status[$key]}" != ok ]; then
        echo "${status[$key]}"
    elif [ "$2" = floor ]; then
        awk -v t="${seconds[$key]}" 'BEGIN { printf (t < 1 ? "%.3f s" : "%.2f s"), t }'
    else
        awk -v t="${seconds[$key]}" -v f="${seconds[$1,floor]}" \
            'BEGIN { printf (t < 1 ? "%.3f s (%.1f×)" : "%.2f s (%.1f×)"), t, t / f }'
    fi
}

cell_rss() { # cell_rss SIZE CMD: "123 MB (1.4×)"
    local key="$1,$2"
    if [ "${status[$key]}" != ok ]; then
        echo "–"
    elif [ "$2" = floor ]; then
        awk -v m="${rss[$key]}" 'BEGIN { printf "%.0f MB", m / 1024 }'
    else
        awk -v m="${rss[$key]}" -v f="${rss[$1,floor]}" 'BEGIN { printf "%.0f MB (%.1f×)", m / 1024, m / f }'
    fi
}

cell_growth() { # cell_growth SMALLER:LARGER CMD: the time ratio, or a lower bound when the larger timed out
    local a="${1%:*},$2" b="${1#*:},$2"
    if [ "${status[$a]}" != ok ]; then
        echo "–"
    elif [ "${status[$b]}" = ok ]; then
        awk -v x="${seconds[$a]}" -v y="${seconds[$b]}" 'BEGIN { printf "%.1f×", y / x }'
    elif [[ "${status[$b]}" == ">"* ]]; then
        awk -v x="${seconds[$a]}" -v y="$timeout_s" 'BEGIN { printf "> %.0f×", y / x }'
    else
        echo "–"
    fi
}

row() { # row CELL...: one Markdown table row
    local out="|" cell
    for cell in "$@"; do out+=" $cell |"; done
    echo "$out"
}

header=("channels")
rule=("---")
for cmd in "${commands[@]}"; do
    header+=("${title[$cmd]}")
    rule+=("---")
done

# table TITLE CELL_FUNCTION ROW...: a row is a size, or SMALLER:LARGER for the growth between two sizes.
table() {
    local caption=$1 cell=$2 key cmd cells
    shift 2
    printf '\n%s\n\n' "$caption"
    row "${header[@]}"
    row "${rule[@]}"
    for key in "$@"; do
        if [[ $key == *:* ]]; then cells=("${key%:*} → ${key#*:}"); else cells=("$(printf "%'d" "${channels[$key]}")"); fi
        for cmd in "${commands[@]}"; do cells+=("$("$cell" "$key" "$cmd")"); done
        row "${cells[@]}"
    done
}

table "Wall time, median of $runs (ratio to the floor of the same size; timeout ${timeout_s} s):" cell_time "${sizes[@]}"
table "Peak RSS, median (ratio to the floor's):" cell_rss "${sizes[@]}"
pairs=()
for ((i = 1; i < ${#sizes[@]}; i++)); do pairs+=("${sizes[i - 1]}:${sizes[i]}"); done
if [ "${#pairs[@]}" -gt 0 ]; then
    table "Growth of the wall time from one size to the next (linear: the size ratio):" cell_growth "${pairs[@]}"
fi

if [ -n "${SKIP_EXTRAS:-}" ]; then exit 0; fi

# `init` on the largest corpus pbxproj against @bacons/xcode (npm) parsing the same file.
echo
pbxproj=$(find "$corpora" -name project.pbxproj -printf '%s %p\n' 2>/dev/null | sort -n | tail -n 1 | cut -d' ' -f2- || true)
if [ -z "$pbxproj" ]; then
    echo "init: no corpus under $corpora: skipped"
else
    mkdir -p "$work/init"
    measure init "$bin" init "$(dirname "$pbxproj")" -o "$work/init/appexguard.toml" --force
    if [ "${status[init]}" = ok ]; then
        init_result=$(awk -v t="${seconds[init]}" -v m="${rss[init]}" 'BEGIN { printf "%.3f s, %.0f MB", t, m / 1024 }')
    else
        init_result=${status[init]}
    fi
    echo "init on ${pbxproj#"$corpora"/} ($(du -h "$pbxproj" | cut -f1)): $init_result"
    if command -v node >/dev/null && command -v npm >/dev/null &&
        timeout 180 npm install --prefix "$work/npm" --no-audit --no-fund --silent @bacons/xcode >/dev/null 2>&1; then
        cat >"$work/npm/parse.js" <<'JS'
// Parses one project.pbxproj with @bacons/xcode and prints the parse time alone (no process start-up).
const fs = require("fs");
const { parse } = require("@bacons/xcode/json");
const start = process.hrtime.bigint();
const project = parse(fs.readFileSync(process.argv[2], "utf8"));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${seconds.toFixed(3)} ${Object.keys(project.objects).length}`);
JS
        measure npm node "$work/npm/parse.js" "$pbxproj"
        read -r parse_only objects < <(node "$work/npm/parse.js" "$pbxproj")
        version=$(node -p 'require(process.argv[1]).version' "$work/npm/node_modules/@bacons/xcode/package.json")
        if [ "${status[npm]}" = ok ]; then
            awk -v n="${seconds[npm]}" -v p="$parse_only" -v v="$version" -v o="$objects" \
                'BEGIN { printf "@bacons/xcode %s: %.3f s as a process (%.3f s parse alone, %d objects)\n", v, n, p, o }'
        else
            echo "@bacons/xcode: ${status[npm]}"
        fi
        if [ "${status[npm]}" = ok ] && [ "${status[init]}" = ok ]; then
            awk -v i="${seconds[init]}" -v n="${seconds[npm]}" -v p="$parse_only" \
                'BEGIN { printf "init / @bacons/xcode: %.2f× its process, %.2f× its parse alone (target ≤ 0.5×)\n", i / n, i / p }'
        fi
    else
        echo "@bacons/xcode: node/npm missing or the package could not be installed: skipped"
    fi
fi

# A real project, cold: the example (target ≤ 20 ms).
measure example "$bin" check "$repo/contracts/examples/notes/appexguard.toml"
echo "check contracts/examples/notes: $([ "${status[example]}" = ok ] && awk -v t="${seconds[example]}" 'BEGIN { printf "%.0f ms", t * 1000 }' || echo "${status[example]}")"
if [ -n "${KEEP:-}" ]; then echo "projects kept in $work"; fi
