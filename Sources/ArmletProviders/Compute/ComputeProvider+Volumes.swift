import ArmletJSON
import ArmletState
import Foundation

extension ComputeProvider {
    /// Gives a new disk or snapshot copied from a source the source's pages, and sets the pace of its
    /// background copy (if it has one) by the bytes the copy moves: for an incremental snapshot, the
    /// pages changed since the family's latest snapshot (all written pages for the first one); for any
    /// other copy, the source's written pages. Without a block store the copy moves the whole size.
    func fillVolume(of body: JSONValue, copy: CopyJob?, request: ResourceRequest,
                    in transaction: any StateTransaction) throws -> CopyJob? {
        guard let volumes, let sourceId = body.string(at: "properties.creationData.sourceResourceId"),
              let option = body.string(at: "properties.creationData.createOption"),
              ["copy", "restore", "copystart"].contains(option.lowercased()) else { return copy }
        let source = try CreationSource.resolve(sourceId, in: transaction)
        guard var copy else {
            try volumes.copy(from: source.body, to: body, in: transaction)
            return nil
        }
        let previous = body.bool(at: "properties.incremental") == true && source.kind == .disk
            ? try SnapshotRules.siblings(of: source, in: transaction)
                .filter { !JSONObject.equalIgnoringCase($0.id, request.id) }
                .max { $0.createdTime < $1.createdTime }?.body
            : nil
        let bytes = try volumes.changedBytes(source.body, since: previous)
        try volumes.copy(from: source.body, to: body, in: transaction)
        copy.pace = .throughput(totalBytes: bytes, bytesPerSecond: simulation.bytesPerSecond)
        return copy
    }
}
