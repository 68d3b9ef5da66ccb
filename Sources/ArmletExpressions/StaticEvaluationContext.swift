import ArmletCore
public import ArmletJSON

/// A fixed, deterministic context for tests and tools: plain values for every lookup.
///
/// Defaults: the subscription and tenant a new Armlet state starts with (``ARMDefaults``), resource
/// group `armlet-rg` in `westus`, deployment
/// `armlet-deployment`, the AzureCloud environment, clock at 2024-01-01T00:00:00Z. Every field
/// can be changed.
public struct StaticEvaluationContext: EvaluationContext {
    /// The deployment scope (resource group by default).
    public var scope: DeploymentScope = .resourceGroup
    /// Whether `utcNow()`/`newGuid()` are allowed (true here; template stages allow them only in parameter defaults).
    public var allowsNonDeterministicFunctions: Bool = true
    /// The instant `utcNow()` reports.
    public var clock: ArmDateTime = ArmDateTime(unixSeconds: 1_704_067_200)
    /// Produces `newGuid()` values (a fixed GUID by default, for determinism).
    public var guidSource: @Sendable () -> String = { "11111111-2222-3333-4444-555555555555" }
    /// Values returned by `parameters(name)`.
    public var parameters: JSONObject = JSONObject()
    /// Values returned by `variables(name)`.
    public var variables: JSONObject = JSONObject()
    /// Current copy-loop indices by lower-cased loop name; `""` is the unnamed (resource) loop.
    public var copyIndices: [String: Int64] = [:]
    /// The subscription id of `subscription()` and `resourceId()`.
    public var subscriptionId = ARMDefaults.subscriptionId
    /// The tenant id of `tenant()` and `subscription()`.
    public var tenantId = ARMDefaults.tenantId
    /// The name of `resourceGroup()`.
    public var resourceGroupName = ARMDefaults.resourceGroup
    /// The location of `resourceGroup()` (and of `deployment()` outside resource-group scope).
    public var location = ARMDefaults.location
    /// The name of `deployment()`.
    public var deploymentName = ARMDefaults.deploymentName
    /// The name of `managementGroup()` at management-group scope.
    public var managementGroupName = ARMDefaults.managementGroup
    /// The object `deployer()` returns.
    public var deployerValue: JSONValue = [
        "objectId": .string(ARMDefaults.principalObjectId),
        "tenantId": .string(ARMDefaults.tenantId),
        "userPrincipalName": .string(ARMDefaults.userPrincipalName),
    ]
    /// The object `environment()` returns.
    public var environmentValue: JSONValue = AzureEnvironments.azureCloud
    /// Zones per `namespace/type@location` (lower case), for `pickZones()`.
    public var zones: [String: [String]] = [:]
    /// Replaces the generated `tenant()` object when set.
    public var tenantValue: JSONValue? = nil
    /// Replaces the generated `managementGroup()` object when set.
    public var managementGroupValue: JSONValue? = nil
    /// Replaces the generated `deployment()` object when set.
    public var deploymentValue: JSONValue? = nil
    /// Answers `reference()`; unset means the function is unavailable.
    public var referenceHandler: (@Sendable ([JSONValue]) throws -> JSONValue)? = nil
    /// Answers `list*()` calls (function name, arguments); unset means unavailable.
    public var listHandler: (@Sendable (String, [JSONValue]) throws -> JSONValue)? = nil
    /// Answers user-defined `namespace.name(...)` calls; unset means unknown function.
    public var userFunctions: (@Sendable (String, String, [JSONValue]) throws -> JSONValue)? = nil

    /// The default context.
    public init() {}

    /// The fixed ``clock``.
    public func now() -> ArmDateTime { clock }
    /// The next value of ``guidSource``.
    public func newGuid() -> String { guidSource() }

    public func parameter(_ name: String) throws -> JSONValue {
        guard let v = parameters[name] else {
            throw ExpressionError("The template parameter '\(name)' is not found. \(ExpressionError.usageLink)")
        }
        return v
    }

    public func variable(_ name: String) throws -> JSONValue {
        guard let v = variables[name] else {
            throw ExpressionError("The template variable '\(name)' is not found. \(ExpressionError.usageLink)")
        }
        return v
    }

    public func copyIndex(loopName: String?) throws -> Int64 {
        let key = loopName?.lowercased() ?? ""
        guard let i = copyIndices[key] else {
            throw ExpressionError("The template function 'copyIndex' is not expected at this location. \(ExpressionError.usageLink)")
        }
        return i
    }

    public func deployment() throws -> JSONValue {
        if let deploymentValue { return deploymentValue }
        var properties = JSONObject()
        properties["templateHash"] = "0"
        properties["parameters"] = .object(JSONObject())
        properties["mode"] = "Incremental"
        properties["provisioningState"] = "Accepted"
        var object = JSONObject()
        object["name"] = .string(deploymentName)
        if scope != .resourceGroup { object["location"] = .string(location) }
        object["properties"] = .object(properties)
        return .object(object)
    }

    public func resourceGroup() throws -> JSONValue {
        guard scope == .resourceGroup else { throw unavailable("resourceGroup") }
        return [
            "id": .string("/subscriptions/\(subscriptionId)/resourceGroups/\(resourceGroupName)"),
            "name": .string(resourceGroupName),
            "type": "Microsoft.Resources/resourceGroups",
            "location": .string(location),
            "properties": ["provisioningState": "Succeeded"],
        ]
    }

    public func subscription() throws -> JSONValue {
        guard scope == .resourceGroup || scope == .subscription else { throw unavailable("subscription") }
        return [
            "id": .string("/subscriptions/\(subscriptionId)"),
            "subscriptionId": .string(subscriptionId),
            "tenantId": .string(tenantId),
            "displayName": .string(ARMDefaults.subscriptionName),
        ]
    }

    public func tenant() throws -> JSONValue {
        if let tenantValue { return tenantValue }
        return [
            "countryCode": "US", "displayName": .string(ARMDefaults.tenantName), "id": .string("/tenants/\(tenantId)"),
            "tenantId": .string(tenantId),
        ]
    }

    public func managementGroup() throws -> JSONValue {
        guard scope == .managementGroup else { throw unavailable("managementGroup") }
        if let managementGroupValue { return managementGroupValue }
        return [
            "id": .string("/providers/Microsoft.Management/managementGroups/\(managementGroupName)"),
            "name": .string(managementGroupName),
            "properties": [
                "details": [
                    "parent": [
                        "id": .string("/providers/Microsoft.Management/managementGroups/\(tenantId)"),
                        "name": .string(tenantId), "displayName": "Tenant Root Group",
                    ],
                    "updatedBy": .string(ARMDefaults.principalObjectId),
                    "updatedTime": "2024-01-01T00:00:00.0000000Z", "version": "1",
                ],
                "displayName": .string(managementGroupName),
                "tenantId": .string(tenantId),
            ],
            "type": "/providers/Microsoft.Management/managementGroups",
        ]
    }

    public func environment() throws -> JSONValue { environmentValue }
    public func deployer() throws -> JSONValue { deployerValue }

    public func reference(_ arguments: [JSONValue]) throws -> JSONValue {
        guard let referenceHandler else { throw unavailable("reference") }
        return try referenceHandler(arguments)
    }

    public func list(function: String, arguments: [JSONValue]) throws -> JSONValue {
        guard let listHandler else { throw unavailable(function) }
        return try listHandler(function, arguments)
    }

    public func pickZones(_ arguments: [JSONValue]) throws -> JSONValue {
        guard arguments.count >= 3, let ns = arguments[0].stringValue, let type = arguments[1].stringValue,
              let loc = arguments[2].stringValue
        else { return [] }
        let count = arguments.count > 3 ? Int(arguments[3].intValue ?? 1) : 1
        let offset = arguments.count > 4 ? Int(arguments[4].intValue ?? 0) : 0
        let key = "\(ns)/\(type)@\(loc)".lowercased()
        let available = zones[key] ?? []
        guard !available.isEmpty else { return [] }
        var picked: [JSONValue] = []
        // The offset wraps around the zones (any Int64, negative or huge, without overflow).
        let start = (offset % available.count + available.count) % available.count
        for i in 0..<max(0, min(count, available.count)) {
            picked.append(.string(available[(start + i) % available.count]))
        }
        return .array(picked)
    }

    public func callUserFunction(namespace: String, name: String, arguments: [JSONValue]) throws -> JSONValue {
        guard let userFunctions else { throw ExpressionError.unknownFunction("\(namespace).\(name)") }
        return try userFunctions(namespace, name, arguments)
    }
}
