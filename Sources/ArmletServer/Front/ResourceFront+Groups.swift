import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation

extension ResourceFront {
    /// The resource groups' type, for api-version checks.
    static let groupType = "Microsoft.Resources/resourceGroups"

    /// PUT of group `name` through `ResourceManager.createOrUpdateGroup` (ARM: 201 when created, 200
    /// when it existed); `body` needs `location`, and its `tags` replace the group's (PUT semantics).
    /// - Throws: `LocationRequired`, `InvalidRequestContent` for bad tags, `NoRegisteredProviderFound`,
    ///   and the manager's `SubscriptionNotFound`, `InvalidResourceGroupLocation` (409), `InvalidParameter`.
    func putGroup(subscriptionId: String, name: String, apiVersion: String, body: JSONValue) throws
        -> (group: ResourceGroup, created: Bool) {
        guard let location = body["location"]?.stringValue, !location.isEmpty else {
            throw ARMError(code: "LocationRequired",
                                   message: "The location property is required for this definition.", httpStatus: 400)
        }
        let tags = try Self.tags(body)
        try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion,
                                 location: Location.normalize(location))
        return try self.manager(subscription: subscriptionId)
            .createOrUpdateGroup(name: name, location: location, tags: tags ?? JSONObject(),
                                 managedBy: body["managedBy"]?.stringValue, subscriptionId: subscriptionId)
    }

    /// PATCH of group `name`: replaces `tags` and `managedBy` when given (the CLI has no PATCH; this
    /// is the server's own, after the manager's lookup).
    func patchGroup(subscriptionId: String, name: String, apiVersion: String, body: JSONValue) throws
        -> ResourceGroup {
        let tags = try Self.tags(body)
        let group = try self.group(subscriptionId: subscriptionId, name: name, apiVersion: apiVersion)
        return try manager(subscription: subscriptionId)
            .updateGroup(name: group.name, tags: tags, managedBy: body["managedBy"]?.stringValue)
    }

    /// The group `name`.
    /// - Throws: `SubscriptionNotFound`, `ResourceGroupNotFound` (404).
    func group(subscriptionId: String, name: String, apiVersion: String) throws -> ResourceGroup {
        let group = try manager(subscription: subscriptionId).group(name: name)
        try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: group.location)
        return group
    }

    /// The groups of a subscription, ordered by name.
    func groups(subscriptionId: String, apiVersion: String) throws -> [ResourceGroup] {
        try Self.checkAPIVersion(type: Self.groupType, apiVersion: apiVersion, location: "")
        return try manager(subscription: subscriptionId).groups()
    }

    /// Deletes group `name` through `ResourceManager.deleteGroup` (resources through their providers,
    /// deployments too) and records the finished operation `operationId` for the `Location` poll.
    func deleteGroup(subscriptionId: String, name: String, apiVersion: String, operationId: String) throws
        -> LongRunningOperation {
        let group = try self.group(subscriptionId: subscriptionId, name: name, apiVersion: apiVersion)
        try manager(subscription: subscriptionId).deleteGroup(name: group.name)
        return try services.engine(subscription: subscriptionId).operations.recordFinished(
            id: operationId, kind: OperationKind.groupDeletion, resourceId: group.id,
            properties: ["method": "DELETE", "apiVersion": .string(apiVersion)])
    }

    /// `tags` of `body` when present: an object of strings.
    static func tags(_ body: JSONValue) throws -> JSONObject? {
        guard let value = body["tags"], !value.isNull else { return nil }
        guard let object = value.objectValue, object.values.allSatisfy({ $0.stringValue != nil }) else {
            throw ARMError.invalidContent("The 'tags' property must be an object whose values are strings.")
        }
        return object
    }

    /// Whether `error` is a 404 in its ARM form (for HEAD).
    static func isNotFound(_ error: any Error) -> Bool {
        ARMError.from(error).httpStatus == 404
    }
}

/// The kinds of long-running operations the server records.
enum OperationKind {
    /// DiskRP's `DiskOperations`.
    static let diskOperation = "Microsoft.Compute/DiskOperations"
    /// A resource group deletion (`/subscriptions/{s}/operationresults/{id}`).
    static let groupDeletion = "Microsoft.Resources/operationResults"
    /// A deployment deletion (`/subscriptions/{s}/operationresults/{id}`, 204 when done).
    static let deploymentDeletion = "Microsoft.Resources/deployments/operationResults"
    /// A deployment's `operationStatuses`.
    static let deploymentStatus = "Microsoft.Resources/deployments/operationStatuses"
}
