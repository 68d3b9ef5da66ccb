import ArmletCore
import ArmletJSON
import ArmletState
import Foundation

/// The disk or snapshot a new disk or snapshot copies from (`creationData.sourceResourceId`).
struct CreationSource {
    enum Kind: String { case disk, snapshot }

    /// The stored source.
    let record: ResourceRecord
    /// What it is.
    let kind: Kind
    /// Its background copy, when it was (or is being) filled by one.
    let copyJob: CopyJob?

    var body: JSONValue { record.body }
    var uniqueId: String? { body.string(at: "properties.uniqueId") }
    var sku: String { body.string(at: "sku.name") ?? DiskSku.defaultName(type: record.type) }
    /// The source's logical sector size (512 when it reports none).
    var logicalSectorSize: Int64 { body.int(at: "properties.creationData.logicalSectorSize") ?? 512 }
    var isIncrementalSnapshot: Bool { kind == .snapshot && body.bool(at: "properties.incremental") == true }

    /// Looks up `sourceId`.
    /// - Throws: `InvalidParameter` when the id names no disk or snapshot, `NotFound` when it does not exist.
    static func resolve(_ sourceId: String, in reader: any StateReader) throws -> CreationSource {
        guard let parsed = ResourceID(sourceId) else { throw ComputeErrors.invalidSourceId(sourceId) }
        let kind: Kind
        if parsed.isType(DiskSku.diskType) {
            kind = .disk
        } else if parsed.isType(DiskSku.snapshotType) {
            kind = .snapshot
        } else {
            throw ComputeErrors.invalidSourceId(sourceId)
        }
        let canonical = sourceId.hasPrefix("/") ? sourceId : "/" + sourceId
        guard let record = try reader.resource(id: canonical) else {
            throw ComputeErrors.sourceNotFound(name: parsed.name)
        }
        return CreationSource(record: record, kind: kind, copyJob: try reader.copyJob(resourceId: record.id))
    }

    /// Refuses a source whose own background copy has not finished at `now`, or a disk still waiting
    /// for (or receiving) an upload: it has no complete contents to copy yet.
    func requireCopyComplete(at now: Date) throws {
        if kind == .disk, let state = body.string(at: "properties.diskState"),
           ComputeBody.uploadStates.contains(state) {
            throw ComputeErrors.uploadInProgress(name: record.name, state: state)
        }
        guard let copyJob, !copyJob.isComplete(at: now) else { return }
        throw ComputeErrors.copyInProgress(kind: kind.rawValue, name: record.name,
                                           percent: copyJob.completionPercent(at: now))
    }
}
