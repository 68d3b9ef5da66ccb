/// String operations counted in UTF-16 code units, as .NET (and so ARM) counts characters.
enum UTF16Text {
    /// `count` units from `start`; the caller keeps the range valid.
    static func slice(_ s: String, _ start: Int, _ count: Int) -> String {
        let u = s.utf16
        guard count > 0, let lo = u.index(u.startIndex, offsetBy: start, limitedBy: u.endIndex),
              let hi = u.index(lo, offsetBy: count, limitedBy: u.endIndex)
        else { return "" }
        return String(decoding: Array(u[lo..<hi]), as: UTF16.self)
    }

    /// The position of `needle` in `haystack`, or -1; ordinal, optionally ignoring case.
    static func index(of needle: String, in haystack: String, ignoringCase: Bool, last: Bool) -> Int {
        let h = Array(ignoringCase ? haystack.lowercased().utf16 : haystack.utf16)
        let n = Array(ignoringCase ? needle.lowercased().utf16 : needle.utf16)
        if n.isEmpty { return last ? max(0, h.count - 1) : 0 }
        guard n.count <= h.count else { return -1 }
        let positions = Array(0...(h.count - n.count))
        let order = last ? positions.reversed() : positions
        for p in order where h[p] == n[0] && Array(h[p..<p + n.count]) == n { return p }
        return -1
    }
}
