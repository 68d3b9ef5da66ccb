import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `missing-required-property`: a property the type requires is absent.
package struct MissingRequiredPropertyRule: LintRule {
    package let id = "missing-required-property"
    package let theme = LintTheme.correctness
    package let description = "Resources must set the properties their type requires."
    package let rationale = "The resource provider rejects a request without a required property."
    package let help = "Add the property the message names."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) { d in
            d.code == CatalogCode.invalidParameter && d.message.hasPrefix("Required parameter")
        }
    }
}
