/// Python's `difflib.get_close_matches`, which the Azure CLI uses for its `Did you mean` hints:
/// the same similarity ratio (`SequenceMatcher.ratio`, no junk) and the same order.
enum CloseMatches {
    /// Up to `count` of `possibilities` whose ratio with `word` is at least `cutoff`, best first
    /// (ties: the greater string first, as Python's `heapq.nlargest` on `(score, x)` orders them).
    static func of(_ word: String, in possibilities: [String], count: Int = 3, cutoff: Double = 0.7) -> [String] {
        let target = Array(word.unicodeScalars)
        let scored = possibilities.compactMap { candidate -> (Double, String)? in
            let score = ratio(Array(candidate.unicodeScalars), target)
            return score >= cutoff ? (score, candidate) : nil
        }
        let ordered = scored.sorted { lhs, rhs in
            lhs.0 != rhs.0 ? lhs.0 > rhs.0 : rhs.1.unicodeScalars.lexicographicallyPrecedes(lhs.1.unicodeScalars)
        }
        return ordered.prefix(count).map(\.1)
    }

    /// `SequenceMatcher(None, a, b).ratio()`: twice the matched characters over the total length.
    static func ratio(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        return 2 * Double(matchedCount(a, b)) / Double(total)
    }

    /// The size of `get_matching_blocks()`: the longest match, then recursively left and right of it.
    private static func matchedCount(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var positions: [Unicode.Scalar: [Int]] = [:]
        for (j, scalar) in b.enumerated() { positions[scalar, default: []].append(j) }
        var queue = [(0, a.count, 0, b.count)]
        var matched = 0
        while let bounds = queue.popLast() {
            let (alo, ahi, blo, bhi) = bounds
            let (i, j, size) = longestMatch(a, b, positions, alo, ahi, blo, bhi)
            guard size > 0 else { continue }
            matched += size
            if alo < i && blo < j { queue.append((alo, i, blo, j)) }
            if i + size < ahi && j + size < bhi { queue.append((i + size, ahi, j + size, bhi)) }
        }
        return matched
    }

    /// `find_longest_match`: the earliest longest common run within the bounds.
    private static func longestMatch(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], _ positions: [Unicode.Scalar: [Int]],
                                     _ alo: Int, _ ahi: Int, _ blo: Int, _ bhi: Int) -> (Int, Int, Int) {
        var best = (alo, blo, 0)
        var lengths: [Int: Int] = [:]
        for i in alo..<ahi {
            var next: [Int: Int] = [:]
            for j in positions[a[i]] ?? [] {
                if j < blo { continue }
                if j >= bhi { break }
                let k = (lengths[j - 1] ?? 0) + 1
                next[j] = k
                if k > best.2 { best = (i - k + 1, j - k + 1, k) }
            }
            lengths = next
        }
        return best
    }
}
