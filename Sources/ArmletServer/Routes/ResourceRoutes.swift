import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletProviders
import Foundation
import Hummingbird

/// Provider resources by id — PUT, PATCH, GET, HEAD, DELETE, POST actions and lists — over
/// ``ResourceFront``. DiskRP's long-running operations answer 202 with `Azure-AsyncOperation`,
/// `Location` (`&monitor=true`) and `Retry-After: 1`; the operation is already finished, so the first
/// poll reports it done.
enum ResourceRoutes {
    static func handle(_ call: ARMCall, id: ResourceID, services: ServerServices) throws -> Response {
        let front = services.front
        switch call.method {
        case .put:
            let plan = ResourceFront.OperationPlan(kind: OperationKind.diskOperation, method: "PUT")
            let (result, operation) = try front.put(id, apiVersion: call.apiVersion, body: try call.objectBody(),
                                                    operation: plan)
            if let operation { return accepted(call, id: id, result: result, operation: operation, echo: true) }
            return ARMResponse.json(result.body ?? .null, status: result.change == .created ? .created : .ok)
        case .patch:
            let plan = ResourceFront.OperationPlan(kind: OperationKind.diskOperation, method: "PATCH")
            let (result, operation) = try front.patch(id, apiVersion: call.apiVersion, body: try call.objectBody(),
                                                      operation: plan)
            if let operation { return accepted(call, id: id, result: result, operation: operation, echo: true) }
            return ARMResponse.json(result.body ?? .null)
        case .get:
            return ARMResponse.json(try front.get(id, apiVersion: call.apiVersion))
        case .head:
            do {
                _ = try front.get(id, apiVersion: call.apiVersion)
                return ARMResponse.empty(.noContent)
            } catch let error where ResourceFront.isNotFound(error) {
                return ARMResponse.empty(.notFound)
            }
        case .delete:
            let plan = ResourceFront.OperationPlan(kind: OperationKind.diskOperation, method: "DELETE")
            let (result, operation) = try front.delete(id, apiVersion: call.apiVersion, operation: plan)
            guard result.change != .none else { return ARMResponse.empty(.noContent) }
            if let operation { return accepted(call, id: id, result: result, operation: operation, echo: false) }
            return ARMResponse.empty(.ok)
        default:
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
    }

    /// `POST {id}/{action}` (e.g. `beginGetAccess`), or `GET {id}/{childType}` (a child collection).
    static func action(_ call: ARMCall, id: ResourceID, name: String, services: ServerServices) throws -> Response {
        if call.method == .get {
            return try list(call, subscription: id.subscriptionId ?? "", group: id.resourceGroup, type: id.type + "/" + name,
                            parentId: id.description, services: services)
        }
        guard call.method == .post else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        let plan = ResourceFront.OperationPlan(kind: OperationKind.diskOperation, method: "POST:\(name)")
        let (result, operation) = try services.front.action(name, on: id, apiVersion: call.apiVersion,
                                                            body: try call.jsonBody(), operation: plan)
        if let operation { return accepted(call, id: id, result: result, operation: operation, echo: false) }
        guard let body = result.body else { return ARMResponse.empty(.noContent) }
        return ARMResponse.json(body)
    }

    /// A list of `type` in a subscription or group (`parentId` for a child collection), paged.
    static func list(_ call: ARMCall, subscription: String, group: String?, type: String, parentId: String?,
                     services: ServerServices) throws -> Response {
        guard call.method == .get else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        let values = try services.front.list(subscriptionId: subscription, resourceGroup: group, type: type,
                                             parentId: parentId, apiVersion: call.apiVersion)
        return ARMResponse.json(Paging.page(values, call: call, pageSize: services.configuration.pageSize))
    }

    /// DiskRP's 202: the resource echoed with `provisioningState: Updating` for PUT/PATCH, no body otherwise.
    private static func accepted(_ call: ARMCall, id: ResourceID, result: ProviderResult,
                                 operation: LongRunningOperation, echo: Bool) -> Response {
        let location = result.body?["location"]?.stringValue ?? "local"
        let status = call.baseURL + "/subscriptions/\(id.subscriptionId ?? "")/providers/Microsoft.Compute/locations/"
            + "\(location)/DiskOperations/\(operation.id)?"
            + Paging.encode(["p": operation.id, "api-version": call.apiVersion])
        let headers = ARMResponse.operationHeaders(asyncOperation: status, location: status + "&monitor=true")
        guard echo, var body = result.body else { return ARMResponse.empty(.accepted, headers: headers) }
        body.setProvisioningState("Updating")
        return ARMResponse.json(body, status: .accepted, headers: headers)
    }
}

extension JSONValue {
    /// Sets `properties.provisioningState` when the value is an object with `properties`.
    mutating func setProvisioningState(_ state: String) {
        guard var object = objectValue, var properties = object["properties"]?.objectValue else { return }
        properties["provisioningState"] = .string(state)
        object["properties"] = .object(properties)
        self = .object(object)
    }
}
