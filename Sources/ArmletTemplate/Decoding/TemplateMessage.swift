import ArmletJSON

/// ARM's wording for template and parameter problems, in one place so the phrasing stays consistent.
///
/// Structural problems follow the JSON deserializer ARM uses ("Could not find member ...",
/// "Required property ... not found in JSON", with `Path '...', line L, position C`); semantic ones
/// follow ARM's validation messages ("The template resource '...' at line '..' and column '..' is
/// not valid: ..."). ARM itself wraps these in "Deployment template validation failed: '...'"
/// when it answers a deployment request; that wrapper belongs to the engine, not to decoding.
enum TemplateMessage {
    static let invalidTemplate = "InvalidTemplate"

    static func position(_ path: JSONPath, _ location: SourceLocation?) -> String {
        guard let location else { return "Path '\(path)'." }
        return "Path '\(path)', line \(location.line), position \(location.column)."
    }

    static func at(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        return " at line '\(location.line)' and column '\(location.column)'"
    }

    static func unknownMember(_ name: String, objectType: String, path: JSONPath, location: SourceLocation?) -> String {
        "Template validation failed: " + unknownMemberDetail(name, objectType: objectType, path: path, location: location)
    }

    static func unknownMemberDetail(_ name: String, objectType: String, path: JSONPath,
                                    location: SourceLocation?) -> String {
        "Could not find member '\(name)' on object of type '\(objectType)'. " + position(path, location)
    }

    static func requiredProperty(_ name: String, path: JSONPath, location: SourceLocation?) -> String {
        "Template validation failed: Required property '\(name)' not found in JSON. " + position(path, location)
    }

    static func wrongType(actual: String, expected: String, path: JSONPath, location: SourceLocation?) -> String {
        "Template validation failed: " + wrongTypeDetail(actual: actual, expected: expected, path: path, location: location)
    }

    static func wrongTypeDetail(actual: String, expected: String, path: JSONPath, location: SourceLocation?) -> String {
        "Unexpected value of type '\(actual)' where a value of type '\(expected)' is expected. "
            + position(path, location)
    }

    /// ARM's wrapper for a request body (here: a parameters file) it cannot deserialize.
    static func requestContent(_ detail: String) -> String {
        "The request content was invalid and could not be deserialized: '\(detail)'."
    }

    static func resource(_ name: String, location: SourceLocation?, reason: String) -> String {
        "The template resource '\(name)'\(at(location)) is not valid: \(reason) "
            + "Please see https://aka.ms/arm-syntax-resources for usage details."
    }

    static func parameter(_ name: String, location: SourceLocation?, reason: String) -> String {
        "The template parameter '\(name)'\(at(location)) is not valid: \(reason) "
            + "Please see https://aka.ms/arm-syntax-parameters for usage details."
    }

    static func output(_ name: String, location: SourceLocation?, reason: String) -> String {
        "The template output '\(name)'\(at(location)) is not valid: \(reason) "
            + "Please see https://aka.ms/arm-syntax-outputs for usage details."
    }

    static func limit(_ what: String, count: Int, limit: Int) -> String {
        "Template validation failed: The number of \(what) '\(count)' exceeds the limit of '\(limit)'. "
            + "Please see https://aka.ms/arm-template-limits for usage details."
    }

    /// A value as ARM prints it inside quotes: strings bare, everything else as compact JSON.
    static func display(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return JSONWriter.write(value, style: .compact)
    }
}
