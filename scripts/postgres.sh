#!/usr/bin/env bash
# A private PostgreSQL server for tests and benchmarks (sourced): installs Debian's `postgresql` when
# its binaries are missing, then `start_postgres` makes a cluster in a temporary folder (initdb, as the
# `postgres` user when run as root), starts it on a free loopback port and creates the database
# `armlet`; it sets ARMLET_PG_URL (postgresql://armlet@127.0.0.1:PORT/armlet). `stop_postgres` stops it
# and removes the folder. Extra `postgres -c` settings may be given: start_postgres fsync=off.
pg_bin=""
pg_dir=""
ensure_postgres() {
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
        echo "installing postgresql"
        SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
        $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
        pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    fi
}
# Runs a command as the cluster's owner (postgres when we are root: initdb refuses root).
as_pg_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_postgres() {
    ensure_postgres
    pg_dir="$(mktemp -d /tmp/armlet-pg.XXXXXX)"
    chmod 755 "$pg_dir"
    [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    as_pg_owner "$pg_bin/initdb" -D "$pg_dir/data" -U armlet -A trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log" >&2; return 1; }
    local options="-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    local setting
    for setting in "$@"; do options="$options -c $setting"; done
    as_pg_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "$options" -l "$pg_dir/server.log" -w start >/dev/null \
        || { cat "$pg_dir/server.log" >&2; return 1; }
    "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U armlet armlet
    export ARMLET_PG_URL="postgresql://armlet@127.0.0.1:$port/armlet"
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') at $ARMLET_PG_URL (cluster in $pg_dir)"
}
stop_postgres() {
    if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
        as_pg_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$pg_dir" ] && rm -rf "$pg_dir"
    pg_dir=""
}
