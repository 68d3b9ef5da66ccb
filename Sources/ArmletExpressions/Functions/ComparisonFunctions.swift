import ArmletJSON

/// Comparison functions. Strings order culture-aware (lower case before upper case on a tie).
enum ComparisonFunctions {
    static let all: [TemplateFunction] = .family(
        // Arguments are evaluated in order until one is not null, so a later `fail()` (Bicep's
        // `a ?? fail('...')`) only fires when every earlier value is null.
        TemplateFunction("coalesce", expressions: 1...Int.max) { call, nodes in
            for node in nodes {
                let value = try call.evaluator.evaluate(node)
                if !value.isNull { return value }
            }
            return .null
        },
        TemplateFunction("equals", arguments: 2...2) { _, a in .bool(ValueSemantics.equal(a[0], a[1])) },
        TemplateFunction("greater", arguments: 2...2) { call, a in .bool(try compare(call, a) > 0) },
        TemplateFunction("greaterOrEquals", arguments: 2...2) { call, a in .bool(try compare(call, a) >= 0) },
        TemplateFunction("less", arguments: 2...2) { call, a in .bool(try compare(call, a) < 0) },
        TemplateFunction("lessOrEquals", arguments: 2...2) { call, a in .bool(try compare(call, a) <= 0) }
    )

    static func compare(_ call: Invocation, _ a: [JSONValue]) throws -> Int {
        func sign(_ x: Double, _ y: Double) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        switch (a[0], a[1]) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .double(let y)): return sign(Double(x), y)
        case (.double(let x), .int(let y)): return sign(x, Double(y))
        case (.double(let x), .double(let y)): return sign(x, y)
        case (.string(let x), .string(let y)): return ValueSemantics.compareStrings(x, y)
        default:
            throw ExpressionError.language(
                call.function,
                "expects two parameters of matching types: both integers or both strings. The provided values are of types '\(a[0].typeName)' and '\(a[1].typeName)'.")
        }
    }
}
