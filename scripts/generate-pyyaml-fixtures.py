#!/usr/bin/env python3
"""Writes Tests/ArmletCLITests/Fixtures/pyyaml-cases.json: what PyYAML prints for tricky values.

The Azure CLI's `-o yaml` is knack's format_yaml:
    yaml.safe_dump(result, default_flow_style=False, allow_unicode=True)
Each case is {"input": <json>, "yaml": <what PyYAML printed>}; PythonYAMLTests renders every input
with Armlet's emitter and compares byte for byte.

Run from the repository root:  python3 scripts/generate-pyyaml-fixtures.py
"""

import json
import os

import yaml

LONG = ("The resource 'snapshot-one' could not be created because the disk it copies from is still "
        "attached to a running virtual machine; detach it or stop the machine, then try again.")
LONG_WORD = "x" * 150
SENTENCE = "the quick brown fox jumps over the lazy dog "

STRINGS = [
    # GUIDs, timestamps and dates.
    "730bdac1-2f8d-4152-bdd7-6761dc985a77",
    "12345678-1234-1234-1234-123456789012",
    "2026-01-01T00:00:00.000000+00:00",
    "2026-01-01T00:00:00Z",
    "2026-01-01 10:00:00",
    "2026-01-01t10:00:00.5 -05",
    "2026-01-01",
    "2026-1-1",
    "2026-01-01T00:00:00+0000",
    "2026-01-01T00:00:00.123+00:00x",
    # YAML 1.1 booleans and nulls.
    "yes", "Yes", "YES", "yEs", "no", "NO", "on", "On", "off", "OFF", "y", "n",
    "true", "True", "TRUE", "tRUE", "false", "null", "Null", "NULL", "nULL", "~", "",
    # Integers and floats in all their YAML 1.1 forms.
    "0x1F", "0x", "0b101", "0b2", "0o17", "0755", "0_7", "09", "1_000", "12:30", "1:30:59",
    "190:20:30", "12:60", "+1", "-1", "1", "1.5", "1e5", "1.0e+5", "1.e5", "1e+5", ".5", "._5",
    "1_000.0", "+.inf", ".Inf", ".NaN", ".nan", "-.INF", "inf", "1:20.5", "0.", "-0",
    "9223372036854775808",
    # Merge, value and the YAML documentation-only resolver.
    "<<", "<", "=", "==", "!", "&", "*",
    # Spaces and indicators.
    " lead", "trail ", "a  b", "a : b", "a: b", "a:b", "a:", "a #b", "a#b", "#a", "-a", "- a", "-",
    "--- x", "---", "...", "...x", "?", "? x", "?x", ":x", ": x", "[a]", "a[b]", "{a}", "a,b", "a, b",
    ",a", "'quoted'", "it's", "\"dq\"", "%p", "@at", "`tick", "!bang", "&amp", "*star", "|pipe",
    ">gt", "a|b", "a>b", "a!b", "a\\b", "a 'b' c",
    # Unicode and control characters.
    "é", "日本", "café au lait", "😀", "\u00a0nbsp", "a\u00a0b", "\ufeffbom", "a\u200bb", "\ue000",
    "a\tb", "\t", "\x00", "\x07", "\x1b[0m", "\x7f", "\x85", "a\x85b", "a\u2028b", "a\u2029b",
    "\r", "line1\r\nline2", "a\nb", "a\n", "\n", "\n\n", "a\n\nb", "a\n\n\nb", "a \nb", "a\n b",
    "\ta", "\U0001F600\t", "x\u0080y", "x\u0100\tz",
    # Long text: folding at column 80.
    LONG,
    LONG.replace("; ", ";\n"),
    LONG + "\n",
    "Error: " + LONG + " It's the second time.",
    LONG.replace(" ", "\t", 1),
    LONG.replace("could not", "could  not").replace("still", "still   "),
    LONG_WORD,
    LONG_WORD + " " + LONG_WORD,
    "short " + LONG_WORD,
    SENTENCE * 6,
    (SENTENCE * 3 + "\n") * 3,
    "\"" + SENTENCE * 4 + "\"",
    "line one\n" + SENTENCE * 4 + "\nline three with 'quotes'\n\n" + SENTENCE * 3,
    "tab\there " + SENTENCE * 5,
    "control \x01 " + SENTENCE * 4 + "é\u2028" + SENTENCE * 2,
    "a" * 79 + " b c",
    "a" * 78 + " b c d",
    "a" * 80 + " b",
    "x" * 40 + "\\" + " y" * 40,
    "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
    "/providers/Microsoft.Compute/snapshots/snap1?api-version=2023-10-02",
]

KEYS = {
    "b": 1, "a": 2, "C": 3, "é": 4, "_": 5, "Z": 6, "aa": 7, "a b": 8, "yes": 9, "123": 10,
    "a: b": 11, "日本": 12, "a\tb": 13, "": 14, "line\nbreak": 15, "k" * 127: 16, "j" * 122: 23, "i" * 123: 24, "q" * 128: 17,
    ("long key " * 20).strip(): 18, "it's": 19, "-": 20, "~": 21, "2026-01-01": 22,
}

SNAPSHOT = {
    "creationData": {
        "createOption": "Copy",
        "logicalSectorSize": 4096,
        "sourceResourceId": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
                            "/Microsoft.Compute/disks/disk1",
        "sourceUniqueId": "730bdac1-2f8d-4152-bdd7-6761dc985a77",
    },
    "diskSizeBytes": 34359738368,
    "diskSizeGB": 32,
    "diskState": "Unattached",
    "encryption": {"type": "EncryptionAtRestWithPlatformKey"},
    "hyperVGeneration": "V2",
    "id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
          "/Microsoft.Compute/snapshots/snap1",
    "incremental": True,
    "location": "westus",
    "name": "snap1",
    "networkAccessPolicy": "AllowAll",
    "provisioningState": "Succeeded",
    "publicNetworkAccess": "Enabled",
    "resourceGroup": "rg",
    "sku": {"name": "Standard_LRS", "tier": "Standard"},
    "tags": {"env": "dev", "owner": "team@example.com", "note": LONG},
    "timeCreated": "2026-01-01T00:00:00.000000+00:00",
    "type": "Microsoft.Compute/snapshots",
    "uniqueId": "8f7e6d5c-4b3a-2910-8f7e-6d5c4b3a2910",
    "completionPercent": 100.0,
    "supportedCapabilities": {"architecture": "x64"},
    "zones": [],
    "extendedLocation": None,
}

INPUTS = (
    [{"value": s} for s in STRINGS]
    + [
        # Top-level values.
        "abc", "a b", "yes", "", "it's", "a\nb", LONG, 100.0, 1, -42, True, False, None, [], {},
        [[]], [{}], ["a", "b"], [1, [2, [3, []]], {"x": []}],
        # Numbers.
        {"floats": [100.0, 31.25, 1e-05, 0.0001, 1e16, 1e17, 9.5e15, -0.0, 0.0, 1.5e300, 0.1,
                    123456789.123, 9007199254740993.0, 1e22, 2.5e-7, -1.25e-10, 5e-324]},
        {"ints": [0, -1, 9223372036854775807, -9223372036854775808, 34359738368]},
        # Keys, sorted by code point.
        KEYS,
        # Nesting and empty containers.
        {"a": {"b": {"c": {"d": [1, 2, {"e": [], "f": {}}]}}}},
        {"list": [[1, 2], [], [[3]], {"k": "v", "l": [{"m": None}]}]},
        [{"name": "one", "tags": {}}, {"name": "two", "tags": {"a": "b"}, "items": ["x", "y"]}],
        {"deep": [{"deeper": [{"deepest": LONG}]}]},
        {"lines": ["a\nb", LONG, "it's " + LONG, "tab\t" + LONG]},
        {"value": {"nested": {"text": (SENTENCE * 3 + "\n") * 2}}},
        # Azure-shaped results.
        SNAPSHOT,
        [SNAPSHOT, {"name": "snapshot-two", "tags": {}, "completionPercent": 42.5, "creationData": {}}],
        {"error": {"code": "OperationNotAllowed",
                   "message": "Operation 'delete' is not allowed on VM 'vm1' since the VM is marked "
                              "for deletion. You can only retry the Delete operation (or wait for an "
                              "ongoing one to complete)."}},
    ]
)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "Tests", "ArmletCLITests", "Fixtures", "pyyaml-cases.json")
    cases = [{"input": value, "yaml": yaml.safe_dump(value, default_flow_style=False, allow_unicode=True)}
             for value in INPUTS]
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases ({yaml.__version__}) -> {os.path.relpath(out, root)}")


if __name__ == "__main__":
    main()
