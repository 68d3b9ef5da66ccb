/// What a JSON string in a template means: a literal, or an expression to evaluate.
///
/// A string is an expression when it starts with `[` and ends with `]`; a leading `[[` escapes
/// the bracket and the value is the string without its first character.
public enum TemplateString: Sendable, Hashable {
    /// Plain text (an escaped `[[...` string has already lost its first `[`).
    case literal(String)
    /// A parsed expression.
    case expression(ExpressionNode)

    /// Classifies and, for expressions, parses `text` (through the shared cache).
    public static func parse(_ text: String) throws(ExpressionError) -> TemplateString {
        guard let inner = expressionText(of: text) else {
            if text.utf8.starts(with: [0x5B, 0x5B]) { return .literal(String(text.dropFirst())) }
            return .literal(text)
        }
        return .expression(try ExpressionCache.shared.node(for: inner))
    }

    /// Whether `text` is an expression string (`[...]`, not `[[...`).
    public static func isExpression(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.first == 0x5B, utf8.last == 0x5D else { return false }
        return utf8[utf8.index(after: utf8.startIndex)] != 0x5B
    }

    /// The text between the outer brackets when `text` is an expression.
    public static func expressionText(of text: String) -> Substring? {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.first == 0x5B, utf8.last == 0x5D else { return nil }
        let second = utf8[utf8.index(after: utf8.startIndex)]
        if second == 0x5B { return nil }
        // Sliced by bytes: both brackets are one byte, and dropping Characters walked grapheme clusters.
        return text[utf8.index(after: utf8.startIndex)..<utf8.index(before: utf8.endIndex)]
    }
}
