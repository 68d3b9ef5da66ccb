/// PyYAML's three scalar writers, with its folding: a single space past column 80 becomes a line
/// break and indentation (plain and single-quoted), or `\` and a break (double-quoted).
extension PythonYAMLEmitter {
    /// `write_plain`. Plain scalars never hold line breaks here (the analysis rules them out).
    mutating func writePlain(_ text: [Unicode.Scalar], split: Bool) {
        guard !text.isEmpty else { return }
        if !whitespace {
            output.append(" ")
            column += 1
        }
        whitespace = false
        indention = false
        var start = 0
        var spaces = false
        for end in 0...text.count {
            let c: Unicode.Scalar? = end < text.count ? text[end] : nil
            if spaces {
                if c != " " {
                    if start + 1 == end && column > Self.bestWidth && split {
                        writeIndent()
                        whitespace = false
                        indention = false
                    } else {
                        write(text[start..<end])
                    }
                    start = end
                }
            } else if c == nil || c == " " || c.map(PythonYAMLScalarAnalysis.isBreak) == true {
                write(text[start..<end])
                start = end
            }
            spaces = c == " "
        }
    }

    /// `write_single_quoted`: `'` doubled, line breaks written twice-over as YAML folds them back.
    mutating func writeSingleQuoted(_ text: [Unicode.Scalar], split: Bool) {
        writeIndicator("'", needWhitespace: true)
        var start = 0
        var spaces = false, breaks = false
        for end in 0...text.count {
            let c: Unicode.Scalar? = end < text.count ? text[end] : nil
            let isBreak = c.map(PythonYAMLScalarAnalysis.isBreak) ?? false
            if spaces {
                if c != " " {
                    if start + 1 == end && column > Self.bestWidth && split && start != 0 && end != text.count {
                        writeIndent()
                    } else {
                        write(text[start..<end])
                    }
                    start = end
                }
            } else if breaks {
                if !isBreak {
                    if text[start] == "\n" { writeLineBreak() }
                    for lineBreak in text[start..<end] { writeLineBreak(lineBreak) }
                    writeIndent()
                    start = end
                }
            } else if c == nil || c == " " || c == "'" || isBreak {
                if start < end {
                    write(text[start..<end])
                    start = end
                }
            }
            if c == "'" {
                output.append(contentsOf: "''".unicodeScalars)
                column += 2
                start = end + 1
            }
            if let c {
                spaces = c == " "
                breaks = isBreak
            }
        }
        writeIndicator("'", needWhitespace: false)
    }

    /// `write_double_quoted`: escapes for what is not printable, `\` before a folded line break.
    mutating func writeDoubleQuoted(_ text: [Unicode.Scalar], split: Bool) {
        writeIndicator("\"", needWhitespace: true)
        var start = 0
        for end in 0...text.count {
            let c: Unicode.Scalar? = end < text.count ? text[end] : nil
            if let c, !Self.needsEscape(c) {
                // Part of a run written later.
            } else {
                if start < end {
                    write(text[start..<end])
                    start = end
                }
                if let c {
                    let escape = Self.escape(c)
                    output.append(contentsOf: escape.unicodeScalars)
                    column += escape.unicodeScalars.count
                    start = end + 1
                }
            }
            if 0 < end && end < text.count - 1 && (c == " " || start >= end)
                && column + (end - start) > Self.bestWidth && split {
                if start < end {
                    write(text[start..<end])
                    start = end
                }
                output.append("\\")
                column += 1
                writeIndent()
                whitespace = false
                indention = false
                if text[start] == " " {
                    output.append("\\")
                    column += 1
                }
            }
        }
        writeIndicator("\"", needWhitespace: false)
    }

    private static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x5C, 0x85, 0x2028, 0x2029, 0xFEFF: true
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD: false
        default: true
        }
    }

    private static func escape(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x00: return "\\0"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x85: return "\\N"
        case 0xA0: return "\\_"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        default:
            let hex = String(c.value, radix: 16, uppercase: true)
            let (prefix, width) = c.value <= 0xFF ? ("\\x", 2) : c.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
            return prefix + String(repeating: "0", count: width - hex.count) + hex
        }
    }
}
