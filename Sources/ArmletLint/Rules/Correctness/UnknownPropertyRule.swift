import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `unknown-property`: a property the resource type (or its API version) does not define.
package struct UnknownPropertyRule: LintRule {
    package let id = "unknown-property"
    package let theme = LintTheme.correctness
    package let description = "Resource properties must exist in the type's API version."
    package let rationale = "Azure ignores properties it does not know, so a misspelt or too-new property silently does nothing."
    package let help = "Correct the spelling (the message suggests the nearest property), or use an API version that has the property."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self, atKey: true) { d in
            (d.code == CatalogCode.unknownProperty || d.code == CatalogCode.propertyNotInAPIVersion)
                && !d.targets(LintKnowledge.incrementalPath)
        }
    }
}
