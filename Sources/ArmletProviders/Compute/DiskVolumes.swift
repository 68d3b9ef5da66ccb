package import ArmletBlocks
package import ArmletJSON
import ArmletState

/// The bytes behind disks and snapshots: each resource's volume in a ``BlockStore``, named by its
/// `properties.uniqueId`.
///
/// Volumes are made when first needed: a disk nobody wrote has none and reads as zeros. A snapshot or
/// a disk copied from a source shares the source's pages (copy-on-write), so an incremental family
/// stores each page once. Changes follow the state transaction they belong to: a volume made for a
/// resource is deleted again if the transaction rolls back, and a deleted resource's volume goes only
/// once the deletion has committed.
package struct DiskVolumes: Sendable {
    /// Where the pages are.
    package let store: any BlockStore

    /// Volumes in `store`.
    package init(store: any BlockStore) {
        self.store = store
    }

    /// The volume of a disk or snapshot body (its `uniqueId`).
    package static func name(of body: JSONValue) -> String? {
        body.string(at: "properties.uniqueId")
    }

    /// The size in bytes of the blob a disk or snapshot exposes: `uploadSizeBytes` for a disk made for
    /// an upload, else `diskSizeBytes` (or `diskSizeGB` GiB).
    package static func size(of body: JSONValue) -> Int64 {
        if let upload = body.int(at: "properties.creationData.uploadSizeBytes"), upload > 0,
           let option = body.string(at: "properties.creationData.createOption"),
           option.lowercased().hasPrefix("upload") {
            return upload
        }
        if let bytes = body.int(at: "properties.diskSizeBytes"), bytes > 0 { return bytes }
        return DiskSku.bytes(ofGiB: body.int(at: "properties.diskSizeGB") ?? 0)
    }

    /// Gives the new resource `body` the source's pages, when the source has any.
    func copy(from source: JSONValue, to body: JSONValue, in transaction: any StateTransaction) throws {
        guard let from = Self.name(of: source), let to = Self.name(of: body),
              try store.exists(from) else { return }
        try store.copy(from, to: to)
        try grow(to, to: Self.size(of: body))
        let store = store
        transaction.afterTransaction(commit: {}, rollback: { try? store.delete(to) })
    }

    /// Deletes `body`'s volume once the transaction that deletes its resource has committed.
    func delete(_ body: JSONValue, in transaction: any StateTransaction) {
        guard let name = Self.name(of: body) else { return }
        let store = store
        transaction.afterTransaction(commit: { try? store.delete(name) }, rollback: {})
    }

    /// Grows the volume of a resized disk (disks grow, never shrink).
    func grow(_ body: JSONValue) throws {
        guard let name = Self.name(of: body), try store.exists(name) else { return }
        try grow(name, to: Self.size(of: body))
    }

    private func grow(_ name: String, to size: Int64) throws {
        let pages = Self.wholePages(size)
        if pages > (try store.size(of: name)) { try store.resize(name, to: pages) }
    }

    /// `size` rounded down to whole 512-byte pages (a volume's size; an upload's last partial page,
    /// if any, is not stored).
    static func wholePages(_ size: Int64) -> Int64 { size - size % pageSize }

    /// Bytes written in `body`'s volume (0 when it has none).
    func writtenBytes(_ body: JSONValue) throws -> Int64 {
        guard let name = Self.name(of: body), try store.exists(name) else { return 0 }
        return try store.pageRanges(name, in: nil).reduce(0) { $0 + ($1.upperBound - $1.lowerBound) }
    }

    /// Bytes of `body`'s volume that differ from `previous`'s (all written bytes without a previous).
    func changedBytes(_ body: JSONValue, since previous: JSONValue?) throws -> Int64 {
        guard let previous, let old = Self.name(of: previous), try store.exists(old) else {
            return try writtenBytes(body)
        }
        guard let name = Self.name(of: body), try store.exists(name) else { return 0 }
        return try store.diff(name, since: old).changedBytes
    }

    /// The volume of `body`, made (empty, of the resource's size) if it has none yet.
    func ensure(_ body: JSONValue) throws -> String? {
        guard let name = Self.name(of: body) else { return nil }
        try ensure(name, size: Self.size(of: body))
        return name
    }

    /// Makes the volume `name` (empty, `size` bytes in whole pages) unless it exists.
    /// - Throws: ``BlockStoreError`` when the store cannot make it.
    package func ensure(_ name: String, size: Int64) throws {
        guard try !store.exists(name) else { return }
        do {
            try store.create(name, size: Self.wholePages(size))
        } catch let error as BlockStoreError where error.kind == .volumeExists {
            // Another process made it first.
        }
    }
}
