package import ArmletBlocks
import ArmletJSON
package import ArmletState
import Foundation

/// `armlet state export`: a whole state — every table row and every disk's and snapshot's bytes —
/// written as ``StateTransferFormat`` lines, whichever backend keeps it.
package struct StateExport {
    /// What an export or import moved.
    package struct Summary: Sendable, Equatable {
        /// Table rows.
        package var rows = 0
        /// Block volumes (disks and snapshots holding data).
        package var volumes = 0
        /// Data bytes written into the file (shared pages once).
        package var bytes: Int64 = 0
    }

    let store: any StateStore
    let blocks: (any BlockStore)?

    /// An export of `store` and `blocks`.
    package init(store: any StateStore, blocks: (any BlockStore)?) {
        self.store = store
        self.blocks = blocks
    }

    /// Writes the state line by line to `emit` (each without its newline).
    /// - Throws: `StateError` when the store cannot be read; `emit`'s errors.
    package func run(_ emit: (String) throws -> Void) throws -> Summary {
        guard let tables = store as? any SQLTableStore else {
            throw StateError(code: "StateExportUnsupported", message: "This state store cannot be exported.")
        }
        func line(_ value: JSONValue) throws { try emit(JSONWriter.write(value, style: .compact)) }
        var summary = Summary()
        try line(["format": .string(StateTransferFormat.name), "version": .int(StateTransferFormat.version),
                  "migrations": .array(StateSchema.identifiers.map { .string($0) })])
        // One read transaction: the rows are one consistent state.
        let order = try tables.withSQL(write: false) { session -> [String: Double] in
            for table in StateSchema.tables {
                for row in try session.rows("SELECT * FROM \(table.name) ORDER BY \(table.order)") {
                    try line(["table": .string(table.name), "row": StateTransferFormat.json(row)])
                    summary.rows += 1
                }
            }
            return try Self.volumeTimes(session)
        }
        if let blocks {
            let names = try blocks.volumes().sorted { (order[$0] ?? .infinity, $0) < (order[$1] ?? .infinity, $1) }
            var exported: [(name: String, size: Int64)] = []
            for name in names {
                let size = try blocks.size(of: name)
                let plan = try Self.plan(name, size: size, after: exported, in: blocks)
                try line(["volume": .string(name), "size": .int(size), "base": plan.base.map { .string($0) } ?? .null])
                for range in plan.cleared {
                    try line(["volume": .string(name), "clear": [.int(range.lowerBound), .int(range.upperBound)]])
                }
                for range in plan.written {
                    var offset = range.lowerBound
                    while offset < range.upperBound {
                        let length = min(StateTransferFormat.piece, range.upperBound - offset)
                        let data = try blocks.read(name, at: offset, length: length)
                        try line(["volume": .string(name), "offset": .int(offset), "data": .string(Data(data).base64EncodedString())])
                        summary.bytes += length
                        offset += length
                    }
                }
                exported.append((name, size))
                summary.volumes += 1
            }
        }
        try line(["end": true, "rows": .int(Int64(summary.rows)), "volumes": .int(Int64(summary.volumes)),
                  "bytes": .int(summary.bytes)])
        return summary
    }

    /// How to write `name`: from scratch, or as one of the last volumes of its size (a snapshot of
    /// the same disk, usually) plus what differs, whichever moves fewer bytes.
    static func plan(_ name: String, size: Int64, after exported: [(name: String, size: Int64)],
                     in blocks: any BlockStore) throws -> (base: String?, cleared: [Range<Int64>], written: [Range<Int64>]) {
        let own = try blocks.pageRanges(name, in: nil)
        var best: (base: String?, cleared: [Range<Int64>], written: [Range<Int64>]) = (nil, [], own)
        var bestBytes = own.reduce(Int64(0)) { $0 + ($1.upperBound - $1.lowerBound) }
        for candidate in exported.reversed().filter({ $0.size == size }).prefix(16) {
            let diff = try blocks.diff(name, since: candidate.name)
            if diff.changedBytes < bestBytes {
                best = (candidate.name, diff.cleared, diff.changed)
                bestBytes = diff.changedBytes
            }
        }
        return best
    }

    /// The order volumes are exported in (a volume is named by its resource's `uniqueId`): snapshots
    /// oldest first, so each is based on the one before it, then disks, whose pages are the newest and
    /// mostly shared with their latest snapshot.
    private static func volumeTimes(_ session: any SQLSession) throws -> [String: Double] {
        var times: [String: Double] = [:]
        for row in try session.rows("SELECT body, created_time, type_key FROM resources WHERE type_key IN (?, ?)",
                                    ["microsoft.compute/disks", "microsoft.compute/snapshots"]) {
            let body: String = try row.decode(forColumn: "body")
            let created: Double = try row.decode(forColumn: "created_time")
            let type: String = try row.decode(forColumn: "type_key")
            let rank = type == "microsoft.compute/disks" ? 1e12 : 0
            if let id = (try? JSONReader.value(body))?["properties"]?["uniqueId"]?.stringValue { times[id] = rank + created }
        }
        return times
    }
}
