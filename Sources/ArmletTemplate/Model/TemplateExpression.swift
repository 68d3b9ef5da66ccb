public import ArmletJSON

extension JSONValue {
    /// Whether this is a string holding a template expression: `[` ... `]`, but not an escaped `[[` literal.
    ///
    /// The expression itself is not parsed here; a later stage evaluates it.
    public var isTemplateExpression: Bool {
        guard case .string(let s) = self else { return false }
        return s.hasPrefix("[") && s.hasSuffix("]") && !s.hasPrefix("[[")
    }

    /// Whether this value, or any value nested in it, is a template expression.
    public var containsTemplateExpression: Bool {
        switch self {
        case .string: isTemplateExpression
        case .array(let a): a.contains { $0.containsTemplateExpression }
        case .object(let o): o.contains { $0.value.containsTemplateExpression }
        default: false
        }
    }
}
