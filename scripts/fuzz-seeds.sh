#!/usr/bin/env bash
# Collects seed inputs for the fuzz targets into DIR/<target>/ (default build-fuzz/seeds): files of each format
# from tests/, contracts/ and ../shared/corpora, binary plists converted from the XML ones, and a lock and a baseline
# made by the built appexguard when one exists. Seeds are named by content hash; nothing is copied into the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build-fuzz/seeds}"
corpora="../shared/corpora"
mkdir -p "$out"

# add TARGET FILE...: copies each file under its sha1 (duplicates collapse).
add() {
    local target="$1"
    shift
    mkdir -p "$out/$target"
    local f
    for f in "$@"; do
        [ -f "$f" ] || continue
        cp "$f" "$out/$target/$(sha1sum "$f" | cut -c1-16)"
    done
}
# found NAME-PATTERN...: files below tests/, contracts/ and the corpora matching any pattern, NUL-separated.
found() {
    local args=()
    local p
    for p in "$@"; do
        args+=(-o -name "$p")
    done
    find tests contracts "$corpora" -type f \( -false "${args[@]}" \) -print0 2>/dev/null
}
add_found() {
    local target="$1"
    shift
    local files=()
    mapfile -d '' files < <(found "$@")
    add "$target" "${files[@]}"
}

add_found contract_fuzz 'appexguard.toml' '*.contract.toml'
add_found policy_fuzz 'baseline.toml' 'strict.toml' '*policy*.toml'
add_found xml_plist_fuzz '*.plist' '*.entitlements'
add_found pbxproj_fuzz 'project.pbxproj'
add_found xcconfig_fuzz '*.xcconfig'
add_found xcodegen_fuzz '*.yml' '*.yaml'
add_found workspace_fuzz 'contents.xcworkspacedata'
add_found baseline_fuzz '*baseline*.json'
add_found lock_fuzz 'appexguard.lock'

# Binary plists: the XML ones converted (plistlib writes bplist00 with shared objects deduplicated, as Xcode does).
mkdir -p "$out/binary_plist_fuzz"
python3 - "$out/xml_plist_fuzz" "$out/binary_plist_fuzz" <<'PY'
import os, plistlib, sys
src, dst = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    try:
        with open(os.path.join(src, name), "rb") as f:
            value = plistlib.load(f)
        with open(os.path.join(dst, name), "wb") as f:
            plistlib.dump(value, f, fmt=plistlib.FMT_BINARY)
    except Exception:
        pass  # not every corpus plist is one plistlib reads (variables in dates, etc.)
PY

# A workspace, when the corpora hold none.
mkdir -p "$out/workspace_fuzz"
cat > "$out/workspace_fuzz/minimal" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<Workspace version = "1.0">
   <FileRef location = "group:App.xcodeproj"></FileRef>
   <Group location = "container:Libs" name = "Libs">
      <FileRef location = "group:Lib/Lib.xcodeproj"></FileRef>
   </Group>
   <FileRef location = "self:"></FileRef>
</Workspace>
XML

# A lock and a baseline from the examples, when a release build exists.
binary=""
for b in build/appexguard build-*/appexguard; do
    if [ -x "$b" ] && [[ "$b" != build-fuzz/* ]]; then
        binary="$b"
        break
    fi
done
if [ -n "$binary" ]; then
    for example in contracts/examples/*/appexguard.toml; do
        name="$(basename "$(dirname "$example")")"
        "$binary" lock "$example" -o - > "$out/lock_fuzz/$name" 2>/dev/null || rm -f "$out/lock_fuzz/$name"
        APPEXGUARD_TODAY=2026-06-01 "$binary" baseline "$example" -o "$out/baseline_fuzz/$name" >/dev/null 2>&1 ||
            rm -f "$out/baseline_fuzz/$name"
    done
fi

for d in "$out"/*/; do
    printf '%-20s %5d seeds\n' "$(basename "$d")" "$(find "$d" -type f | wc -l)"
done
