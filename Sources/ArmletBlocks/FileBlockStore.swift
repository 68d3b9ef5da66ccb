#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The default ``BlockStore``: files under a directory (`<state dir>/blocks`).
///
/// - `data/<n>.bin` — append-only data files; a write appends its bytes and fsyncs them first.
/// - `volumes/<name>.map` — each volume's ``ExtentMap``, replaced atomically (written aside, fsynced,
///   renamed) after its bytes are durable, so a crash leaves a write either wholly in or wholly out.
/// - `lock` — `flock`ed for every operation, so several processes (the CLI, servers) share one store.
///
/// A data file is deleted when no volume refers to it any more.
public final class FileBlockStore: BlockStore {
    /// The store's directory.
    public let directory: String
    private let state = Mutex(Cache())
    /// Data files are closed for appending once they reach this size.
    static let segmentLimit: Int64 = 256 << 20

    private struct Cache: ~Copyable {
        var maps: [String: (stamp: FileStamp, map: ExtentMap)] = [:]
        var readers: [UInt32: Int32] = [:]
    }

    /// Opens (creating) the store in `directory`.
    /// - Throws: ``BlockStoreError`` `io` when the directories cannot be made.
    public init(directory: String) throws {
        self.directory = directory
        for folder in [directory, directory + "/data", directory + "/volumes"] {
            if mkdir(folder, 0o755) != 0 && errno != EEXIST {
                throw BlockStoreError(.io, "Cannot create the block store folder '\(folder)': \(Self.reason()).")
            }
        }
    }

    deinit {
        state.withLock { cache in for fd in cache.readers.values { close(fd) } }
    }

    // MARK: - Volumes

    public func create(_ volume: String, size: Int64) throws {
        guard size >= 0, size % pageSize == 0 else { throw BlockStoreError.range(0, size, size: size) }
        try locked(exclusive: true) { cache in
            guard try load(volume, &cache) == nil else { throw BlockStoreError.exists(volume) }
            try save(ExtentMap(size: size), as: volume, &cache)
        }
    }

    public func copy(_ source: String, to volume: String) throws {
        try locked(exclusive: true) { cache in
            guard let map = try load(source, &cache) else { throw BlockStoreError.notFound(source) }
            guard try load(volume, &cache) == nil else { throw BlockStoreError.exists(volume) }
            try save(map, as: volume, &cache)
        }
    }

    public func exists(_ volume: String) throws -> Bool {
        guard (try? Self.checkName(volume)) != nil else { return false }
        return try locked(exclusive: false) { cache in try load(volume, &cache) != nil }
    }

    public func size(of volume: String) throws -> Int64 {
        try locked(exclusive: false) { cache in try require(volume, &cache).size }
    }

    public func resize(_ volume: String, to size: Int64) throws {
        try locked(exclusive: true) { cache in
            var map = try require(volume, &cache)
            guard size >= map.size, size % pageSize == 0 else { throw BlockStoreError.range(0, size, size: map.size) }
            map.size = size
            try save(map, as: volume, &cache)
        }
    }

    public func delete(_ volume: String) throws {
        try locked(exclusive: true) { cache in
            guard try load(volume, &cache) != nil else { throw BlockStoreError.notFound(volume) }
            if unlink(mapPath(volume)) != 0 { throw io("delete", mapPath(volume)) }
            cache.maps[volume] = nil
            try collectGarbage(&cache)
        }
    }

    // MARK: - Pages

    public func write(_ volume: String, at offset: Int64, bytes: [UInt8]) throws {
        let length = Int64(bytes.count)
        try locked(exclusive: true) { cache in
            var map = try require(volume, &cache)
            try Self.checkRange(offset, length, size: map.size)
            guard length > 0 else { return }
            let (segment, fileOffset) = try append(bytes)
            map.set(offset, offset + length, segment: segment, fileOffset: fileOffset)
            try save(map, as: volume, &cache)
        }
    }

    public func clear(_ volume: String, at offset: Int64, length: Int64) throws {
        try locked(exclusive: true) { cache in
            var map = try require(volume, &cache)
            try Self.checkRange(offset, length, size: map.size)
            map.set(offset, offset + length, segment: nil, fileOffset: 0)
            try save(map, as: volume, &cache)
        }
    }

    public func read(_ volume: String, at offset: Int64, length: Int64) throws -> [UInt8] {
        try locked(exclusive: false) { cache in
            let map = try require(volume, &cache)
            guard offset >= 0, length >= 0, offset <= map.size, length <= map.size - offset, length <= Int64(Int32.max)
            else { throw BlockStoreError.range(offset, length, size: map.size) }
            var result = [UInt8](repeating: 0, count: Int(length))
            for extent in map.extents(offset, offset + length) {
                let fd = try reader(extent.segment, &cache)
                let count = Int(extent.end - extent.start)
                let into = Int(extent.start - offset)
                let done = result.withUnsafeMutableBytes { buffer in
                    pread(fd, buffer.baseAddress?.advanced(by: into), count, off_t(extent.fileOffset))
                }
                guard done == count else { throw io("read", dataPath(extent.segment)) }
            }
            return result
        }
    }

    public func pageRanges(_ volume: String, in range: Range<Int64>?) throws -> [Range<Int64>] {
        try locked(exclusive: false) { cache in
            let map = try require(volume, &cache)
            let range = range ?? 0..<map.size
            return map.ranges(max(0, range.lowerBound), min(map.size, range.upperBound))
        }
    }

    public func diff(_ volume: String, since previous: String) throws -> PageDiff {
        try locked(exclusive: false) { cache in
            let now = try require(volume, &cache), before = try require(previous, &cache)
            let (changed, cleared) = now.diff(since: before)
            return PageDiff(changed: changed, cleared: cleared)
        }
    }

    public func storedBytes() throws -> Int64 {
        try locked(exclusive: false) { _ in
            try segmentNumbers().reduce(Int64(0)) { total, n in total + Self.fileSize(dataPath(n)) }
        }
    }

    public func volumes() throws -> [String] {
        try locked(exclusive: false) { _ in
            try Self.names(in: directory + "/volumes").filter { $0.hasSuffix(".map") }.map { String($0.dropLast(4)) }.sorted()
        }
    }

    // MARK: - Files

    private func mapPath(_ volume: String) -> String { directory + "/volumes/" + volume + ".map" }
    private func dataPath(_ segment: UInt32) -> String { directory + "/data/\(segment).bin" }

    /// Runs `body` holding the in-process lock and the store's file lock.
    private func locked<T>(exclusive: Bool, _ body: (inout Cache) throws -> T) throws -> T {
        try state.withLock { cache in
            let fd = open(directory + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw io("open", directory + "/lock") }
            defer { close(fd) }
            while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
                guard errno == EINTR else { throw io("lock", directory + "/lock") }
            }
            return try body(&cache)
        }
    }

    private func require(_ volume: String, _ cache: inout Cache) throws -> ExtentMap {
        guard let map = try load(volume, &cache) else { throw BlockStoreError.notFound(volume) }
        return map
    }

    /// The map of `volume` (from the cache while its file is unchanged); nil when there is none.
    /// Every operation reaches a volume through here, so its name is checked here.
    private func load(_ volume: String, _ cache: inout Cache) throws -> ExtentMap? {
        try Self.checkName(volume)
        let path = mapPath(volume)
        guard let stamp = FileStamp(path) else {
            cache.maps[volume] = nil
            return nil
        }
        if let cached = cache.maps[volume], cached.stamp == stamp { return cached.map }
        guard let bytes = Self.contents(path), let map = ExtentMap(encoded: bytes) else {
            throw BlockStoreError(.io, "The page map of volume '\(volume)' is unreadable.")
        }
        cache.maps[volume] = (stamp, map)
        return map
    }

    private func save(_ map: ExtentMap, as volume: String, _ cache: inout Cache) throws {
        let path = mapPath(volume), temporary = path + ".tmp-\(getpid())"
        try Self.writeFile(temporary, map.encoded)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw io("replace", path)
        }
        if let stamp = FileStamp(path) { cache.maps[volume] = (stamp, map) }
    }

    /// Appends `bytes` to the open data file (starting a new one when it is full) and makes them durable.
    private func append(_ bytes: [UInt8]) throws -> (UInt32, Int64) {
        let numbers = try segmentNumbers()
        var segment = numbers.max() ?? 1
        if Self.fileSize(dataPath(segment)) >= Self.segmentLimit { segment += 1 }
        let path = dataPath(segment)
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw io("open", path) }
        defer { close(fd) }
        let end = lseek(fd, 0, SEEK_END)
        guard end >= 0 else { throw io("seek", path) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress?.advanced(by: written), bytes.count - written,
                                                   off_t(Int64(end) + Int64(written))) }
            guard n > 0 else { throw io("write", path) }
            written += n
        }
        guard fsync(fd) == 0 else { throw io("sync", path) }
        return (segment, Int64(end))
    }

    private func reader(_ segment: UInt32, _ cache: inout Cache) throws -> Int32 {
        if let fd = cache.readers[segment] { return fd }
        let fd = open(dataPath(segment), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw io("open", dataPath(segment)) }
        cache.readers[segment] = fd
        return fd
    }

    private func segmentNumbers() throws -> [UInt32] {
        try Self.names(in: directory + "/data").compactMap { name in
            name.hasSuffix(".bin") ? UInt32(name.dropLast(4)) : nil
        }
    }

    /// Deletes the data files no volume refers to.
    private func collectGarbage(_ cache: inout Cache) throws {
        var used = Set<UInt32>()
        for name in try Self.names(in: directory + "/volumes") where name.hasSuffix(".map") {
            if let map = try load(String(name.dropLast(4)), &cache) { used.formUnion(map.segments) }
        }
        for segment in try segmentNumbers() where !used.contains(segment) {
            if let fd = cache.readers.removeValue(forKey: segment) { close(fd) }
            unlink(dataPath(segment))
        }
    }

    private func io(_ action: String, _ path: String) -> BlockStoreError {
        BlockStoreError(.io, "Cannot \(action) '\(path)': \(Self.reason()).")
    }

    package static func checkName(_ volume: String) throws {
        let allowed = volume.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
        }
        guard !volume.isEmpty, volume.utf8.count <= 128, allowed else {
            throw BlockStoreError(.invalidRange, "'\(volume)' is not a volume name (letters, digits, '-' and '_').")
        }
    }

    package static func checkRange(_ offset: Int64, _ length: Int64, size: Int64) throws {
        guard offset >= 0, length >= 0, offset % pageSize == 0, length % pageSize == 0, offset <= size,
              length <= size - offset else { throw BlockStoreError.range(offset, length, size: size) }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }

    private static func fileSize(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }

    private static func names(in folder: String) throws -> [String] {
        guard let dir = opendir(folder) else {
            throw BlockStoreError(.io, "Cannot list '\(folder)': \(reason()).")
        }
        defer { closedir(dir) }
        var result: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { result.append(name) }
        }
        return result
    }

    private static func contents(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { return nil }
            if n == 0 { return result }
            result += buffer[0..<n]
        }
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BlockStoreError(.io, "Cannot write '\(path)': \(reason()).") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress?.advanced(by: written), bytes.count - written) }
            guard n > 0 else { throw BlockStoreError(.io, "Cannot write '\(path)': \(reason()).") }
            written += n
        }
        guard fsync(fd) == 0 else { throw BlockStoreError(.io, "Cannot sync '\(path)': \(reason()).") }
    }
}

/// What identifies one version of a file: replaced files get a new inode.
struct FileStamp: Equatable, Sendable {
    let inode: UInt64
    let size: Int64
    let modified: Int

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
    }
}
