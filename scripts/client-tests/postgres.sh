#!/usr/bin/env bash
# Two `armlet serve` processes and the CLI on one PostgreSQL state (issue 17): starts a private
# PostgreSQL (scripts/postgres.sh), two servers sharing one ARMLET_HOME (TLS material and signing key)
# and ARMLET_STATE_URL, runs scripts/client-tests/postgres_servers.py with the SDK venv of
# scripts/client-tests.sh, and checks that no state file appeared under ARMLET_HOME.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.venv-clients
. scripts/postgres.sh
home="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    stop_postgres
    rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
start_postgres
export ARMLET_STATE_URL="$ARMLET_PG_URL" ARMLET_HOME="$home"
swift build --product armlet
bin="$(swift build --product armlet --show-bin-path)/armlet"
start_server() {
    local name="$1"
    "$bin" serve --port 0 >"$home/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        grep -q "Press Ctrl+C" "$home/$name.log" 2>/dev/null && break
        sleep 0.2
    done
    grep -q "Press Ctrl+C" "$home/$name.log" || { cat "$home/$name.log"; echo "armlet serve $name did not start" >&2; return 1; }
}
# One after the other: the first makes the TLS material and signing key the second reuses.
start_server a
start_server b
grep -q "state: postgresql://" "$home/a.log" || { cat "$home/a.log"; echo "server a does not use PostgreSQL" >&2; exit 1; }
export ARMLET_URL_A="$(grep -o 'https://127.0.0.1:[0-9]*' "$home/a.log" | head -1)"
export ARMLET_URL_B="$(grep -o 'https://127.0.0.1:[0-9]*' "$home/b.log" | head -1)"
export ARMLET_PID_A="${pids[0]}" ARMLET_CA="$home/tls/ca.pem" ARMLET_BIN="$bin"
"$venv/bin/python" scripts/client-tests/postgres_servers.py || {
    echo "--- server a ---" >&2; tail -30 "$home/a.log" >&2; echo "--- server b ---" >&2; tail -30 "$home/b.log" >&2; exit 1; }
# Nothing of the state is kept under ARMLET_HOME: no SQLite file, no block folder.
stray="$(find "$home" \( -name 'state.sqlite*' -o -name blocks \) -print)"
[ -z "$stray" ] || { echo "FAILED: state files under ARMLET_HOME: $stray" >&2; exit 1; }
echo "ok: ARMLET_HOME holds no state file ($(ls "$home" | tr '\n' ' '))"
