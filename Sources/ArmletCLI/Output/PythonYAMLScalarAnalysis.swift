/// What PyYAML's emitter learns from a scalar's text before it picks a style (`Emitter.analyze_scalar`).
///
/// Only the block-context facts are kept: Armlet's output never puts a scalar inside a flow collection.
struct PythonYAMLScalarAnalysis {
    /// Whether the text is empty.
    var empty = false
    /// Whether the text holds a line break (`\n`, NEL, LS or PS).
    var multiline = false
    /// Whether the text may be written plain in block context.
    var allowBlockPlain = true
    /// Whether the text may be written in single quotes.
    var allowSingleQuoted = true

    /// The characters YAML counts as line breaks.
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }

    /// The characters PyYAML counts as whitespace when looking around an indicator.
    static func isSpaceOrBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\0" || c == " " || c == "\t" || c == "\r" || isBreak(c)
    }

    /// Printable characters other than ASCII, which `allow_unicode=True` writes as they are.
    static func isPrintableUnicode(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v == 0x85 || (0xA0...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || (0x10000..<0x10FFFF).contains(v)) && v != 0xFEFF
    }

    init(_ text: [Unicode.Scalar]) {
        guard !text.isEmpty else {
            empty = true
            return
        }
        var blockIndicators = text.starts(with: ["-", "-", "-"]) || text.starts(with: [".", ".", "."])
        var lineBreaks = false, special = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false
        var precededByWhitespace = true
        for (index, c) in text.enumerated() {
            let followedByWhitespace = index + 1 >= text.count || Self.isSpaceOrBreak(text[index + 1])
            if index == 0 {
                if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(c) { blockIndicators = true }
                if (c == "?" || c == ":" || c == "-") && followedByWhitespace { blockIndicators = true }
            } else if (c == ":" && followedByWhitespace) || (c == "#" && precededByWhitespace) {
                blockIndicators = true
            }
            if Self.isBreak(c) { lineBreaks = true }
            if !(c == "\n" || (0x20...0x7E).contains(c.value)) && !Self.isPrintableUnicode(c) { special = true }
            if c == " " {
                if index == 0 { leadingSpace = true }
                if index == text.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                (previousSpace, previousBreak) = (true, false)
            } else if Self.isBreak(c) {
                if index == 0 { leadingBreak = true }
                if index == text.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                (previousSpace, previousBreak) = (false, true)
            } else {
                (previousSpace, previousBreak) = (false, false)
            }
            precededByWhitespace = Self.isSpaceOrBreak(c)
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || blockIndicators {
            allowBlockPlain = false
        }
        if breakSpace || spaceBreak || special {
            allowBlockPlain = false
            allowSingleQuoted = false
        }
    }
}
