/// Splitting text at an ASCII separator byte, for paths (`/`) and query strings (`&`, `=`).
///
/// `String.split(separator: Character)` walks the text a `Character` at a time, grapheme breaking
/// included; on a request path that cost more than the rest of routing together. An ASCII byte is
/// never part of a multi-byte UTF-8 sequence, so splitting the UTF-8 bytes gives the same pieces for
/// every path and query a client sends (a `/` followed by a combining mark is the one difference:
/// it separates here, as it does for ARM, where `Character` splitting would keep the pair together).
/// The pieces follow `Collection.split`'s rules for `maxSplits` and empty pieces.
extension StringProtocol where SubSequence == Substring {
    /// The pieces between occurrences of `separator` (an ASCII byte), empty pieces dropped when
    /// `omittingEmpty`; at most `maxSplits` splits, the rest kept whole in the last piece.
    @inlinable
    public func split(ascii separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true) -> [Substring] {
        let whole = self[...]
        let bytes = whole.utf8
        let ranges = bytes.withContiguousStorageIfAvailable {
            ASCIISplit.ranges(in: $0, separator: separator, maxSplits: maxSplits, omittingEmpty: omittingEmpty)
        } ?? ASCIISplit.ranges(in: Array(bytes), separator: separator, maxSplits: maxSplits, omittingEmpty: omittingEmpty)
        return ranges.map { range in
            let start = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
            return whole[start..<bytes.index(start, offsetBy: range.count)]
        }
    }
}

/// The byte ranges behind ``Swift/StringProtocol/split(ascii:maxSplits:omittingEmpty:)``.
@usableFromInline
enum ASCIISplit {
    @usableFromInline
    static func ranges(in bytes: some RandomAccessCollection<UInt8>, separator: UInt8, maxSplits: Int,
                       omittingEmpty: Bool) -> [Range<Int>] {
        guard maxSplits > 0 else { return omittingEmpty && bytes.isEmpty ? [] : [0..<bytes.count] }
        var ranges: [Range<Int>] = []
        var start = 0
        var offset = 0
        for byte in bytes {
            if byte == separator {
                if !omittingEmpty || start != offset {
                    ranges.append(start..<offset)
                    if ranges.count == maxSplits {
                        start = offset + 1
                        break
                    }
                }
                start = offset + 1
            }
            offset += 1
        }
        if !omittingEmpty || start != bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
