import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The outcome of linting one file: its findings after configuration and suppressions.
package struct LintFileResult: Sendable {
    /// The file as the user named it.
    package let file: String
    /// The text that was linted (reporters quote lines from it).
    package let text: String
    /// The findings, ordered by line, column and rule id.
    package var findings: [LintFinding]
    /// How many findings inline suppressions silenced.
    package let suppressedCount: Int

    /// A result for `file`.
    package init(file: String, text: String, findings: [LintFinding], suppressedCount: Int = 0) {
        self.file = file
        self.text = text
        self.findings = findings
        self.suppressedCount = suppressedCount
    }

    /// The number of findings at `level`.
    package func count(_ level: LintLevel) -> Int { findings.filter { $0.level == level }.count }
}
