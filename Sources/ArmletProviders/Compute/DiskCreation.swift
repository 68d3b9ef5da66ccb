import ArmletJSON
import ArmletState
import Foundation

/// Creating a managed disk: the body a GET returns afterwards and the background copy, if any.
///
/// `Empty` needs `diskSizeGB`; `Copy`/`Restore`/`CopyStart` copy a disk or snapshot (size, OS type,
/// Hyper-V generation and logical sector size inherited; `sourceUniqueId` set from the source's
/// `uniqueId`); `FromImage` gets synthetic data; `CopyFromSanSnapshot` takes the size of the Elastic SAN
/// snapshot's volume when the state records it (`Import` and `ImportSecure` never get here: Armlet
/// cannot read blobs, see ``LinkedResources``); `Upload` starts
/// `ReadyToUpload` with the size taken from `uploadSizeBytes`. Every creation gets a new `uniqueId`.
enum DiskCreation {
    static func create(_ request: ResourceRequest, in reader: any StateReader,
                       simulation: ComputeSimulation) throws -> (body: JSONValue, copy: CopyJob?) {
        var body = ComputeBody.envelope(request)
        let createOption = body.string(at: "properties.creationData.createOption") ?? "Empty"
        let skuName = DiskSku.canonicalName(body.string(at: "sku.name") ?? DiskSku.defaultName(type: request.type),
                                            type: request.type)
        body.set(ComputeBody.sku(skuName, type: request.type), at: "sku")
        var diskState = "Unattached"
        var copy: CopyJob?

        switch createOption.lowercased() {
        case "copy", "restore", "copystart":
            let sourceId = body.string(at: "properties.creationData.sourceResourceId") ?? ""
            let source = try CreationSource.resolve(sourceId, in: reader)
            try source.requireCopyComplete(at: request.now)
            if source.kind == .snapshot, source.logicalSectorSize == 4096, !DiskSku.isUltraOrPremiumV2(skuName) {
                throw ComputeErrors.sector4096Source(sourceName: source.record.name, sku: skuName)
            }
            ComputeBody.inherit(["diskSizeGB", "osType", "hyperVGeneration", "supportedCapabilities",
                                 "purchasePlan", "supportsHibernation", "encryptionSettingsCollection"], from: source.body, into: &body)
            if let sourceSize = source.body.int(at: "properties.diskSizeGB"),
               let size = body.int(at: "properties.diskSizeGB"), size < sourceSize {
                throw ComputeErrors.diskShrink(currentBytes: sourceSize * DiskSku.bytesPerGiB,
                                               requestedBytes: size * DiskSku.bytesPerGiB)
            }
            if body.value(at: "properties.creationData.logicalSectorSize") == nil,
               let inherited = source.body.int(at: "properties.creationData.logicalSectorSize") {
                body.set(.int(inherited), at: "properties.creationData.logicalSectorSize")
            }
            if let uniqueId = source.uniqueId {
                body.set(.string(uniqueId), at: "properties.creationData.sourceUniqueId")
            }
            if BackgroundCopy.diskNeedsCopy(from: source, sku: skuName, createOption: createOption) {
                copy = BackgroundCopy.job(resourceId: request.id, sourceId: source.record.id,
                                          sizeGB: body.int(at: "properties.diskSizeGB") ?? 0, now: request.now,
                                          simulation: simulation)
            }
        case "fromimage":
            if body.value(at: "properties.diskSizeGB") == nil { body.set(.int(30), at: "properties.diskSizeGB") }
            if body.value(at: "properties.osType") == nil { body.set("Linux", at: "properties.osType") }
        case "copyfromsansnapshot":
            if body.value(at: "properties.diskSizeGB") == nil,
               let size = try ElasticSanSource.sizeGiB(of: body.value(at: "properties.creationData"), in: reader) {
                body.set(.int(size), at: "properties.diskSizeGB")
            }
        case "upload", "uploadpreparedsecure":
            let bytes = body.int(at: "properties.creationData.uploadSizeBytes") ?? 0
            let payload = min(max(0, bytes - 512), Int64.max - DiskSku.bytesPerGiB)
            body.set(.int((payload + DiskSku.bytesPerGiB - 1) / DiskSku.bytesPerGiB),
                     at: "properties.diskSizeGB")
            diskState = "ReadyToUpload"
        default:
            break
        }

        if body.value(at: "properties.creationData.logicalSectorSize") == nil,
           let sectorSize = DiskSku.defaultLogicalSectorSize(for: skuName) {
            body.set(.int(sectorSize), at: "properties.creationData.logicalSectorSize")
        }
        let sizeGB = body.int(at: "properties.diskSizeGB")
        if let performance = DiskSku.defaultPerformance(for: skuName, sizeGB: sizeGB ?? 0) {
            if body.value(at: "properties.diskIOPSReadWrite") == nil {
                body.set(.int(performance.iops), at: "properties.diskIOPSReadWrite")
            }
            if body.value(at: "properties.diskMBpsReadWrite") == nil {
                body.set(.int(performance.mbps), at: "properties.diskMBpsReadWrite")
            }
        }
        ComputeBody.applyCatalogDefaults(&body, type: request.type)
        ComputeBody.stampCreation(&body, sizeGB: sizeGB, now: request.now, uniqueId: simulation.makeIdentifier(),
                                  diskState: diskState)
        if copy != nil { body.set(.double(0), at: "properties.completionPercent") }
        return (body, copy)
    }
}
