import ArmletJSON

/// The built-in functions of the JMESPath specification.
enum Function: String, Sendable, CaseIterable {
    case abs, avg, ceil, contains, floor, join, keys, length, map, max, merge, min, reverse, sort, sum, type, values
    case endsWith = "ends_with"
    case maxBy = "max_by"
    case minBy = "min_by"
    case notNull = "not_null"
    case sortBy = "sort_by"
    case startsWith = "starts_with"
    case toArray = "to_array"
    case toNumber = "to_number"
    case toString = "to_string"

    /// What the function accepts, checked before it runs.
    var signature: Signature {
        switch self {
        case .abs, .ceil, .floor: Signature([.number])
        case .avg, .sum: Signature([.arrayOfNumbers])
        case .contains: Signature([.array, .string], [.any])
        case .endsWith, .startsWith: Signature([.string], [.string])
        case .join: Signature([.string], [.arrayOfStrings])
        case .keys, .values: Signature([.object])
        case .length: Signature([.string, .array, .object])
        case .map: Signature([.expression], [.array])
        case .max, .min, .sort: Signature([.arrayOfNumbers, .arrayOfStrings])
        case .maxBy, .minBy, .sortBy: Signature([.array], [.expression])
        case .merge: Signature(variadic: [.object])
        case .notNull: Signature(variadic: [.any])
        case .reverse: Signature([.string, .array])
        case .toArray, .toNumber, .toString, .type: Signature([.any])
        }
    }

    /// Checks the arguments' types, then runs the function.
    func call(_ arguments: [Argument]) throws(JMESPathError) -> JSONValue {
        try signature.checkTypes(arguments, function: self)
        switch self {
        case .abs, .avg, .ceil, .floor, .sum, .max, .min, .toNumber:
            return try callNumeric(arguments)
        case .contains, .endsWith, .startsWith, .join, .toString, .length, .reverse, .type:
            return try callText(arguments)
        case .keys, .values, .merge, .notNull, .toArray, .map, .sort, .sortBy, .maxBy, .minBy:
            return try callCollection(arguments)
        }
    }
}

/// A function argument: a value, or an `&expression` the function evaluates itself.
enum Argument {
    case value(JSONValue)
    case expression(Node)

    /// The value (`null` for an expression, which type checking has already ruled out).
    var value: JSONValue {
        if case .value(let value) = self { return value }
        return .null
    }

    /// The expression (`@` for a value, which type checking has already ruled out).
    var expression: Node {
        if case .expression(let node) = self { return node }
        return .current
    }
}
