import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `invalid-enum-value`: a value outside the property's allowed values (or newer than the API version).
package struct InvalidEnumValueRule: LintRule {
    package let id = "invalid-enum-value"
    package let theme = LintTheme.correctness
    package let description = "Enumerated properties must use one of their allowed values."
    package let rationale = "The resource provider rejects values outside the enumeration with InvalidParameter."
    package let help = "Use one of the values the message lists (matching ignores case), or a newer API version for a value added later."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) { d in
            d.code == CatalogCode.invalidParameter && !d.message.hasPrefix("Required parameter")
                && !d.targets(LintKnowledge.incrementalPath)
        }
    }
}
