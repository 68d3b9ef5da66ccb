import ArmletCore
import ArmletJSON
import ArmletState
import ArmletTemplate
import Foundation

/// Answers `reference()` and `list*()` from the simulated Azure's state while a deployment runs.
///
/// `reference(id)` returns the resource's `properties` as a GET returns them now (background copies
/// report their `completionPercent`); `reference(id, version, 'Full')` returns the whole resource.
/// `listKeys`-style functions answer with two keys derived from the resource id (stable, not
/// secret); other `list*` functions fail clearly.
///
/// It reads through the transaction it was made for and is used only inside that transaction's
/// body, on that thread — which is why it may hold the non-`Sendable` reader.
final class StateReferenceResolver: DeferredReferenceResolver, @unchecked Sendable {
    private let reader: any StateReader
    private let present: (ResourceRecord) throws -> JSONValue

    /// A resolver over `reader`; `present` turns a stored record into what a GET returns.
    init(reader: any StateReader, present: @escaping (ResourceRecord) throws -> JSONValue) {
        self.reader = reader
        self.present = present
    }

    func reference(resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
        if let deployment = try deployment(resourceId) {
            return Self.reference(deployment, full: Self.isFull(arguments))
        }
        let record = try record(resourceId)
        let body = try present(record)
        guard Self.isFull(arguments) else { return body["properties"] ?? .object(JSONObject()) }
        var object = body.objectValue ?? JSONObject()
        if object["apiVersion"] == nil { object["apiVersion"] = .string(record.apiVersion) }
        return .object(object)
    }

    func list(function: String, resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
        let record = try record(resourceId)
        guard function.lowercased() == "listkeys" else {
            throw ARMError(code: "InvalidTemplate",
                           message: "The function '\(function)' is not available for resource type '\(record.type)' "
                               + "in Armlet's simulated Azure; only listKeys is answered.")
        }
        let keys = ["key1", "key2"].map { name -> JSONValue in
            var bytes: [UInt8] = []
            var seed = record.id.lowercased() + "|" + name
            while bytes.count < 64 {
                let hex = ARMFormat.operationId(seed)
                bytes += Array(hex.utf8)
                seed = hex
            }
            return ["keyName": .string(name), "value": .string(Data(bytes).base64EncodedString()),
                    "permissions": "FULL"]
        }
        return ["keys": .array(keys)]
    }

    private static func isFull(_ arguments: [JSONValue]) -> Bool {
        arguments.dropFirst(2).first?.stringValue.map { $0.lowercased() == "full" } ?? false
    }

    /// The deployment record `resourceId` names, when it names a deployment (nested deployments are
    /// records, not resources).
    private func deployment(_ resourceId: String) throws -> DeploymentRecord? {
        guard let id = ResourceID(resourceId), id.isType("Microsoft.Resources/deployments"),
              let scope = id.scope else { return nil }
        let scopeText = scope.kind == .tenant ? "" : scope.description
        return try reader.deployment(scope: scopeText, name: id.name)
    }

    /// `reference()` of a deployment: its properties as ARM's GET returns them (state, mode, outputs).
    private static func reference(_ record: DeploymentRecord, full: Bool) -> JSONValue {
        var properties = JSONObject()
        properties["provisioningState"] = .string(record.provisioningState.rawValue)
        properties["mode"] = .string(record.mode.rawValue)
        properties["correlationId"] = .string(record.correlationId)
        properties["timestamp"] = .string(ARMFormat.timestamp(record.timestamp))
        if let outputs = record.outputs { properties["outputs"] = outputs }
        guard full else { return .object(properties) }
        var object = JSONObject()
        object["id"] = .string(record.id)
        object["name"] = .string(record.name)
        object["type"] = "Microsoft.Resources/deployments"
        if let location = record.location { object["location"] = .string(location) }
        object["properties"] = .object(properties)
        return .object(object)
    }

    private func record(_ resourceId: String) throws -> ResourceRecord {
        guard let record = try reader.resource(id: resourceId) else {
            let type = ResourceID.resourceType(of: resourceId)
            let name = ResourceID.name(of: resourceId)
            throw ARMError(code: "ResourceNotFound",
                           message: "The Resource '\(type)/\(name)' under resource group "
                               + "'\(ResourceID(resourceId)?.resourceGroup ?? "")' was not found. For more "
                               + "details please go to https://aka.ms/ARMResourceNotFoundFix",
                           httpStatus: 404)
        }
        return record
    }
}
