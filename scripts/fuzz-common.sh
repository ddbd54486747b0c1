# Sourced by scripts/fuzz.sh and scripts/ci-fuzz.sh: the fuzz build, the target list and per-target options.
# Expects to run from the repository root.

# FUZZ_BUILD names another build directory configured with -DAPPEXGUARD_FUZZ=ON: scripts/test.sh under CI fuzzes
# with the build its sanitizer test run used (build-ci/).
build="${FUZZ_BUILD:-build-fuzz}"

# Configures and builds the fuzz targets named in "$@" (all of fuzz/*_fuzz.cpp when none) into $build, sets the
# array `targets` and writes the seed corpora. A new build directory gets the fuzz targets only; an existing one
# keeps its other options (tests, build type).
fuzz_build() {
    bash scripts/install-deps.sh --sanitizers
    local fresh=()
    [ -f "$build/CMakeCache.txt" ] ||
        fresh=(-DAPPEXGUARD_TESTS=OFF -DAPPEXGUARD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DAPPEXGUARD_FUZZ=ON "${fresh[@]}" >/dev/null
    targets=("$@")
    if [ ${#targets[@]} -eq 0 ]; then
        for source in fuzz/*_fuzz.cpp; do
            targets+=("$(basename "$source" .cpp)")
        done
    fi
    cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" 2>&1 | grep -E "error|warning" || true
    scripts/fuzz-seeds.sh "$build/seeds" >/dev/null
}

# The libFuzzer options every run of target $1 takes: input length, its dictionary when there is one, per-input
# timeout and memory limit. 64 KiB for every format: at 256 KiB the pbxproj target ran 430 executions a second
# against 1,400 at 64 KiB, and the nesting, count and expansion limits are all reachable well below 64 KiB; the
# large real projects are read whole by the corpus tests (docs/security.md).
fuzz_options() {
    fuzz_args=(-timeout=10 -rss_limit_mb=2048 -max_len=65536)
    local dict="fuzz/dict/${1%_fuzz}.dict"
    [ -f "$dict" ] && fuzz_args+=(-dict="$dict")
    mkdir -p "$build/seeds/$1"
}
