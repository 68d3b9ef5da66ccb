import ArmletCatalog
import ArmletJSON

/// `resource-type-invalid`: a resource's type is not one Azure has, or cannot be deployed at the
/// template's scope (`Microsoft.Resources/resourceGroups` in a resource-group template).
package struct ResourceTypeInvalidRule: LintRule {
    package let id = "resource-type-invalid"
    package let theme = LintTheme.correctness
    package let description = "A resource's type must exist in Azure and be deployable at the template's scope."
    package let rationale = "ARM refuses the deployment with InvalidResourceNamespace or InvalidResourceType before anything is created."
    package let help = "Correct the spelling (the message suggests the nearest real type), or deploy the resource from a template of a scope the message lists, e.g. resource groups from a subscription template."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self) {
            [CatalogCode.invalidResourceNamespace, CatalogCode.invalidResourceType].contains($0.code)
        }
    }
}
