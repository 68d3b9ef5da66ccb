import ArmletCatalog
import ArmletJSON

/// Compares a resource as it is (`before`, a GET body) with its prediction (`after`) and builds
/// ARM's delta tree, leaving out what would be noise.
///
/// Object members are compared by name ignoring case and flattened into dotted paths; arrays by
/// position (a changed element is a Modify with children when both sides are objects, otherwise a
/// Delete and a Create of the index). A member only `before` has is a `Delete` only where a PUT
/// really removes it: inside `tags` and array elements (replaced as a whole), or anywhere for types
/// the catalog does not know (the generic provider stores exactly what it is sent). For catalogued
/// types such members are server-set or kept by the provider's merge, so they are not changes.
struct WhatIfPropertyDiffer {
    let facts: WhatIfTypeFacts
    let unknownPaths: [JSONPath]

    /// The delta between `before` and `after`, sorted as ARM returns it (by path).
    func delta(before: JSONValue, after: JSONValue) -> [WhatIfPropertyChange] {
        guard case .object(let b) = before, case .object(let a) = after else { return [] }
        return diffObject(b, a, path: .root, prefix: "", replaced: false)
    }

    private func isUnknown(_ path: JSONPath) -> Bool { unknownPaths.contains { $0.isPrefix(of: path) } }

    private func isEnvelope(_ path: JSONPath) -> Bool {
        guard path.components.count == 1, case .key(let k) = path.components[0] else { return false }
        return WhatIfPrediction.isIdentity(k)
            || ["location", "etag", "systemData", "managedBy"].contains { JSONObject.equalIgnoringCase($0, k) }
    }

    /// `replaced`: the object is replaced as a whole by a PUT, so members it loses are deleted.
    private func diffObject(_ before: JSONObject, _ after: JSONObject, path: JSONPath, prefix: String,
                            replaced: Bool) -> [WhatIfPropertyChange] {
        var changes: [WhatIfPropertyChange] = []
        for (key, a) in after {
            let childPath = path.appending(key)
            if path.components.isEmpty, WhatIfPrediction.isIdentity(key) { continue }
            if isUnknown(childPath) { continue }
            let display = prefix.isEmpty ? key : prefix + "." + key
            if let b = before[key] {
                changes += diffValue(b, a, path: childPath, display: display,
                                     replaced: replaced || isTags(childPath))
            } else if !isVacant(a) {
                changes.append(WhatIfPropertyChange(path: display, .create, after: a))
            }
        }
        for (key, b) in before where after[key] == nil {
            let childPath = path.appending(key)
            if isEnvelope(childPath) || facts.isReadOnly(childPath) { continue }
            let kept = residual(b, path: childPath)
            if isUnknown(childPath) || isVacant(kept) { continue }
            guard replaced || facts.schema == nil else { continue }
            changes.append(WhatIfPropertyChange(path: prefix.isEmpty ? key : prefix + "." + key, .delete, before: kept))
        }
        return changes
    }

    /// `value` without its read-only members: what a PUT could actually remove or change.
    private func residual(_ value: JSONValue, path: JSONPath) -> JSONValue {
        switch value {
        case .object(let object):
            var kept = JSONObject()
            for (key, child) in object {
                let childPath = path.appending(key)
                if facts.isReadOnly(childPath) { continue }
                kept.appendUnchecked(key, residual(child, path: childPath))
            }
            return .object(kept)
        case .array(let elements):
            return .array(elements.enumerated().map { residual($1, path: path.appending($0)) })
        default:
            return value
        }
    }

    private func isTags(_ path: JSONPath) -> Bool {
        guard path.components.count == 1, case .key(let k) = path.components[0] else { return false }
        return JSONObject.equalIgnoringCase(k, "tags")
    }

    /// `null`, `{}` and `[]`: setting or dropping them changes nothing a GET shows.
    private func isVacant(_ v: JSONValue) -> Bool {
        switch v {
        case .null: true
        case .object(let o): o.isEmpty
        case .array(let a): a.isEmpty
        default: false
        }
    }

    private func diffValue(_ b: JSONValue, _ a: JSONValue, path: JSONPath, display: String,
                           replaced: Bool) -> [WhatIfPropertyChange] {
        switch (b, a) {
        case (.object(let bo), .object(let ao)):
            return diffObject(bo, ao, path: path, prefix: display, replaced: replaced)
        case (.array(let ba), .array(let aa)):
            let children = diffArray(ba, aa, path: path)
            return children.isEmpty ? [] : [WhatIfPropertyChange(path: display, .array, before: b, after: a, children: children)]
        default:
            if WhatIfValueEquality.same(b, a, at: path, schema: facts.schema) { return [] }
            if isVacant(a) && isVacant(residual(b, path: path)) { return [] }
            return [WhatIfPropertyChange(path: display, .modify, before: b, after: a)]
        }
    }

    private func diffArray(_ before: [JSONValue], _ after: [JSONValue], path: JSONPath) -> [WhatIfPropertyChange] {
        var children: [WhatIfPropertyChange] = []
        for i in 0..<max(before.count, after.count) {
            let index = String(i)
            let elementPath = path.appending(i)
            if isUnknown(elementPath) { continue }
            guard i < before.count else {
                children.append(WhatIfPropertyChange(path: index, .create, after: after[i]))
                continue
            }
            guard i < after.count else {
                children.append(WhatIfPropertyChange(path: index, .delete, before: before[i]))
                continue
            }
            let b = before[i], a = after[i]
            switch (b, a) {
            case (.object(let bo), .object(let ao)):
                let nested = diffObject(bo, ao, path: elementPath, prefix: "", replaced: true)
                if !nested.isEmpty { children.append(WhatIfPropertyChange(path: index, .modify, before: b, after: a, children: nested)) }
            case (.array(let ba), .array(let aa)):
                let nested = diffArray(ba, aa, path: elementPath)
                if !nested.isEmpty {
                    let inner = WhatIfPropertyChange(path: "", .array, before: b, after: a, children: nested)
                    children.append(WhatIfPropertyChange(path: index, .modify, before: b, after: a, children: [inner]))
                }
            default:
                if !WhatIfValueEquality.same(b, a, at: elementPath, schema: facts.schema) {
                    children.append(WhatIfPropertyChange(path: index, .delete, before: b))
                    children.append(WhatIfPropertyChange(path: index, .create, after: a))
                }
            }
        }
        return children
    }
}
