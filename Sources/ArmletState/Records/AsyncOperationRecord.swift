package import ArmletCore
package import ArmletJSON
package import Foundation

/// A long-running operation as the REST API reports it through its `Azure-AsyncOperation` and
/// `Location` URLs (DiskRP `DiskOperations/{id}`, deployments' `operationStatuses/{id}`).
package struct AsyncOperationRecord: Hashable, Sendable {
    /// The operation id (a GUID; lookups ignore case).
    package var id: String
    /// What the operation does, for the server to build its URLs, e.g. `Microsoft.Compute/DiskOperations`.
    package var kind: String
    /// `InProgress`, `Running`, `Succeeded`, `Failed` or `Canceled`.
    package var status: ProvisioningState
    /// When it started.
    package var startTime: Date
    /// When it finished, once it has.
    package var endTime: Date?
    /// The resource it acts on, when there is one.
    package var resourceId: String?
    /// The ARM error body (`{code, message}`) when it failed.
    package var error: JSONValue?
    /// Anything else the operation's owner needs to answer a poll (e.g. `{"output": …}`).
    package var properties: JSONValue?

    /// An operation record.
    package init(id: String, kind: String, status: ProvisioningState, startTime: Date, endTime: Date? = nil,
                resourceId: String? = nil, error: JSONValue? = nil, properties: JSONValue? = nil) {
        self.id = id
        self.kind = kind
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
        self.resourceId = resourceId
        self.error = error
        self.properties = properties
    }
}
