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
        let record = try record(resourceId)
        let body = try present(record)
        let full = arguments.dropFirst(2).first?.stringValue.map { $0.lowercased() == "full" } ?? false
        guard full else { return body["properties"] ?? .object(JSONObject()) }
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
