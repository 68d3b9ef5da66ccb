import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `dependson-missing`: a `dependsOn` entry that names no resource of the template.
public struct DependsOnMissingRule: LintRule {
    public let id = "dependson-missing"
    public let theme = LintTheme.correctness
    public let description = "Every dependsOn entry must name a resource or copy loop defined in the template."
    public let rationale = "ARM fails validation with \"The resource ... is not defined in the template\" when a dependency does not exist."
    public let help = "Correct the name, type or resourceId() arguments of the entry, or remove it if the resource is deployed elsewhere (a dependency can only be on resources of the same template)."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
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
