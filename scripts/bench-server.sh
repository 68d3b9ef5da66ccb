#!/usr/bin/env bash
# Server throughput with wrk (Debian's package, installed here when missing), in one run against a
# release `armlet serve` over HTTPS on a free loopback port with a fresh state directory:
#   floor  GET /metadata/endpoints (no token, no state: the cheapest route)
#   get    GET one disk (a token checked, one state read)
#   list   GET the disks of a group
#   put    PUT a new disk per request (long-running: 201/202 with Azure-AsyncOperation)
# Prints requests/s, p50 and p99 latency and non-2xx answers per route, and GET and list as a
# fraction of the floor. Usage: scripts/bench-server.sh [SECONDS=10] [CONNECTIONS=8] [THREADS=2]
# (ARMLET_BENCH_NO_BUILD=1 uses the release armlet already built, as it is.)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}" connections="${2:-8}" threads="${3:-2}"
if ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk
fi
. scripts/system-packages.sh
[ -n "${ARMLET_BENCH_NO_BUILD:-}" ] || swift build -c release --product armlet >/dev/null
bin="$(swift build -c release --product armlet --show-bin-path)/armlet"
state="$(mktemp -d)"
"$bin" serve --port 0 --state-dir "$state" >"$state/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$state"' EXIT
for _ in $(seq 1 100); do grep -q "Press Ctrl+C" "$state/serve.log" 2>/dev/null && break; sleep 0.2; done
url="$(grep -o 'https://127.0.0.1:[0-9]*' "$state/serve.log" | head -1)"
[ -n "$url" ] || { cat "$state/serve.log"; exit 1; }
ca="$state/tls/ca.pem"
tenant=00000000-0000-0000-0000-000000000000
sub=00000000-0000-0000-0000-000000000001
token="$(curl -sS --cacert "$ca" -d "grant_type=client_credentials&client_id=bench&client_secret=x&scope=https%3A%2F%2Fmanagement.azure.com%2F.default" \
    "$url/$tenant/oauth2/v2.0/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
auth="Authorization: Bearer $token"
disks="/subscriptions/$sub/resourceGroups/bench/providers/Microsoft.Compute/disks"
curl -sS --cacert "$ca" -o /dev/null -X PUT -H "$auth" -H "Content-Type: application/json" \
    -d '{"location":"westus"}' "$url/subscriptions/$sub/resourceGroups/bench?api-version=2024-11-01"
curl -sS --cacert "$ca" -o /dev/null -X PUT -H "$auth" -H "Content-Type: application/json" \
    -d '{"location":"westus","sku":{"name":"Standard_LRS"},"properties":{"creationData":{"createOption":"Empty"},"diskSizeGB":4}}' \
    "$url$disks/d1?api-version=2025-01-02"

run() { # name, extra wrk arguments..., url
    local name="$1"; shift
    local out
    out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@")"
    local rps p50 p99 bad
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    bad="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
    printf '%-6s %10s req/s  p50 %8s  p99 %8s  non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${bad:-0}"
    eval "rps_$name=$rps"
}
echo "wrk: $threads threads, $connections connections, ${seconds} s per route, against $url"
run floor "$url/metadata/endpoints?api-version=2022-09-01"
run get -H "$auth" "$url$disks/d1?api-version=2025-01-02"
run list -H "$auth" "$url$disks?api-version=2025-01-02"
cat >"$state/put.lua" <<LUA
local n = 0
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"location":"westus","sku":{"name":"Standard_LRS"},"properties":{"creationData":{"createOption":"Empty"},"diskSizeGB":4}}'
request = function()
    n = n + 1
    return wrk.format(nil, "$disks/p" .. tostring(math.random(1, 1000000000)) .. "-" .. n .. "?api-version=2025-01-02")
end
LUA
run put -s "$state/put.lua" "$url"
python3 - "$rps_floor" "$rps_get" "$rps_list" "$rps_put" <<'PY'
import sys
floor, get, listed, put = (float(x) for x in sys.argv[1:])
print(f"GET disk / floor = {get / floor:.2f}   list / floor = {listed / floor:.2f}   PUT / floor = {put / floor:.2f}")
PY
