import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Totals over several files, for the last line of the text report and the JSON report.
public struct LintSummary: Sendable, Hashable {
    /// Files linted.
    public var files: Int
    /// Findings at error level.
    public var errors: Int
    /// Findings at warning level.
    public var warnings: Int
    /// Findings at info level.
    public var infos: Int

    /// The totals of `results`.
    public init(_ results: [LintFileResult]) {
        files = results.count
        errors = results.reduce(0) { $0 + $1.count(.error) }
        warnings = results.reduce(0) { $0 + $1.count(.warning) }
        infos = results.reduce(0) { $0 + $1.count(.info) }
    }

    /// `3 files, 1 error, 2 warnings, 0 infos`.
    public var line: String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return [n(files, "file"), n(errors, "error"), n(warnings, "warning"), n(infos, "info")].joined(separator: ", ")
    }
}
