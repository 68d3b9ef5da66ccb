import ArmletCore
import ArmletJSON
import ArmletState
import Foundation

/// The simulated background copy behind Premium SSD v2 and Ultra snapshots and the disks restored from
/// them: the resource is created at once, and `completionPercent` rises from 0 to 100 as the clock moves.
///
/// Nothing runs in the background: a ``CopyJob`` records the start and the pace, and every read
/// computes `completionPercent` from the reader's time (``present(_:job:at:)``). Until it reaches 100
/// the resource cannot be the source of another disk, snapshot or access grant (``CreationSource``).
enum BackgroundCopy {
    /// Whether creating an incremental snapshot from `source` starts a background copy (Premium SSD v2
    /// and Ultra disks, per the documentation).
    static func snapshotNeedsCopy(from source: CreationSource, createOption: String, incremental: Bool) -> Bool {
        if JSONObject.equalIgnoringCase(createOption, "CopyStart") { return true }
        return incremental && source.kind == .disk && DiskSku.isUltraOrPremiumV2(source.sku)
    }

    /// Whether a disk of `sku` created from `source` fills through a background copy: the source is a
    /// snapshot that was itself filled by one (a Premium SSD v2 or Ultra snapshot), or the new disk is
    /// Premium SSD v2 or Ultra restored from a snapshot.
    static func diskNeedsCopy(from source: CreationSource, sku: String, createOption: String) -> Bool {
        if JSONObject.equalIgnoringCase(createOption, "CopyStart") { return true }
        guard source.kind == .snapshot else { return false }
        return source.copyJob != nil || DiskSku.isUltraOrPremiumV2(sku)
    }

    /// A copy of `sizeGB` GiB from `sourceId` into `resourceId`, starting at `now`.
    static func job(resourceId: String, sourceId: String, sizeGB: Int64, now: Date,
                    simulation: ComputeSimulation) -> CopyJob {
        CopyJob(resourceId: resourceId, sourceResourceId: sourceId, startTime: now,
                pace: .throughput(totalBytes: max(0, sizeGB) * DiskSku.bytesPerGiB,
                                  bytesPerSecond: simulation.bytesPerSecond))
    }

    /// `body` with `properties.completionPercent` (and `copyCompletionError`, if the copy failed) as of `now`.
    static func present(_ body: JSONValue, job: CopyJob?, at now: Date) -> JSONValue {
        guard let job else { return body }
        var result = body
        result.set(.double(job.completionPercent(at: now)), at: "properties.completionPercent")
        if let error = job.error { result.set(error, at: "properties.copyCompletionError") }
        return result
    }

    /// Refuses to delete `record` while a copy reading from it is still running at `now`.
    static func requireNotCopySource(_ record: ResourceRecord, kind: String, in reader: any StateReader,
                                     at now: Date) throws {
        for job in try reader.copyJobs()
        where JSONObject.equalIgnoringCase(job.sourceResourceId, record.id) && !job.isComplete(at: now) {
            let target = ResourceID(job.resourceId)?.name ?? job.resourceId
            throw ComputeErrors.sourceOfCopyInProgress(kind: kind, name: record.name, target: target)
        }
    }
}
