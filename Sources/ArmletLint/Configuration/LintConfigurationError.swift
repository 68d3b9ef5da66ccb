import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// A configuration file that cannot be used: unreadable, not JSON/YAML, or a wrong shape.
public struct LintConfigurationError: ArmletError, Equatable {
    public let code = "InvalidLintConfiguration"
    public let message: String
    public let location: SourceLocation?

    /// An error with `message` at `location`.
    public init(_ message: String, location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}
