import ArmletExpressions
import ArmletJSON

/// Evaluates a template value deeply: every expression string, `copy` arrays inside objects
/// (property and variable loops), and, when ``captureDeferred`` is set, leaves strings that need
/// deployed resources as written and lists them in ``deferred``.
struct ValueEvaluator {
    var context: ExpansionEvaluationContext
    /// Keep `reference()`/`list*()` strings for later instead of failing.
    let captureDeferred: Bool
    /// Expand `"copy": [{name, count, input}]` members of objects.
    var expandCopies: Bool
    /// The deferred strings found so far.
    private(set) var deferred: [DeferredValue] = []

    init(context: ExpansionEvaluationContext, captureDeferred: Bool, copyInVariables: Bool = false) {
        self.context = context
        self.captureDeferred = captureDeferred
        self.expandCopies = copyInVariables
    }

    /// `value` with every expression evaluated; `path` is where it sits in the resource body.
    mutating func evaluate(_ value: JSONValue, at path: JSONPath) throws -> JSONValue {
        switch value {
        case .string(let s):
            guard TemplateString.isExpression(s) else {
                return s.utf8.starts(with: [0x5B, 0x5B]) ? .string(String(s.dropFirst())) : value
            }
            do {
                return try ExpressionEvaluator(context: context).evaluate(templateString: s)
            } catch let d as DeferredEvaluation where captureDeferred {
                deferred.append(DeferredValue(path: path, expression: s, copyIndices: context.copyIndices,
                                              waitsFor: d.waitsFor))
                return value
            }
        case .array(let a):
            var out: [JSONValue] = []
            out.reserveCapacity(a.count)
            for (i, element) in a.enumerated() { out.append(try evaluate(element, at: path.appending(i))) }
            return .array(out)
        case .object(let o):
            var out = JSONObject()
            let loops = expandCopies ? Self.propertyLoops(o) : nil
            for (k, v) in o {
                if loops != nil, k.lowercased() == "copy" { continue }
                out.appendUnchecked(k, try evaluate(v, at: path.appending(k)))
            }
            for loop in loops ?? [] {
                let built = try self.loop(name: loop.name, count: loop.count, input: loop.input,
                                          path: path.appending(loop.name), countPath: path)
                out[loop.name] = built
            }
            return .object(out)
        default:
            return value
        }
    }

    /// The array a copy loop builds: `input` evaluated `count` times with `copyIndex(name)` set.
    mutating func loop(name: String, count: JSONValue, input: JSONValue, path: JSONPath,
                       countPath: JSONPath) throws -> JSONValue {
        let n = try Self.copyCount(count, context: context)
        let saved = context.copyIndices
        defer { context.copyIndices = saved }
        var items: [JSONValue] = []
        items.reserveCapacity(n)
        for i in 0..<n {
            context.copyIndices[name.lowercased()] = Int64(i)
            items.append(try evaluate(input, at: path.appending(i)))
        }
        return .array(items)
    }

    /// A copy `count`: an integer (or an expression giving one) from 0 to 800.
    static func copyCount(_ count: JSONValue, context: ExpansionEvaluationContext) throws -> Int {
        var value = count
        if case .string(let s) = count {
            do {
                value = try ExpressionEvaluator(context: context).evaluate(templateString: s)
            } catch let d as DeferredEvaluation {
                throw ExpressionError(ExpansionMessage.notExpected(d.function))
            }
        }
        guard case .int(let n) = value, n >= 0, n <= 800 else {
            let shown: String
            switch value {
            case .string(let s): shown = s
            case .int(let i): shown = String(i)
            default: shown = JSONWriter.write(value, style: .compact)
            }
            throw ExpressionError(ExpansionMessage.copyCount(shown))
        }
        return Int(n)
    }

    /// The loops of a `copy` member written as ARM's property-loop form, or `nil` when `copy` is
    /// absent or is an ordinary property.
    static func propertyLoops(_ o: JSONObject) -> [(name: String, count: JSONValue, input: JSONValue)]? {
        guard let copy = o["copy"]?.arrayValue, !copy.isEmpty else { return nil }
        var loops: [(String, JSONValue, JSONValue)] = []
        for element in copy {
            guard let spec = element.objectValue, let name = spec["name"]?.stringValue, let input = spec["input"]
            else { return nil }
            loops.append((name, spec["count"] ?? .int(0), input))
        }
        return loops
    }
}
