import ArmletJSON

/// The kind of one lexical unit of a JMESPath expression.
///
/// Payloads (names, numbers, literal values) live beside the kind in ``Token`` and
/// ``TokenStream`` so that tokens stay trivial values the parser copies for free.
enum TokenKind: UInt8, Sendable {
    case unquotedIdentifier
    case quotedIdentifier
    case number
    case literal
    case dot, star, flatten, filter, leftBracket, rightBracket, leftBrace, rightBrace
    case leftParen, rightParen, comma, colon, pipe, or, and, not, expressionReference, current
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case end

    /// How tightly the token binds to the expression on its left (Pratt parsing); tokens that
    /// never continue an expression bind with zero.
    var bindingPower: Int {
        switch self {
        case .pipe: 1
        case .or: 2
        case .and: 3
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 5
        case .flatten: 9
        case .star: 20
        case .filter: 21
        case .dot: 40
        case .not: 45
        case .leftBrace: 50
        case .leftBracket: 55
        case .leftParen: 60
        default: 0
        }
    }

    /// The token as a reader would name it in an error message.
    var display: String {
        switch self {
        case .unquotedIdentifier: "identifier"
        case .quotedIdentifier: "quoted identifier"
        case .number: "number"
        case .literal: "literal"
        case .dot: "'.'"
        case .star: "'*'"
        case .flatten: "'[]'"
        case .filter: "'[?'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .comma: "','"
        case .colon: "':'"
        case .pipe: "'|'"
        case .or: "'||'"
        case .and: "'&&'"
        case .not: "'!'"
        case .expressionReference: "'&'"
        case .current: "'@'"
        case .equal: "'=='"
        case .notEqual: "'!='"
        case .less: "'<'"
        case .lessOrEqual: "'<='"
        case .greater: "'>'"
        case .greaterOrEqual: "'>='"
        case .end: "end of expression"
        }
    }
}

/// A token: its kind, the byte offset (UTF-8) where it starts, and its payload: the value of
/// a number, or the position of an identifier's name in ``TokenStream/names`` or of a
/// literal's value in ``TokenStream/literals``.
struct Token: Sendable {
    var kind: TokenKind
    var offset: Int
    var payload: Int = 0
}

/// The tokens of an expression, ending with `.end`, and their names and literal values.
struct TokenStream: Sendable {
    var tokens: [Token] = []
    var names: [String] = []
    var literals: [JSONValue] = []

    /// The token as a reader would name it in an error message.
    func display(_ token: Token) -> String {
        switch token.kind {
        case .unquotedIdentifier: "identifier '\(names[token.payload])'"
        case .quotedIdentifier: "quoted identifier \"\(names[token.payload])\""
        case .number: "number \(token.payload)"
        default: token.kind.display
        }
    }
}
