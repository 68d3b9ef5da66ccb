/// Prints JSON the way the Azure CLI does: two-space indentation, `": "` after names, keys in
/// their written order, non-ASCII text kept as is.
public enum JSONWriter {
    /// The layout of the printed text.
    public enum Style: Sendable {
        /// Indented by `indent` spaces per level, one member per line (the `az -o json` form).
        case pretty(indent: Int)
        /// No whitespace at all (the form ARM's `string()` function produces).
        case compact
    }

    /// `value` as text in `style` (two-space pretty by default), without a trailing newline.
    public static func write(_ value: JSONValue, style: Style = .pretty(indent: 2)) -> String {
        var out = ""
        out.reserveCapacity(256)
        switch style {
        case .pretty(let indent): writePretty(value, indent: indent, level: 0, into: &out)
        case .compact: writeCompact(value, into: &out)
        }
        return out
    }

    static func writePretty(_ value: JSONValue, indent: Int, level: Int, into out: inout String) {
        switch value {
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, element) in elements.enumerated() {
                out += String(repeating: " ", count: indent * (level + 1))
                writePretty(element, indent: indent, level: level + 1, into: &out)
                out += i == elements.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent * level) + "]"
        case .object(let object):
            guard !object.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, member)) in zip(object.keys, object.values).enumerated() {
                out += String(repeating: " ", count: indent * (level + 1))
                writeString(key, into: &out)
                out += ": "
                writePretty(member, indent: indent, level: level + 1, into: &out)
                out += i == object.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent * level) + "}"
        default:
            writeScalar(value, into: &out)
        }
    }

    static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                writeCompact(element, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, (key, member)) in zip(object.keys, object.values).enumerated() {
                if i > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                writeCompact(member, into: &out)
            }
            out += "}"
        default:
            writeScalar(value, into: &out)
        }
    }

    static func writeScalar(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .string(let s): writeString(s, into: &out)
        case .array, .object: writeCompact(value, into: &out)
        }
    }

    /// Shortest text that reads back as the same double; integral values keep a `.0` so they stay doubles.
    public static func formatDouble(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity") }
        return d.description
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
