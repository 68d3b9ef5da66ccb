public import ArmletJSON

/// A problem parsing or evaluating a template-language expression.
///
/// ARM reports every expression problem under the code `InvalidTemplate`; the message follows
/// ARM's wording. `position` is the 0-based character offset within the expression text for
/// parse errors.
public struct ExpressionError: ArmletError, Equatable {
    public var code: String
    public var message: String
    public var location: SourceLocation?
    public var target: String?
    /// The 0-based offset within the expression where a parse error was found.
    public var position: Int?

    /// An error with `message` (code `InvalidTemplate` unless given).
    public init(code: String = "InvalidTemplate", _ message: String, position: Int? = nil,
                location: SourceLocation? = nil, target: String? = nil) {
        self.code = code
        self.message = message
        self.position = position
        self.location = location
        self.target = target
    }
}

extension ExpressionError {
    static let usageLink = "Please see https://aka.ms/arm-template-expressions for usage details."

    static func unknownFunction(_ name: String) -> ExpressionError {
        ExpressionError("The template function '\(name)' is not valid. Please see https://aka.ms/arm-functions for usage details.")
    }

    static func arity(_ name: String, min: Int, max: Int?, actual: Int) -> ExpressionError {
        let requirement: String
        switch max {
        case .some(let m) where m == min: requirement = "\(min) argument(s)"
        case .some(let m): requirement = "between \(min) and \(m) argument(s)"
        case .none: requirement = "at least \(min) argument(s)"
        }
        return ExpressionError(
            "Unable to evaluate template language function '\(name)': function requires \(requirement) while \(actual) were provided. "
                + "Please see https://aka.ms/arm-template-expressions/#\(name) for usage details.")
    }

    static func function(_ name: String, _ detail: String) -> ExpressionError {
        ExpressionError("Unable to evaluate template language function '\(name)': \(detail) \(usageLink)")
    }

    static func language(_ name: String, _ detail: String) -> ExpressionError {
        ExpressionError("The template language function '\(name)' \(detail) \(usageLink)")
    }
}
