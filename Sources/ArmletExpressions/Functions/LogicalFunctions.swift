import ArmletJSON

/// Logical functions. `and`/`or` evaluate every argument (ARM does not document short-circuiting);
/// `if` evaluates only the branch it takes.
enum LogicalFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("and", atLeast: 2) { call, a in
            var result = true
            for i in a.indices { result = try call.boolean(a, i) && result }
            return .bool(result)
        },
        TemplateFunction("or", atLeast: 2) { call, a in
            var result = false
            for i in a.indices { result = try call.boolean(a, i) || result }
            return .bool(result)
        },
        TemplateFunction("not", arguments: 1...1) { call, a in .bool(!(try call.boolean(a, 0))) },
        TemplateFunction("bool", arguments: 1...1) { call, a in
            switch a[0] {
            case .bool: return a[0]
            case .int(let i): return .bool(i != 0)
            case .string(let s):
                switch s.trimmingASCIIWhitespace().lowercased() {
                case "true": return true
                case "false": return false
                default: throw call.failure("the string '\(s)' cannot be converted to a boolean.")
                }
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "a boolean, an integer or a string")
            }
        },
        // `fail(message)` stops evaluation with the author's message (Bicep's sys.fail); it is
        // meaningful inside `if`/`coalesce`, which evaluate lazily.
        TemplateFunction("fail", arguments: 1...1) { call, a in
            throw ExpressionError(try call.string(a, 0))
        },
        TemplateFunction("true", arguments: 0...0) { _, _ in true },
        TemplateFunction("false", arguments: 0...0) { _, _ in false },
        TemplateFunction("if", expressions: 3...3) { call, nodes in
            let condition = try call.evaluator.evaluate(nodes[0])
            guard case .bool(let b) = condition else {
                throw call.typeError(condition, at: 0, of: 3, expected: "of type 'Boolean'")
            }
            return try call.evaluator.evaluate(b ? nodes[1] : nodes[2])
        }
    )
}
