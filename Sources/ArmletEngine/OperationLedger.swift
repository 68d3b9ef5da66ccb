package import ArmletCore
package import ArmletJSON
import ArmletState
package import Foundation

/// The long-running operations the REST API reports on (`Azure-AsyncOperation` and `Location` polls):
/// the server records each finished operation here and reads it back when a client polls, so the
/// server never writes the state around the engine.
package struct OperationLedger: Sendable {
    let context: EngineContext

    /// Records the finished operation `id` of `kind` on `resourceId` (`status` defaults to Succeeded),
    /// stamped with the engine's clock; `properties` carry what a poll answers with (method,
    /// api-version, output).
    @discardableResult
    package func recordFinished(id: String, kind: String, resourceId: String?, status: ProvisioningState = .succeeded,
                               startTime: Date? = nil, error: JSONValue? = nil,
                               properties: JSONValue) throws -> LongRunningOperation {
        let now = context.clock.now()
        let record = AsyncOperationRecord(id: id, kind: kind, status: status, startTime: startTime ?? now, endTime: now,
                                          resourceId: resourceId, error: error, properties: properties)
        try context.store.write { try $0.save(record) }
        return LongRunningOperation(record)
    }

    /// The operation `id` when it is of `kind` (ignoring case); `nil` otherwise.
    package func operation(id: String, kind: String) throws -> LongRunningOperation? {
        try context.store.read { state in
            guard let record = try state.asyncOperation(id: id), JSONObject.equalIgnoringCase(record.kind, kind)
            else { return nil }
            return LongRunningOperation(record)
        }
    }
}

extension EngineContext {
    /// Long-running operations, as the REST API polls them.
    package var operations: OperationLedger { OperationLedger(context: self) }
}
