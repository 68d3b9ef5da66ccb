import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Finds suppression comments in raw template text.
///
/// The JSON reader drops comments, so the scanner reads the text itself: it skips string literals,
/// collects `//` and `/* */` comments (JSON) or `#` comments (YAML) with their line and column, and
/// keeps the ones that start with a directive word.
package enum SuppressionScanner {
    /// The suppressions in `text`; `yaml` selects `#` comments.
    package static func scan(_ text: String, yaml: Bool = false) -> [Suppression] {
        // Every directive starts with this word: a text without it has none, and most have none
        // (reading every line as scalars was 40% of a lint).
        guard TextSearch.mayContain(text, caseInsensitive: "armlet-disable", escapes: false) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        // Each comment: its line, the column where its text starts, and the text.
        var comments: [(line: Int, column: Int, text: String)] = []
        var codeLines = Set<Int>()
        var inString = false
        var quote: Unicode.Scalar = "\""
        var inBlock = false
        for (n, scalars) in lines.enumerated() {
            let lineNumber = n + 1
            var i = 0
            if yaml { inString = false }
            var blockStart: (column: Int, text: String)? = inBlock ? (1, "") : nil
            while i < scalars.count {
                let c = scalars[i]
                if inBlock {
                    if c == "*", i + 1 < scalars.count, scalars[i + 1] == "/" {
                        inBlock = false
                        if let start = blockStart { comments.append((lineNumber, start.column, start.text)) }
                        blockStart = nil
                        i += 2
                        continue
                    }
                    blockStart?.text.unicodeScalars.append(c)
                    i += 1
                    continue
                }
                if inString {
                    if c == "\\" && !yaml { i += 2; continue }
                    if c == quote { inString = false }
                    i += 1
                    continue
                }
                if c == "\"" || (yaml && c == "'") {
                    inString = true
                    quote = c
                    codeLines.insert(lineNumber)
                    i += 1
                    continue
                }
                if !yaml, c == "/", i + 1 < scalars.count, scalars[i + 1] == "/" {
                    comments.append((lineNumber, i + 3, String(String.UnicodeScalarView(scalars[(i + 2)...]))))
                    break
                }
                if !yaml, c == "/", i + 1 < scalars.count, scalars[i + 1] == "*" {
                    inBlock = true
                    blockStart = (i + 3, "")
                    i += 2
                    continue
                }
                if yaml, c == "#", i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\t" {
                    comments.append((lineNumber, i + 2, String(String.UnicodeScalarView(scalars[(i + 1)...]))))
                    break
                }
                if c != " " && c != "\t" && c != "\r" { codeLines.insert(lineNumber) }
                i += 1
            }
            if inBlock, let start = blockStart, start.column > 1 || !start.text.isEmpty {
                comments.append((lineNumber, start.column, start.text))
            }
        }
        var result: [Suppression] = []
        for comment in comments {
            guard let (kind, rules, column) = directive(in: comment.text, commentColumn: comment.column) else { continue }
            let target = kind == .nextLine ? codeLines.filter { $0 > comment.line }.min() : nil
            result.append(Suppression(kind: kind, rules: rules, line: comment.line, column: column, targetLine: target))
        }
        return result
    }

    private static func directive(in text: String, commentColumn: Int) -> (Suppression.Kind, [(id: String, column: Int)], Int)? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "*" { i += 1 }
        let rest = String(String.UnicodeScalarView(scalars[i...]))
        let kind: Suppression.Kind
        if rest.hasPrefix(Suppression.Kind.nextLine.rawValue) {
            kind = .nextLine
        } else if rest.hasPrefix(Suppression.Kind.file.rawValue) {
            kind = .file
        } else {
            return nil
        }
        // `commentColumn` is where the comment's text starts (after `//`, `/*` or `#`).
        let directiveColumn = commentColumn + i
        var position = i + kind.rawValue.unicodeScalars.count
        guard position == scalars.count || scalars[position] == " " || scalars[position] == "\t" else { return nil }
        var rules: [(id: String, column: Int)] = []
        var current = ""
        var start = 0
        func flush() {
            if !current.isEmpty { rules.append((current, commentColumn + start)) }
            current = ""
        }
        while position < scalars.count {
            let c = scalars[position]
            if c == "-", position + 1 < scalars.count, scalars[position + 1] == "-", current.isEmpty { break }
            if c == " " || c == "\t" || c == "," || c == "\r" {
                flush()
            } else if c == "*", position + 1 < scalars.count, scalars[position + 1] == "/" {
                break
            } else {
                if current.isEmpty { start = position }
                current.unicodeScalars.append(c)
            }
            position += 1
        }
        flush()
        return (kind, rules, directiveColumn)
    }
}
