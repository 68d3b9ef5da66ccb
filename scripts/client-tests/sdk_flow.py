"""The documented incremental-snapshot workflow through the real Azure SDKs against `armlet serve`.

Environment: ARMLET_URL (https://127.0.0.1:PORT) and ARMLET_CA (the server's CA certificate).
Prints 'N passed, 0 failed' on success; exits non-zero on the first failed check.
"""
import json
import os
import time

from azure.core.exceptions import HttpResponseError
# Deployments moved out of azure-mgmt-resource into azure-mgmt-resource-deployments.
from azure.mgmt.resource.deployments import DeploymentsMgmtClient

from armlet_checks import SUB, check, client_options, clients, finish

BASE = os.environ["ARMLET_URL"]
CA = os.environ["ARMLET_CA"]

credential, resources, compute = clients(BASE, CA)
deployments = DeploymentsMgmtClient(credential, SUB, **client_options(BASE, CA))

group = resources.resource_groups.create_or_update("rg-sdk", {"location": "westus"})
check(group.name == "rg-sdk" and group.location == "westus", "resource group created")
check(resources.resource_groups.check_existence("rg-sdk"), "resource group exists")

disk = compute.disks.begin_create_or_update("rg-sdk", "disk1", {
    "location": "westus", "sku": {"name": "PremiumV2_LRS"},
    "properties": {"creationData": {"createOption": "Empty", "logicalSectorSize": 4096}, "diskSizeGB": 8}}).result()
check(disk.properties.provisioning_state == "Succeeded", "disk created")
check(disk.properties.creation_data.logical_sector_size == 4096, "disk has 4096-byte sectors")

snapshot = compute.snapshots.begin_create_or_update("rg-sdk", "snap1", {
    "location": "westus",
    "properties": {"creationData": {"createOption": "Copy", "sourceResourceId": disk.id}, "incremental": True}}).result()
check(snapshot.properties.incremental is True, "incremental snapshot created")
check(snapshot.properties.creation_data.source_resource_id.lower() == disk.id.lower(), "snapshot points at the disk")
check(snapshot.properties.creation_data.logical_sector_size == 4096, "snapshot inherits the sector size")

deadline = time.time() + 60
percent = snapshot.properties.completion_percent
while (percent is None or percent < 100) and time.time() < deadline:
    time.sleep(0.5)
    percent = compute.snapshots.get("rg-sdk", "snap1").properties.completion_percent
check(percent == 100, f"completion_percent reached 100 (last {percent})")

listed = [s for s in compute.snapshots.list_by_resource_group("rg-sdk")
          if s.properties.creation_data.source_resource_id.lower() == disk.id.lower() and s.properties.incremental]
check([s.name for s in listed] == ["snap1"], "list filtered by source and incremental")
check(any(s.name == "snap1" for s in compute.snapshots.list()), "listed in the subscription")

compute.snapshots.begin_delete("rg-sdk", "snap1").result()
check(all(s.name != "snap1" for s in compute.snapshots.list_by_resource_group("rg-sdk")), "snapshot deleted")
compute.disks.begin_delete("rg-sdk", "disk1").result()
resources.resource_groups.begin_delete("rg-sdk").result()
check(not resources.resource_groups.check_existence("rg-sdk"), "resource group deleted")

# The same workflow as ARM template deployments (the corrected seed template).
TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Templates")


def template(name):
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as f:
        return json.load(f)


resources.resource_groups.create_or_update("rg-deploy", {"location": "westus"})
deployed = deployments.deployments.begin_create_or_update("rg-deploy", "disk", {"properties": {
    "mode": "Incremental", "template": template("premium-v2-disk.json"),
    "parameters": {"diskName": {"value": "disk2"}}}}).result()
check(deployed.properties.provisioning_state == "Succeeded", "disk template deployed")
disk2 = compute.disks.get("rg-deploy", "disk2")
check(disk2.sku.name == "PremiumV2_LRS", "deployed disk is Premium SSD v2")

snapshot_parameters = {"diskName": {"value": "disk2"}, "diskResourceId": {"value": disk2.id}}
deployed = deployments.deployments.begin_create_or_update("rg-deploy", "snap", {"properties": {
    "mode": "Incremental", "template": template("incremental-snapshot.corrected.json"),
    "parameters": snapshot_parameters}}).result()
check(deployed.properties.provisioning_state == "Succeeded", "snapshot template deployed")
check(deployed.properties.parameters["diskName"]["value"] == "disk2", "deployment echoes its parameters")
snap2 = compute.snapshots.get("rg-deploy", "disk2_snapshot1")
check(snap2.properties.incremental is True, "deployed snapshot is incremental")
check(snap2.properties.creation_data.source_resource_id.lower() == disk2.id.lower(), "deployed snapshot's source")
check(snap2.properties.creation_data.source_unique_id == disk2.properties.unique_id, "deployed snapshot's sourceUniqueId")
check(snap2.location == "westus", "deployed snapshot's location")
operations = list(deployments.deployment_operations.list("rg-deploy", "snap"))
check(any(o.properties.target_resource and o.properties.target_resource.resource_name == "disk2_snapshot1"
          for o in operations), "deployment operations list the snapshot")
check([d.name for d in deployments.deployments.list_by_resource_group("rg-deploy")] == ["disk", "snap"],
      "deployments listed")

documented = {"properties": {"mode": "Incremental", "template": template("incremental-snapshot.json"),
                             "parameters": snapshot_parameters}}
try:
    outcome = deployments.deployments.begin_validate("rg-deploy", "documented", documented).result()
    error = outcome.error
except HttpResponseError as e:
    error = e.error
check(error is not None and error.code == "InvalidTemplateDeployment", "documented template fails validation")
check("2022-03-02" in json.dumps(error.as_dict() if hasattr(error, "as_dict") else str(error), default=str)
      or "2022-03-02" in str(error), "validation suggests api-version 2022-03-02")

what_if = deployments.deployments.begin_what_if("rg-deploy", "snap", {"properties": {
    "mode": "Incremental", "template": template("incremental-snapshot.corrected.json"),
    "parameters": snapshot_parameters}}).result()
check(what_if.status == "Succeeded", "what-if succeeded")
check([c.change_type for c in what_if.changes if "disk2_snapshot1" in c.resource_id] == ["NoChange"],
      "what-if of the deployed snapshot template shows NoChange")

listed = [r.name for r in resources.resources.list_by_resource_group("rg-deploy")]
check(sorted(listed) == ["disk2", "disk2_snapshot1"], "Resources_ListByResourceGroup lists the group's resources")
filtered = [r.name for r in resources.resources.list(filter="resourceType eq 'Microsoft.Compute/snapshots'")]
check(filtered == ["disk2_snapshot1"], "Resources_List filters by resource type")

resources.resource_groups.begin_delete("rg-deploy").result()
check(not resources.resource_groups.check_existence("rg-deploy"), "deployment group deleted")

# A subscription deployment: a resource group, and a disk deployed into it by a nested deployment.
sub = deployments.deployments.begin_create_or_update_at_subscription_scope("sub-sdk", {
    "location": "westus", "properties": {"mode": "Incremental",
                                         "template": template("subscription-group-and-disk.json"),
                                         "parameters": {"groupName": {"value": "rg-sub-sdk"}}}}).result()
check(sub.properties.provisioning_state == "Succeeded" and sub.location == "westus", "subscription deployment succeeded")
check(sub.properties.outputs["diskId"]["value"].lower().endswith("/resourcegroups/rg-sub-sdk/providers/microsoft.compute/disks/contosodisk1"),
      "subscription deployment's outputs read the nested deployment")
check(compute.disks.get("rg-sub-sdk", "contosodisk1").disk_size_gb == 4, "the nested deployment's disk exists")
sub_operations = [o.properties.target_resource.resource_type
                  for o in deployments.deployment_operations.list_at_subscription_scope("sub-sdk")]
check(sub_operations == ["Microsoft.Resources/resourceGroups", "Microsoft.Resources/deployments"],
      "subscription deployment operations")
resources.resource_groups.begin_delete("rg-sub-sdk").result()
deployments.deployments.begin_delete_at_subscription_scope("sub-sdk").result()
check([d.name for d in deployments.deployments.list_at_subscription_scope()] == [], "subscription deployment deleted")

finish()
