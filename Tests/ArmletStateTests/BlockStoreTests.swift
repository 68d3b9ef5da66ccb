import ArmletBlocks
import ArmletPostgres
import ArmletTestSupport
import Foundation
import Testing

/// The block stores tests run against: the file store and, with a test server, PostgreSQL's.
enum BlockKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case file, postgres

    var testDescription: String { rawValue }

    static var allCases: [BlockKind] {
        TestPostgres.location != nil || TestPostgres.required ? [.file, .postgres] : [.file]
    }

    /// A fresh store, a second instance on the same data (as another process would open it), and
    /// what must outlive both.
    func open() throws -> (store: any BlockStore, second: any BlockStore, keep: AnyObject) {
        switch self {
        case .file:
            let directory = TemporaryDirectory()
            return (try FileBlockStore(directory: directory.path), try FileBlockStore(directory: directory.path), directory)
        case .postgres:
            let database = try TestPostgres.Database()
            return (try PostgresBlockStore(pool: PostgresPool(location: database.location)),
                    try PostgresBlockStore(pool: PostgresPool(location: database.location)), database)
        }
    }
}

@Suite("Block stores")
struct BlockStoreTests {
    static func bytes(_ count: Int, _ seed: UInt8) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 / 512) &+ seed } }

    @Test("two uploads, a snapshot, a write, a snapshot: the diff is exactly the write", arguments: BlockKind.allCases)
    func incrementalSnapshotsDiffExactly(kind: BlockKind) throws {
        let (store, _, keep) = try kind.open()
        defer { withExtendedLifetime(keep) {} }
        let mib: Int64 = 1 << 20
        try store.create("disk", size: 64 * mib)
        let a = Self.bytes(1 << 20, 1), b = Self.bytes(1 << 20, 7), c = Self.bytes(512 << 10, 99)
        try store.write("disk", at: 0, bytes: a)
        try store.write("disk", at: 8 * mib, bytes: b)
        try store.copy("disk", to: "snap1")
        try store.write("disk", at: 2 * mib, bytes: c)
        try store.copy("disk", to: "snap2")
        #expect(try store.diff("snap2", since: "snap1") == PageDiff(changed: [(2 * mib)..<(2 * mib + 512 * 1024)], cleared: []))
        #expect(try store.pageRanges("snap1", in: nil) == [0..<mib, (8 * mib)..<(9 * mib)])
        #expect(try store.read("snap1", at: 2 * mib, length: 512 << 10) == [UInt8](repeating: 0, count: 512 << 10))
        #expect(try store.read("snap2", at: 2 * mib, length: 512 << 10) == c)
        #expect(try store.read("snap2", at: 8 * mib - 512, length: 1024) == [UInt8](repeating: 0, count: 512) + b.prefix(512))
        // Stored once: 2.5 MiB of data for three volumes.
        #expect(try store.storedBytes() == 2 * mib + 512 * 1024)
    }

    @Test("cleared pages show in the diff and read as zeros", arguments: BlockKind.allCases)
    func clearsShowInTheDiffAndReadAsZeros(kind: BlockKind) throws {
        let (store, _, keep) = try kind.open()
        defer { withExtendedLifetime(keep) {} }
        try store.create("d", size: 1 << 20)
        try store.write("d", at: 0, bytes: Self.bytes(8192, 3))
        try store.copy("d", to: "s1")
        try store.clear("d", at: 1024, length: 2048)
        try store.copy("d", to: "s2")
        #expect(try store.diff("s2", since: "s1") == PageDiff(changed: [], cleared: [1024..<3072]))
        #expect(try store.read("s2", at: 1024, length: 2048) == [UInt8](repeating: 0, count: 2048))
        #expect(try store.pageRanges("s2", in: 0..<4096) == [0..<1024, 3072..<4096])
        // An overwrite inside an earlier write reads back pieced together.
        try store.write("d", at: 4096, bytes: Self.bytes(1024, 200))
        #expect(try store.read("d", at: 3584, length: 2048)
                == Self.bytes(8192, 3)[3584..<4096] + Self.bytes(1024, 200) + Self.bytes(8192, 3)[5120..<5632])
    }

    @Test("deleting a snapshot keeps what others share; the last one frees the bytes", arguments: BlockKind.allCases)
    func deletingASnapshotKeepsWhatOthersShare(kind: BlockKind) throws {
        let (store, _, keep) = try kind.open()
        defer { withExtendedLifetime(keep) {} }
        try store.create("d", size: 1 << 20)
        let data = Self.bytes(4096, 5)
        try store.write("d", at: 0, bytes: data)
        try store.copy("d", to: "s1")
        try store.delete("d")
        #expect(try store.read("s1", at: 0, length: 4096) == data)
        #expect(try store.storedBytes() == 4096)
        try store.delete("s1")
        #expect(try store.storedBytes() == 0)
        #expect(throws: BlockStoreError.self) { try store.read("s1", at: 0, length: 512) }
        #expect(try !store.exists("s1"))
    }

    @Test("misaligned, out-of-range and badly named requests are refused", arguments: BlockKind.allCases)
    func misalignedOrOutOfRangeWritesAreRefused(kind: BlockKind) throws {
        let (store, _, keep) = try kind.open()
        defer { withExtendedLifetime(keep) {} }
        try store.create("d", size: 4096)
        for (offset, count) in [(1, 512), (0, 100), (4096, 512), (-512, 512)] as [(Int64, Int)] {
            let error = try #require(throws: BlockStoreError.self) {
                try store.write("d", at: offset, bytes: [UInt8](repeating: 1, count: count))
            }
            #expect(error.kind == .invalidRange)
        }
        #expect(throws: BlockStoreError.self) { try store.create("../escape", size: 512) }
        #expect(throws: BlockStoreError.self) { try store.delete("../volumes/d") }
        #expect(throws: BlockStoreError.self) { try store.read("../volumes/d", at: 0, length: 512) }
        #expect(throws: BlockStoreError.self) { try store.copy("d", to: "a/b") }
        #expect(throws: BlockStoreError.self) { try store.create("d", size: 512) }
        #expect(throws: BlockStoreError.self) { try store.resize("d", to: 512) }
        try store.resize("d", to: 8192)
        #expect(try store.size(of: "d") == 8192)
    }

    @Test("a second instance (another process) sees every write, written at once by both", arguments: BlockKind.allCases)
    func anotherInstanceSeesEveryWrite(kind: BlockKind) throws {
        let (first, second, keep) = try kind.open()
        defer { withExtendedLifetime(keep) {} }
        try first.create("d", size: 1 << 20)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let writer = i % 2 == 0 ? first : second
            try? writer.write("d", at: Int64(i) * 4096, bytes: Self.bytes(4096, UInt8(i)))
        }
        for i in 0..<16 {
            #expect(try second.read("d", at: Int64(i) * 4096, length: 4096) == Self.bytes(4096, UInt8(i)))
        }
        #expect(try first.pageRanges("d", in: nil) == [0..<(16 * 4096)])
    }
}
