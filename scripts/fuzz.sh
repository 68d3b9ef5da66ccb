#!/usr/bin/env bash
# Fuzzes Armlet's readers and evaluators with libFuzzer: `bash scripts/fuzz.sh [SECONDS] [TARGET...]`.
# Builds `armlet-fuzz` with -sanitize=fuzzer into .build-fuzz (release), seeds each target from the
# corpus (scripts/fuzz-seeds.py), runs each for SECONDS (default 60) and prints
# `fuzz TARGET: N executions, M crashes`. A crash, a timeout (an input over 10 s) or running out of
# memory (2 GB) fails the run; the input is kept under .build-fuzz/crashes/TARGET/ and can be replayed
# with a normal build: `.build/debug/armlet-fuzz TARGET FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json yaml expression template jmespath)
scratch=.build-fuzz
command -v python3 >/dev/null || { echo "fuzz: python3 is needed to write the seed corpora" >&2; exit 1; }

echo "## fuzz: building armlet-fuzz with -sanitize=fuzzer"
swift build -c release --scratch-path "$scratch" --product armlet-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/armlet-fuzz"
[ -x "$binary" ] || { echo "fuzz: the build did not produce $binary" >&2; exit 1; }

seeds="$scratch/seeds"
rm -rf "$seeds"
python3 scripts/fuzz-seeds.py "$seeds"

declare -A max_len=([json]=16384 [yaml]=16384 [expression]=4096 [template]=16384 [jmespath]=4096)
failed=0
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"
    crashes="$scratch/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    log="$scratch/$target.log"
    set +e
    ARMLET_FUZZ_TARGET="$target" "$binary" "$corpus" "$seeds/$target" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="${max_len[$target]:-4096}" \
        -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    found=$(find "$crashes" -type f | wc -l)
    echo "fuzz $target: ${runs:-0} executions in ${seconds} s (${rate:-0}/s, peak ${rss:-?} MB), $found crashes (exit $status)"
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        grep -E 'ERROR: libFuzzer|SUMMARY|Test unit written|deadly signal|Fatal error' "$log" | head -8 || true
    fi
done
exit "$failed"
