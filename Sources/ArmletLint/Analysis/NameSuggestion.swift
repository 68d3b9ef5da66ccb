import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Picks the candidate closest to a misspelt name (edit distance, ignoring case), for "did you mean" hints.
enum NameSuggestion {
    /// The closest of `candidates` to `name` within a third of its length (at least 2 edits), or `nil`.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = max(2, target.count / 3)
        var best: (String, Int)? = nil
        for c in candidates {
            let d = distance(target, Array(c.lowercased()))
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// ` Did you mean 'x'?` or an empty string.
    static func hint(_ name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
    }
}
