import ArmletJSON

/// .NET composite formatting for `format()`: `{index[,alignment][:format]}` with `{{`/`}}`
/// escapes, invariant culture.
enum CompositeFormat {
    static func format(_ call: Invocation, _ pattern: String, _ args: [JSONValue]) throws -> String {
        let chars = Array(pattern)
        var out = ""
        var i = 0
        func bad() -> ExpressionError { call.failure("the format string '\(pattern)' is not valid.") }
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count, chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                guard let close = chars[i...].firstIndex(of: "}") else { throw bad() }
                let spec = String(chars[(i + 1)..<close])
                i = close + 1
                var head = spec, formatSpec: String? = nil
                if let colon = spec.firstIndex(of: ":") {
                    head = String(spec[..<colon])
                    formatSpec = String(spec[spec.index(after: colon)...])
                }
                var alignment = 0
                if let comma = head.firstIndex(of: ",") {
                    // .NET refuses alignments of a million or more (FormatException), as ARM does.
                    guard let a = Int(String(head[head.index(after: comma)...]).trimmingASCIIWhitespace()),
                          a > -1_000_000, a < 1_000_000 else { throw bad() }
                    alignment = a
                    head = String(head[..<comma])
                }
                guard let index = Int(head.trimmingASCIIWhitespace()), index >= 0 else { throw bad() }
                guard index < args.count else {
                    throw call.failure("the index '\(index)' in the format string must be less than the number of arguments (\(args.count)).")
                }
                var text = try render(args[index], formatSpec, bad)
                let pad = abs(alignment) - text.count
                if pad > 0 {
                    try call.reserve(pad)
                    text = alignment > 0 ? String(repeating: " ", count: pad) + text : text + String(repeating: " ", count: pad)
                }
                out += text
            } else if c == "}" {
                guard i + 1 < chars.count, chars[i + 1] == "}" else { throw bad() }
                out.append("}")
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    private static func render(_ v: JSONValue, _ spec: String?, _ bad: () -> ExpressionError) throws -> String {
        guard let spec, !spec.isEmpty else { return StringFunctions.stringify(v) }
        switch v {
        case .int(let i):
            guard let s = NumberFormatting.format(integer: i, spec) else { throw bad() }
            return s
        case .double(let d):
            guard let s = NumberFormatting.format(double: d, spec) else { throw bad() }
            return s
        default:
            return StringFunctions.stringify(v)
        }
    }
}
