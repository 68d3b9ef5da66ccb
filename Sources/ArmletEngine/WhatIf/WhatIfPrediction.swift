import ArmletCatalog
import ArmletJSON
import ArmletTemplate

/// The predicted state of one template resource: the body ARM would send, with deferred values
/// evaluated where the current state answers them, catalog defaults filled in and read-only
/// members taken out (they are kept aside as `NoEffect` candidates).
struct WhatIfPrediction {
    /// The predicted body (`apiVersion`, `id`, `name`, `type`, `location`, `properties`, ...).
    var body: JSONValue
    /// Paths whose value is known only after deployment (unresolved `reference()`/`list*()`).
    var unknownPaths: [JSONPath]
    /// Read-only members the template sets, with the values it sets.
    var readOnlyValues: [(path: JSONPath, value: JSONValue)]

    init(resource: PlannedResource, plan: DeploymentPlan, facts: WhatIfTypeFacts,
         resolver: (any DeferredReferenceResolver)?) {
        var body = JSONValue.object(resource.body)
        var unknown: [JSONPath] = []
        for deferred in resource.deferred {
            if let resolver, let value = try? plan.evaluateDeferred(deferred, of: resource, resolver: resolver) {
                body = body.settingValue(value, at: deferred.path.components[...])
            } else {
                unknown.append(deferred.path)
            }
        }
        var readOnly: [(JSONPath, JSONValue)] = []
        body = Self.removingReadOnly(body, path: .root, facts: facts, unknown: unknown, into: &readOnly)
        if let schema = facts.schema { body = Self.applyingDefaults(body, node: schema.body, path: .root) }
        var envelope = body.objectValue ?? JSONObject()
        envelope["id"] = .string(resource.id)
        if envelope["name"] == nil { envelope["name"] = .string(resource.name) }
        if envelope["type"] == nil { envelope["type"] = .string(resource.type) }
        if envelope["apiVersion"] == nil, let apiVersion = resource.apiVersion {
            envelope["apiVersion"] = .string(apiVersion)
        }
        self.body = JSONValue.object(envelope).sortedByKey()
        self.unknownPaths = unknown
        self.readOnlyValues = readOnly
    }

    private static func removingReadOnly(_ value: JSONValue, path: JSONPath, facts: WhatIfTypeFacts,
                                         unknown: [JSONPath], into found: inout [(JSONPath, JSONValue)]) -> JSONValue {
        switch value {
        case .object(let object):
            var kept = JSONObject()
            for (key, child) in object {
                let childPath = path.appending(key)
                if path.components.isEmpty, isIdentity(key) {
                    kept.appendUnchecked(key, child)
                } else if facts.isReadOnly(childPath) {
                    if !unknown.contains(where: { $0.isPrefix(of: childPath) }) { found.append((childPath, child)) }
                } else {
                    kept.appendUnchecked(key, removingReadOnly(child, path: childPath, facts: facts, unknown: unknown,
                                                               into: &found))
                }
            }
            return .object(kept)
        case .array(let elements):
            return .array(elements.enumerated().map { i, e in
                removingReadOnly(e, path: path.appending(i), facts: facts, unknown: unknown, into: &found)
            })
        default:
            return value
        }
    }

    /// Members naming the resource rather than describing it; never compared.
    static func isIdentity(_ key: String) -> Bool {
        ["id", "name", "type", "apiVersion"].contains { JSONObject.equalIgnoringCase($0, key) }
    }

    /// Fills catalog defaults for members left out, where their parent object is present.
    private static func applyingDefaults(_ value: JSONValue, node: PropertySchema, path: JSONPath) -> JSONValue {
        guard case .object(var object) = value else { return value }
        for child in node.properties where !child.isReadOnly {
            let childPath = path.appending(child.name)
            if let existing = object[child.name] {
                object[child.name] = applyingDefaults(existing, node: child, path: childPath)
            } else if let defaultValue = child.defaultValue {
                object[child.name] = defaultValue
            }
        }
        return .object(object)
    }
}

extension JSONPath {
    /// Whether this path equals `other` or leads to it (compared ignoring key case).
    func isPrefix(of other: JSONPath) -> Bool {
        guard components.count <= other.components.count else { return false }
        for (a, b) in zip(components, other.components) {
            switch (a, b) {
            case (.key(let x), .key(let y)) where JSONObject.equalIgnoringCase(x, y): continue
            case (.index(let x), .index(let y)) where x == y: continue
            default: return false
            }
        }
        return true
    }
}

extension JSONValue {
    /// This value with `newValue` at `path`; paths that do not exist leave it unchanged.
    func settingValue(_ newValue: JSONValue, at path: ArraySlice<JSONPath.Component>) -> JSONValue {
        guard let first = path.first else { return newValue }
        switch (first, self) {
        case (.key(let k), .object(var o)):
            guard let current = o[k] else { return self }
            o[k] = current.settingValue(newValue, at: path.dropFirst())
            return .object(o)
        case (.index(let i), .array(var a)) where a.indices.contains(i):
            a[i] = a[i].settingValue(newValue, at: path.dropFirst())
            return .array(a)
        default:
            return self
        }
    }

}
