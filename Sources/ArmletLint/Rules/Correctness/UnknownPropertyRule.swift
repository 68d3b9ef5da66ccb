import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `unknown-property`: a property the resource type (or its API version) does not define.
public struct UnknownPropertyRule: LintRule {
    public let id = "unknown-property"
    public let theme = LintTheme.correctness
    public let description = "Resource properties must exist in the type's API version."
    public let rationale = "Azure ignores properties it does not know, so a misspelt or too-new property silently does nothing."
    public let help = "Correct the spelling (the message suggests the nearest property), or use an API version that has the property."
    public let defaultLevel = LintLevel.warning
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self, atKey: true) { d in
            (d.code == CatalogCode.unknownProperty || d.code == CatalogCode.propertyNotInAPIVersion)
                && !d.targets(LintKnowledge.incrementalPath)
        }
    }
}
