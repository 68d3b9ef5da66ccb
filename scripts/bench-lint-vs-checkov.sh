#!/usr/bin/env bash
# Times `armlet lint` against checkov's ARM scanner on the shared corpus.
#
#   scripts/bench-lint-vs-checkov.sh [CORPUS]      (default ../shared/corpus/templates)
#
# Builds armlet in release, creates .venv-checkov (reused when present) with `pip install checkov`,
# then times both tools. checkov crashes on the Bicep-generated `avm__` templates, so the head-to-head
# runs on the `docs__` templates copied into a temporary folder; armlet is also timed on the whole corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus/templates}"
VENV=.venv-checkov

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

echo "== building armlet (release)"
swift build -c release --product armlet >/dev/null
ARMLET=.build/release/armlet

if [ ! -x "$VENV/bin/checkov" ]; then
  echo "== creating $VENV and installing checkov from PyPI"
  python3 -m venv "$VENV"
  if ! "$VENV/bin/pip" install --quiet checkov; then
    echo "pip could not install checkov (is PyPI reachable?); timing armlet only." >&2
  fi
fi

DOCS=$(mktemp -d)
trap 'rm -rf "$DOCS"' EXIT
cp "$CORPUS"/docs__*.json "$DOCS"/
echo "== corpus: $(ls "$CORPUS"/*.json | wc -l) files; docs subset: $(ls "$DOCS" | wc -l) files"

t0=$(now); "$ARMLET" lint "$CORPUS" --format json >/dev/null || true; t1=$(now)
ALL=$(elapsed "$t0" "$t1")
echo "armlet lint, whole corpus:  ${ALL}s"

t0=$(now); "$ARMLET" lint "$DOCS" --format json >/dev/null || true; t1=$(now)
ARMLET_DOCS=$(elapsed "$t0" "$t1")
echo "armlet lint, docs subset:   ${ARMLET_DOCS}s"

if [ -x "$VENV/bin/checkov" ]; then
  LOG=$(mktemp)
  t0=$(now)
  "$VENV/bin/checkov" --framework arm --skip-download --quiet --compact -o json -d "$DOCS" >"$LOG" 2>&1 || true
  t1=$(now)
  CHECKOV_DOCS=$(elapsed "$t0" "$t1")
  echo "checkov, docs subset:       ${CHECKOV_DOCS}s"
  awk -v c="$CHECKOV_DOCS" -v a="$ARMLET_DOCS" 'BEGIN { printf "speed-up on the docs subset: %.0fx\n", c / a }'
  python3 - "$LOG" <<'PY' || true
import json, sys
text = open(sys.argv[1]).read()
# checkov logs warnings before the report; the report starts on a line of its own.
lines = text.splitlines(keepends=True)
start = next((sum(map(len, lines[:i])) for i, l in enumerate(lines) if l[:1] in "{["), None)
try:
    report, _ = json.JSONDecoder().raw_decode(text[start:]) if start is not None else ({}, 0)
except ValueError:
    report = {}
if isinstance(report, list):
    report = report[0] if report else {}
summary = report.get("summary", report)
print("checkov summary on the docs subset:", {k: summary.get(k) for k in ("passed", "failed", "parsing_errors", "resource_count")})
PY
  echo "== checkov on the avm__ templates (what it survives)"
  AVM=$(mktemp -d)
  cp "$CORPUS"/avm__*.json "$AVM"/
  t0=$(now)
  if "$VENV/bin/checkov" --framework arm --skip-download --quiet --compact -o json -d "$AVM" >"$LOG" 2>&1; then status=0; else status=$?; fi
  t1=$(now)
  echo "checkov, avm subset: exit $status after $(elapsed "$t0" "$t1")s; last lines:"
  tail -n 3 "$LOG" | cut -c1-200
  rm -rf "$AVM" "$LOG"
fi
