/// A `bytes=a-b` range (`x-ms-range`, `Range`, `x-ms-source-range`), `b` inclusive; `bytes=a-` runs to the end.
struct ByteRange: Equatable, Sendable {
    let start: Int64
    /// The last byte, inclusive; nil for an open range.
    let end: Int64?

    /// Parses `bytes=a-b` or `bytes=a-`; nil for anything else (suffix ranges `bytes=-n` included).
    init?(header: String) {
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.lowercased().hasPrefix("bytes=") else { return nil }
        let parts = text.dropFirst(6).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int64(parts[0]), start >= 0 else { return nil }
        if parts[1].isEmpty {
            end = nil
        } else {
            guard let end = Int64(parts[1]), end >= start else { return nil }
            self.end = end
        }
        self.start = start
    }

    /// The byte range within a blob of `size` bytes (the end clipped to the blob), nil when it starts past the end.
    func clipped(to size: Int64) -> Range<Int64>? {
        guard start < size else { return nil }
        let last = min(end ?? (size - 1), size - 1)
        return start..<(last + 1)
    }

    /// The range as pages: both ends on 512-byte boundaries, or nil.
    var pageAligned: Range<Int64>? {
        guard let end, start % 512 == 0, (end + 1) % 512 == 0 else { return nil }
        return start..<(end + 1)
    }
}

import Foundation
