/// Strings and numbers for ``JSONScanner``.
extension JSONScanner {
    mutating func readString() throws(JSONReadError) -> String {
        let token = try scanString()
        return token.decoded ?? makeString(token.start, token.end)
    }

    /// The text of the bytes `start..<end` (UTF-8, without escapes).
    @inline(__always)
    func makeString(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The member name in the bytes `start..<end` (UTF-8, without escapes, hashed `hash`), shared
    /// with earlier occurrences of the same name through ``strings``.
    @inline(__always)
    func sharedString(_ start: Int, _ end: Int, hash: UInt64) -> String {
        let length = end - start
        guard length > 15, length <= StringTable.maximumLength, let strings else { return makeString(start, end) }
        return strings.string(bytes, start, end, hash: hash)
    }

    /// Reads a string token: the bytes between the quotes when they hold no escape (`decoded` is
    /// `nil`), otherwise the decoded text.
    mutating func scanString() throws(JSONReadError) -> (start: Int, end: Int, decoded: String?) {
        let open = (line: line, lineStart: lineStart, pos: pos, nonASCII: lineHasNonASCII)
        pos += 1
        let start = pos
        // Fast path: no escapes, so the bytes between the quotes are the string. Eight bytes at
        // a time to the first quote, backslash, line feed or non-ASCII byte (the lowest flagged
        // byte of the SWAR test is exact), then one byte to decide.
        let raw = bytes.baseAddress.map { UnsafeRawPointer($0) }
        while true {
            if let raw {
                while pos + 8 <= bytes.count {
                    let v = raw.loadUnaligned(fromByteOffset: pos, as: UInt64.self)
                    let special = hasZeroByte(v ^ 0x2222_2222_2222_2222) | hasZeroByte(v ^ 0x5C5C_5C5C_5C5C_5C5C)
                        | hasZeroByte(v ^ 0x0A0A_0A0A_0A0A_0A0A) | (v & 0x8080_8080_8080_8080)
                    if special != 0 {
                        pos += special.trailingZeroBitCount >> 3
                        break
                    }
                    pos += 8
                }
            }
            guard pos < bytes.count else { break }
            let b = bytes[pos]
            if b == 0x22 {
                pos += 1
                return (start, pos - 1, nil)
            }
            if b == 0x5C { break }
            if b == 0x0A { newline(at: pos) } else if b >= 0x80 { lineHasNonASCII = true }
            pos += 1
        }
        guard pos < bytes.count else {
            line = open.line; lineStart = open.lineStart; lineHasNonASCII = open.nonASCII
            throw error("Unterminated string: the '\"' has no closing quote", at: open.pos)
        }
        var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x22:
                pos += 1
                return (start, pos - 1, String(decoding: utf8, as: UTF8.self))
            case 0x5C:
                try readEscape(into: &utf8)
            default:
                if b == 0x0A { newline(at: pos) } else if b >= 0x80 { lineHasNonASCII = true }
                utf8.append(b)
                pos += 1
            }
        }
        line = open.line; lineStart = open.lineStart; lineHasNonASCII = open.nonASCII
        throw error("Unterminated string: the '\"' has no closing quote", at: open.pos)
    }

    mutating func readEscape(into utf8: inout [UInt8]) throws(JSONReadError) {
        guard pos + 1 < bytes.count else { throw error("Unterminated escape sequence in string") }
        let c = bytes[pos + 1]
        switch c {
        case 0x22: utf8.append(0x22)
        case 0x5C: utf8.append(0x5C)
        case 0x2F: utf8.append(0x2F)
        case 0x62: utf8.append(0x08)
        case 0x66: utf8.append(0x0C)
        case 0x6E: utf8.append(0x0A)
        case 0x72: utf8.append(0x0D)
        case 0x74: utf8.append(0x09)
        case 0x75:
            var scalar = try readHex4(at: pos + 2)
            pos += 6
            if (0xD800...0xDBFF).contains(scalar), pos + 1 < bytes.count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x75 {
                let low = try readHex4(at: pos + 2)
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
                }
            }
            let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            utf8.append(contentsOf: String(Character(unicode)).utf8)
            return
        default:
            throw error("Invalid escape sequence '\\\(Character(Unicode.Scalar(c)))' in string", at: pos)
        }
        pos += 2
    }

    func readHex4(at offset: Int) throws(JSONReadError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("Incomplete '\\u' escape sequence in string", at: offset - 2) }
        var value: UInt32 = 0
        for i in offset..<(offset + 4) {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw error("Invalid '\\u' escape sequence in string: \(describe(b)) is not a hex digit", at: i)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    mutating func readNumber() throws(JSONReadError) -> JSONValue {
        let start = pos
        var negative = false
        if bytes[pos] == 0x2D {
            negative = true
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("Invalid number: '-' must be followed by a digit", at: start) }
        }
        let digitsStart = pos
        var magnitude: UInt64 = 0
        var overflow = false
        while pos < bytes.count, isDigit(bytes[pos]) {
            let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(bytes[pos] - 0x30))
            overflow = overflow || o1 || o2
            magnitude = a
            pos += 1
        }
        if pos - digitsStart > 1, bytes[digitsStart] == 0x30 {
            throw error("Invalid number: leading zeros are not allowed", at: start)
        }
        var isInteger = true
        if pos < bytes.count, bytes[pos] == 0x2E {
            isInteger = false
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("Invalid number: a digit must follow '.'", at: start) }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == 0x65 || bytes[pos] == 0x45 {
            isInteger = false
            pos += 1
            if pos < bytes.count, bytes[pos] == 0x2B || bytes[pos] == 0x2D { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("Invalid number: a digit must follow the exponent", at: start) }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, isIdentifierByte(bytes[pos]) {
            throw error("Invalid number: unexpected character \(describe(bytes[pos]))")
        }
        if isInteger, !overflow {
            if !negative, magnitude <= UInt64(Int64.max) { return .int(Int64(magnitude)) }
            if negative, magnitude <= UInt64(Int64.max) + 1 { return .int(magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        guard let d = Double(text) else { throw error("Invalid number '\(text)'", at: start) }
        return .double(d)
    }

    /// Non-zero when some byte of `v` is zero (the classic SWAR test; exact for "any").
    @inline(__always)
    func hasZeroByte(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    @inline(__always)
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
