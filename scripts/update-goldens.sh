#!/usr/bin/env bash
# Rewrites the golden files under tests/golden/ from the built binary, after an intended change
# to the output. Review the diff before committing it. BUILD_DIR defaults to build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${BUILD_DIR:-build}/appexguard"
[ -x "$bin" ] || { echo "no $bin: build first (scripts/build.sh)" >&2; exit 2; }

# --- graph: DOT for the examples (tests/report/diagram_test.cpp) -----------------------------
mkdir -p tests/golden/graph
notes=contracts/examples/notes/appexguard.toml
"$bin" graph "$notes" --view channels >tests/golden/graph/notes-channels.dot
"$bin" graph "$notes" --view threats >tests/golden/graph/notes-threats.dot
"$bin" graph "$notes" --view blast:share >tests/golden/graph/notes-blast-share.dot

# --- check: text and JSON reports and the exit code, per example (tests/e2e/golden_test.cpp) ----
for contract in contracts/examples/*/appexguard.toml; do
  name=$(basename "$(dirname "$contract")")
  mkdir -p "tests/golden/check/$name"
  set +e
  APPEXGUARD_TODAY=2026-06-01 NO_COLOR=1 "$bin" check "$contract" >"tests/golden/check/$name/check.txt"
  echo $? >"tests/golden/check/$name/exit_code"
  APPEXGUARD_TODAY=2026-06-01 "$bin" check "$contract" --format json >"tests/golden/check/$name/check.json"
  set -e
done

# --- CI reports: SARIF, JUnit, Markdown, HTML per example (tests/report/ci_reports_e2e_test.cpp) ---
for name in notes notes-flawed; do
  mkdir -p "tests/golden/$name"
  set +e
  APPEXGUARD_TODAY=2026-06-01 NO_COLOR=1 "$bin" check "contracts/examples/$name/appexguard.toml" \
    --sarif "tests/golden/$name/report.sarif" --junit "tests/golden/$name/report.xml" \
    --markdown "tests/golden/$name/comment.md" --html "tests/golden/$name/report.html" >/dev/null
  set -e
done

git status --short tests/golden
