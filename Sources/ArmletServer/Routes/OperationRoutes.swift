import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletProviders
import Hummingbird

/// Polling: DiskRP's `DiskOperations/{id}` (status document; with `monitor=true` the `Location`
/// behaviour: 202 while running, then what the synchronous call would have returned) and resource
/// group deletions' `operationresults/{id}`.
enum OperationRoutes {
    static func diskOperation(_ call: ARMCall, id: String, services: ServerServices) throws -> Response {
        guard call.method == .get else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        guard let record = try services.front.operation(id: id, kind: OperationKind.diskOperation) else {
            throw notFound(id)
        }
        let method = record.properties?["method"]?.stringValue ?? ""
        let output = try currentOutput(record, method: method, services: services)
        guard record.status.isTerminal else {
            let headers = ARMResponse.operationHeaders(asyncOperation: nil, location: nil)
            if call.query["monitor"] == "true" { return ARMResponse.empty(.accepted, headers: headers) }
            return ARMResponse.json(statusDocument(record, output: nil), headers: headers)
        }
        if call.query["monitor"] == "true" {
            if let error = record.error { return ARMResponse.json(["error": error], status: .badRequest) }
            guard let output else { return ARMResponse.empty(.ok) }
            return ARMResponse.json(output)
        }
        return ARMResponse.json(statusDocument(record, output: output))
    }

    static func operationResult(_ call: ARMCall, id: String, services: ServerServices) throws -> Response {
        guard call.method == .get else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        let front = services.front
        guard let record = try front.operation(id: id, kind: OperationKind.groupDeletion)
            ?? front.operation(id: id, kind: OperationKind.deploymentDeletion) else {
            throw notFound(id)
        }
        guard record.status.isTerminal else {
            return ARMResponse.empty(.accepted, headers: ARMResponse.operationHeaders(asyncOperation: nil, location: nil))
        }
        if let error = record.error { return ARMResponse.json(["error": error], status: .badRequest) }
        // A deleted deployment's Location answers 204 when done (Deployments_Delete).
        let deployment = JSONObject.equalIgnoringCase(record.kind, OperationKind.deploymentDeletion)
        return ARMResponse.empty(deployment ? .noContent : .ok)
    }

    /// `{name, status, startTime, endTime?, properties: {output}?, error?}`.
    static func statusDocument(_ record: LongRunningOperation, output: JSONValue?) -> JSONValue {
        var o = JSONObject()
        o["name"] = .string(record.id)
        o["status"] = .string(record.status.rawValue)
        o["startTime"] = .string(ARMTimestamp.format(record.startTime))
        if let end = record.endTime { o["endTime"] = .string(ARMTimestamp.format(end)) }
        if let output { o["properties"] = ["output": output] }
        if let error = record.error { o["error"] = error }
        return .object(o)
    }

    /// What the operation produced, as of now: PUT/PATCH re-read the resource (so a background copy's
    /// `completionPercent` is current); actions return what they stored; DELETE nothing.
    private static func currentOutput(_ record: LongRunningOperation, method: String,
                                      services: ServerServices) throws -> JSONValue? {
        let stored = record.properties?["output"]
        guard method == "PUT" || method == "PATCH", let resourceId = record.resourceId,
              let id = ResourceID(resourceId) else { return stored }
        let apiVersion = record.properties?["apiVersion"]?.stringValue ?? ""
        return (try? services.front.get(id, apiVersion: apiVersion)) ?? stored
    }

    private static func notFound(_ id: String) -> ARMError {
        ARMError(code: "OperationNotFound", message: "The operation '\(id)' could not be found.", httpStatus: 404)
    }
}
