#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs the whole test suite with ctest.
# With CI=true (CI services set it; .ci/run runs this script) it is the sanitizer run instead (docs/security.md,
# "CI"): one clang++ build with ASan + UBSan of the tests and the fuzz targets into build-ci/, the whole suite
# under the sanitizers (tests/sanitizers/), then each fuzz target for CI_FUZZ_SECONDS (default 5) over its seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${CI:-}" != true ]; then
    bash scripts/build.sh
    ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 300
    exit 0
fi

start=$(date +%s)
phase_start=$start
phase() {
    local now
    now=$(date +%s)
    echo "test.sh: $1 took $((now - phase_start)) s"
    phase_start=$now
}

bash scripts/install-deps.sh --sanitizers
phase "installing packages"
# -O1 and line tables only: the build is most of the run's time, and reports still name file:line.
cmake -S . -B build-ci -DCMAKE_CXX_COMPILER=clang++ -DAPPEXGUARD_FUZZ=ON -DAPPEXGUARD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null
cmake --build build-ci -j"$(nproc)"
phase "the sanitizer build"
ctest --test-dir build-ci --output-on-failure -j"$(nproc)" --timeout 300
phase "the test suite under ASan + UBSan"
FUZZ_BUILD=build-ci bash scripts/ci-fuzz.sh "${CI_FUZZ_SECONDS:-5}"
phase "fuzzing"
echo "test.sh: total $(($(date +%s) - start)) s"
