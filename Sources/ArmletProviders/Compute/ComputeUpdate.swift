import ArmletCatalog
import ArmletCore
import ArmletJSON
import ArmletState
import Foundation

/// Changing an existing disk or snapshot (a PUT over it, or a PATCH such as `az disk update`).
///
/// Create-only properties (the catalog's `immutable` marks: `creationData`, `incremental`,
/// `hyperVGeneration`, `zones`, …) may be repeated but not changed (`PropertyChangeNotAllowed`);
/// `location` may not change (`InvalidResourceLocation`); a disk may grow but not shrink
/// (`ResizeDiskError`). Read-only members of the request are ignored.
enum ComputeUpdate {
    /// The stored body after applying `request` (PUT or PATCH; both merge the members given).
    static func apply(_ request: ResourceRequest, to existing: ResourceRecord) throws -> JSONValue {
        try checkLocation(request, existing: existing)
        try checkImmutable(request.body, existing: existing.body, type: request.type)
        var patch = request.body
        let isDisk = JSONObject.equalIgnoringCase(request.type, DiskSku.diskType)
        for member in ["id", "name", "type", "location", "managedBy", "managedByExtended"] { patch.set(nil, at: member) }
        patch.set(writableProperties(request.body, type: request.type), at: "properties")

        if let newSize = patch.int(at: "properties.diskSizeGB"),
           let oldSize = existing.body.int(at: "properties.diskSizeGB"), newSize < oldSize,
           JSONObject.equalIgnoringCase(request.type, DiskSku.diskType) {
            throw ComputeErrors.diskShrink(currentBytes: DiskSku.bytes(ofGiB: oldSize),
                                           requestedBytes: DiskSku.bytes(ofGiB: newSize))
        }
        if JSONObject.equalIgnoringCase(request.type, DiskSku.snapshotType),
           existing.body.bool(at: "properties.incremental") == true,
           let sku = patch.string(at: "sku.name"), sku.lowercased().hasPrefix("premium") {
            throw ComputeErrors.incrementalPremiumSku(sku)
        }

        var body = existing.body
        JSONMerge.mergePatch(patch, into: &body)
        // Tags are replaced as a whole, not merged.
        if let tags = patch["tags"] { body.set(tags, at: "tags") }
        if let sku = body.string(at: "sku.name") { body.set(ComputeBody.sku(sku, type: request.type), at: "sku") }
        if patch.value(at: "properties.diskSizeGB") != nil, let sku = body.string(at: "sku.name"),
           let problem = ComputeValidation.sizeErrors(body, sku: sku, prefix: isDisk ? "disk" : "snapshot").first {
            throw problem
        }
        if let size = body.int(at: "properties.diskSizeGB") {
            body.set(.int(DiskSku.bytes(ofGiB: size)), at: "properties.diskSizeBytes")
        }
        body.set("Succeeded", at: "properties.provisioningState")
        return body
    }

    private static func checkLocation(_ request: ResourceRequest, existing: ResourceRecord) throws {
        guard let requested = request.body.string(at: "location"), let stored = existing.location else { return }
        let normalized = Location.normalize(requested)
        guard normalized != Location.normalize(stored) else { return }
        throw ComputeErrors.invalidResourceLocation(name: request.name, existing: stored,
                                                    resourceGroup: request.resourceGroup?.name ?? "",
                                                    requested: normalized)
    }

    /// Throws for the first create-only member of `body` whose value differs from `existing`'s.
    static func checkImmutable(_ body: JSONValue, existing: JSONValue, type: String) throws {
        guard let schema = ResourceCatalog.shared.schema(for: type) else { return }
        for (key, value) in body.objectValue ?? JSONObject() where !JSONObject.equalIgnoringCase(key, "location") {
            try compare(value, existing[key], path: key, schema: schema)
        }
    }

    private static func compare(_ requested: JSONValue, _ stored: JSONValue?, path: String,
                                schema: ResourceTypeSchema) throws {
        if schema.isReadOnly(path: path) { return }
        if schema.isImmutable(path: path) {
            // Members the service filled in (sourceUniqueId, an inherited sector size) are not in the
            // request; only what the request repeats must match.
            if case .object(let object) = requested {
                for (key, value) in object {
                    try compare(value, stored?[key], path: "\(path).\(key)", schema: schema)
                }
                return
            }
            guard let stored, !sameValue(requested, stored) else { return }
            throw ComputeErrors.propertyChangeNotAllowed(displayPath(path))
        }
        if case .object(let object) = requested {
            for (key, value) in object {
                try compare(value, stored?[key], path: "\(path).\(key)", schema: schema)
            }
        }
    }

    /// ARM names properties relative to `properties`: `incremental`, `creationData.sourceResourceId`.
    private static func displayPath(_ path: String) -> String {
        path.lowercased().hasPrefix("properties.") ? String(path.dropFirst("properties.".count)) : path
    }

    private static func sameValue(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            let trim: (String) -> String = { $0.hasPrefix("/") ? $0 : "/" + $0 }
            return JSONObject.equalIgnoringCase(x, y) || JSONObject.equalIgnoringCase(trim(x), trim(y))
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)):
            return Double(x) == y
        default:
            return a == b
        }
    }

    private static func writableProperties(_ body: JSONValue, type: String) -> JSONValue? {
        guard let properties = body["properties"]?.objectValue else { return nil }
        let schema = ResourceCatalog.shared.schema(for: type)
        var result = JSONObject()
        for (key, value) in properties {
            if schema?.isReadOnly(path: "properties.\(key)") == true { continue }
            if schema?.isImmutable(path: "properties.\(key)") == true { continue }
            if JSONObject.equalIgnoringCase(key, "completionPercent") { continue }
            result[key] = value
        }
        return .object(result)
    }
}
