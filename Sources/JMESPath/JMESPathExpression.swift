package import ArmletJSON

/// A compiled JMESPath expression, ready to search any number of JSON values.
///
/// Compiling finds syntax errors, unknown functions and calls with the wrong number of
/// arguments; searching finds arguments of the wrong type. Object members are matched
/// case-sensitively, as JMESPath requires, even though ``JSONObject`` lookups ignore case.
///
/// ```swift
/// let query = try JMESPathExpression("[?location=='westeurope'].name")
/// let names = try query.search(resources)
/// ```
package struct JMESPathExpression: Sendable {
    /// The expression as written.
    package let text: String
    private let root: Node

    /// Compiles `text`.
    /// - Throws: ``JMESPathError`` of kind `syntax`, `unknownFunction`, `invalidArity` or
    ///   `invalidValue` (a slice step of zero), with the character offset of the problem.
    package init(_ text: String) throws(JMESPathError) {
        self.text = text
        do {
            root = try Parser.parse(text)
        } catch {
            throw JMESPathExpression.located(error, in: text)
        }
    }

    /// The result of the expression applied to `value` (`null` when nothing matches).
    /// - Throws: ``JMESPathError`` of kind `invalidType` when a function receives an argument
    ///   it does not accept, or `invalidValue`.
    package func search(_ value: JSONValue) throws(JMESPathError) -> JSONValue {
        do {
            return try root.evaluate(value)
        } catch {
            throw JMESPathExpression.located(error, in: text)
        }
    }

    /// `error` with its byte offset turned into a character offset and the expression attached.
    private static func located(_ error: JMESPathError, in text: String) -> JMESPathError {
        var located = error
        located.expression = text
        if let byteOffset = error.offset {
            let utf8 = text.utf8
            let end = utf8.index(utf8.startIndex, offsetBy: min(byteOffset, utf8.count))
            located.offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: end)
        }
        return located
    }
}
