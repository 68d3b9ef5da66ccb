import Testing
@testable import ArmletBlocks

@Suite struct ExtentMapTests {
    @Test func writesSplitAndReplaceWhatTheyCover() {
        var map = ExtentMap(size: 16 << 20)
        map.set(0, 4096, segment: 1, fileOffset: 0)
        map.set(1024, 2048, segment: 1, fileOffset: 4096)
        #expect(map.extents.map { [$0.start, $0.end, $0.fileOffset] } == [[0, 1024, 0], [1024, 2048, 4096], [2048, 4096, 2048]])
        #expect(map.ranges(0, 16 << 20) == [0..<4096])
        map.set(512, 3584, segment: nil, fileOffset: 0)
        #expect(map.ranges(0, 16 << 20) == [0..<512, 3584..<4096])
    }

    @Test func extentsDoNotCrossChunksButRangesMerge() {
        var map = ExtentMap(size: 16 << 20)
        let chunk = ExtentMap.chunkSize
        map.set(chunk - 512, chunk + 512, segment: 2, fileOffset: 100)
        #expect(map.extents.count == 2)
        #expect(map.extents[1].fileOffset == 100 + 512)
        #expect(map.ranges(0, 16 << 20) == [(chunk - 512)..<(chunk + 512)])
        #expect(map.ranges(chunk, chunk + 100) == [chunk..<(chunk + 100)])
    }

    @Test func aCopySharesAndTheDiffIsExactlyWhatChanged() {
        var disk = ExtentMap(size: 16 << 20)
        disk.set(0, 1 << 20, segment: 1, fileOffset: 0)
        disk.set(8 << 20, 9 << 20, segment: 1, fileOffset: 1 << 20)
        let first = disk
        disk.set(2 << 20, (2 << 20) + (512 << 10), segment: 1, fileOffset: 2 << 20)
        disk.set(8 << 20, (8 << 20) + 1024, segment: nil, fileOffset: 0)
        let second = disk
        let diff = second.diff(since: first)
        #expect(diff.changed == [(2 << 20)..<((2 << 20) + (512 << 10))])
        let mib: Int64 = 1 << 20
        #expect(diff.cleared == [(8 * mib)..<(8 * mib + 1024)])
        #expect(first.diff(since: first).changed.isEmpty)
        // Rewriting a page with new bytes is a change even where data was before.
        var third = second
        third.set(0, 512, segment: 3, fileOffset: 0)
        #expect(third.diff(since: second).changed == [0..<512])
    }

    @Test func encodingRoundTrips() {
        var map = ExtentMap(size: 64 << 20)
        map.set(0, 4096, segment: 1, fileOffset: 7)
        map.set(9 << 20, 10 << 20, segment: 4, fileOffset: 1 << 30)
        #expect(ExtentMap(encoded: map.encoded) == map)
        #expect(ExtentMap(encoded: [1, 2, 3]) == nil)
        #expect(ExtentMap(encoded: Array(map.encoded.dropLast())) == nil)
    }
}
