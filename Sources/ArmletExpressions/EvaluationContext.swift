public import ArmletJSON

/// The scope a deployment targets; decides the shape of `resourceId()` and which scope functions work.
public enum DeploymentScope: String, Sendable, Hashable {
    case resourceGroup, subscription, managementGroup, tenant
}

/// Everything an expression can ask of the deployment around it.
///
/// The template stage supplies an implementation; every requirement has a default that reports
/// the function as unavailable, so a context implements only what it knows. Lookups are called
/// lazily, only when an expression needs them.
public protocol EvaluationContext: Sendable {
    /// The scope of the deployment (default: resource group).
    var scope: DeploymentScope { get }
    /// Whether `utcNow()` and `newGuid()` may be called here (only in parameter default values).
    var allowsNonDeterministicFunctions: Bool { get }
    /// The current time, for `utcNow()`.
    func now() -> ArmDateTime
    /// A fresh GUID string, for `newGuid()`.
    func newGuid() -> String
    /// The value of parameter `name` (case-insensitive).
    func parameter(_ name: String) throws -> JSONValue
    /// The value of variable `name` (case-insensitive).
    func variable(_ name: String) throws -> JSONValue
    /// The current iteration of copy loop `loopName` (the resource loop when `nil`), 0-based.
    func copyIndex(loopName: String?) throws -> Int64
    /// `deployment()`.
    func deployment() throws -> JSONValue
    /// `resourceGroup()`.
    func resourceGroup() throws -> JSONValue
    /// `subscription()`.
    func subscription() throws -> JSONValue
    /// `tenant()`.
    func tenant() throws -> JSONValue
    /// `managementGroup()`.
    func managementGroup() throws -> JSONValue
    /// `environment()`.
    func environment() throws -> JSONValue
    /// `deployer()`.
    func deployer() throws -> JSONValue
    /// `reference(resourceNameOrId, [apiVersion], ['Full'])` with evaluated arguments.
    func reference(_ arguments: [JSONValue]) throws -> JSONValue
    /// `references(collectionName, ['Full'])`.
    func references(_ arguments: [JSONValue]) throws -> JSONValue
    /// A `list*` action, e.g. `listKeys(resourceId, apiVersion)`; `function` is the name as written.
    func list(function: String, arguments: [JSONValue]) throws -> JSONValue
    /// `pickZones(providerNamespace, resourceType, location, [numberOfZones], [offset])`.
    func pickZones(_ arguments: [JSONValue]) throws -> JSONValue
    /// `providers(providerNamespace, [resourceType])`.
    func providers(_ arguments: [JSONValue]) throws -> JSONValue
    /// A user-defined function `namespace.name` called with evaluated `arguments`.
    func callUserFunction(namespace: String, name: String, arguments: [JSONValue]) throws -> JSONValue
    /// The work expressions here may do; a deployment shares one across all its expressions
    /// (default: a fresh ``EvaluationBudget`` for each evaluator).
    var budget: EvaluationBudget { get }
}

extension EvaluationContext {
    public var scope: DeploymentScope { .resourceGroup }
    public var allowsNonDeterministicFunctions: Bool { false }
    public var budget: EvaluationBudget { EvaluationBudget() }
    public func now() -> ArmDateTime { ArmDateTime(unixSeconds: 0) }
    public func newGuid() -> String { "00000000-0000-0000-0000-000000000000" }
    public func parameter(_ name: String) throws -> JSONValue {
        throw ExpressionError("The template parameter '\(name)' is not found. \(ExpressionError.usageLink)")
    }
    public func variable(_ name: String) throws -> JSONValue {
        throw ExpressionError("The template variable '\(name)' is not found. \(ExpressionError.usageLink)")
    }
    public func copyIndex(loopName: String?) throws -> Int64 {
        throw ExpressionError("The template function 'copyIndex' is not expected at this location. \(ExpressionError.usageLink)")
    }
    public func deployment() throws -> JSONValue { throw unavailable("deployment") }
    public func resourceGroup() throws -> JSONValue { throw unavailable("resourceGroup") }
    public func subscription() throws -> JSONValue { throw unavailable("subscription") }
    public func tenant() throws -> JSONValue { throw unavailable("tenant") }
    public func managementGroup() throws -> JSONValue { throw unavailable("managementGroup") }
    public func environment() throws -> JSONValue { throw unavailable("environment") }
    public func deployer() throws -> JSONValue { throw unavailable("deployer") }
    public func reference(_ arguments: [JSONValue]) throws -> JSONValue { throw unavailable("reference") }
    public func references(_ arguments: [JSONValue]) throws -> JSONValue { throw unavailable("references") }
    public func list(function: String, arguments: [JSONValue]) throws -> JSONValue { throw unavailable(function) }
    public func pickZones(_ arguments: [JSONValue]) throws -> JSONValue { throw unavailable("pickZones") }
    public func providers(_ arguments: [JSONValue]) throws -> JSONValue { throw unavailable("providers") }
    public func callUserFunction(namespace: String, name: String, arguments: [JSONValue]) throws -> JSONValue {
        throw ExpressionError.unknownFunction("\(namespace).\(name)")
    }

    /// The error for a function this context cannot answer.
    public func unavailable(_ function: String) -> ExpressionError {
        ExpressionError("The template function '\(function)' is not expected at this location. \(ExpressionError.usageLink)")
    }
}
