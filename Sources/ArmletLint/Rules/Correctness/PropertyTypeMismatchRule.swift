import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `property-type-mismatch`: a literal of the wrong JSON type for a catalogued property.
package struct PropertyTypeMismatchRule: LintRule {
    package let id = "property-type-mismatch"
    package let theme = LintTheme.correctness
    package let description = "Resource properties must have the JSON type their schema declares."
    package let rationale = "ARM rejects a request whose values have the wrong type (InvalidRequestContent): a quoted number or boolean is a string."
    package let help = "Write the value with the declared type: numbers and booleans without quotes, objects and arrays as such."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) { d in
            d.code == CatalogCode.invalidRequestContent && !d.targets(LintKnowledge.incrementalPath)
        }
    }
}
