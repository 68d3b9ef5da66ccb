import ArmletJSON
import Foundation

/// String functions (`concat`, `contains`, `empty`, `first`, `last`, `length`, `skip`, `take`,
/// `indexOf`, `lastIndexOf` and `json` are shared with the array and object families).
enum StringFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("base64", arguments: 1...1, arityError: { _ in
            ExpressionError.language("base64", "must have only one parameter.")
        }) { call, a in
            .string(Data(try call.string(a, 0).utf8).base64EncodedString())
        },
        TemplateFunction("base64ToString", arguments: 1...1) { call, a in
            .string(String(decoding: try decodeBase64(call, a), as: UTF8.self))
        },
        TemplateFunction("base64ToJson", arguments: 1...1) { call, a in
            let text = String(decoding: try decodeBase64(call, a), as: UTF8.self)
            do { return try LenientJSONParser.parse(text) } catch {
                throw call.failure("the decoded value '\(text)' is not valid JSON.")
            }
        },
        TemplateFunction("dataUri", arguments: 1...1) { call, a in
            let (text, mime): (String, String)
            switch a[0] {
            case .string(let s): (text, mime) = (s, "text/plain")
            case .object, .array: (text, mime) = (JSONText.compact(a[0]), "application/json")
            case .int(let i): (text, mime) = (String(i), "text/plain")
            case .bool(let b): (text, mime) = (b ? "True" : "False", "text/plain")
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "of type 'String'")
            }
            return .string("data:\(mime);charset=utf8;base64,\(Data(text.utf8).base64EncodedString())")
        },
        TemplateFunction("dataUriToString", arguments: 1...1) { call, a in
            let uri = try call.string(a, 0)
            guard uri.lowercased().hasPrefix("data:"), let comma = uri.firstIndex(of: ",") else {
                throw call.failure("the value '\(uri)' is not a valid data URI.")
            }
            let header = uri[uri.index(uri.startIndex, offsetBy: 5)..<comma].lowercased()
            let payload = String(uri[uri.index(after: comma)...])
            if header.hasSuffix(";base64") {
                guard let data = Data(base64Encoded: payload) else {
                    throw call.failure("the data URI payload is not valid base64.")
                }
                return .string(String(decoding: data, as: UTF8.self))
            }
            return .string(payload.removingPercentEncoding ?? payload)
        },
        TemplateFunction("endsWith", arguments: 2...2) { call, a in
            .bool(try call.string(a, 0).lowercased().hasSuffix(try call.string(a, 1).lowercased()))
        },
        TemplateFunction("startsWith", arguments: 2...2) { call, a in
            .bool(try call.string(a, 0).lowercased().hasPrefix(try call.string(a, 1).lowercased()))
        },
        TemplateFunction("format", atLeast: 1) { call, a in
            let format = try call.string(a, 0)
            let arguments = Array(a.dropFirst())
            try call.reserve(formatting: format, with: arguments)
            return .string(try CompositeFormat.format(call, format, arguments))
        },
        TemplateFunction("guid", atLeast: 1) { call, a in .string(AzureHashes.guid(try call.strings(a))) },
        TemplateFunction("uniqueString", atLeast: 1) { call, a in .string(AzureHashes.uniqueString(try call.strings(a))) },
        TemplateFunction("join", arguments: 2...2) { call, a in
            let items = try call.array(a, 0)
            let delimiter = try call.string(a, 1)
            let parts = try items.map { item -> String in
                switch item {
                case .string(let s): return s
                case .int(let i): return String(i)
                case .bool(let b): return b ? "True" : "False"
                default: throw call.failure("the array elements must be strings; found '\(item.typeName)'.")
                }
            }
            return .string(parts.joined(separator: delimiter))
        },
        TemplateFunction("newGuid", arguments: 0...0) { call, _ in
            try requireNonDeterministic(call)
            return .string(call.context.newGuid())
        },
        TemplateFunction("padLeft", arguments: 2...3, arityError: { n in
            ExpressionError(
                "Unable to evaluate template language function 'padLeft': function requires minimum two and maximum three arguments while '\(n)' was provided. The syntax is padLeft(string, totalWidth [, paddingChar]). Please see https://aka.ms/arm-template-expressions/#padleft for usage details.")
        }) { call, a in
            let value: String
            switch a[0] {
            case .string(let s): value = s
            case .int(let i): value = String(i)
            default: throw call.typeError(a[0], at: 0, of: a.count, expected: "a string or an integer")
            }
            let width = try call.integer(a, 1)
            var pad: UInt16 = 0x20
            if a.count == 3 {
                let p = try call.string(a, 2)
                guard p.utf16.count == 1, let u = p.utf16.first else {
                    throw call.failure("the padding character must be a single character.")
                }
                pad = u
            }
            guard width >= 0, width <= 16_384 else { throw call.failure("the total width '\(width)' is out of range.") }
            let missing = Int(width) - value.utf16.count
            guard missing > 0 else { return .string(value) }
            return .string(String(decoding: [UInt16](repeating: pad, count: missing), as: UTF16.self) + value)
        },
        TemplateFunction("replace", arguments: 3...3) { call, a in
            let s = try call.string(a, 0), old = try call.string(a, 1), new = try call.string(a, 2)
            guard !old.isEmpty else { throw call.failure("the string to replace must not be empty.") }
            try call.reserve(replacing: old, with: new, in: s)
            return .string(s.replacingOccurrences(of: old, with: new, options: .literal))
        },
        TemplateFunction("split", arguments: 2...2) { call, a in
            let s = try call.string(a, 0)
            let delimiters: [String]
            switch a[1] {
            case .string(let d): delimiters = [d]
            case .array(let x):
                delimiters = try x.map {
                    guard case .string(let d) = $0 else { throw call.typeError($0, at: 1, of: 2, expected: "a string or an array of strings") }
                    return d
                }
            default: throw call.typeError(a[1], at: 1, of: 2, expected: "a string or an array of strings")
            }
            return .array(split(s, on: delimiters.filter { !$0.isEmpty }).map { .string($0) })
        },
        TemplateFunction("string", arguments: 1...1) { _, a in .string(stringify(a[0])) },
        TemplateFunction("substring", arguments: 2...3, arityError: { _ in
            ExpressionError.language(
                "substring", "expects at least two parameters and up to three parameters: a string, a start index and optionally a length.")
        }) { call, a in
            let s = try call.string(a, 0)
            let start = try call.integer(a, 1)
            let length = s.utf16.count
            let count = a.count == 3 ? try call.integer(a, 2) : Int64(length) - start
            guard start >= 0, count >= 0, start <= Int64(length), start + count <= Int64(length) else {
                throw ExpressionError(
                    "The index and length parameters must refer to a location within the string. The index parameter: '\(start)', the length parameter: '\(count)', the length of the string parameter: '\(length)'. \(ExpressionError.usageLink)")
            }
            return .string(UTF16Text.slice(s, Int(start), Int(count)))
        },
        TemplateFunction("toLower", arguments: 1...1) { call, a in .string(try call.string(a, 0).lowercased()) },
        TemplateFunction("toUpper", arguments: 1...1) { call, a in .string(try call.string(a, 0).uppercased()) },
        TemplateFunction("trim", arguments: 1...1) { call, a in
            .string(try call.string(a, 0).trimmingCharacters(in: .whitespacesAndNewlines))
        },
        TemplateFunction("uri", arguments: 2...2) { call, a in
            let base = try call.string(a, 0), relative = try call.string(a, 1)
            guard let resolved = URIResolution.resolve(base: base, relative: relative) else {
                throw call.failure("the base URI '\(base)' is not an absolute URI.")
            }
            return .string(resolved)
        },
        TemplateFunction("uriComponent", arguments: 1...1) { call, a in
            .string(URIResolution.escapeDataString(try call.string(a, 0)))
        },
        TemplateFunction("uriComponentToString", arguments: 1...1) { call, a in
            let s = try call.string(a, 0)
            return .string(s.removingPercentEncoding ?? s)
        }
    )

    static func decodeBase64(_ call: Invocation, _ a: [JSONValue]) throws -> Data {
        guard case .string(let s) = a[0] else {
            throw ExpressionError.language(call.function, "expects its parameter to be a string. The provided value is of type '\(a[0].typeName)'.")
        }
        guard let data = Data(base64Encoded: s, options: .ignoreUnknownCharacters) else {
            throw call.failure("the value '\(s)' is not a valid base64 string.")
        }
        return data
    }

    static func requireNonDeterministic(_ call: Invocation) throws {
        guard call.context.allowsNonDeterministicFunctions else {
            throw ExpressionError(
                "The template function '\(call.function)' is not expected at this location. The function can only be used with parameter default values. \(ExpressionError.usageLink)")
        }
    }

    /// `string()`: text as-is, JSON for objects and arrays, .NET spelling for booleans, '' for null.
    static func stringify(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .null: return ""
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return NumberFormatting.general(d)
        case .array, .object: return JSONText.compact(v)
        }
    }

    /// Splits on any of `delimiters`, keeping empty entries (.NET `StringSplitOptions.None`).
    static func split(_ s: String, on delimiters: [String]) -> [String] {
        guard !delimiters.isEmpty else { return [s] }
        let units = Array(s.utf16)
        let ds = delimiters.map { Array($0.utf16) }
        var parts: [String] = []
        var start = 0, i = 0
        outer: while i < units.count {
            for d in ds where i + d.count <= units.count && Array(units[i..<i + d.count]) == d {
                parts.append(String(decoding: units[start..<i], as: UTF16.self))
                i += d.count
                start = i
                continue outer
            }
            i += 1
        }
        parts.append(String(decoding: units[start...], as: UTF16.self))
        return parts
    }
}
