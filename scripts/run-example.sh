#!/usr/bin/env bash
# The main job on the bundled examples: installs what is missing, builds, then runs
# `appexguard check` on the clean example (exit 0) and on the flawed one (exit 1, findings).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --target appexguard
echo "== appexguard check contracts/examples/notes/appexguard.toml"
./build/appexguard check contracts/examples/notes/appexguard.toml
if [ -f contracts/examples/notes-flawed/appexguard.toml ]; then
  echo
  echo "== appexguard check contracts/examples/notes-flawed/appexguard.toml"
  set +e
  ./build/appexguard check contracts/examples/notes-flawed/appexguard.toml
  code=$?
  set -e
  echo "(exit code $code: 1 means findings at or above --fail-on, as expected for the flawed example)"
  [ "$code" -eq 1 ] || exit 1
fi
