"""What the SDK client tests share: numbered checks that stop at the first failure, and the Azure SDK
clients pointed at an `armlet serve` (any client id and secret are accepted; the server's CA is trusted)."""
import sys

from azure.identity import ClientSecretCredential
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.resource.resources import ResourceManagementClient

TENANT = "00000000-0000-0000-0000-000000000000"
SUB = "00000000-0000-0000-0000-000000000001"
SCOPE = "https://management.azure.com/.default"
checks = 0


def check(condition, what):
    """Counts a passed check, or prints the failure and the tally and exits 1."""
    global checks
    if not condition:
        print(f"FAILED: {what}", file=sys.stderr)
        print(f"{checks} passed, 1 failed")
        sys.exit(1)
    checks += 1
    print(f"ok {checks}: {what}")


def finish():
    """Prints the tally of a run in which every check passed."""
    print(f"{checks} passed, 0 failed")


def credential(base, ca):
    """A client-secret credential whose authority is the server at `base`."""
    return ClientSecretCredential(TENANT, "11111111-1111-1111-1111-111111111111", "any-secret",
                                  authority=base, disable_instance_discovery=True, connection_verify=ca)


def client_options(base, ca):
    """The keyword arguments every management client takes to talk to the server at `base`."""
    return dict(base_url=base, connection_verify=ca, polling_interval=1, credential_scopes=[SCOPE])


def clients(base, ca):
    """The credential and the resource and compute clients for the server at `base`."""
    cred = credential(base, ca)
    options = client_options(base, ca)
    return cred, ResourceManagementClient(cred, SUB, **options), ComputeManagementClient(cred, SUB, **options)
