/// Splitting text at an ASCII separator byte, for paths (`/`) and query strings (`&`, `=`).
///
/// `String.split(separator: Character)` walks the text a `Character` at a time, grapheme breaking
/// included; on a request path that cost more than the rest of routing together. An ASCII byte is
/// never part of a multi-byte UTF-8 sequence, so splitting the UTF-8 view gives the same pieces for
/// every path and query a client sends (a `/` followed by a combining mark is the one difference:
/// it separates here, as it does for ARM, where `Character` splitting would keep the pair together).
extension StringProtocol where SubSequence == Substring {
    /// The pieces between occurrences of `separator` (an ASCII byte), empty pieces dropped when
    /// `omittingEmpty`; at most `maxSplits` splits, the rest kept whole in the last piece.
    @inlinable
    public func split(ascii separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true) -> [Substring] {
        var pieces: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        var splits = 0
        while index != bytes.endIndex {
            if bytes[index] == separator, splits < maxSplits {
                if !omittingEmpty || start != index {
                    pieces.append(self[start..<index])
                    splits += 1
                }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if !omittingEmpty || start != bytes.endIndex { pieces.append(self[start..<bytes.endIndex]) }
        return pieces
    }
}
