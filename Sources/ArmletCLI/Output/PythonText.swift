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
    static func pythonFloat(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "nan" : (d > 0 ? "inf" : "-inf") }
        return d.description
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
