import ArmletCatalog
import ArmletJSON

/// What the differ knows about one resource type: its catalog schema (read-only marks, defaults,
/// enumerations) plus members the provider sets itself although the schema lets requests set them.
struct WhatIfTypeFacts {
    let schema: ResourceTypeSchema?
    let serviceSet: [JSONPath]

    /// Whether only the service sets `path`: the catalog marks it (or a parent) read-only, the
    /// provider owns it, or it is ARM's `properties.provisioningState`, which every provider owns.
    func isReadOnly(_ path: JSONPath) -> Bool {
        if path.components.count == 2, case .key(let a) = path.components[0], case .key(let b) = path.components[1],
           JSONObject.equalIgnoringCase(a, "properties"), JSONObject.equalIgnoringCase(b, "provisioningState") {
            return true
        }
        if serviceSet.contains(where: { $0.isPrefix(of: path) }) { return true }
        return schema?.isReadOnly(path: path) ?? false
    }
}
