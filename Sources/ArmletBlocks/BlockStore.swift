/// Where the bytes of managed disks and snapshots live: sparse volumes of 512-byte pages.
///
/// A volume is named by its resource's `uniqueId`. A snapshot of a volume shares every page with it
/// (copy-on-write), so an incremental family stores each page once, plus what changed between
/// snapshots; ``diff(_:since:)`` answers the managed-disk page diff from that sharing. Never-written
/// and cleared pages read as zeros. Every change is atomic: after a crash a write is either in the
/// volume or not.
public protocol BlockStore: Sendable {
    /// Creates an empty volume of `size` bytes (a multiple of 512).
    /// - Throws: ``BlockStoreError`` when the name is taken or the size is not page-aligned.
    func create(_ volume: String, size: Int64) throws
    /// Creates `volume` sharing every page of `source` (a snapshot, or a disk restored from one).
    func copy(_ source: String, to volume: String) throws
    /// Whether `volume` exists.
    func exists(_ volume: String) throws -> Bool
    /// The size of `volume` in bytes.
    func size(of volume: String) throws -> Int64
    /// Grows `volume` to `size` bytes (disks grow, never shrink).
    func resize(_ volume: String, to size: Int64) throws
    /// Writes `bytes` at `offset` (both 512-aligned, within the volume).
    func write(_ volume: String, at offset: Int64, bytes: [UInt8]) throws
    /// Clears `length` bytes at `offset` (both 512-aligned): they read as zeros and are no longer listed.
    func clear(_ volume: String, at offset: Int64, length: Int64) throws
    /// Reads `length` bytes at `offset`; pages never written read as zeros.
    func read(_ volume: String, at offset: Int64, length: Int64) throws -> [UInt8]
    /// The written ranges of `volume` within `range` (all of it when nil), ascending, merged.
    func pageRanges(_ volume: String, in range: Range<Int64>?) throws -> [Range<Int64>]
    /// What changed in `volume` since `previous` (a snapshot of the same family, or any volume):
    /// ranges whose bytes differ and hold data now, and ranges that held data and are now cleared.
    func diff(_ volume: String, since previous: String) throws -> PageDiff
    /// Deletes `volume`; bytes other volumes still share are kept.
    func delete(_ volume: String) throws
    /// Bytes held by the store's data files (what all volumes together occupy).
    func storedBytes() throws -> Int64
    /// The names of every volume, sorted.
    func volumes() throws -> [String]
}

/// The answer of ``BlockStore/diff(_:since:)``.
public struct PageDiff: Sendable, Equatable {
    /// Ranges written since the previous volume (their bytes are new).
    public var changed: [Range<Int64>]
    /// Ranges that held data in the previous volume and are now cleared.
    public var cleared: [Range<Int64>]

    /// A diff of `changed` and `cleared` ranges.
    public init(changed: [Range<Int64>], cleared: [Range<Int64>]) {
        self.changed = changed
        self.cleared = cleared
    }

    /// Bytes a copy of this diff has to move.
    public var changedBytes: Int64 { changed.reduce(0) { $0 + ($1.upperBound - $1.lowerBound) } }
}

/// Why a block-store operation was refused.
public struct BlockStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// No such volume.
        case volumeNotFound
        /// The volume name is taken.
        case volumeExists
        /// An offset or length not aligned to 512 bytes, or outside the volume.
        case invalidRange
        /// The data files could not be read or written.
        case io
    }

    /// The kind of failure.
    public let kind: Kind
    /// A sentence for a person.
    public let message: String

    /// A failure of `kind` described by `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    package static func notFound(_ volume: String) -> BlockStoreError {
        BlockStoreError(.volumeNotFound, "The volume '\(volume)' does not exist.")
    }

    package static func exists(_ volume: String) -> BlockStoreError {
        BlockStoreError(.volumeExists, "The volume '\(volume)' already exists.")
    }

    package static func range(_ offset: Int64, _ length: Int64, size: Int64) -> BlockStoreError {
        BlockStoreError(.invalidRange, "The range of \(length) bytes at offset \(offset) is not valid: offsets and "
                            + "lengths must be multiples of 512 and lie within the volume's \(size) bytes.")
    }
}

/// The page size of disks and page blobs.
public let pageSize: Int64 = 512
