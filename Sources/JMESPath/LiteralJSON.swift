import ArmletJSON

/// A strict JSON reader for the text of `` `...` `` literals and the escapes of quoted identifiers.
///
/// Unlike ``JSONReader`` (which follows ARM: comments allowed, keys unique ignoring case), JMESPath
/// literals are plain JSON whose keys are case-sensitive, so `{"a": 1, "A": 2}` keeps both members.
struct LiteralJSON {
    private let bytes: ArraySlice<UInt8>
    private var position: Int
    /// Where the literal starts in the expression, for error offsets.
    private let offset: Int
    private var depth = 0

    private init(_ bytes: ArraySlice<UInt8>, offset: Int) {
        self.bytes = bytes
        self.position = bytes.startIndex
        self.offset = offset
    }

    /// The JSON value written in `bytes` (surrounding whitespace allowed).
    static func parse(_ bytes: ArraySlice<UInt8>, offset: Int) throws(JMESPathError) -> JSONValue {
        var reader = LiteralJSON(bytes, offset: offset)
        reader.skipWhitespace()
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.position == bytes.endIndex else { throw reader.failure("unexpected text after the JSON value") }
        return value
    }

    /// The text of a JSON string body (without its quotes), with its escapes decoded.
    static func unescapeString(_ body: ArraySlice<UInt8>, offset: Int) throws(JMESPathError) -> String {
        var reader = LiteralJSON(body, offset: offset)
        return try reader.stringBody(until: nil)
    }

    private func failure(_ message: String) -> JMESPathError {
        JMESPathError(.syntax, "invalid JSON literal: " + message, offset: offset)
    }

    private mutating func skipWhitespace() {
        while position < bytes.endIndex, Lexer.isWhitespace(bytes[position]) { position += 1 }
    }

    private mutating func value() throws(JMESPathError) -> JSONValue {
        guard position < bytes.endIndex else { throw failure("expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""):
            position += 1
            return .string(try stringBody(until: UInt8(ascii: "\"")))
        case UInt8(ascii: "t"): return try keyword("true", .bool(true))
        case UInt8(ascii: "f"): return try keyword("false", .bool(false))
        case UInt8(ascii: "n"): return try keyword("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value")
        }
    }

    private mutating func keyword(_ word: String, _ value: JSONValue) throws(JMESPathError) -> JSONValue {
        let count = word.utf8.count
        guard bytes.endIndex - position >= count, word.utf8.elementsEqual(bytes[position..<(position + count)]) else {
            throw failure("expected a value")
        }
        position += count
        return value
    }

    private mutating func number() throws(JMESPathError) -> JSONValue {
        let start = position
        var integral = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        skipDigits()
        guard position > digitsStart else { throw failure("expected digits") }
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: ".") {
            integral = false
            position += 1
            let fractionStart = position
            skipDigits()
            guard position > fractionStart else { throw failure("expected digits after '.'") }
        }
        if position < bytes.endIndex, bytes[position] | 0x20 == UInt8(ascii: "e") {
            integral = false
            position += 1
            if position < bytes.endIndex, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            let exponentStart = position
            skipDigits()
            guard position > exponentStart else { throw failure("expected digits in the exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if integral, let int = Int64(text) { return .int(int) }
        guard let double = Double(text) else { throw failure("invalid number") }
        return .double(double)
    }

    private mutating func skipDigits() {
        while position < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
    }

    private mutating func array() throws(JMESPathError) -> JSONValue {
        try enter()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            guard position < bytes.endIndex else { throw failure("unterminated array") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else { throw failure("expected ',' or ']' in array") }
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func object() throws(JMESPathError) -> JSONValue {
        try enter()
        position += 1
        var builder = ObjectBuilder()
        skipWhitespace()
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(builder.build())
        }
        while true {
            skipWhitespace()
            guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a member name")
            }
            position += 1
            let key = try stringBody(until: UInt8(ascii: "\""))
            skipWhitespace()
            guard position < bytes.endIndex, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            position += 1
            skipWhitespace()
            builder.set(key, try value())
            skipWhitespace()
            guard position < bytes.endIndex else { throw failure("unterminated object") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else { throw failure("expected ',' or '}' in object") }
        }
        depth -= 1
        return .object(builder.build())
    }

    private mutating func enter() throws(JMESPathError) {
        depth += 1
        guard depth <= JSONReader.maximumDepth else { throw failure("nested too deeply") }
    }

    /// Decodes string content up to `terminator` (consumed), or to the end when it is `nil`.
    private mutating func stringBody(until terminator: UInt8?) throws(JMESPathError) -> String {
        var out: [UInt8] = []
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            if let terminator, byte == terminator { return String(decoding: out, as: UTF8.self) }
            if byte < 0x20 { throw failure("control character in string") }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                continue
            }
            guard position < bytes.endIndex else { throw failure("unterminated escape") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexQuad()
                if (0xD800..<0xDC00).contains(scalar), bytes.endIndex - position >= 6,
                    bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                {
                    let saved = position
                    position += 2
                    let low = try hexQuad()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = saved
                    }
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: throw failure("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
            }
        }
        if terminator != nil { throw failure("unterminated string") }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hexQuad() throws(JMESPathError) -> UInt32 {
        guard bytes.endIndex - position >= 4 else { throw failure("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
