import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Totals over several files, for the last line of the text report and the JSON report.
package struct LintSummary: Sendable, Hashable {
    /// Files linted.
    package var files: Int
    /// Findings at error level.
    package var errors: Int
    /// Findings at warning level.
    package var warnings: Int
    /// Findings at info level.
    package var infos: Int

    /// The totals of `results`.
    package init(_ results: [LintFileResult]) {
        files = results.count
        errors = results.reduce(0) { $0 + $1.count(.error) }
        warnings = results.reduce(0) { $0 + $1.count(.warning) }
        infos = results.reduce(0) { $0 + $1.count(.info) }
    }

    /// `3 files, 1 error, 2 warnings, 0 infos`.
    package var line: String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return [n(files, "file"), n(errors, "error"), n(warnings, "warning"), n(infos, "info")].joined(separator: ", ")
    }
}
