import ArmletJSON

/// How the Azure CLI (Python) spells scalars in table and tsv output: `str()` of the value.
enum PythonText {
    /// `str(value)` for a scalar: `True`/`False`, `None`, floats with a `.0`, strings as they are.
    static func str(_ value: JSONValue) -> String {
        switch value {
        case .null: "None"
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .double(let d): pythonFloat(d)
        case .string(let s): s
        case .array, .object: JSONWriter.write(value, style: .compact)
        }
    }

    /// Python's `repr`/`str` of a float: shortest round-trip digits, exponent from 1e16 and below 1e-4.
    ///
    /// Swift's `description` has the same shortest digits but turns to an exponent from 2^53, so the
    /// digits are laid out again by Python's rule (`9.5e15` is `9500000000000000.0` in Python).
    static func pythonFloat(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "nan" : (d > 0 ? "inf" : "-inf") }
        let swift = d.description
        let sign = swift.hasPrefix("-") ? "-" : ""
        let unsigned = swift.drop { $0 == "-" }
        let parts = unsigned.split(separator: "e", maxSplits: 1)
        guard let mantissa = parts.first, let exponent = parts.count == 2 ? Int(parts[1]) : 0 else { return swift }
        let wholeDigits = mantissa.prefix { $0 != "." }
        let fraction = mantissa.drop { $0 != "." }.dropFirst()
        var digits = Array(wholeDigits + fraction)
        // The value is 0.DIGITS × 10^point, as Python's dtoa reports it.
        var point = wholeDigits.count + exponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        if digits == ["0"] { point = 1 }
        let text = String(digits)
        if point <= -4 || point > 16 {
            let rest = digits.count > 1 ? "." + text.dropFirst() : ""
            let power = point - 1
            let powerDigits = String(abs(power))
            return sign + text.prefix(1) + rest + (power < 0 ? "e-" : "e+")
                + (powerDigits.count < 2 ? "0" : "") + powerDigits
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + text }
        if point >= digits.count { return sign + text + String(repeating: "0", count: point - digits.count) + ".0" }
        return sign + text.prefix(point) + "." + text.dropFirst(point)
    }

    /// The display width of `text` (East Asian wide characters count two, as wcwidth does).
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            let zero = (0x0300...0x036F).contains(v) || v == 0x200B
            return total + (zero ? 0 : (wide ? 2 : 1))
        }
    }
}
