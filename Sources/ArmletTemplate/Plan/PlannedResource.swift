public import ArmletJSON

/// One concrete resource of a plan: a copy-loop instance with every expression evaluated except
/// its ``deferred`` parts.
public struct PlannedResource: Sendable {
    /// The copy loop this instance belongs to.
    public struct CopyInstance: Sendable, Hashable {
        /// The loop name.
        public let name: String
        /// This instance's 0-based index.
        public let index: Int
        /// The number of instances.
        public let count: Int
        /// `serial` loops deploy in batches of ``batchSize``.
        public let isSerial: Bool
        /// Instances deployed together in serial mode (1 by default); `nil` in parallel mode.
        public let batchSize: Int?
    }

    /// The full ARM id (`/subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name}`).
    public let id: String
    /// The full type, child segments included (`Microsoft.Sql/servers/databases`).
    public let type: String
    /// The API version.
    public let apiVersion: String?
    /// The full name (`server/database` for children).
    public let name: String
    /// The evaluated location, when the resource has one.
    public internal(set) var location: String?
    /// What ARM sends the resource provider: `name`, `type`, `apiVersion`, `location`,
    /// `properties`, `sku`, `kind`, `tags`, `zones`, `identity`, `plan`, ... (deferred parts still
    /// hold their template expressions). Empty for resources whose condition is false.
    public internal(set) var body: JSONObject
    /// The evaluated `condition`; `false` resources are listed but not deployed (and dropped from
    /// other resources' `dependsOn`, as ARM does).
    public let condition: Bool
    /// The copy loop, when the resource has one.
    public let copy: CopyInstance?
    /// The symbolic name (languageVersion 2.0).
    public let symbolicName: String?
    /// Whether this is an `existing` reference: read from state, never deployed.
    public let existing: Bool
    /// Ids of the resources that must be deployed first (explicit `dependsOn`, the parent of a
    /// child resource, and resources read through `reference()`/`list*()`).
    public internal(set) var dependsOn: [String]
    /// Where the declaration is in the template file (`resources[2]`, or under a nested template).
    public let path: JSONPath
    /// The declaration's position in the file, when known.
    public let sourceLocation: SourceLocation?
    /// Body parts to evaluate after dependencies are deployed.
    public internal(set) var deferred: [DeferredValue]
    /// The id of the nested deployment this resource belongs to; `nil` at the top level.
    public let deployment: String?
    /// For `Microsoft.Resources/deployments` with an inline template: what it expands to.
    public internal(set) var nested: NestedDeploymentPlan?
    /// The evaluation scope deferred parts are evaluated in.
    let scope: ExpansionScope?

    /// Whether the engine deploys this resource: condition true and not `existing`.
    public var isDeployed: Bool { condition && !existing }
}

/// What a nested deployment (`Microsoft.Resources/deployments` with an inline template) expands to.
public struct NestedDeploymentPlan: Sendable {
    /// `inner` (own parameters and variables) or `outer` (the parent's).
    public let evaluationScope: String
    /// The id of the scope its resources go to.
    public let targetScope: String
    /// Ids of the inner resources (listed in the plan's `resources` too).
    public let resources: [String]
    /// The inner template's outputs.
    public let outputs: [PlannedOutput]
    /// Why the inner template was not expanded at plan time (its parameters need `reference()`
    /// of resources deployed first, or it is linked by URI); the engine expands it when the
    /// deployment runs. `nil` when expanded.
    public let deferredReason: String?
}

/// One output: its value, or the expression to evaluate after deployment.
public struct PlannedOutput: Sendable {
    /// The name as written.
    public let name: String
    /// The declared type.
    public let type: String?
    /// Where the output is declared.
    public let path: JSONPath
    /// The evaluated value; `nil` when deferred.
    public let value: JSONValue?
    /// Whether the value must wait for deployed resources.
    public let isDeferred: Bool
    /// The output declaration as written (for deferred evaluation).
    let declaration: Output?
    /// Resources whose deployment the output waits for.
    public let waitsFor: [String]
    /// The scope to evaluate it in.
    let scope: ExpansionScope?
}
