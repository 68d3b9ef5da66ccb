public import ArmletJSON

/// What a function implementation sees of its call: its name, the evaluator and the context,
/// plus helpers that check argument types with ARM's messages.
public struct Invocation: Sendable {
    /// The function's documented name.
    public let function: String
    /// The evaluator running the call (evaluates argument expressions and lambda bodies).
    public let evaluator: ExpressionEvaluator

    /// The deployment context.
    public var context: any EvaluationContext { evaluator.context }

    private static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// ARM's type-mismatch error for argument `index` of `count` arguments.
    public func typeError(_ value: JSONValue, at index: Int, of count: Int, expected: String) -> ExpressionError {
        let which = count == 1 ? "its parameter" : "its \(index < Invocation.ordinals.count ? Invocation.ordinals[index] : "\(index + 1)th") parameter"
        return ExpressionError.language(function, "expects \(which) to be \(expected). The provided value is of type '\(value.typeName)'.")
    }

    /// An `InvalidTemplate` error about this function with ARM's "Unable to evaluate" lead.
    public func failure(_ detail: String) -> ExpressionError {
        ExpressionError.function(function, detail)
    }

    /// Argument `i` as a string.
    public func string(_ args: [JSONValue], _ i: Int) throws(ExpressionError) -> String {
        if case .string(let s) = args[i] { return s }
        throw typeError(args[i], at: i, of: args.count, expected: "of type 'String'")
    }

    /// Argument `i` as an integer.
    public func integer(_ args: [JSONValue], _ i: Int) throws(ExpressionError) -> Int64 {
        if case .int(let v) = args[i] { return v }
        throw typeError(args[i], at: i, of: args.count, expected: "of type 'Integer'")
    }

    /// Argument `i` as a boolean.
    public func boolean(_ args: [JSONValue], _ i: Int) throws(ExpressionError) -> Bool {
        if case .bool(let v) = args[i] { return v }
        throw typeError(args[i], at: i, of: args.count, expected: "of type 'Boolean'")
    }

    /// Argument `i` as an array.
    public func array(_ args: [JSONValue], _ i: Int) throws(ExpressionError) -> [JSONValue] {
        if case .array(let v) = args[i] { return v }
        throw typeError(args[i], at: i, of: args.count, expected: "of type 'Array'")
    }

    /// Argument `i` as an object.
    public func object(_ args: [JSONValue], _ i: Int) throws(ExpressionError) -> JSONObject {
        if case .object(let v) = args[i] { return v }
        throw typeError(args[i], at: i, of: args.count, expected: "of type 'Object'")
    }

    /// Every argument as a string (uniqueString, guid, ...).
    public func strings(_ args: [JSONValue]) throws(ExpressionError) -> [String] {
        var out: [String] = []
        out.reserveCapacity(args.count)
        for a in args {
            guard case .string(let s) = a else {
                throw ExpressionError.language(function, "expects string parameters. The provided value is of type '\(a.typeName)'.")
            }
            out.append(s)
        }
        return out
    }
}

extension Array where Element == TemplateFunction {
    /// Sugar for family tables.
    static func family(_ functions: TemplateFunction...) -> [TemplateFunction] { functions }
}
