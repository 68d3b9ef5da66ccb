import ArmletJSON

/// Array functions, several of which also work on strings and objects (`contains`, `empty`,
/// `first`, `last`, `length`, `skip`, `take`, `indexOf`, `intersection`, `union`, `tryGet`).
enum ArrayFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("array", arguments: 1...1) { _, a in
            if case .array = a[0] { return a[0] }
            return .array([a[0]])
        },
        TemplateFunction("concat", atLeast: 1, arityError: { _ in
            ExpressionError("Unable to evaluate template language function 'concat'. At least one parameter should be provided. \(ExpressionError.usageLink)")
        }, concat),
        TemplateFunction("contains", arguments: 2...2, contains),
        TemplateFunction("createArray", atLeast: 0) { _, a in .array(a) },
        TemplateFunction("empty", arguments: 1...1) { call, a in
            switch a[0] {
            case .null: return true
            case .array(let x): return .bool(x.isEmpty)
            case .object(let o): return .bool(o.isEmpty)
            case .string(let s): return .bool(s.isEmpty)
            default:
                throw ExpressionError(
                    "The template function 'empty' expects its parameter to be an object, an array, or a string. The provided value is of type '\(a[0].typeName)'. \(ExpressionError.usageLink)")
            }
        },
        TemplateFunction("first", arguments: 1...1) { call, a in
            switch a[0] {
            case .array(let x): return x.first ?? .null
            case .string(let s): return .string(s.isEmpty ? "" : UTF16Text.slice(s, 0, 1))
            case .null: return .null
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "an array or a string")
            }
        },
        TemplateFunction("last", arguments: 1...1) { call, a in
            switch a[0] {
            case .array(let x): return x.last ?? .null
            case .string(let s):
                let n = s.utf16.count
                return .string(n == 0 ? "" : UTF16Text.slice(s, n - 1, 1))
            case .null: return .null
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "an array or a string")
            }
        },
        TemplateFunction("indexOf", arguments: 2...2) { call, a in try indexOf(call, a, last: false) },
        TemplateFunction("lastIndexOf", arguments: 2...2) { call, a in try indexOf(call, a, last: true) },
        TemplateFunction("indexFromEnd", arguments: 2...2) { call, a in
            let arr = try call.array(a, 0)
            let n = try call.integer(a, 1)
            guard n >= 1, n <= Int64(arr.count) else {
                throw call.failure("the index '\(n)' is out of range for an array of length '\(arr.count)'.")
            }
            return arr[arr.count - Int(n)]
        },
        TemplateFunction("tryIndexFromEnd", arguments: 2...2) { call, a in
            if case .null = a[0] { return .null }
            let arr = try call.array(a, 0)
            let n = try call.integer(a, 1)
            guard n >= 1, n <= Int64(arr.count) else { return .null }
            return arr[arr.count - Int(n)]
        },
        TemplateFunction("intersection", atLeast: 1, intersection),
        TemplateFunction("union", atLeast: 1, union),
        TemplateFunction("length", arguments: 1...1) { call, a in
            switch a[0] {
            case .array(let x): return .int(Int64(x.count))
            case .string(let s): return .int(Int64(s.utf16.count))
            case .object(let o): return .int(Int64(o.count))
            case .null: return .int(0)
            default:
                throw ExpressionError.language(
                    "length", "expects its parameter to be an array, an object, or a string. The provided value is of type '\(a[0].typeName)'.")
            }
        },
        TemplateFunction("min", atLeast: 1) { call, a in try extreme(call, a, pickGreater: false) },
        TemplateFunction("max", atLeast: 1) { call, a in try extreme(call, a, pickGreater: true) },
        TemplateFunction("range", arguments: 2...2) { call, a in
            let start = try call.integer(a, 0)
            let count = try call.integer(a, 1)
            guard count >= 0, count <= 10_000 else {
                throw call.failure("the count '\(count)' must be a non-negative integer not greater than 10000.")
            }
            guard start.addingReportingOverflow(count).partialValue <= Int64(Int32.max) + 1,
                  start >= Int64(Int32.min)
            else {
                throw call.failure("the sum of start index '\(start)' and count '\(count)' must not exceed 2147483647.")
            }
            return .array((0..<count).map { .int(start + $0) })
        },
        TemplateFunction("skip", arguments: 2...2) { call, a in
            let n = try call.integer(a, 1)
            switch a[0] {
            case .array(let x):
                let k = Int(max(0, min(n, Int64(x.count))))
                return .array(Array(x[k...]))
            case .string(let s):
                let len = s.utf16.count
                let k = Int(max(0, min(n, Int64(len))))
                return .string(UTF16Text.slice(s, k, len - k))
            default: throw call.typeError(a[0], at: 0, of: 2, expected: "an array or a string")
            }
        },
        TemplateFunction("take", arguments: 2...2) { call, a in
            let n = try call.integer(a, 1)
            switch a[0] {
            case .array(let x):
                let k = Int(max(0, min(n, Int64(x.count))))
                return .array(Array(x[..<k]))
            case .string(let s):
                let k = Int(max(0, min(n, Int64(s.utf16.count))))
                return .string(UTF16Text.slice(s, 0, k))
            default: throw call.typeError(a[0], at: 0, of: 2, expected: "an array or a string")
            }
        },
        TemplateFunction("flatten", arguments: 1...1) { call, a in
            var out: [JSONValue] = []
            for element in try call.array(a, 0) {
                guard case .array(let inner) = element else {
                    throw call.failure("all elements of the array must be arrays; found an element of type '\(element.typeName)'.")
                }
                out.append(contentsOf: inner)
            }
            return .array(out)
        },
        TemplateFunction("tryGet", atLeast: 2) { call, a in
            var current = a[0]
            for key in a.dropFirst() {
                switch (current, key) {
                case (.object(let o), .string(let k)): current = o[k] ?? .null
                case (.array(let x), .int(let i)): current = (i >= 0 && i < Int64(x.count)) ? x[Int(i)] : .null
                case (.null, _): return .null
                case (.object, _), (.array, _): return .null
                default: throw call.typeError(current, at: 0, of: a.count, expected: "an object or an array")
                }
            }
            return current
        }
    )

    static func concat(_ call: Invocation, _ a: [JSONValue]) throws -> JSONValue {
        if a.contains(where: { if case .array = $0 { return true } else { return false } }) {
            var out: [JSONValue] = []
            for (i, v) in a.enumerated() {
                switch v {
                case .array(let x): out.append(contentsOf: x)
                case .null: continue
                default: throw call.typeError(v, at: i, of: a.count, expected: "of type 'Array'")
                }
            }
            return .array(out)
        }
        var s = ""
        for (i, v) in a.enumerated() {
            switch v {
            case .string(let x): s += x
            case .int(let x): s += String(x)
            case .bool(let b): s += b ? "True" : "False"
            case .double(let d): s += NumberFormatting.general(d)
            case .null: continue
            default: throw call.typeError(v, at: i, of: a.count, expected: "of type 'String' or 'Array'")
            }
        }
        return .string(s)
    }

    static func contains(_ call: Invocation, _ a: [JSONValue]) throws -> JSONValue {
        switch a[0] {
        case .array(let x): return .bool(ValueSemantics.contains(x, a[1]))
        case .object(let o):
            guard case .string(let k) = a[1] else { return false }
            return .bool(o.contains(k))
        case .string(let s):
            let needle: String
            switch a[1] {
            case .string(let t): needle = t
            case .int(let i): needle = String(i)
            case .bool(let b): needle = b ? "True" : "False"
            default: throw call.typeError(a[1], at: 1, of: 2, expected: "of type 'String'")
            }
            return .bool(needle.isEmpty || UTF16Text.index(of: needle, in: s, ignoringCase: false, last: false) >= 0)
        case .null: return false
        default: throw call.typeError(a[0], at: 0, of: 2, expected: "an array, an object, or a string")
        }
    }

    static func indexOf(_ call: Invocation, _ a: [JSONValue], last: Bool) throws -> JSONValue {
        switch a[0] {
        case .array(let x):
            let found = last ? x.lastIndex { ValueSemantics.equal($0, a[1]) } : x.firstIndex { ValueSemantics.equal($0, a[1]) }
            return .int(Int64(found ?? -1))
        case .string(let s):
            let t = try call.string(a, 1)
            return .int(Int64(UTF16Text.index(of: t, in: s, ignoringCase: true, last: last)))
        default: throw call.typeError(a[0], at: 0, of: 2, expected: "an array or a string")
        }
    }

    static func intersection(_ call: Invocation, _ a: [JSONValue]) throws -> JSONValue {
        switch a[0] {
        case .array(var result):
            result = dedupe(result)
            for (i, v) in a.enumerated().dropFirst() {
                guard case .array(let other) = v else { throw call.typeError(v, at: i, of: a.count, expected: "of type 'Array'") }
                result = result.filter { ValueSemantics.contains(other, $0) }
            }
            return .array(result)
        case .object(var result):
            for (i, v) in a.enumerated().dropFirst() {
                guard case .object(let other) = v else { throw call.typeError(v, at: i, of: a.count, expected: "of type 'Object'") }
                var kept = JSONObject()
                for (k, x) in result {
                    if let y = other[k], ValueSemantics.equal(x, y) { kept.appendUnchecked(k, x) }
                }
                result = kept
            }
            return .object(result)
        default: throw call.typeError(a[0], at: 0, of: a.count, expected: "an array or an object")
        }
    }

    static func union(_ call: Invocation, _ a: [JSONValue]) throws -> JSONValue {
        switch a[0] {
        case .array:
            var all: [JSONValue] = []
            for (i, v) in a.enumerated() {
                switch v {
                case .array(let x): all.append(contentsOf: x)
                case .null: continue
                default: throw call.typeError(v, at: i, of: a.count, expected: "of type 'Array'")
                }
            }
            return .array(dedupe(all))
        case .object:
            var result = JSONObject()
            for (i, v) in a.enumerated() {
                switch v {
                case .object(let o): result = deepMerge(result, o)
                case .null: continue
                default: throw call.typeError(v, at: i, of: a.count, expected: "of type 'Object'")
                }
            }
            return .object(result)
        default: throw call.typeError(a[0], at: 0, of: a.count, expected: "an array or an object")
        }
    }

    /// Later members win; nested objects merge recursively; anything else (arrays too) is replaced.
    static func deepMerge(_ base: JSONObject, _ overlay: JSONObject) -> JSONObject {
        var result = base
        for (k, v) in overlay {
            if case .object(let o) = v, case .object(let existing)? = result[k] {
                result[k] = .object(deepMerge(existing, o))
            } else {
                result[k] = v
            }
        }
        return result
    }

    static func dedupe(_ values: [JSONValue]) -> [JSONValue] {
        var out: [JSONValue] = []
        var seen = Set<JSONValue>()
        for v in values {
            switch v {
            case .int, .string, .bool, .null:
                if seen.insert(v).inserted { out.append(v) }
            default:
                if !ValueSemantics.contains(out, v) { out.append(v) }
            }
        }
        return out
    }

    static func extreme(_ call: Invocation, _ a: [JSONValue], pickGreater: Bool) throws -> JSONValue {
        var values = a
        if a.count == 1, case .array(let x) = a[0] { values = x }
        guard var best = values.first else {
            throw call.failure("the array must contain at least one element.")
        }
        for (i, v) in values.enumerated() {
            let x: Double, y: Double
            switch (v, best) {
            case (.int(let p), .int(let q)):
                if pickGreater ? p > q : p < q { best = v }
                continue
            case (.int(let p), .double(let q)): x = Double(p); y = q
            case (.double(let p), .int(let q)): x = p; y = Double(q)
            case (.double(let p), .double(let q)): x = p; y = q
            default:
                throw call.typeError(v, at: a.count == 1 ? 0 : i, of: a.count, expected: "an integer or an array of integers")
            }
            if pickGreater ? x > y : x < y { best = v }
        }
        return best
    }
}
