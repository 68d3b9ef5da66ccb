/// Turns expression text (the part between the outer brackets) into an ``ExpressionNode``.
///
/// Grammar: `expression := primary accessor*`; `primary := string | integer | call`;
/// `call := identifier ('.' identifier)? '(' (expression (',' expression)*)? ')'`;
/// `accessor := '.' identifier | '[' expression ']'`.
struct Parser {
    private let text: String
    private let tokens: [Token]
    private var index = 0

    init(text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
    }

    /// Parses a whole expression; text left after it is an error.
    static func parse(_ text: String) throws(ExpressionError) -> ExpressionNode {
        var lexer = Lexer(text)
        let tokens = try lexer.tokenize()
        var parser = Parser(text: text, tokens: tokens)
        if tokens.first?.kind == .endOfData {
            throw ExpressionError(
                "The language expression '\(text)' is not valid: the expression is empty.", position: 0)
        }
        let node = try parser.expression()
        try parser.expect(.endOfData)
        return node
    }

    private var current: Token { tokens[min(index, tokens.count - 1)] }

    private func mismatch(expected: String) -> ExpressionError {
        ExpressionError(
            "Unable to parse language expression '\(text)': expected token '\(expected)' and actual '\(current.armName)'.",
            position: current.position)
    }

    private mutating func expect(_ kind: Token.Kind) throws(ExpressionError) {
        guard current.kind == kind else { throw mismatch(expected: Token(kind: kind, position: 0).armName) }
        index += 1
    }

    private mutating func expression() throws(ExpressionError) -> ExpressionNode {
        var node = try primary()
        while true {
            switch current.kind {
            case .dot:
                index += 1
                guard case .identifier(let name) = current.kind else { throw mismatch(expected: "Identifier") }
                index += 1
                node = .property(node, name)
            case .leftSquareBracket:
                index += 1
                let key = try expression()
                try expect(.rightSquareBracket)
                if case .string(let name) = key {
                    node = .property(node, name)
                } else {
                    node = .index(node, key)
                }
            default:
                return node
            }
        }
    }

    private mutating func primary() throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .string(let s):
            index += 1
            return .string(s)
        case .integer(let i):
            index += 1
            return .integer(i)
        case .identifier(let first):
            index += 1
            var namespace: String? = nil
            var name = first
            if current.kind == .dot {
                index += 1
                guard case .identifier(let second) = current.kind else { throw mismatch(expected: "Identifier") }
                index += 1
                namespace = first
                name = second
            }
            try expect(.leftParenthesis)
            var arguments: [ExpressionNode] = []
            if current.kind != .rightParenthesis {
                while true {
                    arguments.append(try expression())
                    if current.kind == .comma {
                        index += 1
                        continue
                    }
                    break
                }
            }
            try expect(.rightParenthesis)
            return .call(FunctionCall(namespace: namespace, name: name, arguments: arguments, position: token.position))
        default:
            throw mismatch(expected: "Identifier")
        }
    }
}
