import Foundation
import Testing
@testable import ArmletBlocks

@Suite struct FileBlockStoreTests {
    static func store() throws -> FileBlockStore {
        try FileBlockStore(directory: NSTemporaryDirectory() + "armlet-blocks-" + UUID().uuidString)
    }

    static func bytes(_ count: Int, _ seed: UInt8) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 / 512) &+ seed } }

    // The behaviour every block store shares runs against this store and PostgreSQL's in
    // ArmletStateTests/BlockStoreTests.swift; what is the file store's own stays here.

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
