import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `no-hardcoded-location`: a resource whose location is a literal region.
public struct NoHardcodedLocationRule: LintRule {
    public let id = "no-hardcoded-location"
    public let theme = LintTheme.hygiene
    public let description = "Resource locations should come from a parameter or the deployment, not a literal region."
    public let rationale = "A literal region ties the template to one place; users cannot deploy it elsewhere without editing it."
    public let help = "Add a `location` parameter (default `[resourceGroup().location]`) and use `[parameters('location')]`; 'global' is fine as a literal."
    public let defaultLevel = LintLevel.warning
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.resources.entries.compactMap { entry in
            guard let location = entry.resource.location, case .string(let text) = location,
                  !location.isTemplateExpression, !JSONObject.equalIgnoringCase(text, "global") else { return nil }
            return context.finding(self,
                "Resource '\(entry.displayName)' has the literal location '\(text)'; use a parameter or '[resourceGroup().location]'.",
                at: entry.resource.path.appending("location"))
        }
    }
}
