"""The data plane with the real azure-storage-blob client (issue 15's acceptance scenario).

Control plane through the `armlet` CLI on the server's state directory, data through the SAS URLs
that grant-access returns, served by `armlet serve`. Environment: ARMLET_BIN, ARMLET_HOME (the
server's state directory), ARMLET_CA (its CA certificate).
"""
import json
import os
import subprocess
import sys
import tempfile

from azure.core.exceptions import HttpResponseError
from azure.storage.blob import BlobClient

BIN = os.environ["ARMLET_BIN"]
CA = os.environ["ARMLET_CA"]
MiB = 1024 * 1024


def armlet(*args):
    result = subprocess.run([BIN, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"armlet {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return json.loads(result.stdout) if result.stdout.strip() else None


def blob(sas):
    return BlobClient.from_blob_url(sas, connection_verify=CA)


def check(condition, message):
    if not condition:
        sys.exit("FAILED: " + message)
    print("ok -", message)


def pattern(seed, length):
    return bytes((seed + i * 7) % 251 for i in range(length))


def main():
    armlet("group", "create", "-n", "dp-rg", "-l", "eastus", "-o", "none")
    size = 64 * MiB + 512
    disk = armlet("disk", "create", "-g", "dp-rg", "-n", "up1", "--upload-type", "Upload",
                  "--upload-size-bytes", str(size), "--sku", "Standard_LRS")
    check(disk["diskState"] == "ReadyToUpload", "an Upload disk starts ReadyToUpload")
    sas = armlet("disk", "grant-access", "-g", "dp-rg", "-n", "up1", "--access-level", "Write",
                 "--duration-in-seconds", "3600")["accessSAS"]
    check(armlet("disk", "show", "-g", "dp-rg", "-n", "up1")["diskState"] == "ActiveUpload",
          "a Write grant makes it ActiveUpload")
    client = blob(sas)
    check(client.get_blob_properties().size == size, "HEAD reports the upload size")
    first, second = pattern(1, MiB), pattern(2, MiB)
    client.upload_page(first, offset=0, length=MiB)
    client.upload_page(second, offset=8 * MiB, length=MiB)
    armlet("disk", "revoke-access", "-g", "dp-rg", "-n", "up1")
    check(armlet("disk", "show", "-g", "dp-rg", "-n", "up1")["diskState"] == "Unattached",
          "revoke-access ends the upload: Unattached")
    try:
        client.upload_page(first, offset=0, length=MiB)
        check(False, "a revoked SAS is refused")
    except HttpResponseError as error:
        check(error.status_code == 403 and error.error_code == "AuthenticationFailed",
              "a revoked SAS gets 403 AuthenticationFailed")

    armlet("snapshot", "create", "-g", "dp-rg", "-n", "s1", "--source", "up1", "--incremental", "true", "-o", "none")
    with tempfile.NamedTemporaryFile(delete=False) as handle:
        later = pattern(3, 512 * 1024)
        handle.write(later)
    armlet("disk", "write", "-g", "dp-rg", "-n", "up1", "--offset", str(2 * MiB), "--file", handle.name)
    os.unlink(handle.name)
    armlet("snapshot", "create", "-g", "dp-rg", "-n", "s2", "--source", "up1", "--incremental", "true", "-o", "none")

    sas1 = armlet("snapshot", "grant-access", "-g", "dp-rg", "-n", "s1", "--duration-in-seconds", "3600")["accessSAS"]
    sas2 = armlet("snapshot", "grant-access", "-g", "dp-rg", "-n", "s2", "--duration-in-seconds", "3600")["accessSAS"]
    s1, s2 = blob(sas1), blob(sas2)
    ranges, cleared = s2.get_page_range_diff_for_managed_disk(sas1)
    check(ranges == [{"start": 2 * MiB, "end": 2 * MiB + 512 * 1024 - 1}] and cleared == [],
          f"the managed-disk diff of s2 since s1 is exactly [2 MiB, 2.5 MiB): {ranges} {cleared}")
    listed, _ = s1.get_page_ranges()
    check(listed == [{"start": 0, "end": MiB - 1}, {"start": 8 * MiB, "end": 9 * MiB - 1}],
          f"s1's page list is exactly what was uploaded: {listed}")
    check(s1.download_blob(offset=0, length=MiB).readall() == first, "s1 reads the first upload")
    check(s1.download_blob(offset=8 * MiB, length=MiB).readall() == second, "s1 reads the second upload")
    check(s1.download_blob(offset=2 * MiB, length=512 * 1024).readall() == bytes(512 * 1024),
          "s1 does not see the later write (zeros)")
    check(s2.download_blob(offset=2 * MiB, length=512 * 1024).readall() == later, "s2 sees the later write")
    check(s2.download_blob(offset=MiB - 100, length=200).readall() == first[-100:] + bytes(100),
          "an unaligned ranged read crosses from data into zeros")
    try:
        blob(sas1.replace("sig=", "sig=AAAA")).get_blob_properties()
        check(False, "a wrong signature is refused")
    except HttpResponseError as error:
        check(error.status_code == 403, "a wrong signature gets 403")
    print("data plane: all checks passed")


if __name__ == "__main__":
    main()
