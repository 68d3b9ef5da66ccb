import ArmletJSON
import ArmletTemplate

/// Answers `reference()` from the current state for resources the deployment leaves unchanged, so
/// what-if compares real values instead of unevaluated expressions. Anything else (a resource
/// being created or changed, `list*()` actions) is unknown until deployment: it throws.
struct WhatIfStateResolver: DeferredReferenceResolver {
    /// Current bodies of resources whose state the deployment does not change, by lower-cased id.
    let stable: [String: JSONValue]

    struct Unknown: Error {}

    func reference(resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
        guard let body = stable[resourceId.lowercased()] else { throw Unknown() }
        let full = arguments.contains { $0.stringValue.map { JSONObject.equalIgnoringCase($0, "Full") } ?? false }
        return full ? body : (body["properties"] ?? .object(JSONObject()))
    }

    func list(function: String, resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
        throw Unknown()
    }
}
