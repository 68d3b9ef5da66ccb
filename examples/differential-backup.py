"""The seed's "differential capability", runnable: back up a disk to another region by moving only
the pages that changed between its incremental snapshots.

What Azure-Samples' .NET sample (managed-disks-dotnet-backup-with-incremental-snapshots) does, with
the Python SDKs, against `armlet serve`:

1. A source disk in `backup-src` (westus) is written three times, as its VM would (`armlet disk
   write`, Armlet's stand-in for the VM; the third write also trims a range), with an incremental
   snapshot after each write.
2. A target disk in `backup-dst` (eastus) is made for an upload (createOption Upload) and opened for
   writing (grant-access Write).
3. The first snapshot is copied in full: its page list (Get Page Ranges), each range in pieces of at
   most 4 MiB with Put Page From URL. Each later snapshot is copied as a diff: the managed-disk diff
   against the previous snapshot (x-ms-previous-snapshot-url) gives the changed ranges, copied the
   same way, and the cleared ranges, cleared. Unlike the sample, each piece is written at its range's
   own offset plus the piece's offset.
4. After each step the target's page list and bytes are checked against the snapshot just copied;
   at the end the upload is closed (revoke-access) and the target gets its own incremental snapshot.

Environment: ARMLET_URL (https://127.0.0.1:PORT), ARMLET_CA (the server's CA certificate), ARMLET_BIN
(the armlet executable, for `disk write`) and ARMLET_HOME (the server's state directory).
"""
import os
import subprocess
import sys
import tempfile

from azure.identity import ClientSecretCredential
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.resource.resources import ResourceManagementClient
from azure.storage.blob import BlobClient

BASE = os.environ["ARMLET_URL"]
CA = os.environ["ARMLET_CA"]
BIN = os.environ["ARMLET_BIN"]
TENANT = "00000000-0000-0000-0000-000000000000"
SUB = "00000000-0000-0000-0000-000000000001"
MiB = 1024 * 1024
CHUNK = 4 * MiB  # Put Page (From URL) moves at most 4 MiB per call

credential = ClientSecretCredential(TENANT, "11111111-1111-1111-1111-111111111111", "any-secret",
                                    authority=BASE, disable_instance_discovery=True, connection_verify=CA)
kw = dict(base_url=BASE, connection_verify=CA, polling_interval=1,
          credential_scopes=["https://management.azure.com/.default"])
resources = ResourceManagementClient(credential, SUB, **kw)
compute = ComputeManagementClient(credential, SUB, **kw)
moved = {"bytes": 0, "calls": 0}


def check(condition, what):
    if not condition:
        sys.exit("FAILED: " + what)
    print("ok -", what)


def vm_write(disk, offset, data=None, clear=None):
    """Writes (or trims) the source disk as its VM would: Armlet's `disk write`."""
    args = [BIN, "disk", "write", "-g", "backup-src", "-n", disk, "--offset", str(offset)]
    if clear is not None:
        subprocess.run(args + ["--clear", "--length", str(clear)], check=True)
        return
    with tempfile.NamedTemporaryFile(delete=False) as handle:
        handle.write(data)
    try:
        subprocess.run(args + ["--file", handle.name], check=True)
    finally:
        os.unlink(handle.name)


def incremental_snapshot(group, location, name, disk_id):
    return compute.snapshots.begin_create_or_update(group, name, {
        "location": location,
        "properties": {"incremental": True, "creationData": {"createOption": "Copy", "sourceResourceId": disk_id}},
    }).result()


def sas(kind, group, name, access="Read"):
    operations = compute.snapshots if kind == "snapshot" else compute.disks
    return operations.begin_grant_access(group, name, {"access": access, "durationInSeconds": 3600}).result().access_sas


def copy_ranges(ranges, source_sas, target):
    """Copies each range of the source into the target at the same offsets, 4 MiB at a time."""
    for page_range in ranges:
        start, end = page_range["start"], page_range["end"] + 1
        offset = start
        while offset < end:
            length = min(CHUNK, end - offset)
            # The piece lands at its own offset (range start + progress), not at the range's start.
            target.upload_pages_from_url(source_sas, offset=offset, length=length, source_offset=offset)
            moved["bytes"] += length
            moved["calls"] += 1
            offset += length


def same_contents(source, target):
    """The target lists the source's pages and holds the same bytes in them."""
    source_ranges, _ = source.get_page_ranges()
    target_ranges, _ = target.get_page_ranges()
    if source_ranges != target_ranges:
        return False
    for page_range in source_ranges:
        start, length = page_range["start"], page_range["end"] + 1 - page_range["start"]
        if source.download_blob(offset=start, length=length).readall() != \
                target.download_blob(offset=start, length=length).readall():
            return False
    return True


def main():
    resources.resource_groups.create_or_update("backup-src", {"location": "westus"})
    resources.resource_groups.create_or_update("backup-dst", {"location": "eastus"})
    disk = compute.disks.begin_create_or_update("backup-src", "data1", {
        "location": "westus", "sku": {"name": "Standard_LRS"},
        "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 1}}).result()

    # The source's life: three rounds of writes, an incremental snapshot after each.
    vm_write("data1", 0, os.urandom(3 * MiB))
    vm_write("data1", 100 * MiB, os.urandom(9 * MiB + 512))
    incremental_snapshot("backup-src", "westus", "data1-1", disk.id)
    vm_write("data1", 2 * MiB, os.urandom(512 * 1024))
    vm_write("data1", 500 * MiB, os.urandom(MiB))
    incremental_snapshot("backup-src", "westus", "data1-2", disk.id)
    vm_write("data1", 100 * MiB, clear=4 * MiB)
    vm_write("data1", 700 * MiB, os.urandom(6 * MiB))
    incremental_snapshot("backup-src", "westus", "data1-3", disk.id)

    # The sample's step 1: the disk's incremental snapshots, oldest first.
    family = sorted((s for s in compute.snapshots.list_by_resource_group("backup-src")
                     if s.properties.incremental
                     and s.properties.creation_data.source_resource_id.lower() == disk.id.lower()
                     and s.properties.creation_data.source_unique_id == disk.properties.unique_id),
                    key=lambda s: s.properties.time_created)
    check([s.name for s in family] == ["data1-1", "data1-2", "data1-3"], "three incremental snapshots, in order")

    size = BlobClient.from_blob_url(sas("snapshot", "backup-src", family[0].name),
                                    connection_verify=CA).get_blob_properties().size
    target_disk = compute.disks.begin_create_or_update("backup-dst", "data1-copy", {
        "location": "eastus", "sku": {"name": "Standard_LRS"},
        "properties": {"creationData": {"createOption": "Upload", "uploadSizeBytes": size}}}).result()
    check(target_disk.properties.disk_state == "ReadyToUpload", "the target disk waits for an upload")
    target = BlobClient.from_blob_url(sas("disk", "backup-dst", "data1-copy", access="Write"), connection_verify=CA)

    previous_sas = None
    for snapshot in family:
        snapshot_sas = sas("snapshot", "backup-src", snapshot.name)
        source = BlobClient.from_blob_url(snapshot_sas, connection_verify=CA)
        before = moved["bytes"]
        if previous_sas is None:
            ranges, _ = source.get_page_ranges()
            copy_ranges(ranges, snapshot_sas, target)
            what = "in full"
        else:
            changed, cleared = source.get_page_range_diff_for_managed_disk(previous_sas)
            for page_range in cleared:
                target.clear_page(offset=page_range["start"], length=page_range["end"] + 1 - page_range["start"])
            copy_ranges(changed, snapshot_sas, target)
            what = f"as a diff ({len(changed)} changed, {len(cleared)} cleared ranges)"
        check(same_contents(source, target),
              f"{snapshot.name} copied {what}: {(moved['bytes'] - before) // 1024} KiB moved, the target matches")
        previous_sas = snapshot_sas

    compute.disks.begin_revoke_access("backup-dst", "data1-copy").result()
    closed = compute.disks.get("backup-dst", "data1-copy")
    check(closed.properties.disk_state == "Unattached", "revoke-access closes the upload")
    copy_snapshot = incremental_snapshot("backup-dst", "eastus", "data1-copy-1", closed.id)
    check(copy_snapshot.properties.incremental and copy_snapshot.location == "eastus",
          "the copy has its own incremental snapshot in eastus")
    written = 3 * MiB + (9 * MiB + 512) + 512 * 1024 + MiB + 6 * MiB
    print(f"differential backup: {moved['bytes']} bytes moved in {moved['calls']} calls "
          f"(the VM wrote {written} bytes; a full copy of each snapshot would move {3 * size} bytes)")


if __name__ == "__main__":
    main()
