import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `dependson-missing`: a `dependsOn` entry that names no resource of the template.
package struct DependsOnMissingRule: LintRule {
    package let id = "dependson-missing"
    package let theme = LintTheme.correctness
    package let description = "Every dependsOn entry must name a resource or copy loop defined in the template."
    package let rationale = "ARM fails validation with \"The resource ... is not defined in the template\" when a dependency does not exist."
    package let help = "Correct the name, type or resourceId() arguments of the entry, or remove it if the resource is deployed elsewhere (a dependency can only be on resources of the same template)."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for entry in context.resources.entries {
            for (i, dependency) in entry.resource.dependsOn.enumerated()
            where context.resources.resolveDependency(dependency) == .missing {
                out.append(context.finding(self,
                    "Resource '\(entry.displayName)' depends on '\(dependency)', which is not defined in this template.",
                    at: entry.resource.dependsOnPath(i)))
            }
        }
        return out
    }
}
