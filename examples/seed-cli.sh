#!/usr/bin/env bash
# The Azure CLI blocks of the seed article ("Create an incremental snapshot for managed disks"),
# run unchanged against Armlet. Only the `az` function, an isolated state, a stored clock and the
# set-up of a resource group and a Premium SSD v2 disk holding 64 MiB of data come first; placeholder values are replaced
# with real ones as the article tells the reader to. Lines marked "armlet only" are not part of the
# seed: they move the simulated clock so the background copy can be seen progressing.
set -euo pipefail

ARMLET="${ARMLET:-.build/debug/armlet}"
if [ "${ARMLET_SEED_AZ:-armlet}" = armlet ]; then
    az() { "$ARMLET" "$@"; }
    export ARMLET_HOME="$(mktemp -d)"
    export ARMLET_CLOCK="stored:2026-01-01T00:00:00Z"
    export ARMLET_COPY_MIBPS=1   # background copies move 1 MiB of changed pages per second of clock
    trap 'rm -rf "$ARMLET_HOME"' EXIT
fi
# ARMLET_SEED_AZ=real: the real Azure CLI on PATH, logged in to `armlet serve`, whose state directory
# and stored clock ARMLET_HOME and ARMLET_CLOCK name (see scripts/client-tests/az-seed.sh).

echo "## set-up (not part of the seed)"
az group create -n disks-rg -l westus --query properties.provisioningState -o tsv
az disk create -g disks-rg -n data1 --size-gb 64 --sku PremiumV2_LRS --logical-sector-size 4096 \
  --query "[name, sku.name, creationData.logicalSectorSize]" -o tsv
# armlet only: 64 MiB written to the disk as its VM would, so the snapshot's copy has data to move.
vmData="$(mktemp)"; head -c 67108864 /dev/urandom > "$vmData"
"$ARMLET" disk write -g disks-rg -n data1 --offset 0 --file "$vmData"; rm -f "$vmData"
# The article's last block names its group and snapshot literally.
az group create -n resourcegroupname -l westus --query properties.provisioningState -o tsv
az disk create -g resourcegroupname -n sourcedisk -z 8 --sku PremiumV2_LRS --logical-sector-size 4096 -o none
az snapshot create -g resourcegroupname -n snapshotname --source sourcedisk --incremental true -o none

echo "## seed block 1: create an incremental snapshot"
# Declare variables
diskName="data1"
resourceGroupName="disks-rg"
snapshotName="snap1"

# Get the disk you need to backup
yourDiskID=$(az disk show -n $diskName -g $resourceGroupName --query "id" --output tsv)

# Create the snapshot
az snapshot create -g $resourceGroupName -n $snapshotName --source $yourDiskID --incremental true

echo "## seed block 2: list the disk's incremental snapshots"
# Declare variables and create snapshot list
subscriptionId="00000000-0000-0000-0000-000000000001"
resourceGroupName="disks-rg"
diskName="data1"

az account set --subscription $subscriptionId

diskId=$(az disk show -n $diskName -g $resourceGroupName --query [id] -o tsv)

az snapshot list --query "[?creationData.sourceResourceId=='$diskId' && incremental]" -g $resourceGroupName --output table

echo "## seed block 3: status of an individual snapshot, as the copy runs"
sourceSnapshotName="snap1"
for step in 1 2 3 4; do
az snapshot show -n $sourceSnapshotName -g $resourceGroupName --query [completionPercent] -o tsv
"$ARMLET" clock advance --seconds 20 > /dev/null   # armlet only: move the simulated clock
done
az snapshot show -n $sourceSnapshotName -g $resourceGroupName --query [completionPercent] -o tsv

echo "## seed block 4: status of a disk"
subscriptionId=00000000-0000-0000-0000-000000000001
resourceGroupName=disks-rg
diskName=data1

az account set --subscription $subscriptionId

az disk show -n $diskName -g $resourceGroupName --query [completionPercent] -o tsv

echo "## seed block 5: logical sector size of a snapshot"
az snapshot show -g resourcegroupname -n snapshotname --query [creationData.logicalSectorSize] -o tsv
