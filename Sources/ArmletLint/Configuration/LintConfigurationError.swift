import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// A configuration file that cannot be used: unreadable, not JSON/YAML, or a wrong shape.
package struct LintConfigurationError: ArmletError, Equatable {
    package let code = "InvalidLintConfiguration"
    package let message: String
    package let location: SourceLocation?

    /// An error with `message` at `location`.
    package init(_ message: String, location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}
