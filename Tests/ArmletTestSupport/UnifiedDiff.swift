/// A line diff in the unified format (`---`/`+++` headers, `@@` hunks with three lines of context).
public enum UnifiedDiff {
    /// The diff from `expected` to `actual`; empty when they are equal.
    public static func render(expected: String, actual: String, name: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a != b else { return "" }
        let ops = edits(a, b)
        var out = "--- \(name) (golden)\n+++ \(name) (actual)\n"
        var i = 0
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = firstChange
            // Extend the hunk while changes are within 2 × context lines of each other.
            var k = firstChange
            while k < ops.count {
                if ops[k].kind != .same { end = k; k += 1; continue }
                let nextChange = ops[k...].firstIndex(where: { $0.kind != .same })
                guard let next = nextChange, next - end <= 2 * context else { break }
                k = next
            }
            let start = max(i, firstChange - context)
            let stop = min(ops.count - 1, end + context)
            let hunk = ops[start...stop]
            let aStart = (hunk.first?.aIndex ?? 0) + 1
            let bStart = (hunk.first?.bIndex ?? 0) + 1
            let aCount = hunk.filter { $0.kind != .insert }.count
            let bCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(aStart),\(aCount) +\(bStart),\(bCount) @@\n"
            for op in hunk {
                switch op.kind {
                case .same: out += " " + a[op.aIndex] + "\n"
                case .delete: out += "-" + a[op.aIndex] + "\n"
                case .insert: out += "+" + b[op.bIndex] + "\n"
                }
            }
            i = stop + 1
        }
        return out
    }

    enum Kind { case same, delete, insert }

    struct Edit {
        var kind: Kind
        var aIndex: Int
        var bIndex: Int
    }

    /// A shortest edit script by longest common subsequence over the lines between the common prefix
    /// and suffix (bounded: very long middles fall back to "all deleted, all inserted").
    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let am = Array(a[prefix..<(a.count - suffix)])
        let bm = Array(b[prefix..<(b.count - suffix)])
        var ops: [Edit] = (0..<prefix).map { Edit(kind: .same, aIndex: $0, bIndex: $0) }
        if am.count * bm.count <= 4_000_000 {
            // lcs[i][j]: LCS length of am[i...] and bm[j...].
            var lcs = Array(repeating: Array(repeating: 0, count: bm.count + 1), count: am.count + 1)
            for i in stride(from: am.count - 1, through: 0, by: -1) {
                for j in stride(from: bm.count - 1, through: 0, by: -1) {
                    lcs[i][j] = am[i] == bm[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < am.count || j < bm.count {
                if i < am.count, j < bm.count, am[i] == bm[j] {
                    ops.append(Edit(kind: .same, aIndex: prefix + i, bIndex: prefix + j)); i += 1; j += 1
                } else if j < bm.count, i == am.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                    ops.append(Edit(kind: .insert, aIndex: prefix + i, bIndex: prefix + j)); j += 1
                } else {
                    ops.append(Edit(kind: .delete, aIndex: prefix + i, bIndex: prefix + j)); i += 1
                }
            }
        } else {
            ops += am.indices.map { Edit(kind: .delete, aIndex: prefix + $0, bIndex: prefix) }
            ops += bm.indices.map { Edit(kind: .insert, aIndex: prefix + am.count, bIndex: prefix + $0) }
        }
        ops += (0..<suffix).map { Edit(kind: .same, aIndex: a.count - suffix + $0, bIndex: b.count - suffix + $0) }
        return ops
    }
}
