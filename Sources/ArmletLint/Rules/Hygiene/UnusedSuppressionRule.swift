import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `unused-suppression`: an `armlet-disable-*` comment that silences nothing (or names no real rule).
///
/// The ``Linter`` produces these findings after applying suppressions; ``check(_:)`` finds nothing itself.
package struct UnusedSuppressionRule: LintRule {
    package let id = "unused-suppression"
    package let theme = LintTheme.hygiene
    package let description = "Suppression comments should silence a finding."
    package let rationale = "A stale suppression would hide a future problem on that line and misleads readers about the template."
    package let help = "Remove the comment, or the rule id from it, or correct a misspelt rule id."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] { [] }
}
