"""Two `armlet serve` processes and the CLI on one PostgreSQL state (issue 17's checks).

Environment: ARMLET_URL_A, ARMLET_URL_B (https://127.0.0.1:PORT of each server), ARMLET_PID_A (the
first server's pid, killed with SIGKILL mid-deployment), ARMLET_CA, ARMLET_BIN (the armlet binary; the
CLI reads ARMLET_STATE_URL like the servers). Prints 'N passed, 0 failed'; exits non-zero on a failure.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

import requests
from azure.storage.blob import BlobClient

from armlet_checks import SCOPE, SUB, check, clients, finish

A, B = os.environ["ARMLET_URL_A"], os.environ["ARMLET_URL_B"]
CA = os.environ["ARMLET_CA"]
BIN = os.environ["ARMLET_BIN"]


def cli(*args):
    done = subprocess.run([BIN, *args], capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
    return done


def on(base, sas):
    """The SAS URL with its scheme, host and port replaced by `base`'s."""
    parts, target = urllib.parse.urlsplit(sas), urllib.parse.urlsplit(base)
    return urllib.parse.urlunsplit((target.scheme, target.netloc, parts.path, parts.query, parts.fragment))


cred_a, res_a, compute_a = clients(A, CA)
cred_b, res_b, compute_b = clients(B, CA)

# A token from one server is accepted by the other: they share ARMLET_HOME's signing key.
token_a = cred_a.get_token(SCOPE).token
shown = requests.get(f"{B}/subscriptions/{SUB}?api-version=2022-12-01", verify=CA,
                     headers={"Authorization": f"Bearer {token_a}"})
check(shown.status_code == 200, "server B accepts a token server A issued")

# A group and an upload disk made through A, seen through B and the CLI.
res_a.resource_groups.create_or_update("rg-pg", {"location": "westus"})
check(res_b.resource_groups.check_existence("rg-pg"), "a group created through A exists through B")
size = 20 * 1024 * 1024 + 512
compute_a.disks.begin_create_or_update("rg-pg", "up", {
    "location": "westus", "sku": {"name": "Standard_LRS"},
    "properties": {"creationData": {"createOption": "Upload", "uploadSizeBytes": size}}}).result()
check(compute_b.disks.get("rg-pg", "up").disk_state == "ReadyToUpload", "the upload disk is ReadyToUpload through B")

# Written through A's data plane, read through B's and the CLI's grant.
write = compute_a.disks.begin_grant_access("rg-pg", "up", {"access": "Write", "durationInSeconds": 3600}).result()
payload = bytes(range(256)) * 4096  # 1 MiB
BlobClient.from_blob_url(on(A, write.access_sas), connection_verify=CA).upload_page(payload, offset=4096, length=len(payload))
compute_b.disks.begin_revoke_access("rg-pg", "up").result()
check(compute_a.disks.get("rg-pg", "up").disk_state == "Unattached", "revoked through B, A sees Unattached")
shown = cli("disk", "show", "-g", "rg-pg", "-n", "up", "--query", "diskState", "-o", "tsv")
check(shown.returncode == 0 and shown.stdout.strip() == "Unattached", "the CLI on the same state sees Unattached")
granted = cli("disk", "grant-access", "-g", "rg-pg", "-n", "up", "--access-level", "Read", "--duration-in-seconds", "600",
              "--query", "accessSAS", "-o", "tsv")
check(granted.returncode == 0 and granted.stdout.startswith("https://"), "the CLI grants read access")
read = BlobClient.from_blob_url(on(B, granted.stdout.strip()), connection_verify=CA)
check(read.download_blob(offset=4096, length=len(payload)).readall() == payload,
      "bytes written through A read back through B with the CLI's SAS")
ranges = read.get_page_ranges()[0]
check([(r["start"], r["end"]) for r in ranges] == [(4096, 4096 + len(payload) - 1)], "the page list shows exactly the write")

# Ten incremental snapshots of one disk at once, alternately through A and B: exactly 7 succeed.
compute_a.disks.begin_create_or_update("rg-pg", "src", {
    "location": "westus", "sku": {"name": "PremiumV2_LRS"},
    "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 8}}).result()
disk_id = f"/subscriptions/{SUB}/resourceGroups/rg-pg/providers/Microsoft.Compute/disks/src"
tokens = {A: token_a, B: cred_b.get_token(SCOPE).token}
statuses = [None] * 10
barrier = threading.Barrier(10)


def snapshot(i):
    base = A if i % 2 == 0 else B
    body = {"location": "westus", "properties": {"incremental": True,
                                                 "creationData": {"createOption": "Copy", "sourceResourceId": disk_id}}}
    url = f"{base}/subscriptions/{SUB}/resourceGroups/rg-pg/providers/Microsoft.Compute/snapshots/s{i}?api-version=2023-10-02"
    barrier.wait()
    answer = requests.put(url, json=body, verify=CA, headers={"Authorization": f"Bearer {tokens[base]}"})
    statuses[i] = (answer.status_code, answer.json().get("error", {}).get("code"))


threads = [threading.Thread(target=snapshot, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
succeeded = [s for s in statuses if s[0] in (200, 201, 202)]
refused = [s for s in statuses if s[0] == 409 and s[1] == "OperationNotAllowed"]
print("snapshot answers:", statuses)
check(len(succeeded) == 7 and len(refused) == 3, "10 concurrent incremental snapshots on two servers: exactly 7 succeed")
listed = [s.name for s in compute_b.snapshots.list_by_resource_group("rg-pg")]
check(len(listed) == 7, "exactly 7 snapshots are stored")

# A deployment through A, A killed with SIGKILL while it runs: B goes on serving, and a rerun of the
# same deployment through B converges (the dead server's lease is taken over).
count = 40
template = {
    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    "contentVersion": "1.0.0.0",
    "resources": [{"type": "Microsoft.Compute/disks", "apiVersion": "2023-10-02", "name": "[concat('k', copyIndex())]",
                   "location": "westus", "sku": {"name": "Standard_LRS"},
                   "copy": {"name": "disks", "count": count},
                   "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}],
}
deployment_url = f"/subscriptions/{SUB}/resourcegroups/rg-pg/providers/Microsoft.Resources/deployments/killed?api-version=2024-03-01"
body = {"properties": {"mode": "Incremental", "template": template}}


def start_deployment():
    try:
        requests.put(A + deployment_url, json=body, verify=CA, headers={"Authorization": f"Bearer {token_a}"}, timeout=30)
    except requests.RequestException:
        pass  # the server died under it


sender = threading.Thread(target=start_deployment)
sender.start()
time.sleep(0.25)
os.kill(int(os.environ["ARMLET_PID_A"]), signal.SIGKILL)
sender.join()
check(res_b.resource_groups.check_existence("rg-pg"), "server B goes on serving after A is killed")
left = [d.name for d in compute_b.disks.list_by_resource_group("rg-pg") if d.name.startswith("k")]
print(f"disks the killed deployment had made: {len(left)} of {count}")
rerun = requests.put(B + deployment_url, json=body, verify=CA, headers={"Authorization": f"Bearer {tokens[B]}"})
check(rerun.status_code in (200, 201), f"the deployment is taken over through B ({rerun.status_code} {rerun.text[:200]})")
deadline = time.time() + 120
state = None
while time.time() < deadline:
    state = requests.get(B + deployment_url, verify=CA, headers={"Authorization": f"Bearer {tokens[B]}"}).json()
    if state["properties"]["provisioningState"] in ("Succeeded", "Failed", "Canceled"):
        break
    time.sleep(0.5)
check(state["properties"]["provisioningState"] == "Succeeded", "the rerun through B succeeds")
names = sorted(d.name for d in compute_b.disks.list_by_resource_group("rg-pg") if d.name.startswith("k"))
check(names == sorted(f"k{i}" for i in range(count)), f"all {count} disks exist exactly once")
check(all(d.provisioning_state == "Succeeded" for d in compute_b.disks.list_by_resource_group("rg-pg")),
      "every disk is Succeeded (no half-made resource)")
finish()
