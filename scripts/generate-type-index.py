#!/usr/bin/env python3
"""Writes Sources/ArmletCatalog/Generated/EmbeddedTypeIndex.swift from ../shared/catalog/api-versions.json.

One line per resource type, sorted: `Type|scopes|version,version,...`, where scopes are letters
(r resourceGroup, s subscription, m managementGroup, t tenant, e extension; empty when the source
lists none). Run through scripts/generate-catalog.sh; `--check` exits 1 when the file is out of date.
"""
import json
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
source = os.path.join(root, "..", "shared", "catalog", "api-versions.json")
out = os.path.join(root, "Sources", "ArmletCatalog", "Generated", "EmbeddedTypeIndex.swift")
letters = {"resourceGroup": "r", "subscription": "s", "managementGroup": "m", "tenant": "t", "extension": "e"}

with open(source, encoding="utf-8") as f:
    types = json.load(f)
lines = []
for name in sorted(types, key=lambda t: t.lower()):
    entry = types[name]
    scopes = "".join(letters[s] for s in ("resourceGroup", "subscription", "managementGroup", "tenant", "extension")
                     if s in entry.get("scopes", []))
    versions = ",".join(entry["apiVersions"])
    for part in (name, versions):
        if "|" in part or "\n" in part or '"""' in part:
            sys.exit(f"error: unexpected character in {name!r}")
    lines.append(f"{name}|{scopes}|{versions}")
text = (
    "// GENERATED FILE — do not edit. Source: ../shared/catalog/api-versions.json.\n"
    "// Regenerate with: scripts/generate-catalog.sh\n"
    "\n"
    "/// Every Azure resource type with its writable scopes and API versions, one per line:\n"
    "/// `Type|scopes|version,version,...` (scopes: r resourceGroup, s subscription, m managementGroup,\n"
    "/// t tenant, e extension).\n"
    "enum EmbeddedTypeIndex {\n"
    "    static let text = #\"\"\"\n" + "\n".join(lines) + "\n\"\"\"#\n"
    "}\n"
)
if len(sys.argv) > 1 and sys.argv[1] == "--check":
    current = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
    if current != text:
        sys.exit(f"out of date: {out} (run scripts/generate-catalog.sh)")
    print(f"up to date: {out}")
else:
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {out}")
