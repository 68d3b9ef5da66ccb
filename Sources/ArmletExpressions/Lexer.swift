/// One token of the expression language.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        case string(String)
        case integer(Int64)
        case leftParenthesis, rightParenthesis, leftSquareBracket, rightSquareBracket, comma, dot
        case endOfData
    }
    var kind: Kind
    /// 0-based offset in the expression text (UTF-16 units, as ARM counts).
    var position: Int

    /// ARM's name for the token kind, as parse errors print it.
    var armName: String {
        switch kind {
        case .identifier: "Identifier"
        case .string: "String"
        case .integer: "Integer"
        case .leftParenthesis: "LeftParenthesis"
        case .rightParenthesis: "RightParenthesis"
        case .leftSquareBracket: "LeftSquareBracket"
        case .rightSquareBracket: "RightSquareBracket"
        case .comma: "Comma"
        case .dot: "Dot"
        case .endOfData: "EndOfData"
        }
    }
}

/// Splits expression text into tokens. Whitespace between tokens is ignored.
struct Lexer {
    private let units: [UInt16]
    private let text: String
    private var offset = 0

    init(_ text: String) {
        self.text = text
        self.units = Self.codeUnits(text)
    }

    /// The UTF-16 code units of `text` (positions count in them, as ARM's do): for ASCII text,
    /// widened straight from its UTF-8 bytes.
    static func codeUnits(_ text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map(UInt16.init) : Array(String(decoding: bytes, as: UTF8.self).utf16)
        }
    }

    /// The text of `units`: narrowed straight to UTF-8 when all are ASCII (decoding UTF-16 in
    /// general goes through a scalar parser that cost a sixth of a lint).
    static func string(_ units: some RandomAccessCollection<UInt16>) -> String {
        guard units.allSatisfy({ $0 < 0x80 }) else { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            for (index, unit) in units.enumerated() { buffer[index] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }

    /// All tokens, ending with `.endOfData`.
    mutating func tokenize() throws(ExpressionError) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(units.count / 3 + 2)
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .endOfData { return tokens }
        }
    }

    private func unexpected(at position: Int) -> ExpressionError {
        let character = position < units.count ? String(decoding: [units[position]], as: UTF16.self) : ""
        return ExpressionError(
            "The language expression '\(text)' is not valid: the string character '\(character)' at position '\(position)' is not expected.",
            position: position)
    }

    private static func isWhitespace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C || u == 0xA0
    }

    private static func isIdentifierStart(_ u: UInt16) -> Bool {
        (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || u == 0x5F || u == 0x24
    }

    private static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

    private static func isIdentifierPart(_ u: UInt16) -> Bool { isIdentifierStart(u) || isDigit(u) }

    private mutating func next() throws(ExpressionError) -> Token {
        while offset < units.count, Lexer.isWhitespace(units[offset]) { offset += 1 }
        guard offset < units.count else { return Token(kind: .endOfData, position: units.count) }
        let start = offset
        let u = units[offset]
        switch u {
        case 0x28: offset += 1; return Token(kind: .leftParenthesis, position: start)
        case 0x29: offset += 1; return Token(kind: .rightParenthesis, position: start)
        case 0x5B: offset += 1; return Token(kind: .leftSquareBracket, position: start)
        case 0x5D: offset += 1; return Token(kind: .rightSquareBracket, position: start)
        case 0x2C: offset += 1; return Token(kind: .comma, position: start)
        case 0x2E: offset += 1; return Token(kind: .dot, position: start)
        case 0x27: return try stringLiteral()
        default: break
        }
        if Lexer.isIdentifierStart(u) {
            while offset < units.count, Lexer.isIdentifierPart(units[offset]) { offset += 1 }
            return Token(kind: .identifier(Self.string(units[start..<offset])), position: start)
        }
        if Lexer.isDigit(u) || u == 0x2D || u == 0x2B {
            return try numberLiteral()
        }
        throw unexpected(at: start)
    }

    private mutating func stringLiteral() throws(ExpressionError) -> Token {
        let start = offset
        offset += 1
        var value: [UInt16] = []
        while true {
            guard offset < units.count else {
                throw ExpressionError(
                    "The language expression '\(text)' is not valid: the string literal starting at position '\(start)' is not terminated.",
                    position: start)
            }
            let u = units[offset]
            offset += 1
            if u == 0x27 {
                if offset < units.count, units[offset] == 0x27 {
                    value.append(0x27)
                    offset += 1
                    continue
                }
                return Token(kind: .string(Self.string(value)), position: start)
            }
            value.append(u)
        }
    }

    private mutating func numberLiteral() throws(ExpressionError) -> Token {
        let start = offset
        var negative = false
        if units[offset] == 0x2D || units[offset] == 0x2B {
            negative = units[offset] == 0x2D
            offset += 1
        }
        let digitsStart = offset
        var magnitude: UInt64 = 0
        var overflow = false
        while offset < units.count, Lexer.isDigit(units[offset]) {
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(units[offset] - 0x30))
            overflow = overflow || o1 || o2
            magnitude = m2
            offset += 1
        }
        // ARM scans a numeric run (digits, '.', exponent letters) before judging it, so in
        // `bad-expression` the run is `-e` and the first unexpected character is the `x` after it.
        var runEnd = offset
        while runEnd < units.count, Lexer.isDigit(units[runEnd]) || units[runEnd] == 0x2E
            || units[runEnd] == 0x65 || units[runEnd] == 0x45
        {
            runEnd += 1
        }
        if runEnd < units.count, Lexer.isIdentifierStart(units[runEnd]) { throw unexpected(at: runEnd) }
        if runEnd > offset { throw unexpected(at: offset) }
        guard offset > digitsStart else { throw unexpected(at: offset < units.count ? offset : start) }
        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        if overflow || magnitude > limit {
            let literal = String(decoding: units[start..<offset], as: UTF16.self)
            throw ExpressionError(
                "The language expression '\(text)' is not valid: the integer literal '\(literal)' at position '\(start)' is out of range.",
                position: start)
        }
        let value: Int64 = negative ? (magnitude == limit ? Int64.min : -Int64(magnitude)) : Int64(magnitude)
        return Token(kind: .integer(value), position: start)
    }
}
