import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

/// `Microsoft.Resources/deployments` at every scope (resource group, subscription, management group,
/// tenant) over the engine's `DeploymentEngine`: PUT (201/200 + `Azure-AsyncOperation` to
/// `operationStatuses/{id}`), GET, HEAD, DELETE (202 + `Location` / 204), list, and the `validate`,
/// `whatIf`, `exportTemplate` and `cancel` actions. Deployments run to the end inside the PUT, so
/// the first status poll already reports the outcome.
enum DeploymentRoutes {
    static func handle(_ call: ARMCall, services: ServerServices) throws -> Response {
        switch call.route {
        case .deployments(let scope):
            guard call.method == .get else { throw notAllowed(call) }
            let engine = services.engine(subscription: scope.subscription).deployments
            let values = try engine.deployments(at: scope.target).map { try engine.json($0) }
            return ARMResponse.json(Paging.page(values, call: call, pageSize: services.configuration.pageSize))
        case .deployment(let scope, let name):
            return try deployment(call, scope: scope, name: name, services: services)
        case .deploymentAction(let scope, let name, let action):
            return try DeploymentActionRoutes.handle(call, scope: scope, name: name, action: action, services: services)
        case .deploymentStatus(let scope, let name, let id):
            return try DeploymentStatusRoutes.status(call, scope: scope, name: name, id: id, services: services)
        case .deploymentOperations(let scope, let name):
            return try DeploymentStatusRoutes.operations(call, scope: scope, name: name, services: services)
        case .deploymentOperation(let scope, let name, let id):
            return try DeploymentStatusRoutes.operation(call, scope: scope, name: name, id: id, services: services)
        default:
            throw ARMError.noRoute(method: call.method.rawValue, path: call.path)
        }
    }

    private static func deployment(_ call: ARMCall, scope: DeploymentScopeRef, name: String,
                                   services: ServerServices) throws -> Response {
        let engine = services.engine(subscription: scope.subscription).deployments
        switch call.method {
        case .put:
            return try put(call, scope: scope, name: name, services: services)
        case .get:
            return ARMResponse.json(try engine.json(try engine.deployment(at: scope.target, name: name)))
        case .head:
            do {
                _ = try engine.deployment(at: scope.target, name: name)
                return ARMResponse.empty(.noContent)
            } catch let error where ResourceFront.isNotFound(error) {
                return ARMResponse.empty(.notFound)
            }
        case .delete:
            guard (try? engine.deployment(at: scope.target, name: name)) != nil else {
                // The scope itself must exist (a missing group is 404).
                _ = try engine.deployments(at: scope.target)
                return ARMResponse.empty(.noContent)
            }
            try engine.delete(at: scope.target, name: name)
            let operations = services.engine(subscription: scope.subscription).operations
            let record = try operations.recordFinished(
                id: UUID().uuidString.lowercased(), kind: OperationKind.deploymentDeletion, resourceId: nil,
                properties: ["method": "DELETE", "apiVersion": .string(call.apiVersion)])
            let subscription = try scope.subscription ?? services.engine(subscription: nil).resources.currentSubscription().id
            let location = call.baseURL + "/subscriptions/\(subscription)/operationresults/\(record.id)?"
                + Paging.encode(["api-version": call.apiVersion])
            return ARMResponse.empty(.accepted, headers: ARMResponse.operationHeaders(asyncOperation: nil,
                                                                                       location: location))
        default:
            throw notAllowed(call)
        }
    }

    /// Validates, then runs the deployment; preflight failures answer 400 and write nothing, resource
    /// failures leave a `Failed` deployment whose status document carries the error.
    private static func put(_ call: ARMCall, scope: DeploymentScopeRef, name: String,
                            services: ServerServices) throws -> Response {
        let context = services.engine(subscription: scope.subscription)
        let engine = context.deployments
        let request = try DeploymentBody.request(call, name: name, target: scope.target)
        let existed = (try? engine.deployment(at: scope.target, name: name)) != nil
        let validation = try engine.validate(request)
        let record = try engine.deploy(request, after: validation)
        let status = try context.operations.recordFinished(
            id: UUID().uuidString.lowercased(), kind: OperationKind.deploymentStatus, resourceId: record.id,
            status: record.provisioningState, startTime: record.timestamp, error: record.error,
            properties: ["method": "PUT", "apiVersion": .string(call.apiVersion)])
        var body = try engine.json(record, plan: validation.plan).objectValue ?? JSONObject()
        var properties = body["properties"]?.objectValue ?? JSONObject()
        // As ARM answers a PUT: accepted; the outcome is read from the status document.
        properties["provisioningState"] = "Accepted"
        body["properties"] = .object(properties)
        let statusURL = call.baseURL + record.id + "/operationStatuses/\(status.id)?"
            + Paging.encode(["api-version": call.apiVersion])
        return ARMResponse.json(.object(body), status: existed ? .ok : .created,
                                headers: ARMResponse.operationHeaders(asyncOperation: statusURL, location: nil))
    }

    static func notAllowed(_ call: ARMCall) -> ARMError {
        ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
    }
}
