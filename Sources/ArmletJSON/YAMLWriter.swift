/// Writes a ``JSONValue`` as block-style YAML that ``YAMLReader`` reads back to an equal value,
/// with keys in the same order.
///
/// Two-space indentation, `- ` for array items, `{}` and `[]` for empty collections. A string is
/// quoted whenever the core schema would read it as something else (`"true"`, `"123"`, `""`) or
/// YAML would take it as syntax (`"[concat('a')]"`, `"a: b"`); for other tools' sake, so are
/// strings a YAML 1.1 reader would not take as strings (`"on"`, `"2024-01-01"`). Multi-line
/// strings become literal blocks when that keeps them exact. Doubles always read back as doubles (`1.0`, `.inf`, `.nan`).
public enum YAMLWriter {
    /// The YAML text for `value`, ending with a line break.
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        switch value {
        case .object(let o) where !o.isEmpty:
            writeMembers(o, indent: 0, firstLinePadded: true, into: &out)
        case .array(let a) where !a.isEmpty:
            writeItems(a, indent: 0, firstLinePadded: true, into: &out)
        default:
            // A literal block at the root still needs its lines indented.
            writeInline(value, indent: 2, into: &out)
            out += "\n"
        }
        return out
    }

    /// Members of a non-empty object, one per line at `indent`; the first line's padding is
    /// already written when the object continues a `- ` item.
    private static func writeMembers(_ object: JSONObject, indent: Int, firstLinePadded: Bool,
                                     into out: inout String) {
        for (i, (key, value)) in zip(object.keys, object.values).enumerated() {
            if i > 0 || firstLinePadded { pad(indent, &out) }
            var written = ""
            writeScalarString(key, asKey: true, indent: indent, into: &written)
            if written.unicodeScalars.count > maximumImplicitKeyLength {
                // libyaml only accepts an implicit key that ends within 1024 characters.
                out += "? " + written + "\n"
                pad(indent, &out)
            } else {
                out += written
            }
            out += ":"
            writeNested(value, indent: indent, into: &out)
        }
    }

    /// Items of a non-empty array, one `- ` per item at `indent`.
    private static func writeItems(_ array: [JSONValue], indent: Int, firstLinePadded: Bool,
                                   into out: inout String) {
        for (i, value) in array.enumerated() {
            if i > 0 || firstLinePadded { pad(indent, &out) }
            out += "- "
            switch value {
            case .object(let o) where !o.isEmpty:
                writeMembers(o, indent: indent + 2, firstLinePadded: false, into: &out)
            case .array(let a) where !a.isEmpty:
                writeItems(a, indent: indent + 2, firstLinePadded: false, into: &out)
            default:
                writeInline(value, indent: indent + 2, into: &out)
                out += "\n"
            }
        }
    }

    /// The value after `key:`, on the same line when it is a scalar, below it otherwise.
    private static func writeNested(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let o) where !o.isEmpty:
            out += "\n"
            writeMembers(o, indent: indent + 2, firstLinePadded: true, into: &out)
        case .array(let a) where !a.isEmpty:
            out += "\n"
            writeItems(a, indent: indent + 2, firstLinePadded: true, into: &out)
        default:
            out += " "
            writeInline(value, indent: indent + 2, into: &out)
            out += "\n"
        }
    }

    /// A scalar or empty collection; a literal block's lines go at `indent`.
    private static func writeInline(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .string(let s): writeScalarString(s, asKey: false, indent: indent, into: &out)
        case .array: out += "[]"
        case .object: out += "{}"
        }
    }

    private static func writeScalarString(_ text: String, asKey: Bool, indent: Int, into out: inout String) {
        switch YAMLScalarStyle.choose(for: text, asKey: asKey) {
        case .plain:
            out += text
        case .doubleQuoted:
            out += YAMLScalarStyle.doubleQuoted(text)
        case .literal(let keepsFinalLineBreak):
            out += keepsFinalLineBreak ? "|" : "|-"
            let body = keepsFinalLineBreak ? text.dropLast() : Substring(text)
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                out += "\n"
                if !line.isEmpty {
                    pad(indent, &out)
                    out += line
                }
            }
        }
    }

    /// Swift's shortest round-trip spelling, with `.0` added where it would read as an integer.
    static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        let text = d.description
        if case .double = YAMLCoreSchema.resolvePlain(text) { return text }
        return text + ".0"
    }

    private static let maximumImplicitKeyLength = 1000

    private static func pad(_ count: Int, _ out: inout String) {
        out += String(repeating: " ", count: count)
    }
}
