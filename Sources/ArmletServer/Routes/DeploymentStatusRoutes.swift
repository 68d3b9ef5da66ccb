import ArmletCore
import ArmletEngine
import ArmletJSON
import HTTPTypes
import Hummingbird

/// A deployment's `operationStatuses/{id}` document and its deployment operations.
enum DeploymentStatusRoutes {
    /// `{id, name, status: Running|Succeeded|Failed, startTime, endTime?, error?}`; always 200.
    static func status(_ call: ARMCall, scope: DeploymentScopeRef, name: String, id: String,
                       services: ServerServices) throws -> Response {
        guard call.method == .get else { throw DeploymentRoutes.notAllowed(call) }
        let deployment = try services.engine(subscription: scope.subscription).deployments
            .deployment(at: scope.target, name: name)
        guard let record = try services.front.operation(id: id, kind: OperationKind.deploymentStatus),
              JSONObject.equalIgnoringCase(record.resourceId ?? "", deployment.id) else {
            throw ARMError(code: "OperationNotFound", message: "The operation '\(id)' could not be found.",
                                   httpStatus: 404)
        }
        var o = JSONObject()
        o["id"] = .string(deployment.id + "/operationStatuses/" + record.id)
        o["name"] = .string(record.id)
        o["status"] = .string(record.status.isTerminal ? record.status.rawValue : "Running")
        o["startTime"] = .string(ARMTimestamp.format(record.startTime))
        if let end = record.endTime { o["endTime"] = .string(ARMTimestamp.format(end)) }
        if let error = record.error { o["error"] = error }
        let headers: HTTPFields = record.status.isTerminal ? [:] : ARMResponse.operationHeaders(asyncOperation: nil, location: nil)
        return ARMResponse.json(.object(o), headers: headers)
    }

    /// The deployment's operations, in the order they ran (paged).
    static func operations(_ call: ARMCall, scope: DeploymentScopeRef, name: String,
                           services: ServerServices) throws -> Response {
        guard call.method == .get else { throw DeploymentRoutes.notAllowed(call) }
        let engine = services.engine(subscription: scope.subscription).deployments
        let values = try engine.operations(at: scope.target, name: name).map { engine.json($0) }
        return ARMResponse.json(Paging.page(values, call: call, pageSize: services.configuration.pageSize))
    }

    /// One deployment operation by its id.
    static func operation(_ call: ARMCall, scope: DeploymentScopeRef, name: String, id: String,
                          services: ServerServices) throws -> Response {
        guard call.method == .get else { throw DeploymentRoutes.notAllowed(call) }
        let engine = services.engine(subscription: scope.subscription).deployments
        guard let match = try engine.operations(at: scope.target, name: name)
            .first(where: { JSONObject.equalIgnoringCase($0.operationId, id) }) else {
            throw ARMError(code: "DeploymentOperationNotFound",
                                   message: "Deployment operation '\(id)' of deployment '\(name)' could not be found.",
                                   httpStatus: 404)
        }
        return ARMResponse.json(engine.json(match))
    }
}
