package import ArmletCore
package import ArmletJSON
package import Foundation
import ArmletState

/// A deployment and its outcome, as the engine hands it out (history, `show`, the REST API).
package struct Deployment: Hashable, Sendable {
    /// What the engine stored; the engine's ARM bodies read it.
    let record: DeploymentRecord

    init(_ record: DeploymentRecord) { self.record = record }

    /// `{scope}/providers/Microsoft.Resources/deployments/{name}`.
    package var id: String { record.id }
    /// The scope's id (a resource group or a subscription).
    package var scope: String { record.scope }
    /// The name as first written.
    package var name: String { record.name }
    /// The subscription.
    package var subscriptionId: String { record.subscriptionId }
    /// The resource group, at resource-group scope.
    package var resourceGroup: String? { record.resourceGroup }
    /// The template as submitted.
    package var template: JSONValue { record.template }
    /// `{name: {value}}` as deployed.
    package var parameters: JSONValue { record.parameters }
    /// Incremental or Complete.
    package var mode: DeploymentMode { record.mode }
    /// `Accepted`, `Running`, `Succeeded`, `Failed` or `Canceled`.
    package var provisioningState: ProvisioningState { record.provisioningState }
    /// `{name: {type, value}}` once it succeeded.
    package var outputs: JSONValue? { record.outputs }
    /// ARM's error object when it failed.
    package var error: JSONValue? { record.error }
    /// When it started, and how long it took.
    package var timestamp: Date { record.timestamp }
    package var duration: TimeInterval { record.duration }
    /// The correlation id of its operations.
    package var correlationId: String { record.correlationId }
    /// The template's hash.
    package var templateHash: String? { record.templateHash }
}

/// One operation of a deployment (a resource created, updated or deleted), as the engine hands it out.
package struct DeploymentOperation: Hashable, Sendable {
    let record: DeploymentOperationRecord

    init(_ record: DeploymentOperationRecord) { self.record = record }

    /// The deployment's id.
    package var deploymentId: String { record.deploymentId }
    /// The operation id.
    package var operationId: String { record.operationId }
    /// `Create`, `Read`, `Delete`, …
    package var provisioningOperation: String { record.provisioningOperation }
    /// The resource acted on.
    package var resourceId: String? { record.resourceId }
    package var resourceType: String? { record.resourceType }
    package var resourceName: String? { record.resourceName }
    /// The outcome.
    package var provisioningState: ProvisioningState { record.provisioningState }
    /// The HTTP status name (`Created`, `OK`) and the provider's message.
    package var statusCode: String? { record.statusCode }
    package var statusMessage: JSONValue? { record.statusMessage }
    /// When it ran, and how long it took.
    package var timestamp: Date { record.timestamp }
    package var duration: TimeInterval { record.duration }
}

/// A finished long-running operation, as a REST poll reports it.
package struct LongRunningOperation: Hashable, Sendable {
    let record: AsyncOperationRecord

    init(_ record: AsyncOperationRecord) { self.record = record }

    /// The operation id (a GUID).
    package var id: String { record.id }
    /// What it does, for the server's URLs (e.g. `Microsoft.Compute/DiskOperations`).
    package var kind: String { record.kind }
    /// Its status.
    package var status: ProvisioningState { record.status }
    /// When it started and ended.
    package var startTime: Date { record.startTime }
    package var endTime: Date? { record.endTime }
    /// The resource it acted on.
    package var resourceId: String? { record.resourceId }
    /// ARM's error body when it failed.
    package var error: JSONValue? { record.error }
    /// What a poll answers with (method, api-version, output).
    package var properties: JSONValue? { record.properties }
}
