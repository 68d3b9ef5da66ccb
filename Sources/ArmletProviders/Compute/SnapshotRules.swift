import ArmletJSON
import ArmletState
import Foundation

/// The documented restrictions on incremental snapshots (from "Create an incremental snapshot for
/// managed disks"): the source is a managed disk in the snapshot's subscription, at most 7 per disk in
/// any 5 minutes and 500 per disk (both configurable in ``ComputeSimulation``), and the snapshots of
/// one disk instance form one family.
enum SnapshotRules {
    /// Checks an incremental snapshot (`createOption: Copy`) of `source` for `request`.
    static func checkIncremental(source: CreationSource, request: ResourceRequest, in reader: any StateReader,
                                 simulation: ComputeSimulation) throws {
        guard source.kind == .disk else { throw ComputeErrors.incrementalSourceNotDisk(sourceId: source.record.id) }
        guard JSONObject.equalIgnoringCase(source.record.subscriptionId, request.subscription.id) else {
            throw ComputeErrors.incrementalOtherSubscription(sourceId: source.record.id,
                                                             subscriptionId: request.subscription.id)
        }
        let family = try siblings(of: source, in: reader).filter {
            !JSONObject.equalIgnoringCase($0.id, request.id)
        }
        if family.count >= simulation.maximumIncrementalSnapshotsPerDisk {
            throw ComputeErrors.incrementalTotalLimit(diskName: source.record.name,
                                                      limit: simulation.maximumIncrementalSnapshotsPerDisk)
        }
        let windowStart = request.now.addingTimeInterval(-simulation.incrementalSnapshotWindow)
        // No upper bound: a concurrent writer whose transaction committed first may have stamped its
        // snapshot after this request's `now` (taken before this transaction began); it still counts.
        let recent = family.filter { $0.createdTime > windowStart }
        if recent.count >= simulation.incrementalSnapshotsPerWindow {
            throw ComputeErrors.incrementalRateLimit(diskName: source.record.name,
                                                     limit: simulation.incrementalSnapshotsPerWindow,
                                                     window: simulation.incrementalSnapshotWindow)
        }
    }

    /// The incremental snapshots taken of this instance of the disk (same `sourceResourceId` and
    /// `sourceUniqueId`), in the disk's subscription.
    static func siblings(of source: CreationSource, in reader: any StateReader) throws -> [ResourceRecord] {
        try reader.resources(type: DiskSku.snapshotType, subscriptionId: source.record.subscriptionId).filter {
            $0.body.bool(at: "properties.incremental") == true
                && sameId($0.body.string(at: "properties.creationData.sourceResourceId"), source.record.id)
                && $0.body.string(at: "properties.creationData.sourceUniqueId") == source.uniqueId
        }
    }

    /// The family id of a new incremental snapshot of `source`: the one its siblings share, else a new one.
    static func familyId(for source: CreationSource, in reader: any StateReader,
                         simulation: ComputeSimulation) throws -> String {
        for sibling in try siblings(of: source, in: reader) {
            if let id = sibling.body.string(at: "properties.incrementalSnapshotFamilyId") { return id }
        }
        return simulation.makeIdentifier()
    }

    private static func sameId(_ a: String?, _ b: String) -> Bool {
        guard let a else { return false }
        let trimmed = a.hasPrefix("/") ? a : "/" + a
        return JSONObject.equalIgnoringCase(trimmed, b)
    }
}
