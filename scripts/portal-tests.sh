#!/usr/bin/env bash
# Browser test of the portal (docs/portal.md): Debian's chromium, driven headless by Python Selenium
# through Debian's chromium-driver (never a downloaded driver), against `armlet serve` on a free
# loopback port with a temporary state, a clock 60x faster than real time and a slow copy bandwidth,
# so a snapshot's progress bar is seen below 100% and then reaching it. Screenshots of every page go to
# .build/test-output/portal/ (ARMLET_PORTAL_OUTPUT). Run by scripts/test.sh after the client tests.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/browser-packages.sh
venv=.venv-clients
if ! "$venv/bin/python" -c "import selenium" 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q selenium==4.50.0
fi
. scripts/client-tests/serve.sh
state="$(mktemp -d)"
# Stop the server this script started and remove its state, whatever happens.
trap 'stop_armlet_server; rm -rf "$state"' EXIT
trap 'exit 130' INT TERM
# The CLI set-up and the server share the clock and the copy bandwidth (0.015 MiB per clock second:
# 8 MiB take about 9 real seconds at 60x).
export ARMLET_CLOCK="scaled:60" ARMLET_COPY_MIBPS=0.015 SE_OFFLINE=true
start_armlet_server "$state"
export ARMLET_BIN="$bin" ARMLET_HOME="$state" ARMLET_SERVE_LOG="$log"
export ARMLET_PORTAL_OUTPUT="${ARMLET_PORTAL_OUTPUT:-$PWD/.build/test-output/portal}"
"$venv/bin/python" scripts/client-tests/portal_browser.py || { echo "--- server log ---" >&2; tail -50 "$log" >&2; exit 1; }
