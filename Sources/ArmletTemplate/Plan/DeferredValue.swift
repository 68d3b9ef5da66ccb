public import ArmletJSON

/// A part of a resource body (or an output) that can only be evaluated once resources of this
/// deployment exist: it calls `reference()`, `references()` or a `list*()` function.
///
/// The body keeps the template expression as written at ``path``; the engine evaluates
/// ``expression`` with ``DeploymentPlan/evaluateDeferred(_:of:resolver:)`` after every resource
/// in ``waitsFor`` is deployed, and puts the value at ``path``.
public struct DeferredValue: Sendable, Hashable {
    /// Where the value goes, relative to the resource body (`properties.connectionString`).
    public let path: JSONPath
    /// The template expression as written (`[reference(...).primaryEndpoints.blob]`).
    public let expression: String
    /// The copy-loop indices in effect where the expression sits, by lower-cased loop name (`""`
    /// is the resource's own loop), so re-evaluation sees the same `copyIndex()` values.
    public let copyIndices: [String: Int64]
    /// Ids of the template's resources the expression reads; empty when it only reads resources
    /// outside the deployment (read from state at deploy time).
    public let waitsFor: [String]

    /// A deferred value from its parts.
    public init(path: JSONPath, expression: String, copyIndices: [String: Int64], waitsFor: [String]) {
        self.path = path
        self.expression = expression
        self.copyIndices = copyIndices
        self.waitsFor = waitsFor
    }
}

/// Answers `reference()` and `list*()` when the engine evaluates deferred values.
public protocol DeferredReferenceResolver: Sendable {
    /// `reference(resourceId, apiVersion?, 'Full'?)`; `resourceId` is already a full id when the
    /// expression named a resource of the template.
    func reference(resourceId: String, arguments: [JSONValue]) throws -> JSONValue
    /// A `list*` action on `resourceId` (`function` as written, e.g. `listKeys`).
    func list(function: String, resourceId: String, arguments: [JSONValue]) throws -> JSONValue
}
