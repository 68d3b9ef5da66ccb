#!/usr/bin/env bash
# The main job of the README: builds Armlet in release mode and runs the documented
# incremental-snapshot workflow as real deployments (examples/deploy-seed.sh): a resource group, a
# Premium SSD v2 disk, the corrected snapshot template deployed, and the template as documented
# rejected by preflight with ARM's NoRegisteredProviderFound and the "Did you mean" hint.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product armlet
bash examples/deploy-seed.sh .build/release/armlet
