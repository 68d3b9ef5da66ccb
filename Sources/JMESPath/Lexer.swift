import ArmletJSON

/// Splits an expression into tokens over its UTF-8 bytes.
///
/// Offsets in tokens and errors are byte offsets; ``JMESPathExpression`` turns them into
/// character columns when it reports an error.
struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    private var stream = TokenStream()

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// All tokens of the expression, ending with `.end`.
    static func tokenize(_ text: String) throws(JMESPathError) -> TokenStream {
        var lexer = Lexer(text)
        lexer.stream.tokens.reserveCapacity(lexer.bytes.count / 2 + 1)
        while try lexer.next() {}
        return lexer.stream
    }

    /// Appends the next token; false once it appended `.end`.
    private mutating func next() throws(JMESPathError) -> Bool {
        while position < bytes.count, Lexer.isWhitespace(bytes[position]) { position += 1 }
        let start = position
        guard position < bytes.count else {
            stream.tokens.append(Token(kind: .end, offset: start))
            return false
        }
        let byte = bytes[position]
        position += 1
        let token: TokenKind
        var payload = 0
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            while position < bytes.count, Lexer.isIdentifierByte(bytes[position]) { position += 1 }
            token = .unquotedIdentifier
            payload = name(String(decoding: bytes[start..<position], as: UTF8.self))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            token = .number
            payload = try number(start: start)
        case UInt8(ascii: "\""):
            let body = try delimited(by: UInt8(ascii: "\""), start: start, what: "quoted identifier")
            token = .quotedIdentifier
            payload = name(try LiteralJSON.unescapeString(body, offset: start))
        case UInt8(ascii: "'"):
            let body = try delimited(by: UInt8(ascii: "'"), start: start, what: "raw string literal")
            token = .literal
            payload = literal(.string(Lexer.rawString(body)))
        case UInt8(ascii: "`"):
            let body = try delimited(by: UInt8(ascii: "`"), start: start, what: "JSON literal")
            token = .literal
            payload = literal(try Lexer.jsonLiteral(Lexer.unescapeBackticks(body), offset: start))
        case UInt8(ascii: "["):
            if match(UInt8(ascii: "]")) {
                token = .flatten
            } else if match(UInt8(ascii: "?")) {
                token = .filter
            } else {
                token = .leftBracket
            }
        case UInt8(ascii: "|"): token = match(UInt8(ascii: "|")) ? .or : .pipe
        case UInt8(ascii: "&"): token = match(UInt8(ascii: "&")) ? .and : .expressionReference
        case UInt8(ascii: "!"): token = match(UInt8(ascii: "=")) ? .notEqual : .not
        case UInt8(ascii: "<"): token = match(UInt8(ascii: "=")) ? .lessOrEqual : .less
        case UInt8(ascii: ">"): token = match(UInt8(ascii: "=")) ? .greaterOrEqual : .greater
        case UInt8(ascii: "="):
            guard match(UInt8(ascii: "=")) else {
                throw JMESPathError(.syntax, "'=' is not an operator; use '==' to compare", offset: start)
            }
            token = .equal
        case UInt8(ascii: "."): token = .dot
        case UInt8(ascii: "*"): token = .star
        case UInt8(ascii: "]"): token = .rightBracket
        case UInt8(ascii: "{"): token = .leftBrace
        case UInt8(ascii: "}"): token = .rightBrace
        case UInt8(ascii: "("): token = .leftParen
        case UInt8(ascii: ")"): token = .rightParen
        case UInt8(ascii: ","): token = .comma
        case UInt8(ascii: ":"): token = .colon
        case UInt8(ascii: "@"): token = .current
        default:
            position = start
            throw JMESPathError(.syntax, "unexpected character '\(currentCharacter())'", offset: start)
        }
        stream.tokens.append(Token(kind: token, offset: start, payload: payload))
        return true
    }

    private mutating func name(_ text: String) -> Int {
        stream.names.append(text)
        return stream.names.count - 1
    }

    private mutating func literal(_ value: JSONValue) -> Int {
        stream.literals.append(value)
        return stream.literals.count - 1
    }

    private mutating func match(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func number(start: Int) throws(JMESPathError) -> Int {
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard text != "-" else {
            throw JMESPathError(.syntax, "'-' must be followed by digits", offset: start)
        }
        // Indices beyond Int clamp: they are out of range for any array anyway.
        return Int(text) ?? (text.hasPrefix("-") ? Int.min : Int.max)
    }

    /// The bytes between the opening delimiter at `start` and the next unescaped `delimiter`.
    private mutating func delimited(by delimiter: UInt8, start: Int, what: String) throws(JMESPathError) -> ArraySlice<UInt8> {
        let bodyStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if byte == delimiter {
                let body = bytes[bodyStart..<position]
                position += 1
                return body
            }
            position += 1
        }
        throw JMESPathError(.syntax, "unterminated \(what)", offset: start)
    }

    private func currentCharacter() -> String {
        String(decoding: bytes[position...], as: UTF8.self).first.map(String.init) ?? ""
    }

    /// A raw string's text: only `\'` is an escape; every other backslash stays as written.
    static func rawString(_ body: ArraySlice<UInt8>) -> String {
        guard body.contains(UInt8(ascii: "\\")) else { return String(decoding: body, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == UInt8(ascii: "\\"), i + 1 < body.endIndex, body[i + 1] == UInt8(ascii: "'") {
                out.append(UInt8(ascii: "'"))
                i += 2
            } else {
                out.append(body[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of a `` `...` `` literal. Text that is not JSON is read, as jmespath.py (and so the
    /// Azure CLI) still does, as the JSON string of that text with leading whitespace removed:
    /// `` `foo` `` is `"foo"` and `` ` ` `` is `""` (the CLI's own table transformers rely on it).
    static func jsonLiteral(_ text: ArraySlice<UInt8>, offset: Int) throws(JMESPathError) -> JSONValue {
        do {
            return try LiteralJSON.parse(text, offset: offset)
        } catch {
            let trimmed = text.drop { byte in
                byte == UInt8(ascii: " ") || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(byte)
            }
            let quoted = [UInt8(ascii: "\"")] + trimmed + [UInt8(ascii: "\"")]
            if let value = try? LiteralJSON.parse(quoted[...], offset: offset) { return value }
            throw error
        }
    }

    /// A JSON literal's text with its escaped backticks restored.
    static func unescapeBackticks(_ body: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard body.contains(UInt8(ascii: "`")) else { return body }
        var out: [UInt8] = []
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == UInt8(ascii: "\\"), i + 1 < body.endIndex, body[i + 1] == UInt8(ascii: "`") {
                out.append(UInt8(ascii: "`"))
                i += 2
            } else {
                out.append(body[i])
                i += 1
            }
        }
        return out[...]
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
