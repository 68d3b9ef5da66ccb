/// The YAML 1.2 core schema: how an untagged plain scalar becomes null, a boolean, a number or a
/// string. The reader resolves with it and the writer asks it which strings need quotes, so the
/// two always agree.
///
/// Only the core schema's spellings count: `yes`, `no`, `on`, `off` stay strings (YAML 1.1 read
/// them as booleans), and so do timestamps and `=`/`<<` (merge keys are handled by the reader).
enum YAMLCoreSchema {
    /// The value of the plain (unquoted, untagged) scalar `text`.
    static func resolvePlain(_ text: String) -> JSONValue {
        let bytes = text.utf8
        guard let first = bytes.first else { return .null }
        // Every non-string form starts with one of these; anything else is a string at once.
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            return null(text) ?? .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(text).map(JSONValue.bool) ?? .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return number(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    /// `null` for the core schema's null spellings (the empty string among them).
    static func null(_ text: String) -> JSONValue? {
        switch text {
        case "", "~", "null", "Null", "NULL": .null
        default: nil
        }
    }

    /// The boolean for `true`/`True`/`TRUE`/`false`/`False`/`FALSE`.
    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// An integer (decimal, `0o` octal, `0x` hex) or a float (`1.5`, `1e3`, `.inf`, `.nan`).
    static func number(_ text: String) -> JSONValue? {
        integer(text) ?? float(text).map(JSONValue.double)
    }

    /// A core-schema integer; one outside the 64-bit range becomes a double.
    static func integer(_ text: String) -> JSONValue? {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "o") { return radix(bytes.dropFirst(2), base: 8) }
            if bytes[1] == UInt8(ascii: "x") { return radix(bytes.dropFirst(2), base: 16) }
        }
        var digits = bytes[...]
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy(isDecimalDigit) else { return nil }
        if let value = Int64(text) { return .int(value) }
        return Double(text).map(JSONValue.double)
    }

    /// A core-schema float, including `.inf`, `-.inf` and `.nan` in their three spellings.
    static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard isFloatSyntax(Array(text.utf8)) else { return nil }
        return Double(text)
    }

    /// `[-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isFloatSyntax(_ b: [UInt8]) -> Bool {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        let intStart = i
        while i < b.count, isDecimalDigit(b[i]) { i += 1 }
        let intDigits = i - intStart
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let fracStart = i
            while i < b.count, isDecimalDigit(b[i]) { i += 1 }
            if intDigits == 0 && i == fracStart { return false }
        } else if intDigits == 0 {
            return false
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            let expStart = i
            while i < b.count, isDecimalDigit(b[i]) { i += 1 }
            if i == expStart { return false }
        }
        return i == b.count
    }

    private static func radix(_ digits: ArraySlice<UInt8>, base: Int) -> JSONValue? {
        var exact: Int64? = 0
        var approximate = 0.0
        for byte in digits {
            guard let d = digitValue(byte), d < base else { return nil }
            approximate = approximate * Double(base) + Double(d)
            if let e = exact {
                let (m, o1) = e.multipliedReportingOverflow(by: Int64(base))
                let (s, o2) = m.addingReportingOverflow(Int64(d))
                exact = (o1 || o2) ? nil : s
            }
        }
        return exact.map(JSONValue.int) ?? .double(approximate)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    private static func isDecimalDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
