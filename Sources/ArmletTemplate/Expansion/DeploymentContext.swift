import ArmletCore
public import ArmletExpressions
public import ArmletJSON

/// Where and how a template is deployed: the subscription, tenant, resource group, deployment
/// name, cloud, deploying principal, clock and GUID source that the scope and deployment
/// functions report.
///
/// Every default is fixed and documented so a plan is reproducible: the subscription and tenant a new
/// Armlet state starts with (``ARMDefaults``), resource group `armlet-rg` in `westus`, deployment
/// `armlet-deployment` (the CLI uses the template file's base name, as `az` does), the AzureCloud
/// environment, and a clock stopped at 2024-01-01T00:00:00Z.
public struct DeploymentContext: Sendable {
    /// The deployment scope; resource group unless the template's `$schema` says otherwise
    /// (see ``scope(forSchema:)``), or unless ``scopeIsFixed``.
    public var scope: DeploymentScope = .resourceGroup
    /// Whether ``scope`` is where the deployment is created, whatever the template's `$schema`
    /// says (ARM decides the scope by the endpoint; a deployment engine sets this).
    public var scopeIsFixed = false
    /// The subscription id.
    public var subscriptionId = ARMDefaults.subscriptionId
    /// The subscription's display name.
    public var subscriptionDisplayName = ARMDefaults.subscriptionName
    /// The tenant id.
    public var tenantId = ARMDefaults.tenantId
    /// The tenant's display name.
    public var tenantDisplayName = ARMDefaults.tenantName
    /// The resource group name (resource-group scope).
    public var resourceGroupName = ARMDefaults.resourceGroup
    /// The resource group's location, and the deployment location at other scopes.
    public var location = ARMDefaults.location
    /// The resource group's tags.
    public var resourceGroupTags = JSONObject()
    /// The management group name (management-group scope).
    public var managementGroupName = ARMDefaults.managementGroup
    /// The deployment name.
    public var deploymentName = ARMDefaults.deploymentName
    /// `Incremental` or `Complete`.
    public var mode = "Incremental"
    /// The `templateLink` object of a linked deployment, when there is one.
    public var templateLink: JSONValue?
    /// What `environment()` returns.
    public var environment: JSONValue = AzureEnvironments.azureCloud
    /// What `deployer()` returns.
    public var deployer: JSONValue = [
        "objectId": .string(ARMDefaults.principalObjectId),
        "tenantId": .string(ARMDefaults.tenantId),
        "userPrincipalName": .string(ARMDefaults.userPrincipalName),
    ]
    /// The clock `utcNow()` reads (stopped at 2024-01-01T00:00:00Z by default).
    public var clock: @Sendable () -> ArmDateTime = { ArmDateTime(unixSeconds: 1_704_067_200) }
    /// The source of `newGuid()` values (a fixed GUID by default).
    public var guidSource: @Sendable () -> String = { "11111111-2222-3333-4444-555555555555" }
    /// Zones per `namespace/type@location` (lower case), for `pickZones()`.
    public var zones: [String: [String]] = [:]
    /// Replaces the generated `tenant()` object when set.
    public var tenantOverride: JSONValue?
    /// Replaces the generated `managementGroup()` object when set.
    public var managementGroupOverride: JSONValue?

    /// The default context.
    /// The work this deployment's expressions may do, shared by its nested deployments.
    public var budget = EvaluationBudget()

    public init() {}

    /// The scope a template's `$schema` declares: `subscriptionDeploymentTemplate`,
    /// `managementGroupDeploymentTemplate`, `tenantDeploymentTemplate`, else resource group.
    public static func scope(forSchema schema: String?) -> DeploymentScope {
        // Searched in the folded text's bytes: `String.contains` cost more than linting a small
        // template's rules.
        let s = Array(JSONObject.fold(schema ?? "").utf8)
        func has(_ word: String) -> Bool { s.firstRange(of: Array(word.utf8)) != nil }
        if has("subscriptiondeploymenttemplate") { return .subscription }
        if has("managementgroupdeploymenttemplate") { return .managementGroup }
        if has("tenantdeploymenttemplate") { return .tenant }
        return .resourceGroup
    }

    /// The id of the scope resources are deployed into (`/subscriptions/{s}/resourceGroups/{g}`, ...).
    public var scopeId: String {
        switch scope {
        case .resourceGroup: "/subscriptions/\(subscriptionId)/resourceGroups/\(resourceGroupName)"
        case .subscription: "/subscriptions/\(subscriptionId)"
        case .managementGroup: "/providers/Microsoft.Management/managementGroups/\(managementGroupName)"
        case .tenant: ""
        }
    }

    /// The id of a deployment named `name` at this scope.
    public func deploymentId(_ name: String) -> String {
        scopeId + "/providers/Microsoft.Resources/deployments/" + name
    }

    /// `subscription()`.
    public var subscriptionValue: JSONValue {
        [
            "id": .string("/subscriptions/\(subscriptionId)"),
            "subscriptionId": .string(subscriptionId),
            "tenantId": .string(tenantId),
            "displayName": .string(subscriptionDisplayName),
        ]
    }

    /// `resourceGroup()` (`tags` only when the group has some, as ARM returns it).
    public var resourceGroupValue: JSONValue {
        var o = JSONObject()
        o["id"] = .string("/subscriptions/\(subscriptionId)/resourceGroups/\(resourceGroupName)")
        o["name"] = .string(resourceGroupName)
        o["type"] = "Microsoft.Resources/resourceGroups"
        o["location"] = .string(location)
        if !resourceGroupTags.isEmpty { o["tags"] = .object(resourceGroupTags) }
        o["properties"] = ["provisioningState": "Succeeded"]
        return .object(o)
    }

    /// `tenant()`.
    public var tenantValue: JSONValue {
        tenantOverride ?? [
            "countryCode": "US", "displayName": .string(tenantDisplayName), "id": .string("/tenants/\(tenantId)"),
            "tenantId": .string(tenantId),
        ]
    }

    /// `managementGroup()`.
    public var managementGroupValue: JSONValue {
        if let managementGroupOverride { return managementGroupOverride }
        var base = StaticEvaluationContext()
        base.scope = .managementGroup
        base.managementGroupName = managementGroupName
        base.tenantId = tenantId
        return (try? base.managementGroup()) ?? .null
    }

    /// `deployment()` for `template`, as ARM returns it: classic templates get the whole template
    /// as written (`raw`), a `parameters` echo and the mode; languageVersion 2.0 templates get
    /// only name, location and the template's contentVersion and metadata.
    func deploymentValue(template: Template, raw: JSONValue?, parameters: JSONObject) -> JSONValue {
        var templateInfo = JSONObject()
        if let v = template.contentVersion { templateInfo["contentVersion"] = .string(v) }
        if let m = template.metadata { templateInfo["metadata"] = m }
        var properties = JSONObject()
        if let templateLink { properties["templateLink"] = templateLink }
        if !template.usesSymbolicNames, let raw {
            properties["template"] = raw
        } else {
            properties["template"] = .object(templateInfo)
        }
        if !template.usesSymbolicNames {
            properties["templateHash"] = "0"
            var echoed = JSONObject()
            for (k, v) in parameters { echoed[k] = ["value": v] }
            properties["parameters"] = .object(echoed)
            properties["mode"] = .string(mode)
            properties["provisioningState"] = "Accepted"
        }
        var object = JSONObject()
        object["name"] = .string(deploymentName)
        if scope != .resourceGroup { object["location"] = .string(location) }
        object["properties"] = .object(properties)
        return .object(object)
    }
}
