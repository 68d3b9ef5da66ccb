import ArmletJSON

/// contains, starts_with, ends_with, join, length, reverse, to_string, type.
extension Function {
    func callText(_ arguments: [Argument]) throws(JMESPathError) -> JSONValue {
        let first = arguments[0].value
        switch self {
        case .contains:
            let search = arguments[1].value
            switch first {
            case .array(let elements): return .bool(elements.contains { Values.equal($0, search) })
            case .string(let text):
                guard case .string(let needle) = search else { return .bool(false) }
                return .bool(Function.bytes(of: text, contain: needle))
            default: return .bool(false)
            }
        case .startsWith, .endsWith:
            guard case .string(let text) = first, case .string(let affix) = arguments[1].value else { return .null }
            let t = Array(text.utf8)
            let a = Array(affix.utf8)
            guard a.count <= t.count else { return .bool(false) }
            return .bool(self == .startsWith ? t.prefix(a.count).elementsEqual(a) : t.suffix(a.count).elementsEqual(a))
        case .join:
            let parts = arguments[1].value.arrayValue?.compactMap(\.stringValue) ?? []
            return .string(parts.joined(separator: first.stringValue ?? ""))
        case .length:
            switch first {
            case .string(let text): return .int(Int64(text.unicodeScalars.count))
            case .array(let elements): return .int(Int64(elements.count))
            case .object(let object): return .int(Int64(object.count))
            default: return .null
            }
        case .reverse:
            switch first {
            case .string(let text):
                var reversed = String.UnicodeScalarView()
                reversed.append(contentsOf: text.unicodeScalars.reversed())
                return .string(String(reversed))
            case .array(let elements): return .array(elements.reversed())
            default: return .null
            }
        case .toString:
            if case .string = first { return first }
            return .string(JSONWriter.write(first, style: .compact))
        case .type:
            return .string(Values.typeName(first))
        default:
            return .null
        }
    }

    /// Substring search by code point (UTF-8 bytes), not by Swift's grapheme clusters.
    private static func bytes(of text: String, contain needle: String) -> Bool {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= haystack.count else { return false }
        for start in 0...(haystack.count - pattern.count)
        where haystack[start] == pattern[0] && haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            return true
        }
        return false
    }
}
