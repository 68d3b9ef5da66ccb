import ArmletCatalog
import ArmletJSON
import Foundation

/// Building the body a DiskRP GET returns from a request body.
enum ComputeBody {
    /// The `diskState`s of a disk whose upload is open: made for one, or receiving one.
    static let uploadStates: Set<String> = ["ReadyToUpload", "ActiveUpload"]

    /// The envelope (`id`, `name`, `type`, `location`, then the request's other top-level members) with
    /// read-only members the request set dropped, as the service ignores them.
    static func envelope(_ request: ResourceRequest) -> JSONValue {
        var body = ResourceEnvelope.stamp(request.body, request: request)
        body.set(nil, at: "managedBy")
        body.set(nil, at: "managedByExtended")
        body.set(writableProperties(request), at: "properties")
        return body
    }

    /// The request's `properties` without read-only members and without the background copy's output.
    static func writableProperties(_ request: ResourceRequest) -> JSONValue {
        let schema = ResourceCatalog.shared.schema(for: request.type)
        var properties = JSONObject()
        for (key, value) in request.body["properties"]?.objectValue ?? JSONObject() {
            let path = "properties.\(key)"
            if schema?.isReadOnly(path: path) == true { continue }
            if ["completionPercent", "copyCompletionError"].contains(where: { JSONObject.equalIgnoringCase($0, key) }) {
                continue
            }
            properties[key] = value
        }
        if var creationData = properties["creationData"] {
            creationData.set(nil, at: "sourceUniqueId")
            properties["creationData"] = creationData
        }
        return .object(properties)
    }

    /// `sku` as the service reports it: the catalog's spelling of the name plus the tier.
    static func sku(_ name: String, type: String) -> JSONValue {
        let canonical = DiskSku.canonicalName(name, type: type)
        return ["name": .string(canonical), "tier": .string(DiskSku.tier(of: canonical))]
    }

    /// Fills the defaults the catalog records (`encryption`, `networkAccessPolicy`, `publicNetworkAccess`)
    /// where the body leaves them out.
    static func applyCatalogDefaults(_ body: inout JSONValue, type: String) {
        guard let schema = ResourceCatalog.shared.schema(for: type) else { return }
        for path in ["properties.encryption", "properties.networkAccessPolicy", "properties.publicNetworkAccess"] {
            if body.value(at: path) == nil, let value = schema.defaultValue(path: path) {
                body.set(value, at: path)
            }
        }
    }

    /// Sets the members the service alone writes on creation.
    static func stampCreation(_ body: inout JSONValue, sizeGB: Int64?, now: Date, uniqueId: String, diskState: String) {
        body.set(.string(ARMTime.format(now)), at: "properties.timeCreated")
        body.set(.string("Succeeded"), at: "properties.provisioningState")
        body.set(.string(diskState), at: "properties.diskState")
        if let sizeGB {
            body.set(.int(DiskSku.bytes(ofGiB: sizeGB)), at: "properties.diskSizeBytes")
        }
        body.set(.string(uniqueId), at: "properties.uniqueId")
    }

    /// Copies `paths` (relative to `properties`) from the source body where the request leaves them out.
    static func inherit(_ paths: [String], from source: JSONValue, into body: inout JSONValue) {
        for path in paths where body.value(at: "properties.\(path)") == nil {
            if let value = source.value(at: "properties.\(path)") { body.set(value, at: "properties.\(path)") }
        }
    }
}
