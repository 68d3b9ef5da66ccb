import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `property-type-mismatch`: a literal of the wrong JSON type for a catalogued property.
public struct PropertyTypeMismatchRule: LintRule {
    public let id = "property-type-mismatch"
    public let theme = LintTheme.correctness
    public let description = "Resource properties must have the JSON type their schema declares."
    public let rationale = "ARM rejects a request whose values have the wrong type (InvalidRequestContent): a quoted number or boolean is a string."
    public let help = "Write the value with the declared type: numbers and booleans without quotes, objects and arrays as such."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) { d in
            d.code == CatalogCode.invalidRequestContent && !d.targets(LintKnowledge.incrementalPath)
        }
    }
}
