/// The byte-level JSONC parser behind ``JSONReader``.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let recordPositions: Bool
    var pos = 0
    var line = 1
    var lineStart = 0
    /// Set when the current line holds non-ASCII bytes, so columns count characters, not bytes.
    var lineHasNonASCII = false
    var depth = 0
    /// Where each value was written, in document order (see ``SourceMapBuilder``).
    let nodes = MoveStack<SourceMapNode>()
    /// Scratch stacks shared by all open containers, so each finished container is moved out
    /// with exactly one allocation instead of growing its own arrays.
    let keyStack = MoveStack<String>()
    let valueStack = MoveStack<JSONValue>()
    /// The case-folded hash of each key on `keyStack` (see ``textHash(_:_:)``).
    let keyHashes = MoveStack<UInt64>()
    /// Member names the document repeats, built once.
    let strings: StringTable?
    /// Lists of member names the document repeats, built once.
    let keyLists: KeyListTable?
    /// Documents smaller than this are read without the tables above (setting them up would cost
    /// more than they save).
    static let sharingThreshold = 8 << 10

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, recordPositions: Bool) {
        self.bytes = bytes
        self.file = file
        self.recordPositions = recordPositions
        let sharing = bytes.count >= JSONScanner.sharingThreshold
        strings = sharing ? StringTable() : nil
        keyLists = sharing ? KeyListTable() : nil
    }

    mutating func readDocument() throws(JSONReadError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        try skipTrivia()
        guard pos < bytes.count else { throw error("The document is empty") }
        let value = try readValue(keyLine: 0, keyColumn: 0)
        try skipTrivia()
        if pos < bytes.count {
            throw error("Additional text found after the end of the JSON content")
        }
        return value
    }

    // MARK: - Positions

    @inline(__always)
    func column(at offset: Int) -> Int {
        guard lineHasNonASCII else { return offset - lineStart + 1 }
        var count = 0
        var i = lineStart
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count + 1
    }

    func location(at offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column(at: offset))
    }

    func error(_ reason: String, at offset: Int? = nil) -> JSONReadError {
        JSONReadError(reason, location: location(at: min(offset ?? pos, bytes.count)))
    }

    func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x0A: "a line break"
        case 0x09: "a tab"
        case 0x20...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        default: "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    // MARK: - Trivia

    @inline(__always)
    mutating func newline(at offset: Int) {
        line += 1
        lineStart = offset + 1
        lineHasNonASCII = false
    }

    /// Skips trivia, returning at once when the next byte cannot start any (the common case
    /// between a member name and its ':').
    @inline(__always)
    mutating func skipTriviaIfAny() throws(JSONReadError) {
        if pos < bytes.count, bytes[pos] > 0x20, bytes[pos] != 0x2F { return }
        try skipTrivia()
    }

    /// Indentation: eight bytes at a time to the first byte that is not a space.
    @inline(__always)
    mutating func skipSpaces() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        while pos + 8 <= bytes.count {
            let other = raw.loadUnaligned(fromByteOffset: pos, as: UInt64.self) ^ 0x2020_2020_2020_2020
            if other != 0 {
                pos += other.trailingZeroBitCount >> 3
                return
            }
            pos += 8
        }
    }

    mutating func skipTrivia() throws(JSONReadError) {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0D:
                pos += 1
                skipSpaces()
            case 0x0A:
                newline(at: pos)
                pos += 1
                skipSpaces()
            case 0x2F: // '/'
                guard pos + 1 < bytes.count else { throw error("Unexpected character '/'") }
                if bytes[pos + 1] == 0x2F {
                    pos += 2
                    while pos < bytes.count, bytes[pos] != 0x0A {
                        if bytes[pos] >= 0x80 { lineHasNonASCII = true }
                        pos += 1
                    }
                } else if bytes[pos + 1] == 0x2A {
                    let start = pos
                    let startLine = line
                    let startLineStart = lineStart
                    pos += 2
                    var closed = false
                    while pos < bytes.count {
                        let c = bytes[pos]
                        if c == 0x2A, pos + 1 < bytes.count, bytes[pos + 1] == 0x2F {
                            pos += 2
                            closed = true
                            break
                        }
                        if c == 0x0A { newline(at: pos) } else if c >= 0x80 { lineHasNonASCII = true }
                        pos += 1
                    }
                    if !closed {
                        line = startLine
                        lineStart = startLineStart
                        throw error("Unterminated comment: '/*' has no closing '*/'", at: start)
                    }
                } else {
                    throw error("Unexpected character '/'; comments start with '//' or '/*'")
                }
            default:
                return
            }
        }
    }

    // MARK: - Values

    mutating func readValue(keyLine: Int, keyColumn: Int) throws(JSONReadError) -> JSONValue {
        let node = recordPositions
            ? beginNode(keyLine: keyLine, keyColumn: keyColumn) : 0
        let value: JSONValue
        switch bytes[pos] {
        case 0x7B: value = try readObject()
        case 0x5B: value = try readArray()
        case 0x22: value = .string(try readString())
        case 0x74: try expectWord("true"); value = .bool(true)
        case 0x66: try expectWord("false"); value = .bool(false)
        case 0x6E: try expectWord("null"); value = .null
        case 0x2D, 0x30...0x39: value = try readNumber()
        case 0x27: throw error("Strings must be quoted with '\"', not \"'\"")
        default: throw error("Unexpected character \(describe(bytes[pos])) where a value was expected")
        }
        if recordPositions { nodes[node].subtreeSize = Int32(truncatingIfNeeded: nodes.count - node) }
        return value
    }

    /// Records the value starting at `pos` (its member name at `keyLine`/`keyColumn`, 0 when it
    /// has none) and returns its node number.
    @inline(__always)
    func beginNode(keyLine: Int, keyColumn: Int) -> Int {
        nodes.push(SourceMapNode(line: line, column: column(at: pos), keyLine: keyLine, keyColumn: keyColumn))
        return nodes.count - 1
    }

    /// The finished source map of `root`.
    func sourceMap(root: JSONValue) -> SourceMap {
        SourceMapBuilder(nodes: nodes.popArray(from: 0)).build(file: file, root: root)
    }

    mutating func expectWord(_ word: StaticString) throws(JSONReadError) {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        guard pos + count <= bytes.count else { throw error("Unexpected end of text where a value was expected") }
        for i in 0..<count where bytes[pos + i] != start[i] {
            throw error("Unexpected character \(describe(bytes[pos])) where a value was expected")
        }
        pos += count
        if pos < bytes.count, isIdentifierByte(bytes[pos]) {
            throw error("Unexpected character \(describe(bytes[pos])) after '\(word)'")
        }
    }

    func isIdentifierByte(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F
    }

    mutating func enterContainer() throws(JSONReadError) {
        depth += 1
        if depth > JSONReader.maximumDepth {
            throw error("The JSON content is nested more than \(JSONReader.maximumDepth) levels deep")
        }
    }

    mutating func readObject() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        let open = (line: line, lineStart: lineStart, pos: pos)
        pos += 1
        let base = keyStack.count
        let valueBase = valueStack.count
        var seen: Set<String>? = nil
        // One bit per key hash (mod 64): a key whose bit is clear cannot be a duplicate, so most
        // keys need no look at the earlier ones. Keys compared in full set every bit.
        var filter: UInt64 = 0
        // The hash of the key list so far, for ``KeyListTable`` (which shares only ASCII lists).
        var listHash: UInt64 = 0x9E37_79B9_7F4A_7C15
        var shareable = true
        try skipTriviaIfAny()
        if pos < bytes.count, bytes[pos] == 0x7D {
            pos += 1
            depth -= 1
            return .object(JSONObject())
        }
        while true {
            guard pos < bytes.count else {
                line = open.line; lineStart = open.lineStart
                throw error("Unterminated object: '{' has no matching '}'", at: open.pos)
            }
            guard bytes[pos] == 0x22 else {
                if bytes[pos] == 0x7D { throw error("Unexpected '}' after ','; a property name was expected") }
                throw error("Unexpected character \(describe(bytes[pos])) where a property name in double quotes was expected")
            }
            let keyOffset = pos
            let keyLine = line
            let keyColumn = recordPositions ? column(at: pos) : 0
            let token = try scanString()
            let hash = token.decoded == nil ? textHash(token.start, token.end) : JSONScanner.compareAlways
            let key = token.decoded ?? sharedString(token.start, token.end, hash: hash)
            let compareInFull = hash & JSONScanner.compareAlways != 0
            let bit: UInt64 = compareInFull ? ~0 : 1 << ((hash >> 32) & 63)
            if filter & bit != 0, let written = duplicate(of: key, hash: hash, base: base, seen: &seen) {
                let sameCase = written == key ? "" : " (as '\(written)')"
                throw JSONReadError(
                    "Duplicate property '\(key)': the name was already used\(sameCase) in this object; property names are compared ignoring case",
                    location: SourceLocation(file: file, line: keyLine, column: keyColumn == 0 ? column(at: keyOffset) : keyColumn))
            }
            try skipTriviaIfAny()
            guard pos < bytes.count, bytes[pos] == 0x3A else {
                if pos >= bytes.count { throw error("Unexpected end of text: ':' expected after property name '\(key)'") }
                throw error("Expected ':' after property name '\(key)' but found \(describe(bytes[pos]))")
            }
            pos += 1
            try skipTriviaIfAny()
            guard pos < bytes.count else { throw error("Unexpected end of text: a value was expected for property '\(key)'") }
            let value = try readValue(keyLine: keyLine, keyColumn: keyColumn)
            filter |= bit
            listHash = KeyListTable.combine(listHash, hash)
            if compareInFull { shareable = false }
            keyStack.push(key)
            keyHashes.push(hash)
            valueStack.push(value)
            try skipTriviaIfAny()
            guard pos < bytes.count else {
                line = open.line; lineStart = open.lineStart
                throw error("Unterminated object: '{' has no matching '}'", at: open.pos)
            }
            switch bytes[pos] {
            case 0x2C:
                pos += 1
                try skipTriviaIfAny()
            case 0x7D:
                pos += 1
                depth -= 1
                let keys = (shareable ? keyLists : nil)?.take(keyStack, from: base, hash: listHash)
                    ?? keyStack.popArray(from: base)
                keyHashes.truncate(to: base)
                return .object(JSONObject(uniqueKeys: keys, values: valueStack.popArray(from: valueBase)))
            case 0x22:
                throw error("Expected ',' or '}' after the value of property '\(key)' but found '\"' (a missing comma?)")
            default:
                throw error("Expected ',' or '}' after the value of property '\(key)' but found \(describe(bytes[pos]))")
            }
        }
    }

    /// The earlier spelling of `key` among the open object's keys (from `base`), if it is a duplicate.
    /// Keys whose hashes differ are different; only equal hashes (or keys outside ASCII) are compared.
    func duplicate(of key: String, hash: UInt64, base: Int, seen: inout Set<String>?) -> String? {
        let count = keyStack.count - base
        if count < 64 {
            for i in base..<keyStack.count {
                let other = keyHashes[i]
                guard other == hash || (other | hash) & JSONScanner.compareAlways != 0 else { continue }
                if JSONObject.equalIgnoringCase(keyStack[i], key) { return keyStack[i] }
            }
            return nil
        }
        if seen == nil { seen = Set((base..<keyStack.count).map { keyStack[$0].lowercased() }) }
        let folded = key.lowercased()
        guard seen?.contains(folded) == true else {
            seen?.insert(folded)
            return nil
        }
        return (base..<keyStack.count).map { keyStack[$0] }.first { $0.lowercased() == folded }
    }

    mutating func readArray() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        let open = (line: line, lineStart: lineStart, pos: pos)
        pos += 1
        let base = valueStack.count
        try skipTriviaIfAny()
        if pos < bytes.count, bytes[pos] == 0x5D {
            pos += 1
            depth -= 1
            return .array([])
        }
        while true {
            guard pos < bytes.count else {
                line = open.line; lineStart = open.lineStart
                throw error("Unterminated array: '[' has no matching ']'", at: open.pos)
            }
            if bytes[pos] == 0x5D { throw error("Unexpected ']' after ','; a value was expected") }
            let element = try readValue(keyLine: 0, keyColumn: 0)
            valueStack.push(element)
            try skipTriviaIfAny()
            guard pos < bytes.count else {
                line = open.line; lineStart = open.lineStart
                throw error("Unterminated array: '[' has no matching ']'", at: open.pos)
            }
            switch bytes[pos] {
            case 0x2C:
                pos += 1
                try skipTriviaIfAny()
            case 0x5D:
                pos += 1
                depth -= 1
                return .array(valueStack.popArray(from: base))
            default:
                throw error("Expected ',' or ']' after an array element but found \(describe(bytes[pos])) (a missing comma?)")
            }
        }
    }
}
