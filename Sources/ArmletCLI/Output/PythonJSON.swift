import ArmletJSON

/// Python's `json.dumps(value)` with its defaults, as the Azure CLI embeds JSON in error messages:
/// one line, `", "` and `": "` separators, members in their order, non-ASCII escaped as `\uXXXX`
/// (`ensure_ascii`), floats as Python's `repr`.
enum PythonJSON {
    /// The text `json.dumps` gives for `value`; with `indent`, `json.dumps(value, indent: n)`
    /// (members on their own lines, `","` at line ends, empty containers as `[]` and `{}`).
    static func dumps(_ value: JSONValue, indent: Int? = nil) -> String {
        var out = ""
        if let indent { writeIndented(value, step: indent, level: 0, into: &out) } else { write(value, into: &out) }
        return out
    }

    private static func writeIndented(_ value: JSONValue, step: Int, level: Int, into out: inout String) {
        let inner = "\n" + String(repeating: " ", count: step * (level + 1))
        let closing = "\n" + String(repeating: " ", count: step * level)
        switch value {
        case .array(let items) where !items.isEmpty:
            out += "["
            for (i, item) in items.enumerated() {
                out += (i > 0 ? "," : "") + inner
                writeIndented(item, step: step, level: level + 1, into: &out)
            }
            out += closing + "]"
        case .object(let object) where !object.isEmpty:
            out += "{"
            for (i, (key, member)) in zip(object.keys, object.values).enumerated() {
                out += (i > 0 ? "," : "") + inner
                writeString(key, into: &out)
                out += ": "
                writeIndented(member, step: step, level: level + 1, into: &out)
            }
            out += closing + "}"
        default:
            write(value, into: &out)
        }
    }

    private static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            out += d.isNaN ? "NaN" : d.isInfinite ? (d > 0 ? "Infinity" : "-Infinity") : PythonText.pythonFloat(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, (key, member)) in zip(object.keys, object.values).enumerated() {
                if i > 0 { out += ", " }
                writeString(key, into: &out)
                out += ": "
                write(member, into: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for unit in s.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += "\\u" + hex4(unit)
            }
        }
        out += "\""
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(unit >> 12)], digits[Int((unit >> 8) & 0xF)], digits[Int((unit >> 4) & 0xF)],
                       digits[Int(unit & 0xF)]])
    }
}
