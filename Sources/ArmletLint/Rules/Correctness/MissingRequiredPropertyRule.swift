import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `missing-required-property`: a property the type requires is absent.
public struct MissingRequiredPropertyRule: LintRule {
    public let id = "missing-required-property"
    public let theme = LintTheme.correctness
    public let description = "Resources must set the properties their type requires."
    public let rationale = "The resource provider rejects a request without a required property."
    public let help = "Add the property the message names."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) { d in
            d.code == CatalogCode.invalidParameter && d.message.hasPrefix("Required parameter")
        }
    }
}
