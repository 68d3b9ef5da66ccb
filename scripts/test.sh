#!/usr/bin/env bash
# The test command of the README: installs what the tests need (nothing beyond Swift yet), then
# runs the whole suite. Swift Testing's summary line ("Test run with N tests ... passed") is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared ]; then
    echo "WARNING: ../shared is absent: the corpus and conformance tests will be skipped" >&2
fi
swift build --build-tests
swift test --skip-build "$@"
