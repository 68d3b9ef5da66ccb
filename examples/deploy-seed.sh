#!/usr/bin/env bash
# The documented incremental-snapshot workflow as a real deployment, on the embedded SQLite state in
# a fresh state directory:
#   1. create a resource group,
#   2. deploy a Premium SSD v2 disk (4096-byte sectors) from Templates/premium-v2-disk.json,
#   3. read its id from the deployment's outputs,
#   4. deploy the documented snapshot template with its apiVersion corrected to 2022-03-02 and print
#      the deployment,
#   5. list the deployment's operations,
#   6. show that the template exactly as documented (apiVersion 2022-03-22) fails preflight with ARM's
#      NoRegisteredProviderFound and the hint; the script goes on after that expected failure.
# Usage: examples/deploy-seed.sh [path/to/armlet]   (default: .build/release/armlet, else `armlet`)
set -euo pipefail
cd "$(dirname "$0")/.."
armlet=${1:-.build/release/armlet}
[ -x "$armlet" ] || armlet=armlet

state=$(mktemp -d)
export ARMLET_HOME="$state"
group=snapshots-rg
disk=contosodisk1
echo "== state directory: $state"

echo "== armlet group create -n $group -l westus"
"$armlet" group create -n "$group" -l westus

echo "== armlet deployment group create -g $group -f Templates/premium-v2-disk.json -p diskName=$disk"
"$armlet" deployment group create -g "$group" -f Templates/premium-v2-disk.json -p diskName="$disk" \
    --query "{name:name, state:properties.provisioningState, outputs:properties.outputs}"

diskId=$("$armlet" deployment group show -g "$group" -n premium-v2-disk \
    --query properties.outputs.diskId.value -o tsv)
echo "== disk id: $diskId"

echo "== armlet deployment group create -g $group -n incremental-snapshot" \
     "-f Templates/incremental-snapshot.corrected.json --parameters diskName=$disk diskResourceId=\$diskId"
"$armlet" deployment group create -g "$group" -n incremental-snapshot -f Templates/incremental-snapshot.corrected.json \
    --parameters diskName="$disk" diskResourceId="$diskId"

echo "== armlet deployment operation group list -g $group -n incremental-snapshot -o table"
"$armlet" deployment operation group list -g "$group" -n incremental-snapshot \
    --query "[].{resource:properties.targetResource.resourceName, type:properties.targetResource.resourceType, state:properties.provisioningState, status:properties.statusCode}" \
    -o table

echo "== the documented template as written (apiVersion 2022-03-22): preflight must fail"
set +e
"$armlet" deployment group create -g "$group" -f Templates/incremental-snapshot.json \
    --parameters diskName="$disk" diskResourceId="$diskId"
status=$?
set -e
echo "== exit code $status (expected 1)"
[ "$status" -ne 0 ]
