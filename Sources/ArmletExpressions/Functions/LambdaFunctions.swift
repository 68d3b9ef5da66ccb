import ArmletJSON

/// Lambda functions. A lambda (`lambda('x', body)`) may appear only directly as an argument of
/// these functions; its body reads its variables with `lambdaVariables('x')`.
enum LambdaFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("lambda", expressions: 1...Int.max) { _, _ in
            throw ExpressionError(
                "The template function 'lambda' is not expected at this location. Lambda functions can only be used as arguments of filter, map, reduce, sort, toObject, groupBy and mapValues. \(ExpressionError.usageLink)")
        },
        TemplateFunction("lambdaVariables", arguments: 1...1) { call, a in
            let name = try call.string(a, 0)
            guard let value = call.evaluator.lambdaVariable(name) else {
                throw call.failure("the lambda variable '\(name)' is not defined.")
            }
            return value
        },
        TemplateFunction("filter", expressions: 2...2) { call, nodes in
            let items = try input(call, nodes[0])
            let lambda = try Lambda(call, nodes[1], parameters: 1...2)
            var out: [JSONValue] = []
            for (i, item) in items.enumerated() {
                let keep = try lambda.apply([item, .int(Int64(i))])
                guard case .bool(let b) = keep else {
                    throw call.failure("the lambda must return a boolean; it returned '\(keep.typeName)'.")
                }
                if b { out.append(item) }
            }
            return .array(out)
        },
        TemplateFunction("map", expressions: 2...2) { call, nodes in
            let items = try input(call, nodes[0])
            let lambda = try Lambda(call, nodes[1], parameters: 1...2)
            return .array(try items.enumerated().map { try lambda.apply([$1, .int(Int64($0))]) })
        },
        TemplateFunction("reduce", expressions: 3...3) { call, nodes in
            let items = try input(call, nodes[0])
            var accumulator = try call.evaluator.evaluate(nodes[1])
            let lambda = try Lambda(call, nodes[2], parameters: 2...3)
            for (i, item) in items.enumerated() {
                accumulator = try lambda.apply([accumulator, item, .int(Int64(i))])
            }
            return accumulator
        },
        TemplateFunction("sort", expressions: 2...2) { call, nodes in
            let items = try input(call, nodes[0])
            let lambda = try Lambda(call, nodes[1], parameters: 2...2)
            return .array(try mergeSort(items) { x, y in
                let r = try lambda.apply([x, y])
                guard case .bool(let b) = r else {
                    throw call.failure("the lambda must return a boolean; it returned '\(r.typeName)'.")
                }
                return b
            })
        },
        TemplateFunction("toObject", expressions: 2...3) { call, nodes in
            let items = try input(call, nodes[0])
            let keyLambda = try Lambda(call, nodes[1], parameters: 1...1)
            let valueLambda = nodes.count == 3 ? try Lambda(call, nodes[2], parameters: 1...1) : nil
            var out = JSONObject()
            for item in items {
                let key = try keyLambda.apply([item])
                guard case .string(let k) = key else {
                    throw call.failure("the key lambda must return a string; it returned '\(key.typeName)'.")
                }
                out[k] = try valueLambda?.apply([item]) ?? item
            }
            return .object(out)
        },
        TemplateFunction("groupBy", expressions: 2...2) { call, nodes in
            let items = try input(call, nodes[0])
            let lambda = try Lambda(call, nodes[1], parameters: 1...1)
            var out = JSONObject()
            for item in items {
                let key = try lambda.apply([item])
                guard case .string(let k) = key else {
                    throw call.failure("the lambda must return a string; it returned '\(key.typeName)'.")
                }
                out[k] = .array((out[k]?.arrayValue ?? []) + [item])
            }
            return .object(out)
        },
        TemplateFunction("mapValues", expressions: 2...2) { call, nodes in
            let value = try call.evaluator.evaluate(nodes[0])
            guard case .object(let o) = value else { throw call.typeError(value, at: 0, of: 2, expected: "of type 'Object'") }
            let lambda = try Lambda(call, nodes[1], parameters: 1...1)
            var out = JSONObject()
            for (k, v) in o { out.appendUnchecked(k, try lambda.apply([v])) }
            return .object(out)
        }
    )

    static func input(_ call: Invocation, _ node: ExpressionNode) throws -> [JSONValue] {
        let value = try call.evaluator.evaluate(node)
        guard case .array(let items) = value else { throw call.typeError(value, at: 0, of: 2, expected: "of type 'Array'") }
        return items
    }

    /// Stable merge sort with a throwing "a comes before b" predicate.
    static func mergeSort(_ a: [JSONValue], _ before: (JSONValue, JSONValue) throws -> Bool) throws -> [JSONValue] {
        guard a.count > 1 else { return a }
        let mid = a.count / 2
        let left = try mergeSort(Array(a[..<mid]), before), right = try mergeSort(Array(a[mid...]), before)
        var out: [JSONValue] = []
        out.reserveCapacity(a.count)
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if try before(right[j], left[i]) { out.append(right[j]); j += 1 } else { out.append(left[i]); i += 1 }
        }
        out.append(contentsOf: left[i...])
        out.append(contentsOf: right[j...])
        return out
    }
}

/// A `lambda('a', 'b', body)` argument bound to the evaluator that will run it.
struct Lambda {
    let names: [String]
    let body: ExpressionNode
    let evaluator: ExpressionEvaluator

    init(_ call: Invocation, _ node: ExpressionNode, parameters: ClosedRange<Int>) throws {
        guard case .call(let c) = node, c.namespace == nil, c.name.lowercased() == "lambda", let body = c.arguments.last else {
            throw call.failure("the argument must be a lambda function.")
        }
        var names: [String] = []
        for argument in c.arguments.dropLast() {
            guard case .string(let name) = argument else {
                throw call.failure("the lambda parameter names must be string literals.")
            }
            names.append(name)
        }
        guard parameters.contains(names.count) else {
            throw call.failure("the lambda function must have \(parameters.lowerBound == parameters.upperBound ? "\(parameters.lowerBound)" : "between \(parameters.lowerBound) and \(parameters.upperBound)") parameter(s), but it has \(names.count).")
        }
        self.names = names
        self.body = body
        self.evaluator = call.evaluator
    }

    /// Runs the body with the first `names.count` of `values` bound.
    func apply(_ values: [JSONValue]) throws -> JSONValue {
        try evaluator.binding(names, to: Array(values.prefix(names.count))).evaluate(body)
    }
}
