import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `no-hardcoded-location`: a resource whose location is a literal region.
package struct NoHardcodedLocationRule: LintRule {
    package let id = "no-hardcoded-location"
    package let theme = LintTheme.hygiene
    package let description = "Resource locations should come from a parameter or the deployment, not a literal region."
    package let rationale = "A literal region ties the template to one place; users cannot deploy it elsewhere without editing it."
    package let help = "Add a `location` parameter (default `[resourceGroup().location]`) and use `[parameters('location')]`; 'global' is fine as a literal."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.resources.entries.compactMap { entry in
            guard let location = entry.resource.location, case .string(let text) = location,
                  !location.isTemplateExpression, !JSONObject.equalIgnoringCase(text, "global") else { return nil }
            return context.finding(self,
                "Resource '\(entry.displayName)' has the literal location '\(text)'; use a parameter or '[resourceGroup().location]'.",
                at: entry.resource.path.appending("location"))
        }
    }
}
