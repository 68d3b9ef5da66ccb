import ArmletJSON

/// One lexical unit of a JMESPath expression.
enum Token: Sendable {
    case unquotedIdentifier(String)
    case quotedIdentifier(String)
    case number(Int)
    case literal(JSONValue)
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
        case .unquotedIdentifier(let name): "identifier '\(name)'"
        case .quotedIdentifier(let name): "quoted identifier \"\(name)\""
        case .number(let n): "number \(n)"
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

/// A token and the byte offset (UTF-8) where it starts.
struct PositionedToken: Sendable {
    var token: Token
    var offset: Int
}
