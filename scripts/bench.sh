#!/usr/bin/env bash
# The benchmark harness in release, kept honest against a committed baseline of ratios.
#   scripts/bench.sh [HARNESS ARGS...]             run (default --repetitions 3) and print ratios
#   scripts/bench.sh --record [HARNESS ARGS...]    write Benchmarks/baseline.json from this run
#   scripts/bench.sh --compare [HARNESS ARGS...]   flag every phase more than 10% slower than the baseline
# Python's orjson and json read the same corpus in the same run (scripts/bench-json-python.py, orjson
# installed into .venv-bench on first use) and Armlet's reader is printed as a multiple of them.
# A phase's ratio is its median time over the median of "read JSON (Foundation)" in the same run, so
# the baseline holds relative costs, not this machine's absolute times. --compare exits 1 when a
# phase is flagged (or the harness fails). Wall times on a shared machine vary; rerun a flagged phase
# with --filter before believing it (scripts/bench-instructions.sh counts instructions instead).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=show
case "${1:-}" in
    --record) mode=record; shift ;;
    --compare) mode=compare; shift ;;
esac
[ $# -gt 0 ] || set -- --repetitions 3
. scripts/system-packages.sh
swift build -c release --product ArmletBenchmarks >/dev/null
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
ARMLET_BENCH_SKIP_DISK_DATA=1 "$(swift build -c release --show-bin-path)/ArmletBenchmarks" "$@" | tee "$out"
# Python's readers on the same files, in the same run (orjson in .venv-bench, installed on first use).
if [ ! -x .venv-bench/bin/python ] || ! .venv-bench/bin/python -c "import orjson" 2>/dev/null; then
    python3 -m venv .venv-bench && .venv-bench/bin/pip install -q orjson || echo "bench: orjson could not be installed; Python's json only" >&2
fi
"$( [ -x .venv-bench/bin/python ] && echo .venv-bench/bin/python || echo python3)" scripts/bench-json-python.py | tee -a "$out"
python3 - "$mode" "$out" Benchmarks/baseline.json <<'PY'
import json, re, sys
mode, output, baseline_path = sys.argv[1:]
reference = "read JSON (Foundation)"
medians = {}
for line in open(output):
    match = re.match(r"^(.*?)\s+median\s+([0-9.]+) ms", line)
    if match:
        medians[match.group(1).strip()] = float(match.group(2))
if reference not in medians:
    sys.exit(f"bench: the reference phase '{reference}' did not run; ratios need it")
ratios = {name: value / medians[reference] for name, value in medians.items() if name != reference}
armlet = medians.get("read JSON (Armlet, with positions)")
for other in ("read JSON (Python orjson)", "read JSON (Python json)"):
    if armlet and other in medians:
        print(f"bench: Armlet's JSON reader is {medians[other] / armlet:.2f}x {other[11:-1]}")
lint, expand = medians.get("lint templates (all rules)"), medians.get("expand whole corpus")
if lint and expand:
    print(f"bench: linting the corpus costs {lint / expand:.2f}x expanding it")
ratios = {name: value for name, value in ratios.items() if "Python" not in name}
if mode == "record":
    with open(baseline_path, "w") as handle:
        json.dump({"reference": reference, "ratios": {k: round(v, 4) for k, v in sorted(ratios.items())}},
                  handle, indent=2)
        handle.write("\n")
    print(f"bench: recorded {len(ratios)} ratios in {baseline_path}")
    sys.exit(0)
baseline = json.load(open(baseline_path))["ratios"] if mode == "compare" else {}
worse = []
print(f"\n{'phase':<40} {'ratio':>9} {'baseline':>9} {'change':>8}")
for name, ratio in sorted(ratios.items()):
    old = baseline.get(name)
    change = f"{(ratio / old - 1) * 100:+.0f}%" if old else ""
    flag = "  <-- more than 10% worse" if old and ratio > old * 1.10 else ""
    if flag:
        worse.append(name)
    print(f"{name:<40} {ratio:>9.4f} {old if old else '':>9} {change:>8}{flag}")
if mode == "compare":
    missing = sorted(set(baseline) - set(ratios))
    if missing:
        print("bench: phases in the baseline that did not run: " + ", ".join(missing))
    print(f"bench: {len(worse)} of {len(ratios)} phases more than 10% worse than the baseline")
    sys.exit(1 if worse else 0)
PY
