import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

/// `/subscriptions/{s}/resourcegroups[/{rg}]`: PUT (201/200), GET, HEAD (204/404), PATCH, DELETE
/// (202 + `Location` to `operationresults`), list.
enum ResourceGroupRoutes {
    static func handle(_ call: ARMCall, subscription: String, name: String, services: ServerServices) throws -> Response {
        let front = services.front
        switch call.method {
        case .put:
            let (group, created) = try front.putGroup(subscriptionId: subscription, name: name,
                                                      apiVersion: call.apiVersion, body: try call.objectBody())
            return ARMResponse.json(ARMBodies.resourceGroup(group), status: created ? .created : .ok)
        case .get:
            return ARMResponse.json(ARMBodies.resourceGroup(try front.group(subscriptionId: subscription, name: name,
                                                         apiVersion: call.apiVersion)))
        case .head:
            do {
                _ = try front.group(subscriptionId: subscription, name: name, apiVersion: call.apiVersion)
                return ARMResponse.empty(.noContent)
            } catch let error where ResourceFront.isNotFound(error) {
                return ARMResponse.empty(.notFound)
            }
        case .patch:
            return ARMResponse.json(ARMBodies.resourceGroup(try front.patchGroup(subscriptionId: subscription, name: name,
                                                              apiVersion: call.apiVersion, body: try call.objectBody())))
        case .delete:
            let operation = try front.deleteGroup(subscriptionId: subscription, name: name, apiVersion: call.apiVersion,
                                                  operationId: UUID().uuidString.lowercased())
            let location = call.baseURL + "/subscriptions/\(subscription)/operationresults/\(operation.id)?"
                + Paging.encode(["api-version": call.apiVersion])
            return ARMResponse.empty(.accepted, headers: ARMResponse.operationHeaders(asyncOperation: nil,
                                                                                       location: location))
        default:
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
    }

    static func list(_ call: ARMCall, subscription: String, services: ServerServices) throws -> Response {
        guard call.method == .get else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        let groups = try services.front.groups(subscriptionId: subscription, apiVersion: call.apiVersion)
        return ARMResponse.json(Paging.page(groups.map(ARMBodies.resourceGroup), call: call, pageSize: services.configuration.pageSize))
    }
}
