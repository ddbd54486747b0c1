#!/usr/bin/env bash
# Installs the Debian 12 packages appexguard needs to build and test.
#   scripts/install-deps.sh [--sanitizers]
# --sanitizers adds what the sanitizer and fuzz builds need (scripts/test.sh under CI=true, scripts/fuzz-common.sh):
# clang++, its runtimes (ASan, UBSan, LSan, libFuzzer: libclang-rt-14-dev), llvm-symbolizer (package llvm) for
# file:line in sanitizer reports, and python3 for the fuzz seeds.
# Idempotent: installs only what is missing; runs `apt-get update` first when it must install.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ccache
  libcli11-dev libtomlplusplus-dev libgraphviz-dev graphviz
  libgtest-dev libgmock-dev libbenchmark-dev
  libpugixml-dev libplist-dev nlohmann-json3-dev libvalijson-dev
  libmstch-dev libgit2-dev libyaml-cpp-dev libssl-dev
)
if [ "${1:-}" = --sanitizers ]; then
  packages+=(clang libclang-rt-14-dev llvm python3)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
