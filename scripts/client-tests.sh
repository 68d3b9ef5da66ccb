#!/usr/bin/env bash
# Client tests: the real Python SDKs (azure-mgmt-compute, azure-mgmt-resource, azure-identity from
# PyPI) against `armlet serve` on free loopback ports with a temporary state directory.
# The virtual environment .venv-clients is created on first use and reused afterwards.
# Run by scripts/test.sh (and so by CI) after the Swift suite; it needs PyPI the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-clients
# Reuse the venv when the SDKs import; (re)install only when they do not (e.g. an interrupted install).
if ! "$venv/bin/python" -c "import azure.mgmt.compute, azure.mgmt.resource, azure.mgmt.resource.deployments, azure.identity" 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
    "$venv/bin/pip" install -q azure-mgmt-compute==39.0.0 azure-mgmt-resource==26.0.0 \
        azure-mgmt-resource-deployments==2.0.0 azure-identity==1.27.0
fi
swift build --product armlet
bin="$(swift build --product armlet --show-bin-path)/armlet"
state="$(mktemp -d)"
log="$state/serve.log"
port="$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
ARMLET_CLOCK="scaled:60" "$bin" serve --port "$port" --state-dir "$state" >"$log" 2>&1 &
server=$!
# Stop the server this script started (by its pid only) and remove its state, whatever happens.
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$state"' EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 100); do
    grep -q "Press Ctrl+C" "$log" 2>/dev/null && break
    sleep 0.2
done
grep -q "Press Ctrl+C" "$log" || { cat "$log"; echo "armlet serve did not start" >&2; exit 1; }
export ARMLET_URL="https://127.0.0.1:$port" ARMLET_CA="$state/tls/ca.pem"
"$venv/bin/python" scripts/client-tests/sdk_flow.py || { echo "--- server log ---" >&2; tail -50 "$log" >&2; exit 1; }
# A bounded load check (loopback only): requests/s and p50/p99 latency.
"$venv/bin/python" scripts/client-tests/load_check.py "${ARMLET_LOAD_REQUESTS:-300}" "${ARMLET_LOAD_WORKERS:-4}"
