#!/usr/bin/env bash
# The test command of the README: installs what the tests need, starts a private PostgreSQL (the
# store suites run against SQLite and PostgreSQL), runs the whole Swift suite (Swift Testing's summary
# line "Test run with N tests ... passed" is printed), then the client tests: the real Python SDKs and
# the real Azure CLI, installed from PyPI into virtual environments (reused when present), against
# `armlet serve`, two servers on one PostgreSQL, and the portal's browser test (Debian's chromium
# through Selenium). ARMLET_SKIP_CLIENT_TESTS=1 runs the Swift suite only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared ]; then
    echo "WARNING: ../shared is absent: the corpus and conformance tests will be skipped" >&2
fi
. scripts/system-packages.sh
. scripts/postgres.sh
trap stop_postgres EXIT
start_postgres fsync=off
export ARMLET_TEST_POSTGRES_URL="$ARMLET_PG_URL"
swift build --build-tests
swift test --skip-build "$@"
if [ "${ARMLET_SKIP_CLIENT_TESTS:-0}" != 1 ] && [ $# -eq 0 ]; then
    echo "## client tests: Python SDKs against armlet serve"
    bash scripts/client-tests.sh
    echo "## client tests: the real Azure CLI against armlet serve"
    bash scripts/client-tests/az-cli.sh
    echo "## client tests: two servers and the CLI on one PostgreSQL state"
    bash scripts/client-tests/postgres.sh
    echo "## browser tests: the portal in Debian's chromium (Selenium)"
    bash scripts/portal-tests.sh
fi
