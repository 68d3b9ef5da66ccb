import ArmletJSON

/// Turns tokens into a ``Node`` tree by precedence climbing (a Pratt parser).
///
/// Binding powers come from the specification's precedence order (``TokenKind/bindingPower``);
/// projections parse their right side with ``projectionRight(_:)`` so that anything binding
/// looser than a projection (pipes, comparisons, `||`, `&&`, `[]`) ends the projection.
struct Parser {
    private let stream: TokenStream
    private let tokens: [Token]
    private var index = 0
    /// Nesting of the tree being built (recursive calls plus operators applied on the left);
    /// bounded so that neither parsing nor evaluating can exhaust the stack.
    private var depth = 0
    /// The deepest tree accepted; real queries stay far below it.
    static let maximumDepth = 1000
    /// Tokens binding less tightly than this end a projection's right side.
    private static let projectionStop = 10

    private init(stream: TokenStream) {
        self.stream = stream
        self.tokens = stream.tokens
    }

    /// The syntax tree of `text`; errors carry byte offsets.
    static func parse(_ text: String) throws(JMESPathError) -> Node {
        var parser = Parser(stream: try Lexer.tokenize(text))
        let node = try parser.expression(0)
        guard parser.peek.kind == .end else { throw parser.unexpected(parser.peek) }
        return node
    }

    private var peek: Token { tokens[index] }

    private var peekNext: Token { tokens[min(index + 1, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func unexpected(_ token: Token, expecting: String? = nil) -> JMESPathError {
        let found = stream.display(token)
        let message = expecting.map { "expected \($0) but found \(found)" } ?? "unexpected \(found)"
        return JMESPathError(.syntax, message, offset: token.offset)
    }

    private mutating func expect(_ kind: TokenKind, _ what: String) throws(JMESPathError) {
        let token = advance()
        guard token.kind == kind else { throw unexpected(token, expecting: what) }
    }

    mutating func expression(_ rightBindingPower: Int) throws(JMESPathError) -> Node {
        let entryDepth = depth
        defer { depth = entryDepth }
        try deepen()
        var left = try prefix(advance())
        while rightBindingPower < peek.kind.bindingPower {
            try deepen()
            left = try infix(advance(), left: left)
        }
        return left
    }

    private mutating func deepen() throws(JMESPathError) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw JMESPathError(
                .syntax, "expression nested too deeply (more than \(Parser.maximumDepth) levels)", offset: peek.offset)
        }
    }

    /// A token that starts an expression (the "nud").
    private mutating func prefix(_ token: Token) throws(JMESPathError) -> Node {
        switch token.kind {
        case .literal:
            return .literal(stream.literals[token.payload])
        case .unquotedIdentifier:
            return .field(stream.names[token.payload])
        case .quotedIdentifier:
            if peek.kind == .leftParen {
                throw JMESPathError(.syntax, "a quoted identifier cannot name a function", offset: token.offset)
            }
            return .field(stream.names[token.payload])
        case .star:
            return .valueProjection(.current, try projectionRight(TokenKind.star.bindingPower))
        case .filter:
            return try filter(left: .current)
        case .leftBrace:
            return try multiselectHash()
        case .flatten:
            return .listProjection(.flatten(.current), try projectionRight(TokenKind.flatten.bindingPower))
        case .leftBracket:
            switch peek.kind {
            case .number, .colon:
                return try bracketSpecifier(left: .current)
            case .star where peekNext.kind == .rightBracket:
                _ = advance()
                _ = advance()
                return .listProjection(.current, try projectionRight(TokenKind.star.bindingPower))
            default:
                return try multiselectList()
            }
        case .current:
            return .current
        case .expressionReference:
            return .expressionReference(try expression(0))
        case .not:
            return .not(try expression(TokenKind.not.bindingPower))
        case .leftParen:
            let inner = try expression(0)
            try expect(.rightParen, "')'")
            return inner
        default:
            throw unexpected(token)
        }
    }

    /// A token that continues the expression `left` (the "led").
    private mutating func infix(_ token: Token, left: Node) throws(JMESPathError) -> Node {
        let power = token.kind.bindingPower
        switch token.kind {
        case .dot:
            if peek.kind == .star {
                _ = advance()
                return .valueProjection(left, try projectionRight(power))
            }
            return .subexpression(left, try dotRight(power))
        case .pipe:
            return .pipe(left, try expression(power))
        case .or:
            return .or(left, try expression(power))
        case .and:
            return .and(left, try expression(power))
        case .equal: return .comparison(.equal, left, try expression(power))
        case .notEqual: return .comparison(.notEqual, left, try expression(power))
        case .less: return .comparison(.less, left, try expression(power))
        case .lessOrEqual: return .comparison(.lessOrEqual, left, try expression(power))
        case .greater: return .comparison(.greater, left, try expression(power))
        case .greaterOrEqual: return .comparison(.greaterOrEqual, left, try expression(power))
        case .leftParen:
            return try functionCall(callee: left, at: token)
        case .filter:
            return try filter(left: left)
        case .flatten:
            return .listProjection(.flatten(left), try projectionRight(power))
        case .leftBracket:
            switch peek.kind {
            case .number, .colon:
                return try bracketSpecifier(left: left)
            case .star where peekNext.kind == .rightBracket:
                _ = advance()
                _ = advance()
                return .listProjection(left, try projectionRight(TokenKind.star.bindingPower))
            default:
                throw unexpected(peek, expecting: "a number, ':' or '*'")
            }
        default:
            throw unexpected(token)
        }
    }

    /// What follows a projection: nothing (when the next token ends it), a bracket, or `.rhs`.
    private mutating func projectionRight(_ bindingPower: Int) throws(JMESPathError) -> Node {
        switch peek.kind {
        case let kind where kind.bindingPower < Parser.projectionStop:
            return .current
        case .leftBracket, .filter:
            return try expression(bindingPower)
        case .dot:
            _ = advance()
            return try dotRight(bindingPower)
        default:
            throw unexpected(peek, expecting: "'.', '[' or the end of the projection")
        }
    }

    /// What may follow a `.`: an identifier, `*`, a multiselect list or a multiselect hash.
    private mutating func dotRight(_ bindingPower: Int) throws(JMESPathError) -> Node {
        switch peek.kind {
        case .unquotedIdentifier, .quotedIdentifier, .star:
            return try expression(bindingPower)
        case .leftBracket:
            _ = advance()
            return try multiselectList()
        case .leftBrace:
            _ = advance()
            return try multiselectHash()
        default:
            throw unexpected(peek, expecting: "an identifier, '*', '[' or '{' after '.'")
        }
    }

    /// `[n]` or `[start:stop:step]` after `[`; a slice starts a projection.
    private mutating func bracketSpecifier(left: Node) throws(JMESPathError) -> Node {
        var parts: [Int?] = [nil, nil, nil]
        var part = 0
        loop: while true {
            let token = advance()
            switch token.kind {
            case .colon:
                part += 1
                guard part <= 2 else { throw unexpected(token, expecting: "a number or ']'") }
            case .number:
                guard parts[part] == nil else { throw unexpected(token, expecting: "':' or ']'") }
                parts[part] = token.payload
            case .rightBracket:
                break loop
            default:
                throw unexpected(token, expecting: "a number, ':' or ']'")
            }
        }
        if part == 0, let n = parts[0] {
            return Parser.chain(left, .index(n))
        }
        if parts[2] == 0 {
            throw JMESPathError(.invalidValue, "slice step cannot be 0", offset: tokens[index - 1].offset)
        }
        let slice = Node.slice(start: parts[0], stop: parts[1], step: parts[2])
        return .listProjection(Parser.chain(left, slice), try projectionRight(TokenKind.star.bindingPower))
    }

    private mutating func filter(left: Node) throws(JMESPathError) -> Node {
        let condition = try expression(0)
        try expect(.rightBracket, "']'")
        return .filterProjection(left, condition: condition, try projectionRight(TokenKind.filter.bindingPower))
    }

    private mutating func multiselectList() throws(JMESPathError) -> Node {
        var elements: [Node] = []
        while true {
            elements.append(try expression(0))
            let token = advance()
            switch token.kind {
            case .comma: continue
            case .rightBracket: return .multiselectList(elements)
            default: throw unexpected(token, expecting: "',' or ']'")
            }
        }
    }

    private mutating func multiselectHash() throws(JMESPathError) -> Node {
        var entries: [HashEntry] = []
        while true {
            let keyToken = advance()
            guard keyToken.kind == .unquotedIdentifier || keyToken.kind == .quotedIdentifier else {
                throw unexpected(keyToken, expecting: "a key name")
            }
            try expect(.colon, "':'")
            entries.append(HashEntry(key: stream.names[keyToken.payload], value: try expression(0)))
            let token = advance()
            switch token.kind {
            case .comma: continue
            case .rightBrace: return .multiselectHash(entries)
            default: throw unexpected(token, expecting: "',' or '}'")
            }
        }
    }

    private mutating func functionCall(callee: Node, at paren: Token) throws(JMESPathError) -> Node {
        guard case .field(let name) = callee else {
            throw JMESPathError(.syntax, "only a function name may be called", offset: paren.offset)
        }
        let nameOffset = paren.offset - name.utf8.count
        var arguments: [Node] = []
        if peek.kind == .rightParen {
            _ = advance()
        } else {
            argumentLoop: while true {
                arguments.append(try expression(0))
                let token = advance()
                switch token.kind {
                case .comma: continue
                case .rightParen: break argumentLoop
                default: throw unexpected(token, expecting: "',' or ')'")
                }
            }
        }
        guard let function = Function(rawValue: name) else {
            throw JMESPathError(.unknownFunction, "unknown function: \(name)()", offset: nameOffset)
        }
        try function.signature.checkArity(arguments.count, function: function, offset: nameOffset)
        return .function(function, arguments)
    }

    /// `right` applied to `left`, without a needless subexpression when `left` is `@`.
    private static func chain(_ left: Node, _ right: Node) -> Node {
        if case .current = left { return right }
        return .subexpression(left, right)
    }
}
