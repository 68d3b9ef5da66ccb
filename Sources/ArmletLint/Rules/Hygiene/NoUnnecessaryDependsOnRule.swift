import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `no-unnecessary-dependson`: a dependency written twice, or one ARM already infers from `reference()`.
package struct NoUnnecessaryDependsOnRule: LintRule {
    package let id = "no-unnecessary-dependson"
    package let theme = LintTheme.hygiene
    package let description = "dependsOn should not repeat a dependency or restate one a reference() already creates."
    package let rationale = "Redundant entries make the deployment order harder to read and go stale when resources are renamed."
    package let help = "Remove the entry."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        // Only sites that call reference() can imply a dependency: found once, not per resource.
        let sites = context.expressions.sites(inScope: 0).filter { site in site.calls.contains { $0.isBuiltIn("reference") } }
        for entry in context.resources.entries where !entry.resource.dependsOn.isEmpty {
            var seen: [DependencyTarget: Int] = [:]
            let implied = impliedDependencies(of: entry, sites: sites, context: context)
            for (i, dependency) in entry.resource.dependsOn.enumerated() {
                let target = context.resources.resolveDependency(dependency)
                guard case .resources(let targets) = target else { continue }
                if let first = seen[target] {
                    out.append(context.finding(self,
                        "'\(dependency)' repeats dependsOn entry \(first + 1) of resource '\(entry.displayName)'.",
                        at: entry.resource.dependsOnPath(i)))
                } else if targets.count == 1, let t = targets.first, implied.contains(t) {
                    out.append(context.finding(self,
                        "Resource '\(entry.displayName)' already depends on '\(context.resources.entries[t].displayName)' through reference(); the dependsOn entry is unnecessary.",
                        at: entry.resource.dependsOnPath(i)))
                }
                if seen[target] == nil { seen[target] = i }
            }
        }
        return out
    }

    /// Resources that `reference('name')` inside the resource's own body makes it depend on.
    private func impliedDependencies(of entry: ResourceEntry, sites: [ExpressionSite], context: LintContext) -> Set<Int> {
        var out = Set<Int>()
        let dependsOnPath = entry.resource.path.appending("dependsOn")
        for site in sites where site.path.hasPrefix(entry.resource.path) && !site.path.hasPrefix(dependsOnPath) {
            for call in site.calls where call.isBuiltIn("reference") {
                guard let argument = call.arguments.first else { continue }
                // Only a name (not a resourceId() call) makes ARM infer the dependency.
                if argument.functionCall?.isBuiltIn("resourceId") ?? false { continue }
                guard let name = context.literals.string(argument) else { continue }
                if case .resources(let targets) = context.resources.resolveDependency(name), targets.count == 1,
                   let t = targets.first, t != entry.index,
                   !isGeneratedByBicep(context) {
                    out.insert(t)
                }
            }
        }
        return out
    }

    private func isGeneratedByBicep(_ context: LintContext) -> Bool {
        let generator = context.template.metadata?["_generator"]?["name"]?.stringValue ?? ""
        return JSONObject.equalIgnoringCase(generator, "bicep")
    }
}
