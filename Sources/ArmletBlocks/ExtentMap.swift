/// A volume's page map: which ranges hold data, and where in the data files those bytes are.
///
/// The map is split into chunks of ``chunkSize`` bytes so that a write touches only the chunks it
/// covers; inside a chunk, extents are sorted and never overlap. Two extents hold the same bytes
/// when they point at the same data file with the same `base` (file offset minus volume offset):
/// that is how a snapshot's copy of the map shares pages, and how ``diff(since:)`` finds changes.
package struct ExtentMap: Sendable, Equatable {
    /// One run of pages backed by consecutive bytes of a data file.
    package struct Extent: Sendable, Equatable {
        package var start: Int64
        package var end: Int64
        /// The data file.
        package var segment: UInt32
        /// The data file's offset of this extent's `start`.
        package var fileOffset: Int64

        /// The file offset of volume offset 0 for these bytes: equal bases share bytes.
        package var base: Int64 { fileOffset - start }

        func clipped(_ lower: Int64, _ upper: Int64) -> Extent {
            let s = max(start, lower), e = min(end, upper)
            return Extent(start: s, end: e, segment: segment, fileOffset: fileOffset + (s - start))
        }
    }

    package static let chunkSize: Int64 = 4 << 20

    /// The volume's size in bytes.
    package var size: Int64
    /// Extents per chunk index, each sorted by start.
    private(set) var chunks: [Int64: [Extent]] = [:]

    package init(size: Int64) { self.size = size }

    /// Every extent, ascending.
    package var extents: [Extent] {
        chunks.keys.sorted().flatMap { chunks[$0] ?? [] }
    }

    /// Points `start..<end` at `fileOffset` of `segment` (nil: clears it).
    package mutating func set(_ start: Int64, _ end: Int64, segment: UInt32?, fileOffset: Int64) {
        guard start < end else { return }
        var chunk = start / Self.chunkSize
        while chunk * Self.chunkSize < end {
            let lower = max(start, chunk * Self.chunkSize), upper = min(end, (chunk + 1) * Self.chunkSize)
            var kept: [Extent] = []
            for extent in chunks[chunk] ?? [] {
                if extent.end <= lower || extent.start >= upper {
                    kept.append(extent)
                    continue
                }
                if extent.start < lower { kept.append(extent.clipped(extent.start, lower)) }
                if extent.end > upper { kept.append(extent.clipped(upper, extent.end)) }
            }
            if let segment {
                kept.append(Extent(start: lower, end: upper, segment: segment, fileOffset: fileOffset + (lower - start)))
            }
            kept.sort { $0.start < $1.start }
            chunks[chunk] = kept.isEmpty ? nil : Self.merged(kept)
            chunk += 1
        }
    }

    /// The extents overlapping `lower..<upper`, clipped to it, ascending.
    package func extents(_ lower: Int64, _ upper: Int64) -> [Extent] {
        guard lower < upper else { return [] }
        var result: [Extent] = []
        var chunk = lower / Self.chunkSize
        while chunk * Self.chunkSize < upper {
            for extent in chunks[chunk] ?? [] where extent.end > lower && extent.start < upper {
                result.append(extent.clipped(lower, upper))
            }
            chunk += 1
        }
        return result
    }

    /// The written ranges within `lower..<upper`, merged across extents and chunks.
    package func ranges(_ lower: Int64, _ upper: Int64) -> [Range<Int64>] {
        Self.coalesced(extents(lower, upper).map { $0.start..<$0.end })
    }

    /// Ranges whose bytes differ from `previous` and hold data here (`changed`), and ranges that held
    /// data in `previous` and hold none here (`cleared`).
    package func diff(since previous: ExtentMap) -> (changed: [Range<Int64>], cleared: [Range<Int64>]) {
        var changed: [Range<Int64>] = [], cleared: [Range<Int64>] = []
        let keys = Set(chunks.keys).union(previous.chunks.keys).sorted()
        for key in keys {
            let now = chunks[key] ?? [], before = previous.chunks[key] ?? []
            if now == before { continue }
            var cuts = Set<Int64>()
            for e in now + before {
                cuts.insert(e.start)
                cuts.insert(e.end)
            }
            let points = cuts.sorted()
            var i = 0, j = 0
            for (lower, upper) in zip(points, points.dropFirst()) {
                while i < now.count, now[i].end <= lower { i += 1 }
                while j < before.count, before[j].end <= lower { j += 1 }
                let a = i < now.count && now[i].start <= lower ? now[i] : nil
                let b = j < before.count && before[j].start <= lower ? before[j] : nil
                switch (a, b) {
                case (let a?, let b?) where a.segment == b.segment && a.base == b.base: break
                case (.some, _): changed.append(lower..<upper)
                case (nil, .some): cleared.append(lower..<upper)
                case (nil, nil): break
                }
            }
        }
        return (Self.coalesced(changed), Self.coalesced(cleared))
    }

    /// The data files this map refers to.
    var segments: Set<UInt32> {
        var result = Set<UInt32>()
        for list in chunks.values { for e in list { result.insert(e.segment) } }
        return result
    }

    private static func merged(_ sorted: [Extent]) -> [Extent] {
        var result: [Extent] = []
        for e in sorted {
            if var last = result.last, last.end == e.start, last.segment == e.segment, last.base == e.base {
                last.end = e.end
                result[result.count - 1] = last
            } else {
                result.append(e)
            }
        }
        return result
    }

    static func coalesced(_ ranges: [Range<Int64>]) -> [Range<Int64>] {
        var result: [Range<Int64>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.upperBound >= r.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                result.append(r)
            }
        }
        return result
    }
}

extension ExtentMap {
    /// The map as bytes: size, extent count, then (start, end, segment, fileOffset) per extent, little-endian.
    package var encoded: [UInt8] {
        let all = extents
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 + all.count * 28)
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        put(size)
        put(Int64(all.count))
        for e in all {
            put(e.start)
            put(e.end)
            put(e.segment)
            put(e.fileOffset)
        }
        return bytes
    }

    /// Reads ``encoded`` bytes; nil when they are not a map.
    package init?(encoded bytes: [UInt8]) {
        var index = 0
        func take<T: FixedWidthInteger>(_: T.Type) -> T? {
            let width = MemoryLayout<T>.size
            guard index + width <= bytes.count else { return nil }
            var value = T.zero
            for k in 0..<width { value |= T(bytes[index + k]) << (8 * k) }
            index += width
            return value
        }
        guard let size = take(Int64.self), let count = take(Int64.self), count >= 0,
              count <= Int64(bytes.count / 28) else { return nil }
        self.init(size: size)
        for _ in 0..<count {
            guard let start = take(Int64.self), let end = take(Int64.self), let segment = take(UInt32.self),
                  let fileOffset = take(Int64.self), start < end else { return nil }
            set(start, end, segment: segment, fileOffset: fileOffset)
        }
    }
}
