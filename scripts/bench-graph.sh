#!/usr/bin/env bash
# Times `appexguard graph --format svg` (and DOT, threats) on a generated contract with N
# components (default 1000): one app, N-1 extensions over 10 app groups, one channel each to the
# app plus a URL-scheme channel per 10th extension. Prints the best of RUNS wall-clock times.
# Usage: scripts/bench-graph.sh [N] [RUNS]    BUILD_DIR defaults to build/.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
runs="${2:-3}"
bin="$(pwd)/${BUILD_DIR:-build}/appexguard"
[ -x "$bin" ] || { echo "no $bin: build first" >&2; exit 2; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

python3 - "$n" >"$dir/appexguard.toml" <<'PY'
import sys
n = int(sys.argv[1])
points = ["com.apple.share-services", "com.apple.widgetkit-extension", "com.apple.usernotifications.service",
          "com.apple.keyboard-service", "com.apple.intents-service"]
groups = 10
print('[project]\nname = "Bench"\ncontract_version = "1.0.0"\nteam_id = "ABCDE12345"\n')
print('[components.app]\nkind = "app"\nbundle_id = "com.example.bench"\n')
members = {g: ["app"] for g in range(groups)}
for i in range(1, n):
    print(f'[components.ext{i:04d}]\nkind = "extension"\nextension_point = "{points[i % len(points)]}"\n'
          f'bundle_id = "com.example.bench.ext{i:04d}"\n')
    members[i % groups].append(f"ext{i:04d}")
for g in range(groups):
    m = ", ".join(f'"{x}"' for x in members[g])
    print(f'[stores.group{g}]\nkind = "app-group"\nid = "group.com.example.bench{g}"\nmembers = [{m}]\n'
          f'classification = "personal"\nprotection = "complete"\nretention = "1d"\n')
for i in range(1, n):
    print(f'[channels.ext{i:04d}-to-app]\ntransport = "app-group-file"\nstore = "group{i % groups}"\n'
          f'from = "ext{i:04d}"\nto = ["app"]\nclassification = "personal"\nauth = "token"\nvalidation = "both"\n')
    if i % 10 == 0:
        print(f'[channels.ext{i:04d}-open]\ntransport = "url-scheme"\nscheme = "bench{i}"\nfrom = "ext{i:04d}"\n'
              f'to = ["app"]\nclassification = "public"\nvalidation = "receiver"\n')
PY

best() { # best wall-clock seconds of $runs runs of "$@"
    local b=""
    for _ in $(seq "$runs"); do
        local s e t
        s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc)
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    done
    printf '%.3f' "$b"
}
echo "components: $n  channels: $(grep -c '^\[channels\.' "$dir/appexguard.toml")"
echo "graph --format dot : $(best "$bin" graph "$dir/appexguard.toml" --format dot) s"
echo "graph --format svg : $(best "$bin" graph "$dir/appexguard.toml" --format svg) s"
echo "threats            : $(best "$bin" threats "$dir/appexguard.toml") s"
echo "check              : $(best "$bin" check "$dir/appexguard.toml" --fail-on never) s"
