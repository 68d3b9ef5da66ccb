import ArmletJSON

/// JSON text as ARM prints it from `string()`: compact, no whitespace, members in order, strings
/// escaping `"`, `\` and control characters only (Newtonsoft's default), doubles in round-trip form
/// with `.0` on integral values — exactly ``JSONWriter``'s compact style.
enum JSONText {
    static func compact(_ value: JSONValue) -> String {
        JSONWriter.write(value, style: .compact)
    }
}

/// A lenient JSON reader for `json()` and `base64ToJson()`: accepts single-quoted strings and
/// comments as Newtonsoft does; integers that fit in 64 bits stay integers.
struct LenientJSONParser {
    private let units: [UInt8]
    private var i = 0

    struct Failure: Error { var offset: Int }

    init(_ text: String) { units = Array(text.utf8) }

    static func parse(_ text: String) throws -> JSONValue {
        var p = LenientJSONParser(text)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        guard p.i == p.units.count else { throw Failure(offset: p.i) }
        return v
    }

    private mutating func skipSpace() {
        while i < units.count {
            let c = units[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                i += 1
            } else if c == 0x2F, i + 1 < units.count, units[i + 1] == 0x2F {
                while i < units.count, units[i] != 0x0A { i += 1 }
            } else if c == 0x2F, i + 1 < units.count, units[i + 1] == 0x2A {
                i += 2
                while i + 1 < units.count, !(units[i] == 0x2A && units[i + 1] == 0x2F) { i += 1 }
                i += 2
            } else {
                return
            }
        }
    }

    private mutating func value() throws -> JSONValue {
        guard i < units.count else { throw Failure(offset: i) }
        switch units[i] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22, 0x27: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: String) throws {
        let bytes = Array(word.utf8)
        guard i + bytes.count <= units.count, Array(units[i..<i + bytes.count]) == bytes else { throw Failure(offset: i) }
        i += bytes.count
    }

    private mutating func object() throws -> JSONValue {
        i += 1
        var o = JSONObject()
        skipSpace()
        if i < units.count, units[i] == 0x7D { i += 1; return .object(o) }
        while true {
            skipSpace()
            guard i < units.count else { throw Failure(offset: i) }
            let key: String
            if units[i] == 0x22 || units[i] == 0x27 {
                key = try string()
            } else {
                let start = i
                while i < units.count, units[i] != 0x3A, units[i] != 0x20 { i += 1 }
                key = String(decoding: units[start..<i], as: UTF8.self)
            }
            skipSpace()
            guard i < units.count, units[i] == 0x3A else { throw Failure(offset: i) }
            i += 1
            skipSpace()
            o[key] = try value()
            skipSpace()
            guard i < units.count else { throw Failure(offset: i) }
            if units[i] == 0x2C { i += 1; continue }
            if units[i] == 0x7D { i += 1; return .object(o) }
            throw Failure(offset: i)
        }
    }

    private mutating func array() throws -> JSONValue {
        i += 1
        var a: [JSONValue] = []
        skipSpace()
        if i < units.count, units[i] == 0x5D { i += 1; return .array(a) }
        while true {
            skipSpace()
            a.append(try value())
            skipSpace()
            guard i < units.count else { throw Failure(offset: i) }
            if units[i] == 0x2C { i += 1; continue }
            if units[i] == 0x5D { i += 1; return .array(a) }
            throw Failure(offset: i)
        }
    }

    private mutating func string() throws -> String {
        let quote = units[i]
        i += 1
        var bytes: [UInt8] = []
        while i < units.count {
            let c = units[i]
            i += 1
            if c == quote { return String(decoding: bytes, as: UTF8.self) }
            if c == 0x5C {
                guard i < units.count else { break }
                let e = units[i]
                i += 1
                switch e {
                case 0x6E: bytes.append(0x0A)
                case 0x72: bytes.append(0x0D)
                case 0x74: bytes.append(0x09)
                case 0x62: bytes.append(0x08)
                case 0x66: bytes.append(0x0C)
                case 0x75:
                    guard i + 4 <= units.count, var code = UInt32(String(decoding: units[i..<i + 4], as: UTF8.self), radix: 16)
                    else { throw Failure(offset: i) }
                    i += 4
                    if code >= 0xD800, code < 0xDC00, i + 6 <= units.count, units[i] == 0x5C, units[i + 1] == 0x75,
                       let low = UInt32(String(decoding: units[i + 2..<i + 6], as: UTF8.self), radix: 16)
                    {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    bytes.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
                default: bytes.append(e)
                }
            } else {
                bytes.append(c)
            }
        }
        throw Failure(offset: i)
    }

    private mutating func number() throws -> JSONValue {
        let start = i
        while i < units.count, (units[i] >= 0x30 && units[i] <= 0x39) || units[i] == 0x2D || units[i] == 0x2B
            || units[i] == 0x2E || units[i] == 0x65 || units[i] == 0x45
        {
            i += 1
        }
        let text = String(decoding: units[start..<i], as: UTF8.self)
        if let v = Int64(text) { return .int(v) }
        if let d = Double(text) { return .double(d) }
        throw Failure(offset: start)
    }
}
