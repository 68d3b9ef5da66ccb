import ArmletEngine
import ArmletJSON

/// Printing values the way `az` prints payloads: leaves inline, objects flattened into dotted
/// paths with aligned values, arrays as indexed lines.
extension WhatIfRenderer {
    static func isLeaf(_ v: JSONValue) -> Bool {
        switch v {
        case .array(let a): a.isEmpty
        case .object(let o): o.isEmpty
        default: true
        }
    }

    static func isNonEmptyArray(_ v: JSONValue?) -> Bool {
        if case .array(let a)? = v { return !a.isEmpty }
        return false
    }

    static func isNonEmptyObject(_ v: JSONValue?) -> Bool {
        if case .object(let o)? = v { return !o.isEmpty }
        return false
    }

    /// A leaf as Python's `str()` shows it; strings quoted but not escaped.
    static func leafText(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): pythonFloat(d)
        case .string(let s): "\"\(s)\""
        case .array: "[]"
        case .object: "{}"
        }
    }

    /// Python's `repr` of a float: integral values keep `.0`, large and small ones use `e+XX`.
    static func pythonFloat(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "nan" : (d > 0 ? "inf" : "-inf") }
        let swift = d.description
        guard let e = swift.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return swift }
        var mantissa = String(swift[..<e])
        if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
        var exponent = String(swift[swift.index(after: e)...])
        let sign = exponent.hasPrefix("-") ? "-" : "+"
        exponent = String(exponent.drop { $0 == "-" || $0 == "+" })
        if exponent.count < 2 { exponent = "0" + exponent }
        return mantissa + "e" + sign + exponent
    }

    /// Writes `value` as a payload block. A non-empty object at the root starts with an empty line
    /// and is indented one level deeper.
    static func writeJSON(_ b: inout WhatIfTextBuilder, _ value: JSONValue, path: String = "", maxPath: Int = 0,
                          level: Int) {
        if isLeaf(value) {
            writePath(&b, path, padding: maxPath - path.unicodeScalars.count + 1, level: level)
            b.append(leafText(value))
        } else if case .array(let elements) = value {
            writePath(&b, path, padding: 1, level: level)
            writeArray(&b, elements, level: level)
        } else if case .object(let object) = value {
            writeObject(&b, object, path: path, maxPath: maxPath, level: level)
        }
    }

    static func writeArray(_ b: inout WhatIfTextBuilder, _ elements: [JSONValue], level: Int) {
        b.append("[", .reset)
        b.line()
        let lastLeaf = elements.indices.last { isLeaf(elements[$0]) } ?? 0
        let width = String(lastLeaf).count
        for (i, element) in elements.enumerated() {
            if case .object(let o) = element, !o.isEmpty {
                writePath(&b, String(i), padding: 0, level: level + 1)
                writeObject(&b, o, path: "", maxPath: 0, level: level + 1)
            } else {
                writeJSON(&b, element, path: String(i), maxPath: width, level: level + 1)
            }
            b.line()
        }
        b.indent(level)
        b.append("]", .reset)
    }

    static func writeObject(_ b: inout WhatIfTextBuilder, _ object: JSONObject, path: String, maxPath: Int, level: Int) {
        var level = level
        var maxPath = maxPath
        let isRoot = path.isEmpty
        if isRoot {
            b.line()
            b.line()
            maxPath = maxPathLength(of: object)
            level += 1
        }
        for (key, child) in object {
            writeJSON(&b, child, path: isRoot ? key : path + "." + key, maxPath: maxPath, level: level)
            if !isNonEmptyObject(child) { b.line() }
        }
    }

    /// The longest flattened path in `object`, leaving out paths to non-empty arrays.
    static func maxPathLength(of object: JSONObject) -> Int {
        var longest = 0
        for (key, child) in object where !isNonEmptyArray(child) {
            if case .object(let o) = child, !o.isEmpty {
                longest = max(longest, key.unicodeScalars.count + 1 + maxPathLength(of: o))
            } else {
                longest = max(longest, key.unicodeScalars.count)
            }
        }
        return longest
    }

    /// `indent path:` then `padding` spaces; nothing for an empty path.
    static func writePath(_ b: inout WhatIfTextBuilder, _ path: String, padding: Int, level: Int,
                          head: ((inout WhatIfTextBuilder) -> Void)? = nil) {
        guard !path.isEmpty else { return }
        b.indent(level)
        head?(&b)
        b.append(path)
        b.append(":", .reset)
        b.append(String(repeating: " ", count: max(padding, 0)))
    }
}
