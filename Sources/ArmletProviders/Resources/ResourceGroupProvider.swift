import ArmletCore
package import ArmletJSON
package import ArmletState
package import Foundation

/// `Microsoft.Resources/resourceGroups` as a template resource (subscription-scope deployments
/// create groups this way) and the one place a group is written: name and location rules, create
/// (201) or update of tags and `managedBy` (200), a group's location never changing.
package struct ResourceGroupProvider: ResourceProvider {
    /// The type served.
    package static let type = "Microsoft.Resources/resourceGroups"

    /// A provider.
    package init() {}

    package var resourceTypes: [String] { [Self.type] }

    package func validate(_ request: ResourceRequest) -> [Diagnostic] {
        do {
            try Self.checkName(request.name)
            try Self.checkLocation(request.location ?? "")
            return []
        } catch {
            let e = ARMError.from(error)
            return [Diagnostic(code: e.code, message: e.message, target: e.target)]
        }
    }

    package func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        guard ResourceID(request.id)?.kind == .resourceGroup else {
            throw ARMError(code: "InvalidResourceType",
                           message: "The resource type '\(Self.type)' cannot be deployed at '\(request.id)': resource "
                               + "groups are deployed at subscription scope.", target: "type")
        }
        let (group, created) = try Self.write(
            name: request.name, location: request.location ?? "", tags: request.body["tags"]?.objectValue,
            managedBy: request.body["managedBy"]?.stringValue, subscription: request.subscription, now: request.now,
            in: transaction)
        return ProviderResult(body: Self.body(group), isLongRunning: false, change: created ? .created : .updated)
    }

    package func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        guard var group = try transaction.resourceGroup(subscriptionId: request.subscription.id, name: request.name) else {
            throw ARMError.resourceGroupNotFound(request.name)
        }
        if let tags = request.body["tags"]?.objectValue { group.tags = .object(tags) }
        if let managedBy = request.body["managedBy"]?.stringValue { group.managedBy = managedBy }
        group.changedTime = request.now
        try transaction.save(group)
        return ProviderResult(body: Self.body(group), isLongRunning: false, change: .updated)
    }

    package func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue {
        guard let group = try reader.resourceGroup(subscriptionId: request.subscription.id, name: request.name) else {
            throw ARMError.resourceGroupNotFound(request.name)
        }
        return Self.body(group)
    }

    package func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        throw ARMError(code: "InvalidRequest",
                       message: "A resource group is deleted with its own DELETE (`az group delete`), which deletes "
                           + "its resources too; a deployment does not delete resource groups.")
    }

    package func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue] {
        try reader.resourceGroups(subscriptionId: scope.subscriptionId).map(Self.body)
    }

    package func action(name: String, _ request: ResourceRequest,
                       in transaction: any StateTransaction) throws -> ProviderResult {
        throw ARMError.unknownAction(name, type: request.type)
    }

    // MARK: - Rules

    /// Creates group `name` in `location` (201), or updates the tags and `managedBy` given of the
    /// group that exists (200); returns the group and whether it is new.
    /// - Throws: ``ARMError`` `InvalidParameter` (name), `LocationNotAvailableForResourceGroup`,
    ///   `InvalidResourceGroupLocation` (409) when the group exists elsewhere.
    package static func write(name: String, location: String, tags: JSONObject?, managedBy: String?,
                              subscription: SubscriptionRecord, now: Date,
                              in state: any StateTransaction) throws -> (ResourceGroupRecord, created: Bool) {
        try checkName(name)
        try checkLocation(location)
        let normalized = Location.normalize(location)
        if var existing = try state.resourceGroup(subscriptionId: subscription.id, name: name) {
            guard Location.normalize(existing.location) == normalized else {
                throw ARMError(code: "InvalidResourceGroupLocation",
                               message: "Invalid resource group location '\(normalized)'. The Resource group "
                                   + "already exists in location '\(existing.location)'.",
                               httpStatus: 409)
            }
            if let tags { existing.tags = .object(tags) }
            if let managedBy { existing.managedBy = managedBy }
            existing.changedTime = now
            try state.save(existing)
            return (existing, false)
        }
        var group = ResourceGroupRecord(subscriptionId: subscription.id, name: name, location: normalized,
                                        tags: .object(tags ?? JSONObject()), createdTime: now)
        group.managedBy = managedBy
        try state.save(group)
        return (group, true)
    }

    /// ARM's resource group name rule: 1–90 characters, letters, digits, `_ - . ( )`, not ending in `.`.
    package static func checkName(_ name: String) throws {
        let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || "_-.()".contains($0) }
        guard !name.isEmpty, name.count <= 90, allowed, !name.hasSuffix(".") else {
            throw ARMError(code: "InvalidParameter",
                           message: "Resource group names only allow alphanumeric characters, periods, underscores, "
                               + "hyphens and parenthesis and cannot end in a period.",
                           target: "resourceGroupName")
        }
    }

    /// A group's location must be one of Azure's regions (physical or geography-wide, not `global`).
    static func checkLocation(_ location: String) throws {
        let normalized = Location.normalize(location)
        let regions = AzureRegions.list.map(\.name).filter { $0 != "global" }
        guard !regions.contains(normalized) else { return }
        if normalized.isEmpty {
            throw ARMError(code: "LocationRequired", message: "The location property is required for this definition.",
                           target: "location")
        }
        throw ARMError(code: "LocationNotAvailableForResourceGroup",
                       message: "The provided location '\(location)' is not available for resource group. List of "
                           + "available regions is '" + regions.joined(separator: ",") + "'.",
                       target: "location")
    }

    /// ARM's `ResourceGroup` body.
    package static func body(_ group: ResourceGroupRecord) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(group.id)
        o["name"] = .string(group.name)
        o["type"] = .string(type)
        o["location"] = .string(group.location)
        if let tags = group.tags.objectValue, !tags.isEmpty { o["tags"] = .object(tags) }
        if let managedBy = group.managedBy { o["managedBy"] = .string(managedBy) }
        o["properties"] = ["provisioningState": .string(group.provisioningState.rawValue)]
        return .object(o)
    }
}
