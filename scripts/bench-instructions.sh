#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of benchmark phases: stable where wall times on a shared
# machine vary by ±30%. Each phase runs once under callgrind with deterministic hashing; the count of a
# run with no phase (loading the corpus) is subtracted.
#
#   scripts/bench-instructions.sh [BINARY...]     (default: a release build of ArmletBenchmarks)
#
# With two binaries (say, a build of the base commit and one of the change) it prints both counts and
# the change in per cent, phase by phase. valgrind cannot read Swift's debug information, so each
# binary is copied and stripped of it first. Needs ../shared/corpus/templates.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
if [ $# -eq 0 ]; then
    swift build -c release --product ArmletBenchmarks >/dev/null
    set -- "$(swift build -c release --show-bin-path)/ArmletBenchmarks"
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
bins=()
for i in "$@"; do
    copy="$work/bench-${#bins[@]}"; cp "$i" "$copy"; strip --strip-debug "$copy"; bins+=("$copy")
done
count() {
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" --repetitions 1 \
        --filter "$2" 2>&1 >/dev/null | sed -nE 's/.*Collected : ([0-9]+).*/\1/p' | tail -1
}
phases=("read JSON (Armlet" "read + decode" "expand whole corpus" "lint templates" "JMESPath parse+search"
        "what-if 800 vs 800 (diff)" "what-if 800 vs 800 (+ text)" "plan only" "plan + apply")
declare -a base
for b in "${!bins[@]}"; do base[$b]=$(count "${bins[$b]}" "no phase has this name"); done
for phase in "${phases[@]}"; do
    line="$(printf '%-30s' "$phase")"
    first=""
    for b in "${!bins[@]}"; do
        n=$(( $(count "${bins[$b]}" "$phase") - ${base[$b]} ))
        line+="$(printf '%16s' "$n")"
        if [ -z "$first" ]; then first=$n; else line+="$(awk -v a="$first" -v b="$n" 'BEGIN { printf "  %+.1f%%", (b - a) * 100 / a }')"; fi
    done
    echo "$line"
done
