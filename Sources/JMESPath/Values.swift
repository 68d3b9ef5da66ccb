import ArmletJSON

/// How JMESPath reads JSON values: truth, equality, ordering and type names.
enum Values {
    /// False for `null`, `false`, `""`, `[]` and `{}`; true for everything else, `0` included.
    static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .bool(let b): b
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let o): !o.isEmpty
        case .int, .double: true
        }
    }

    /// Deep equality with case-sensitive keys, member order ignored, and `1 == 1.0`.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return equal(x, y)
        case (.string(let x), .string(let y)): return Text.equal(x, y)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in zip(x.keys, x.values) {
                guard let other = Text.member(key, of: y), equal(value, other) else { return false }
            }
            return true
        default: return false
        }
    }

    /// Whether an integer and a double denote the same number, without rounding the integer.
    private static func equal(_ int: Int64, _ double: Double) -> Bool {
        guard let exact = Int64(exactly: double) else { return false }
        return exact == int
    }

    /// `a` compared with `b` when both are numbers (-1, 0, 1), otherwise `nil`.
    static func compareNumbers(_ a: JSONValue, _ b: JSONValue) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        default:
            guard let x = number(a), let y = number(b) else { return nil }
            if equal(a, b) { return 0 }
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    /// `a` compared with `b` when both are numbers or both strings (by code point), otherwise `nil`.
    static func compareOrderable(_ a: JSONValue, _ b: JSONValue) -> Int? {
        if case .string(let x) = a, case .string(let y) = b {
            return Text.less(x, y) ? -1 : (Text.equal(x, y) ? 0 : 1)
        }
        return compareNumbers(a, b)
    }

    /// The number as a double, when the value is a number.
    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    static func isNumber(_ value: JSONValue) -> Bool {
        switch value {
        case .int, .double: true
        default: false
        }
    }

    /// The JMESPath type name: number, string, boolean, array, object or null.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
