public import ArmletJSON

/// One resource declaration: an element of `resources` (or, in languageVersion 2.0, a member keyed
/// by its symbolic name), with its child resources.
///
/// Fields that may hold expressions stay raw ``JSONValue``s for the expansion stage; `type` and
/// `apiVersion` are plain strings when written as literals. Properties ARM knows but Armlet does
/// not model individually (`extendedLocation`, `scale`, `managedBy`, ...) and any unknown
/// property are kept in `extra`.
public struct Resource: Sendable, Hashable {
    /// Where the declaration is (`resources[0]`, `resources.storage`, `resources[0].resources[1]`).
    public let path: JSONPath
    /// The symbolic name (object form only).
    public let symbolicName: String?
    /// The resource type, e.g. `Microsoft.Compute/disks`; `nil` when missing or not a string.
    public let type: String?
    /// The API version; `nil` when missing or not a string.
    public let apiVersion: String?
    /// The name (literal or expression).
    public let name: JSONValue?
    /// The location (literal or expression).
    public let location: JSONValue?
    /// Declared dependencies: resource names, resource IDs, or symbolic names (each may be an expression).
    public let dependsOn: [String]
    /// The deploy condition: a boolean or an expression.
    public let condition: JSONValue?
    /// The copy loop, if any.
    public let copy: CopyLoop?
    /// The resource properties as written.
    public let properties: JSONValue?
    public let sku: JSONValue?
    public let kind: JSONValue?
    public let tags: JSONValue?
    public let zones: JSONValue?
    public let plan: JSONValue?
    public let identity: JSONValue?
    /// The deployment scope of an extension or cross-scope resource.
    public let scope: JSONValue?
    /// Target resource group of a nested deployment.
    public let resourceGroup: JSONValue?
    /// Target subscription of a nested deployment.
    public let subscriptionId: JSONValue?
    /// Whether this declares an existing resource to read rather than deploy.
    public let existing: Bool
    /// The `comments` text.
    public let comments: String?
    /// Child resources declared inside this one.
    public let children: [Resource]
    /// Every other member, kept as written.
    public let extra: JSONObject

    /// A resource from its parts.
    public init(path: JSONPath, symbolicName: String? = nil, type: String?, apiVersion: String?, name: JSONValue?,
                location: JSONValue? = nil, dependsOn: [String] = [], condition: JSONValue? = nil,
                copy: CopyLoop? = nil, properties: JSONValue? = nil, sku: JSONValue? = nil, kind: JSONValue? = nil,
                tags: JSONValue? = nil, zones: JSONValue? = nil, plan: JSONValue? = nil,
                identity: JSONValue? = nil, scope: JSONValue? = nil, resourceGroup: JSONValue? = nil,
                subscriptionId: JSONValue? = nil, existing: Bool = false, comments: String? = nil,
                children: [Resource] = [], extra: JSONObject = JSONObject()) {
        self.path = path
        self.symbolicName = symbolicName
        self.type = type
        self.apiVersion = apiVersion
        self.name = name
        self.location = location
        self.dependsOn = dependsOn
        self.condition = condition
        self.copy = copy
        self.properties = properties
        self.sku = sku
        self.kind = kind
        self.tags = tags
        self.zones = zones
        self.plan = plan
        self.identity = identity
        self.scope = scope
        self.resourceGroup = resourceGroup
        self.subscriptionId = subscriptionId
        self.existing = existing
        self.comments = comments
        self.children = children
        self.extra = extra
    }

    /// Where element `i` of `dependsOn` is.
    public func dependsOnPath(_ i: Int) -> JSONPath { path.appending("dependsOn").appending(i) }

    /// Whether this is a nested deployment (`Microsoft.Resources/deployments`).
    public var isDeployment: Bool { type?.lowercased() == "microsoft.resources/deployments" }

    /// This resource and all its descendants, depth first.
    public var flattened: [Resource] { [self] + children.flatMap(\.flattened) }
}

/// A `copy` loop on a resource: `count` instances, deployed in parallel or serially in batches.
public struct CopyLoop: Sendable, Hashable {
    /// How instances of a copy loop are deployed.
    public enum Mode: String, Sendable, Hashable {
        case parallel, serial
    }

    /// The loop name, used by `copyIndex('name')` and in `dependsOn`.
    public let name: String
    /// Where the loop is (`...copy`).
    public let path: JSONPath
    /// The number of instances: an integer or an expression.
    public let count: JSONValue
    /// `parallel` unless written `serial` (compared ignoring case).
    public let mode: Mode
    /// The serial batch size: an integer or an expression (ARM's default is 1 in serial mode).
    public let batchSize: JSONValue?

    /// A loop from its parts.
    public init(name: String, path: JSONPath, count: JSONValue, mode: Mode = .parallel, batchSize: JSONValue? = nil) {
        self.name = name
        self.path = path
        self.count = count
        self.mode = mode
        self.batchSize = batchSize
    }
}
