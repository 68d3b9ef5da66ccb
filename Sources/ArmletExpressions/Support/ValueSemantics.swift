import ArmletJSON

/// ARM's comparisons of values: deep equality, and the culture-aware string order of `less()`.
enum ValueSemantics {
    /// Deep equality; strings compare ordinally (case-sensitive), int and float numerically,
    /// object keys ignoring case.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for (p, q) in zip(x, y) where !equal(p, q) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x {
                guard let w = y[k], equal(v, w) else { return false }
            }
            return true
        default: return a == b
        }
    }

    /// Whether `array` holds `item` (deep equality).
    static func contains(_ array: [JSONValue], _ item: JSONValue) -> Bool {
        array.contains { equal($0, item) }
    }

    /// Order of strings as .NET's culture-aware comparison sees them for common text: letters
    /// compare ignoring case first; on a tie the first case difference decides, lower case first.
    static func compareStrings(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var caseTie = 0
        for (p, q) in zip(x, y) {
            if p == q { continue }
            let lp = lower(p), lq = lower(q)
            if lp != lq { return weight(lp) < weight(lq) ? -1 : 1 }
            if caseTie == 0 { caseTie = isLower(p) ? -1 : 1 }
        }
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        return caseTie
    }

    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    private static func isLower(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }

    /// Sort weight: punctuation and symbols before digits before letters, as culture sorting does.
    private static func weight(_ s: Unicode.Scalar) -> UInt64 {
        let v = UInt64(s.value)
        if s.properties.isAlphabetic { return 0x3_0000_0000 + v }
        if s.properties.numericType != nil { return 0x2_0000_0000 + v }
        return 0x1_0000_0000 + v
    }
}
