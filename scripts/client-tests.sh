#!/usr/bin/env bash
# Client tests: the real Python SDKs (azure-mgmt-compute, azure-mgmt-resource, azure-identity,
# azure-storage-blob from PyPI) against `armlet serve` on free loopback ports with a temporary state directory.
# The virtual environment .venv-clients is created on first use and reused afterwards.
# Run by scripts/test.sh (and so by CI) after the Swift suite; it needs PyPI the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-clients
# Reuse the venv when the SDKs import; (re)install only when they do not (e.g. an interrupted install).
if ! "$venv/bin/python" -c "import azure.mgmt.compute, azure.mgmt.resource, azure.mgmt.resource.deployments, azure.identity, azure.storage.blob" 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
    "$venv/bin/pip" install -q azure-mgmt-compute==39.0.0 azure-mgmt-resource==26.0.0 \
        azure-mgmt-resource-deployments==2.0.0 azure-identity==1.27.0 azure-storage-blob==12.27.0
fi
. scripts/client-tests/serve.sh
state="$(mktemp -d)"
# Stop the server this script started and remove its state, whatever happens.
trap 'stop_armlet_server; rm -rf "$state"' EXIT
trap 'exit 130' INT TERM
ARMLET_CLOCK="scaled:60" start_armlet_server "$state"
export ARMLET_URL="$url" ARMLET_CA="$state/tls/ca.pem"
"$venv/bin/python" scripts/client-tests/sdk_flow.py || { echo "--- server log ---" >&2; tail -50 "$log" >&2; exit 1; }
# The data plane: azure-storage-blob through grant-access SAS URLs, and the seed's differential backup.
export ARMLET_BIN="$bin" ARMLET_HOME="$state"
"$venv/bin/python" scripts/client-tests/data_plane.py || { echo "--- server log ---" >&2; tail -50 "$log" >&2; exit 1; }
"$venv/bin/python" examples/differential-backup.py || { echo "--- server log ---" >&2; tail -50 "$log" >&2; exit 1; }
# A bounded load check (loopback only): requests/s and p50/p99 latency.
"$venv/bin/python" scripts/client-tests/load_check.py "${ARMLET_LOAD_REQUESTS:-300}" "${ARMLET_LOAD_WORKERS:-4}"
