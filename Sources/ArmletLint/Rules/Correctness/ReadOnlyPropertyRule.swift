import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `read-only-property`: a template sets a property only the service sets.
public struct ReadOnlyPropertyRule: LintRule {
    public let id = "read-only-property"
    public let theme = LintTheme.correctness
    public let description = "Templates should not set read-only properties."
    public let rationale = "Azure ignores values sent for read-only properties; the template says something that will not happen."
    public let help = "Remove the property from the template; read it after deployment with reference() if you need it."
    public let defaultLevel = LintLevel.warning
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self, atKey: true) { $0.code == CatalogCode.readOnlyProperty }
    }
}
