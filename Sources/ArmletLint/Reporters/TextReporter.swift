import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The human report: `file:line:col: level rule-id: message`, the source line, a caret under the
/// column, and a summary line. Colour (ANSI) only when asked for — the CLI asks when writing to a
/// terminal and `NO_COLOR` is not set.
package struct TextReporter: Sendable {
    /// Whether to colour levels and carets.
    package var color: Bool

    /// A reporter, coloured or not.
    package init(color: Bool = false) { self.color = color }

    /// The whole report for `results`, ending with the summary line and a newline.
    package func render(_ results: [LintFileResult]) -> String {
        var out = ""
        for result in results {
            let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
            for finding in result.findings {
                out += renderHeadline(finding) + "\n"
                let n = finding.location.line
                guard n >= 1, n <= lines.count else { continue }
                var source = String(lines[n - 1])
                if source.hasSuffix("\r") { source.removeLast() }
                out += source + "\n"
                out += caretLine(for: source, column: finding.location.column) + "\n"
                if let fix = finding.fix {
                    let fixable = fix.isSafe && DocumentFormat(path: result.file) == .json
                    out += "  fix: \(fix.summary)" + (fixable ? " (armlet lint --fix)" : "") + "\n"
                }
            }
        }
        out += LintSummary(results).line + "\n"
        return out
    }

    private func renderHeadline(_ f: LintFinding) -> String {
        guard color else { return f.headline }
        let code: String
        switch f.level {
        case .error: code = "\u{1B}[31m"
        case .warning: code = "\u{1B}[33m"
        case .info, .off: code = "\u{1B}[36m"
        }
        return "\u{1B}[1m\(f.location):\u{1B}[0m \(code)\(f.level.rawValue)\u{1B}[0m \u{1B}[2m\(f.ruleID)\u{1B}[0m: \(f.message)"
    }

    /// Spaces (tabs where the source has tabs) up to `column`, then `^`.
    private func caretLine(for source: String, column: Int) -> String {
        var prefix = ""
        for (i, scalar) in source.unicodeScalars.enumerated() where i < column - 1 {
            prefix += scalar == "\t" ? "\t" : " "
        }
        let missing = max(0, column - 1 - source.unicodeScalars.count)
        prefix += String(repeating: " ", count: missing)
        return prefix + (color ? "\u{1B}[32m^\u{1B}[0m" : "^")
    }
}
