import ArmletJSON
import ArmletState
import Foundation

/// Creating a snapshot, full or incremental.
///
/// The source's `uniqueId` becomes `creationData.sourceUniqueId`; size, OS type, Hyper-V generation and
/// `creationData.logicalSectorSize` are inherited. An incremental snapshot (`createOption: Copy`)
/// passes ``SnapshotRules`` and joins its disk's family (`incrementalSnapshotFamilyId`); one of a
/// Premium SSD v2 or Ultra disk (or any `CopyStart`) fills through a ``BackgroundCopy``. The SKU
/// defaults to the catalog's (`Standard_LRS`) for full and incremental snapshots alike. A
/// `CopyFromSanSnapshot` snapshot takes the Elastic SAN volume's size when the state records it.
enum SnapshotCreation {
    static func create(_ request: ResourceRequest, in reader: any StateReader,
                       simulation: ComputeSimulation) throws -> (body: JSONValue, copy: CopyJob?) {
        var body = ComputeBody.envelope(request)
        let createOption = body.string(at: "properties.creationData.createOption") ?? "Copy"
        let incremental = body.bool(at: "properties.incremental") ?? false
        let skuName = body.string(at: "sku.name") ?? DiskSku.defaultName(type: request.type)
        body.set(ComputeBody.sku(skuName, type: request.type), at: "sku")
        body.set(.bool(incremental), at: "properties.incremental")
        var copy: CopyJob?

        if let sourceId = body.string(at: "properties.creationData.sourceResourceId") {
            let source = try CreationSource.resolve(sourceId, in: reader)
            try source.requireCopyComplete(at: request.now)
            if incremental, JSONObject.equalIgnoringCase(createOption, "Copy") {
                try SnapshotRules.checkIncremental(source: source, request: request, in: reader,
                                                   simulation: simulation)
            }
            ComputeBody.inherit(["diskSizeGB", "osType", "hyperVGeneration", "supportedCapabilities",
                                 "purchasePlan", "supportsHibernation", "encryptionSettingsCollection", "securityProfile"],
                                from: source.body, into: &body)
            if let sectorSize = source.body.int(at: "properties.creationData.logicalSectorSize") {
                body.set(.int(sectorSize), at: "properties.creationData.logicalSectorSize")
            }
            if let uniqueId = source.uniqueId {
                body.set(.string(uniqueId), at: "properties.creationData.sourceUniqueId")
            }
            if incremental {
                let family = source.isIncrementalSnapshot
                    ? source.body.string(at: "properties.incrementalSnapshotFamilyId")
                    : try SnapshotRules.familyId(for: source, in: reader, simulation: simulation)
                body.set(.string(family ?? simulation.makeIdentifier()), at: "properties.incrementalSnapshotFamilyId")
            }
            if BackgroundCopy.snapshotNeedsCopy(from: source, createOption: createOption, incremental: incremental) {
                copy = BackgroundCopy.job(resourceId: request.id, sourceId: source.record.id,
                                          sizeGB: body.int(at: "properties.diskSizeGB") ?? 0, now: request.now,
                                          simulation: simulation)
            }
        } else if body.value(at: "properties.diskSizeGB") == nil {
            if JSONObject.equalIgnoringCase(createOption, "CopyFromSanSnapshot") {
                let size = try ElasticSanSource.sizeGiB(of: body.value(at: "properties.creationData"), in: reader)
                if let size { body.set(.int(size), at: "properties.diskSizeGB") }
            } else {
                body.set(.int(30), at: "properties.diskSizeGB")
            }
        }

        ComputeBody.applyCatalogDefaults(&body, type: request.type)
        ComputeBody.stampCreation(&body, sizeGB: body.int(at: "properties.diskSizeGB"), now: request.now,
                                  uniqueId: simulation.makeIdentifier(), diskState: "Unattached")
        if copy != nil { body.set(.double(0), at: "properties.completionPercent") }
        return (body, copy)
    }
}
