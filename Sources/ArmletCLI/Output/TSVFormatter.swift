import ArmletJSON

/// The Azure CLI's `-o tsv`: one line per result, values separated by tabs, no headers.
///
/// Members of an object come sorted by name unless a `--query` shaped them; nested arrays print
/// their length and nested objects an empty field, so columns stay aligned.
enum TSVFormatter {
    /// The tsv text for `result`.
    static func format(_ result: JSONValue, queryActive: Bool) -> String {
        let items = result.arrayValue ?? [result]
        var out = ""
        for item in items {
            switch item {
            case .object(let object):
                var members = Array(zip(object.keys, object.values))
                if !queryActive {
                    members.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
                }
                out += members.map { field($0.1) }.joined(separator: "\t")
            case .array(let elements):
                out += elements.map(field).joined(separator: "\t")
            case .bool(let b):
                out += b ? "true" : "false"
            default:
                out += field(item)
            }
            out += "\n"
        }
        return out
    }

    private static func field(_ value: JSONValue) -> String {
        switch value {
        case .array(let elements): String(elements.count)
        case .object: ""
        default: PythonText.str(value)
        }
    }
}
