import ArmletJSON

/// Reads the JSON-like bodies `az deployment group create/validate/what-if` send: the CLI splices the
/// template file's text in verbatim behind an unquoted `template` key (`{"properties": {…, template:
/// {…}}}`), so the body may have bare member names and `//` or `/* */` comments.
///
/// A pre-pass quotes bare member names — an identifier right after `{` or `,` (comments and
/// whitespace between are skipped) and followed by `:` — and leaves every string and comment
/// untouched; the result goes through the ordinary ``JSONReader`` (which accepts comments). Values
/// (`true`, `false`, `null`) are never followed by `:`, so they are left alone. The template reader
/// itself stays strict: only request bodies take this road.
enum LenientJSON {
    /// `bytes` read as JSON after quoting bare member names.
    /// - Throws: ``JSONReadError`` when the text is not JSON even so.
    static func read(_ bytes: [UInt8]) throws(JSONReadError) -> JSONValue {
        try JSONReader.read(quotingBareKeys(bytes)).value
    }

    /// `bytes` with every bare member name put in double quotes.
    static func quotingBareKeys(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        var expectingKey = false
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\""):
                let end = stringEnd(bytes, from: i)
                out.append(contentsOf: bytes[i..<end])
                i = end
                expectingKey = false
                continue
            case UInt8(ascii: "/") where i + 1 < n && (bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "*")):
                let end = commentEnd(bytes, from: i)
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue // a comment keeps `expectingKey` as it was
            case UInt8(ascii: "{"), UInt8(ascii: ","):
                expectingKey = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            default:
                if expectingKey, isIdentifierStart(c) {
                    var end = i
                    while end < n, isIdentifierPart(bytes[end]) { end += 1 }
                    if nextSignificant(bytes, from: end) == UInt8(ascii: ":") {
                        out.append(UInt8(ascii: "\""))
                        out.append(contentsOf: bytes[i..<end])
                        out.append(UInt8(ascii: "\""))
                        i = end
                        expectingKey = false
                        continue
                    }
                }
                expectingKey = false
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
    }

    private static func isIdentifierPart(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= 0x30 && c <= 0x39)
    }

    /// The index just past the string starting at `start` (the opening quote), or the end of input.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start + 1
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == UInt8(ascii: "\"") { return i + 1 }
            i += 1
        }
        return bytes.count
    }

    /// The index just past the comment starting at `start`.
    private static func commentEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start + 2
        if bytes[start + 1] == UInt8(ascii: "/") {
            while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            return i
        }
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "*"), bytes[i + 1] == UInt8(ascii: "/") { return i + 2 }
            i += 1
        }
        return bytes.count
    }

    /// The next byte that is neither whitespace nor inside a comment.
    private static func nextSignificant(_ bytes: [UInt8], from start: Int) -> UInt8? {
        var i = start
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
                i += 1
            } else if c == UInt8(ascii: "/"), i + 1 < bytes.count,
                      bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "*") {
                i = commentEnd(bytes, from: i)
            } else {
                return c
            }
        }
        return nil
    }
}
