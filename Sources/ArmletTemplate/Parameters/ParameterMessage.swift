import ArmletJSON

/// ARM's wording for parameter values that do not fit their declaration.
enum ParameterMessage {
    static let fileHelp = "Please see https://aka.ms/resource-manager-parameter-files for usage details."

    static func missing(_ name: String, _ declaration: SourceLocation?) -> String {
        "The value for the template parameter '\(name)'\(TemplateMessage.at(declaration)) is not provided. \(fileHelp)"
    }

    static func unknown(_ names: [String], declared: [String]) -> String {
        "The following parameters were supplied, but do not correspond to any parameters defined in the template: "
            + "'\(names.joined(separator: ", "))'. The parameters defined in the template are: "
            + "'\(declared.joined(separator: ", "))'. Please see https://aka.ms/arm-pass-parameter-values for usage details."
    }

    static func typeMismatch(_ name: String, expected: String, actual: String) -> String {
        "The provided value for the template parameter '\(name)' is not valid. Expected a value of type "
            + "'\(expected)', but received a value of type '\(actual)'. \(fileHelp)"
    }

    /// "The provided value 'v' for the template parameter 'n' at line .. and column .. is not valid. <reason>"
    static func invalid(_ name: String, value: JSONValue?, _ declaration: SourceLocation?, reason: String) -> String {
        let shown = value.map { " '\(TemplateMessage.display($0))'" } ?? ""
        return "The provided value\(shown) for the template parameter '\(name)'\(TemplateMessage.at(declaration)) "
            + "is not valid. \(reason)"
    }
}
