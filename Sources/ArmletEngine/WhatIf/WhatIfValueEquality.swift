import ArmletCatalog
import ArmletCore
import ArmletJSON

/// When ARM considers two property values the same: numbers by value (`1` and `1.0`), locations
/// ignoring case and spaces, resource ids and enumeration values ignoring case, everything else exactly.
enum WhatIfValueEquality {
    static func same(_ before: JSONValue, _ after: JSONValue, at path: JSONPath, schema: ResourceTypeSchema?) -> Bool {
        switch (before, after) {
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)):
            return Double(x) == y
        case (.string(let x), .string(let y)):
            if x == y { return true }
            if isLocation(path) { return Location.same(x, y) }
            if looksLikeResourceId(x) && looksLikeResourceId(y) { return JSONObject.equalIgnoringCase(x, y) }
            if let node = schema?.property(at: path), node.enumValues != nil {
                return JSONObject.equalIgnoringCase(x, y)
            }
            return false
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in x.indices where !same(x[i], y[i], at: path.appending(i), schema: schema) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in x {
                guard let other = y[key], same(value, other, at: path.appending(key), schema: schema) else { return false }
            }
            return true
        default:
            return before == after
        }
    }

    static func isLocation(_ path: JSONPath) -> Bool {
        guard path.components.count == 1, case .key(let k) = path.components[0] else { return false }
        return JSONObject.equalIgnoringCase(k, "location")
    }


    static func looksLikeResourceId(_ s: String) -> Bool {
        let lower = s.lowercased()
        return lower.hasPrefix("/subscriptions/") || lower.hasPrefix("/providers/")
    }
}
