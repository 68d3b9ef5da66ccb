#!/usr/bin/env python3
"""Turns merged.json (from extract.py) into Schemas/resource-types/Microsoft.Compute.{disks,snapshots}.json,
adding what the SDK models do not carry: service defaults, create-only marks and the supported locations."""
import json, sys, collections
MERGED, OUT = sys.argv[1], sys.argv[2]  # usage: python3 diskrp_emit.py merged.json ../resource-types
VERSIONS = ["2016-04-30-preview", "2017-03-30", "2018-04-01", "2018-06-01", "2018-09-30", "2019-03-01",
            "2019-07-01", "2019-11-01", "2020-05-01", "2020-06-30", "2020-09-30", "2020-12-01", "2021-04-01",
            "2021-08-01", "2021-12-01", "2022-03-02", "2022-07-02", "2023-01-02", "2023-04-02", "2023-10-02",
            "2024-03-02", "2025-01-02", "2026-03-02"]
# From a real NoRegisteredProviderFound answer for type 'snapshots' (Dec 2023, quoted in
# cloudfoundry/bosh-azure-cpi-release PR #688); disks share the Microsoft.Compute regional footprint.
LOCATIONS = "southeastasia, eastus2, centralus, westeurope, eastus, northcentralus, southcentralus, westus, northeurope, eastasia, brazilsouth, westus2, westcentralus, ukwest, uksouth, japaneast, japanwest, canadacentral, canadaeast, centralindia, southindia, australiaeast, australiasoutheast, koreacentral, koreasouth, westindia, francecentral, southafricanorth, uaenorth, australiacentral, switzerlandnorth, germanywestcentral, norwayeast, jioindiawest, westus3, swedencentral, qatarcentral, polandcentral, italynorth, israelcentral".split(", ")
ANNOTATIONS = {
    "disks": {
        "defaults": {"sku.name": "Standard_LRS", "properties.encryption": {"type": "EncryptionAtRestWithPlatformKey"},
                     "properties.encryption.type": "EncryptionAtRestWithPlatformKey",
                     "properties.networkAccessPolicy": "AllowAll", "properties.publicNetworkAccess": "Enabled",
                     "properties.diskState": "Unattached"},
        "immutable": ["location", "zones", "extendedLocation", "properties.creationData",
                      "properties.hyperVGeneration", "properties.securityProfile"],
    },
    "snapshots": {
        "defaults": {"sku.name": "Standard_LRS", "properties.encryption": {"type": "EncryptionAtRestWithPlatformKey"},
                     "properties.encryption.type": "EncryptionAtRestWithPlatformKey",
                     "properties.networkAccessPolicy": "AllowAll", "properties.publicNetworkAccess": "Enabled",
                     "properties.incremental": False, "properties.diskState": "Unattached"},
        "immutable": ["location", "extendedLocation", "properties.creationData", "properties.hyperVGeneration",
                      "properties.incremental", "properties.purchasePlan", "properties.securityProfile"],
    },
}
ORDER = ["type", "format", "enum", "enumSince", "required", "readOnly", "immutable", "default", "since",
         "removedIn", "properties", "items", "additionalProperties"]


def clean(node, parent_since, parent_ro, path, ann):
    since = node.get("since", parent_since)
    ro = node.get("readOnly", False) or parent_ro
    out = {}
    t = node.get("type", "any")
    out["type"] = t
    if node.get("format") in ("date-time", "int64"):
        out["format"] = node["format"]
    if "enumSince" in node:
        out["enum"] = list(node["enumSince"].keys())
        later = {v: s for v, s in node["enumSince"].items() if VERSIONS.index(s) > VERSIONS.index(since)}
        if later:
            out["enumSince"] = later
    if node.get("required") and not ro:
        out["required"] = True
    if node.get("readOnly") and not parent_ro:
        out["readOnly"] = True
    if path in ann["immutable"]:
        out["immutable"] = True
    if path in ann["defaults"]:
        out["default"] = ann["defaults"][path]
    if "since" in node and VERSIONS.index(node["since"]) > VERSIONS.index(parent_since):
        out["since"] = node["since"]
    if "removedIn" in node:
        out["removedIn"] = node["removedIn"]
    if "properties" in node:
        out["properties"] = collections.OrderedDict(
            (k, clean(v, since, ro, (path + "." if path else "") + k, ann)) for k, v in node["properties"].items())
    if "items" in node:
        out["items"] = clean(node["items"], since, ro, path + "[]", ann)
    if "additionalProperties" in node:
        out["additionalProperties"] = clean(node["additionalProperties"], since, ro, path + "{}", ann)
    if t == "object" and "properties" not in out and "additionalProperties" not in out:
        out["additionalProperties"] = {"type": "any"}
    return {k: out[k] for k in ORDER if k in out}


merged = json.load(open(MERGED))
for rtype in ("disks", "snapshots"):
    tree = merged[rtype]["tree"]
    body = clean(tree, VERSIONS[0], False, "", ANNOTATIONS[rtype])
    body["properties"]["properties"]["required"] = True
    body["properties"]["properties"] = {k: body["properties"]["properties"][k] for k in ORDER if k in body["properties"]["properties"]}
    doc = collections.OrderedDict()
    doc["type"] = "Microsoft.Compute/" + rtype
    doc["apiVersions"] = VERSIONS
    doc["locations"] = LOCATIONS
    doc["sources"] = [
        "Azure/azure-rest-api-specs: specification/compute/resource-manager/Microsoft.Compute/DiskRP/{preview,stable}/<version>/ and Microsoft.Compute/Compute/stable/2026-03-02/DiskRP.json",
        "azure-mgmt-compute 29.1.0, 30.6.0, 34.1.0, 38.0.0, 39.0.0 (models generated from those specs)",
        "NoRegisteredProviderFound answer quoted in cloudfoundry/bosh-azure-cpi-release PR #688 (locations)",
    ]
    doc["body"] = body
    with open(f"{OUT}/Microsoft.Compute.{rtype}.json", "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
print("ok")
