public import ArmletJSON
import ArmletProviders
public import ArmletState
import Foundation

extension ResourceFront {
    /// The resource groups' type, for api-version checks.
    static let groupType = "Microsoft.Resources/resourceGroups"

    /// PUT of group `name` (ARM: 201 when created, 200 when it existed); `body` needs `location`.
    /// - Throws: ``ARMErrorResponse`` `SubscriptionNotFound`, `LocationRequired`, `InvalidResourceGroupLocation`
    ///   (409), `InvalidParameter` for a bad name, `NoRegisteredProviderFound`.
    public func putGroup(subscriptionId: String, name: String, apiVersion: String, body: JSONValue) throws
        -> (group: ResourceGroupRecord, created: Bool) {
        try Self.checkGroupName(name)
        guard let location = body["location"]?.stringValue, !location.isEmpty else {
            throw ARMErrorResponse(code: "LocationRequired",
                                   message: "The location property is required for this definition.", status: 400)
        }
        let tags = try Self.tags(body)
        let normalized = Self.normalizedLocation(location)
        try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: normalized)
        let now = clock.now()
        return try store.write { state in
            guard try state.subscription(id: subscriptionId) != nil else {
                throw ARMErrorResponse.subscriptionNotFound(subscriptionId)
            }
            if var existing = try state.resourceGroup(subscriptionId: subscriptionId, name: name) {
                guard Self.normalizedLocation(existing.location) == normalized else {
                    throw ARMErrorResponse(
                        code: "InvalidResourceGroupLocation",
                        message: "Invalid resource group location '\(normalized)'. The Resource group already exists "
                            + "in location '\(existing.location)'.",
                        status: 409)
                }
                existing.tags = .object(tags ?? JSONObject())
                existing.managedBy = body["managedBy"]?.stringValue ?? existing.managedBy
                existing.changedTime = now
                try state.save(existing)
                return (existing, false)
            }
            let group = ResourceGroupRecord(subscriptionId: subscriptionId, name: name, location: normalized,
                                            tags: .object(tags ?? JSONObject()),
                                            managedBy: body["managedBy"]?.stringValue, createdTime: now)
            try state.save(group)
            return (group, true)
        }
    }

    /// PATCH of group `name`: replaces `tags` and `managedBy` when given.
    public func patchGroup(subscriptionId: String, name: String, apiVersion: String, body: JSONValue) throws
        -> ResourceGroupRecord {
        let tags = try Self.tags(body)
        let now = clock.now()
        return try store.write { state in
            guard var group = try state.resourceGroup(subscriptionId: subscriptionId, name: name) else {
                throw ARMErrorResponse.resourceGroupNotFound(name)
            }
            try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: group.location)
            if let tags { group.tags = .object(tags) }
            if let managedBy = body["managedBy"]?.stringValue { group.managedBy = managedBy }
            group.changedTime = now
            try state.save(group)
            return group
        }
    }

    /// The group `name`.
    /// - Throws: ``ARMErrorResponse`` `ResourceGroupNotFound` (404).
    public func group(subscriptionId: String, name: String, apiVersion: String) throws -> ResourceGroupRecord {
        try store.read { state in
            guard let group = try state.resourceGroup(subscriptionId: subscriptionId, name: name) else {
                throw ARMErrorResponse.resourceGroupNotFound(name)
            }
            try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: group.location)
            return group
        }
    }

    /// The groups of a subscription, ordered by name.
    public func groups(subscriptionId: String, apiVersion: String) throws -> [ResourceGroupRecord] {
        try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: "")
        return try store.read { state in
            guard try state.subscription(id: subscriptionId) != nil else {
                throw ARMErrorResponse.subscriptionNotFound(subscriptionId)
            }
            return try state.resourceGroups(subscriptionId: subscriptionId)
        }
    }

    /// Deletes group `name` with its resources (through their providers) and deployments, and records
    /// the finished operation `operationId` for the `Location` poll — all in one transaction.
    public func deleteGroup(subscriptionId: String, name: String, apiVersion: String, operationId: String) throws
        -> AsyncOperationRecord {
        let now = clock.now()
        return try store.write { state in
            guard let subscription = try state.subscription(id: subscriptionId) else {
                throw ARMErrorResponse.subscriptionNotFound(subscriptionId)
            }
            guard let group = try state.resourceGroup(subscriptionId: subscriptionId, name: name) else {
                throw ARMErrorResponse.resourceGroupNotFound(name)
            }
            try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: group.location)
            let resources = try state.resources(subscriptionId: subscriptionId, resourceGroup: group.name)
            try deleteAll(resources, group: group, subscription: subscription, now: now, in: state)
            for deployment in try state.deployments(scope: group.id) {
                try state.deleteDeployment(scope: group.id, name: deployment.name)
            }
            try state.deleteResourceGroup(subscriptionId: subscriptionId, name: group.name)
            let record = AsyncOperationRecord(id: operationId, kind: OperationKind.groupDeletion, status: .succeeded,
                                              startTime: now, endTime: now, resourceId: group.id,
                                              properties: ["method": "DELETE", "apiVersion": .string(apiVersion)])
            try state.save(record)
            return record
        }
    }

    /// Deletes `resources` through their providers — copies before their sources, children before
    /// parents — and removes directly what a provider still refuses, as deleting a group removes all.
    private func deleteAll(_ resources: [ResourceRecord], group: ResourceGroupRecord, subscription: SubscriptionRecord,
                           now: Date, in state: any StateTransaction) throws {
        var pending = resources.sorted { $0.id.count > $1.id.count }
        for _ in 0..<3 where !pending.isEmpty {
            var refused: [ResourceRecord] = []
            for record in pending {
                let request = ResourceRequest(id: record.id, type: record.type, apiVersion: record.apiVersion,
                                              name: record.name, subscription: subscription, resourceGroup: group,
                                              now: now)
                do {
                    _ = try registry.provider(for: record.type).delete(request, in: state)
                } catch {
                    refused.append(record)
                }
            }
            pending = refused
        }
        for record in pending { try state.deleteResource(id: record.id) }
    }

    /// ARM's group name rule: 1–90 characters of letters, digits, `_ - . ( )`, not ending in `.`.
    static func checkGroupName(_ name: String) throws {
        let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || "_-.()".contains($0) }
        guard !name.isEmpty, name.count <= 90, allowed, !name.hasSuffix(".") else {
            throw ARMErrorResponse(code: "InvalidResourceGroupName",
                                   message: "Resource group names only allow alphanumeric characters, periods, "
                                       + "underscores, hyphens and parenthesis and cannot end in a period.",
                                   status: 400, target: "resourceGroupName")
        }
    }

    /// `tags` of `body` when present: an object of strings.
    static func tags(_ body: JSONValue) throws -> JSONObject? {
        guard let value = body["tags"], !value.isNull else { return nil }
        guard let object = value.objectValue, object.values.allSatisfy({ $0.stringValue != nil }) else {
            throw ARMErrorResponse.invalidContent("The 'tags' property must be an object whose values are strings.")
        }
        return object
    }

    /// ARM's normal form of a region: lower case without spaces.
    static func normalizedLocation(_ location: String) -> String {
        location.lowercased().filter { $0 != " " }
    }
}

/// The kinds of long-running operations the server records.
enum OperationKind {
    /// DiskRP's `DiskOperations`.
    static let diskOperation = "Microsoft.Compute/DiskOperations"
    /// A resource group deletion (`/subscriptions/{s}/operationresults/{id}`).
    static let groupDeletion = "Microsoft.Resources/operationResults"
    /// A deployment's `operationStatuses`.
    static let deploymentStatus = "Microsoft.Resources/deployments/operationStatuses"
}
