/// Turns expression text (the part between the outer brackets) into an ``ExpressionNode``.
///
/// Grammar: `expression := primary accessor*`; `primary := string | integer | call`;
/// `call := identifier ('.' identifier)? '(' (expression (',' expression)*)? ')'`;
/// `accessor := '.' identifier | '[' expression ']'`.
struct Parser {
    private let text: String
    private let tokens: [Token]
    private var index = 0
    private var depth = 0

    /// ARM's limit on the characters of one expression ("Template limits").
    static let maximumLength = 24_576
    /// How deeply calls and indexes may nest in one expression: Armlet's bound (real templates nest
    /// under 20), which keeps the parser and the evaluator far from the end of any thread's stack.
    static let maximumNesting = 100

    init(text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
    }

    /// Parses a whole expression; text left after it is an error.
    static func parse(_ text: String) throws(ExpressionError) -> ExpressionNode {
        let length = text.utf16.count + 2
        if length > maximumLength {
            throw ExpressionError(
                "The template language expression is \(length) characters long, which exceeds the limit of "
                    + "\(maximumLength) characters. Please see https://aka.ms/arm-template-limits for usage details.",
                position: 0)
        }
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

    /// The start of a long expression, for messages.
    private static func excerpt(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(80)) + "..."
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
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumNesting {
            throw ExpressionError(
                "The language expression '\(Self.excerpt(text))' is not valid: it nests function calls and indexes more "
                    + "than \(Self.maximumNesting) levels deep, which is Armlet's limit.",
                position: current.position)
        }
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
