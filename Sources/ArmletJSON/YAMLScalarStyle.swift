/// How ``YAMLWriter`` writes a string so that ``YAMLReader`` reads back exactly that string.
enum YAMLScalarStyle: Equatable {
    /// As is, unquoted.
    case plain
    /// In double quotes, with escapes.
    case doubleQuoted
    /// As a literal block (`|-` without a final line break, `|` with exactly one).
    case literal(keepsFinalLineBreak: Bool)

    /// The style for `text` written as a value (`asKey == false`) or as a mapping key.
    static func choose(for text: String, asKey: Bool) -> YAMLScalarStyle {
        if isPlainSafe(text) { return .plain }
        if !asKey, let literal = literalStyle(for: text) { return literal }
        return .doubleQuoted
    }

    /// Whether `text` can be written unquoted: it would read back as the same string under the
    /// core schema (and under YAML 1.1), and contains nothing YAML would take as syntax.
    static func isPlainSafe(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if startsIndicator(first) { return false }
        // Document markers, and the merge key the reader refuses.
        if text.hasPrefix("---") || text.hasPrefix("...") || text == "<<" { return false }
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if !isQuietPrintable(scalar) { return false }
            // ": " and " #" end a plain scalar; so would ":" before a line end (checked above).
            if previous == ":" && scalar == " " { return false }
            if previous == " " && scalar == "#" { return false }
            previous = scalar
        }
        guard case .string = YAMLCoreSchema.resolvePlain(text) else { return false }
        return !mayBeNonStringInYAML11(text)
    }

    /// Whether a YAML 1.1 reader (PyYAML, and so the Azure CLI) might read `text` as a boolean,
    /// number or timestamp. Armlet reads these as strings, but quoting them keeps the text
    /// portable; the test is deliberately broad, since an extra quote costs nothing.
    static func mayBeNonStringInYAML11(_ text: String) -> Bool {
        switch text {
        case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
             "on", "On", "ON", "off", "Off", "OFF", "=":
            return true
        default:
            break
        }
        guard let first = text.utf8.first,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "+")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        return text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                 UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."),
                 UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "o"),
                 UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "z"), UInt8(ascii: "Z"):
                true
            default:
                false
            }
        }
    }

    /// `|-` or `|` when a literal block reproduces `text` exactly, otherwise `nil`.
    static func literalStyle(for text: String) -> YAMLScalarStyle? {
        guard text.contains("\n") else { return nil }
        var body = Substring(text)
        var keepsFinalLineBreak = false
        if body.hasSuffix("\n") {
            body = body.dropLast()
            keepsFinalLineBreak = true
        }
        // More than one final break, or a first content line that starts with a space, would
        // change the chomping or the detected indentation.
        if body.isEmpty || body.hasSuffix("\n") { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstContent = lines.first(where: { !$0.isEmpty }), firstContent.first != " " else { return nil }
        for line in lines {
            // A line of only spaces reads back as an empty line.
            if !line.isEmpty && line.allSatisfy({ $0 == " " }) { return nil }
            for scalar in line.unicodeScalars where !isQuietPrintable(scalar) { return nil }
        }
        return .literal(keepsFinalLineBreak: keepsFinalLineBreak)
    }

    /// `text` in double quotes with every character YAML could misread escaped.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if isQuietPrintable(scalar) || scalar == " " {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        out += "\""
        return out
    }

    /// A character that can start YAML syntax when it opens a plain scalar.
    private static func startsIndicator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            true
        default:
            false
        }
    }

    /// Printable and never a line break, tab, byte-order mark or other character YAML treats
    /// specially (NEL, LS, PS) — so it may appear unescaped anywhere.
    private static func isQuietPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA0...0x2027, 0x202A...0xD7FF: true
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
