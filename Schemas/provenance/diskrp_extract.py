#!/usr/bin/env python3
"""Research aid (not part of the repo): reads the generated azure-mgmt-compute models for every
DiskRP API version and prints, per resource type, a merged property tree with the version each
property and enum value first appeared in. The SDK models are generated from the REST specs."""
import ast, json, os, re, sys

OLD = "/tmp/azsdk-29.1.0/azure/mgmt/compute"
V30 = "/tmp/azsdk-30.6.0/azure/mgmt/compute"
V34 = "/tmp/azsdk-34.1.0/azure/mgmt/compute"
SOURCES = [
    ("2016-04-30-preview", OLD), ("2017-03-30", OLD), ("2018-04-01", OLD), ("2018-06-01", OLD),
    ("2018-09-30", OLD), ("2019-03-01", OLD), ("2019-07-01", OLD), ("2019-11-01", OLD),
    ("2020-05-01", OLD), ("2020-06-30", OLD), ("2020-09-30", OLD), ("2020-12-01", OLD),
    ("2021-04-01", OLD), ("2021-08-01", OLD), ("2021-12-01", OLD), ("2022-03-02", OLD),
    ("2022-07-02", OLD), ("2023-01-02", V30), ("2023-04-02", V30), ("2023-10-02", V30),
    ("2024-03-02", V34), ("2025-01-02", "/tmp/azsdk-38.0.0/azure/mgmt/compute"),
    ("2026-03-02", "/tmp/azsdk-39.0.0/azure/mgmt/compute"),
]
ENVELOPE = {"id", "name", "type", "systemData"}


def enum_value_map(path):
    tree = ast.parse(open(path).read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            vals = []
            for st in node.body:
                if isinstance(st, ast.Assign) and isinstance(st.value, ast.Constant) and isinstance(st.value.value, str):
                    vals.append(st.value.value)
            out[node.name] = vals
    return out


def annotation_text(a):
    return ast.unparse(a) if a is not None else ""


def enum_from_annotation(text, enums):
    m = re.search(r'Union\[str,\s*["\']?(?:_models\.)?(\w+)', text)
    if m and m.group(1) in enums:
        return m.group(1)
    return None


class OldModels:
    def __init__(self, folder):
        mdir = os.path.join(folder, "models")
        self.tree = ast.parse(open(os.path.join(mdir, "_models_py3.py")).read())
        efile = [f for f in os.listdir(mdir) if f.endswith("_enums.py")][0]
        self.enums = enum_value_map(os.path.join(mdir, efile))
        self.classes = {n.name: n for n in self.tree.body if isinstance(n, ast.ClassDef)}

    def fields(self, cls):
        node = self.classes[cls]
        validation, amap, anns = {}, {}, {}
        for st in node.body:
            if isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name):
                if st.targets[0].id == "_validation":
                    validation = ast.literal_eval(st.value)
                elif st.targets[0].id == "_attribute_map":
                    amap = ast.literal_eval(st.value)
            if isinstance(st, ast.FunctionDef) and st.name == "__init__":
                for a in st.args.kwonlyargs:
                    anns[a.arg] = annotation_text(a.annotation)
        doc = ast.get_docstring(node) or ""
        for m in re.finditer(r":vartype (\w+): str or\s+~[\w.]+\.models\.(\w+)", doc):
            if m.group(2) in self.enums and m.group(1) not in anns:
                anns[m.group(1)] = 'Union[str, "_models.%s"]' % m.group(2)
        out = []
        for py, info in amap.items():
            v = validation.get(py, {})
            out.append({
                "key": info["key"], "type": info["type"], "readOnly": bool(v.get("readonly")),
                "required": bool(v.get("required")), "enum": enum_from_annotation(anns.get(py, ""), self.enums),
            })
        return out

    def node(self, t, depth=0):
        if depth > 8:
            return {"type": "any"}
        prim = {"str": ("string", None), "int": ("integer", "int32"), "long": ("integer", "int64"),
                "float": ("number", None), "bool": ("boolean", None), "iso-8601": ("string", "date-time"),
                "object": ("any", None), "duration": ("string", "duration")}
        if t in prim:
            n = {"type": prim[t][0]}
            if prim[t][1]:
                n["format"] = prim[t][1]
            return n
        if t.startswith("["):
            return {"type": "array", "items": self.node(t[1:-1], depth + 1)}
        if t.startswith("{"):
            return {"type": "object", "additionalProperties": self.node(t[1:-1], depth + 1)}
        if t in self.classes:
            return self.model(t, depth + 1)
        return {"type": "any", "unknownType": t}

    def model(self, cls, depth=0):
        root = {"type": "object", "properties": {}}
        for f in self.fields(cls):
            parts = f["key"].replace("\\.", "\u0000").split(".")
            parts = [p.replace("\u0000", ".") for p in parts]
            cur = root
            for p in parts[:-1]:
                cur = cur["properties"].setdefault(p, {"type": "object", "properties": {}})
            n = self.node(f["type"], depth)
            if f["enum"]:
                n["enum"] = list(self.enums[f["enum"]])
            if f["readOnly"]:
                n["readOnly"] = True
            if f["required"]:
                n["required"] = True
            cur["properties"][parts[-1]] = n
        return root


class NewModels:
    def __init__(self, folder):
        mdir = os.path.join(folder, "models")
        self.tree = ast.parse(open(os.path.join(mdir, "_models.py")).read())
        self.enums = enum_value_map(os.path.join(mdir, "_enums.py"))
        self.classes = {n.name: n for n in self.tree.body if isinstance(n, ast.ClassDef)}

    def fields(self, cls):
        node = self.classes[cls]
        out = []
        for b in node.bases:
            if isinstance(b, ast.Name) and b.id in self.classes:
                out += self.fields(b.id)
        for st in node.body:
            if isinstance(st, ast.AnnAssign) and isinstance(st.value, ast.Call) and getattr(st.value.func, "id", "") in ("rest_field",):
                key = st.target.id
                vis = None
                for kw in st.value.keywords:
                    if kw.arg == "name":
                        key = kw.value.value
                    if kw.arg == "visibility":
                        vis = ast.literal_eval(kw.value)
                ann = annotation_text(st.annotation)
                out = [o for o in out if o["key"] != key]
                out.append({"key": key, "ann": ann, "readOnly": vis == ["read"],
                            "required": not ann.startswith("Optional")})
        return out

    def node_from_ann(self, ann, depth):
        a = ann.strip()
        m = re.fullmatch(r"Optional\[(.*)\]", a)
        if m:
            a = m.group(1).strip()
        e = enum_from_annotation(a, self.enums)
        if e:
            return {"type": "string", "enum": list(self.enums[e])}
        m = re.fullmatch(r"(?:List|list)\[(.*)\]", a)
        if m:
            return {"type": "array", "items": self.node_from_ann(m.group(1), depth + 1)}
        m = re.fullmatch(r"(?:Dict|dict)\[str,\s*(.*)\]", a)
        if m:
            return {"type": "object", "additionalProperties": self.node_from_ann(m.group(1), depth + 1)}
        prim = {"str": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"},
                "bool": {"type": "boolean"}, "datetime.datetime": {"type": "string", "format": "date-time"},
                "Any": {"type": "any"}}
        if a in prim:
            return dict(prim[a])
        m = re.fullmatch(r"['\"]?(?:_models\.)?(\w+)['\"]?", a)
        if m and m.group(1) in self.classes and depth < 9:
            return self.model(m.group(1), depth + 1)
        return {"type": "any", "unknownType": a}

    def model(self, cls, depth=0):
        root = {"type": "object", "properties": {}}
        for f in self.fields(cls):
            n = self.node_from_ann(f["ann"], depth)
            if f["readOnly"]:
                n["readOnly"] = True
            if f["required"]:
                n["required"] = True
            root["properties"][f["key"]] = n
        return root


def load(version, base):
    if "azsdk-38" in base or "azsdk-39" in base:
        return NewModels(base)
    return OldModels(os.path.join(base, "v" + version.replace("-", "_")))


def merge(acc, node, version):
    """acc: merged node. Records since/removedIn for properties and enumSince for values."""
    for k in ("type", "format", "readOnly", "required", "unknownType"):
        if k in node:
            acc[k] = node[k]
        elif k in acc and k in ("readOnly", "required", "format"):
            del acc[k]
    if "enum" in node:
        acc.setdefault("enumSince", {})
        for v in node["enum"]:
            acc["enumSince"].setdefault(v, version)
        acc["enum"] = list(acc["enumSince"].keys())
    for child in ("items", "additionalProperties"):
        if child in node:
            merge(acc.setdefault(child, {}), node[child], version)
    if "properties" in node:
        props = acc.setdefault("properties", {})
        for name, sub in node["properties"].items():
            existing = next((k for k in props if k.lower() == name.lower()), None)
            if existing is None:
                props[name] = {"since": version}
                existing = name
            elif existing != name:
                props[name] = props.pop(existing)
                existing = name
            entry = props[existing]
            entry.pop("removedIn", None)
            entry["_seen"] = version
            merge(entry, sub, version)
        for name, entry in props.items():
            if not any(name.lower() == n.lower() for n in node["properties"]) and "removedIn" not in entry:
                entry["removedIn"] = version


def main():
    out = {}
    for rtype, cls, upd in (("disks", "Disk", "DiskUpdate"), ("snapshots", "Snapshot", "SnapshotUpdate")):
        acc = {}
        for version, base in SOURCES:
            models = load(version, base)
            tree = models.model(cls)
            for e in ENVELOPE:
                tree["properties"].pop(e, None)
            merge(acc, tree, version)
        latest = load(*SOURCES[-1])
        out[rtype] = {"tree": acc, "update": latest.model(upd)}
    json.dump(out, sys.stdout, indent=1)


main()  # usage: python3 diskrp_extract.py > merged.json
