import ArmletEngine
package import ArmletJSON

/// What-if results as `az deployment … what-if --no-pretty-print` prints them: the Python SDK's
/// models serialised with every attribute, so members ARM leaves out appear as `null`.
extension WhatIfOperationResult {
    /// The result as `az ... what-if --no-pretty-print` prints it: the SDK's flattened object
    /// (`changes`, `diagnostics`, `error`, `potentialChanges`, `status`), `null` for what is absent.
    package func toCLIJSON() -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("changes", .array(changes.map { $0.toCLIJSON() }))
        o.appendUnchecked("diagnostics", diagnostics.isEmpty ? .null : .array(diagnostics.map { $0.toJSON() }))
        o.appendUnchecked("error", error ?? .null)
        o.appendUnchecked("potentialChanges",
                          potentialChanges.isEmpty ? .null : .array(potentialChanges.map { $0.toCLIJSON() }))
        o.appendUnchecked("status", .string(status))
        return .object(o)
    }
}

extension WhatIfChange {
    /// The SDK's `WhatIfChange`: `after, before, changeType, delta, deploymentId, extension,
    /// identifiers, resourceId, symbolicName, unsupportedReason`.
    package func toCLIJSON() -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("after", after ?? .null)
        o.appendUnchecked("before", before ?? .null)
        o.appendUnchecked("changeType", .string(changeType.rawValue))
        o.appendUnchecked("delta", delta.isEmpty ? .null : .array(delta.map { $0.toCLIJSON() }))
        o.appendUnchecked("deploymentId", .null)
        o.appendUnchecked("extension", .null)
        o.appendUnchecked("identifiers", .null)
        o.appendUnchecked("resourceId", .string(resourceId))
        o.appendUnchecked("symbolicName", .null)
        o.appendUnchecked("unsupportedReason", unsupportedReason.map(JSONValue.string) ?? .null)
        return .object(o)
    }
}

extension WhatIfPropertyChange {
    /// The SDK's `WhatIfPropertyChange`: `after, before, children, path, propertyChangeType`.
    package func toCLIJSON() -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("after", after ?? .null)
        o.appendUnchecked("before", before ?? .null)
        o.appendUnchecked("children", children.isEmpty ? .null : .array(children.map { $0.toCLIJSON() }))
        o.appendUnchecked("path", .string(path))
        o.appendUnchecked("propertyChangeType", .string(propertyChangeType.rawValue))
        return .object(o)
    }
}
