import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The family a rule belongs to; rules live in `Rules/<Theme>/` and SARIF tags carry the theme.
package enum LintTheme: String, Sendable, Hashable, CaseIterable {
    /// The template would fail to deploy or would not do what it says.
    case correctness
    /// The template deploys, but is harder to read, maintain or move between environments.
    case hygiene
    /// The template exposes secrets or resources.
    case security
}
