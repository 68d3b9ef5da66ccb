import ArmletCore
package import ArmletJSON
package import ArmletState

/// A simulated resource provider: what ARM forwards a request to once it has checked the request's
/// envelope (subscription, resource group, API version).
///
/// Like swift-log's `LogHandler`, this is a small protocol with implementations registered at the
/// edge (see ``ProviderRegistry``). Every operation runs inside a state transaction the caller owns,
/// so a thrown error rolls back everything the provider wrote. Time comes from the request
/// (``ResourceRequest/now``), never from the wall clock. Errors thrown are ``ARMError``s (or the
/// store's `StateError`s) carrying ARM's codes.
package protocol ResourceProvider: Sendable {
    /// The full types the provider serves, e.g. `Microsoft.Compute/disks` (matched ignoring case).
    var resourceTypes: [String] { get }

    /// Preflight checks that need no state (ARM's validate step); never writes.
    func validate(_ request: ResourceRequest) -> [Diagnostic]

    /// Creates or replaces the resource (HTTP PUT) and returns it as a GET would.
    func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult

    /// Updates the resource with the members given (HTTP PATCH, `az disk update`) and returns it as a GET would.
    func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult

    /// The resource as a GET returns it.
    /// - Throws: ``ARMError`` `ResourceNotFound` when it does not exist.
    func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue

    /// Deletes the resource; deleting one that does not exist succeeds with ``ProviderResult/Change/none``
    /// (ARM answers 204).
    func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult

    /// The resources of `scope` as a list call returns them (`value` entries).
    func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue]

    /// A POST action on the resource, e.g. `beginGetAccess`; the request's body is the action's body.
    /// - Throws: ``ARMError`` `InvalidResourceOperation`-style errors for actions the type lacks.
    func action(name: String, _ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult
}

extension ResourceProvider {
    /// Whether the provider serves `type` (ignoring case).
    package func serves(_ type: String) -> Bool {
        resourceTypes.contains { JSONObject.equalIgnoringCase($0, type) }
    }
}
