import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `invalid-enum-value`: a value outside the property's allowed values (or newer than the API version).
public struct InvalidEnumValueRule: LintRule {
    public let id = "invalid-enum-value"
    public let theme = LintTheme.correctness
    public let description = "Enumerated properties must use one of their allowed values."
    public let rationale = "The resource provider rejects values outside the enumeration with InvalidParameter."
    public let help = "Use one of the values the message lists (matching ignores case), or a newer API version for a value added later."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) { d in
            d.code == CatalogCode.invalidParameter && !d.message.hasPrefix("Required parameter")
                && !d.targets(LintKnowledge.incrementalPath)
        }
    }
}
