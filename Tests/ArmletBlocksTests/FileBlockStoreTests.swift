import Foundation
import Testing
@testable import ArmletBlocks

@Suite struct FileBlockStoreTests {
    static func store() throws -> FileBlockStore {
        try FileBlockStore(directory: NSTemporaryDirectory() + "armlet-blocks-" + UUID().uuidString)
    }

    static func bytes(_ count: Int, _ seed: UInt8) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 / 512) &+ seed } }

    /// The scenario: two uploads, a snapshot, a write, a snapshot; the diff is the write.
    @Test func incrementalSnapshotsDiffExactly() throws {
        let store = try Self.store()
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

    @Test func clearsShowInTheDiffAndReadAsZeros() throws {
        let store = try Self.store()
        try store.create("d", size: 1 << 20)
        try store.write("d", at: 0, bytes: Self.bytes(8192, 3))
        try store.copy("d", to: "s1")
        try store.clear("d", at: 1024, length: 2048)
        try store.copy("d", to: "s2")
        #expect(try store.diff("s2", since: "s1") == PageDiff(changed: [], cleared: [1024..<3072]))
        #expect(try store.read("s2", at: 1024, length: 2048) == [UInt8](repeating: 0, count: 2048))
        #expect(try store.pageRanges("s2", in: 0..<4096) == [0..<1024, 3072..<4096])
    }

    @Test func deletingASnapshotKeepsWhatOthersShare() throws {
        let store = try Self.store()
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
    }

    @Test func misalignedOrOutOfRangeWritesAreRefused() throws {
        let store = try Self.store()
        try store.create("d", size: 4096)
        for (offset, count) in [(1, 512), (0, 100), (4096, 512), (-512, 512)] as [(Int64, Int)] {
            let error = try #require(throws: BlockStoreError.self) {
                try store.write("d", at: offset, bytes: [UInt8](repeating: 1, count: count))
            }
            #expect(error.kind == .invalidRange)
        }
        #expect(throws: BlockStoreError.self) { try store.create("../escape", size: 512) }
        // Every operation checks the name, not only creation: no path outside the store is reached.
        #expect(throws: BlockStoreError.self) { try store.delete("../volumes/d") }
        #expect(throws: BlockStoreError.self) { try store.read("../volumes/d", at: 0, length: 512) }
        #expect(throws: BlockStoreError.self) { try store.copy("d", to: "a/b") }
        #expect(throws: BlockStoreError.self) { try store.create("d", size: 512) }
        #expect(throws: BlockStoreError.self) { try store.resize("d", to: 512) }
        try store.resize("d", to: 8192)
        #expect(try store.size(of: "d") == 8192)
    }

    @Test func anotherInstanceSeesEveryWrite() throws {
        let first = try Self.store()
        let second = try FileBlockStore(directory: first.directory)
        try first.create("d", size: 1 << 20)
        // Two writers (as two processes would) on distinct ranges, at once.
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let writer = i % 2 == 0 ? first : second
            try? writer.write("d", at: Int64(i) * 4096, bytes: Self.bytes(4096, UInt8(i)))
        }
        for i in 0..<16 {
            #expect(try second.read("d", at: Int64(i) * 4096, length: 4096) == Self.bytes(4096, UInt8(i)))
        }
        #expect(try first.pageRanges("d", in: nil) == [0..<(16 * 4096)])
    }

    @Test func anInterruptedWriteLeavesTheVolumeAsItWas() throws {
        let store = try Self.store()
        try store.create("d", size: 1 << 20)
        try store.write("d", at: 0, bytes: Self.bytes(4096, 1))
        // A crash after the bytes were appended but before the map was replaced: a stray temporary map.
        let stray = store.directory + "/volumes/d.map.tmp-99999"
        try Data([0xFF, 0x00]).write(to: URL(fileURLWithPath: stray))
        let reopened = try FileBlockStore(directory: store.directory)
        #expect(try reopened.pageRanges("d", in: nil) == [0..<4096])
        #expect(try reopened.read("d", at: 0, length: 4096) == Self.bytes(4096, 1))
    }
}
