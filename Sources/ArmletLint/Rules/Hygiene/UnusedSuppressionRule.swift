import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `unused-suppression`: an `armlet-disable-*` comment that silences nothing (or names no real rule).
///
/// The ``Linter`` produces these findings after applying suppressions; ``check(_:)`` finds nothing itself.
public struct UnusedSuppressionRule: LintRule {
    public let id = "unused-suppression"
    public let theme = LintTheme.hygiene
    public let description = "Suppression comments should silence a finding."
    public let rationale = "A stale suppression would hide a future problem on that line and misleads readers about the template."
    public let help = "Remove the comment, or the rule id from it, or correct a misspelt rule id."
    public let defaultLevel = LintLevel.warning
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] { [] }
}
