#!/usr/bin/env bash
# Scale-out benchmark (issue 17): the harness's server load phase — 8 keep-alive clients doing GET a
# disk, list the group's disks, PUT a new disk and poll it, then a lost-write check — against one
# server on SQLite, then on a private PostgreSQL (scripts/postgres.sh, default durability) with one,
# two and three servers sharing the database (clients spread over them). Prints requests/s, p50, p99,
# errors and lost writes per setup. Usage: scripts/bench-scale-out.sh [SECONDS=5] [REPETITIONS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}" repetitions="${2:-3}"
. scripts/system-packages.sh
. scripts/postgres.sh
trap stop_postgres EXIT
start_postgres
export ARMLET_BENCH_POSTGRES_URL="$ARMLET_PG_URL"
swift run -c release ArmletBenchmarks --filter "server load (8 clients, HTTPS" --load-seconds "$seconds" \
    --repetitions "$repetitions"
