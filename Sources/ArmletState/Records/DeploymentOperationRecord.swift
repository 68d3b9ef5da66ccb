package import ArmletCore
package import ArmletJSON
package import Foundation

/// One step of a deployment: creating, updating or deleting one resource (or evaluating outputs).
/// `az deployment operation group list` shows these.
package struct DeploymentOperationRecord: Hashable, Sendable {
    /// The owning deployment's id (``DeploymentRecord/id``).
    package var deploymentId: String
    /// The operation id, unique within the deployment (ARM uses 16 hex digits).
    package var operationId: String
    /// `Create`, `Delete`, `Read`, `Action`, `EvaluateDeploymentOutput`, …
    package var provisioningOperation: String
    /// The target resource's id, when the operation has one.
    package var resourceId: String?
    /// The target resource's type.
    package var resourceType: String?
    /// The target resource's name.
    package var resourceName: String?
    /// `Running`, `Succeeded`, `Failed`, …
    package var provisioningState: ProvisioningState
    /// The HTTP status as ARM names it (`OK`, `Created`, `BadRequest`, …).
    package var statusCode: String?
    /// `{status, error}` as ARM reports it.
    package var statusMessage: JSONValue?
    /// When the operation last changed state.
    package var timestamp: Date
    /// How long it ran, in seconds.
    package var duration: TimeInterval

    /// An operation record.
    package init(deploymentId: String, operationId: String, provisioningOperation: String = "Create",
                resourceId: String? = nil, resourceType: String? = nil, resourceName: String? = nil,
                provisioningState: ProvisioningState, statusCode: String? = nil, statusMessage: JSONValue? = nil,
                timestamp: Date, duration: TimeInterval = 0) {
        self.deploymentId = deploymentId
        self.operationId = operationId
        self.provisioningOperation = provisioningOperation
        self.resourceId = resourceId
        self.resourceType = resourceType
        self.resourceName = resourceName
        self.provisioningState = provisioningState
        self.statusCode = statusCode
        self.statusMessage = statusMessage
        self.timestamp = timestamp
        self.duration = duration
    }
}
