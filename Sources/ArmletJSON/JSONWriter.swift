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
        String(decoding: bytes(value, style: style), as: UTF8.self)
    }

    /// `value` as UTF-8 text in `style`: what ``write(_:style:)`` returns, without making a `String`
    /// of it (a response body goes out as these bytes).
    ///
    /// The text is built in a byte array: appending to a `String` piece by piece costs several times
    /// more per piece than appending bytes.
    public static func bytes(_ value: JSONValue, style: Style = .pretty(indent: 2)) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        switch style {
        case .pretty(let indent): writePretty(value, indent: indent, level: 0, into: &out)
        case .compact: writeCompact(value, into: &out)
        }
        return out
    }

    static func writePretty(_ value: JSONValue, indent: Int, level: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let elements):
            guard !elements.isEmpty else { append("[]", to: &out); return }
            append("[\n", to: &out)
            for (i, element) in elements.enumerated() {
                appendSpaces(indent * (level + 1), to: &out)
                writePretty(element, indent: indent, level: level + 1, into: &out)
                append(i == elements.count - 1 ? "\n" : ",\n", to: &out)
            }
            appendSpaces(indent * level, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else { append("{}", to: &out); return }
            append("{\n", to: &out)
            for (i, (key, member)) in zip(object.keys, object.values).enumerated() {
                appendSpaces(indent * (level + 1), to: &out)
                writeString(key, into: &out)
                append(": ", to: &out)
                writePretty(member, indent: indent, level: level + 1, into: &out)
                append(i == object.count - 1 ? "\n" : ",\n", to: &out)
            }
            appendSpaces(indent * level, to: &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeScalar(value, into: &out)
        }
    }

    static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (i, (key, member)) in zip(object.keys, object.values).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(member, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            writeScalar(value, into: &out)
        }
    }

    static func writeScalar(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .int(let i): append(String(i), to: &out)
        case .double(let d): append(formatDouble(d), to: &out)
        case .string(let s): writeString(s, into: &out)
        case .array, .object: writeCompact(value, into: &out)
        }
    }

    /// Shortest text that reads back as the same double; integral values keep a `.0` so they stay doubles.
    public static func formatDouble(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity") }
        return d.description
    }

    /// `s` quoted, with `"`, `\\` and control characters escaped; everything else (non-ASCII too) as is.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        var s = s
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { bytes in
            if bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                writeEscaped(bytes, into: &out)
            } else {
                out.append(contentsOf: bytes)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &out)
            case UInt8(ascii: "\\"): append("\\\\", to: &out)
            case UInt8(ascii: "\n"): append("\\n", to: &out)
            case UInt8(ascii: "\r"): append("\\r", to: &out)
            case UInt8(ascii: "\t"): append("\\t", to: &out)
            case 0x08: append("\\b", to: &out)
            case 0x0C: append("\\f", to: &out)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &out)
            default:
                out.append(byte)
            }
        }
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    private static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
}
