#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Quick questions about a template's raw text, asked before walking its values.
enum TextSearch {
    /// Whether `text` may spell `word` (lower-case ASCII) in any letter case: true when it does, or —
    /// with `escapes` — when it has a `\u` escape that could spell it in a way a byte search does not see
    /// (JSON strings; comments, where suppressions live, have no escapes).
    ///
    /// Every file is asked this before rules walk it, so it jumps with `memchr` between occurrences of
    /// the word's least common byte (a non-letter when it has one) instead of looking at every byte.
    static func mayContain(_ text: String, caseInsensitive word: String, escapes: Bool = true) -> Bool {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return true }
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            if escapes, occurs(UInt8(ascii: "\\"), in: base, count, where: { i in
                i + 1 < count && base[i + 1] == UInt8(ascii: "u")
            }) {
                return true
            }
            guard count >= needle.count else { return false }
            let anchor = anchorIndex(needle)
            let byte = needle[anchor]
            let isLetter = byte >= 0x61 && byte <= 0x7A
            for variant in isLetter ? [byte, byte - 0x20] : [byte] {
                let found = occurs(variant, in: base, count) { i in
                    guard i >= anchor, i - anchor + needle.count <= count else { return false }
                    let start = i - anchor
                    for k in 0..<needle.count where base[start + k] | 0x20 != needle[k] | 0x20 { return false }
                    return true
                }
                if found { return true }
            }
            return false
        }
        return answer ?? true
    }

    /// Whether `byte` occurs in `base[0..<count]` at an index `accept` takes.
    private static func occurs(_ byte: UInt8, in base: UnsafePointer<UInt8>, _ count: Int,
                               where accept: (Int) -> Bool) -> Bool {
        var position = 0
        while position < count, let hit = memchr(base + position, Int32(byte), count - position) {
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if accept(index) { return true }
            position = index + 1
        }
        return false
    }

    /// The position of the needle's least common byte in templates: its first non-letter, else its
    /// rarest letter by English letter frequency.
    private static func anchorIndex(_ needle: [UInt8]) -> Int {
        if let index = needle.firstIndex(where: { !($0 >= 0x61 && $0 <= 0x7A) }) { return index }
        let frequent = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
        var best = 0, bestRank = -1
        for (index, byte) in needle.enumerated() {
            let rank = frequent.firstIndex(of: byte) ?? frequent.count
            if rank > bestRank { (best, bestRank) = (index, rank) }
        }
        return best
    }
}
