import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `read-only-property`: a template sets a property only the service sets.
package struct ReadOnlyPropertyRule: LintRule {
    package let id = "read-only-property"
    package let theme = LintTheme.correctness
    package let description = "Templates should not set read-only properties."
    package let rationale = "Azure ignores values sent for read-only properties; the template says something that will not happen."
    package let help = "Remove the property from the template; read it after deployment with reference() if you need it."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self, atKey: true) { $0.code == CatalogCode.readOnlyProperty }
    }
}
