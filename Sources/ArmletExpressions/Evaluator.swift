public import ArmletJSON

/// Evaluates parsed expressions to JSON values against an ``EvaluationContext``.
///
/// A value type: lambda bodies are evaluated by a copy carrying the lambda's variables. Function
/// arguments are evaluated left to right before the call, except for functions that take
/// expressions (`if` evaluates only the branch it takes; the lambda functions bind variables).
public struct ExpressionEvaluator: Sendable {
    /// The deployment around the expression.
    public let context: any EvaluationContext
    /// The functions available by name.
    public let functions: FunctionRegistry
    /// The work this evaluation may still do (the context's, shared by its deployment).
    public let budget: EvaluationBudget
    /// Lambda variables in scope, innermost last.
    var lambdaVariables: [(name: String, value: JSONValue)] = []

    /// An evaluator over `context` using `functions` (the full ARM library by default).
    public init(context: any EvaluationContext, functions: FunctionRegistry = .standard) {
        self.context = context
        self.functions = functions
        self.budget = context.budget
    }

    /// Evaluates a template string: literals come back as strings (an escaped `[[` loses its first
    /// bracket), expressions are parsed (cached) and evaluated.
    public func evaluate(templateString text: String) throws -> JSONValue {
        switch try TemplateString.parse(text) {
        case .literal(let s): return .string(s)
        case .expression(let node): return try evaluate(node)
        }
    }

    /// Evaluates every expression string inside `value` (object members and array elements, deeply).
    /// Member names are not evaluated, as in ARM.
    public func evaluateDeep(_ value: JSONValue) throws -> JSONValue {
        switch value {
        case .string(let s): return try evaluate(templateString: s)
        case .array(let a): return .array(try a.map { try evaluateDeep($0) })
        case .object(let o):
            var out = JSONObject()
            for (k, v) in o { out.appendUnchecked(k, try evaluateDeep(v)) }
            return .object(out)
        default: return value
        }
    }

    /// Evaluates one parsed expression.
    public func evaluate(_ node: ExpressionNode) throws -> JSONValue {
        switch node {
        case .string(let s): return .string(s)
        case .integer(let i): return .int(i)
        case .call(let call):
            try budget.enter()
            defer { budget.leave() }
            let result = try invoke(call)
            try budget.charge(shallow: result)
            return result
        case .property(let base, let name): return try member(of: try evaluate(base), named: name)
        case .index(let base, let key):
            let target = try evaluate(base)
            let k = try evaluate(key)
            switch k {
            case .string(let name): return try member(of: target, named: name)
            case .int(let i): return try element(of: target, at: i)
            default:
                throw ExpressionError(
                    "The language expression property '\(JSONText.compact(k))' can't be evaluated, property name must be a string or an integer.")
            }
        }
    }

    private func member(of value: JSONValue, named name: String) throws -> JSONValue {
        switch value {
        case .object(let o):
            if let v = o[name] { return v }
            throw ExpressionError(
                "The language expression property '\(name)' doesn't exist, available properties are '\(o.keys.joined(separator: ", "))'.")
        case .array:
            throw ExpressionError(
                "The language expression property '\(name)' can't be evaluated, the property name must be an integer when indexing an array.")
        default:
            throw ExpressionError(
                "The language expression property '\(name)' can't be evaluated. The value is of type '\(value.typeName)'.")
        }
    }

    private func element(of value: JSONValue, at i: Int64) throws -> JSONValue {
        guard case .array(let a) = value else {
            throw ExpressionError(
                "The language expression property '\(i)' can't be evaluated, the value is of type '\(value.typeName)' and cannot be indexed by an integer.")
        }
        guard i >= 0, i < Int64(a.count) else {
            throw ExpressionError("The language expression property array index '\(i)' is out of bounds.")
        }
        return a[Int(i)]
    }

    private func invoke(_ call: FunctionCall) throws -> JSONValue {
        if let namespace = call.namespace {
            let arguments = try call.arguments.map { try evaluate($0) }
            let result = try context.callUserFunction(namespace: namespace, name: call.name, arguments: arguments)
            try budget.check(deep: result)
            return result
        }
        let function: TemplateFunction
        if let f = functions.lookup(call.name) {
            function = f
        } else if call.name.count > 4, call.name.prefix(4).lowercased() == "list" {
            let arguments = try call.arguments.map { try evaluate($0) }
            return try context.list(function: call.name, arguments: arguments)
        } else {
            throw ExpressionError.unknownFunction(call.name)
        }
        let count = call.arguments.count
        if count < function.minArguments || (function.maxArguments.map { count > $0 } ?? false) {
            throw function.arityError?(count)
                ?? ExpressionError.arity(function.name, min: function.minArguments, max: function.maxArguments, actual: count)
        }
        let invocation = Invocation(function: function.name, evaluator: self)
        let result: JSONValue
        switch function.body {
        case .values(let body):
            var arguments: [JSONValue] = []
            arguments.reserveCapacity(count)
            for a in call.arguments { arguments.append(try evaluate(a)) }
            result = try body(invocation, arguments)
        case .expressions(let body):
            result = try body(invocation, call.arguments)
        }
        if Self.builders.contains(function.name) { try budget.check(deep: result) }
        return result
    }

    /// Functions whose result can nest deeper, or repeat shared parts more often, than their arguments:
    /// their results are measured (``EvaluationBudget/check(deep:)``).
    static let builders: Set<String> = [
        "array", "concat", "createArray", "createObject", "filter", "groupBy", "items", "json", "map", "mapValues",
        "reduce", "shallowMerge", "sort", "toObject", "union",
    ]

    /// A copy of this evaluator with the lambda variables `names` bound to `values`.
    func binding(_ names: [String], to values: [JSONValue]) -> ExpressionEvaluator {
        var copy = self
        for (n, v) in zip(names, values) { copy.lambdaVariables.append((n, v)) }
        return copy
    }

    /// The value of lambda variable `name`, innermost binding first.
    func lambdaVariable(_ name: String) -> JSONValue? {
        for binding in lambdaVariables.reversed() where binding.name == name { return binding.value }
        return nil
    }
}
