#!/usr/bin/env bash
# The seed article's PowerShell path ("list incremental snapshots of a disk that have not finished
# their background copy") done with the Azure CLI's commands against Armlet: snapshots are matched
# on creationData.sourceResourceId AND creationData.sourceUniqueId, as the PowerShell script does.
# Deleting and re-creating the disk gives it a new uniqueId: its old snapshots keep the old
# sourceUniqueId and no longer match. Lines marked "armlet only" move the simulated clock or write
# the disk as its VM would (each snapshot's copy moves the 64 MiB changed since the one before).
set -euo pipefail

ARMLET="${ARMLET:-.build/debug/armlet}"
az() { "$ARMLET" "$@"; }
export ARMLET_HOME="$(mktemp -d)"
export ARMLET_CLOCK="stored:2026-01-01T00:00:00Z"
export ARMLET_COPY_MIBPS=1   # background copies move 1 MiB of changed pages per second of clock
trap 'rm -rf "$ARMLET_HOME"' EXIT

resourceGroupName="disks-rg"
diskName="data1"
az group create -n $resourceGroupName -l westus -o none
az disk create -g $resourceGroupName -n $diskName -z 64 --sku PremiumV2_LRS --logical-sector-size 4096 -o none

yourDiskId=$(az disk show -n $diskName -g $resourceGroupName --query id -o tsv)
yourDiskUniqueId=$(az disk show -n $diskName -g $resourceGroupName --query uniqueId -o tsv)
vmData="$(mktemp)"; head -c 67108864 /dev/urandom > "$vmData"   # armlet only: 64 MiB a VM writes
"$ARMLET" disk write -g $resourceGroupName -n $diskName --offset 0 --file "$vmData"   # armlet only
az snapshot create -g $resourceGroupName -n snap1 --source $yourDiskId --incremental true -o none
"$ARMLET" clock advance --seconds 120 > /dev/null   # armlet only: snap1 finishes its copy
"$ARMLET" disk write -g $resourceGroupName -n $diskName --offset 67108864 --file "$vmData"   # armlet only: 64 MiB more
rm -f "$vmData"
az snapshot create -g $resourceGroupName -n snap2 --source $yourDiskId --incremental true -o none
"$ARMLET" clock advance --seconds 16 > /dev/null    # armlet only: snap2 is a quarter done

echo "## incremental snapshots of the disk (sourceResourceId and sourceUniqueId match)"
az snapshot list -g $resourceGroupName \
  --query "[?incremental && creationData.sourceResourceId=='$yourDiskId' && creationData.sourceUniqueId=='$yourDiskUniqueId'].{Name:name, CompletionPercent:completionPercent}" -o table

echo "## those whose background copy has not finished"
az snapshot list -g $resourceGroupName \
  --query "[?incremental && creationData.sourceResourceId=='$yourDiskId' && creationData.sourceUniqueId=='$yourDiskUniqueId' && completionPercent < \`100\`].name" -o tsv

echo "## wait for the copy (armlet advances its stored clock per poll)"
az snapshot wait -g $resourceGroupName -n snap2 --custom "properties.completionPercent==\`100\`" --interval 10
az snapshot show -g $resourceGroupName -n snap2 --query [completionPercent] -o tsv

echo "## delete and re-create the disk: same id, new uniqueId"
az disk delete -g $resourceGroupName -n $diskName --yes
az disk create -g $resourceGroupName -n $diskName -z 64 --sku PremiumV2_LRS --logical-sector-size 4096 -o none
newDiskUniqueId=$(az disk show -n $diskName -g $resourceGroupName --query uniqueId -o tsv)
[ "$newDiskUniqueId" != "$yourDiskUniqueId" ] && echo "uniqueId changed"

echo "## snapshots matching the re-created disk: by id only, then by id and uniqueId"
az snapshot list -g $resourceGroupName --query "[?creationData.sourceResourceId=='$yourDiskId'].name" -o tsv
az snapshot list -g $resourceGroupName \
  --query "length([?creationData.sourceResourceId=='$yourDiskId' && creationData.sourceUniqueId=='$newDiskUniqueId'])" -o tsv
