import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation

/// `--source` of `disk create` and `snapshot create`, resolved as the Azure CLI does.
///
/// A URI is a blob to import; an id naming `/disks/` or `/snapshots/` is used as given; a bare
/// name is looked up as a snapshot of the group first and, when there is none, as a disk. A name
/// that is neither (or a lookup that fails) is the command's usage error, as `az` reports it.
struct ComputeSource {
    /// `creationData` members for this source (without `createOption`).
    var creationData: JSONObject
    /// `Copy`, or `Import` for a blob URI.
    var createOption: String
    /// The source resource's location, when it could be read.
    var location: String?

    /// Resolves `text` for a resource in `resourceGroup`.
    static func resolve(_ text: String, resourceGroup: String, subscriptionId: String,
                        manager: ResourceManager, usageError: String) throws -> ComputeSource {
        if let url = URL(string: text), let scheme = url.scheme, !scheme.isEmpty, !text.hasPrefix("/") {
            return ComputeSource(creationData: JSONObject([("sourceUri", JSONValue.string(text))]), createOption: "Import", location: nil)
        }
        let lowered = text.lowercased()
        var id = text
        var location: String?
        if lowered.contains("/disks/") || lowered.contains("/snapshots/") {
            location = (try? manager.get(id: text, apiVersion: ComputeAPI.version))?["location"]?.stringValue
        } else {
            let prefix = "/subscriptions/\(subscriptionId)/resourceGroups/\(resourceGroup)/providers/"
            let body: JSONValue
            do {
                do {
                    body = try manager.get(id: prefix + SnapshotKind.armType + "/" + text, apiVersion: ComputeAPI.version)
                } catch let error as ARMError where error.httpStatus == 404 {
                    body = try manager.get(id: prefix + DiskKind.armType + "/" + text, apiVersion: ComputeAPI.version)
                }
            } catch is ARMError {
                throw AzureCLIFailure(text: usageError, exitCode: 1)
            }
            id = body["id"]?.stringValue ?? text
            location = body["location"]?.stringValue
        }
        return ComputeSource(creationData: JSONObject([("sourceResourceId", JSONValue.string(id))]), createOption: "Copy", location: location)
    }

    /// `creationData` for a resource in `targetLocation`. `copyStart` true makes a copy a
    /// `CopyStart` (a deep copy); nil lets a source in another region decide, as `az snapshot
    /// create --incremental true` does.
    func creationData(targetLocation: String, copyStart: Bool?) -> JSONObject {
        var data = JSONObject()
        let crossRegion = location.map { !Location.same($0, targetLocation) } ?? false
        let deepCopy = copyStart ?? crossRegion
        data["createOption"] = .string(deepCopy && createOption == "Copy" ? "CopyStart" : createOption)
        for (key, value) in creationData { data[key] = value }
        return data
    }
}

/// What the create commands share: the target location and running the PUT.
enum ComputeCreation {
    /// `--location`, else the group's location.
    static func location(_ given: String?, group: String, manager: ResourceManager) throws -> String {
        if let given { return given }
        return try AzureErrorText.serviceErrors { try manager.group(name: group).location }
    }

    /// `creationData` for a new disk or snapshot: `Empty`, or what `--source` resolves to (copy,
    /// import or a cross-region `CopyStart`).
    static func creationData(source: String?, group: String, subscriptionId: String, location: String,
                             manager: ResourceManager, usageError: String, copyStart: Bool?) throws -> JSONObject {
        guard let source else { return JSONObject([("createOption", .string("Empty"))]) }
        let resolved = try AzureErrorText.serviceErrors {
            try ComputeSource.resolve(source, resourceGroup: group, subscriptionId: subscriptionId, manager: manager,
                                      usageError: usageError)
        }
        return resolved.creationData(targetLocation: location, copyStart: copyStart)
    }

    /// PUTs `body` at `id` and prints the created resource unless `noWait`.
    static func put(id: String, body: JSONObject, noWait: Bool, manager: ResourceManager,
                    output: OutputOptions, table: TableTransformer? = nil) throws {
        _ = try AzureErrorText.serviceErrors {
            try manager.put(id: id, apiVersion: ComputeAPI.version, body: .object(body))
        }
        if noWait { return }
        let shown = try AzureErrorText.serviceErrors { try manager.get(id: id, apiVersion: ComputeAPI.version) }
        try output.emit(AzureResourceShape.flatten(shown), tableTransformer: table)
    }
}
