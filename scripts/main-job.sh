#!/usr/bin/env bash
# The main job of the README: builds the `armlet` command (debug, the build the test command reuses,
# so running both on a fresh machine builds the dependencies once) and runs the documented
# incremental-snapshot workflow as real deployments (examples/deploy-seed.sh): a resource group, a
# Premium SSD v2 disk, the corrected snapshot template deployed, and the template as documented
# rejected by preflight with ARM's NoRegisteredProviderFound and the "Did you mean" hint.
# (Benchmarks build in release: see the README's Benchmarks section.)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/system-packages.sh
swift build --product armlet
bash examples/deploy-seed.sh "$(swift build --product armlet --show-bin-path)/armlet"
