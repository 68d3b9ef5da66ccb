import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// One problem a rule found: which rule, how serious, what, where, and optionally how to fix it.
package struct LintFinding: Sendable, Hashable {
    /// The rule's kebab-case id, e.g. `api-version-unknown`.
    package var ruleID: String
    /// The level after configuration was applied (rules report at their default level).
    package var level: LintLevel
    /// What is wrong, in one or two sentences.
    package var message: String
    /// Where: file, 1-based line and column (the start of the offending value or member name).
    package var location: SourceLocation
    /// The JSON path of the offending element, when there is one.
    package var path: JSONPath?
    /// A replacement that resolves the finding, when one is known.
    package var fix: LintFix?

    /// A finding of `ruleID` at `location`.
    package init(ruleID: String, level: LintLevel, message: String, location: SourceLocation,
                path: JSONPath? = nil, fix: LintFix? = nil) {
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.location = location
        self.path = path
        self.fix = fix
    }

    /// `file:line:col: level rule-id: message`, the first line of the text report.
    package var headline: String {
        "\(location): \(level.rawValue) \(ruleID): \(message)"
    }
}
