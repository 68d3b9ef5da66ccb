/// .NET standard numeric format strings (invariant culture) for `format()`: C, D, E, F, N, P, X.
enum NumberFormatting {
    /// .NET's default `ToString()` of a double (shortest round-trip).
    static func general(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func format(integer i: Int64, _ spec: String) -> String? {
        guard let letter = spec.first else { return String(i) }
        let precision = Int(spec.dropFirst())
        if !spec.dropFirst().isEmpty && precision == nil { return nil }
        switch letter {
        case "D", "d":
            let digits = String(i.magnitude)
            let padded = String(repeating: "0", count: max(0, (precision ?? 0) - digits.count)) + digits
            return (i < 0 ? "-" : "") + padded
        case "X", "x":
            var hex = String(UInt64(bitPattern: i), radix: 16, uppercase: letter == "X")
            if hex.count < (precision ?? 0) { hex = String(repeating: "0", count: (precision ?? 0) - hex.count) + hex }
            return hex
        default:
            return format(double: Double(i), spec)
        }
    }

    static func format(double d: Double, _ spec: String) -> String? {
        guard let letter = spec.first else { return general(d) }
        let precisionText = spec.dropFirst()
        let precision = Int(precisionText)
        if !precisionText.isEmpty && precision == nil { return nil }
        switch letter {
        case "N", "n": return fixed(d, precision ?? 2, grouping: true)
        case "F", "f": return fixed(d, precision ?? 2, grouping: false)
        case "C", "c": return (d < 0 ? "-" : "") + "¤" + fixed(abs(d), precision ?? 2, grouping: true)
        case "P", "p": return fixed(d * 100, precision ?? 2, grouping: true) + " %"
        case "E", "e": return exponential(d, precision ?? 6, upper: letter == "E")
        case "G", "g", "R", "r": return general(d)
        default: return nil
        }
    }

    /// Fixed-point with `decimals` digits, rounding half away from zero, optional `,` grouping.
    static func fixed(_ d: Double, _ decimals: Int, grouping: Bool) -> String {
        let negative = d < 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(d) * scale).rounded(.toNearestOrAwayFromZero)
        var digits: String
        if scaled < 9.2e18 {
            digits = String(UInt64(scaled))
        } else {
            digits = String(format: scaled)
        }
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let intPart = String(digits.dropLast(decimals))
        let frac = String(digits.suffix(decimals))
        var grouped = intPart
        if grouping {
            var parts: [String] = []
            var rest = Substring(intPart)
            while rest.count > 3 {
                parts.insert(String(rest.suffix(3)), at: 0)
                rest = rest.dropLast(3)
            }
            parts.insert(String(rest), at: 0)
            grouped = parts.joined(separator: ",")
        }
        let body = decimals > 0 ? grouped + "." + frac : grouped
        let isZero = scaled == 0
        return (negative && !isZero ? "-" : "") + body
    }

    static func exponential(_ d: Double, _ decimals: Int, upper: Bool) -> String {
        guard d != 0 else { return "0." + String(repeating: "0", count: decimals) + (upper ? "E+000" : "e+000") }
        var exponent = 0
        var m = abs(d)
        while m >= 10 { m /= 10; exponent += 1 }
        while m < 1 { m *= 10; exponent -= 1 }
        let mantissa = fixed(m, decimals, grouping: false)
        let e = String(abs(exponent))
        return (d < 0 ? "-" : "") + mantissa + (upper ? "E" : "e") + (exponent < 0 ? "-" : "+")
            + String(repeating: "0", count: max(0, 3 - e.count)) + e
    }
}

private extension String {
    init(format value: Double) { self = "\(value)" }
}
