import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

/// `/subscriptions/{s}/resourcegroups[/{rg}]`: PUT (201/200), GET, HEAD (204/404), PATCH, DELETE
/// (202 + `Location` to `operationresults`), list (with tag `$filter` and `$top`), export.
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
        let filter = try ResourceFilter.parseGroupFilter(call.query["$filter"])
        let pageSize = try Paging.pageSize(call, limit: services.configuration.pageSize)
        let groups = try services.front.groups(subscriptionId: subscription, apiVersion: call.apiVersion)
            .filter { filter?.matches($0) ?? true }
        return ARMResponse.json(Paging.page(groups.map(ARMBodies.resourceGroup), call: call, pageSize: pageSize))
    }

    /// `POST …/resourcegroups/{rg}/exportTemplate` (`ResourceGroups_ExportTemplate`): body
    /// `{resources: ["*"] | [ids], options: "…", outputFormat: "Json"}`; answered at once with 200 and
    /// `{template[, error]}` (ARM may answer 202 and a `Location`; both are in the spec, and clients
    /// poll only when told to).
    static func exportTemplate(_ call: ARMCall, subscription: String, name: String, services: ServerServices) throws
        -> Response {
        guard call.method == .post else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        let body = try call.objectBody()
        let selection = try exportSelection(body["resources"])
        let options: ResourceGroupExport.Options
        switch ResourceGroupExport.Options.parse(body["options"]?.stringValue ?? "") {
        case .success(let parsed): options = parsed
        case .failure(let unknown):
            throw ARMError.invalidContent("'\(unknown.text)' is not an export option; the options are "
                + "IncludeParameterDefaultValue, IncludeComments, SkipResourceNameParameterization and SkipAllParameterization.")
        }
        if let format = body["outputFormat"]?.stringValue, format.lowercased() != "json" {
            throw ARMError.invalidContent("Armlet exports templates as JSON only; outputFormat '\(format)' is not available.")
        }
        let result = try services.engine(subscription: subscription).resources
            .exportTemplate(group: name, selection: selection, options: options)
        return ARMResponse.json(result)
    }

    /// `resources` of an export request: `["*"]` for all, else resource ids.
    private static func exportSelection(_ value: JSONValue?) throws -> ResourceGroupExport.Selection {
        guard let items = value?.arrayValue else {
            throw ARMError.invalidContent("The 'resources' property must be an array of resource ids, or [\"*\"] for all.")
        }
        let ids = try items.map { item in
            guard let id = item.stringValue else {
                throw ARMError.invalidContent("The 'resources' property must be an array of strings.")
            }
            return id
        }
        return ids.contains("*") ? .all : .ids(ids)
    }
}
