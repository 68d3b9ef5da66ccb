#!/usr/bin/env python3
"""Writes the seed inputs of each fuzz target under OUT/<target>/ from the repository's own material
and ../shared: corpus templates (JSON and template targets), YAML templates and fixtures, the
template-language expressions found in the corpus, and the JMESPath compliance cases."""
import glob
import hashlib
import json
import os
import re
import sys

out = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), "shared")
MAX = 16384


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data or len(data) > MAX:
        return
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


templates = sorted(glob.glob(os.path.join(shared, "corpus/templates/*.json")))
templates += sorted(glob.glob(os.path.join(root, "Templates/*.json")))
expressions = set()
for path in templates:
    text = open(path, encoding="utf-8", errors="replace").read()
    put("json", text)
    put("template", text)
    for match in re.finditer(r'"\[((?:[^"\\]|\\.)*)\]"', text):
        try:
            expressions.add(json.loads('"' + match.group(1) + '"'))
        except ValueError:
            pass
for expression in sorted(expressions)[:4000]:
    put("expression", expression)

def block_yaml(value, indent=""):
    """`value` as block-style YAML (plain enough that no YAML library is needed)."""
    if isinstance(value, dict) and value:
        lines = []
        for key, item in value.items():
            head = indent + json.dumps(key) + ":"
            if isinstance(item, (dict, list)) and item:
                lines.append(head + "\n" + block_yaml(item, indent + "  "))
            else:
                lines.append(head + " " + json.dumps(item))
        return "\n".join(lines)
    if isinstance(value, list) and value:
        lines = []
        for item in value:
            if isinstance(item, (dict, list)) and item:
                inner = block_yaml(item, indent + "  ")
                lines.append(indent + "- " + inner.lstrip())
            else:
                lines.append(indent + "- " + json.dumps(item))
        return "\n".join(lines)
    return indent + json.dumps(value)


for path in templates[:300]:
    try:
        put("yaml", block_yaml(json.load(open(path, encoding="utf-8"))) + "\n")
    except ValueError:
        pass
cases = os.path.join(root, "Tests/ArmletCLITests/Fixtures/pyyaml-cases.json")
if os.path.exists(cases):
    for case in json.load(open(cases, encoding="utf-8")):
        put("yaml", case.get("yaml", ""))

for path in glob.glob(os.path.join(root, "**/*.yaml"), recursive=True) + \
        glob.glob(os.path.join(root, "**/*.yml"), recursive=True):
    if "/.build" in path or "/.venv" in path:
        continue
    put("yaml", open(path, "rb").read())

for path in glob.glob(os.path.join(shared, "conformance/jmespath/*.json")):
    try:
        suites = json.load(open(path, encoding="utf-8"))
    except ValueError:
        continue
    for suite in suites if isinstance(suites, list) else []:
        given = json.dumps(suite.get("given"))
        for case in suite.get("cases", []):
            if "expression" in case:
                put("jmespath", case["expression"] + "\n" + given)

for target in ("json", "yaml", "expression", "template", "jmespath"):
    folder = os.path.join(out, target)
    count = len(os.listdir(folder)) if os.path.isdir(folder) else 0
    print(f"seeds {target}: {count}")
