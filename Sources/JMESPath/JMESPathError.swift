/// A JMESPath failure: a malformed expression (found while compiling) or a function applied to
/// the wrong number or kind of arguments (found while searching).
///
/// `kind` names the category the JMESPath specification defines, so callers and the compliance
/// suite can tell them apart; `offset` is the zero-based character position in the expression
/// where the problem was noticed, when one is known.
package struct JMESPathError: Error, Sendable, Hashable {
    /// The error categories of the JMESPath specification.
    package enum Kind: String, Sendable, Hashable {
        /// The expression does not follow the grammar.
        case syntax
        /// A function was called with too few or too many arguments.
        case invalidArity = "invalid-arity"
        /// A function argument has a type the function does not accept.
        case invalidType = "invalid-type"
        /// A value is of the right type but not allowed (a slice step of zero).
        case invalidValue = "invalid-value"
        /// The expression calls a function JMESPath does not define.
        case unknownFunction = "unknown-function"
    }

    /// The category of the failure.
    package var kind: Kind
    /// What went wrong, in one sentence without the position.
    package var message: String
    /// Zero-based character offset in the expression, when the failure has a position.
    package var offset: Int?
    /// The expression text the failure belongs to (empty when unknown).
    package var expression: String

    /// A failure of `kind` with `message`, optionally at `offset` in `expression`.
    package init(_ kind: Kind, _ message: String, offset: Int? = nil, expression: String = "") {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.expression = expression
    }
}

extension JMESPathError: CustomStringConvertible {
    /// One line for a command line: the category, the message, the column and the expression,
    /// e.g. `Syntax error at column 5: expected ']' but found end of expression in "foo[0"`.
    package var description: String {
        var text = kind.title
        if let offset { text += " at column \(offset + 1)" }
        text += ": " + message
        if !expression.isEmpty { text += " in \"\(expression)\"" }
        return text
    }

    /// The expression with a caret under the failing column (two lines), or `description`
    /// alone when there is no position.
    package var pointer: String {
        guard let offset, !expression.isEmpty else { return description }
        return description + "\n" + expression + "\n" + String(repeating: " ", count: offset) + "^"
    }
}

extension JMESPathError.Kind {
    /// The category as jmespath.py names its exception classes, in prose.
    var title: String {
        switch self {
        case .syntax: "Syntax error"
        case .invalidArity: "Invalid arity"
        case .invalidType: "Invalid type"
        case .invalidValue: "Invalid value"
        case .unknownFunction: "Unknown function"
        }
    }
}
