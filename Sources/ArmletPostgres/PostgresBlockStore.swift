package import ArmletBlocks
import ArmletState
import Foundation
import PostgresNIO

/// The ``BlockStore`` of a PostgreSQL state: disks' and snapshots' pages in the same database, so
/// every server sharing it reads and writes the same bytes, and nothing is kept under `ARMLET_HOME`.
///
/// - `armlet_block_data` — one row per write (its bytes); rows are never changed, only collected
///   when no volume refers to them any more.
/// - `armlet_block_volumes` — each volume's ``ExtentMap`` (which ranges hold data and in which data
///   row), replaced in the same transaction that adds the written row, so a write is wholly in or out.
///
/// A snapshot copies its disk's map and so shares its rows, as in ``FileBlockStore``; the diff compares
/// maps. Writes lock their volume's row (`SELECT … FOR UPDATE`) and share an advisory lock that the
/// collector of unreferenced rows takes exclusively; reads see one snapshot (`REPEATABLE READ`).
package final class PostgresBlockStore: BlockStore {
    private let pool: PostgresPool
    /// The advisory lock writes share and garbage collection takes alone.
    private static let collectionLock: Int64 = 0x4152_4D4C_0003

    /// The block store in the database of `pool`, creating its tables when missing.
    /// - Throws: ``StateError`` when PostgreSQL cannot be reached.
    package init(pool: PostgresPool) throws {
        self.pool = pool
        try transaction(.write) { session in
            _ = try session.rows("SELECT pg_advisory_xact_lock(\(PostgresStateStore.migrationLock))")
            try session.execute("""
                CREATE TABLE IF NOT EXISTS armlet_block_volumes (
                    name TEXT COLLATE "C" PRIMARY KEY NOT NULL,
                    map BYTEA NOT NULL
                )
                """, [])
            try session.execute("""
                CREATE TABLE IF NOT EXISTS armlet_block_data (
                    id BIGSERIAL PRIMARY KEY,
                    bytes BYTEA NOT NULL
                )
                """, [])
        }
    }

    // MARK: - Volumes

    package func create(_ volume: String, size: Int64) throws {
        guard size >= 0, size % pageSize == 0 else { throw BlockStoreError.range(0, size, size: size) }
        try FileBlockStore.checkName(volume)
        try transaction(.write) { session in try Self.insert(ExtentMap(size: size), as: volume, session) }
    }

    package func copy(_ source: String, to volume: String) throws {
        try FileBlockStore.checkName(volume)
        try transaction(.write) { session in
            try Self.insert(try Self.map(source, session, lock: "FOR SHARE"), as: volume, session)
        }
    }

    package func exists(_ volume: String) throws -> Bool {
        guard (try? FileBlockStore.checkName(volume)) != nil else { return false }
        return try transaction(.read) { session in
            try !session.run("SELECT 1 FROM armlet_block_volumes WHERE name = $1", [.text(volume)]).rows.isEmpty
        }
    }

    package func size(of volume: String) throws -> Int64 {
        try transaction(.read) { session in try Self.map(volume, session).size }
    }

    package func resize(_ volume: String, to size: Int64) throws {
        try update(volume) { map in
            guard size >= map.size, size % pageSize == 0 else { throw BlockStoreError.range(0, size, size: map.size) }
            map.size = size
        }
    }

    package func delete(_ volume: String) throws {
        try FileBlockStore.checkName(volume)
        try transaction(.write) { session in
            _ = try session.rows("SELECT pg_advisory_xact_lock(\(Self.collectionLock))")
            let deleted = try session.run("DELETE FROM armlet_block_volumes WHERE name = $1", [.text(volume)])
            guard (deleted.metadata.rows ?? 0) > 0 else { throw BlockStoreError.notFound(volume) }
            // Every row some remaining map refers to stays; the rest go.
            var referenced = Set<Int64>()
            for row in try session.run("SELECT map FROM armlet_block_volumes", []).rows {
                for extent in try Self.decode(row, volume: nil).extents { referenced.insert(Int64(extent.segment)) }
            }
            try session.execute("CREATE TEMPORARY TABLE IF NOT EXISTS armlet_kept (id BIGINT PRIMARY KEY) ON COMMIT DROP", [])
            for batch in Array(referenced).chunked(1000) {
                let list = batch.map(String.init).joined(separator: "),(")
                try session.execute("INSERT INTO armlet_kept (id) VALUES (\(list)) ON CONFLICT DO NOTHING", [])
            }
            try session.execute("""
                DELETE FROM armlet_block_data d WHERE NOT EXISTS (SELECT 1 FROM armlet_kept k WHERE k.id = d.id)
                """, [])
        }
    }

    // MARK: - Pages

    package func write(_ volume: String, at offset: Int64, bytes: [UInt8]) throws {
        let length = Int64(bytes.count)
        try update(volume) { map, session in
            try FileBlockStore.checkRange(offset, length, size: map.size)
            guard length > 0 else { return }
            let inserted = try session.run("INSERT INTO armlet_block_data (bytes) VALUES ($1) RETURNING id", [.blob(bytes)])
            guard let row = inserted.rows.first, case .integer(let id) = try PostgresSession.column(row, 0),
                  let segment = UInt32(exactly: id) else {
                throw BlockStoreError(.io, "The block store has no more data row numbers.")
            }
            map.set(offset, offset + length, segment: segment, fileOffset: 0)
        }
    }

    package func clear(_ volume: String, at offset: Int64, length: Int64) throws {
        try update(volume) { map in
            try FileBlockStore.checkRange(offset, length, size: map.size)
            map.set(offset, offset + length, segment: nil, fileOffset: 0)
        }
    }

    package func read(_ volume: String, at offset: Int64, length: Int64) throws -> [UInt8] {
        try transaction(.read) { session in
            let map = try Self.map(volume, session)
            guard offset >= 0, length >= 0, offset <= map.size, length <= map.size - offset, length <= Int64(Int32.max)
            else { throw BlockStoreError.range(offset, length, size: map.size) }
            var result = [UInt8](repeating: 0, count: Int(length))
            let extents = map.extents(offset, offset + length)
            guard !extents.isEmpty else { return result }
            // One query for every extent: the slice of its data row.
            let list = extents.enumerated().map { index, extent in
                "(\(index),\(extent.segment),\(extent.fileOffset + 1),\(extent.end - extent.start))"
            }.joined(separator: ",")
            let slices = try session.run("""
                SELECT x.k, substring(d.bytes FROM x.o::int FOR x.l::int)
                FROM (VALUES \(list)) AS x(k, id, o, l) JOIN armlet_block_data d ON d.id = x.id
                """, [])
            guard slices.rows.count == extents.count else {
                throw BlockStoreError(.io, "The data of volume '\(volume)' is incomplete in the block store.")
            }
            for row in slices.rows {
                guard case .integer(let k) = try PostgresSession.column(row, 0),
                      case .blob(let bytes) = try PostgresSession.column(row, 1),
                      let index = Int(exactly: k), extents.indices.contains(index) else {
                    throw BlockStoreError(.io, "The block store returned an unreadable slice.")
                }
                let extent = extents[index]
                let into = Int(extent.start - offset)
                guard bytes.count == Int(extent.end - extent.start) else {
                    throw BlockStoreError(.io, "The data of volume '\(volume)' is shorter than its map says.")
                }
                result.replaceSubrange(into..<(into + bytes.count), with: bytes)
            }
            return result
        }
    }

    package func pageRanges(_ volume: String, in range: Range<Int64>?) throws -> [Range<Int64>] {
        try transaction(.read) { session in
            let map = try Self.map(volume, session)
            let range = range ?? 0..<map.size
            return map.ranges(max(0, range.lowerBound), min(map.size, range.upperBound))
        }
    }

    package func diff(_ volume: String, since previous: String) throws -> PageDiff {
        try transaction(.read) { session in
            let now = try Self.map(volume, session), before = try Self.map(previous, session)
            let (changed, cleared) = now.diff(since: before)
            return PageDiff(changed: changed, cleared: cleared)
        }
    }

    package func storedBytes() throws -> Int64 {
        try transaction(.read) { session in
            let result = try session.run("SELECT coalesce(sum(octet_length(bytes)), 0)::bigint FROM armlet_block_data", [])
            guard let row = result.rows.first, case .integer(let total) = try PostgresSession.column(row, 0) else { return 0 }
            return total
        }
    }

    package func volumes() throws -> [String] {
        try transaction(.read) { session in
            try session.run("SELECT name FROM armlet_block_volumes ORDER BY name", []).rows.map { row in
                guard case .text(let name) = try PostgresSession.column(row, 0) else {
                    throw BlockStoreError(.io, "A volume name in the block store is unreadable.")
                }
                return name
            }
        }
    }

    // MARK: - Transactions

    private enum Kind { case read, write }

    /// Replaces the map of `volume` by what `change` makes of it, the volume's row locked meanwhile.
    private func update(_ volume: String, _ change: (inout ExtentMap, PostgresSession) throws -> Void) throws {
        try FileBlockStore.checkName(volume)
        try transaction(.write) { session in
            _ = try session.rows("SELECT pg_advisory_xact_lock_shared(\(Self.collectionLock))")
            var map = try Self.map(volume, session, lock: "FOR UPDATE")
            try change(&map, session)
            _ = try session.run("UPDATE armlet_block_volumes SET map = $2 WHERE name = $1", [.text(volume), .blob(map.encoded)])
        }
    }

    private func update(_ volume: String, _ change: (inout ExtentMap) throws -> Void) throws {
        try update(volume) { map, _ in try change(&map) }
    }

    private static func map(_ volume: String, _ session: PostgresSession, lock: String = "") throws -> ExtentMap {
        try FileBlockStore.checkName(volume)
        let result = try session.run("SELECT map FROM armlet_block_volumes WHERE name = $1 \(lock)", [.text(volume)])
        guard let row = result.rows.first else { throw BlockStoreError.notFound(volume) }
        return try decode(row, volume: volume)
    }

    /// The page map in the first column of `row` (of `volume`, named in the error when known).
    private static func decode(_ row: PostgresRow, volume: String?) throws -> ExtentMap {
        guard case .blob(let bytes) = try PostgresSession.column(row, 0), let map = ExtentMap(encoded: bytes) else {
            throw BlockStoreError(.io, volume.map { "The page map of volume '\($0)' is unreadable." }
                                  ?? "A page map in the block store is unreadable.")
        }
        return map
    }

    /// Adds `volume` with `map`, refusing a name that is taken.
    private static func insert(_ map: ExtentMap, as volume: String, _ session: PostgresSession) throws {
        let inserted = try session.run("""
            INSERT INTO armlet_block_volumes (name, map) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING
            """, [.text(volume), .blob(map.encoded)]).metadata.rows ?? 0
        guard inserted > 0 else { throw BlockStoreError.exists(volume) }
    }

    private func transaction<T>(_ kind: Kind, _ body: (PostgresSession) throws -> T) throws -> T {
        do {
            return try pool.transaction(kind == .read ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN", body)
        } catch let error as BlockStoreError {
            throw error
        } catch {
            throw BlockStoreError(.io, "The block store in \(pool.location.display) failed: \(PostgresFailure.describe(error)).")
        }
    }
}

extension Array {
    /// The array in pieces of at most `size` elements.
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
