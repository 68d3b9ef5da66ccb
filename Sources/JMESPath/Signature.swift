import ArmletJSON

/// The types a function parameter may accept, as the specification names them.
enum ArgumentType: Sendable {
    case any, number, string, boolean, array, object, null, expression, arrayOfNumbers, arrayOfStrings

    var name: String {
        switch self {
        case .any: "any"
        case .number: "number"
        case .string: "string"
        case .boolean: "boolean"
        case .array: "array"
        case .object: "object"
        case .null: "null"
        case .expression: "expression"
        case .arrayOfNumbers: "array[number]"
        case .arrayOfStrings: "array[string]"
        }
    }

    func accepts(_ argument: Argument) -> Bool {
        guard case .value(let value) = argument else { return self == .expression }
        switch (self, value) {
        case (.any, _), (.number, .int), (.number, .double), (.string, .string), (.boolean, .bool),
            (.array, .array), (.object, .object), (.null, .null):
            return true
        case (.arrayOfNumbers, .array(let elements)):
            return elements.allSatisfy(Values.isNumber)
        case (.arrayOfStrings, .array(let elements)):
            return elements.allSatisfy { $0.stringValue != nil }
        default:
            return false
        }
    }
}

/// The parameters of a function: each accepts one of several types; the last may repeat.
struct Signature: Sendable {
    let parameters: [[ArgumentType]]
    let variadic: Bool

    init(_ parameters: [ArgumentType]...) {
        self.parameters = parameters
        self.variadic = false
    }

    /// One or more arguments, each of `types`.
    init(variadic types: [ArgumentType]) {
        self.parameters = [types]
        self.variadic = true
    }

    /// Rejects a call with the wrong number of arguments (found while parsing).
    func checkArity(_ count: Int, function: Function, offset: Int) throws(JMESPathError) {
        let ok = variadic ? count >= parameters.count : count == parameters.count
        guard !ok else { return }
        let expected = parameters.count == 1 ? "1 argument" : "\(parameters.count) arguments"
        throw JMESPathError(
            .invalidArity,
            "expected \(variadic ? "at least " : "")\(expected) for function \(function.rawValue)(), received \(count)",
            offset: offset)
    }

    /// Rejects an argument whose type the parameter does not accept (found while searching).
    func checkTypes(_ arguments: [Argument], function: Function) throws(JMESPathError) {
        for (i, argument) in arguments.enumerated() {
            let types = parameters[Swift.min(i, parameters.count - 1)]
            guard !types.contains(where: { $0.accepts(argument) }) else { continue }
            throw Signature.typeError(function, argument: argument, expected: types.map(\.name))
        }
    }

    /// The error for a value a function cannot use, worded like jmespath.py's.
    static func typeError(_ function: Function, argument: Argument, expected: [String]) -> JMESPathError {
        let received: String
        let shown: String
        switch argument {
        case .value(let value):
            received = Values.typeName(value)
            shown = JSONWriter.write(value, style: .compact)
        case .expression:
            received = "expression"
            shown = "&expression"
        }
        return JMESPathError(
            .invalidType,
            "in function \(function.rawValue)(), invalid type for value: \(shown), expected one of: "
                + expected.joined(separator: ", ") + "; received: \(received)")
    }
}
