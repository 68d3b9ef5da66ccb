#!/usr/bin/env bash
# Installs the Debian packages building and testing Armlet need, when they are missing (sourced by
# scripts/main-job.sh and scripts/test.sh): the state store links the system SQLite, and some tests
# drive a second process through the sqlite3 shell.
need=()
[ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
