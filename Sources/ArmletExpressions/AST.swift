/// A parsed template-language expression: what was written between the outer `[` and `]`.
///
/// `true`, `false` and `null` are not keywords: they parse as calls to the functions `true()`,
/// `false()` and `null()`.
public indirect enum ExpressionNode: Sendable, Hashable {
    /// A single-quoted string literal, with `''` already unescaped.
    case string(String)
    /// An integer literal (possibly negative).
    case integer(Int64)
    /// A function call, built-in (`concat(...)`) or user-defined (`ns.fn(...)`).
    case call(FunctionCall)
    /// Member access: `base.name` or `base['name']` with a literal name.
    case property(ExpressionNode, String)
    /// Index access with a computed key: `base[0]`, `base[variables('k')]`.
    case index(ExpressionNode, ExpressionNode)
}

/// One call in an expression.
public struct FunctionCall: Sendable, Hashable {
    /// The namespace of a user-defined function (`ns` in `ns.fn()`), `nil` for built-ins.
    public var namespace: String?
    /// The function name as written.
    public var name: String
    /// The argument expressions, unevaluated.
    public var arguments: [ExpressionNode]
    /// The 0-based offset of the name within the expression text.
    public var position: Int

    /// A call of `name` (in `namespace`) with `arguments`, written at `position`.
    public init(namespace: String? = nil, name: String, arguments: [ExpressionNode], position: Int = 0) {
        self.namespace = namespace
        self.name = name
        self.arguments = arguments
        self.position = position
    }
}

extension ExpressionNode {
    /// The call, when this node is one.
    public var functionCall: FunctionCall? {
        if case .call(let c) = self { return c }
        return nil
    }
}
