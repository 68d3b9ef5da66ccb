import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

extension JSONPath {
    /// Parses a dotted path relative to a resource (`properties.creationData.createOption`, `zones[0]`),
    /// the form the catalog reports in `target`.
    static func dotted(_ text: String) -> JSONPath {
        var components: [JSONPath.Component] = []
        var key = ""
        var index: String? = nil
        for ch in text {
            if var digits = index {
                if ch == "]" {
                    components.append(Int(digits).map { .index($0) } ?? .key(digits))
                    index = nil
                } else {
                    digits.append(ch)
                    index = digits
                }
                continue
            }
            switch ch {
            case ".":
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
            case "[":
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
                index = ""
            default:
                key.append(ch)
            }
        }
        if !key.isEmpty { components.append(.key(key)) }
        return JSONPath(components)
    }

    /// This path followed by `other`.
    func appending(path other: JSONPath) -> JSONPath { JSONPath(components + other.components) }

    /// Whether this path starts with `prefix`.
    func hasPrefix(_ prefix: JSONPath) -> Bool {
        components.count >= prefix.components.count && Array(components.prefix(prefix.components.count)) == prefix.components
    }
}

extension JSONValue {
    /// The value at a dotted path such as `properties.creationData.sourceResourceId` (keys ignore case).
    func value(atDotted path: String) -> JSONValue? { self[path: JSONPath.dotted(path)] }
}
